#include "ui/trade/tradeseriesview.h"

#include "ui/documents/chartlegend.h"
#include "ui/documents/tradeserieschart.h"

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
      m_chart(static_cast<TradeSeriesChart *>(chart())) // the view owns the chart
{
    setObjectName(QStringLiteral("tradeSeriesChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setFocusPolicy(Qt::NoFocus); // the table gives the same figures to the keyboard
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    setRubberBand(QChartView::NoRubberBand); // the drag picks years, it does not zoom
    connect(m_chart, &TradeSeriesChart::hoverTextChanged, this, [](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
    });
    // After the chart's own rebuild (connected first), for the new series' names.
    connect(&model, &QAbstractItemModel::modelReset, this, &TradeSeriesView::makeRoomForLegend);
    connect(&model, &QAbstractItemModel::dataChanged, this, &TradeSeriesView::makeRoomForLegend);
    makeRoomForLegend();
}

QRectF TradeSeriesView::legendArea() const
{
    const qreal width = std::max(1, viewport()->width() - 16);
    const qreal height = legendHeight(m_chart->legendEntries(), font(), width);
    return QRectF(8, viewport()->height() - height - 6, width, height);
}

void TradeSeriesView::makeRoomForLegend()
{
    m_chart->legend()->setVisible(false);
    QMargins margins = m_chart->margins();
    margins.setBottom(4 + qCeil(legendArea().height()) + 8);
    m_chart->setMargins(margins);
    viewport()->update();
}

void TradeSeriesView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    makeRoomForLegend();
}

void TradeSeriesView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    // The scene is the view's size, from its top left: view and scene coordinates agree.
    paintLegend(*painter, mapToScene(legendArea().toAlignedRect()).boundingRect(), m_chart->legendEntries(), font(),
        palette().color(QPalette::Text));
}

void TradeSeriesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_chart->setWindowPalette(palette());
    QChartView::changeEvent(event);
}

void TradeSeriesView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_chart->plotArea().contains(event->position()))
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
    if (std::abs(event->position().x() - start.x()) < 8)
        return; // a click, not a drag
    const int a = m_chart->yearAt(start);
    const int b = m_chart->yearAt(event->position());
    if (a != 0 && b != 0)
        emit rangeDragged(std::min(a, b), std::max(a, b));
}

} // namespace azkz
