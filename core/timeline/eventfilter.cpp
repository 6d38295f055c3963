#include "core/timeline/eventfilter.h"

#include "core/models/roles.h"
#include "core/text/searchtext.h"

#include <QStringMatcher>

#include <limits>
#include <numeric>

namespace azkz {

EventFilter::EventFilter(SharedDataset dataset, const QAbstractItemModel &events, Language language)
    : m_dataset(dataset), m_events(events), m_language(language)
{
    Q_ASSERT(events.rowCount() == dataset->events.size());
    m_years.reserve(dataset->events.size());
    for (const Event &event : dataset->events)
        m_years.append(yearSpan(event));
    fold();
}

void EventFilter::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    fold();
}

void EventFilter::fold()
{
    m_lastQuery.reset();
    m_folded.clear();
    m_folded.reserve(m_events.rowCount());
    for (int row = 0; row < m_events.rowCount(); ++row)
        m_folded.append(foldForSearch(m_events.index(row, 0).data(SearchTextRole).toString()));
}

std::pair<int, int> EventFilter::yearSpan(const Event &event)
{
    return {event.date.from ? event.date.from->first().year() : std::numeric_limits<int>::min(),
        event.date.to ? event.date.to->last().year() : std::numeric_limits<int>::max()};
}

QList<int> EventFilter::matching(const EventQuery &query)
{
    const QString needle = foldForSearch(query.text.trimmed());
    // Typing one more letter can only narrow the result: scan the previous hits only.
    bool narrowing = false;
    if (m_lastQuery) {
        EventQuery previous = *m_lastQuery;
        previous.text = query.text;
        narrowing = previous == query && !m_lastQuery->text.isEmpty() && needle.startsWith(m_lastQuery->text);
    }
    QList<int> candidates;
    if (!narrowing) {
        candidates.resize(m_dataset->events.size());
        std::iota(candidates.begin(), candidates.end(), 0);
    }
    const QList<int> &scan = narrowing ? m_lastResult : candidates;
    const QStringMatcher matcher(needle); // the needle's skip table, made once a keystroke
    const bool byCategory = !query.hiddenCategories.isEmpty();
    QList<int> result;
    result.reserve(scan.size());
    for (const int i : scan) {
        const Event &event = m_dataset->events.at(i);
        if ((byCategory && query.hiddenCategories.contains(event.categoryId))
            || (query.articleOnly && !event.fromArticle))
            continue;
        const auto [first, last] = m_years.at(i);
        if ((query.fromYear && last < *query.fromYear) || (query.toYear && first > *query.toYear))
            continue;
        // A needle of one or two letters is found fastest by QString's character scan and
        // rolling hash; a longer one by the matcher's skip table.
        if (needle.size() <= 2 ? !m_folded.at(i).contains(needle) : matcher.indexIn(m_folded.at(i)) < 0)
            continue;
        result.append(i);
    }
    m_lastQuery = query;
    m_lastQuery->text = needle;
    m_lastResult = result;
    return result;
}

} // namespace azkz
