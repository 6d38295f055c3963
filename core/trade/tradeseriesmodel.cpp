#include "core/trade/tradeseriesmodel.h"

#include "core/text/citation.h"
#include "core/text/citationcopy.h"
#include "core/text/formatting.h"

#include <algorithm>
#include <limits>

namespace azkz {

TradeSeriesModel::TradeSeriesModel(SharedDataset dataset, Language language, QObject *parent)
    : LocalizedTableModel(dataset, language, parent),
      m_unit(unitFor(*dataset, m_settings)),
      m_table(buildTradeTable(*dataset, m_settings))
{ }

void TradeSeriesModel::setSettings(const TradeViewSettings &settings)
{
    if (settings == m_settings)
        return;
    beginResetModel();
    m_settings = settings;
    m_unit = unitFor(dataset(), m_settings);
    m_table = buildTradeTable(dataset(), m_settings);
    endResetModel();
}

QString TradeSeriesModel::countryName(const QString &id) const
{
    const Country *country = dataset().country(id);
    return country ? country->name.in(language()) : id;
}

QString TradeSeriesModel::columnTitle(int seriesColumn) const
{
    const TradeColumn &c = m_table.columns.at(seriesColumn);
    const QString exporter = countryName(c.exporter);
    const QString importer = countryName(c.exporter == c.reporter ? c.partner : c.reporter);
    switch (c.measure) {
    case TradeColumn::Measure::Exports:
        return tr("Exports %1 → %2 (%3 figures)").arg(exporter, importer, countryName(c.reporter));
    case TradeColumn::Measure::Imports:
        return tr("Imports %1 → %2 (%3 figures)").arg(exporter, importer, countryName(c.reporter));
    case TradeColumn::Measure::Turnover:
        return tr("Turnover (%1 figures)").arg(countryName(c.reporter));
    case TradeColumn::Measure::Balance:
        return tr("Balance of %1 (%1 figures)").arg(countryName(c.reporter));
    case TradeColumn::Measure::Gap:
        return tr("Gap %1 → %2, % of the exporter's figure").arg(exporter, importer);
    }
    return {};
}

bool TradeSeriesModel::hasFigures(TradeViewKind view) const
{
    return viewHasFigures(dataset(), view);
}

std::optional<std::pair<int, int>> TradeSeriesModel::articleYears() const
{
    const QList<TradeYear> &years = dataset().trade.years;
    if (years.isEmpty())
        return std::nullopt;
    return std::pair{years.constFirst().year, years.constLast().year};
}

QString TradeSeriesModel::unitLabel() const
{
    return unitName(m_unit);
}

QString TradeSeriesModel::unitName(const QString &unitId)
{
    if (unitId == QLatin1String("thousand-usd"))
        return tr("thousand US dollars");
    return unitId == QLatin1String("billion-usd") ? tr("billion US dollars") : tr("million US dollars");
}

std::optional<double> TradeSeriesModel::value(int row, int seriesColumn) const
{
    const TradeColumn &c = m_table.columns.at(seriesColumn);
    const auto v = c.cells.at(row).value;
    if (!v || c.isShare())
        return v;
    return *v / unitInDollars(m_unit);
}

QString TradeSeriesModel::text(int row, int seriesColumn) const
{
    const auto v = value(row, seriesColumn);
    if (!v)
        return QStringLiteral("—");
    const QLocale locale = localeFor(language());
    const bool share = m_table.columns.at(seriesColumn).isShare();
    QString number = share ? locale.toString(*v, 'f', 1) : formatAmount(*v, language());
    if (share)
        number = (*v > 0 ? QStringLiteral("+") : QString()) + number + QStringLiteral(" %");
    if (m_table.columns.at(seriesColumn).cells.at(row).disputed)
        number += QStringLiteral(" ⚠"); // another source gives it differently: the note and tooltip say how
    if (m_table.columns.at(seriesColumn).cells.at(row).flag == ValueFlag::Estimate)
        return tr("%1 (estimate)").arg(number);
    if (m_table.columns.at(seriesColumn).cells.at(row).flag == ValueFlag::Provisional)
        return tr("%1 (provisional)").arg(number);
    return number;
}

QString TradeSeriesModel::sourceLabel(const QString &sourceId, const References &refs) const
{
    const SourceEntry *source = dataset().sourceEntry(sourceId);
    if (!source)
        return sourceId;
    if (refs.isEmpty() || source->references.isEmpty())
        return azkz::sourceLabel(*source, language());
    SourceEntry cited = *source; // the footnotes of the figures shown, not every one of the article
    cited.references = refs;
    return azkz::sourceLabel(cited, language());
}

QString TradeSeriesModel::sourcesLine(bool brief) const
{
    QStringList ids;
    QHash<QString, References> refs; // of the figures shown, by source
    for (const TradeColumn &column : m_table.columns) {
        for (const TradeCell &cell : column.cells) {
            for (const QString &id : cell.sourceIds) {
                if (!ids.contains(id))
                    ids.append(id);
                References &cited = refs[id];
                for (int ref : cell.refs) {
                    if (!cited.contains(ref))
                        cited.append(ref);
                }
            }
        }
    }
    QStringList labels;
    for (const QString &id : ids) {
        References cited = refs.value(id);
        std::sort(cited.begin(), cited.end());
        const SourceEntry *source = dataset().sourceEntry(id);
        QString label = brief && source ? source->publisher.in(language()) : sourceLabel(id, cited);
        if (brief && source && !cited.isEmpty() && !source->references.isEmpty()) // the article's footnotes
            label += QStringLiteral(", ") + tr("references %1").arg(formatReferences(cited));
        if (source && !source->licence.isEmpty())
            label += QStringLiteral(", ") + source->licence.in(language());
        labels.append(label);
    }
    return tr("Sources: %1").arg(labels.join(QStringLiteral("; ")));
}

QString TradeSeriesModel::hoverText(int row, int seriesColumn) const
{
    const TradeColumn &c = m_table.columns.at(seriesColumn);
    const TradeCell &cell = c.cells.at(row);
    const QString year = QString::number(m_table.years.at(row));
    if (!cell.value)
        return tr("%1 · %2: no figure").arg(year, columnTitle(seriesColumn));
    QString line = c.isShare()
        ? tr("%1 · %2: %3").arg(year, columnTitle(seriesColumn), text(row, seriesColumn))
        : tr("%1 · %2: %3 %4")
              .arg(year, columnTitle(seriesColumn), formatAmount(*value(row, seriesColumn), language()), unitLabel());
    if (cell.flag == ValueFlag::Estimate)
        line += QStringLiteral(" · ") + tr("estimate, not a reported figure");
    else if (cell.flag == ValueFlag::Provisional)
        line += QStringLiteral(" · ") + tr("provisional");
    QStringList sources;
    for (const QString &id : cell.sourceIds)
        sources.append(sourceLabel(id, cell.refs));
    line += QStringLiteral(" · ") + tr("Source: %1").arg(sources.join(QStringLiteral("; ")));
    for (const QString &other : cell.alternatives) {
        const auto [id, value] = alternative(other);
        line += QStringLiteral(" · ")
            + tr("also given as %1 %2 by %3; the chart uses the first").arg(value, unitLabel(), sourceLabel(id));
    }
    return line;
}

std::optional<TradeViewKind> TradeSeriesModel::sideView(const QString &countryId) const
{
    if (countryId == dataset().trade.reporter)
        return TradeViewKind::Reporter;
    if (countryId == dataset().trade.partner)
        return TradeViewKind::Partner;
    return std::nullopt;
}

CitedStatement TradeSeriesModel::cited(int row, std::optional<int> seriesColumn) const
{
    CitedStatement statement;
    QStringList lines;
    for (int c = 0; c < int(m_table.columns.size()); ++c) {
        if (seriesColumn && c != *seriesColumn)
            continue;
        const TradeCell &cell = m_table.columns.at(c).cells.at(row);
        lines.append(hoverText(row, c));
        statement.refs += cell.refs;
        statement.sourceIds += cell.sourceIds;
        for (const QString &other : cell.alternatives)
            statement.sourceIds.append(alternative(other).first);
    }
    statement.statement = lines.join(QLatin1Char('\n'));
    statement.fromArticle = statement.sourceIds.contains(QLatin1String("article"));
    return statement;
}

QString TradeSeriesModel::viewTitle() const
{
    const QString a = countryName(dataset().trade.reporter);
    const QString b = countryName(dataset().trade.partner);
    switch (m_settings.view) {
    case TradeViewKind::Reporter:
        return tr("Trade with %1, as reported by %2").arg(b, a);
    case TradeViewKind::Partner:
        return tr("Trade with %1, as reported by %2").arg(a, b);
    case TradeViewKind::Mirror:
        return tr("Mirror view: each flow as the exporter and the importer report it");
    case TradeViewKind::Turnover:
        return tr("Turnover as each country reports it");
    case TradeViewKind::Balance:
        return tr("Trade balance as each country reports it");
    }
    return {};
}

QString TradeSeriesModel::flowName(const TradeColumn &column) const
{
    const QString importer = column.exporter == column.reporter ? column.partner : column.reporter;
    return countryName(column.exporter) + QStringLiteral(" → ") + countryName(importer);
}

QList<TradePanel> TradeSeriesModel::panels() const
{
    QList<TradePanel> panels;
    TradePanel gaps{tr("Gap, % of the exporter's figure"), {}, true};
    QStringList exporters; // of the mirror view's flows, in the order of panels
    for (int c = 0; c < int(m_table.columns.size()); ++c) {
        const TradeColumn &column = m_table.columns.at(c);
        if (column.isShare()) {
            gaps.columns.append(c);
            continue;
        }
        if (m_settings.view != TradeViewKind::Mirror) {
            if (panels.isEmpty())
                panels.append(TradePanel{});
            panels.first().columns.append(c);
            continue;
        }
        // A flow is known by its exporter's id (two countries may share a name).
        const qsizetype flow = exporters.indexOf(column.exporter);
        if (flow >= 0) {
            panels[flow].columns.append(c);
            continue;
        }
        exporters.append(column.exporter);
        panels.append(TradePanel{flowName(column), {c}, false});
    }
    if (!gaps.columns.isEmpty())
        panels.append(gaps);
    if (panels.isEmpty())
        panels.append(TradePanel{}); // no figures: one empty chart says so
    return panels;
}

QString TradeSeriesModel::titleInPanel(int seriesColumn) const
{
    if (m_settings.view != TradeViewKind::Mirror)
        return columnTitle(seriesColumn);
    const TradeColumn &c = m_table.columns.at(seriesColumn);
    switch (c.measure) {
    case TradeColumn::Measure::Exports:
        return tr("Exports (%1 figures)").arg(countryName(c.reporter));
    case TradeColumn::Measure::Imports:
        return tr("Imports (%1 figures)").arg(countryName(c.reporter));
    case TradeColumn::Measure::Gap:
        return flowName(c);
    default:
        return columnTitle(seriesColumn);
    }
}

QVariant TradeSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return QString::number(m_table.years.at(row));
        if (role == SortRole || role == ValueRole)
            return m_table.years.at(row);
        if (role == CitationRole)
            return citationFormats(cited(row, {}), dataset(), language());
        return {};
    }
    const int c = index.column() - 1;
    switch (role) {
    case CitationRole:
        return citationFormats(cited(row, {c}), dataset(), language());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(row, c);
    case Qt::ToolTipRole:
        return hoverText(row, c);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole: // a missing figure sorts below every figure
        return value(row, c).value_or(std::numeric_limits<double>::lowest());
    case ValueRole:
        if (const auto v = value(row, c))
            return *v;
        return {};
    case FlagRole:
        return int(m_table.columns.at(c).cells.at(row).flag);
    case SourcesRole:
        return m_table.columns.at(c).cells.at(row).sourceIds;
    default:
        return {};
    }
}

QVariant TradeSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Year");
    const QString title = columnTitle(section - 1);
    if (role == Qt::ToolTipRole && !m_table.columns.at(section - 1).isShare())
        return tr("%1, %2").arg(title, unitLabel());
    return title;
}

QList<const Event *> TradeSeriesModel::markedEvents(const QStringList &categories, qsizetype max) const
{
    QList<const Event *> marked;
    if (m_table.years.isEmpty())
        return marked;
    for (const Event &event : dataset().events) {
        if (!event.eraIds.isEmpty() || !event.date.from
            || (!categories.isEmpty() && !categories.contains(event.categoryId)))
            continue;
        const int year = event.date.from->first().year();
        if (year >= m_table.years.constFirst() && year <= m_table.years.constLast()) {
            if (marked.size() == max)
                return {};
            marked.append(&event);
        }
    }
    return marked;
}

} // namespace azkz
