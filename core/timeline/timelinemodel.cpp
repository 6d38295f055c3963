#include "core/timeline/timelinemodel.h"

#include "core/models/roles.h"
#include "core/text/formatting.h"
#include "core/timeline/eventsmodel.h"

#include <numeric>

namespace azkz {

TimelineModel::TimelineModel(SharedDataset dataset, const EventsModel &events, QObject *parent)
    : QAbstractTableModel(parent), m_dataset(dataset), m_events(events)
{
    connect(&m_events, &QAbstractItemModel::dataChanged, this, &TimelineModel::refreshAll);
    connect(&m_events, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    QHash<QString, int> keys;
    m_groupOfEvent.reserve(dataset->events.size());
    for (const Event &event : dataset->events) {
        const QString key = groupKey(event);
        if (!keys.contains(key))
            keys.insert(key, int(keys.size()));
        m_groupOfEvent.append(keys.value(key));
    }
    QList<int> all(dataset->events.size());
    std::iota(all.begin(), all.end(), 0);
    setVisibleEvents(all);
}

QString TimelineModel::groupKey(const Event &event)
{
    if (!event.eraIds.isEmpty())
        return QStringLiteral("era:") + event.eraIds.join(QLatin1Char('+'));
    if (!event.date.from)
        return QStringLiteral("until:") + event.date.toString();
    if (event.date.from->precision == DatePrecision::Decade)
        return QStringLiteral("decade:%1").arg(event.date.from->year);
    return QString::number(event.date.from->year);
}

QString TimelineModel::groupLabel(int group) const
{
    const Event &first = m_dataset->events.at(m_rows.at(m_groupStarts.at(group)).event);
    const Language language = m_events.language();
    if (!first.eraIds.isEmpty() || !first.date.from)
        return formatEventDate(first, *m_dataset, language);
    if (first.date.from->precision == DatePrecision::Decade) {
        QString label = formatDate(*first.date.from, language); // "the 1990s" starts a heading: "The 1990s"
        label[0] = label.at(0).toUpper();
        return label;
    }
    return QString::number(first.date.from->year);
}

void TimelineModel::setVisibleEvents(const QList<int> &events)
{
    beginResetModel();
    m_visible = events;
    m_rows.clear();
    m_groupStarts.clear();
    m_groupSizes.clear();
    m_rowOfEvent.fill(-1, m_dataset->events.size());
    m_rows.reserve(events.size());
    int previousKey = -1;
    for (int event : events) {
        const int key = m_groupOfEvent.at(event);
        if (m_groupStarts.isEmpty() || key != previousKey) {
            m_groupStarts.append(int(m_rows.size()));
            m_groupSizes.append(0);
            previousKey = key;
        }
        m_rowOfEvent[event] = int(m_rows.size());
        m_rows.append({int(m_groupStarts.size() - 1), event});
        ++m_groupSizes.last();
    }
    endResetModel();
}

void TimelineModel::refreshAll()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int TimelineModel::eventAt(const QModelIndex &index) const
{
    return index.isValid() ? m_rows.at(index.row()).event : -1;
}

QModelIndex TimelineModel::indexOfEvent(int event, int column) const
{
    const int row = m_rowOfEvent.value(event, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_events.columnCount();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == GroupHeadingRole) {
        if (m_groupStarts.at(row.group) != index.row())
            return QString();
        return tr("%1 — %n event(s)", nullptr, m_groupSizes.at(row.group)).arg(groupLabel(row.group));
    }
    if (role == Qt::ToolTipRole) {
        // Whole, for a cell cut short with "…": the date, title and category, then the text.
        const auto cell = [&](int column) { return m_events.index(row.event, column).data().toString(); };
        return QStringLiteral("%1 · %2\n%3\n\n%4")
            .arg(cell(EventsModel::Date), cell(EventsModel::Category), cell(EventsModel::Title),
                m_events.index(row.event, 0).data(Qt::ToolTipRole).toString());
    }
    return m_events.index(row.event, index.column()).data(role);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_events.headerData(section, orientation, role);
}

} // namespace azkz
