#include "core/missions/missionevents.h"

namespace azkz {

MissionEvents eventsOfMission(const Dataset &dataset, const QString &missionId, qsizetype max)
{
    MissionEvents events;
    for (qsizetype i = 0; i < dataset.events.size(); ++i) {
        if (!dataset.events.at(i).missionIds.contains(missionId))
            continue;
        if (events.first.size() < max) {
            events.first.append(int(i));
        } else if (events.more++ == 0) {
            events.next = int(i);
        }
    }
    return events;
}

} // namespace azkz
