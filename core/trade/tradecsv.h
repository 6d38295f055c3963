// The trade table as CSV: UTF-8, a comment line with the source, a header naming each
// column and the unit in the model's language, and plain machine-readable numbers.
#pragma once

#include "core/data/dataset.h"

#include <QByteArray>

namespace azkz {

class TradeModel;

QByteArray tradeCsv(const TradeModel &model, const Dataset &dataset);
// The source of the trade figures in the model's language: article, references, licence.
QString tradeSourceLine(const Dataset &dataset, Language language);

} // namespace azkz

namespace azkz {

struct TradeViewSettings;

// Every trade figure in the view's year range in long (tidy) form, one line a figure:
// year, reporter, partner, flow, valuation, value (as the source printed it), unit, flag,
// source; then, after a comment line, the current view as a wide table in the chosen unit.
QByteArray tradeSeriesCsv(const SharedDataset &dataset, const TradeViewSettings &settings, Language language);

} // namespace azkz
