#include "eventfilter.h"

#include "searchtext.h"

#include <limits>

namespace azkz {

EventFilter::EventFilter(const Dataset &dataset, Language language) : m_dataset(dataset), m_language(language)
{
    setLanguage(language);
}

void EventFilter::setLanguage(Language language)
{
    m_language = language;
    m_folded.clear();
    m_folded.reserve(m_dataset.events.size());
    for (const Event &event : m_dataset.events)
        m_folded.append(foldForSearch(event.title.in(language) + QLatin1Char('\n') + event.text.in(language)));
}

std::pair<int, int> EventFilter::yearSpan(const Event &event)
{
    return {event.date.from ? event.date.from->first().year() : std::numeric_limits<int>::min(),
        event.date.to ? event.date.to->last().year() : std::numeric_limits<int>::max()};
}

QList<int> EventFilter::matching(const EventQuery &query) const
{
    const QString needle = foldForSearch(query.text.trimmed());
    QList<int> result;
    for (qsizetype i = 0; i < m_dataset.events.size(); ++i) {
        const Event &event = m_dataset.events.at(i);
        if (query.hiddenCategories.contains(event.categoryId))
            continue;
        const auto [first, last] = yearSpan(event);
        if ((query.fromYear && last < *query.fromYear) || (query.toYear && first > *query.toYear))
            continue;
        if (!needle.isEmpty() && !m_folded.at(i).contains(needle))
            continue;
        result.append(int(i));
    }
    return result;
}

} // namespace azkz
