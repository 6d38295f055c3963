// Which events a timeline shows: by category, by a range of years, and by a search over the
// titles and texts of one language that ignores case and diacritics. The folded texts are
// made once a language, so that a keystroke costs one pass over them.
#pragma once

#include "dataset.h"
#include "language.h"

#include <QSet>

#include <optional>

namespace azkz {

struct EventQuery {
    friend bool operator==(const EventQuery &, const EventQuery &) = default;
    QString text; // empty: any
    QSet<QString> hiddenCategories; // the categories left out
    std::optional<int> fromYear; // inclusive
    std::optional<int> toYear; // inclusive
};

class EventFilter final
{
public:
    EventFilter(const Dataset &dataset, Language language);
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Indices into dataset.events, in order, of the events the query keeps. A query that only
    // lengthens the previous search text scans the previous result, not every event.
    QList<int> matching(const EventQuery &query);
    // The years an event covers, for the range filter; open ends are unbounded.
    static std::pair<int, int> yearSpan(const Event &event);

private:
    const Dataset &m_dataset;
    Language m_language;
    QStringList m_folded; // title and text of each event, folded, in m_language
    QList<std::pair<int, int>> m_years; // each event's year span, computed once
    std::optional<EventQuery> m_lastQuery; // with its folded text, for narrowing
    QList<int> m_lastResult;
};

} // namespace azkz
