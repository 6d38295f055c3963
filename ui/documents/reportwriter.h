// The briefing PDF: a title block, the overview, key facts, missions, timeline and the trade
// chart (as vectors) with its table, and the sources, in one language, paginated like a
// printed publication (see reportlayout.h).
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"
#include "ui/documents/exportresult.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace azkz {

// The report as a document, read from the same models the window shows. The chart in it
// refers to dataset, which must outlive the document.
std::unique_ptr<QTextDocument> buildReport(const Dataset &dataset, Language language);
// What the report can hold and still be written in a few seconds (its layout takes about 20 ms
// a page): about 150 pages of timeline.
inline constexpr qsizetype MaxReportEvents = 2000;
inline constexpr qsizetype MaxReportCharacters = 400000;

// Writes the report atomically. A dataset beyond the limits above is refused (TooLarge), never
// written as a truncated report.
ExportResult exportReport(const Dataset &dataset, Language language, const QString &path);

} // namespace azkz
