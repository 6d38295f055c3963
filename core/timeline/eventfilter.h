// Which events a timeline shows: by category, by a range of years, and by a search over the
// events model's SearchTextRole (titles and texts of its language) that ignores case and
// diacritics. The folded texts are made once a language, so that a keystroke costs one pass
// over them.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"

#include <QAbstractItemModel>
#include <QSet>

#include <optional>

namespace azkz {

struct EventQuery {
    friend bool operator==(const EventQuery &, const EventQuery &) = default;
    QString text; // empty: any
    QSet<QString> hiddenCategories; // the categories left out
    std::optional<int> fromYear; // inclusive
    std::optional<int> toYear; // inclusive
    bool articleOnly = false; // leave out the events only other sources give
};

class EventFilter final
{
public:
    // events: a model with a row for each of dataset.events, in order (an EventsModel), in
    // the language given.
    EventFilter(SharedDataset dataset, const QAbstractItemModel &events, Language language);
    // Folds the model's texts again after its language changed (nothing when it did not).
    void setLanguage(Language language);
    // Indices into dataset.events, in order, of the events the query keeps. A query that only
    // lengthens the previous search text scans the previous result, not every event.
    QList<int> matching(const EventQuery &query);
    // The years an event covers, for the range filter; open ends are unbounded.
    static std::pair<int, int> yearSpan(const Event &event);

private:
    void fold();

    SharedDataset m_dataset; // shared with the other pages and models
    const QAbstractItemModel &m_events;
    Language m_language; // of m_folded
    QStringList m_folded; // title and text of each event, folded, in m_language
    QList<std::pair<int, int>> m_years; // each event's year span, computed once
    std::optional<EventQuery> m_lastQuery; // with its folded text, for narrowing
    QList<int> m_lastResult;
};

} // namespace azkz
