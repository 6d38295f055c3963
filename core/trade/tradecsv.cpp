#include "core/trade/tradecsv.h"

#include "core/io/csv.h"
#include "core/text/formatting.h"
#include "core/trade/trademodel.h"
#include "core/trade/tradeseries.h"
#include "core/trade/tradeseriesmodel.h"

#include "core/text/citation.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <tuple>

namespace azkz {

QString tradeSourceLine(const Dataset &dataset, Language language)
{
    References refs; // each once, in the order the years first cite them
    for (const TradeYear &year : dataset.trade.years) {
        for (int ref : year.refs) {
            if (!refs.contains(ref))
                refs.append(ref);
        }
    }
    return QCoreApplication::translate("azkz::TradeCsv", "Source: “%1”, %2, references %3. Licence: %4.")
        .arg(dataset.source.title.in(language), dataset.source.publisher.in(language), formatReferences(refs),
            dataset.source.licence);
}

namespace {

// One figure as its source printed it.
struct Observation {
    const TradeSeries *series;
    const TradeValue *value;
    enum class Standing { Only, Drawn, Alternative } standing = Standing::Only; // among figures of one year
};

// For each reporter, flow and year in [from, to], the figure the chart draws (the first series,
// in the dataset's order, that has the year) and after it any other source's figure for it,
// each said to be one of several where they differ; of the sources in onlySource when it is set.
QList<Observation> observations(
    const Dataset &dataset, const QStringList &reporters, int from, int to, const QString &onlySource = {})
{
    QList<Observation> found;
    std::set<std::tuple<QString, int, int>> taken; // reporter, flow, year
    for (const TradeSeries &series : dataset.trade.series) {
        if (!reporters.contains(series.reporter) || (!onlySource.isEmpty() && series.sourceId != onlySource))
            continue;
        for (const TradeValue &value : series.values) {
            if (value.year < from || value.year > to)
                continue;
            if (taken.insert({series.reporter, int(series.flow), value.year}).second) {
                found.append({&series, &value});
                continue;
            }
            const auto drawn = std::find_if(found.begin(), found.end(), [&](const Observation &o) {
                return o.series->reporter == series.reporter && o.series->flow == series.flow
                    && o.value->year == value.year && o.standing != Observation::Standing::Alternative;
            });
            if (sameFigure(*drawn->value, drawn->series->unit, value, series.unit))
                continue; // the same figure, printed otherwise (the IMF's and the article's 2020): once
            drawn->standing = Observation::Standing::Drawn;
            found.append({&series, &value, Observation::Standing::Alternative});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Observation &a, const Observation &b) {
        return std::tuple(a.value->year, a.series->reporter, int(a.series->flow))
            < std::tuple(b.value->year, b.series->reporter, int(b.series->flow));
    });
    return found;
}

// One tidy table, header first, one figure a row: the figure as printed and in the unit asked,
// with its flag and its source named, its address and licence. Names are in the language;
// the column names and the codes (flow, valuation, unit, flag) are the same in every language.
QByteArray tidyCsv(const Dataset &dataset, const QList<Observation> &rows, const QString &unit, Language language)
{
    static const char *const valuations[] = {"fob", "cif", "unstated"};
    static const char *const flags[] = {"", "estimate", "provisional"};
    // A figure another source gives differently: the one drawn is "disputed", the other an
    // "alternative"; with an estimate's or a provisional figure's flag, after a semicolon.
    const auto flag = [](const Observation &o) {
        const QString base = QLatin1String(flags[int(o.value->flag)]);
        const QString standing = o.standing == Observation::Standing::Drawn ? QStringLiteral("disputed")
            : o.standing == Observation::Standing::Alternative              ? QStringLiteral("alternative")
                                                                            : QString();
        return base.isEmpty() || standing.isEmpty() ? base + standing : base + QLatin1Char(';') + standing;
    };
    const auto countryName = [&](const QString &id) {
        const Country *country = dataset.country(id);
        return country ? country->name.in(language) : id;
    };
    QStringList lines{QStringLiteral("year,reporter,partner,flow,valuation,value_as_printed,printed_unit,value,unit,"
                                     "flag,source,source_address,licence")};
    const double to = unitInDollars(unit);
    for (const Observation &row : rows) {
        const TradeSeries *series = row.series;
        const TradeValue *value = row.value;
        const SourceEntry *source = dataset.sourceEntry(series->sourceId);
        const bool article = source && source->kind == SourceKind::Article;
        SourceEntry cited = source ? *source : SourceEntry{};
        if (article)
            cited.references = value->refs; // the article's footnotes of this figure, not all of its

        const double from = unitInDollars(series->unit);
        const QString converted = from > 0 && to > 0 ? QString::number(value->value * from / to, 'g', 15) : QString();
        lines.append(QStringList{QString::number(value->year), csvField(countryName(series->reporter)),
            csvField(countryName(series->partner)),
            series->flow == TradeFlow::Exports ? QStringLiteral("exports") : QStringLiteral("imports"),
            QLatin1String(valuations[int(series->valuation)]), value->printed, csvField(series->unit), converted,
            csvField(unit), csvField(flag(row)), csvField(source ? sourceLabel(cited, language) : series->sourceId),
            csvField(article ? dataset.source.address
                    : source ? source->address
                             : QString()),
            csvField(source ? source->licence.in(language) : QString())}
                         .join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace

QByteArray tradeCsv(const TradeModel &model, const Dataset &dataset)
{
    // The article's table: its two series, in its own unit.
    return tidyCsv(dataset, observations(dataset, {dataset.trade.reporter}, 0, 9999, QStringLiteral("article")),
        dataset.trade.unit, model.language());
}

QByteArray tradeSeriesCsv(const SharedDataset &dataset, const TradeViewSettings &settings, Language language)
{
    const TradeTable table = buildTradeTable(*dataset, settings);
    if (table.years.isEmpty())
        return tidyCsv(*dataset, {}, {}, language);
    QStringList reporters{dataset->trade.reporter, dataset->trade.partner};
    if (settings.view == TradeViewKind::Reporter)
        reporters = {dataset->trade.reporter};
    else if (settings.view == TradeViewKind::Partner)
        reporters = {dataset->trade.partner};
    return tidyCsv(*dataset, observations(*dataset, reporters, table.years.constFirst(), table.years.constLast()),
        unitId(unitFor(*dataset, settings)) + QStringLiteral("-usd"), language);
}

} // namespace azkz
