// The timeline's events that concern a mission, in the timeline's order: the first few for its
// card, and how many more there are, for a link on into the timeline.
#pragma once

#include "core/data/dataset.h"

#include <QList>

namespace azkz {

struct MissionEvents {
    QList<int> first; // indices into dataset.events
    qsizetype more = 0; // further events of the mission
    int next = -1; // the first of those, -1 when none
};

// One pass over the events: a news-derived dataset can give a mission tens of thousands.
MissionEvents eventsOfMission(const Dataset &dataset, const QString &missionId, qsizetype max);

} // namespace azkz
