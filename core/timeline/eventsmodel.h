// The timeline's events in chronological order: date (as precise as the source), title
// (marked where sources disagree), category, and whether the article or other sources give it.
#pragma once

#include "core/models/localizedtablemodel.h"

namespace azkz {

class EventsModel final : public LocalizedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsModel)
public:
    enum Column { Date, Title, Category, Origin, ColumnCount };

    EventsModel(SharedDataset dataset, Language language, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(dataset().events.size()); }
    int columns() const override { return ColumnCount; }
};

} // namespace azkz
