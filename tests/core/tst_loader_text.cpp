// What a dataset file's bytes and texts may hold: a file cut off inside an escape, and the
// direction controls that would reorder what is shown after a text.
#include "bench/worstcases.h"
#include "core/load/datasetloader.h"
#include "core/map/worldmap.h"
#include "support/markuptexts.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace azkz;

class TestLoaderText : public QObject
{
    Q_OBJECT
private slots:
    void escapeAsTheLastByte_isAProblemNotARead();
    void directionControls_areRefusedWithTheirPlace();
    void everyRefusedCharacter_isFoundAfterAVisibleStart();
    void idListedTwice_isAProblem();
    void citations_areBoundedByStatementAndByFile();
    void schema_listsTheCodesTheMapKnows();
    void brokenReferenceList_isOneProblemNotOneAtEveryCitation();
    void eventsInNoOrder_areReadInDateOrder();
};

void TestLoaderText::escapeAsTheLastByte_isAProblemNotARead()
{
    // A member's name cut off after a backslash, the file's last byte: the scan stepped past the
    // end and read beyond the text (found by the fuzzer under ASan). Now a problem like any other.
    // The bytes are given without a terminating zero, as the fuzzer gives them, so that a read
    // past the end is one the sanitizers see.
    for (const char *cut : {"{\"key\\", "{\"a\":{\"b\\", "[{\"\\"}) {
        const std::vector<char> bytes(cut, cut + std::strlen(cut));
        const LoadResult result
            = parseDataset(QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())), QStringLiteral("cut.json"));
        QVERIFY2(!result.dataset && result.problemCount() > 0, cut);
    }
}

void TestLoaderText::directionControls_areRefusedWithTheirPlace()
{
    // An override, an embedding or an isolate in any text would reorder what is shown after it
    // (a citation's address read backwards): refused, in a publisher, a title and a name alike.
    for (const char16_t control : {u'\u202E', u'\u202D', u'\u202A', u'\u2066', u'\u2068'}) {
        for (const char *path : {"sources[1].publisher.en", "title.az", "people[0].name.en"}) {
            const QString text = QStringLiteral("gov.az") + QChar(control) + QStringLiteral("exe.pdf");
            const LoadResult result = parseDataset(
                test::embeddedJsonWith(QString::fromLatin1(path), QJsonValue(text)), QStringLiteral("x.json"));
            QVERIFY2(!result.isValid(), path);
            const QString expected = QStringLiteral("direction control U+%1 at position 7")
                                         .arg(QString::number(int(control), 16).toUpper());
            QVERIFY2(test::problemText(result).contains(expected), qPrintable(test::problemText(result)));
        }
        // In every text of the file at once: each one is a problem of its own.
        int texts = 0;
        const QJsonValue every = test::withTexts(test::embeddedObject(), [&](const QString &text) {
            ++texts;
            return text.left(280) + QChar(control) + QStringLiteral("x");
        });
        const LoadResult result = parseDataset(test::toJson(every.toObject()), QStringLiteral("x.json"));
        QVERIFY(!result.isValid());
        QVERIFY2(result.problemCount() >= texts,
            qPrintable(QStringLiteral("%1 of %2").arg(result.problemCount()).arg(texts)));
    }
}

void TestLoaderText::everyRefusedCharacter_isFoundAfterAVisibleStart()
{
    // Most texts start with a letter and hold nothing refused: one quick pass passes them. The
    // first and last character of each refused range, after a letter, is still found; the
    // characters beside the ranges are still allowed.
    const auto loaded = [](const QString &inside) {
        return parseDataset(test::embeddedJsonWith(QStringLiteral("events[2].text.en"),
                                QJsonValue(QStringLiteral("Abc") + inside + QStringLiteral("def"))),
            QStringLiteral("x.json"));
    };
    for (const char16_t refused : {u'\x01', u'\x1F', u'\x7F', u'\x85', u'\x9F', u'\u202A', u'\u202E', u'\u2066',
             u'\u2069', u'\xD800', u'\xDBFF', u'\xDC00', u'\xDFFF'}) {
        const LoadResult result = loaded(QString(QChar(refused)));
        QVERIFY2(!result.isValid(), qPrintable(QString::number(refused, 16)));
        QVERIFY2(test::problemText(result).contains(QLatin1String("events[2].text.en")),
            qPrintable(test::problemText(result)));
    }
    for (const QString &allowed : {QStringLiteral("\n"), QStringLiteral("\t"), QStringLiteral(" "),
             QStringLiteral("\u00A0"), QStringLiteral("\u2029"), QStringLiteral("\u202F"), QStringLiteral("\u2065"),
             QStringLiteral("\u206A"), QStringLiteral("\u200F"), QString::fromUtf16(u"\U0001F600")}) {
        const LoadResult result = loaded(allowed);
        QVERIFY2(result.isValid(), qPrintable(test::problemText(result)));
    }
}

void TestLoaderText::idListedTwice_isAProblem()
{
    // One source named many times was drawn as many times (a 1 MB file took a gigabyte): each id
    // once in a list, a second naming is a problem with its place and the first one's.
    for (const char *path : {"events[5].sources", "events[5].people", "facts[0].sources"}) {
        const QString id = QString::fromLatin1(path).endsWith(QLatin1String("people"))
            ? test::embeddedObject()[QStringLiteral("people")]
                  .toArray()
                  .at(0)
                  .toObject()[QStringLiteral("id")]
                  .toString()
            : QStringLiteral("imf-dots");
        const LoadResult result
            = parseDataset(test::embeddedJsonWith(QString::fromLatin1(path), QJsonArray{id, QStringLiteral("x"), id}),
                QStringLiteral("x.json"));
        QVERIFY(!result.isValid());
        const QString expected
            = QStringLiteral("%1[2]: \"%2\" is listed twice (first at [0])").arg(QString::fromLatin1(path), id);
        QVERIFY2(test::problemText(result).contains(expected), qPrintable(test::problemText(result)));
    }
    // The first place is the one in the array, past an empty entry that was not kept: in a short
    // list (compared one by one) and in a long one (compared through a hash).
    QJsonArray shortList{QStringLiteral("id0"), QString(), QStringLiteral("id2"), QStringLiteral("id2")};
    QJsonArray longList;
    for (int i = 0; i < 30; ++i)
        longList.append(i == 5 ? QString() : QStringLiteral("id%1").arg(i));
    longList.append(QStringLiteral("id3"));
    longList.append(QStringLiteral("id25"));
    QJsonObject root = test::embeddedObject();
    QJsonArray events = root[QStringLiteral("events")].toArray();
    for (const auto &[index, list] : {std::pair{5, longList}, std::pair{6, shortList}}) {
        QJsonObject event = events.at(index).toObject();
        event[QStringLiteral("people")] = list;
        events[index] = event;
    }
    root[QStringLiteral("events")] = events;
    const QString problems = test::problemText(parseDataset(QJsonDocument(root).toJson(), QStringLiteral("x.json")));
    for (const char *expected : {"events[5].people[30]: \"id3\" is listed twice (first at [3])",
             "events[5].people[31]: \"id25\" is listed twice (first at [25])",
             "events[6].people[3]: \"id2\" is listed twice (first at [2])"})
        QVERIFY2(problems.contains(QLatin1String(expected)), qPrintable(problems));
}

void TestLoaderText::citations_areBoundedByStatementAndByFile()
{
    // The costliest file that is allowed: 500 events of 50 citations each, every source's name at
    // its longest. One event more crosses the file's bound; one citation more, a statement's.
    QVERIFY(parseDataset(bench::worst::citations(500).json, QStringLiteral("x.json")).isValid());
    LoadResult result = parseDataset(bench::worst::citations(520).json, QStringLiteral("x.json"));
    QVERIFY(!result.isValid());
    QVERIFY2(test::problemText(result).contains(QStringLiteral("at most 16000000 are allowed in a file")),
        qPrintable(test::problemText(result)));

    QJsonObject root = QJsonDocument::fromJson(bench::worst::citations(1).json).object();
    QJsonArray events = root[QStringLiteral("events")].toArray();
    for (qsizetype e = 0; e < events.size(); ++e) {
        QJsonObject event = events.at(e).toObject();
        if (event[QStringLiteral("id")] != QStringLiteral("worst-cited-0"))
            continue;
        QJsonArray sources = event[QStringLiteral("sources")].toArray();
        sources.append(QStringLiteral("imf-dots")); // the 51st
        event[QStringLiteral("sources")] = sources;
        events[e] = event;
    }
    root[QStringLiteral("events")] = events;
    result = parseDataset(test::toJson(root), QStringLiteral("x.json"));
    QVERIFY(!result.isValid());
    QVERIFY2(test::problemText(result).contains(
                 QStringLiteral("events[id=worst-cited-0]: cites sources 51 times, counting the claims of its dispute "
                                "if it has one; the most a statement can cite is 50")),
        qPrintable(test::problemText(result)));
}

void TestLoaderText::schema_listsTheCodesTheMapKnows()
{
    // What a dataset's writer reads in SCHEMA.md is what --validate accepts.
    QFile schema(QStringLiteral(AZKZ_SOURCE_DIR "/resources/dataset/SCHEMA.md"));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(schema.readAll());
    const qsizetype section = text.indexOf(QStringLiteral("## The codes the map knows"));
    QVERIFY(section >= 0);
    QStringList listed;
    for (const auto &match : QRegularExpression(QStringLiteral("`([A-Z]{2})`")).globalMatch(text.mid(section)))
        listed.append(match.captured(1));
    QStringList known;
    for (const WorldMap::Country &country : WorldMap::builtin().countries())
        known.append(country.iso);
    known.sort();
    QCOMPARE(listed, known);
}

void TestLoaderText::brokenReferenceList_isOneProblemNotOneAtEveryCitation()
{
    // The article's reference numbers written as strings: one problem each, and no statement
    // citing them is reported for it (they made 27 follow-on problems that hid the cause).
    QJsonArray strings;
    for (int n = 1; n <= 11; ++n)
        strings.append(QString::number(n));
    LoadResult result
        = parseDataset(test::embeddedJsonWith(QStringLiteral("source.references"), strings), QStringLiteral("x"));
    QCOMPARE(result.problemCount(), 11);
    result
        = parseDataset(test::embeddedJsonWith(QStringLiteral("source.references"), QJsonValue(QStringLiteral("1-11"))),
            QStringLiteral("x"));
    QCOMPARE(result.problemCount(), 1);
}

void TestLoaderText::eventsInNoOrder_areReadInDateOrder()
{
    // The built-in events written newest first: read oldest first, and those of one date in the
    // order the file gives them (their first date, as the timeline sorts them).
    QJsonObject root = test::embeddedObject();
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QJsonArray reversed;
    for (qsizetype i = events.size() - 1; i >= 0; --i)
        reversed.append(events.at(i));
    root.insert(QStringLiteral("events"), reversed);
    const LoadResult inOrder = parseDataset(test::embeddedJson(), QStringLiteral("in-order.json"));
    const LoadResult backwards = parseDataset(test::toJson(root), QStringLiteral("backwards.json"));
    QVERIFY2(backwards.isValid(), qPrintable(test::problemText(backwards)));
    const QList<Event> &read = backwards.dataset->events;
    QCOMPARE(read.size(), inOrder.dataset->events.size());
    for (qsizetype i = 1; i < read.size(); ++i) {
        QVERIFY2(read.at(i - 1).date.sortKey() <= read.at(i).date.sortKey(), qPrintable(read.at(i).id));
        if (read.at(i - 1).date.sortKey() == read.at(i).date.sortKey()) { // backwards: the file's later first
            const auto at = [&](const QString &id) {
                return std::find_if(events.begin(), events.end(), [&](const QJsonValue &e) {
                    return e.toObject().value(QStringLiteral("id")).toString() == id;
                }) - events.begin();
            };
            QVERIFY2(at(read.at(i - 1).id) > at(read.at(i).id), qPrintable(read.at(i).id));
        }
    }
}

QTEST_GUILESS_MAIN(TestLoaderText)
#include "tst_loader_text.moc"
