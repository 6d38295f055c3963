#include "timelinemodel.h"

#include "eventsmodel.h"
#include "formatting.h"
#include "roles.h"

#include <numeric>

namespace azkz {

namespace {
constexpr quintptr GroupId = 0; // a group row's internal id; an event row's is its group + 1
}

TimelineModel::TimelineModel(const Dataset &dataset, const EventsModel &events, QObject *parent)
    : QAbstractItemModel(parent), m_dataset(dataset), m_events(events)
{
    connect(&m_events, &QAbstractItemModel::dataChanged, this, &TimelineModel::refreshAll);
    connect(&m_events, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    QList<int> all(dataset.events.size());
    std::iota(all.begin(), all.end(), 0);
    setVisibleEvents(all);
}

QString TimelineModel::groupKey(const Event &event) const
{
    if (!event.eraIds.isEmpty())
        return QStringLiteral("era:") + event.eraIds.join(QLatin1Char('+'));
    if (!event.date.from)
        return QStringLiteral("until:") + event.date.toString();
    if (event.date.from->precision == DatePrecision::Decade)
        return QStringLiteral("decade:%1").arg(event.date.from->year);
    return QString::number(event.date.from->year);
}

QString TimelineModel::groupLabel(const Group &group) const
{
    const Event &first = m_dataset.events.at(group.events.first());
    const Language language = m_events.language();
    if (!first.eraIds.isEmpty() || !first.date.from)
        return formatEventDate(first, m_dataset, language);
    if (first.date.from->precision == DatePrecision::Decade)
        return formatDate(*first.date.from, language);
    return QString::number(first.date.from->year);
}

void TimelineModel::setVisibleEvents(const QList<int> &events)
{
    beginResetModel();
    m_visible = events;
    m_groups.clear();
    m_position.clear();
    for (int event : events) {
        const QString key = groupKey(m_dataset.events.at(event));
        if (m_groups.isEmpty() || m_groups.constLast().key != key)
            m_groups.append({key, {}});
        m_position.insert(event, {int(m_groups.size() - 1), int(m_groups.last().events.size())});
        m_groups.last().events.append(event);
    }
    endResetModel();
}

void TimelineModel::refreshAll()
{
    if (m_groups.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, columnCount() - 1));
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        emit dataChanged(index(0, 0, group), index(rowCount(group) - 1, columnCount() - 1, group));
    }
}

int TimelineModel::eventAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return -1;
    return m_groups.at(int(index.internalId() - 1)).events.at(index.row());
}

QModelIndex TimelineModel::indexOfEvent(int event, int column) const
{
    const auto it = m_position.constFind(event);
    if (it == m_position.constEnd())
        return {};
    return createIndex(it->second, column, quintptr(it->first + 1));
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : GroupId);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).events.size());
    return 0;
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return m_events.columnCount();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const Group &group = m_groups.at(index.row());
        if (index.column() == 0 && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
            return groupLabel(group);
        if (index.column() == 1 && role == Qt::DisplayRole)
            return tr("%n event(s)", nullptr, int(group.events.size()));
        return {};
    }
    return m_events.index(eventAt(index), index.column()).data(role);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_events.headerData(section, orientation, role);
}

} // namespace azkz
