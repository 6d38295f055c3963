// The loader refuses broken datasets, reporting every problem with its JSON path (the file as a
// whole, its text and its version: tst_loader_file).
#include "core/load/datasetloader.h"
#include "support/testsupport.h"

using namespace azkz;

Q_DECLARE_METATYPE(std::optional<QJsonValue>)

class TestLoader : public QObject
{
    Q_OBJECT
private slots:
    void brokenMember_isReportedWithItsPath_data();
    void brokenMember_isReportedWithItsPath();
    void severalProblems_areAllReported();
    void problemLines_nameFileAndPath();
    void numbersPeopleReallyWrite_areCheckedNotTrusted_data();
    void numbersPeopleReallyWrite_areCheckedNotTrusted();
    void rightToLeftAndZeroWidthText_isKeptAsWritten();
    void manyProblems_firstFewHundredListedRestCounted();
    void hostileValues_areEscapedAndShortenedInMessages();
    void listsShownWhole_areBounded_data();
    void listsShownWhole_areBounded();
    void brokenItem_isReportedOnceNotAgainWhereItIsNamed();
};

void TestLoader::brokenMember_isReportedWithItsPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<std::optional<QJsonValue>>("value"); // nullopt: remove the member
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedMessage");
    using V = std::optional<QJsonValue>;
    QTest::newRow("wrong type") << "events[4].title" << V(5) << "events[4].title"
                                << "expected a text in both languages, {\"az\": \"…\", \"en\": \"…\"}, found a number";
    QTest::newRow("text in one language") << "events[4].title" << V(QStringLiteral("A title")) << "events[4].title"
                                          << "expected a text in both languages, {\"az\": \"…\", \"en\": \"…\"}, "
                                             "found a string";
    QTest::newRow("article's table in another unit")
        << "trade.unit" << V(QStringLiteral("thousand-eur")) << "trade.unit"
        << "the unit \"thousand-eur\" is not one of thousand-usd, million-usd";
    const auto country = [](const char *id, const char *iso, const char *name) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("iso"), QLatin1String(iso)},
            {QStringLiteral("name"),
                QJsonObject{{QStringLiteral("az"), QLatin1String(name)}, {QStringLiteral("en"), QLatin1String(name)}}}};
    };
    QTest::newRow("a third country before the pair")
        << "countries" << V(QJsonArray{country("tr", "TR", "T"), country("az", "AZ", "A"), country("kz", "KZ", "K")})
        << "relations.countries"
        << "the pair must be the first two countries of \"countries\"";
    QTest::newRow("rounded total in another unit")
        << "trade.infoboxTurnover.unit" << V(QStringLiteral("billion-eur")) << "trade.infoboxTurnover.unit"
        << "the unit \"billion-eur\" is not one of thousand-usd, million-usd, billion-usd";
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
    QTest::newRow("unknown person") << "missions[1].heads[0].person" << V(QStringLiteral("nobody"))
                                    << "missions[1].heads[0].person"
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
    QTest::newRow("newer schema") << "schemaVersion" << V(4) << "schemaVersion"
                                  << "reads schema versions 1 to 3, found 4";
    // Schema version 2: sources and trade series.
    QTest::newRow("sources in a version 1 file") << "schemaVersion" << V(1) << "sources"
                                                 << "\"sources\" needs schemaVersion 2";
    // Schema version 3: sources of statements, disputes, heads of mission over time.
    const auto claim = [](const char *date, const QJsonValue &refs) {
        return QJsonObject{{QStringLiteral("date"), QString::fromLatin1(date)}, {QStringLiteral("refs"), refs}};
    };
    const QJsonObject about{
        {QStringLiteral("az"), QStringLiteral("Tarix")}, {QStringLiteral("en"), QStringLiteral("Date")}};
    QTest::newRow("unknown source of an event")
        << "events[6].sources" << V(QJsonArray{QStringLiteral("nowhere")}) << "events[6].sources[0]"
        << "\"nowhere\" is not the id of any source";
    QTest::newRow("the article as a source")
        << "events[6].sources" << V(QJsonArray{QStringLiteral("article")}) << "events[6].sources[0]"
        << "cited by its reference numbers";
    QTest::newRow("event without refs or sources") << "events[4].refs" << V() << "events[4].refs"
                                                   << "or for what the article does not say, the ids of other "
                                                      "sources in \"sources\"";
    QTest::newRow("span reversed") << "events[4].date" << V(QStringLiteral("1989/1969")) << "events[4].date"
                                   << "the span \"1989/1969\" ends before it begins: write it earliest first, "
                                      "\"1969/1989\"";
    QTest::newRow("code in lower case") << "countries[0].iso" << V(QStringLiteral("az")) << "countries[0].iso"
                                        << "ISO codes are written in upper case: \"AZ\", not \"az\"";
    QTest::newRow("code the map does not know") << "countries[1].iso" << V(QStringLiteral("XX")) << "countries[1].iso"
                                                << "the map knows no country with the code \"XX\"";
    QTest::newRow("one code for two countries") << "countries[1].iso" << V(QStringLiteral("AZ")) << "countries[1].iso"
                                                << "the code \"AZ\" already belongs to another country (at countries[0].iso)";
    QTest::newRow("dispute of one claim")
        << "events[6].dispute"
        << V(QJsonObject{{QStringLiteral("about"), about},
               {QStringLiteral("claims"), QJsonArray{claim("1992-08-30", QJsonArray{3})}}})
        << "events[6].dispute.claims"
        << "at least two claims";
    QTest::newRow("claim resting on nothing")
        << "events[6].dispute"
        << V(QJsonObject{{QStringLiteral("about"), about},
               {QStringLiteral("claims"),
                   QJsonArray{claim("1992-08-30", QJsonArray{3}), claim("1992-08-27", QJsonArray{})}}})
        << "events[6].dispute.claims[1]"
        << "a claim needs the article's \"refs\" or \"sources\"";
    QTest::newRow("the event's date not claimed")
        << "events[6].dispute"
        << V(QJsonObject{{QStringLiteral("about"), about},
               {QStringLiteral("claims"),
                   QJsonArray{claim("1992-08-29", QJsonArray{3}), claim("1992-08-27", QJsonArray{3})}}})
        << "events[6].dispute.claims"
        << "the date \"1992-08-30\" is not one of the claims";
    QTest::newRow("date and value claims mixed")
        << "events[6].dispute"
        << V(QJsonObject{{QStringLiteral("about"), about},
               {QStringLiteral("claims"),
                   QJsonArray{claim("1992-08-30", QJsonArray{3}),
                       QJsonObject{{QStringLiteral("value"), about}, {QStringLiteral("refs"), QJsonArray{3}}}}}})
        << "events[6].dispute.claims[1]"
        << "all dates or all values";
    QTest::newRow("malformed claimed date")
        << "relations.established.dispute"
        << V(QJsonObject{{QStringLiteral("about"), about},
               {QStringLiteral("claims"),
                   QJsonArray{claim("1992-08-30", QJsonArray{3}), claim("1992-02-30", QJsonArray{3})}}})
        << "relations.established.dispute.claims[1].date"
        << "found \"1992-02-30\"";
    QTest::newRow("version 3 statements in a version 2 file")
        << "schemaVersion" << V(2) << "relations.established.sources"
        << "\"sources\" on a statement needs schemaVersion 3";
    QTest::newRow("version 3 heads in a version 2 file") << "schemaVersion" << V(2) << "missions[0].heads"
                                                         << "\"heads\" needs schemaVersion 3";
    QTest::newRow("head and heads") << "missions[2].head"
                                    << V(QJsonObject{{QStringLiteral("person"), QStringLiteral("adil-aliyev")},
                                           {QStringLiteral("title"), about}})
                                    << "missions[2]"
                                    << "either \"head\" or \"heads\"";
    QTest::newRow("unknown person of a former head")
        << "missions[1].heads[3].person" << V(QStringLiteral("nobody")) << "missions[1].heads[3].person"
        << "\"nobody\" is not the id of any person";
    QTest::newRow("unknown series source")
        << "trade.series[0].source" << V(QStringLiteral("nowhere")) << "trade.series[0].source"
        << "\"nowhere\" is not the id of any source";
    QTest::newRow("figure written the local way")
        << "trade.series[1].values[3].value" << V(QStringLiteral("16,74949")) << "trade.series[1].values[3].value"
        << "expected a decimal number written with digits and a point";
    QTest::newRow("unknown flag") << "trade.series[2].values[0].flag" << V(QStringLiteral("guess"))
                                  << "trade.series[2].values[0].flag"
                                  << "expected \"estimate\" or \"provisional\", found \"guess\"";
    QTest::newRow("year twice in a series")
        << "trade.series[0].values[1].year" << V(1992) << "trade.series[0].values[1].year"
        << "duplicate id \"1992\" (already used at trade.series[0].values[0].year)";
    QTest::newRow("unknown valuation") << "trade.series[3].valuation" << V(QStringLiteral("fas"))
                                       << "trade.series[3].valuation"
                                       << "expected \"fob\", \"cif\" or \"unstated\"";
    QTest::newRow("unknown series unit") << "trade.series[0].unit" << V(QStringLiteral("usd")) << "trade.series[0].unit"
                                         << "expected \"thousand-usd\" or \"million-usd\"";
    QTest::newRow("series reporter is its partner")
        << "trade.series[0].partner" << V(QStringLiteral("az")) << "trade.series[0].partner"
        << "must differ from its reporter";
    QTest::newRow("unknown source kind") << "sources[0].kind" << V(QStringLiteral("blog")) << "sources[0].kind"
                                         << "found \"blog\"";
    QTest::newRow("source address not on the web")
        << "sources[1].address" << V(QStringLiteral("astanatimes.com")) << "sources[1].address"
        << "expected a web address";
    QTest::newRow("source licence neither name nor text") << "sources[0].licence" << V(42) << "sources[0].licence"
                                                          << "expected a string";
    QTest::newRow("source licence in one language only")
        << "sources[0].licence" << V(QJsonObject{{QStringLiteral("en"), QStringLiteral("Free to reuse")}})
        << "sources[0].licence.az"
        << "required, but missing";
    QTest::newRow("source id of the article") << "sources[2].id" << V(QStringLiteral("article")) << "sources[2].id"
                                              << "duplicate id \"article\"";
    QTest::newRow("missing list") << "events" << V() << "events"
                                  << "required, but missing";
    QTest::newRow("date and eras") << "events[0].date" << V(QStringLiteral("1990")) << "events[0]"
                                   << "not both";
    QTest::newRow("opened before established")
        << "missions[0].opened.date" << V(QStringLiteral("1996")) << "missions[0].opened"
        << "cannot open before";
    QTest::newRow("country code not alpha-2")
        << "countries[0].iso" << V(QStringLiteral("Azerbaijan")) << "countries[0].iso"
        << "ISO 3166-1 alpha-2";
    QTest::newRow("latitude beyond the pole") << "cities[0].location.lat" << V(91) << "cities[0].location.lat"
                                              << "expected a number from -90 to 90, found 91";
    QTest::newRow("longitude as text") << "cities[0].location.lon" << V(QStringLiteral("east"))
                                       << "cities[0].location.lon"
                                       << "a finite number";
    QTest::newRow("unknown city") << "missions[0].city" << V(QStringLiteral("paris")) << "missions[0].city"
                                  << "\"paris\" is not the id of any city";
    QTest::newRow("city in the other country") << "missions[0].city" << V(QStringLiteral("baku")) << "missions[0].city"
                                               << "not in the mission's host country";
    // Hostile values: each would hang, exhaust memory or corrupt output further on.
    QTest::newRow("year zero") << "events[4].date" << V(QStringLiteral("0000")) << "events[4].date"
                               << "from the year 1 to 9999";
    QTest::newRow("span from year zero") << "events[5].date" << V(QStringLiteral("0000/1991")) << "events[5].date"
                                         << "from the year 1 to 9999";
    QTest::newRow("era from year zero") << "eras[0].from" << V(QStringLiteral("0000")) << "eras[0].from"
                                        << "from the year 1 to 9999";
    QTest::newRow("negative trade year") << "trade.years[0].year" << V(-5) << "trade.years[0].year"
                                         << "expected a year from 1 to 9999, found -5";
    QTest::newRow("huge trade year") << "trade.years[0].year" << V(999999999) << "trade.years[0].year"
                                     << "expected a year from 1 to 9999, found 999999999";
    QTest::newRow("astronomical figure") << "trade.years[2].exports" << V(1.7e308) << "trade.years[2].exports"
                                         << "expected a figure up to 1e+15";
    QTest::newRow("escape character") << "events[3].text.en" << V(QStringLiteral("red \x1b[31m text"))
                                      << "events[3].text.en"
                                      << "control character U+001B at position 5";
    QTest::newRow("NUL") << "missions[0].name.en" << V(QStringLiteral("Em\0bassy")) << "missions[0].name.en"
                         << "control character U+0000";
    QTest::newRow("unpaired surrogate") << "events[3].title.en" << V(QString(QChar(0xD800)) + QStringLiteral("x"))
                                        << "events[3].title.en"
                                        << "unpaired surrogate";
    QTest::newRow("only invisible characters")
        << "countries[0].name.az" << V(QStringLiteral("\u200B\u200D\u2060")) << "countries[0].name.az"
        << "expected visible text";
    QTest::newRow("60,000-character name")
        << "countries[0].name.en" << V(QString(60000, QLatin1Char('A'))) << "countries[0].name.en"
        << "60000 characters; at most 300";
    QTest::newRow("10 MB event text") << "events[3].text.en" << V(QString(10 * 1024 * 1024, QLatin1Char('x')))
                                      << "events[3].text.en"
                                      << "at most 10000";
    QTest::newRow("long id in a list") << "events[7].missions[0]" << V(QString(400, QLatin1Char('m')))
                                       << "events[7].missions[0]"
                                       << "at most 300";
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
        [&](const Problem &p) { return p.path == expectedPath && p.message().contains(expectedMessage); });
    QVERIFY2(found, qPrintable(test::problemText(result)));
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
    QTest::newRow("huge") << QByteArray("1e400")
                          << "not valid JSON: a number JSON cannot hold"; // Qt refuses it while parsing
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

void TestLoader::manyProblems_firstFewHundredListedRestCounted()
{
    QJsonObject root = test::embeddedObject();
    root[QStringLiteral("events")] = QJsonArray::fromVariantList(QVariantList(2000, QVariantMap())); // 2,000 × {}
    const LoadResult result = parseDataset(test::toJson(root), QStringLiteral("empty-events.json"));
    QCOMPARE(result.problems.size(), MaxProblems);
    QVERIFY(result.omittedProblems > 5000); // each empty event lacks id, date, category, title, text, refs
    const QStringList lines = result.problemLines();
    QCOMPARE(lines.size(), MaxProblems + 1);
    QCOMPARE(lines.last(),
        QStringLiteral("empty-events.json: … and %1 more problem(s) not listed").arg(result.omittedProblems));
}

void TestLoader::hostileValues_areEscapedAndShortenedInMessages()
{
    // Terminal escapes (set the window title, clear the screen) and 10 MB, in a member's name.
    const QString hostile = QStringLiteral("\x1b]0;owned\x07\x1b[2J") + QString(10 * 1024 * 1024, QLatin1Char('k'));
    QJsonObject root = test::embeddedObject();
    QJsonObject event = root[QStringLiteral("events")].toArray().at(0).toObject();
    event.insert(hostile, 1);
    root[QStringLiteral("events")] = QJsonArray{event};
    const LoadResult result = parseDataset(test::toJson(root), QStringLiteral("evil\x1b[0m.json"));
    const QStringList lines = result.problemLines();
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        QVERIFY2(line.size() < 1000, qPrintable(line.left(200)));
        for (const QChar c : line)
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(line.left(200)));
    }
    const QString text = lines.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("evil\\u001B[0m.json: events[0].\\u001B]0;owned\\u0007\\u001B[2Jkkk")),
        qPrintable(text.left(500)));
}

void TestLoader::listsShownWhole_areBounded_data()
{
    // Facts, missions and trade years are laid out whole in the window and the report.
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("facts") << "facts" << 101 << "facts: the list has 101 elements; at most 100 are allowed here";
    QTest::newRow("missions") << "missions" << 101 << "missions: the list has 101 elements; at most 100";
    QTest::newRow("trade years") << "trade.years" << 501 << "trade.years: the list has 501 elements; at most 500";
    QTest::newRow("categories") << "categories" << 51 << "categories: the list has 51 elements; at most 50";
}

void TestLoader::listsShownWhole_areBounded()
{
    QFETCH(QString, list);
    QFETCH(int, count);
    QFETCH(QString, expected);
    const LoadResult result
        = parseDataset(test::embeddedJsonWith(list, QJsonArray::fromVariantList(QVariantList(count, QVariantMap()))),
            QStringLiteral("x"));
    QVERIFY2(test::problemText(result).contains(expected), qPrintable(test::problemText(result).left(2000)));
}

void TestLoader::brokenItem_isReportedOnceNotAgainWhereItIsNamed()
{
    // A country with a broken name, a mission with a wrong kind, a trade year with a wrong
    // figure: each is one problem, and whatever names them is not reported as unknown.
    LoadResult result = parseDataset(
        test::embeddedJsonWith(QStringLiteral("countries[0].name.en"), QJsonValue(QString(400, QLatin1Char('A')))),
        QStringLiteral("x"));
    QCOMPARE(result.problemCount(), 1);
    result = parseDataset(
        test::embeddedJsonWith(QStringLiteral("missions[0].kind"), QJsonValue(QStringLiteral("honorary"))),
        QStringLiteral("x"));
    QCOMPARE(result.problemCount(), 1);
    result = parseDataset(
        test::embeddedJsonWith(QStringLiteral("trade.years[1].exports"), QJsonValue(-1.0)), QStringLiteral("x"));
    QVERIFY2(!test::problemText(result).contains(QStringLiteral("is not a year of trade.years")),
        qPrintable(test::problemText(result)));
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
