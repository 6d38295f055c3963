// The Trade tab's long series (schema version 2) as a user meets them: the mirror view's gap, gaps and
// estimates, the View box, the years and the unit, the sorted and copied table, the timeline's events.
#include "core/load/datasetloader.h"
#include "core/settings/settings.h"
#include "core/trade/tradeseriesmodel.h"
#include "support/testsupport.h"
#include "support/tradesupport.h"
#include "support/windowfixture.h"
#include "ui/documents/tradechart.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/trade/tradecommands.h"
#include "ui/trade/tradepage.h"
#include "ui/trade/tradeseriesview.h"

#include "ui/common/plaintext.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

using namespace azkz;
using namespace azkz::test;

class TestTradeSeries : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void mirrorGap_isComputedAsByHand();
    void missingYear_isAGapNotBridged();
    void estimates_areFlaggedInRolesTableAndHover();
    void viewCombo_switchesToTheLongSeries();
    void rangeBoxes_constrainEachOtherAndReset();
    void dragAcrossChart_picksTheYears();
    void unitChoice_convertsAndIsRemembered();
    void seriesTable_sortsAndCopiesRows();
    void eventMarkers_hoverClickAndToggle();
    void markedEvents_areTheDatedOnesOfTheYearsAndNoneBeyondTheLimit();

private:
    TradePage *page() const { return tradePage(*m_window); }
    TradeChart *chart() const { return page()->chart(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
};

namespace {
TradeSeriesModel &seriesModel(const TradePage &page)
{
    return *page.seriesModel();
}
int rowOfYear(const TradeSeriesModel &model, int year)
{
    return int(model.table().years.indexOf(year));
}
} // namespace

void TestTradeSeries::mirrorGap_isComputedAsByHand()
{
    const LoadResult data = loadDataset(embeddedDatasetPath());
    TradeSeriesModel model(shared(*data.dataset), Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSettings({TradeViewKind::Mirror, 0, 0, TradeUnit::Million});
    QCOMPARE(model.columnCount(), 7); // year; per flow: exporter's, importer's, gap
    const int row = rowOfYear(model, 2013);
    // 2013, goods from Kazakhstan to Azerbaijan: Kazakhstan reports exports of 361.217227 million,
    // Azerbaijan imports of 306.7633 million (the CSV): (306.7633 - 361.217227) / 361.217227 = -15.075 %.
    QCOMPARE(*model.value(row, 3), 361.217227);
    QCOMPARE(*model.value(row, 4), 306.7633);
    QVERIFY(std::abs(*model.value(row, 5) - (-15.0750)) < 0.001);
    QCOMPARE(model.text(row, 5), QStringLiteral("-15.1 %"));
    QVERIFY(model.headerData(6, Qt::Horizontal).toString().startsWith(QStringLiteral("Gap Kazakhstan → Azerbaijan")));
    // 1992: Kazakhstan reported nothing, so there is no gap either.
    QVERIFY(!model.value(rowOfYear(model, 1992), 5));
    QCOMPARE(model.text(rowOfYear(model, 1992), 5), QStringLiteral("—"));
}

void TestTradeSeries::missingYear_isAGapNotBridged()
{
    const LoadResult data = loadDataset(embeddedDatasetPath());
    TradeSeriesModel model(shared(*data.dataset), Language::English);
    model.setSettings({TradeViewKind::Partner, 0, 0, TradeUnit::Million});
    // Kazakhstan's figures: IMF 1993-2020, the press 2022-2023; 2021 has none.
    QVERIFY(!model.value(rowOfYear(model, 2021), 0));
    TradeSeriesChart chart(model);
    QVERIFY(!chart.drawsBars());
    const QList<QXYSeries *> pieces = chart.pieces(0);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0)->points().constFirst().x(), 1993.0);
    QCOMPARE(pieces.at(0)->points().constLast().x(), 2020.0);
    QCOMPARE(pieces.at(1)->points().constFirst().x(), 2022.0);
    for (QXYSeries *piece : pieces)
        for (const QPointF &p : piece->points())
            QVERIFY(p.x() != 2021.0);
    // A few years: bars.
    model.setSettings({TradeViewKind::Partner, 2019, 2023, TradeUnit::Million});
    QVERIFY(chart.drawsBars());
}

void TestTradeSeries::estimates_areFlaggedInRolesTableAndHover()
{
    const LoadResult data = loadDataset(embeddedDatasetPath());
    TradeSeriesModel model(shared(*data.dataset), Language::English);
    model.setSettings({TradeViewKind::Partner, 0, 0, TradeUnit::Million});
    const QModelIndex estimate = model.index(rowOfYear(model, 1993), 1);
    const QModelIndex reported = model.index(rowOfYear(model, 1994), 1);
    QCOMPARE(estimate.data(TradeSeriesModel::FlagRole).toInt(), int(ValueFlag::Estimate));
    QCOMPARE(reported.data(TradeSeriesModel::FlagRole).toInt(), int(ValueFlag::None));
    QCOMPARE(estimate.data().toString(), QStringLiteral("34.46 (estimate)"));
    const QString hover = estimate.data(Qt::ToolTipRole).toString();
    for (const QString &part : {QStringLiteral("1993"), QStringLiteral("Exports Kazakhstan → Azerbaijan"),
             QStringLiteral("(Kazakhstan figures)"), QStringLiteral("34.46 million US dollars"),
             QStringLiteral("estimate, not a reported figure"), QStringLiteral("International Monetary Fund")})
        QVERIFY2(hover.contains(part), qPrintable(hover));
    QCOMPARE(estimate.data(TradeSeriesModel::SourcesRole).toStringList(), QStringList{QStringLiteral("imf-dots")});
    // The chart draws the estimate as an open point, on top of the line.
    TradeSeriesChart chart(model);
    bool open = false;
    for (QAbstractSeries *item : chart.series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(item))
            open = open || scatter->points().contains(QPointF(1993, 34.46));
    QVERIFY(open);
    // Where two sources give one figure, both are named and the one the chart uses is said.
    model.setSettings({TradeViewKind::Reporter, 0, 0, TradeUnit::Thousand});
    const QString twice = model.index(rowOfYear(model, 2020), 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(twice.contains(QStringLiteral("25,919.70 thousand US dollars")), qPrintable(twice));
    QVERIFY2(
        twice.contains(QStringLiteral("also given as 25,919.70 thousand US dollars by International Monetary Fund")),
        qPrintable(twice));
}

void TestTradeSeries::viewCombo_switchesToTheLongSeries()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    QVERIFY(view->isVisible());
    QCOMPARE(view->currentText(), QStringLiteral("Article"));
    // The long series chart is built when a long series view is first chosen.
    QVERIFY(!page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart")));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down); // Azerbaijan
    QTest::keyClick(view, Qt::Key_Down); // Kazakhstan
    QTest::keyClick(view, Qt::Key_Down); // Mirror
    QCOMPARE(view->currentText(), QStringLiteral("Mirror"));
    auto *seriesChart = page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"));
    QVERIFY(seriesChart);
    QVERIFY(seriesChart->isVisible());
    QVERIFY(!page()->findChild<QChartView *>(QStringLiteral("tradeChart"))->isVisible());
    auto *table = page()->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->columnCount(), 7);
    QCOMPARE(table->model()->rowCount(), 2023 - 1992 + 1);
    QVERIFY(seriesChart->seriesChart()->plainTitle().startsWith(QStringLiteral("Mirror view")));
    auto *note = page()->findChild<QLabel *>(QStringLiteral("tradeSeriesNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("free on board (FOB)")));
    QVERIFY(note->text().contains(QStringLiteral("Mirror figures differ")));
    QVERIFY(page()
                ->findChild<QLabel *>(QStringLiteral("tradeSource"))
                ->text()
                .contains(QStringLiteral("Direction of Trade")));
    QCOMPARE(Settings(settings()).tradeView(), 3); // remembered
    // Back to the article's table: the old chart and table again.
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(page()->findChild<QChartView *>(QStringLiteral("tradeChart"))->isVisible());
    QVERIFY(!table->isVisible());
    QVERIFY(!seriesChart->isVisible());
}

void TestTradeSeries::rangeBoxes_constrainEachOtherAndReset()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down); // Azerbaijan's figures
    auto *from = page()->findChild<QSpinBox *>(QStringLiteral("tradeFrom"));
    auto *to = page()->findChild<QSpinBox *>(QStringLiteral("tradeTo"));
    QTRY_VERIFY(from->isVisible() && to->isVisible()); // the toolbar lays out when events run
    QCOMPARE(from->value(), 1992);
    QCOMPARE(to->value(), 2022); // the view's own last year
    from->setFocus();
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("2010"));
    QTest::keyClick(from, Qt::Key_Return);
    to->setFocus();
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("2015"));
    QTest::keyClick(to, Qt::Key_Return);
    auto *table = page()->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2010"));
    QCOMPARE(from->maximum(), 2015); // each box bounds the other
    QCOMPARE(to->minimum(), 2010);
    auto *chart = page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"))->seriesChart();
    QVERIFY2(chart->plainTitle().endsWith(QStringLiteral("2010–2015")), qPrintable(chart->plainTitle()));
    QVERIFY(chart->drawsBars());
    // The CSV export follows the range.
    QCOMPARE(seriesModel(*page()).settings().from, 2010);
    auto *reset = page()
                      ->findChild<QToolBar *>(QStringLiteral("tradeToolbar"))
                      ->widgetForAction(page()->findChild<QAction *>(QStringLiteral("tradeAllYears")));
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(from->value(), 1992);
    QCOMPARE(to->value(), 2022);
    // The view (Azerbaijan's figures) has its years: 1992–2022 (the other side's go on to 2023).
    QCOMPARE(table->model()->rowCount(), 31);
    QVERIFY2(chart->plainTitle().endsWith(QStringLiteral("1992–2022")), qPrintable(chart->plainTitle()));
}

void TestTradeSeries::dragAcrossChart_picksTheYears()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    auto *chartView = page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"));
    TradeSeriesChart *chart = chartView->seriesChart();
    QAbstractSeries *line = chart->pieces(0).constFirst();
    const QPoint start = chartView->mapFromScene(chart->mapToPosition(QPointF(2000, 0), line));
    const QPoint end = chartView->mapFromScene(chart->mapToPosition(QPointF(2010, 0), line)) - QPoint(0, 5);
    QTest::mousePress(chartView->viewport(), Qt::LeftButton, {}, start - QPoint(0, 5));
    QTest::mouseMove(chartView->viewport(), end);
    QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, {}, end);
    QCOMPARE(page()->findChild<QSpinBox *>(QStringLiteral("tradeFrom"))->value(), 2000);
    QCOMPARE(page()->findChild<QSpinBox *>(QStringLiteral("tradeTo"))->value(), 2010);
    QCOMPARE(seriesModel(*page()).rowCount(), 11);
    // A click on an empty spot changes nothing and does not crash (QTBUG-118669).
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(seriesModel(*page()).rowCount(), 11);
}

void TestTradeSeries::unitChoice_convertsAndIsRemembered()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    auto *table = page()->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    const TradeSeriesModel &model = seriesModel(*page());
    const int row = rowOfYear(model, 2013);
    QCOMPARE(model.index(row, 2).data().toString(), QStringLiteral("306,76")); // million, Azerbaijani format
    QAction *thousands = page()->findChild<QAction *>(QStringLiteral("tradeThousands"));
    auto *more = page()->findChild<QToolButton *>(QStringLiteral("tradeMore"));
    QVERIFY(more->menu()->actions().contains(thousands));
    thousands->trigger();
    QCOMPARE(model.index(row, 2).data().toString(), QStringLiteral("306.763,30"));
    QCOMPARE(Settings(settings()).tradeUnit(), TradeUnit::Thousand);
    QVERIFY(table->isVisible());
    // A new start of the program, on the same settings, shows the remembered unit and view.
    startWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")},
        QSize(1200, 860));
    QCOMPARE(seriesModel(*page()).unit(), TradeUnit::Thousand);
    QCOMPARE(page()->findChild<QComboBox *>(QStringLiteral("tradeView"))->currentIndex(), 1);
    QVERIFY(page()->findChild<QAction *>(QStringLiteral("tradeThousands"))->isChecked());
}

void TestTradeSeries::seriesTable_sortsAndCopiesRows()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    auto *table = page()->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    // Sorted by exports, highest first: 2008's 290.25 million.
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(table->horizontalHeader()->sectionViewportPosition(1) + 10, 5));
    if (table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder)
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table->horizontalHeader()->sectionViewportPosition(1) + 10, 5));
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2008"));
    table->setFocus();
    table->selectRow(0);
    QSignalSpy status(page(), &TradePage::statusMessage);
    QTest::keySequence(table, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Year\tExports Azerbaijan → Kazakhstan")));
    QCOMPARE(lines.at(1), QStringLiteral("2008\t290.25\t200.05")); // the CSV: 290.2485 and 200.0521
    QCOMPARE(status.size(), 1);
}

void TestTradeSeries::eventMarkers_hoverClickAndToggle()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    auto *chartView = page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"));
    TradeSeriesChart *chart = chartView->seriesChart();
    // The dated events within the view's years (Azerbaijan's figures, 1992 on) have a marker
    // each; the era-dated ones none.
    const LoadResult data = loadDataset(embeddedDatasetPath());
    int lastYear = 0;
    for (const TradeSeries &series : data.dataset->trade.series) {
        if (series.reporter == data.dataset->trade.reporter)
            lastYear = std::max(lastYear, series.values.constLast().year);
    }
    int dated = 0;
    QString eventId;
    for (const Event &e : data.dataset->events) {
        if (e.eraIds.isEmpty() && e.date.from && e.date.from->first().year() >= 1992
            && e.date.from->first().year() <= lastYear) {
            ++dated;
            // One whose day no other event shares: their marks would lie on one another.
            const auto sameDay
                = std::count_if(data.dataset->events.cbegin(), data.dataset->events.cend(), [&](const Event &other) {
                      return other.date.from && other.date.from->first() == e.date.from->first();
                  });
            if (eventId.isEmpty() && e.date.from->first().year() >= 2000 && sameDay == 1)
                eventId = e.id;
        }
    }
    QVERIFY(dated > 0);
    // None until asked for: the toggle in the More menu turns them on.
    QVERIFY(chart->eventMarkers().isEmpty());
    QAction *toggle = page()->findChild<QAction *>(QStringLiteral("tradeShowEvents"));
    QVERIFY(page()->findChild<QToolButton *>(QStringLiteral("tradeMore"))->menu()->actions().contains(toggle));
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QCOMPARE(chart->eventMarkers().size(), dated);
    QXYSeries *marker = chart->eventMarkers().value(eventId);
    QVERIFY(marker);
    // Hovering names the event; clicking it asks the window to open it.
    emit marker->hovered(marker->points().constFirst(), true);
    QVERIFY2(chart->hoverText().contains(QStringLiteral("click to open it in the timeline")),
        qPrintable(chart->hoverText()));
    QSignalSpy activated(page(), &Page::linkActivated);
    const QPointF middle((marker->points().at(0).x()), (marker->points().at(0).y() + marker->points().at(1).y()) / 2);
    const QPoint at = chartView->mapFromScene(chart->mapToPosition(middle, marker));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().value<Tab>(), Tab::Timeline);
    QCOMPARE(activated.constFirst().constLast().toString(), eventId);
    // An export of the view draws what the screen shows: with the events, then without.
    const QTemporaryDir dir;
    const auto exportedDashes = [&](const QString &name) {
        const QString path = dir.filePath(name);
        test::answerSaveDialog(path);
        action("exportChart")->trigger();
        QFile svg(path);
        return svg.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(svg.readAll()).count(QStringLiteral("stroke-dasharray"))
            : -1;
    };
    QVERIFY(exportedDashes(QStringLiteral("with.svg")) > 10);
    // The toggle hides them again, on the screen and in the export.
    toggle->trigger();
    QVERIFY(chart->eventMarkers().isEmpty());
    QCOMPARE(exportedDashes(QStringLiteral("without.svg")), 0);
}

void TestTradeSeries::markedEvents_areTheDatedOnesOfTheYearsAndNoneBeyondTheLimit()
{
    const LoadResult data = loadDataset(embeddedDatasetPath());
    TradeSeriesModel model(shared(*data.dataset), Language::English);
    const QList<int> &years = model.table().years;
    const QList<const Event *> all = model.markedEvents({}, 1000);
    QVERIFY(!all.isEmpty());
    for (const Event *event : all) {
        QVERIFY(event->eraIds.isEmpty() && event->date.from);
        const int year = event->date.from->first().year();
        QVERIFY2(year >= years.constFirst() && year <= years.constLast(), qPrintable(event->id));
    }
    QCOMPARE(model.markedEvents({}, all.size()), all);
    QVERIFY(model.markedEvents({}, all.size() - 1).isEmpty()); // more than a chart can carry: none
    const QString category = all.constFirst()->categoryId;
    const QList<const Event *> ofOne = model.markedEvents({category}, 1000);
    QVERIFY(!ofOne.isEmpty() && ofOne.size() <= all.size());
    for (const Event *event : ofOne)
        QCOMPARE(event->categoryId, category);
}

QTEST_MAIN(TestTradeSeries)
#include "tst_trade_series.moc"
