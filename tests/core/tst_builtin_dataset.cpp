// The embedded dataset against its source article: a typo in the JSON fails here.
#include "core/load/datasetloader.h"
#include "core/text/formatting.h"
#include "support/testsupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace azkz;

class TestDataset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void embeddedDataset_isValid();
    void infobox_matchesArticle();
    void missions_haveArticleDatesAndReferences();
    void events_coverEveryDatedStatementInOrder();
    void trade_matchesArticleTable();
    void tradeSeries_holdEveryImfValueOfTheCsv();
    void articleTable2020_equalsImfAzerbaijan2020();
    void tradeSeries_laterFiguresKeepTheirSources();
    void everyText_isPresentInBothLanguagesWithoutWikiLeftovers();
    void everyReference_isUsed();

private:
    const Dataset &data() const { return *m_result.dataset; }
    LoadResult m_result;
    QString m_article; // the source article, cleaned as the infobox is read
};

void TestDataset::initTestCase()
{
    m_result = loadDataset(embeddedDatasetPath());
    QFile file(QStringLiteral(AZKZ_TEST_DATA "/source-article-az.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_article = QString::fromUtf8(file.readAll());
    // The cleaning the dataset documents: citation brackets, "?!", "[ru]", two spelling slips.
    m_article.remove(QRegularExpression(QStringLiteral(R"(\[\d+\]|\[ru\]|\?!)")));
    m_article.replace(QStringLiteral("Qazaxıstandaki Azərbaycanin"), QStringLiteral("Qazaxıstandakı Azərbaycanın"));
    m_article.replace(QStringLiteral("Azərbaycandaki Qazaxıstanin"), QStringLiteral("Azərbaycandakı Qazaxıstanın"));
}

void TestDataset::embeddedDataset_isValid()
{
    QVERIFY2(m_result.isValid(), qPrintable(test::problemText(m_result)));
    QCOMPARE(data().schemaVersion, SchemaVersion);
    QCOMPARE(data().source.language, QStringLiteral("az"));
    QCOMPARE(data().source.licence, QStringLiteral("CC BY-SA 4.0"));
}

void TestDataset::infobox_matchesArticle()
{
    QCOMPARE(data().established.date, *DatePoint::parse(QStringLiteral("1992-08-30")));
    QCOMPARE(data().established.refs, References{3});
    const Mission *azEmbassy = data().mission(QStringLiteral("az-embassy-astana"));
    const Mission *kzEmbassy = data().mission(QStringLiteral("kz-embassy-baku"));
    QVERIFY(azEmbassy && kzEmbassy);
    QCOMPARE(azEmbassy->address->az, QStringLiteral("Astana, Anatoli Xrapatıy küç., bina 4"));
    QCOMPARE(kzEmbassy->address->az, QStringLiteral("Bakı, Nəcəfqulu Rəfiyev küç., 14"));
    QCOMPARE(data().person(azEmbassy->heads.first().personId)->name.az, QStringLiteral("Ağalar Atamoğlanov"));
    QCOMPARE(data().person(kzEmbassy->heads.first().personId)->name.az, QStringLiteral("Əlim Bayel"));
    QVERIFY(m_article.contains(QStringLiteral("Səfir | Ağalar Atamoğlanov |")));
    QVERIFY(m_article.contains(QStringLiteral("Səfir | Əlim Bayel |")));
    QVERIFY(data().trade.infoboxTurnover);
    QCOMPARE(data().trade.infoboxTurnover->year, 2022);
    QCOMPARE(data().trade.infoboxTurnover->value, 0.599);
    QCOMPARE(data().trade.infoboxTurnover->unit, QStringLiteral("billion-usd"));
    QVERIFY(m_article.contains(QStringLiteral("0,599 mlrd doll. (2022)")));
}

void TestDataset::missions_haveArticleDatesAndReferences()
{
    struct Expected {
        const char *id;
        MissionKind kind;
        const char *sending;
        const char *established;
        References establishedRefs;
        const char *opened;
        References openedRefs;
    };
    const Expected expected[] = {
        {"az-embassy-astana", MissionKind::Embassy, "az", "1997-04-11", {4}, "2004-03-01", {2}},
        {"kz-embassy-baku", MissionKind::Embassy, "kz", nullptr, {}, "1993-01-09", {2}},
        {"az-consulate-aktau", MissionKind::ConsulateGeneral, "az", "2008-04-30", {5}, "2008-09-06", {2}},
    };
    QCOMPARE(data().missions.size(), std::size(expected));
    for (const Expected &e : expected) {
        const Mission *m = data().mission(QLatin1String(e.id));
        QVERIFY2(m, e.id);
        QCOMPARE(int(m->kind), int(e.kind));
        QCOMPARE(m->sendingCountry, QLatin1String(e.sending));
        QCOMPARE(m->established.has_value(), e.established != nullptr);
        if (e.established) {
            QCOMPARE(m->established->date.toString(), QLatin1String(e.established));
            QCOMPARE(m->established->refs, e.establishedRefs);
        }
        QCOMPARE(m->opened->date.toString(), QLatin1String(e.opened));
        QCOMPARE(m->opened->refs, e.openedRefs);
    }
    QVERIFY(!data().mission(QStringLiteral("az-consulate-aktau"))->address); // the article gives none
}

void TestDataset::events_coverEveryDatedStatementInOrder()
{
    // Every date the article states, in the order the timeline must show them (the events
    // other sources give are checked against their sources in tst_beyond_article).
    const QStringList expected = {
        QStringLiteral("/1991"),
        QStringLiteral("1922/1991"),
        QStringLiteral("1922/1991"),
        QStringLiteral("1922/1991"),
        QStringLiteral("1990"),
        QStringLiteral("1990s/"),
        QStringLiteral("1992-08-30"),
        QStringLiteral("1993-01-09"),
        QStringLiteral("1997-03-07"),
        QStringLiteral("1997-04-11"),
        QStringLiteral("2004-03-01"),
        QStringLiteral("2004-09-15"),
        QStringLiteral("2005-05-25"),
        QStringLiteral("2008-04-30"),
        QStringLiteral("2008-09-06"),
        QStringLiteral("2016-03-04"),
        QStringLiteral("2020"),
        QStringLiteral("2021"),
        QStringLiteral("2022"),
    };
    QStringList actual;
    for (const Event &e : data().events) {
        if (e.fromArticle)
            actual.append(e.date.toString());
    }
    QCOMPARE(actual, expected);
    for (const Event &e : data().events) {
        if (e.fromArticle && e.eraIds.isEmpty() && e.date.from) // a stated date must be in the article's own words
            QVERIFY2(m_article.contains(QString::number(e.date.from->year)), qPrintable(e.id));
    }
    const auto meeting = std::find_if(data().events.cbegin(), data().events.cend(),
        [](const Event &e) { return e.id == QLatin1String("astana-karabakh-meeting"); });
    QCOMPARE(meeting->personIds, (QStringList{QStringLiteral("ilham-aliyev"), QStringLiteral("robert-kocharyan")}));
    QCOMPARE(meeting->refs, References{6});
}

void TestDataset::trade_matchesArticleTable()
{
    const Trade &t = data().trade;
    QCOMPARE(t.reporter, QStringLiteral("az"));
    QCOMPARE(t.partner, QStringLiteral("kz"));
    QCOMPARE(t.unit, QStringLiteral("thousand-usd"));
    QCOMPARE(t.years.size(), 3);
    const QStringList rows = {QStringLiteral("2020[9] | 25 919,70 | 116 107,75 | 142 027,45 |"),
        QStringLiteral("2021[10] | 39 893,97 | 95 905,00 | 135 798,97 |"),
        QStringLiteral("2022[11] | 104 031,35 | 494 437,25 | 598 468,6 |")};
    QFile file(QStringLiteral(AZKZ_TEST_DATA "/source-article-az.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString raw = QString::fromUtf8(file.readAll());
    const QLocale az = localeFor(Language::Azerbaijani);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QVERIFY(raw.contains(rows.at(i)));
        const QStringList cells = rows.at(i).chopped(2).split(QStringLiteral(" | "));
        const TradeYear &y = t.years.at(i);
        auto number = [&](int cell) { return az.toDouble(QString(cells.at(cell)).remove(QLatin1Char(' '))); };
        QCOMPARE(QStringLiteral("%1[%2]").arg(y.year).arg(y.refs.value(0)), cells.at(0));
        QCOMPARE(y.exports, number(1));
        QCOMPARE(y.imports, number(2));
        QCOMPARE(y.turnover, number(3));
    }
    // The infobox's rounded total and the table's differ; the dataset says so in both languages.
    // The article's numbers written as the table beside the note writes them.
    QVERIFY(t.note.az.contains(QStringLiteral("0,599")) && t.note.az.contains(QStringLiteral("598.468,6")));
    QVERIFY(t.note.en.contains(QStringLiteral("0.599")) && t.note.en.contains(QStringLiteral("598,468.6")));
    QVERIFY(t.note.az.contains(QStringLiteral("0,598")) && t.note.en.contains(QStringLiteral("0.598")));
}

namespace {
// A decimal written with a point, divided by 1000 exactly, trailing zeros dropped: "25919.70" -> "25.9197".
QString thousandsToMillions(QString printed)
{
    if (!printed.contains(QLatin1Char('.')))
        printed += QLatin1Char('.');
    qsizetype point = printed.indexOf(QLatin1Char('.'));
    printed.remove(point, 1);
    while (point < 4) {
        printed.prepend(QLatin1Char('0'));
        ++point;
    }
    printed.insert(point - 3, QLatin1Char('.'));
    while (printed.endsWith(QLatin1Char('0')))
        printed.chop(1);
    if (printed.endsWith(QLatin1Char('.')))
        printed.chop(1);
    while (printed.startsWith(QLatin1Char('0')) && printed.size() > 1 && printed.at(1) != QLatin1Char('.'))
        printed.remove(0, 1);
    return printed;
}

const TradeValue *findValue(const Dataset &d, const QString &reporter, TradeFlow flow, int year, const QString &source)
{
    for (const TradeSeries &s : d.trade.series) {
        if (s.reporter != reporter || s.flow != flow || s.sourceId != source)
            continue;
        for (const TradeValue &v : s.values) {
            if (v.year == year)
                return &v;
        }
    }
    return nullptr;
}
} // namespace

void TestDataset::tradeSeries_holdEveryImfValueOfTheCsv()
{
    QFile file(QStringLiteral(AZKZ_TEST_DATA "/az_kz_trade_imf_dots_1992_2020.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("reporter,partner,flow,year,value_usd_millions,imf_flag,source_file"));
    const QHash<QString, QString> countryIds
        = {{QStringLiteral("Azerbaijan"), QStringLiteral("az")}, {QStringLiteral("Kazakhstan"), QStringLiteral("kz")}};
    int checked = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        const QString reporter = countryIds.value(cells.at(0));
        const QString partner = countryIds.value(cells.at(1));
        QVERIFY(!reporter.isEmpty() && !partner.isEmpty());
        const bool exports = cells.at(2) == QLatin1String("exports_fob");
        QVERIFY(exports || cells.at(2) == QLatin1String("imports_cif"));
        const int year = cells.at(3).toInt();
        const TradeFlow flow = exports ? TradeFlow::Exports : TradeFlow::Imports;
        const TradeValue *value = findValue(data(), reporter, flow, year, QStringLiteral("imf-dots"));
        if (cells.at(4).isEmpty()) { // no figure: a missing year stays missing
            QVERIFY2(!value, qPrintable(line));
            continue;
        }
        QVERIFY2(value, qPrintable(line));
        QCOMPARE(value->printed, cells.at(4)); // exactly as published
        QCOMPARE(value->flag, cells.at(5) == QLatin1String("e") ? ValueFlag::Estimate : ValueFlag::None);
        for (const TradeSeries &s : data().trade.series) {
            if (s.sourceId == QLatin1String("imf-dots") && s.reporter == reporter && s.flow == flow) {
                QCOMPARE(s.partner, partner);
                QCOMPARE(s.unit, QStringLiteral("million-usd"));
                QCOMPARE(s.valuation, exports ? Valuation::Fob : Valuation::Cif);
            }
        }
        ++checked;
    }
    QCOMPARE(checked, 114);
    int inDataset = 0;
    for (const TradeSeries &s : data().trade.series)
        inDataset += s.sourceId == QLatin1String("imf-dots") ? int(s.values.size()) : 0;
    QCOMPARE(inDataset, 114); // nothing added beside the CSV's figures
    const SourceEntry *imf = data().sourceEntry(QStringLiteral("imf-dots"));
    QVERIFY(imf);
    QCOMPARE(imf->kind, SourceKind::Statistics);
    QVERIFY(imf->address.contains(QStringLiteral("SamLeBlanc/Direction-of-Trade-Map/tree/a0b40af")));
    // The terms of reuse as the data's README gives them, and in Azerbaijani.
    QCOMPARE(imf->licence.en, QStringLiteral("IMF data may be reused with attribution"));
    QVERIFY(imf->licence.az.contains(QStringLiteral("BVF")) && imf->licence.az != imf->licence.en);
    // A licence's name is one string, the same in both languages.
    const SourceEntry *geonames = data().sourceEntry(QStringLiteral("geonames"));
    QVERIFY(geonames);
    QCOMPARE(geonames->licence.az, geonames->licence.en);
}

void TestDataset::articleTable2020_equalsImfAzerbaijan2020()
{
    for (TradeFlow flow : {TradeFlow::Exports, TradeFlow::Imports}) {
        const TradeValue *article = findValue(data(), QStringLiteral("az"), flow, 2020, QStringLiteral("article"));
        const TradeValue *imf = findValue(data(), QStringLiteral("az"), flow, 2020, QStringLiteral("imf-dots"));
        QVERIFY(article && imf);
        // The IMF prints four decimals: the article's figure, in millions, is the IMF's to within
        // half of its last digit (116 107,75 thousand = 116.10775 million, printed 116.1077).
        const QString millions = thousandsToMillions(article->printed);
        const qsizetype decimals = std::max(millions.size() - millions.indexOf(QLatin1Char('.')) - 1,
            imf->printed.size() - imf->printed.indexOf(QLatin1Char('.')) - 1);
        const qsizetype imfDecimals = imf->printed.size() - imf->printed.indexOf(QLatin1Char('.')) - 1;
        QCOMPARE(imfDecimals, 4);
        auto scaled = [decimals](const QString &d) {
            const qsizetype point = d.indexOf(QLatin1Char('.'));
            QString digits = QString(d).remove(QLatin1Char('.'));
            digits += QString(decimals - (d.size() - point - 1), QLatin1Char('0'));
            return digits.toLongLong();
        };
        qint64 half = 5;
        for (qsizetype k = imfDecimals + 1; k < decimals; ++k)
            half *= 10;
        QVERIFY2(std::abs(scaled(millions) - scaled(imf->printed)) <= half,
            qPrintable(millions + QLatin1Char(' ') + imf->printed));
        QCOMPARE(article->refs, References{9});
    }
    QCOMPARE(thousandsToMillions(QStringLiteral("25919.70")), QStringLiteral("25.9197"));
    QCOMPARE(thousandsToMillions(QStringLiteral("116107.75")), QStringLiteral("116.10775"));
    QCOMPARE(thousandsToMillions(QStringLiteral("5")), QStringLiteral("0.005"));
    // The article is one source, with its references as the article numbers them.
    const SourceEntry *article = data().sourceEntry(QStringLiteral("article"));
    QVERIFY(article);
    QCOMPARE(article->kind, SourceKind::Article);
    QCOMPARE(article->references, data().source.references);
    QCOMPARE(&data().sources.constFirst(), article);
}

void TestDataset::tradeSeries_laterFiguresKeepTheirSources()
{
    // The Kazakh side's 2022 and 2023 figures (sources-beyond-the-article.md), both flows known.
    const QString astana = QStringLiteral("astanatimes-2023-04-11");
    const QString trend = QStringLiteral("trend-2024-03-05");
    QCOMPARE(
        findValue(data(), QStringLiteral("kz"), TradeFlow::Exports, 2022, astana)->printed, QStringLiteral("375.3"));
    QCOMPARE(
        findValue(data(), QStringLiteral("kz"), TradeFlow::Imports, 2022, astana)->printed, QStringLiteral("86.6"));
    QCOMPARE(
        findValue(data(), QStringLiteral("kz"), TradeFlow::Exports, 2023, trend)->printed, QStringLiteral("456.3"));
    QCOMPARE(findValue(data(), QStringLiteral("kz"), TradeFlow::Imports, 2023, trend)->printed, QStringLiteral("73"));
    // The revised 2022 figure is kept beside the first one, not instead of it.
    QCOMPARE(findValue(data(), QStringLiteral("kz"), TradeFlow::Imports, 2022, trend)->printed, QStringLiteral("88.3"));
    for (const QString &id : {astana, trend}) {
        const SourceEntry *source = data().sourceEntry(id);
        QVERIFY(source);
        QCOMPARE(source->kind, SourceKind::News);
        QVERIFY(source->published);
    }
    for (const TradeSeries &s : data().trade.series)
        QVERIFY2(data().sourceEntry(s.sourceId), qPrintable(s.id));
}

void TestDataset::everyText_isPresentInBothLanguagesWithoutWikiLeftovers()
{
    // Every string of the file, whatever member it is in.
    QStringList strings;
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
        if (v.isString())
            strings.append(v.toString());
        const QJsonArray items
            = v.isObject() ? QJsonArray::fromVariantList(v.toObject().toVariantMap().values()) : v.toArray();
        for (const QJsonValue &item : items)
            collect(item);
    };
    collect(test::embeddedObject());
    QVERIFY(strings.size() > 300);
    static const QRegularExpression leftover(
        QStringLiteral(R"(\[\d+\]|\[ru\]|\?!|Vikianbar|daki Azərbaycanin|daki Qazaxıstanin)"));
    for (const QString &s : strings)
        QVERIFY2(!leftover.match(s).hasMatch(), qPrintable(s));
    for (const Event &e : data().events) {
        QVERIFY(!e.title.az.isEmpty() && !e.title.en.isEmpty());
        QVERIFY2(e.title.az != e.title.en, qPrintable(e.id));
    }
}

void TestDataset::everyReference_isUsed()
{
    QSet<int> used;
    auto use = [&used](const References &refs) {
        for (int r : refs)
            used.insert(r);
    };
    use(data().established.refs);
    for (const Section &s : data().sections)
        for (const Paragraph &p : s.paragraphs)
            use(p.refs);
    for (const Event &e : data().events)
        use(e.refs);
    for (const TradeYear &y : data().trade.years)
        use(y.refs);
    QCOMPARE(used.size(), 11);
    QCOMPARE(data().source.references.size(), 11);
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_builtin_dataset.moc"
