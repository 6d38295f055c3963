// The loader refuses broken datasets, reporting every problem with its JSON path.
#include "datasetloader.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace azkz;

Q_DECLARE_METATYPE(std::optional<QJsonValue>)

class TestLoader : public QObject
{
    Q_OBJECT
private slots:
    void brokenMember_isReportedWithItsPath_data();
    void brokenMember_isReportedWithItsPath();
    void brokenFile_isRefusedWithPosition_data();
    void brokenFile_isRefusedWithPosition();
    void severalProblems_areAllReported();
    void bracketsInsideStrings_doNotCountAsNesting();
    void oversizedFile_isRefusedBeforeReading();
    void missingFileOrFolder_saysSo();
    void problemLines_nameFileAndPath();
    void numbersPeopleReallyWrite_areCheckedNotTrusted_data();
    void numbersPeopleReallyWrite_areCheckedNotTrusted();
    void rightToLeftAndZeroWidthText_isKeptAsWritten();
};

void TestLoader::brokenMember_isReportedWithItsPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<std::optional<QJsonValue>>("value"); // nullopt: remove the member
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedMessage");
    using V = std::optional<QJsonValue>;
    QTest::newRow("wrong type") << "events[4].title" << V(5) << "events[4].title"
                                << "expected an object, found a number";
    QTest::newRow("missing language") << "events[2].text.en" << V() << "events[2].text.en"
                                      << "required, but missing";
    QTest::newRow("empty language") << "missions[0].name.az" << V(QString()) << "missions[0].name.az"
                                    << "non-empty";
    QTest::newRow("impossible date") << "events[4].date" << V(QStringLiteral("2021-02-30")) << "events[4].date"
                                     << "found \"2021-02-30\"";
    QTest::newRow("impossible mission date")
        << "missions[1].opened.date" << V(QStringLiteral("1993-02-29")) << "missions[1].opened.date"
        << "expected a real date";
    QTest::newRow("duplicate id") << "events[5].id" << V(QStringLiteral("suleimenov-speech")) << "events[5].id"
                                  << "duplicate id \"suleimenov-speech\" (already used at events[4].id)";
    QTest::newRow("wrong total") << "trade.years[1].turnover" << V(135000.0) << "trade.years[1].turnover"
                                 << "expected exports + imports = 135798.97, found 135000.00";
    QTest::newRow("number as text") << "trade.years[0].imports" << V(QStringLiteral("116 107,75"))
                                    << "trade.years[0].imports"
                                    << "expected a finite number, found a string";
    QTest::newRow("negative figure") << "trade.years[2].exports" << V(-1.0) << "trade.years[2].exports"
                                     << "not below zero";
    QTest::newRow("unknown reference") << "events[0].refs" << V(QJsonArray{12}) << "events[0].refs[0]"
                                       << "reference [12] is not listed";
    QTest::newRow("unknown person") << "missions[1].head.person" << V(QStringLiteral("nobody"))
                                    << "missions[1].head.person"
                                    << "\"nobody\" is not the id of any person";
    QTest::newRow("unknown category") << "events[3].category" << V(QStringLiteral("sport")) << "events[3].category"
                                      << "not the id of any category";
    QTest::newRow("unknown mission") << "events[7].missions[0]" << V(QStringLiteral("kz-embassy-moscow"))
                                     << "events[7].missions[0]"
                                     << "not the id of any mission";
    QTest::newRow("unknown trade year") << "events[16].tradeYear" << V(1999) << "events[16].tradeYear"
                                        << "1999 is not a year";
    QTest::newRow("misspelt member") << "missions[0].adress" << V(QStringLiteral("x")) << "missions[0].adress"
                                     << "unknown member";
    QTest::newRow("unknown kind") << "missions[2].kind" << V(QStringLiteral("honorary")) << "missions[2].kind"
                                  << "found \"honorary\"";
    QTest::newRow("newer schema") << "schemaVersion" << V(2) << "schemaVersion"
                                  << "reads schema version 1, found 2";
    QTest::newRow("missing list") << "events" << V() << "events"
                                  << "required, but missing";
    QTest::newRow("date and eras") << "events[0].date" << V(QStringLiteral("1990")) << "events[0]"
                                   << "not both";
    QTest::newRow("opened before established")
        << "missions[0].opened.date" << V(QStringLiteral("1996")) << "missions[0].opened"
        << "cannot open before";
}

void TestLoader::brokenMember_isReportedWithItsPath()
{
    QFETCH(QString, path);
    QFETCH(std::optional<QJsonValue>, value);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedMessage);
    const LoadResult result = parseDataset(test::embeddedJsonWith(path, value), QStringLiteral("edited.json"));
    QVERIFY(!result.isValid());
    QVERIFY(!result.dataset); // nothing is half-loaded
    const bool found = std::any_of(result.problems.cbegin(), result.problems.cend(),
        [&](const Problem &p) { return p.path == expectedPath && p.message.contains(expectedMessage); });
    QVERIFY2(found, qPrintable(test::problemText(result)));
}

void TestLoader::brokenFile_isRefusedWithPosition_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedMessage");
    const QByteArray json = test::embeddedJson();
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("blank") << QByteArray(" \n\t") << "the file is empty";
    QTest::newRow("not JSON") << QByteArray("hello") << "line 1, column 2: not valid JSON: illegal value";
    QTest::newRow("truncated") << json.left(json.indexOf("\"missions\"")) << "not valid JSON";
    QTest::newRow("array at top") << QByteArray("[]") << "expected a JSON object at the top level";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "line 1, column 33: nested deeper than 32 levels";
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + json << "byte order mark";
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6) << "byte order mark";
}

void TestLoader::brokenFile_isRefusedWithPosition()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedMessage);
    const LoadResult result = parseDataset(bytes, QStringLiteral("broken.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().message.contains(expectedMessage), qPrintable(test::problemText(result)));
}

void TestLoader::severalProblems_areAllReported()
{
    QJsonObject root = QJsonDocument::fromJson(
        test::embeddedJsonWith(QStringLiteral("events[4].date"), QJsonValue(QStringLiteral("1990-13"))))
                           .object();
    root.remove(QStringLiteral("title"));
    const LoadResult result = parseDataset(test::toJson(root), QStringLiteral("two.json"));
    const QString text = test::problemText(result);
    QVERIFY2(text.contains(QStringLiteral("two.json: title: required")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("two.json: events[4].date: expected a real date")), qPrintable(text));
}

void TestLoader::bracketsInsideStrings_doNotCountAsNesting()
{
    const QString brackets(200, QLatin1Char('['));
    const LoadResult result
        = parseDataset(test::embeddedJsonWith(QStringLiteral("title.en"), QJsonValue(brackets)), QStringLiteral("x"));
    QVERIFY2(result.isValid(), qPrintable(test::problemText(result)));
    QCOMPARE(result.dataset->title.en, brackets);
}

void TestLoader::oversizedFile_isRefusedBeforeReading()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: 50 MB of nothing
    file.close();
    const LoadResult result = loadDataset(file.fileName());
    QVERIFY(!result.dataset);
    QVERIFY2(test::problemText(result).contains(QStringLiteral("datasets larger than 33554432 bytes are refused")),
        qPrintable(test::problemText(result)));
}

void TestLoader::missingFileOrFolder_saysSo()
{
    QTemporaryDir dir;
    QCOMPARE(loadDataset(dir.filePath(QStringLiteral("none.json"))).problems.value(0).message,
        QStringLiteral("no such file"));
    QVERIFY(loadDataset(dir.path()).problems.value(0).message.contains(QStringLiteral("folder")));
}

void TestLoader::problemLines_nameFileAndPath()
{
    const LoadResult result
        = parseDataset(test::embeddedJsonWith(QStringLiteral("trade.unit"), QJsonValue(3)), QStringLiteral("f.json"));
    QCOMPARE(
        result.problemLines(), QStringList{QStringLiteral("f.json: trade.unit: expected a string, found a number")});
}

void TestLoader::numbersPeopleReallyWrite_areCheckedNotTrusted_data()
{
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("huge") << QByteArray("1e400") << "not valid JSON: illegal number"; // Qt refuses it while parsing
    QTest::newRow("NaN") << QByteArray("NaN") << "not valid JSON";
    QTest::newRow("Infinity") << QByteArray("Infinity") << "not valid JSON";
    QTest::newRow("negative zero") << QByteArray("-0") << "trade.years[0].turnover: expected exports + imports";
}

void TestLoader::numbersPeopleReallyWrite_areCheckedNotTrusted()
{
    QFETCH(QByteArray, replacement);
    QFETCH(QString, expected);
    QByteArray json = test::toJson(test::embeddedObject());
    QVERIFY(json.contains("\"exports\":25919.7,"));
    json.replace("\"exports\":25919.7,", "\"exports\":" + replacement + ",");
    const LoadResult result = parseDataset(json, QStringLiteral("numbers.json"));
    QVERIFY(!result.dataset);
    QVERIFY2(test::problemText(result).contains(expected), qPrintable(test::problemText(result)));
}

void TestLoader::rightToLeftAndZeroWidthText_isKeptAsWritten()
{
    const QString name
        = QStringLiteral("\u200F\u0639\u0644\u064A\u0645 Bayel\u200B"); // RLM, Arabic letters, zero-width space
    const LoadResult result = parseDataset(
        test::embeddedJsonWith(QStringLiteral("people[1].name.az"), QJsonValue(name)), QStringLiteral("x"));
    QVERIFY2(result.isValid(), qPrintable(test::problemText(result)));
    QCOMPARE(result.dataset->person(QStringLiteral("alim-bayel"))->name.az, name);
    const LoadResult blank
        = parseDataset(test::embeddedJsonWith(QStringLiteral("people[1].name.en"), QJsonValue(QStringLiteral(" \t "))),
            QStringLiteral("x"));
    QVERIFY(test::problemText(blank).contains(QStringLiteral("people[1].name.en: expected a non-empty string")));
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
