// The briefing PDF: a title block, the overview, key facts, missions, timeline and the trade
// chart (as vectors) with its table, and the sources, in one language, paginated like a
// printed publication (see reportlayout.h).
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "ui/documents/exportresult.h"
#include "ui/documents/reportlayout.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace azkz {

class ExportProgress;

// The report as a document, read from the same models the window shows. The chart in it
// refers to dataset, which must outlive the document.
std::unique_ptr<QTextDocument> buildReport(const SharedDataset &dataset, Language language);

// The Diplomatic missions tab printed: its title, then each mission as in the report.
std::unique_ptr<QTextDocument> buildMissionsDocument(const SharedDataset &dataset, Language language);

// Writes the report atomically. A dataset beyond the limits of reportlayout.h is refused (TooLarge), never
// written as a truncated report. progress, if given, hears of each page and can stop the
// export (Cancelled, nothing written).
ExportResult exportReport(
    const SharedDataset &dataset, Language language, const QString &path, ExportProgress *progress = nullptr);

} // namespace azkz
