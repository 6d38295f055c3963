// Timeline events as CSV: UTF-8, a comment line with the source, a header in the language,
// the date both as ISO 8601 (with its precision) and as written.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"

#include <QByteArray>

namespace azkz {

QByteArray eventsCsv(const Dataset &dataset, const QList<int> &events, Language language);

} // namespace azkz
