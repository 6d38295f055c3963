#include "ui/trade/tradeseriesview.h"

#include "core/text/formatting.h"
#include "ui/documents/chartlegend.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/documents/tradeseriespanels.h"

#include <QApplication>
#include <QGraphicsLayout>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QtMath>

namespace azkz {

TradeSeriesView::TradeSeriesView(TradeSeriesModel &model, QWidget *parent)
    // The chart is given at construction: QChartView(parent) would make a chart of its own
    // that setChart() then releases without deleting (a leak).
    : QChartView(new TradeSeriesChart(model, parent ? parent->palette() : QApplication::palette()), parent),
      m_model(model),
      m_chart(static_cast<TradeSeriesChart *>(chart())) // the view owns the chart
{
    setObjectName(QStringLiteral("tradeSeriesChart"));
    setRenderHint(QPainter::Antialiasing);
    // The table gives the same figures to the keyboard (a graphics view's viewport takes the focus too).
    setFocusPolicy(Qt::NoFocus);
    viewport()->setFocusPolicy(Qt::NoFocus);
    setRubberBand(QChartView::NoRubberBand); // the drag picks years, it does not zoom
    watch(m_chart);
    // After the first chart's own rebuild (connected first): the other panels are made anew.
    connect(&model, &QAbstractItemModel::modelReset, this, &TradeSeriesView::rebuildPanels);
    connect(&model, &QAbstractItemModel::dataChanged, this, &TradeSeriesView::rebuildPanels);
    rebuildPanels();
}

void TradeSeriesView::watch(TradeSeriesChart *chart)
{
    connect(chart, &TradeSeriesChart::hoverTextChanged, this, [](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
    });
    connect(chart, &TradeSeriesChart::eventActivated, this, &TradeSeriesView::eventActivated);
}

QList<TradeSeriesChart *> TradeSeriesView::panels() const
{
    return QList<TradeSeriesChart *>{m_chart} + m_more;
}

void TradeSeriesView::rebuildPanels()
{
    qDeleteAll(m_more); // each leaves the scene as it goes
    m_more.clear();
    for (int panel = 1; panel < int(m_model.panels().size()); ++panel) {
        auto *chart = new TradeSeriesChart(m_model, palette(), panel);
        scene()->addItem(chart);
        watch(chart);
        m_more.append(chart);
    }
    // Each panel needs room for a few value labels: a view of several is taller.
    setMinimumHeight(m_more.isEmpty() ? 240 : 300);
    layOut();
    // What a screen reader says of the chart: its title and unit, and where its figures are.
    setAccessibleDescription(tr("%1. The table below the chart gives its figures.")
                                 .arg(titleText().replace(QLatin1Char('\n'), QStringLiteral(". "))));
}

QRectF TradeSeriesView::legendArea() const
{
    const qreal width = std::max(1, viewport()->width() - 16);
    const qreal height = legendHeight(panelsLegend(panels()), font(), width);
    return QRectF(8, viewport()->height() - height - 6, width, height);
}

QString TradeSeriesView::titleText() const
{
    return m_chart->plainTitle() + QLatin1Char('\n') + m_model.unitLabel(); // the panels' unit, once
}

QRectF TradeSeriesView::titleArea() const
{
    if (m_more.isEmpty())
        return {};
    const QRectF box = QFontMetricsF(m_chart->titleFont())
                           .boundingRect(QRectF(8, 6, std::max(1, viewport()->width() - 16), 1e6),
                               Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, titleText());
    return QRectF(8, 6, std::max(1, viewport()->width() - 16), box.height());
}

void TradeSeriesView::layOut()
{
    for (TradeSeriesChart *chart : panels())
        chart->legend()->setVisible(false);
    const QRectF legend = legendArea();
    const QRectF title = titleArea();
    const qreal top = title.isEmpty() ? 0 : title.bottom() + 4;
    const qreal bottom = legend.height() > 0 ? legend.top() - 8 : viewport()->height();
    m_captions = layOutPanels(panels(), QRectF(0, top, viewport()->width(), std::max(1.0, bottom - top)), font());
    setSceneRect(QRectF(QPointF(0, 0), viewport()->size()));
    viewport()->update();
}

void TradeSeriesView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event); // fits the first chart to the view, which is then laid out
    layOut();
}

void TradeSeriesView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    // The scene is the view's size, from its top left: view and scene coordinates agree.
    const QColor text = palette().color(QPalette::Text);
    if (!m_more.isEmpty()) {
        painter->setFont(m_chart->titleFont());
        painter->setPen(text);
        painter->drawText(titleArea(), Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, titleText());
    }
    const QList<TradeSeriesChart *> charts = panels();
    for (int i = 0; i < int(charts.size()) && i < int(m_captions.size()); ++i)
        paintLegend(*painter, m_captions.at(i), charts.at(i)->panelLegend(), font(), text);
    paintLegend(*painter, legendArea(), panelsLegend(charts), font(), text);
    if (const QString years = draggedYears(); !years.isEmpty()) {
        // The years a drag picks: a band across every panel's plot, the years over its top.
        QRectF plots;
        for (TradeSeriesChart *chart : charts)
            plots |= chart->mapRectToScene(chart->plotArea());
        const qreal left = std::clamp(std::min(m_pressed->x(), m_dragged->x()), plots.left(), plots.right());
        const qreal right = std::clamp(std::max(m_pressed->x(), m_dragged->x()), plots.left(), plots.right());
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(70);
        painter->fillRect(QRectF(left, plots.top(), right - left, plots.height()), band);
        painter->setFont(font());
        painter->setPen(text);
        painter->drawText(QRectF(left - 200, plots.top() + 4, right - left + 400, plots.height()),
            Qt::AlignHCenter | Qt::AlignTop, years);
    }
}

void TradeSeriesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (TradeSeriesChart *chart : panels())
            chart->setWindowPalette(palette());
        layOut();
    }
    if (event->type() == QEvent::FontChange)
        layOut();
    QChartView::changeEvent(event);
}

std::pair<TradeSeriesChart *, QPointF> TradeSeriesView::plotAt(const QPointF &position) const
{
    for (TradeSeriesChart *chart : panels()) {
        const QPointF local = chart->mapFromScene(mapToScene(position.toPoint()));
        if (chart->plotArea().contains(local))
            return {chart, local};
    }
    return {nullptr, {}};
}

void TradeSeriesView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && plotAt(event->position()).first)
        m_pressed = event->position();
    // Passed on only where the chart is (QTBUG-118669: a null dereference where nothing is):
    // an event's marker takes its click there.
    if (scene() && scene()->itemAt(mapToScene(event->position().toPoint()), transform()))
        QChartView::mousePressEvent(event);
    event->accept();
}

void TradeSeriesView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event); // hover
    for (TradeSeriesChart *chart : panels())
        chart->pointerAt(chart->mapFromScene(mapToScene(event->position().toPoint())));
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        m_dragged = event->position();
        viewport()->update(); // the band follows the pointer
    }
}

QString TradeSeriesView::draggedYears() const
{
    if (!m_pressed || !m_dragged || std::abs(m_dragged->x() - m_pressed->x()) < 8)
        return {};
    const auto [chart, local] = plotAt(*m_pressed);
    if (!chart)
        return {};
    const int a = chart->yearAt(local);
    const int b = chart->yearAt(chart->mapFromScene(mapToScene(m_dragged->toPoint())));
    return formatYears(a, b);
}

void TradeSeriesView::mouseReleaseEvent(QMouseEvent *event)
{
    if (scene() && scene()->itemAt(mapToScene(event->position().toPoint()), transform()))
        QChartView::mouseReleaseEvent(event);
    event->accept();
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    const QPointF start = *m_pressed;
    m_pressed.reset();
    m_dragged.reset();
    viewport()->update(); // the band goes
    if (std::abs(event->position().x() - start.x()) < 8)
        return; // a click, not a drag
    // The years under the start and the end, read on the panel pressed in: all share their years.
    const auto [chart, local] = plotAt(start);
    if (!chart)
        return;
    const QPointF end = chart->mapFromScene(mapToScene(event->position().toPoint()));
    const int a = chart->yearAt(local);
    const int b = chart->yearAt(end);
    if (a != 0 && b != 0)
        emit rangeDragged(std::min(a, b), std::max(a, b));
}

} // namespace azkz
