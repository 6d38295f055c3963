// The text of the Diplomatic missions tab's card: the selected mission's row as the table
// shows it, with references; the dates as other sources give them and every version where
// sources disagree; the heads of mission; and its events in the timeline (the first few, then
// a link on into the timeline), each a link.
#pragma once

#include "core/data/language.h"

#include <QString>

class QAbstractItemModel;

namespace azkz {

struct Dataset;
struct Mission;

// row: the mission's row of the table's model (its headers and cells as shown).
QString missionCardHtml(
    const Dataset &dataset, const Mission &mission, const QAbstractItemModel &table, int row, Language language);

} // namespace azkz
