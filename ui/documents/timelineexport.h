// The timeline as a picture and on paper: the time axis with its eras and the events shown,
// and the list of those events (date, title and text, references), in one language, as PDF
// (vectors, paginated like the briefing report), SVG or PNG, or printed.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "core/io/exportformat.h"
#include "ui/documents/exportresult.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace azkz {

class ExportProgress;

// The timeline table's HTML (a <thead> header row, one row an event) for these events,
// indices into dataset.events; shared with the briefing report.
QString timelineTableHtml(const SharedDataset &dataset, Language language, const QList<int> &events);

// The document: title, sources, the axis (drawn as vectors by whatever paints it) and, unless
// it is only the picture (a PNG's), the table of events. It refers to dataset, which must
// outlive it.
enum class TimelineContent { PictureAndList, Picture };
std::unique_ptr<QTextDocument> buildTimelineDocument(const SharedDataset &dataset, Language language,
    const QList<int> &events, TimelineContent content = TimelineContent::PictureAndList);

// All the dataset's events, in order.
QList<int> allEvents(const SharedDataset &dataset);

// Writes the file atomically; too many events for the format is refused (TooLarge), never
// truncated. progress, if given, hears of each page of a PDF and can stop it (Cancelled,
// nothing written).
ExportResult exportTimeline(const SharedDataset &dataset, Language language, const QList<int> &events,
    const QString &path, ExportFormat format, ExportProgress *progress = nullptr);
// Why these events are too many, or (with their list) their text too long, for a timeline
// document (empty when they are not): said before anything is laid out, for an export and for
// printing alike.
QString timelineTooLarge(const SharedDataset &dataset, Language language, const QList<int> &events,
    TimelineContent content = TimelineContent::PictureAndList);
// The same pages as the PDF, onto a printer. False when painting failed.
[[nodiscard]] bool printTimeline(
    QPagedPaintDevice &device, const SharedDataset &dataset, Language language, const QList<int> &events);

} // namespace azkz
