// The embedded dataset against its source article: a typo in the JSON fails here.
#include "datasetloader.h"
#include "formatting.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace azkz;

class TestDataset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void embeddedDataset_isValid();
    void azerbaijaniParagraphs_areTheArticlesCleanedText();
    void infobox_matchesArticle();
    void missions_haveArticleDatesAndReferences();
    void events_coverEveryDatedStatementInOrder();
    void trade_matchesArticleTable();
    void everyText_isPresentInBothLanguagesWithoutWikiLeftovers();
    void everyReference_isUsed();

private:
    const Dataset &data() const { return *m_result.dataset; }
    LoadResult m_result;
    QString m_article; // the source article, cleaned as the dataset's Azerbaijani text is
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

void TestDataset::azerbaijaniParagraphs_areTheArticlesCleanedText()
{
    const QStringList articleLines = m_article.split(QLatin1Char('\n'));
    QVERIFY(articleLines.contains(data().lead.az));
    int paragraphs = 0;
    for (const Section &section : data().sections) {
        for (const Paragraph &p : section.paragraphs) {
            QVERIFY2(articleLines.contains(p.text.az), qPrintable(p.text.az));
            ++paragraphs;
        }
    }
    QCOMPARE(paragraphs, 16); // every paragraph of the article's body, none twice
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
    QCOMPARE(data().person(azEmbassy->head->personId)->name.az, QStringLiteral("Ağalar Atamoğlanov"));
    QCOMPARE(data().person(kzEmbassy->head->personId)->name.az, QStringLiteral("Əlim Bayel"));
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
    // Every date the article states, in the order the timeline must show them.
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
    for (const Event &e : data().events)
        actual.append(e.date.toString());
    QCOMPARE(actual, expected);
    for (const Event &e : data().events) {
        if (e.eraIds.isEmpty() && e.date.from) // a stated date must be in the article's own words
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
    QVERIFY(t.note.az.contains(QStringLiteral("0,599")) && t.note.az.contains(QStringLiteral("598 468,6")));
    QVERIFY(t.note.en.contains(QStringLiteral("0.599")) && t.note.en.contains(QStringLiteral("598,468.6")));
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
#include "tst_dataset.moc"
