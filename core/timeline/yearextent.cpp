#include "core/timeline/yearextent.h"

#include <algorithm>

namespace azkz {

namespace {
void widen(std::optional<YearExtent> &extent, const Event &event)
{
    for (const std::optional<DatePoint> &point : {event.date.from, event.date.to}) {
        if (!point)
            continue;
        // QDate has no year 0: such a point counts by its year alone.
        const QDate from = point->first(), to = point->last();
        const int first = from.isValid() ? from.year() : point->year;
        const int last = to.isValid() ? to.year() : point->year;
        if (!extent)
            extent = YearExtent{first, last};
        extent->first = std::min(extent->first, first);
        extent->last = std::max(extent->last, last);
    }
}
} // namespace

std::optional<YearExtent> yearExtent(const QList<Event> &events)
{
    std::optional<YearExtent> extent;
    for (const Event &event : events)
        widen(extent, event);
    return extent;
}

std::optional<YearExtent> yearExtent(const QList<Event> &events, const QList<int> &indices)
{
    std::optional<YearExtent> extent;
    for (int index : indices)
        widen(extent, events.at(index));
    return extent;
}

} // namespace azkz
