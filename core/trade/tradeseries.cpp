#include "core/trade/tradeseries.h"

#include <algorithm>
#include <cmath>

namespace azkz {

namespace {

// The figure the chart uses for a reporter, flow and year: the first series that has the
// year (the article's, then trade.series in file order); the others become alternatives.
TradeCell pick(const Dataset &dataset, const QString &reporter, TradeFlow flow, int year)
{
    TradeCell cell;
    const TradeValue *drawn = nullptr;
    QString drawnUnit;
    for (const TradeSeries &series : dataset.trade.series) {
        if (series.reporter != reporter || series.flow != flow)
            continue;
        const auto it = std::find_if(
            series.values.cbegin(), series.values.cend(), [year](const TradeValue &v) { return v.year == year; });
        if (it == series.values.cend())
            continue;
        if (!cell.value) {
            drawn = &*it;
            drawnUnit = series.unit;
            cell.value = it->value * unitInDollars(series.unit);
            cell.flag = it->flag;
            cell.sourceIds = {series.sourceId};
            cell.refs = it->refs;
        } else {
            cell.alternatives.append(QStringLiteral("%1=%2 %3").arg(series.sourceId, it->printed, series.unit));
            cell.disputed = cell.disputed || !sameFigure(*drawn, drawnUnit, *it, series.unit);
        }
    }
    return cell;
}

TradeCell combine(const TradeCell &a, const TradeCell &b, double value)
{
    TradeCell cell;
    if (!a.value || !b.value)
        return cell;
    cell.value = value;
    cell.flag = a.flag != ValueFlag::None ? a.flag : b.flag;
    cell.sourceIds = a.sourceIds;
    for (const QString &id : b.sourceIds) {
        if (!cell.sourceIds.contains(id))
            cell.sourceIds.append(id);
    }
    cell.refs = a.refs;
    for (int ref : b.refs) {
        if (!cell.refs.contains(ref))
            cell.refs.append(ref);
    }
    std::sort(cell.refs.begin(), cell.refs.end());
    return cell;
}

} // namespace

bool sameFigure(const TradeValue &a, const QString &unitA, const TradeValue &b, const QString &unitB)
{
    // Half the last printed digit of the coarser print, in dollars.
    const auto step = [](const TradeValue &v, const QString &unit) {
        const qsizetype point = v.printed.indexOf(QLatin1Char('.'));
        const qsizetype decimals = point < 0 ? 0 : v.printed.size() - point - 1;
        return std::pow(10.0, -double(decimals)) * unitInDollars(unit);
    };
    const double tolerance = std::max(step(a, unitA), step(b, unitB)) / 2 * (1 + 1e-9);
    return std::abs(a.value * unitInDollars(unitA) - b.value * unitInDollars(unitB)) <= tolerance;
}

double unitInDollars(const QString &unit)
{
    if (unit == QLatin1String("thousand-usd"))
        return 1e3;
    if (unit == QLatin1String("million-usd"))
        return 1e6;
    return 0;
}

double unitInDollars(TradeUnit unit)
{
    return unit == TradeUnit::Thousand ? 1e3 : 1e6;
}

QString unitId(TradeUnit unit)
{
    return unit == TradeUnit::Thousand ? QStringLiteral("thousand") : QStringLiteral("million");
}

TradeUnit fittingUnit(double largestDollars)
{
    return largestDollars < 1e6 ? TradeUnit::Thousand : TradeUnit::Million;
}

TradeUnit fittingUnit(const Dataset &dataset)
{
    double largest = 0;
    for (const TradeSeries &series : dataset.trade.series) {
        for (const TradeValue &value : series.values)
            largest = std::max(largest, std::abs(value.value * unitInDollars(series.unit)));
    }
    return fittingUnit(largest);
}

TradeUnit unitFor(const Dataset &dataset, const TradeViewSettings &settings)
{
    return settings.unit ? *settings.unit : fittingUnit(dataset); // not value_or: no scan when one is chosen
}

namespace {

// Cuts a table of every year to the range asked, within the years the view has a figure in
// (gaps inside kept): a title, an axis or a range box never claims a year no column has (one
// side's figures may end a year before the other's). firstYear and lastYear become the view's.
void keepRange(TradeTable &table, const TradeViewSettings &settings)
{
    const auto hasFigure = [&](qsizetype row) {
        return std::any_of(table.columns.cbegin(), table.columns.cend(),
            [row](const TradeColumn &column) { return column.cells.at(row).value.has_value(); });
    };
    qsizetype first = 0, last = table.years.size() - 1;
    while (first <= last && !hasFigure(first))
        ++first;
    while (last >= first && !hasFigure(last))
        --last;
    if (first > last) {
        table.firstYear = table.lastYear = 0;
        table.years.clear();
        for (TradeColumn &column : table.columns)
            column.cells.clear();
        return;
    }
    table.firstYear = table.years.at(first);
    table.lastYear = table.years.at(last);
    for (qsizetype row = first; row <= last; ++row) {
        if (hasFigure(row))
            table.figureYears.append(table.years.at(row));
    }
    // A range asked outside the view's figures leaves no year (the command line refuses it).
    const int from = std::max(settings.from, table.firstYear);
    const int to = settings.to ? std::min(settings.to, table.lastYear) : table.lastYear;
    first += from - table.firstYear;
    last -= table.lastYear - to;
    while (first <= last && !hasFigure(first))
        ++first;
    while (last >= first && !hasFigure(last))
        --last;
    const qsizetype kept = std::max<qsizetype>(0, last - first + 1); // none: only years without figures
    if (kept == 0)
        first = 0;
    table.years = table.years.mid(first, kept);
    for (TradeColumn &column : table.columns)
        column.cells = column.cells.mid(first, kept);
}

} // namespace

TradeTable buildTradeTable(const Dataset &dataset, const TradeViewSettings &settings)
{
    TradeTable table;
    for (const TradeSeries &series : dataset.trade.series) {
        for (const TradeValue &v : series.values) {
            table.firstYear = table.firstYear == 0 ? v.year : std::min(table.firstYear, v.year);
            table.lastYear = std::max(table.lastYear, v.year);
        }
    }
    for (int year = table.firstYear; year <= table.lastYear && table.firstYear != 0; ++year)
        table.years.append(year); // every year first; the range is cut once the view's figures are known

    const QString a = dataset.trade.reporter;
    const QString b = dataset.trade.partner;
    using Measure = TradeColumn::Measure;
    auto flowColumn = [&](const QString &reporter, TradeFlow flow) {
        const QString partner = reporter == a ? b : a;
        TradeColumn column{flow == TradeFlow::Exports ? Measure::Exports : Measure::Imports, reporter, partner,
            flow == TradeFlow::Exports ? reporter : partner, {}};
        for (int year : table.years)
            column.cells.append(pick(dataset, reporter, flow, year));
        return column;
    };
    auto derived = [&](const TradeColumn &x, const TradeColumn &y, Measure measure) {
        TradeColumn column{measure, x.reporter, x.partner, x.exporter, {}};
        for (qsizetype i = 0; i < table.years.size(); ++i) {
            const TradeCell &p = x.cells.at(i);
            const TradeCell &q = y.cells.at(i);
            double value = 0;
            if (p.value && q.value) {
                if (measure == Measure::Turnover)
                    value = *p.value + *q.value;
                else if (measure == Measure::Balance)
                    value = *p.value - *q.value;
                else // the gap: the importer's figure against the exporter's, in per cent of the exporter's
                    value = *p.value > 0 ? (*q.value - *p.value) / *p.value * 100 : 0;
            }
            TradeCell cell = combine(p, q, value);
            if (measure == Measure::Gap && p.value && *p.value <= 0)
                cell.value.reset(); // no share of nothing
            column.cells.append(cell);
        }
        return column;
    };
    switch (settings.view) {
    case TradeViewKind::Reporter:
    case TradeViewKind::Partner: {
        const QString side = settings.view == TradeViewKind::Reporter ? a : b;
        table.columns = {flowColumn(side, TradeFlow::Exports), flowColumn(side, TradeFlow::Imports)};
        break;
    }
    case TradeViewKind::Mirror:
        for (const auto &[exporter, importer] : {std::pair(a, b), std::pair(b, a)}) {
            const TradeColumn exports = flowColumn(exporter, TradeFlow::Exports);
            const TradeColumn imports = flowColumn(importer, TradeFlow::Imports);
            table.columns += {exports, imports, derived(exports, imports, Measure::Gap)};
        }
        break;
    case TradeViewKind::Turnover:
    case TradeViewKind::Balance:
        for (const QString &side : {a, b}) {
            const TradeColumn exports = flowColumn(side, TradeFlow::Exports);
            const TradeColumn imports = flowColumn(side, TradeFlow::Imports);
            table.columns.append(derived(
                exports, imports, settings.view == TradeViewKind::Turnover ? Measure::Turnover : Measure::Balance));
        }
        break;
    }
    keepRange(table, settings);
    return table;
}

bool viewHasFigures(const Dataset &dataset, TradeViewKind view)
{
    TradeViewSettings settings;
    settings.view = view;
    const TradeTable table = buildTradeTable(dataset, settings);
    // The mirror view compares the two sides: a figure of one side alone is no comparison.
    return std::any_of(table.columns.cbegin(), table.columns.cend(), [view](const TradeColumn &column) {
        return (view != TradeViewKind::Mirror || column.isShare())
            && std::any_of(column.cells.cbegin(), column.cells.cend(),
                [](const TradeCell &cell) { return cell.value.has_value(); });
    });
}

} // namespace azkz
