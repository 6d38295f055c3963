#include "ui/documents/tradechart.h"

#include "core/text/formatting.h"
#include "core/trade/trademodel.h"
#include "ui/common/plaintext.h"
#include "ui/documents/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QXYSeries>

namespace azkz {

namespace {
constexpr int ValueColumns[] = {TradeModel::Exports, TradeModel::Imports, TradeModel::Turnover};
QColor colorOf(TradeChart::Series series, bool dark)
{
    const int index = series == TradeChart::ExportsSeries ? 0 : series == TradeChart::ImportsSeries ? 1 : TotalColor;
    return azkz::seriesColor(index, dark);
}
} // namespace

TradeChart::TradeChart(
    SharedDataset dataset, const TradeModel &model, std::optional<QPalette> windowPalette, QGraphicsItem *parent)
    : QChart(parent), m_dataset(dataset), m_model(model), m_themeTitleFont(titleFont())
{
    if (windowPalette) {
        m_windowPalette = windowPalette;
        m_dark = isDarkPalette(*windowPalette);
    }
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &TradeChart::rebuild);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TradeChart::rebuild);
    rebuild();
}

void TradeChart::setSettings(const Settings &settings)
{
    m_settings = settings;
    rebuild();
}

void TradeChart::setKind(Kind kind)
{
    m_settings.kind = kind;
    rebuild();
}

void TradeChart::setMeasure(Measure measure)
{
    m_settings.measure = measure;
    rebuild();
}

void TradeChart::setSeriesShown(Series series, bool shown)
{
    m_settings.shown[series] = shown;
    rebuild();
}

void TradeChart::setWindowPalette(const QPalette &palette)
{
    if (m_windowPalette && *m_windowPalette == palette)
        return;
    m_windowPalette = palette;
    m_dark = isDarkPalette(palette);
    rebuild();
}

void TradeChart::setMarkedRow(int row)
{
    if (row == m_markedRow)
        return;
    m_markedRow = row;
    rebuild();
}

void TradeChart::setFontFamily(const QString &family)
{
    m_fontFamily = family;
    rebuild();
}

QString TradeChart::seriesName(Series series) const
{
    return m_model.headerData(ValueColumns[series], Qt::Horizontal).toString();
}

QString TradeChart::legendName(Series series) const
{
    const Country *partner = m_dataset->country(m_dataset->trade.partner);
    const QString name = partner ? partner->name.in(m_model.language()) : m_dataset->trade.partner;
    if (series == ExportsSeries)
        return tr("Exports to %1").arg(name);
    if (series == ImportsSeries)
        return tr("Imports from %1").arg(name);
    return seriesName(series);
}

double TradeChart::seriesValue(Series series, int row) const
{
    if (m_settings.measure == Measure::Values)
        return m_model.value(row, ValueColumns[series]).value_or(0);
    return m_model.shareOfTurnover(row, ValueColumns[series]).value_or(0);
}

QString TradeChart::describe(Series series, int row) const
{
    const Language language = m_model.language();
    const double value = m_model.value(row, ValueColumns[series]).value_or(0);
    QString text = tr("%1 · %2: %3 %4")
                       .arg(m_model.text(row, TradeModel::Year), seriesName(series), formatAmount(value, language),
                           m_dataset->trade.unitLabel.in(language));
    if (const auto share = m_model.shareOfTurnover(row, ValueColumns[series]); share && series != TurnoverSeries)
        text += tr(" (%1 % of turnover)").arg(localeFor(language).toString(*share, 'f', 1));
    return text;
}

QString TradeChart::describeRow(int row) const
{
    QStringList parts;
    for (Series series : {ExportsSeries, ImportsSeries, TurnoverSeries})
        parts.append(describe(series, row));
    return parts.join(QStringLiteral("; "));
}

qreal TradeChart::titleWidth() const
{
    return QFontMetricsF(titleFont()).horizontalAdvance(m_plainTitle);
}

void TradeChart::setHover(const QString &text)
{
    if (text == m_hoverText)
        return;
    m_hoverText = text;
    // Shown by Qt's own tooltip event: a tooltip shown by hand is hidden again by the scene's
    // help event when the pointer rests on a real display (the bars carry no tooltip).
    setToolTip(text.isEmpty() ? QString() : plainToolTip(text));
    emit hoverTextChanged(text);
}

void TradeChart::addBarSet(Series series, QBarSet *set)
{
    set->setLabel(chartText(legendName(series))); // Qt Charts reads a legend's label as rich text
    set->setColor(colorOf(series, m_dark));
    set->setBorderColor(colorOf(series, m_dark));
    for (int row = 0; row < m_model.rowCount(); ++row)
        set->append(m_settings.shown[series] ? seriesValue(series, row) : 0);
    m_items[series] = set;
}

void TradeChart::addSeries(Series series, QAbstractSeries *item)
{
    QChart::addSeries(item);
    if (series < SeriesCount)
        m_items[series] = item;
}

void TradeChart::rebuild()
{
    resetChart();
    setTitles();
    if (m_settings.kind == Kind::Lines)
        addLines();
    else
        addBars();
    styleLines();
    addAxes(valueTop());
    legend()->setAlignment(Qt::AlignBottom);
    applyColors();
    styleLegend();
    applyFonts();
    applyMark();
}

void TradeChart::resetChart()
{
    // Theme first: it resets colours and fonts, which are then set again.
    setTheme(m_dark ? ChartThemeDark : ChartThemeLight);
    setAnimationOptions(NoAnimation);
    setDropShadowEnabled(false); // a shadow would be rasterised into PDFs
    setBackgroundRoundness(0);
    if (m_windowPalette)
        paintChartBackground(*this, *m_windowPalette); // before the axes exist
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    m_items = {};
    setHover(QString());
    setLocale(localeFor(m_model.language()));
    setLocalizeNumbers(true);
}

void TradeChart::setTitles()
{
    const Language language = m_model.language();
    const Country *reporter = m_dataset->country(m_dataset->trade.reporter);
    const Country *partner = m_dataset->country(m_dataset->trade.partner);
    const QString reporterName = reporter ? reporter->name.in(language) : m_dataset->trade.reporter;
    m_plainTitle = m_settings.measure == Measure::Values
        ? tr("Trade between %1 and %2, as reported by %1")
              .arg(reporterName, partner ? partner->name.in(language) : QString())
        : tr("Exports and imports as shares of turnover, as reported by %1").arg(reporterName);
    setTitle(chartText(m_plainTitle));
}

QLineSeries *TradeChart::lineOf(Series series)
{
    auto *line = new QLineSeries(this);
    line->setName(chartText(legendName(series)));
    for (int row = 0; row < m_model.rowCount(); ++row)
        line->append(row, seriesValue(series, row));
    addSeries(series, line);
    return line;
}

void TradeChart::addLines()
{
    for (Series series : {ExportsSeries, ImportsSeries, TurnoverSeries}) {
        if (series == TurnoverSeries && m_settings.measure != Measure::Values)
            break;
        lineOf(series);
    }
}

void TradeChart::addBars()
{
    QAbstractBarSeries *bars = m_settings.kind == Kind::StackedBars
        ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(this))
        : new QBarSeries(this);
    for (Series series : {ExportsSeries, ImportsSeries}) {
        auto *set = new QBarSet(QString());
        addBarSet(series, set);
        bars->append(set);
    }
    connect(bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        const Series series = set == m_items[ExportsSeries] ? ExportsSeries : ImportsSeries;
        setHover(status ? describe(series, index) : QString());
    });
    connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) { emit rowClicked(index); });
    addSeries(SeriesCount, bars);
    if (m_settings.measure == Measure::Values)
        lineOf(TurnoverSeries);
}

double TradeChart::valueTop() const
{
    const bool values = m_settings.measure == Measure::Values;
    double top = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        double stack = 0;
        for (Series series : {ExportsSeries, ImportsSeries, TurnoverSeries}) {
            if (!m_settings.shown[series] || (series == TurnoverSeries && !values))
                continue;
            top = std::max(top, seriesValue(series, row));
            if (series != TurnoverSeries)
                stack += seriesValue(series, row);
        }
        if (m_settings.kind == Kind::StackedBars)
            top = std::max(top, stack);
    }
    return top;
}

void TradeChart::styleLines()
{
    for (Series series : {ExportsSeries, ImportsSeries, TurnoverSeries}) {
        auto *line = qobject_cast<QLineSeries *>(m_items[series]);
        if (!line)
            continue;
        QPen pen(colorOf(series, m_dark));
        pen.setWidthF(series == TurnoverSeries ? 2.5 : 2.0);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setVisible(m_settings.shown[series]);
        connect(line, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool state) {
            setHover(state ? describe(series, qRound(point.x())) : QString());
        });
        connect(
            line, &QLineSeries::clicked, this, [this](const QPointF &point) { emit rowClicked(qRound(point.x())); });
    }
}

void TradeChart::addAxes(double top)
{
    const bool values = m_settings.measure == Measure::Values;
    QStringList years;
    for (int row = 0; row < m_model.rowCount(); ++row) // the marked year says why its bars are darker
        years.append(row == m_markedRow ? tr("%1 (selected)").arg(m_model.text(row, TradeModel::Year))
                                        : m_model.text(row, TradeModel::Year));
    auto *yearAxis = new QBarCategoryAxis(this);
    yearAxis->setCategories(years);
    auto *valueAxis = new QValueAxis(this);
    const double step = values ? niceStep(top, 1.0) : 20;
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    const double topTick = values ? std::max(step, std::ceil(top * 1.05 / step) * step) : 100;
    // A hair above the top tick: a grid line on the plot area's very edge is drawn or not depending
    // on rounding in Qt Charts' layout, so that the same chart would differ from one redraw to the next.
    valueAxis->setRange(0, topTick + step * 0.002);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(
        chartText(values ? m_dataset->trade.unitLabel.in(m_model.language()) : tr("Share of turnover, %")));
    addAxis(yearAxis, Qt::AlignBottom);
    addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *item : series()) {
        item->attachAxis(yearAxis);
        item->attachAxis(valueAxis);
    }
}

void TradeChart::applyColors()
{
    if (!m_windowPalette)
        return; // the light theme: white paper
    colourChartTexts(*this, *m_windowPalette);
}

void TradeChart::applyMark()
{
    if (m_markedRow < 0 || m_markedRow >= m_model.rowCount())
        return;
    for (Series series : {ExportsSeries, ImportsSeries, TurnoverSeries}) {
        const QColor base = colorOf(series, m_dark);
        const QColor marked = m_dark ? base.lighter(135) : base.darker(150);
        if (auto *set = qobject_cast<QBarSet *>(m_items[series])) {
            set->setSelectedColor(marked);
            set->selectBar(m_markedRow);
        } else if (auto *line = qobject_cast<QXYSeries *>(m_items[series])) {
            line->setSelectedColor(marked);
            line->setPointConfiguration(m_markedRow, QXYSeries::PointConfiguration::Size, 8.0);
            line->selectPoint(m_markedRow);
        }
    }
}

void TradeChart::styleLegend()
{
    for (QLegendMarker *marker : legend()->markers()) {
        Series series = TurnoverSeries;
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker))
            series = barMarker->barset() == m_items[ExportsSeries] ? ExportsSeries : ImportsSeries;
        else if (marker->series() == m_items[ExportsSeries])
            series = ExportsSeries;
        else if (marker->series() == m_items[ImportsSeries])
            series = ImportsSeries;
        marker->setVisible(true); // a hidden line hides its marker; keep it to click again
        if (!m_settings.shown[series]) {
            QColor faded = marker->labelBrush().color();
            faded.setAlphaF(0.4);
            marker->setLabelBrush(faded);
            QColor swatch = colorOf(series, m_dark);
            swatch.setAlphaF(0.3);
            marker->setBrush(swatch);
        }
        connect(marker, &QLegendMarker::clicked, this, [this, series] {
            // Deferred: rebuilding deletes the marker whose signal is being delivered.
            QMetaObject::invokeMethod(
                this, [this, series] { setSeriesShown(series, !m_settings.shown[series]); }, Qt::QueuedConnection);
        });
    }
}

void TradeChart::applyFonts()
{
    // From the theme's font, not the current one: setTheme() keeps fonts when the theme is unchanged,
    // so scaling the current font would enlarge the title on every redraw.
    QFont titleFont = m_themeTitleFont;
    titleFont.setPointSizeF(m_themeTitleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    if (!m_fontFamily.isEmpty()) {
        titleFont.setFamily(m_fontFamily);
        QFont legendFont = legend()->font();
        legendFont.setFamily(m_fontFamily);
        legend()->setFont(legendFont);
        for (QAbstractAxis *axis : axes()) {
            QFont labels = axis->labelsFont();
            labels.setFamily(m_fontFamily);
            axis->setLabelsFont(labels);
            QFont title = axis->titleFont();
            title.setFamily(m_fontFamily);
            axis->setTitleFont(title);
        }
    }
    setTitleFont(titleFont);
}

} // namespace azkz
