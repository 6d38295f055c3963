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
    TradeSeriesChart *seriesChart() const { return m_chart; } // the first panel's
    // One chart a panel of the view (the mirror view has its flows and its gaps' strip).
    QList<TradeSeriesChart *> panels() const;
    // While a drag across the chart picks years: the years it would show ("2005–2012"), drawn
    // over the band it covers; empty otherwise.
    QString draggedYears() const;

signals:
    // The user dragged across the chart from one year to another.
    void rangeDragged(int from, int to);
    // An event's marker was clicked in one of the panels.
    void eventActivated(const QString &eventId);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The panels after the first made again for the model's view, then all laid out.
    void rebuildPanels();
    void watch(TradeSeriesChart *chart); // its tooltip hidden, its events passed on
    // The legend under the plot names every series whole, wrapped onto as many lines as the
    // width needs (Qt Charts' own cut "Exports Azerbaija…" at 720 px); a view of several panels
    // has its title over them and a caption over each (layOutPanels()), all drawn here.
    void layOut();
    QRectF legendArea() const;
    QString titleText() const; // a view of several panels: its title and its unit
    QRectF titleArea() const; // empty for a view of one panel, whose chart has the title
    // The panel whose plot is at a point of the viewport, and the point in its coordinates.
    std::pair<TradeSeriesChart *, QPointF> plotAt(const QPointF &position) const;

    const TradeSeriesModel &m_model;
    TradeSeriesChart *m_chart;
    QList<TradeSeriesChart *> m_more; // the panels after the first
    QList<QRectF> m_captions;
    std::optional<QPointF> m_pressed;
    std::optional<QPointF> m_dragged; // where the pointer is while a drag picks years
};

} // namespace azkz
