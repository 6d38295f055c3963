// The trade series of a dataset arranged for one view: the figures of one side, the mirror
// view (each flow as the exporter and as the importer report it, and the gap between them),
// turnover or balance, over a range of years. Plain data, computed once per view change;
// the table model, the chart, the CSV export and the report all read it.
#pragma once

#include "core/data/dataset.h"

#include <optional>

namespace azkz {

enum class TradeViewKind { Reporter, Partner, Mirror, Turnover, Balance };
enum class TradeUnit { Thousand, Million };

struct TradeViewSettings {
    TradeViewKind view = TradeViewKind::Reporter; // Reporter: trade.reporter's figures; Partner: the other side's
    int from = 0; // first year shown; 0: the first year there is
    int to = 0; // last year shown; 0: the last year there is
    std::optional<TradeUnit> unit; // nullopt: the unit that fits the figures (fittingUnit)
    bool events = false; // the timeline's events marked on a chart of the long series: only when asked
    bool operator==(const TradeViewSettings &) const = default;
};

// One figure of a column: what the chart and the table show for a year.
struct TradeCell {
    std::optional<double> value; // US dollars, or per cent for a gap; nullopt: no figure
    ValueFlag flag = ValueFlag::None; // Estimate when any figure it is made of is one
    QStringList sourceIds; // the sources of the figures it is made of
    References refs; // the article's footnotes of those figures, where the article is a source
    QStringList alternatives; // "source id=printed unit" of other series giving the same figure differently
    bool disputed = false; // an alternative's value is not this one's (not only printed otherwise)
};

struct TradeColumn {
    enum class Measure { Exports, Imports, Turnover, Balance, Gap };
    Measure measure = Measure::Exports;
    QString reporter; // whose statistics
    QString partner;
    QString exporter; // for a flow: the country the goods leave (the mirror view pairs by it)
    QList<TradeCell> cells; // one a year of TradeTable::years
    bool isShare() const { return measure == Measure::Gap; }
};

struct TradeTable {
    QList<int> years; // every year from the first to the last with a figure in range, gaps included
    QList<TradeColumn> columns;
    int firstYear = 0; // of the view's figures, whatever the range: the range boxes' bounds
    int lastYear = 0; // both 0 when the view has no figure
    QList<int> figureYears; // the view's years with a figure, whatever the range (the boxes offer them)
};

// The size of a series unit in US dollars: 1e3 for "thousand-usd", 1e6 for "million-usd", 0 otherwise.
double unitInDollars(const QString &unit);
// Whether two printed figures (each in its series' unit) are one figure, printed to different
// precision (the IMF's 116.1077 million and the article's 116,107.75 thousand), rather than
// figures that disagree.
bool sameFigure(const TradeValue &a, const QString &unitA, const TradeValue &b, const QString &unitB);
double unitInDollars(TradeUnit unit);
QString unitId(TradeUnit unit); // "thousand" or "million", as the command line writes them
// Millions, unless every figure of the long series is under a million dollars: then thousands,
// so a small trade reads "40 thousand", not "0.04 million".
TradeUnit fittingUnit(double largestDollars);
TradeUnit fittingUnit(const Dataset &dataset);
TradeUnit unitFor(const Dataset &dataset, const TradeViewSettings &settings);

TradeTable buildTradeTable(const Dataset &dataset, const TradeViewSettings &settings);
// Whether a view has a figure to show (one side's series alone leave the other's view and the
// mirror view's comparison empty).
bool viewHasFigures(const Dataset &dataset, TradeViewKind view);

} // namespace azkz
