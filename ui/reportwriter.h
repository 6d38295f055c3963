// The briefing PDF: overview, key facts, missions, timeline and the trade chart with its
// table, with sources and licence, in one language, paginated with page numbers.
#pragma once

#include "dataset.h"
#include "language.h"

#include <QString>

class QTextDocument;

namespace azkz {

// The report as a document, read from the same models the window shows. The caller owns it.
QTextDocument *buildReport(const Dataset &dataset, Language language);
// Writes the report atomically. Returns an empty string on success, else what went wrong.
QString exportReport(const Dataset &dataset, Language language, const QString &path);

} // namespace azkz
