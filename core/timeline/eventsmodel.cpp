#include "core/timeline/eventsmodel.h"

#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/citationcopy.h"
#include "core/text/formatting.h"

#include <algorithm>

namespace azkz {

EventsModel::EventsModel(SharedDataset dataset, Language language, QObject *parent)
    : LocalizedTableModel(dataset, language, parent)
{
    QHash<QString, int> categoryIndex;
    for (const azkz::Category &category : dataset->categories)
        categoryIndex.insert(category.id, int(categoryIndex.size()));
    m_categoryIndex.reserve(dataset->events.size());
    for (const Event &event : dataset->events)
        m_categoryIndex.append(categoryIndex.value(event.categoryId, int(dataset->categories.size())));
}

int EventsModel::rowOf(const QString &id) const
{
    const QList<Event> &events = dataset().events;
    const auto it = std::find_if(events.cbegin(), events.cend(), [&id](const Event &e) { return e.id == id; });
    return it == events.cend() ? -1 : int(it - events.cbegin());
}

QList<DatePoint> EventsModel::otherClaimedDates(int row) const
{
    const Event &e = event(row);
    QList<DatePoint> dates;
    if (!e.dispute || !e.dispute->aboutDates())
        return dates;
    const QString placed = e.date.toString();
    for (const Claim &claim : e.dispute->claims) {
        if (claim.date && claim.date->from && claim.date->toString() != placed)
            dates.append(*claim.date->from);
    }
    return dates;
}

QList<std::pair<QString, QString>> EventsModel::missions(int row) const
{
    QList<std::pair<QString, QString>> missions;
    for (const QString &id : event(row).missionIds) {
        if (const Mission *mission = dataset().mission(id))
            missions.append({id, text(mission->name)});
    }
    return missions;
}

QString EventsModel::disputeHtml(int row, const HtmlEscape &escape) const
{
    const Event &e = event(row);
    return e.dispute ? azkz::disputeHtml(*e.dispute, dataset(), language(), escape) : QString();
}

QString EventsModel::sourcesHtml(int row) const
{
    const Event &e = event(row);
    return citationHtml(e.fromArticle, e.refs, e.sourceIds, dataset(), language());
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Event &e = dataset().events.at(index.row());
    switch (role) {
    case CitationRole:
        return citationFormats(
            {QStringLiteral("%1: %2. %3").arg(formatEventDate(e, dataset(), language()), text(e.title), text(e.text)),
                e.fromArticle, e.refs, e.sourceIds, e.dispute},
            dataset(), language());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Date:
            return formatEventDate(e, dataset(), language());
        case Title:
            return e.dispute ? disputeMarker() + QLatin1Char(' ') + text(e.title) : text(e.title);
        case Category:
            if (const azkz::Category *c = dataset().category(e.categoryId))
                return text(c->name);
            return e.categoryId;
        case Origin:
            return e.fromArticle ? tr("Article") : tr("Other sources");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Origin)
            return citationText(e.fromArticle, e.refs, e.sourceIds, dataset(), language());
        return e.dispute ? text(e.text) + QLatin1Char('\n') + disputeText(*e.dispute, dataset(), language())
                         : text(e.text);
    case SortRole:
        return index.column() == Date ? QVariant(e.date.sortKey()) : data(index, Qt::DisplayRole);
    case IdRole:
        return e.id;
    case DetailRole:
        return text(e.text);
    case PeopleRole: {
        QStringList names;
        for (const QString &id : e.personIds) {
            if (const Person *person = dataset().person(id))
                names.append(text(person->name));
        }
        return names;
    }
    case SearchTextRole: {
        QString search = text(e.title) + QLatin1Char('\n') + text(e.text);
        if (e.dispute) // found by every version, each date among them
            search += QLatin1Char('\n') + disputeText(*e.dispute, dataset(), language());
        return search;
    }
    case ReferencesRole:
        return QVariant::fromValue(e.refs);
    case DisputeRole:
        return e.dispute ? disputeText(*e.dispute, dataset(), language()) : QString();
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the title, for a section too narrow for it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Event");
    case Category:
        return tr("Category");
    case Origin:
        return tr("Source");
    }
    return {};
}

} // namespace azkz
