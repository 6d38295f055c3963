#include "core/models/factsmodel.h"

#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/citationcopy.h"
#include "core/text/formatting.h"
#include "core/trade/tradeseriesmodel.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace azkz {

FactsModel::FactsModel(SharedDataset dataset, Language language, QObject *parent)
    : LocalizedTableModel(dataset, language, parent)
{ }

int FactsModel::rows() const
{
    return int(cachedRows().size());
}

const QList<FactsModel::Row> &FactsModel::cachedRows() const
{
    if (m_rowsLanguage != language()) {
        m_rows = buildRows();
        m_rowsLanguage = language();
    }
    return m_rows;
}

QList<FactsModel::Row> FactsModel::buildRows() const
{
    const Dataset &d = dataset();
    QList<Row> rows;
    rows.append({QLatin1String(EstablishedId), tr("Diplomatic relations established"),
        formatDate(d.established.date, language()), d.established.refs, true, d.established.sourceIds,
        d.established.dispute});

    QStringList cities;
    for (const Mission &m : d.missions)
        cities.append(text(m.city));
    rows.append({QLatin1String(MissionsId), tr("Diplomatic missions"),
        tr("%1 (%2)").arg(d.missions.size()).arg(cities.join(QStringLiteral(", "))), {}, false});

    if (!d.trade.years.isEmpty()) {
        const TradeYear &latest = d.trade.years.constLast();
        // Where sources disagree on that year's turnover, the event about it says so: the fact too.
        const auto disputed = std::find_if(d.events.cbegin(), d.events.cend(),
            [&](const Event &e) { return e.tradeYear == latest.year && e.dispute; });
        QString value = QStringLiteral("%1 %2").arg(formatTotal(latest.turnover, language()), text(d.trade.unitLabel));
        const double dollars = latest.turnover * unitInDollars(d.trade.unit);
        if (unitInDollars(d.trade.unit) < unitInDollars(TradeUnit::Million)
            && fittingUnit(dollars) == TradeUnit::Million) // beside versions given in millions, comparable
            value = tr("%1 (≈ %2 million)").arg(value, formatTotal(std::round(dollars / 1e5) / 10, language()));
        rows.append({QLatin1String(TurnoverId), tr("Trade turnover in %1").arg(latest.year), value, latest.refs, true,
            {}, disputed != d.events.cend() ? disputed->dispute : std::nullopt});
    }
    rows.append(
        {QLatin1String(EventsId), tr("Timeline events"), localeFor(language()).toString(d.events.size()), {}, false});
    if (const auto &rounded = d.trade.infoboxTurnover) { // as the source prints it elsewhere, rounded
        rows.append(
            {QStringLiteral("turnover-rounded"), tr("Trade turnover in %1, rounded in the source").arg(rounded->year),
                QStringLiteral("%1 %2").arg(
                    localeFor(language()).toString(rounded->value, 'g', 15), TradeSeriesModel::unitName(rounded->unit)),
                {}, true});
    }
    appendLatestTurnovers(rows); // after the rows the overview links from, which keep their places
    for (const Fact &f : d.facts)
        rows.append({f.id, text(f.label), text(f.value), f.refs, f.fromArticle, f.sourceIds, f.dispute});
    rows.append({QLatin1String(SourceId), tr("Source"),
        QStringLiteral("%1 — %2, %3").arg(text(d.source.title), text(d.source.publisher), d.source.licence), {}});
    return rows;
}

void FactsModel::appendLatestTurnovers(QList<Row> &rows) const
{
    // Each side's latest full year with both flows, from its own figures, with its source: the
    // program's sum of the two, said to be one. A year the turnover row above gives from the
    // same source is not repeated.
    const Dataset &d = dataset();
    const int shownYear = d.trade.years.isEmpty() ? 0 : d.trade.years.constLast().year;
    TradeSeriesModel turnover(sharedDataset(), language());
    turnover.setSettings({TradeViewKind::Turnover, 0, 0, std::nullopt});
    const TradeTable &table = turnover.table();
    for (int c = 0; c < int(table.columns.size()); ++c) {
        for (int row = int(table.years.size()) - 1; row >= 0; --row) {
            const TradeCell &cell = table.columns.at(c).cells.at(row);
            if (!cell.value)
                continue;
            if (table.years.at(row) == shownYear && table.columns.at(c).reporter == d.trade.reporter
                && cell.sourceIds == QStringList{QStringLiteral("article")})
                break;
            QStringList sources;
            for (const QString &id : cell.sourceIds)
                sources.append(turnover.sourceLabel(id));
            const TradeUnit unit = fittingUnit(*cell.value); // "40 thousand", not "0.04 million"
            rows.append({QStringLiteral("turnover-%1").arg(table.columns.at(c).reporter),
                tr("Latest turnover as reported by %1").arg(turnover.countryName(table.columns.at(c).reporter)),
                tr("%1 %2 in %3: its exports and imports added (%4)")
                    .arg(formatTotal(*cell.value / unitInDollars(unit), language()), TradeSeriesModel::unitName(unit),
                        QString::number(table.years.at(row)), sources.join(QStringLiteral("; "))),
                {}, false, cell.sourceIds});
            break;
        }
    }
}

QVariant FactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = cachedRows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Label)
            return row.label;
        // Where sources disagree, the other versions too, never one picked, and heard as shown;
        // with their sources on hover, as a screen reader's description, in print and in Copy with
        // citation (a fact stays short: a reader heard every source of every version in the cell).
        return row.dispute ? row.value + QLatin1Char('\n') + otherVersions(row) : row.value;
    case WholeTextRole:
        if (index.column() == Label)
            return row.label;
        return row.dispute
            ? row.value + QLatin1Char('\n') + disputeText(*row.dispute, dataset(), language(), ClaimNotes::Left)
            : row.value;
    case Qt::AccessibleDescriptionRole:
        return index.column() == Value && row.dispute ? data(index, WholeTextRole) : QVariant();
    case Qt::ToolTipRole:
        if (row.id == QLatin1String(MissionsId))
            return tr("Click to open the Diplomatic missions tab");
        if (row.id == QLatin1String(EventsId))
            return tr("Click to open the Timeline tab");
        if (row.dispute) // the whole dispute, with the notes the cell leaves out
            return disputeText(*row.dispute, dataset(), language());
        if (!row.sourceIds.isEmpty())
            return citationText(row.fromArticle, row.refs, row.sourceIds, dataset(), language());
        return row.refs.isEmpty() ? QVariant() : sourceArticleReferences(row.refs);
    case IdRole:
        return row.id;
    case ReferencesRole:
        return QVariant::fromValue(row.refs);
    case CitationRole:
        return citationFormats(
            {QStringLiteral("%1: %2").arg(row.label, row.value), row.fromArticle, row.refs, row.sourceIds, row.dispute},
            dataset(), language());
    default:
        return {};
    }
}

QString FactsModel::otherVersions(const Row &row) const
{
    QStringList others;
    for (const Claim &claim : row.dispute->claims) {
        const QString value = claimValue(claim, language());
        // The version shown: the same references, or the same words perhaps with whose they are.
        const bool shown = (!row.refs.isEmpty() && claim.refs == row.refs && claim.sourceIds.isEmpty())
            || value.startsWith(row.value);
        if (shown)
            continue;
        // The figure or the date, not who gives it: "$461.9 million (the Kazakh side, Akorda)".
        static const QRegularExpression aside(QStringLiteral("(, | \\().*$"));
        others.append(QString(value).remove(aside));
    }
    return tr("%1 Also given: %2").arg(disputeMarker(), others.join(QStringLiteral(" · ")));
}

QVariant FactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Label ? tr("Fact") : tr("Value");
}

} // namespace azkz
