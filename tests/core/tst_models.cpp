// Every item model under QAbstractItemModelTester, in both languages, and what the views show.
#include "core/missions/missionsmodel.h"
#include "core/models/articlemodel.h"
#include "core/models/factsmodel.h"
#include "core/models/roles.h"
#include "core/timeline/eventsmodel.h"
#include "core/trade/tradecsv.h"
#include "core/trade/trademodel.h"
#include "core/trade/tradeseriesmodel.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace azkz;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void models_passModelTester_data();
    void models_passModelTester();
    void missionsModel_showsLanguageAndMissingValues();
    void eventsModel_sortsAndSearchesByRole();
    void tradeModel_formatsForLanguageAndKeepsRawValues();
    void factsModel_derivesFromDataset();
    void articleModel_isSectionsAndParagraphs();
    void tradeSeries_revisedFigureIsADispute();
    void tradeSeries_valuationNoteSaysWhatTheSeriesSay();

private:
    LoadResult m_result;
};

void TestModels::initTestCase()
{
    m_result = parseDataset(test::articleOnlyJson(), QStringLiteral("article-only.json")); // the article's 19 events
    QVERIFY(m_result.isValid());
}

void TestModels::models_passModelTester_data()
{
    QTest::addColumn<QString>("model");
    for (const char *name : {"missions", "events", "trade", "facts", "article"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestModels::models_passModelTester()
{
    QFETCH(QString, model);
    const SharedDataset d = test::shared(*m_result.dataset);
    std::unique_ptr<QAbstractItemModel> m;
    std::function<void(Language)> setLanguage;
    if (model == QLatin1String("article")) {
        auto *article = new ArticleModel(d, Language::Azerbaijani);
        setLanguage = [article](Language l) { article->setLanguage(l); };
        m.reset(article);
    } else {
        LocalizedTableModel *table = nullptr;
        if (model == QLatin1String("missions"))
            table = new MissionsModel(d, Language::Azerbaijani);
        else if (model == QLatin1String("events"))
            table = new EventsModel(d, Language::Azerbaijani);
        else if (model == QLatin1String("trade"))
            table = new TradeModel(d, Language::Azerbaijani);
        else
            table = new FactsModel(d, Language::Azerbaijani);
        setLanguage = [table](Language l) { table->setLanguage(l); };
        m.reset(table);
    }
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m->rowCount() > 0);
    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
    const QVariant before = m->index(0, 0).data();
    setLanguage(Language::English);
    QVERIFY(changed.count() > 0);
    setLanguage(Language::Azerbaijani);
    QCOMPARE(m->index(0, 0).data(), before);
}

void TestModels::missionsModel_showsLanguageAndMissingValues()
{
    MissionsModel model(test::shared(*m_result.dataset), Language::Azerbaijani);
    const int consulate = 2;
    QCOMPARE(model.index(0, MissionsModel::City).data().toString(), QStringLiteral("Astana"));
    QCOMPARE(model.index(1, MissionsModel::City).data().toString(), QStringLiteral("Bakı"));
    QCOMPARE(model.index(0, MissionsModel::Opened).data().toString(), QStringLiteral("1 mart 2004"));
    QCOMPARE(model.index(0, MissionsModel::Head).data().toString(), QStringLiteral("Ağalar Atamoğlanov (səfir)"));
    QCOMPARE(model.index(consulate, MissionsModel::Address).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, MissionsModel::Opened).data(SortRole).toDate(), QDate(2004, 3, 1));
    QCOMPARE(model.index(0, MissionsModel::Established).data(ReferencesRole).value<References>(), References{4});
    model.setLanguage(Language::English);
    QCOMPARE(model.index(1, MissionsModel::City).data().toString(), QStringLiteral("Baku"));
    QCOMPARE(model.index(0, MissionsModel::Opened).data().toString(), QStringLiteral("1 March 2004"));
    QCOMPARE(
        model.index(1, MissionsModel::Address).data().toString(), QStringLiteral("14 Najafgulu Rafiyev Street, Baku"));
    QCOMPARE(model.index(consulate, MissionsModel::Kind).data().toString(), QStringLiteral("Consulate General"));
    // The one head the table shows says, on hover and to a screen reader, how old its evidence is.
    const SharedDataset embedded = test::shared(*loadDataset(embeddedDatasetPath()).dataset);
    const MissionsModel builtIn(embedded, Language::English);
    QCOMPARE(builtIn.index(consulate, MissionsModel::Head).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Rashad Mammadov (Consul General), appointed in 2008 (reported on 8 September 2008)"));
    QCOMPARE(builtIn.index(consulate, MissionsModel::Head).data(Qt::AccessibleTextRole),
        builtIn.index(consulate, MissionsModel::Head).data(Qt::ToolTipRole));
    // The table says how old each head's evidence is: its sources' latest year, or
    // the tenure where no source is dated.
    QCOMPARE(builtIn.index(consulate, MissionsModel::Head).data().toString(),
        QStringLiteral("Rashad Mammadov (Consul General), as of 2008"));
    QCOMPARE(
        builtIn.index(1, MissionsModel::Head).data().toString(), QStringLiteral("Alim Bayel (Ambassador), as of 2023"));
    QCOMPARE(builtIn.index(0, MissionsModel::Head).data().toString(),
        QStringLiteral("Aghalar Atamoghlanov (Ambassador), since July 2021"));
    // In Azerbaijani the title inside the sentence is in lower case: "(səfir)", not "(Səfir)".
    const MissionsModel inAzerbaijani(embedded, Language::Azerbaijani);
    QVERIFY(inAzerbaijani.index(1, MissionsModel::Head)
                .data()
                .toString()
                .startsWith(QStringLiteral("Əlim Bayel (səfir),")));
}

void TestModels::eventsModel_sortsAndSearchesByRole()
{
    EventsModel model(test::shared(*m_result.dataset), Language::Azerbaijani);
    QCOMPARE(model.rowCount(), 19);
    QCOMPARE(model.index(0, EventsModel::Date).data().toString(), QStringLiteral("Çar imperiyası dövrü – Sovet dövrü"));
    QCOMPARE(model.index(5, EventsModel::Date).data().toString(), QStringLiteral("1990-cı illərdən"));
    QCOMPARE(model.index(6, EventsModel::Date).data().toString(), QStringLiteral("30 avqust 1992"));
    QCOMPARE(model.index(6, EventsModel::Category).data().toString(), QStringLiteral("Diplomatiya"));
    QVERIFY(model.index(11, 0).data(SearchTextRole).toString().contains(QStringLiteral("Köçəryan")));
    QCOMPARE(model.index(11, 0).data(PeopleRole).toStringList(),
        (QStringList{QStringLiteral("İlham Əliyev"), QStringLiteral("Robert Köçəryan")}));
    QCOMPARE(model.index(7, 0).data(PeopleRole).toStringList(), QStringList()); // an embassy: no person
    QCOMPARE(model.index(11, 0).data(ReferencesRole).value<References>(), References{6});
    model.setLanguage(Language::English);
    QCOMPARE(model.index(5, EventsModel::Date).data().toString(), QStringLiteral("since the 1990s"));
    QCOMPARE(model.index(6, EventsModel::Title).data().toString(), QStringLiteral("Diplomatic relations established"));
    QVERIFY(model.index(11, 0).data(SearchTextRole).toString().contains(QStringLiteral("Kocharyan")));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data(SortRole).toDate() <= model.index(row, 0).data(SortRole).toDate());
}

void TestModels::tradeModel_formatsForLanguageAndKeepsRawValues()
{
    TradeModel model(test::shared(*m_result.dataset), Language::Azerbaijani);
    QCOMPARE(model.index(0, TradeModel::Exports).data().toString(), QStringLiteral("25.919,70"));
    QCOMPARE(model.index(2, TradeModel::Turnover).data().toString(), QStringLiteral("598.468,6"));
    QCOMPARE(model.index(0, TradeModel::Balance).data(ValueRole).toDouble(), 25919.70 - 116107.75);
    QCOMPARE(
        model.headerData(TradeModel::Year, Qt::Horizontal).toString(), QStringLiteral("Year")); // no translator here
    model.setLanguage(Language::English);
    QCOMPARE(model.index(0, TradeModel::Exports).data().toString(), QStringLiteral("25,919.70"));
    QCOMPARE(model.index(1, TradeModel::Year).data().toString(), QStringLiteral("2021"));
    QCOMPARE(model.index(1, TradeModel::Imports).data(ValueRole).toDouble(), 95905.00);
    // Shares of the year's turnover, as the chart's "Shares of turnover" draws them.
    const double turnover = 25919.70 + 116107.75;
    QCOMPARE(*model.shareOfTurnover(0, TradeModel::Exports), 25919.70 / turnover * 100);
    QCOMPARE(*model.shareOfTurnover(0, TradeModel::Exports) + *model.shareOfTurnover(0, TradeModel::Imports), 100.0);
    QCOMPARE(*model.shareOfTurnover(0, TradeModel::Turnover), 100.0);
}

void TestModels::factsModel_derivesFromDataset()
{
    FactsModel model(test::shared(*m_result.dataset), Language::English);
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, FactsModel::Label).data().toString() + QLatin1Char('=')
            + model.index(row, FactsModel::Value).data().toString());
    QVERIFY2(values.contains(QStringLiteral("Diplomatic relations established=30 August 1992")),
        qPrintable(values.join(QLatin1Char('\n'))));
    QVERIFY(values.contains(QStringLiteral("Diplomatic missions=3 (Astana, Baku, Aktau)")));
    QVERIFY(values.contains(
        QStringLiteral("Trade turnover in 2022=598,468.6 thousand US dollars (≈ 598.5 million)"))); // as printed
    // The rounded total the article gives elsewhere (its infobox), as it gives it.
    QVERIFY(values.contains(QStringLiteral("Trade turnover in 2022, rounded in the source=0.599 billion US dollars")));
    QVERIFY(values.contains(QStringLiteral("Timeline events=19")));
    // Each side's latest turnover from its own figures, with the year and the source.
    // Azerbaijan's latest is the article's 2022 row above, not repeated; Kazakhstan's is the
    // program's sum of the figures Trend printed, said to be one, to their one decimal.
    QVERIFY2(!values.join(QLatin1Char('\n')).contains(QLatin1String("Latest turnover as reported by Azerbaijan")),
        qPrintable(values.join(QLatin1Char('\n'))));
    QVERIFY2(values.contains(QStringLiteral(
                 "Latest turnover as reported by Kazakhstan=529.3 million US dollars in 2023: its exports and imports "
                 "added (Trend (citing Kazakh statistics), 5 March 2024)")),
        qPrintable(values.join(QLatin1Char('\n'))));
    QVERIFY(values.contains(QStringLiteral("Intergovernmental documents=more than 100")));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Source article, reference [3]"));
}

void TestModels::articleModel_isSectionsAndParagraphs()
{
    ArticleModel model(test::shared(*m_result.dataset), Language::Azerbaijani);
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex history = model.index(0, 0);
    QCOMPARE(history.data().toString(), QStringLiteral("Tarix"));
    QCOMPARE(model.rowCount(history), 5);
    QVERIFY(model.index(1, 0, history).data().toString().startsWith(QStringLiteral("Çar imperiyası dövründə də")));
    QCOMPARE(model.parent(model.index(1, 0, history)), history);
    model.setLanguage(Language::English);
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Economic relations"));
}

// Kazakhstan's 2022 imports: 86.6 first (The Astana Times), 88.3 revised (Trend). The table
// marks the figure drawn, the note says which it is and the other, the CSV keeps both, flagged.
void TestModels::tradeSeries_revisedFigureIsADispute()
{
    const SharedDataset builtIn = test::shared(*loadDataset(embeddedDatasetPath()).dataset);
    TradeViewSettings settings;
    settings.view = TradeViewKind::Partner;
    TradeSeriesModel model(builtIn, Language::English);
    model.setSettings(settings);
    const int row = int(model.table().years.indexOf(2022));
    QVERIFY(row >= 0);
    QStringList marked;
    for (int column = 1; column < model.columnCount(); ++column) {
        if (model.index(row, column).data().toString().endsWith(QStringLiteral(" ⚠")))
            marked.append(model.index(row, column).data().toString());
    }
    QCOMPARE(marked, QStringList{QStringLiteral("86.60 ⚠")});
    QVERIFY2(model.note().contains(QStringLiteral("⚠ 2022, Imports Azerbaijan → Kazakhstan (Kazakhstan figures): the "
                                                  "chart draws 86.60 (The Astana Times")),
        qPrintable(model.note()));
    QVERIFY2(model.note().contains(QStringLiteral("); Trend (citing Kazakh statistics) gives 88.30.")),
        qPrintable(model.note()));
    const QStringList csv
        = QString::fromUtf8(tradeSeriesCsv(builtIn, settings, Language::English)).split(QLatin1Char('\n'));
    QStringList imports2022;
    for (const QString &line : csv) {
        if (line.startsWith(QStringLiteral("2022,Kazakhstan,Azerbaijan,imports,")))
            imports2022.append(
                line.section(QLatin1Char(','), 5, 5) + QLatin1Char(' ') + line.section(QLatin1Char(','), 9, 9));
    }
    QCOMPARE(imports2022, (QStringList{QStringLiteral("86.6 disputed"), QStringLiteral("88.3 alternative")}));
}

// The note under the long-series table is composed from the series: each source with its
// years and valuations; the mirror sentence only where both countries report.
void TestModels::tradeSeries_valuationNoteSaysWhatTheSeriesSay()
{
    const SharedDataset builtIn = test::shared(*loadDataset(embeddedDatasetPath()).dataset);
    const QString note = TradeSeriesModel(builtIn, Language::English).valuationNote();
    QVERIFY2(
        note.startsWith(QStringLiteral("The figures of International Monetary Fund (IMF) (1992–2020) value exports "
                                       "free on board (FOB) and imports with cost, insurance and freight (CIF). "
                                       "The figures of Wikipedia, the free encyclopedia (Azerbaijani edition) "
                                       "(2020–2022)")),
        qPrintable(note));
    QVERIFY(note.contains(QStringLiteral(" do not state their valuation. Mirror figures differ")));
    // The article's table alone, of one reporter: its years, no valuation, nothing to mirror.
    const SharedDataset pair
        = test::shared(*loadDataset(QStringLiteral(AZKZ_TEST_DATA "/ge-am-relations.json")).dataset);
    QCOMPARE(TradeSeriesModel(pair, Language::English).valuationNote(),
        QStringLiteral("The figures of This project's tests (2000–2001) do not state their valuation. A missing year "
                       "has no figure."));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
