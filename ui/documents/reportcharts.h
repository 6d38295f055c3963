// The trade charts of the briefing PDF: placeholders in its HTML, replaced by objects the
// document's painter draws as vectors, at the text's width.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"

class QTextDocument;

namespace azkz {

// Where the article's trade chart goes.
QString tradeChartPlaceholder();
// The long series' views, each with a figure (a side that reports nothing gets no empty chart):
// the valuation once, then each view's placeholder over its note.
QString longSeriesSection(const SharedDataset &dataset, Language language);
// Replaces the placeholders of the document (made from HTML with them) with the charts.
void placeReportCharts(QTextDocument &document, const SharedDataset &dataset, Language language);

} // namespace azkz
