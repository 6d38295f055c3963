// What the long trade series' notes say: on a chart, what its marks mean and where a series
// changes source; under the table and in the report, whose figures they are, the valuation,
// and each figure another source gives differently. (TradeSeriesModel, continued.)
#include "core/text/formatting.h"
#include "core/trade/tradeseriesmodel.h"

#include <algorithm>

namespace azkz {

QString TradeSeriesModel::publisher(const QString &sourceId) const
{
    const SourceEntry *source = dataset().sourceEntry(sourceId);
    return source ? source->publisher.in(language()) : sourceId;
}

std::pair<QString, QString> TradeSeriesModel::alternative(const QString &other) const
{
    const QString printed = other.section(QLatin1Char('='), 1).section(QLatin1Char(' '), 0, 0);
    const QString unit = other.section(QLatin1Char(' '), -1);
    const double inUnit = printed.toDouble() * unitInDollars(unit) / unitInDollars(m_unit);
    return {other.section(QLatin1Char('='), 0, 0), formatAmount(inUnit, language())};
}

QString TradeSeriesModel::chartNotes() const
{
    bool estimates = false, gaps = false;
    QList<std::pair<int, QString>> changes; // the year a series goes on from another source, and it
    for (int c = 0; c < int(m_table.columns.size()); ++c) {
        const TradeColumn &column = m_table.columns.at(c);
        if (column.isShare())
            continue;
        QString previousSource;
        bool started = false, missing = false;
        for (qsizetype row = 0; row < column.cells.size(); ++row) {
            const TradeCell &cell = column.cells.at(row);
            if (!cell.value) {
                missing = started;
                continue;
            }
            gaps = gaps || missing;
            started = true;
            missing = false;
            estimates = estimates || cell.flag != ValueFlag::None;
            const QString source = cell.sourceIds.value(0);
            if (!previousSource.isEmpty() && source != previousSource
                && !changes.contains(std::pair(m_table.years.at(row), source)))
                changes.append({m_table.years.at(row), source});
            previousSource = source;
        }
    }
    QStringList notes;
    if (estimates)
        notes.append(tr("Open points are estimates."));
    if (gaps)
        notes.append(tr("A break in a line is a year with no figure."));
    std::sort(changes.begin(), changes.end());
    QStringList from;
    for (const auto &[year, source] : changes)
        from.append(tr("from %1, %2", "a year, the source some figures come from from that year on")
                        .arg(QString::number(year), publisher(source)));
    if (!from.isEmpty())
        notes.append(tr("The source changes: %1.").arg(from.join(QStringLiteral("; "))));
    return notes.join(QLatin1Char(' '));
}

QString TradeSeriesModel::note(NoteContent content) const
{
    const QString a = countryName(dataset().trade.reporter);
    const QString b = countryName(dataset().trade.partner);
    QString whose;
    switch (m_settings.view) {
    case TradeViewKind::Reporter:
        whose = tr("%1's own figures: its exports to %2 and its imports from %2.").arg(a, b);
        break;
    case TradeViewKind::Partner:
        whose = tr("%1's own figures: its exports to %2 and its imports from %2.").arg(b, a);
        break;
    case TradeViewKind::Mirror:
        whose = tr("Each flow twice: as the exporting country reports it and as the importing country reports it. "
                   "The gap is the importer's figure less the exporter's, in per cent of the exporter's.");
        break;
    case TradeViewKind::Turnover:
        whose = tr("Turnover (exports plus imports) as each country reports it; one side's exports are never added "
                   "to the other's imports.");
        break;
    case TradeViewKind::Balance:
        whose = tr("Balance (exports less imports) of each country, from its own figures.");
        break;
    }
    QStringList notes{whose};
    if (content == NoteContent::WithValuation)
        notes.append(valuationNote());
    // A figure another source gives differently: which one is drawn, and the other.
    for (int c = 0; c < int(m_table.columns.size()); ++c) {
        for (qsizetype row = 0; row < m_table.columns.at(c).cells.size(); ++row) {
            const TradeCell &cell = m_table.columns.at(c).cells.at(row);
            for (const QString &other : cell.disputed ? cell.alternatives : QStringList()) {
                const auto [id, value] = alternative(other);
                notes.append(tr("⚠ %1, %2: the chart draws %3 (%4); %5 gives %6.")
                                 .arg(QString::number(m_table.years.at(row)), columnTitle(c),
                                     formatAmount(*this->value(int(row), c), language()),
                                     publisher(cell.sourceIds.value(0)), publisher(id), value));
            }
        }
    }
    return notes.join(QLatin1Char(' '));
}

QString TradeSeriesModel::valuationNote() const
{
    // Said of the series themselves: each source's years and how it values each flow.
    struct Figures {
        QString sourceId;
        int first = 0, last = 0;
        std::optional<Valuation> exports, imports;
    };
    QList<Figures> sources; // in the order the file gives the series
    QStringList reporters;
    for (const TradeSeries &series : dataset().trade.series) {
        if (series.values.isEmpty())
            continue;
        if (!reporters.contains(series.reporter))
            reporters.append(series.reporter);
        auto it = std::find_if(
            sources.begin(), sources.end(), [&](const Figures &f) { return f.sourceId == series.sourceId; });
        if (it == sources.end())
            it = sources.insert(sources.end(),
                {series.sourceId, series.values.first().year, series.values.last().year, std::nullopt, std::nullopt});
        it->first = std::min(it->first, series.values.first().year);
        it->last = std::max(it->last, series.values.last().year);
        (series.flow == TradeFlow::Exports ? it->exports : it->imports) = series.valuation;
    }
    const auto how = [](std::optional<Valuation> valuation) {
        switch (valuation.value_or(Valuation::Unstated)) {
        case Valuation::Fob:
            return tr("free on board (FOB)");
        case Valuation::Cif:
            return tr("with cost, insurance and freight (CIF)");
        case Valuation::Unstated:
            break;
        }
        return tr("at a valuation it does not state");
    };
    QStringList notes, unstated;
    for (const Figures &f : sources) {
        const QString whose = QStringLiteral("%1 (%2)").arg(publisher(f.sourceId), formatYears(f.first, f.last));
        if (f.exports.value_or(Valuation::Unstated) == Valuation::Unstated
            && f.imports.value_or(Valuation::Unstated) == Valuation::Unstated)
            unstated.append(whose);
        else
            notes.append(
                tr("The figures of %1 value exports %2 and imports %3.").arg(whose, how(f.exports), how(f.imports)));
    }
    if (!unstated.isEmpty())
        notes.append(tr("The figures of %1 do not state their valuation.")
                         .arg(localeFor(language()).createSeparatedList(unstated)));
    if (reporters.size() > 1)
        notes.append(tr("Mirror figures differ because of valuation, timing, goods in transit, re-exports and "
                        "confidential items."));
    if (!sources.isEmpty())
        notes.append(tr("A missing year has no figure."));
    return notes.join(QLatin1Char(' '));
}

} // namespace azkz
