// The timeline's events grouped under their year, decade or period: a two-level tree over
// the events model, showing the events a filter keeps.
#pragma once

#include "dataset.h"

#include <QAbstractItemModel>

namespace azkz {

class EventsModel;

class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    // events supplies every cell of an event row; its language is the model's.
    TimelineModel(const Dataset &dataset, const EventsModel &events, QObject *parent = nullptr);

    // Shows these events (indices into dataset.events, in order), grouped.
    void setVisibleEvents(const QList<int> &events);
    const QList<int> &visibleEvents() const { return m_visible; }
    // The row of dataset.events behind an index; -1 for a group row.
    int eventAt(const QModelIndex &index) const;
    QModelIndex indexOfEvent(int event, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString key;
        QList<int> events;
    };
    QString groupKey(const Event &event) const;
    QString groupLabel(const Group &group) const;
    void refreshAll();

    const Dataset &m_dataset;
    const EventsModel &m_events;
    QList<int> m_visible;
    QList<Group> m_groups;
    QHash<int, std::pair<int, int>> m_position; // event -> (group, row in group)
};

} // namespace azkz
