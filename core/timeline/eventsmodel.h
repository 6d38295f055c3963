// The timeline's events in chronological order: date (as precise as the source), title
// (marked where sources disagree), category, and whether the article or other sources give it.
#pragma once

#include "core/models/localizedtablemodel.h"
#include "core/text/citation.h"
#include "core/timeline/yearextent.h"

#include <QHash>

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

    // The event of a row: the rows are the dataset's events, in order.
    const Event &event(int row) const { return dataset().events.at(row); }
    // The row of the event with this id; -1 when there is none.
    int rowOf(const QString &id) const;
    // The dataset's categories in order; an event's category's index among them is its
    // colour on the axis and in the filter bar (the number of categories for an unknown one).
    const QList<azkz::Category> &categories() const { return dataset().categories; }
    int categoryIndex(int row) const { return m_categoryIndex.at(row); }
    // The periods the article dates events by, in order.
    const QList<Era> &eras() const { return dataset().eras; }
    // The years the events span; nothing when none has a date.
    std::optional<YearExtent> years() const { return yearExtent(dataset().events); }
    // The other dates sources claim for an event whose date they disagree on (their starts);
    // empty when they agree.
    QList<DatePoint> otherClaimedDates(int row) const;
    // The missions an event concerns, each id with its name in the model's language.
    QList<std::pair<QString, QString>> missions(int row) const;
    // Every version where sources disagree on the event, with their sources, as rich text;
    // empty when they agree.
    QString disputeHtml(int row, const HtmlEscape &escape = {}) const;
    // The event's sources as rich text, each linked to its address.
    QString sourcesHtml(int row) const;

protected:
    int rows() const override { return int(dataset().events.size()); }
    int columns() const override { return ColumnCount; }

private:
    QList<int> m_categoryIndex; // each event's, computed once
};

} // namespace azkz
