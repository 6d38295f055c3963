// The long trade series on the Trade tab: the chart (drag across it to pick years), the
// year range boxes' logic, and the table of the same model with its note. The page puts
// these widgets in its toolbar and layout; the model can be built without them (see
// tradeseries.h) for exports and the report.
#pragma once

#include "core/trade/tradeseriesmodel.h"

#include <QChartView>

namespace azkz {

class TradeSeriesChart;

class TradeSeriesView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeSeriesView)
public:
    TradeSeriesView(TradeSeriesModel &model, QWidget *parent = nullptr);
    TradeSeriesChart *seriesChart() const { return m_chart; }

signals:
    // The user dragged across the chart from one year to another.
    void rangeDragged(int from, int to);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The legend under the plot names every series whole, wrapped onto as many lines as the
    // width needs (Qt Charts' own cut "Exports Azerbaija…" at 720 px): room is kept for it
    // under the plot, and it is drawn there.
    void makeRoomForLegend();
    QRectF legendArea() const;

    TradeSeriesChart *m_chart;
    std::optional<QPointF> m_pressed;
};

} // namespace azkz
