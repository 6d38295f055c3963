// Maps a parsed JSON document onto Dataset, checking types, required members, both
// languages, dates, unique ids, cross references and trade totals.
#pragma once

#include "dataset.h"
#include "datasetloader.h"

#include <QJsonObject>

#include <optional>

namespace azkz {

// Returns the dataset when no problem was found; appends the problems otherwise (the first
// MaxProblems of them; the others are counted in omitted).
std::optional<Dataset> readDataset(const QJsonObject &root, QList<Problem> &problems, qsizetype &omitted);

} // namespace azkz
