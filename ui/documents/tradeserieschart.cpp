#include "ui/documents/tradeserieschart.h"
#include "ui/documents/chartstyle.h"

#include "core/text/formatting.h"
#include "core/timeline/timescale.h"
#include "core/trade/tradeseriesmodel.h"
#include "ui/common/plaintext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace azkz {

namespace {
constexpr qsizetype MaxEventMarkers = 60;

} // namespace

TradeSeriesChart::TradeSeriesChart(
    const TradeSeriesModel &model, std::optional<QPalette> windowPalette, int panel, QGraphicsItem *parent)
    : QChart(parent), m_model(model), m_panel(panel), m_windowPalette(windowPalette)
{
    if (windowPalette)
        m_dark = isDarkPalette(*windowPalette);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TradeSeriesChart::rebuild);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &TradeSeriesChart::rebuild);
    rebuild();
}

void TradeSeriesChart::setWindowPalette(const QPalette &palette)
{
    if (m_windowPalette && *m_windowPalette == palette)
        return;
    m_windowPalette = palette;
    m_dark = isDarkPalette(palette);
    rebuild();
}

bool TradeSeriesChart::drawsBars() const
{
    return m_model.rowCount() <= MaxBarYears;
}

QList<int> TradeSeriesChart::plottedColumns() const
{
    return m_shown.columns;
}

bool TradeSeriesChart::drawsShares() const
{
    return m_shown.share;
}

QString TradeSeriesChart::panelTitle() const
{
    return m_shown.title;
}

QColor TradeSeriesChart::color(int seriesColumn) const
{
    if (m_model.settings().view == TradeViewKind::Mirror) {
        const TradeColumn &column = m_model.table().columns.at(seriesColumn);
        const bool firstFlow = column.exporter == m_model.table().columns.constFirst().exporter;
        // The gaps' strip: the first flow's solid line's shade and the second's dashed one's,
        // apart in grey too.
        if (column.isShare())
            return mirrorColor(firstFlow, firstFlow, m_dark);
        return mirrorColor(firstFlow, column.reporter == column.exporter, m_dark);
    }
    return seriesColor(int(plottedColumns().indexOf(seriesColumn)), m_dark);
}

QColor TradeSeriesChart::eventColour() const
{
    return m_dark ? QColor(0xaa, 0xaa, 0xaa) : QColor(0x88, 0x88, 0x88);
}

bool TradeSeriesChart::dashed(int seriesColumn) const
{
    // In the mirror view the importer's report of a flow is dashed, the exporter's solid; in the
    // gaps' strip, the second flow's gap.
    const TradeColumn &column = m_model.table().columns.at(seriesColumn);
    if (drawsBars())
        return false; // bars are filled, whoever reports them
    if (column.isShare())
        return column.exporter != m_model.table().columns.constFirst().exporter;
    return m_model.settings().view == TradeViewKind::Mirror && column.reporter != column.exporter;
}

QList<LegendEntry> TradeSeriesChart::legendEntries() const
{
    QList<LegendEntry> entries;
    if (m_panelCount == 1) {
        for (int c : plottedColumns())
            entries.append({m_model.columnTitle(c), color(c), dashed(c)});
    }
    if (!m_markers.isEmpty()) // the grey dashed lines say what they are
        entries.append({tr("Events of the timeline"), eventColour(), true});
    return entries;
}

QList<LegendEntry> TradeSeriesChart::panelLegend() const
{
    if (m_panelCount == 1)
        return {};
    QList<LegendEntry> entries{{panelTitle(), {}, false, true}};
    for (int c : plottedColumns())
        entries.append({m_model.titleInPanel(c), color(c), dashed(c)});
    return entries;
}

QList<QXYSeries *> TradeSeriesChart::pieces(int seriesColumn) const
{
    return m_pieces.value(seriesColumn);
}

int TradeSeriesChart::yearAt(const QPointF &position) const
{
    const QList<int> &years = m_model.table().years;
    if (years.isEmpty() || series().isEmpty())
        return 0;
    const double x = const_cast<TradeSeriesChart *>(this)->mapToValue(position, series().constFirst()).x();
    const int index = drawsBars() ? int(std::lround(x)) : int(std::lround(x)) - years.constFirst();
    return years.at(std::clamp(index, 0, int(years.size()) - 1));
}

void TradeSeriesChart::setHover(const QString &text, bool ofEvent)
{
    (ofEvent ? m_eventHover : m_figureHover) = text;
    // A figure before an event's line drawn across it: 2022's point names its value, not the
    // event of 2022 whose line passes through it.
    const QString shown = !m_pointHover.isEmpty() ? m_pointHover
        : !m_figureHover.isEmpty()                ? m_figureHover
                                                  : m_eventHover;
    if (shown == m_hoverText)
        return;
    m_hoverText = shown;
    setToolTip(shown.isEmpty() ? QString() : plainToolTip(shown));
    emit hoverTextChanged(shown);
}

void TradeSeriesChart::pointerAt(const QPointF &position)
{
    QString text;
    const QList<int> &years = m_model.table().years;
    for (auto column = m_pieces.cbegin(); column != m_pieces.cend() && !years.isEmpty(); ++column) {
        for (QXYSeries *piece : column.value()) {
            for (const QPointF &point : piece->points()) {
                if (QLineF(mapToPosition(point, piece), position).length() <= 6)
                    text = m_model.hoverText(int(std::lround(point.x())) - years.constFirst(), column.key());
            }
        }
    }
    m_pointHover = text;
    setHover(m_figureHover); // shown again, the point's first
}

void TradeSeriesChart::rebuild()
{
    // The panel drawn, taken once a view (every query of the chart and each paint reads it).
    const QList<TradePanel> panels = m_model.panels();
    m_shown = panels.value(m_panel);
    m_panelCount = int(panels.size());
    resetChart();
    const TradeTable &table = m_model.table();
    m_plainTitle = table.years.isEmpty()
        ? tr("No trade figures")
        : tr("%1, %2").arg(m_model.viewTitle(), formatYears(table.years.constFirst(), table.years.constLast()));
    // A view of several panels has its title drawn over them all (layOutPanels()).
    setTitle(m_panelCount == 1 ? chartText(m_plainTitle) : QString());
    if (drawsBars())
        addBars();
    else
        addLines();
    addEventMarkers();
    addAxes();
    applyPalette();
}

// Theme first: it resets colours and fonts, which are then set again.
void TradeSeriesChart::resetChart()
{
    setTheme(m_dark ? ChartThemeDark : ChartThemeLight);
    setAnimationOptions(NoAnimation);
    setDropShadowEnabled(false);
    setBackgroundRoundness(0);
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    m_pieces.clear();
    m_markers.clear();
    m_top = 0;
    m_bottom = 0;
    m_eventHover.clear();
    m_pointHover.clear();
    setHover(QString());
    setLocale(localeFor(m_model.language()));
    setLocalizeNumbers(true);
}

void TradeSeriesChart::addLines()
{
    const QList<int> &years = m_model.table().years;
    for (int c : plottedColumns()) {
        const QColor colour = color(c);
        auto *open = new QScatterSeries(this); // estimates: open points over the line
        open->setMarkerSize(9);
        open->setColor(m_windowPalette ? m_windowPalette->color(QPalette::Base) : QColor(Qt::white));
        open->setBorderColor(colour);
        QLineSeries *piece = nullptr;
        bool named = false;
        for (int row = 0; row < int(years.size()); ++row) {
            const auto v = m_model.value(row, c);
            if (!v) {
                piece = nullptr; // a gap: the next figure starts a new piece
                continue;
            }
            m_top = std::max(m_top, *v);
            m_bottom = std::min(m_bottom, *v);
            if (!piece) {
                piece = new QLineSeries(this);
                QPen pen(colour);
                pen.setWidthF(2.0);
                if (dashed(c))
                    pen.setStyle(Qt::DashLine);
                piece->setPen(pen);
                piece->setPointsVisible(true);
                piece->setName(m_model.columnTitle(c));
                QChart::addSeries(piece);
                m_pieces[c].append(piece);
                if (named)
                    legend()->markers(piece).constFirst()->setVisible(false);
                named = true;
                connect(piece, &QXYSeries::hovered, this, [this, c, first = years.constFirst()](QPointF p, bool on) {
                    setHover(on ? m_model.hoverText(int(std::lround(p.x())) - first, c) : QString());
                });
            }
            piece->append(years.at(row), *v);
            if (m_model.data(m_model.index(row, c + 1), TradeSeriesModel::FlagRole).toInt() != int(ValueFlag::None))
                open->append(years.at(row), *v);
        }
        if (open->count() > 0) {
            open->setName(m_model.columnTitle(c));
            QChart::addSeries(open);
            legend()->markers(open).constFirst()->setVisible(false);
            connect(open, &QXYSeries::hovered, this, [this, c, first = years.constFirst()](QPointF p, bool on) {
                setHover(on ? m_model.hoverText(int(std::lround(p.x())) - first, c) : QString());
            });
        } else {
            delete open;
        }
    }
}

void TradeSeriesChart::addEventMarkers()
{
    const QList<int> &years = m_model.table().years;
    if (!m_model.settings().events || years.isEmpty())
        return;
    const Language language = m_model.language();
    QPen pen(eventColour());
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    // Each mark is a series of Qt Charts: beyond MaxEventMarkers, none is drawn.
    for (const Event *marks : m_model.markedEvents({}, MaxEventMarkers)) {
        const Event &event = *marks;
        double x = TimeScale::startOf(*event.date.from); // the time axis's fractional year
        if (drawsBars()) {
            // A year's bars span its category, from its index − ½ to its index + ½; the event at
            // the middle of its date there (a year's: the middle, not the edge between two years).
            const double middle = (x + TimeScale::endOf(*event.date.from)) / 2;
            const double year = std::floor(middle);
            x = double(years.indexOf(int(year))) - 0.5 + (middle - year);
        }
        auto *marker = new QLineSeries(this);
        marker->setPen(pen);
        marker->append(x, m_bottom);
        marker->append(x, m_top * 1.05);
        marker->setName(event.title.in(language));
        QChart::addSeries(marker);
        legend()->markers(marker).constFirst()->setVisible(false);
        m_markers.insert(event.id, marker);
        const QString text = tr("%1 · %2 (click to open it in the timeline)")
                                 .arg(formatDate(event.date, language), event.title.in(language));
        connect(marker, &QXYSeries::hovered, this,
            [this, text](QPointF, bool on) { setHover(on ? text : QString(), true); });
        connect(marker, &QXYSeries::clicked, this, [this, id = event.id](QPointF) {
            // Deferred: the window may rebuild the chart, deleting the series being delivered.
            QMetaObject::invokeMethod(
                this, [this, id] { emit eventActivated(id); }, Qt::QueuedConnection);
        });
    }
}

void TradeSeriesChart::addBars()
{
    auto *bars = new QBarSeries(this);
    for (int c : plottedColumns()) {
        auto *set = new QBarSet(m_model.columnTitle(c));
        set->setColor(color(c));
        set->setBorderColor(color(c));
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const double v = m_model.value(row, c).value_or(0); // no bar for a missing figure
            m_top = std::max(m_top, v);
            m_bottom = std::min(m_bottom, v);
            set->append(v);
        }
        bars->append(set);
    }
    const QList<int> columns = plottedColumns();
    connect(bars, &QAbstractBarSeries::hovered, this, [this, bars, columns](bool on, int row, QBarSet *set) {
        const int c = columns.value(int(bars->barSets().indexOf(set)), -1);
        setHover(on && c >= 0 ? m_model.hoverText(row, c) : QString());
    });
    QChart::addSeries(bars);
}

void TradeSeriesChart::addAxes()
{
    const QList<int> &years = m_model.table().years;
    QAbstractAxis *yearAxis = nullptr;
    if (drawsBars()) {
        auto *categories = new QBarCategoryAxis(this);
        for (int year : years)
            categories->append(QString::number(year));
        yearAxis = categories;
    } else {
        // Years as labels, not numbers: the chart's locale would write 1992 as "1,992".
        auto *axis = new QCategoryAxis(this);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setRange(years.constFirst() - 0.5, years.constLast() + 0.5);
        // Every year up to 12 years, then every 2nd or 5th, on round years.
        const int step = years.size() <= 12 ? 1 : years.size() <= 24 ? 2 : 5;
        for (int year : years) {
            if (year % step == 0)
                axis->append(QString::number(year), year);
        }
        yearAxis = axis;
    }
    auto *valueAxis = new QValueAxis(this);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    // A view of several panels gives its unit under its title, once.
    valueAxis->setTitleText(m_panelCount > 1 ? QString() : m_model.unitLabel().toHtmlEscaped());
    if (m_bottom < 0 && !years.isEmpty()) {
        // Where values go negative, zero is a heavy line, not one of the grid's.
        auto *zero = new QLineSeries(this);
        zero->setPen(QPen(m_dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x33, 0x33, 0x33), 1.6));
        const double left = drawsBars() ? -0.5 : years.constFirst() - 0.5;
        const double right = drawsBars() ? years.size() - 0.5 : years.constLast() + 0.5;
        zero->append(left, 0);
        zero->append(right, 0);
        QChart::addSeries(zero);
        legend()->markers(zero).constFirst()->setVisible(false);
    }
    // Panels share their years: written once, under the last.
    yearAxis->setLabelsVisible(m_panel == m_panelCount - 1);
    addAxis(yearAxis, Qt::AlignBottom);
    addAxis(valueAxis, Qt::AlignLeft);
    setValueTicks(5);
    for (QAbstractSeries *item : series()) {
        item->attachAxis(yearAxis);
        item->attachAxis(valueAxis);
    }
    legend()->setAlignment(Qt::AlignBottom);
}

void TradeSeriesChart::setValueTicks(int intervals)
{
    const QList<QAbstractAxis *> vertical = axes(Qt::Vertical);
    if (auto *valueAxis = vertical.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(vertical.constFirst()))
        fitValueAxis(*valueAxis, m_bottom, m_top, intervals, drawsShares()); // per cent in the gaps' strip
}

void TradeSeriesChart::applyPalette()
{
    if (!m_windowPalette)
        return; // white paper
    paintChartBackground(*this, *m_windowPalette);
    colourChartTexts(*this, *m_windowPalette);
}

} // namespace azkz
