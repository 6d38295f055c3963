// The long trade series chart, drawn from a TradeSeriesModel: lines for long ranges, bars for
// a few years. A missing year is a gap in the line, never bridged; estimates are open points;
// hovering a point gives its year, series, reporter, value, flag and source. A view of several
// panels (TradeSeriesModel::panels(), the mirror view's) is drawn by a chart for each, laid out
// by layOutPanels() (tradeseriespanels.h); then the charts have no title of their own.
#pragma once

#include "core/trade/tradeseriesmodel.h"
#include "ui/documents/chartlegend.h"

#include <QChart>
#include <QPalette>

#include <optional>

class QXYSeries;

namespace azkz {

class TradeSeriesChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeSeriesChart)
public:
    // Up to this many years, bars; more, lines.
    static constexpr int MaxBarYears = 8;

    explicit TradeSeriesChart(const TradeSeriesModel &model, std::optional<QPalette> windowPalette = {}, int panel = 0,
        QGraphicsItem *parent = nullptr);

    void setWindowPalette(const QPalette &palette);
    // Timeline events are vertical markers (line charts only) when the model's settings ask
    // for them (TradeViewSettings::events); the marker of each event drawn, by event id.
    const QHash<QString, QXYSeries *> &eventMarkers() const { return m_markers; }
    void rebuild();
    bool drawsBars() const;
    QString hoverText() const { return m_hoverText; }
    // The pointer at position (in the chart's coordinates): over a figure's point, that figure is
    // the hover text, whatever series is drawn over the point (an event's line through 2022's
    // point took its hover, Qt Charts giving it to the series on top).
    void pointerAt(const QPointF &position);
    QString plainTitle() const { return m_plainTitle; } // the view's
    int panel() const { return m_panel; }
    QString panelTitle() const; // empty for a view's only panel
    bool drawsShares() const; // a panel of gaps in per cent
    // Each series drawn, named whole, in its colour: a document's legend (chartlegend.h).
    // In a view of several panels, those of its series are named in its caption (panelLegend())
    // and this has only what all panels share.
    QList<LegendEntry> legendEntries() const;
    // The panel's title, then its series named under it (TradeSeriesModel::titleInPanel()).
    QList<LegendEntry> panelLegend() const;
    // A series' colour and line: in the mirror view one hue a flow, the importer's report dashed.
    QColor color(int seriesColumn) const;
    bool dashed(int seriesColumn) const;
    QColor eventColour() const; // the timeline events' lines
    // The year at a position in the chart's coordinates, clamped to the shown years.
    int yearAt(const QPointF &position) const;
    // The line pieces of a model column (one per run of years with figures).
    QList<QXYSeries *> pieces(int seriesColumn) const;
    // The value axis's range and round ticks, about that many intervals at most.
    void setValueTicks(int intervals);

signals:
    void hoverTextChanged(const QString &text);
    // An event's marker was clicked: the window opens the event in the timeline.
    void eventActivated(const QString &eventId);

private:
    void resetChart();
    void addLines();
    void addBars();
    void addAxes();
    void addEventMarkers();
    void applyPalette();
    // What the pointer is over: a figure's point or bar, or an event's line (ofEvent).
    void setHover(const QString &text, bool ofEvent = false);
    QList<int> plottedColumns() const; // the panel's

    const TradeSeriesModel &m_model;
    const int m_panel;
    TradePanel m_shown; // the model's panel m_panel, as of the last rebuild
    int m_panelCount = 1;
    std::optional<QPalette> m_windowPalette;
    bool m_dark = false;
    QString m_hoverText; // the figure's when the pointer is over one, else the event's
    QString m_pointHover; // the point under the pointer's, first of all
    QString m_figureHover;
    QString m_eventHover;
    QString m_plainTitle;
    double m_top = 0;
    double m_bottom = 0;
    QHash<int, QList<QXYSeries *>> m_pieces;
    QHash<QString, QXYSeries *> m_markers;
};

} // namespace azkz
