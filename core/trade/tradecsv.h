// The trade figures as CSV (UTF-8), one tidy table, header first, one figure a row: year,
// reporter, partner, flow, valuation, the value as its source printed it and its unit, the
// value in the unit asked and that unit, flag (estimate, provisional), source, its address
// and licence. Each reporter's flow in a year once: the figure the chart draws. Plain numbers;
// names in the language, column names and codes the same in every language.
#pragma once

#include "core/data/dataset.h"

#include <QByteArray>

namespace azkz {

class TradeModel;

// The article's table (its two series, in its unit).
QByteArray tradeCsv(const TradeModel &model, const Dataset &dataset);
// The source of the trade figures in the model's language: article, references, licence.
QString tradeSourceLine(const Dataset &dataset, Language language);

} // namespace azkz

namespace azkz {

struct TradeViewSettings;

// The figures a view draws on, in its years and unit: one side's, or both sides' for the
// mirror, turnover and balance views.
QByteArray tradeSeriesCsv(const SharedDataset &dataset, const TradeViewSettings &settings, Language language);

} // namespace azkz
