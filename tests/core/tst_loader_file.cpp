// The loader and the file as a whole: how it is opened (special files, size, a missing file),
// its JSON text (syntax errors with their position, nesting, the events read one at a time in
// any layout) and its schema version. Problems with single members are tst_loader's.
#include "core/load/datasetloader.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTemporaryFile>

#include <sys/stat.h>

using namespace azkz;

class TestLoaderFile : public QObject
{
    Q_OBJECT
private slots:
    void brokenFile_isRefusedWithPosition_data();
    void brokenFile_isRefusedWithPosition();
    void bracketsInsideStrings_doNotCountAsNesting();
    void oversizedFile_isRefusedBeforeReading();
    void missingFileOrFolder_saysSo();
    void brokenEvents_areReportedOnceWithTheirPaths();
    void tooManyEvents_isOneProblem();
    void eventsInAnyLayout_readTheSame();
    void eventsArrayBrokenBetweenElements_isReportedWhere_data();
    void eventsArrayBrokenBetweenElements_isReportedWhere();
    void specialFiles_areRefusedWithTheRealReason();
    void versionOneFile_isUpgradedWithTheSameTrade();
};

void TestLoaderFile::brokenFile_isRefusedWithPosition_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedMessage");
    const QByteArray json = test::embeddedJson();
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("blank") << QByteArray(" \n\t") << "the file is empty";
    QTest::newRow("not JSON") << QByteArray("hello") << "line 1, column 2: not valid JSON: not a JSON value";
    QTest::newRow("truncated") << json.left(json.indexOf("\"missions\"")) << "not valid JSON";
    QTest::newRow("array at top") << QByteArray("[]") << "expected a JSON object at the top level";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "line 1, column 33: nested deeper than 32 levels";
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + json << "byte order mark";
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6) << "byte order mark";
    QTest::newRow("UTF-16 without a mark") << QByteArray("{\0\"\0a\0\"\0:\0", 10) << "looks like UTF-16";
    QTest::newRow("duplicate member") << QByteArray("{\"title\": 1,\n \"title\": 2}")
                                      << "line 2, column 2: the member \"title\" appears twice";
    QTest::newRow("duplicate member spelt with an escape") << QByteArray(
        "{\"title\": 1,\n \"titl\\u0065\": 2}") << "line 2, column 2: the member \"titl\\u0065\" appears twice";
    QTest::newRow("raw control character")
        << QByteArray("{\"a\": \"x\x07y\"}") << "line 1, column 9: a raw control character (byte 0x07)";
    QTest::newRow("unknown escape") << QByteArray("{\"a\": \"x\\qy\"}") << "line 1, column 9: \\q is not a JSON escape";
    QTest::newRow("raw NUL") << QByteArray("{\"a\": \"x\0y\"}", 13) << "raw control character (byte 0x00)";
}

void TestLoaderFile::brokenFile_isRefusedWithPosition()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedMessage);
    const LoadResult result = parseDataset(bytes, QStringLiteral("broken.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().message().contains(expectedMessage), qPrintable(test::problemText(result)));
}

void TestLoaderFile::bracketsInsideStrings_doNotCountAsNesting()
{
    const QString brackets(200, QLatin1Char('['));
    const LoadResult result
        = parseDataset(test::embeddedJsonWith(QStringLiteral("title.en"), QJsonValue(brackets)), QStringLiteral("x"));
    QVERIFY2(result.isValid(), qPrintable(test::problemText(result)));
    QCOMPARE(result.dataset->title.en, brackets);
}

void TestLoaderFile::oversizedFile_isRefusedBeforeReading()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: 50 MB of nothing
    file.close();
    const LoadResult result = loadDataset(file.fileName());
    QVERIFY(!result.dataset);
    // Sizes as a reader takes them in, not counts of bytes ("the file is 52428800 bytes").
    QVERIFY2(test::problemText(result).contains(
                 QStringLiteral("the file is 50 MiB; datasets larger than 32 MiB are refused")),
        qPrintable(test::problemText(result)));
}

void TestLoaderFile::missingFileOrFolder_saysSo()
{
    QTemporaryDir dir;
    QCOMPARE(loadDataset(dir.filePath(QStringLiteral("none.json"))).problems.value(0).message(),
        QStringLiteral("no such file"));
    QVERIFY(loadDataset(dir.path()).problems.value(0).message().contains(QStringLiteral("folder")));
}

void TestLoaderFile::brokenEvents_areReportedOnceWithTheirPaths()
{
    // Events are read without building their paths until one has a problem: the problems still
    // carry the event's path, each once, in the file's order.
    QJsonObject root = test::embeddedObject();
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QJsonObject broken = events.at(4).toObject();
    broken[QStringLiteral("title")] = 5;
    broken[QStringLiteral("date")] = QStringLiteral("2021-02-30");
    events[4] = broken;
    QJsonObject twin = events.at(6).toObject();
    twin[QStringLiteral("id")] = events.at(2).toObject().value(QStringLiteral("id"));
    events[6] = twin;
    root[QStringLiteral("events")] = events;
    const LoadResult result = parseDataset(test::toJson(root), QStringLiteral("events.json"));
    QStringList paths;
    for (const Problem &problem : result.problems)
        paths.append(problem.path);
    QCOMPARE(paths,
        QStringList(
            {QStringLiteral("events[4].title"), QStringLiteral("events[4].date"), QStringLiteral("events[6].id")}));
    QCOMPARE(result.omittedProblems, 0);
    QVERIFY2(result.problems.last().message().contains(QStringLiteral("(already used at events[2].id)")),
        qPrintable(test::problemText(result)));
}

void TestLoaderFile::tooManyEvents_isOneProblem()
{
    // A million empty events: 3 MB of JSON that would otherwise give six million problem lines.
    QJsonObject root = test::embeddedObject();
    root.remove(QStringLiteral("events"));
    QByteArray empties = QByteArrayLiteral("{},").repeated(1000000);
    empties.chop(1);
    const QByteArray json = "{\"events\":[" + empties + "]," + test::toJson(root).mid(1);
    const LoadResult result = parseDataset(json, QStringLiteral("million.json"));
    QVERIFY(!result.dataset);
    QVERIFY2(result.problemCount() <= 5, qPrintable(test::problemText(result)));
    QVERIFY2(test::problemText(result).contains(
                 QStringLiteral("events: the list has 1000000 elements; at most 200000 are allowed here")),
        qPrintable(test::problemText(result)));
}

// The events are parsed one at a time from where the scan found them between the array's
// commas: strings holding brackets, braces, commas and quotes, and any white space between
// elements, must not move those borders.
void TestLoaderFile::eventsInAnyLayout_readTheSame()
{
    const QString tricky = QStringLiteral("a], {\"b\": [1,2]}, \\\" c ,\n\t[");
    const QByteArray compact = test::embeddedJsonWith(QStringLiteral("events[0].title.en"), QJsonValue(tricky));
    const QByteArray indented = QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented).replace("\n", "\r\n");
    QByteArray spaced = compact;
    spaced.replace("},{\"category\"", "} \t\r\n, \n {\"category\"");
    QVERIFY(spaced != compact);
    QStringList titles;
    for (const QByteArray &json : {compact, indented, spaced}) {
        const LoadResult result = parseDataset(json, QStringLiteral("layout.json"));
        QVERIFY2(result.isValid(), qPrintable(test::problemText(result)));
        QStringList these;
        for (const Event &event : result.dataset->events)
            these.append(event.id + QLatin1Char('=') + event.title.en);
        if (titles.isEmpty())
            titles = these;
        QCOMPARE(these, titles);
    }
    QCOMPARE(titles.size(), test::embeddedObject().value(QStringLiteral("events")).toArray().size());
    QVERIFY(titles.first().endsWith(tricky));
}

void TestLoaderFile::eventsArrayBrokenBetweenElements_isReportedWhere_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray json = test::embeddedJson();
    const QByteArray compact = test::toJson(test::embeddedObject());
    const qsizetype open = compact.indexOf("\"events\":[") + 9; // at [
    const qsizetype second = compact.indexOf("},{", open) + 1; // the comma after the first event
    const qsizetype close = compact.indexOf("],\"facts\":", open); // the list's ] (members are sorted)
    const auto with = [&](qsizetype at, qsizetype remove, const char *insert) {
        return QByteArray(compact).replace(at, remove, insert);
    };
    // The parser stops after the second comma.
    QTest::newRow("empty element") << with(second, 1, ",,")
                                   << QStringLiteral("line 1, column %1: not valid JSON")
                                          .arg(QString::fromUtf8(compact.left(second + 2)).size() + 1);
    QTest::newRow("trailing comma") << with(close, 0, ",") << "not valid JSON";
    QTest::newRow("text after an element") << with(second, 0, " x") << "not valid JSON";
    QTest::newRow("form feed is not white space") << with(second + 1, 0, "\f") << "not valid JSON";
    QTest::newRow("two values in one element") << with(second, 0, " 5") << "not valid JSON";
    QTest::newRow("number as an event") << with(open + 1, 0, "5,") << "events[0]: expected an object, found a number";
    QTest::newRow("list as an event") << with(open + 1, 0, "[{}],") << "events[0]: expected an object, found an array";
    QTest::newRow("events not a list") << test::embeddedJsonWith(QStringLiteral("events"), QJsonObject())
                                       << "events: expected an array";
    // Written with an escape, the scan does not see the member: the whole document is parsed.
    QTest::newRow("escaped member name") << with(open - 8, 6, "ev\\u0065nts") << "";
    QTest::newRow("events empty") << test::embeddedJsonWith(QStringLiteral("events"), QJsonArray()) << "";
    // A second "events" spelt with an escape, after the first: the parser keeps that one.
    QTest::newRow("escaped twin after the list") << with(compact.size() - 1, 0, ",\"event\\u0073\":[5]}").chopped(1)
                                                 << "the member \"event\\u0073\" appears twice";
    // More elements than a file may hold, and not JSON: the parse says so, not the count.
    QTest::newRow("200,000 commas") << with(open + 1, close - open - 1, QByteArray(MaxEvents, ',').constData())
                                    << "not valid JSON";
}

// A break between the elements is the whole document's parse error, with its position; a
// value that is not an event is reported with its path.
void TestLoaderFile::eventsArrayBrokenBetweenElements_isReportedWhere()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const LoadResult result = parseDataset(bytes, QStringLiteral("events.json"));
    const QString text = test::problemText(result);
    if (expected.isEmpty())
        QVERIFY2(result.isValid(), qPrintable(text));
    else
        QVERIFY2(
            !result.dataset && text.contains(expected), qPrintable(text + QStringLiteral("\nexpected: ") + expected));
}

void TestLoaderFile::specialFiles_areRefusedWithTheRealReason()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Would block for ever if opened: nobody writes to it.
    QVERIFY2(test::problemText(loadDataset(fifo)).contains(QStringLiteral("is not a regular file")),
        qPrintable(test::problemText(loadDataset(fifo))));
    QVERIFY(test::problemText(loadDataset(QStringLiteral("/dev/zero"))).contains(QStringLiteral("not a regular file")));
    const QString mem = test::problemText(loadDataset(QStringLiteral("/proc/self/mem")));
    QVERIFY2(mem.contains(QStringLiteral("cannot be read: input/output error")), qPrintable(mem));
    const QString longPath = dir.filePath(QString(5000, QLatin1Char('d')));
    const QString tooLong = test::problemText(loadDataset(longPath));
    QVERIFY2(tooLong.contains(QStringLiteral("the name is too long")), qPrintable(tooLong.right(80)));
}

void TestLoaderFile::versionOneFile_isUpgradedWithTheSameTrade()
{
    // The embedded file as it was in version 1: no sources list (so no cities' coordinates,
    // which name theirs), no trade series, none of version 3.
    QJsonObject v1 = test::articleStatementsOnly(test::embeddedObject()).toObject();
    v1.insert(QStringLiteral("schemaVersion"), 1);
    v1.remove(QStringLiteral("sources"));
    QJsonArray cities = v1.value(QStringLiteral("cities")).toArray();
    for (QJsonValueRef city : cities) {
        QJsonObject placed = city.toObject();
        placed.remove(QStringLiteral("location"));
        city = placed;
    }
    v1.insert(QStringLiteral("cities"), cities);
    QJsonObject trade = v1.value(QStringLiteral("trade")).toObject();
    trade.remove(QStringLiteral("series"));
    v1.insert(QStringLiteral("trade"), trade);
    const LoadResult old = parseDataset(test::toJson(v1), QStringLiteral("v1.json"));
    QVERIFY2(old.isValid(), qPrintable(test::problemText(old)));
    const LoadResult now = loadDataset(embeddedDatasetPath());
    QVERIFY(now.isValid());
    QCOMPARE(old.dataset->schemaVersion, 1);
    // Upgraded: the article is the one source, its table the article's two series.
    QCOMPARE(old.dataset->sources.size(), 1);
    QCOMPARE(old.dataset->sources.constFirst().id, QStringLiteral("article"));
    QCOMPARE(old.dataset->sources.constFirst().references, now.dataset->source.references);
    QCOMPARE(old.dataset->trade.series.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const TradeSeries &a = old.dataset->trade.series.at(i);
        const TradeSeries &b = now.dataset->trade.series.at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.sourceId, QStringLiteral("article"));
        QCOMPARE(a.values.size(), b.values.size());
        for (qsizetype k = 0; k < a.values.size(); ++k) {
            QCOMPARE(a.values.at(k).year, b.values.at(k).year);
            QCOMPARE(a.values.at(k).printed, b.values.at(k).printed);
            QCOMPARE(a.values.at(k).refs, b.values.at(k).refs);
        }
    }
    QCOMPARE(old.dataset->trade.years.size(), now.dataset->trade.years.size());
    for (qsizetype k = 0; k < old.dataset->trade.years.size(); ++k) {
        QCOMPARE(old.dataset->trade.years.at(k).exports, now.dataset->trade.years.at(k).exports);
        QCOMPARE(old.dataset->trade.years.at(k).imports, now.dataset->trade.years.at(k).imports);
        QCOMPARE(old.dataset->trade.years.at(k).turnover, now.dataset->trade.years.at(k).turnover);
    }
    // A version 1 file with a trade series is told which version it needs, with the path.
    trade.insert(QStringLiteral("series"), QJsonArray());
    v1.insert(QStringLiteral("trade"), trade);
    const LoadResult mixed = parseDataset(test::toJson(v1), QStringLiteral("v1.json"));
    QVERIFY(test::problemText(mixed).contains(QStringLiteral("trade.series: \"trade.series\" needs schemaVersion 2")));
}

QTEST_GUILESS_MAIN(TestLoaderFile)
#include "tst_loader_file.moc"
