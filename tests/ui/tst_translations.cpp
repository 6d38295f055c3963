// Every interface string is translated, and the embedded translations load.
#include "ui/window/languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace azkz;

namespace {
struct TsCounts {
    int messages = 0;
    int unfinished = 0;
    int vanished = 0;
    QStringList unfinishedSources;
};

TsCounts countMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    TsCounts counts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message"))
            ++counts.messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("unfinished")) {
                ++counts.unfinished;
                counts.unfinishedSources.append(source);
            } else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                ++counts.vanished;
            }
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return counts;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFiles_haveNoUnfinishedString_data();
    void tsFiles_haveNoUnfinishedString();
    void sources_haveNoStringMissingFromTs();
    void translations_keepTheirSourcesPlaceholdersAndNothingElse_data();
    void translations_keepTheirSourcesPlaceholdersAndNothingElse();
    void languageManager_installsTranslationAndLocale();
    void languageManager_keepsTheWorkingTranslationWhenTheNewOneFails();
};

void TestTranslations::tsFiles_haveNoUnfinishedString_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("az") << QStringLiteral(AZKZ_SOURCE_DIR "/i18n/azkz_az.ts");
    QTest::newRow("en") << QStringLiteral(AZKZ_SOURCE_DIR "/i18n/azkz_en.ts");
    QTest::newRow("Qt's dialogs, az") << QStringLiteral(AZKZ_SOURCE_DIR "/i18n/qt_az.ts");
}

void TestTranslations::tsFiles_haveNoUnfinishedString()
{
    QFETCH(QString, file);
    const TsCounts counts = countMessages(file);
    QVERIFY(counts.messages > 50);
    QVERIFY2(counts.unfinished == 0, qPrintable(counts.unfinishedSources.join(QLatin1Char('\n'))));
    QCOMPARE(counts.vanished, 0);
}

void TestTranslations::sources_haveNoStringMissingFromTs()
{
    // lupdate over the sources into a copy: a tr() string not yet in the .ts shows up as unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check_az.ts"));
    QVERIFY(QFile::copy(QStringLiteral(AZKZ_SOURCE_DIR "/i18n/azkz_az.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(AZKZ_SOURCE_DIR));
    lupdate.start(QStringLiteral(AZKZ_LUPDATE),
        {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-I"),
            QStringLiteral(AZKZ_SOURCE_DIR), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
            QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    const TsCounts counts = countMessages(copy);
    QVERIFY2(counts.unfinished == 0,
        qPrintable(QStringLiteral("Not translated: ") + counts.unfinishedSources.join(QStringLiteral(" | "))));
}

namespace {
struct TsMessage {
    QString source;
    QStringList translations; // one, or each plural form
    bool numerus = false;
};

QList<TsMessage> readMessages(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message"))
            messages.append({{}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")});
        else if (xml.name() == QLatin1String("source") && !messages.isEmpty())
            messages.last().source = xml.readElementText();
        else if (xml.name() == QLatin1String("numerusform") && !messages.isEmpty())
            messages.last().translations.append(xml.readElementText());
        else if (xml.name() == QLatin1String("translation") && !messages.isEmpty() && !messages.last().numerus)
            messages.last().translations.append(xml.readElementText());
    }
    return messages;
}

// The placeholders of a text, in order of their numbers: "%1", "%L2", "%n".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?[1-9]|%n"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}
} // namespace

void TestTranslations::translations_keepTheirSourcesPlaceholdersAndNothingElse_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("az") << QStringLiteral(AZKZ_SOURCE_DIR "/i18n/azkz_az.ts");
    QTest::newRow("en") << QStringLiteral(AZKZ_SOURCE_DIR "/i18n/azkz_en.ts");
    QTest::newRow("Qt's dialogs, az") << QStringLiteral(AZKZ_SOURCE_DIR "/i18n/qt_az.ts");
}

void TestTranslations::translations_keepTheirSourcesPlaceholdersAndNothingElse()
{
    // Every placeholder of the source, as often, and no other ("%1 · %2: %3 {1 ?} {2:?}" was shown
    // in a tooltip); the English catalogue says its sources as they are, but for plural forms.
    QFETCH(QString, path);
    const bool english = path.endsWith(QLatin1String("_en.ts"));
    QStringList wrong;
    for (const TsMessage &message : readMessages(path)) {
        for (const QString &translation : message.translations) {
            QStringList expected = placeholders(message.source);
            QStringList found = placeholders(translation);
            if (message.numerus) { // a plural form may say the number in words ("one") instead of %n
                expected.removeAll(QStringLiteral("%n"));
                found.removeAll(QStringLiteral("%n"));
            }
            const bool braces = translation.contains(QLatin1Char('{')) && !message.source.contains(QLatin1Char('{'));
            if (found != expected || braces || (english && !message.numerus && translation != message.source))
                wrong.append(message.source + QStringLiteral(" -> ") + translation);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::languageManager_installsTranslationAndLocale()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(Language::Azerbaijani));
    QCOMPARE(QCoreApplication::translate("azkz::WindowActions", "&File"), QStringLiteral("&Fayl"));
    QCOMPARE(QCoreApplication::translate("azkz::TradeModel", "Exports"), QStringLiteral("İxrac"));
    QCOMPARE(QLocale().language(), QLocale::Azerbaijani);
    // Qt's own dialogs, which Qt does not translate into Azerbaijani.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("İmtina"));
    QCOMPARE(QCoreApplication::translate("QPrintPreviewDialog", "Print Preview"), QStringLiteral("Çapdan əvvəl baxış"));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"), QStringLiteral("Fayl a&dı:"));
    QVERIFY(languages.setLanguage(Language::English));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("azkz::WindowActions", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("azkz::MainWindow", "%n problem(s) in the dataset", nullptr, 2),
        QStringLiteral("2 problems in the dataset"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestTranslations::languageManager_keepsTheWorkingTranslationWhenTheNewOneFails()
{
    // A folder with the Azerbaijani translation only: English cannot be loaded from it.
    QTemporaryDir folder;
    QVERIFY(QFile::copy(QStringLiteral(":/i18n/azkz_az.qm"), folder.filePath(QStringLiteral("azkz_az.qm"))));
    LanguageManager languages(folder.path());
    QVERIFY(languages.setLanguage(Language::Azerbaijani));
    QCOMPARE(QCoreApplication::translate("azkz::WindowActions", "&File"), QStringLiteral("&Fayl"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot load the translation .*azkz_en.qm")));
    QVERIFY(!languages.setLanguage(Language::English));
    QCOMPARE(languages.language(), Language::Azerbaijani);
    QCOMPARE(QCoreApplication::translate("azkz::WindowActions", "&File"), QStringLiteral("&Fayl"));
    QCOMPARE(QLocale().language(), QLocale::Azerbaijani);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
