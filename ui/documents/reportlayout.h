// Paper layout for long documents (the briefing PDF, the timeline on paper): the document
// laid out on the page's body, with a running header (the title) and footer ("page N of M"),
// and the pagination rules of a printed publication applied before it is drawn:
// - a table row is never split across pages (unless it is taller than a page): a long table
//   is split where a page ends, each part under the table's header rows;
// - a heading is never the last thing on a page;
// - a heading followed by a short table (a mission's block) stays with all of it;
// - a paragraph over a page's end is split there, two lines at least on each side (or it
//   moves whole), so that no line is drawn, or in a PDF's text, twice.
#pragma once

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace azkz {

class ExportProgress;

// What a long document (the report, the timeline) can hold and still be written in a few
// seconds (its layout takes about 20 ms a page): about 150 pages of timeline.
inline constexpr qsizetype MaxReportEvents = 2000;
inline constexpr qsizetype MaxReportCharacters = 400000;

// The text's size on paper, in points: one scale for the whole document.
struct TypeScale {
    static constexpr qreal Body = 10;
    static constexpr qreal Note = 8.5;
    static constexpr qreal Heading3 = 11.5;
    static constexpr qreal Heading2 = 14;
    static constexpr qreal Title = 20;
};

// The style sheet giving HTML documents the type scale (set before setHtml).
QString typeScaleStyleSheet();

// An empty long document: the export font at the body's size (no ligatures: "fi" stays two
// letters in a PDF's text), the type scale's style sheet, and no margin around the text, as
// printDocument() lays it out (a margin changed there would lay the whole document out once
// more at the old width: 28 ms of the briefing's 260).
std::unique_ptr<QTextDocument> newLongDocument();

// Lays document out on device's pages (its page layout: size and margins) under a running
// header with runningTitle and a footer "page N of M", and draws every page, light on
// white. The document's layout is set to the device. Returns false when painting fails.
// progress, if given, hears of each page laid out and written, and can stop the printing
// (false is then returned).
[[nodiscard]] bool printDocument(QTextDocument &document, QPagedPaintDevice &device, const QString &runningTitle,
    ExportProgress *progress = nullptr);

// Applies the pagination rules to a document already laid out with a page size (exposed for
// the tests and for documents drawn elsewhere). False when progress asked to stop.
bool applyPaginationRules(QTextDocument &document, ExportProgress *progress = nullptr);

} // namespace azkz
