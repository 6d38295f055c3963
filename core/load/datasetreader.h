// Maps a parsed JSON document onto Dataset, checking types, required members, both
// languages, dates, unique ids, cross references and trade totals.
#pragma once

#include "core/data/dataset.h"
#include "core/load/datasetloader.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace azkz {

// The elements of the top-level "events" array when they are parsed one at a time, rather
// than with the whole document (a large file's events would take most of its memory): how
// many there are (at most MaxEvents) and the i-th, parsed when asked for.
struct EventElements {
    qsizetype count = 0;
    std::function<QJsonValue(qsizetype)> at;
};

// Returns the dataset when no problem was found; appends the problems otherwise (the first
// MaxProblems of them; the others are counted in omitted). With events, root's "events" is
// an empty array standing for them.
std::optional<Dataset> readDataset(
    const QJsonObject &root, QList<Problem> &problems, qsizetype &omitted, const EventElements *events = nullptr);

} // namespace azkz
