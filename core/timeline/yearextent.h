// The years a set of events spans, for the year boxes of the filter bar and the axis of the
// timeline's export: the first and the last year any of their dates touches (an open end
// counts the year its other end gives). Events dated by eras only have no years.
#pragma once

#include "core/data/dataset.h"

#include <optional>

namespace azkz {

struct YearExtent {
    friend bool operator==(const YearExtent &, const YearExtent &) = default;
    int first;
    int last; // inclusive
};

// Of every event; nothing when none has a date.
std::optional<YearExtent> yearExtent(const QList<Event> &events);
// Of the events at these indices.
std::optional<YearExtent> yearExtent(const QList<Event> &events, const QList<int> &indices);

} // namespace azkz
