// The long trade series with the mouse, as a new user meets them: a drag across the chart shows
// the years it picks while it is dragged; a figure's point names its value under an event's line;
// a range of a few years, drawn as bars, keeps the timeline's events; the year boxes offer the
// years of the view shown.
#include "core/trade/tradeseriesmodel.h"
#include "support/tradesupport.h"
#include "support/windowfixture.h"
#include "ui/common/plaintext.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/trade/tradepage.h"
#include "ui/trade/tradeseriesview.h"

#include <QAction>
#include <QComboBox>
#include <QSpinBox>
#include <QXYSeries>

using namespace azkz;
using namespace azkz::test;

class TestTradeInteraction : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void drag_showsTheYearsWhileDragging();
    void hoverOnAPointUnderAnEventLine_namesTheFigure();
    void fewYearsAsBars_keepTheEvents();
    void yearBoxes_offerTheYearsOfTheViewShown();

private:
    // The window on the Trade tab, in English, showing the first country's long series.
    TradeSeriesView *openSeries()
    {
        openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
        auto *view = m_window->findChild<QComboBox *>(QStringLiteral("tradeView"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        return m_window->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"));
    }
    void showEvents()
    {
        m_window->findChild<QAction *>(QStringLiteral("tradeShowEvents"))->trigger();
        QCoreApplication::processEvents(); // the chart laid out again, for the legend's new entry
    }
    void setYears(int from, int to)
    {
        m_window->findChild<QSpinBox *>(QStringLiteral("tradeTo"))->setValue(to);
        m_window->findChild<QSpinBox *>(QStringLiteral("tradeFrom"))->setValue(from);
    }
};

// Dragging showed nothing until the button was let go: now a band covers the years and names them.
void TestTradeInteraction::drag_showsTheYearsWhileDragging()
{
    TradeSeriesView *chartView = openSeries();
    TradeSeriesChart *chart = chartView->seriesChart();
    QAbstractSeries *line = chart->pieces(0).constFirst();
    const QPoint start = chartView->mapFromScene(chart->mapToPosition(QPointF(2000, 0), line)) - QPoint(0, 5);
    const QPoint end = chartView->mapFromScene(chart->mapToPosition(QPointF(2010, 0), line)) - QPoint(0, 5);
    const QPoint middle((start.x() + end.x()) / 2, chartView->mapFromScene(chart->plotArea().center()).y());
    const QImage before = chartView->viewport()->grab().toImage();

    QTest::mousePress(chartView->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(chartView->viewport(), end);
    QCOMPARE(chartView->draggedYears(), QStringLiteral("2000–2010"));
    const QImage dragging = chartView->viewport()->grab().toImage();
    const qreal ratio = dragging.devicePixelRatio();
    QVERIFY2(dragging.pixelColor(middle * ratio) != before.pixelColor(middle * ratio), "no band while dragging");
    // Outside the band, the chart as it was.
    const QPoint outside(end.x() + (end.x() - start.x()) / 4, middle.y());
    QCOMPARE(dragging.pixelColor(outside * ratio), before.pixelColor(outside * ratio));

    QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, {}, end);
    QVERIFY(chartView->draggedYears().isEmpty());
    QCOMPARE(m_window->findChild<QSpinBox *>(QStringLiteral("tradeFrom"))->value(), 2000);
    QCOMPARE(m_window->findChild<QSpinBox *>(QStringLiteral("tradeTo"))->value(), 2010);
}

// An event of 2022 draws its line through 2022's point: the point named the event, not its value.
void TestTradeInteraction::hoverOnAPointUnderAnEventLine_namesTheFigure()
{
    TradeSeriesView *chartView = openSeries();
    showEvents();
    TradeSeriesChart *chart = chartView->seriesChart();
    QXYSeries *marker = nullptr;
    for (QXYSeries *candidate : chart->eventMarkers()) {
        if (std::floor(candidate->points().constFirst().x()) == 2022)
            marker = candidate;
    }
    QVERIFY2(marker, "an event of 2022 on the chart");
    QXYSeries *figures = chart->pieces(0).constLast();
    QPointF point2022;
    for (const QPointF &point : figures->points()) {
        if (point.x() == 2022)
            point2022 = point;
    }
    QVERIFY(!point2022.isNull());
    // The pointer reaches the point, and the event's line drawn across it: the point's value.
    emit figures->hovered(point2022, true);
    emit marker->hovered(marker->points().constFirst(), true);
    QVERIFY2(chart->hoverText().startsWith(QStringLiteral("2022 · ")), qPrintable(chart->hoverText()));
    QCOMPARE(chart->toolTip(), plainToolTip(chart->hoverText()));
    // Off the point, still on the line: the event; off both: nothing.
    emit figures->hovered(point2022, false);
    QVERIFY2(chart->hoverText().contains(QStringLiteral("click to open it in the timeline")),
        qPrintable(chart->hoverText()));
    emit marker->hovered(marker->points().constFirst(), false);
    QVERIFY(chart->hoverText().isEmpty());
    // With the mouse, whatever series Qt Charts gives the hover: the point's value on its point.
    emit marker->hovered(marker->points().constFirst(), true);
    const QPoint atPoint = chartView->mapFromScene(chart->mapToScene(chart->mapToPosition(point2022, figures)));
    QTest::mouseMove(chartView->viewport(), atPoint);
    QVERIFY2(chart->hoverText().startsWith(QStringLiteral("2022 · ")), qPrintable(chart->hoverText()));
    QTest::mouseMove(chartView->viewport(), atPoint - QPoint(0, 40)); // on the event's line, off the point
    QVERIFY2(chart->hoverText().contains(QStringLiteral("click to open it in the timeline")),
        qPrintable(chart->hoverText()));
    emit marker->hovered(marker->points().constFirst(), false);
    // The other way round, the line first: the point's value once the pointer is on it.
    emit marker->hovered(marker->points().constFirst(), true);
    emit figures->hovered(point2022, true);
    QVERIFY2(chart->hoverText().startsWith(QStringLiteral("2022 · ")), qPrintable(chart->hoverText()));
}

// Five years are drawn as bars; the events of those years stayed off the chart (the toggle said
// they were on). Each is drawn within its year's bars.
void TestTradeInteraction::fewYearsAsBars_keepTheEvents()
{
    TradeSeriesView *chartView = openSeries();
    showEvents();
    setYears(2019, 2023);
    TradeSeriesChart *chart = chartView->seriesChart();
    QVERIFY(chart->drawsBars());
    const QList<const Event *> events = tradePage(*m_window)->seriesModel()->markedEvents({}, 1000);
    QVERIFY(!events.isEmpty());
    QCOMPARE(chart->eventMarkers().size(), events.size());
    for (const Event *event : events) {
        QXYSeries *marker = chart->eventMarkers().value(event->id);
        QVERIFY2(marker, qPrintable(event->id));
        // The category of year 2019 + i spans i - 0.5 to i + 0.5.
        const int index = event->date.from->first().year() - 2019;
        const double x = marker->points().constFirst().x();
        QVERIFY2(x >= index - 0.5 && x < index + 0.5, qPrintable(QStringLiteral("%1 at %2").arg(event->id).arg(x)));
        QVERIFY(chart->plotArea().contains(chart->mapToPosition(QPointF(x, 0), marker)));
    }
}

// Azerbaijan's figures end in 2022, Kazakhstan's in 2023: "To" offered 2023 on Azerbaijan's view,
// an empty year. Each view's boxes go to its own last year; "to the last year" follows the view.
void TestTradeInteraction::yearBoxes_offerTheYearsOfTheViewShown()
{
    openSeries();
    auto *view = m_window->findChild<QComboBox *>(QStringLiteral("tradeView"));
    auto *from = m_window->findChild<QSpinBox *>(QStringLiteral("tradeFrom"));
    auto *to = m_window->findChild<QSpinBox *>(QStringLiteral("tradeTo"));
    QCOMPARE(view->currentText(), QStringLiteral("Azerbaijan"));
    QCOMPARE(to->maximum(), 2022);
    QCOMPARE(to->value(), 2022);
    QCOMPARE(from->minimum(), 1992);
    QTest::keyClick(view, Qt::Key_Down); // Kazakhstan's own figures: 1993-2023
    QCOMPARE(view->currentText(), QStringLiteral("Kazakhstan"));
    QCOMPARE(from->minimum(), 1993);
    QCOMPARE(from->value(), 1993);
    QCOMPARE(to->maximum(), 2023);
    QCOMPARE(to->value(), 2023);
    // A range chosen stays, within each view's years.
    setYears(2000, 2023);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(std::pair(from->value(), to->value()), std::pair(2000, 2022));
    const TradeSeriesModel *model = tradePage(*m_window)->seriesModel();
    QCOMPARE(model->table().years.constLast(), 2022);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(std::pair(from->value(), to->value()), std::pair(2000, 2023));
    // Kazakhstan has no figure for 2021: the arrows step over it, and a 2021 typed is not kept,
    // so the boxes always say the years the chart's title gives.
    setYears(2022, 2023);
    from->setFocus();
    QTest::keyClick(from, Qt::Key_Down);
    QCOMPARE(from->value(), 2020);
    QCOMPARE(model->table().years.constFirst(), 2020);
    QTest::keyClick(from, Qt::Key_Up);
    QCOMPARE(from->value(), 2022);
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("2021"));
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY2(from->value() != 2021, qPrintable(from->text()));
    QCOMPARE(model->table().years.constFirst(), from->value());
    // One year is titled by that year ("…, 2023"), not as a span from it to itself.
    setYears(2023, 2023);
    const QString title
        = m_window->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"))->seriesChart()->plainTitle();
    QVERIFY2(title.endsWith(QStringLiteral(", 2023")), qPrintable(title));
}

QTEST_MAIN(TestTradeInteraction)
#include "tst_trade_interaction.moc"
