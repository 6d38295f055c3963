#include "core/sources/sourcesmodel.h"

#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/citationcopy.h"
#include "core/text/formatting.h"

#include <QSet>

namespace azkz {

SourcesModel::SourcesModel(SharedDataset dataset, Language language, QObject *parent)
    : LocalizedTableModel(dataset, language, parent)
{ }

QString SourcesModel::kindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Article:
        return tr("Article");
    case SourceKind::Statistics:
        return tr("Statistics");
    case SourceKind::Official:
        return tr("Official");
    case SourceKind::News:
        return tr("News");
    case SourceKind::Legal:
        return tr("Legal text");
    }
    return {};
}

const QList<QList<SourceUse>> &SourcesModel::cachedUses() const
{
    if (m_usesLanguage != language()) {
        m_uses = buildUses();
        m_usesLanguage = language();
    }
    return m_uses;
}

QList<QList<SourceUse>> SourcesModel::buildUses() const
{
    const Dataset &d = dataset();
    QList<QList<SourceUse>> uses(d.sources.size());
    QHash<QString, int> rowOf;
    for (int row = 0; row < int(d.sources.size()); ++row)
        rowOf.insert(d.sources.at(row).id, row);
    const int articleRow = rowOf.value(QStringLiteral("article"), -1);
    const auto note = [&](Tab tab, const QString &id, const QString &label, const Citations &cites) {
        QSet<int> rows;
        if (cites.article && articleRow >= 0 && !rows.contains(articleRow)) {
            References refs = cites.refs;
            std::sort(refs.begin(), refs.end());
            uses[articleRow].append({tab, id, QStringLiteral("%1 %2").arg(label, formatReferences(refs)).trimmed()});
            rows.insert(articleRow);
        }
        for (const QString &sourceId : cites.sourceIds) {
            const int row = rowOf.value(sourceId, -1);
            if (row >= 0 && !rows.contains(row)) {
                uses[row].append({tab, id, label});
                rows.insert(row);
            }
        }
    };
    const auto cited = [](const References &refs, const QStringList &ids, const std::optional<Dispute> &dispute,
                           bool fromArticle = false) {
        return Citations::of({{}, fromArticle, refs, ids, dispute}); // the article's with or without a number
    };

    note(Tab::Overview, QStringLiteral("established"),
        tr("Diplomatic relations established: %1").arg(formatDate(d.established.date, language())),
        cited(d.established.refs, d.established.sourceIds, d.established.dispute));
    for (const Fact &fact : d.facts)
        note(
            Tab::Overview, fact.id, text(fact.label), cited(fact.refs, fact.sourceIds, fact.dispute, fact.fromArticle));
    for (const Section &section : d.sections) {
        Citations cites;
        for (const Paragraph &paragraph : section.paragraphs)
            cites.add(paragraph.refs, {});
        note(Tab::Overview, section.id, tr("The article's text: %1").arg(text(section.title)), cites);
    }
    for (const Mission &mission : d.missions) {
        const auto dated = [&](const std::optional<DatedFact> &fact, const QString &what) {
            if (fact) {
                note(Tab::Missions, mission.id,
                    tr("%1 — %2: %3").arg(text(mission.name), what, formatDate(fact->date, language())),
                    cited(fact->refs, fact->sourceIds, fact->dispute));
            }
        };
        dated(mission.established, tr("established"));
        dated(mission.opened, tr("opened"));
        for (const MissionHead &head : mission.heads) {
            note(Tab::Missions, mission.id, tr("%1 — %2").arg(text(mission.name), headOfMission(head, d, language())),
                cited(head.refs, head.sourceIds, std::nullopt, head.fromArticle));
        }
    }
    for (const City &city : d.cities) {
        if (city.location)
            note(Tab::Missions, QString(), tr("%1: its place on the map").arg(text(city.name)),
                cited({}, {city.location->source}, std::nullopt));
    }
    for (const Event &event : d.events) {
        note(Tab::Timeline, event.id, tr("%1: %2").arg(formatEventDate(event, d, language()), text(event.title)),
            cited(event.refs, event.sourceIds, event.dispute, event.fromArticle));
    }
    for (const TradeYear &year : d.trade.years)
        note(Tab::Trade, QString::number(year.year), tr("Trade in %1").arg(year.year),
            cited(year.refs, {}, std::nullopt));
    for (const TradeSeries &series : d.trade.series) {
        if (series.sourceId == QLatin1String("article") || series.values.isEmpty())
            continue; // the article's table, cited year by year above
        const Country *reporter = d.country(series.reporter);
        const int first = series.values.constFirst().year, last = series.values.constLast().year;
        note(Tab::Trade, QStringLiteral("series:") + series.reporter, // the view of that side's figures
            tr("%1 as %2 reports them, %3")
                .arg(series.flow == TradeFlow::Exports ? tr("Exports") : tr("Imports"),
                    reporter ? text(reporter->name) : series.reporter, formatYears(first, last)),
            cited({}, {series.sourceId}, std::nullopt));
    }
    return uses;
}

QVariant SourcesModel::display(const SourceEntry &source, int row, int column) const
{
    switch (column) {
    case Publisher:
        return text(source.publisher);
    case Title:
        return source.title ? text(*source.title) : QVariant();
    case Published:
        return source.published ? formatDate(*source.published, language()) : QVariant();
    case Kind:
        return kindName(source.kind);
    case SourceLanguage:
        return source.language;
    case Licence:
        return text(source.licence);
    case Uses:
        return localeFor(language()).toString(cachedUses().at(row).size());
    }
    return {};
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SourceEntry &source = dataset().sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(source, index.row(), index.column());
    case Qt::ToolTipRole: // the source whole, as a reference list gives it: a cell is often cut
    case DetailRole: {
        QStringList parts = {text(source.publisher)};
        if (source.title)
            parts.append(QStringLiteral("“%1”").arg(text(*source.title)));
        if (source.published)
            parts.append(formatDate(*source.published, language()));
        const QString address = source.id == QLatin1String("article") ? dataset().source.address : source.address;
        if (!address.isEmpty())
            parts.append(printableAddress(address));
        if (!source.licence.isEmpty())
            parts.append(text(source.licence));
        return parts.join(QStringLiteral(". "));
    }
    case SortRole:
        if (index.column() == Published)
            return source.published ? QVariant(source.published->first()) : QVariant();
        if (index.column() == Uses)
            return int(cachedUses().at(index.row()).size());
        return display(source, index.row(), index.column());
    case SearchTextRole: // what the dialog's filter looks in: every column and the address
        return QStringList{text(source.publisher), source.title ? text(*source.title) : QString(),
            display(source, index.row(), Published).toString(), kindName(source.kind), source.language,
            text(source.licence), source.address}
            .join(QLatin1Char('\n'));
    case IdRole:
        return source.id;
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Publisher:
        return tr("Publisher");
    case Title:
        return tr("Title");
    case Published:
        return tr("Published");
    case Kind:
        return tr("Kind");
    case SourceLanguage:
        return tr("Language");
    case Licence:
        return tr("Licence");
    case Uses:
        return tr("Statements");
    }
    return {};
}

} // namespace azkz
