// A dataset's problems are kept untranslated (Message) and said in the language installed when
// they are read: a file loaded once says its problems in Azerbaijani once that translation is
// installed, with the words put into them (the type found, the reason, the parser's complaint)
// translated too. And Message itself: numbers written as QString::arg writes them, arguments
// put in at once.
#include "core/load/datasetloader.h"
#include "core/text/message.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace azkz;

class TestProblemMessages : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QCoreApplication::removeTranslator(&m_azerbaijani); }
    void problem_loadedOnce_isSaidInTheLanguageInstalledLater_data();
    void problem_loadedOnce_isSaidInTheLanguageInstalledLater();
    void message_isTranslatedWhenAskedNotWhenMade();
    void numbers_areWrittenAsQStringArgWritesThem();
    void arguments_arePutInAtOnce();

private:
    void installAzerbaijani();

    QTranslator m_azerbaijani;
};

void TestProblemMessages::installAzerbaijani()
{
    // The interface's translation as the build compiled it (ui/).
    if (m_azerbaijani.isEmpty())
        QVERIFY(m_azerbaijani.load(QStringLiteral("azkz_az"), QStringLiteral(AZKZ_TRANSLATIONS)));
    QVERIFY(QCoreApplication::installTranslator(&m_azerbaijani));
}

void TestProblemMessages::problem_loadedOnce_isSaidInTheLanguageInstalledLater_data()
{
    QTest::addColumn<QString>("file"); // read from disk when set
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("azerbaijani");
    QTest::newRow("type mismatch")
        << QString() << test::embeddedJsonWith(QStringLiteral("events[4].title"), QJsonValue(5)) << "events[4].title"
        << "expected a text in both languages, {\"az\": \"…\", \"en\": \"…\"}, found a number"
        << "hər iki dildə mətn, {\"az\": \"…\", \"en\": \"…\"} gözlənilirdi, ədəd tapıldı";
    QTest::newRow("unknown id") << QString()
                                << test::embeddedJsonWith(
                                       QStringLiteral("missions[1].heads[0].person"), QJsonValue(QStringLiteral("x")))
                                << "missions[1].heads[0].person"
                                << "\"x\" is not the id of any person"
                                << "\"x\" heç bir şəxs identifikatoru deyil";
    QTest::newRow("found by the scan") << QString() << QByteArray("{\"a\": 1,\n \"a\": 2}") << QString()
                                       << "line 2, column 2: the member \"a\" appears twice in the same object"
                                       << "sətir 2, sütun 2: \"a\" üzvü eyni obyektdə iki dəfə var";
    QTest::newRow("the parser's complaint")
        << QString() << QByteArray("hello") << QString()
        << "line 1, column 2: not valid JSON: not a JSON value (a string, number, object, array, true, false or null)"
        << "sətir 1, sütun 2: düzgün JSON deyil: JSON qiyməti deyil (mətn sətri, ədəd, obyekt, massiv, true, false və "
           "ya null)";
    QTest::newRow("the system's reason")
        << QStringLiteral("/proc/self/mem") << QByteArray() << QString()
        << "cannot be read: input/output error (the device could not be read or "
           "written)"
        << "oxuna bilmir: giriş/çıxış xətası (qurğudan oxumaq və ya ona yazmaq olmadı)";
}

void TestProblemMessages::problem_loadedOnce_isSaidInTheLanguageInstalledLater()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, english);
    QFETCH(QString, azerbaijani);
    const LoadResult result = file.isEmpty() ? parseDataset(json, QStringLiteral("broken.json")) : loadDataset(file);
    QVERIFY2(result.problems.size() == 1, qPrintable(test::problemText(result)));
    const Problem &problem = result.problems.first();
    QCOMPARE(problem.path, path);
    QCOMPARE(problem.message(), english);

    installAzerbaijani();
    QCOMPARE(problem.message(), azerbaijani);
    QCOMPARE(problem.text(), path.isEmpty() ? azerbaijani : path + QStringLiteral(": ") + azerbaijani);
    QVERIFY2(result.problemLines().constFirst().endsWith(azerbaijani), qPrintable(test::problemText(result)));

    QVERIFY(QCoreApplication::removeTranslator(&m_azerbaijani));
    QCOMPARE(problem.message(), english);
}

void TestProblemMessages::message_isTranslatedWhenAskedNotWhenMade()
{
    const Message type("azkz::Validation", QT_TRANSLATE_NOOP("azkz::Validation", "a string"));
    const Message message = Message("azkz::Validation", QT_TRANSLATE_NOOP("azkz::Validation", "expected %1, found %2"))
                                .arg(Message("azkz::Validation", QT_TRANSLATE_NOOP("azkz::Validation", "an object")))
                                .arg(type);
    QCOMPARE(message.text(), QStringLiteral("expected an object, found a string"));
    installAzerbaijani();
    QCOMPARE(type.text(), QStringLiteral("mətn sətri"));
    QCOMPARE(message.text(), QStringLiteral("obyekt gözlənilirdi, mətn sətri tapıldı"));
    // A copy says the same; a message that was never given a text says nothing.
    const Message copy = message;
    QCOMPARE(copy.text(), message.text());
    QVERIFY(Message().isEmpty() && Message().text().isEmpty());
}

void TestProblemMessages::numbers_areWrittenAsQStringArgWritesThem()
{
    const auto said = [](const Message &m) { return m.text(); };
    const Message two("test", "%1 and %2");
    const QString pattern = QStringLiteral("%1 and %2");
    // The trade reader's limit and figures, the scan's byte in hexadecimal, counts and positions.
    QCOMPARE(
        said(two.arg(1e15, 0, 'g').arg(135798.965, 0, 'f', 2)), pattern.arg(1e15, 0, 'g').arg(135798.965, 0, 'f', 2));
    QCOMPARE(said(two.arg(1e15, 0, 'g').arg(43.6176, 0, 'g')), QStringLiteral("1e+15 and 43.6176"));
    QCOMPARE(said(two.arg(uchar(7), 2, 16, QLatin1Char('0')).arg(-42)), QStringLiteral("07 and -42"));
    QCOMPARE(said(two.arg(qsizetype(10000)).arg(qint64(32) * 1024 * 1024)), QStringLiteral("10000 and 33554432"));
    QCOMPARE(said(two.arg(0.5).arg(-1.0)), pattern.arg(0.5).arg(-1.0));
    QCOMPARE(
        said(two.arg(3u, 4).arg(255, -4, 16, QLatin1Char('.'))), pattern.arg(3u, 4).arg(255, -4, 16, QLatin1Char('.')));
}

void TestProblemMessages::arguments_arePutInAtOnce()
{
    // User data holding a placeholder stays as written: "%2" in an id is not the next argument's
    // place, as it would be with QString::arg called once for each.
    const Message duplicate(
        "azkz::Validation", QT_TRANSLATE_NOOP("azkz::Validation", "duplicate id %1 (already used at %2)"));
    QCOMPARE(duplicate.arg(QStringLiteral("\"%2\"")).arg(QStringLiteral("events[2].id")).text(),
        QStringLiteral("duplicate id \"%2\" (already used at events[2].id)"));
    QCOMPARE(duplicate.arg(QStringLiteral("\"%1\"")).arg(QStringLiteral("events[2].id")).text(),
        QStringLiteral("duplicate id \"%1\" (already used at events[2].id)"));
    // A nested message's text is put in as it reads too.
    const Message inner("test", "%1%2");
    QCOMPARE(Message("test", "[%1] %2").arg(inner).arg(QStringLiteral("b")).text(), QStringLiteral("[%1%2] b"));
}

QTEST_GUILESS_MAIN(TestProblemMessages)
#include "tst_problem_messages.moc"
