// The timeline's events in order, one row each, grouped by year, decade or period: a flat
// table over the events model, showing the events a filter keeps. A group's first row carries
// the group's heading, which the view draws above it: a heading of its own row was a row with
// three empty cells to a screen reader, and a count of rows that was not the count of events.
// Flat, so that a view stays quick with 100,000 rows (a tree view lays out every expanded row).
#pragma once

#include "core/data/dataset.h"

#include <QAbstractTableModel>

namespace azkz {

class EventsModel;

class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    // events supplies every cell of an event row; its language is the model's.
    TimelineModel(SharedDataset dataset, const EventsModel &events, QObject *parent = nullptr);

    // Shows these events (indices into dataset.events, in order), grouped.
    void setVisibleEvents(const QList<int> &events);
    const QList<int> &visibleEvents() const { return m_visible; }
    // The row of dataset.events behind an index; -1 for none.
    int eventAt(const QModelIndex &index) const;
    QModelIndex indexOfEvent(int event, int column = 0) const;
    // The first row of each group, for views that draw its heading above it.
    const QList<int> &groupStartRows() const { return m_groupStarts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int group;
        int event;
    };
    static QString groupKey(const Event &event);
    QString groupLabel(int group) const;
    void refreshAll();

    SharedDataset m_dataset; // shared with the other pages and models
    const EventsModel &m_events;
    QList<int> m_visible;
    QList<Row> m_rows;
    QList<int> m_groupStarts; // the first row of each group
    QList<int> m_groupSizes;
    QList<int> m_groupOfEvent; // each dataset event's group key, as a number, computed once
    QList<int> m_rowOfEvent; // each dataset event's row; -1 when it is not shown
};

} // namespace azkz
