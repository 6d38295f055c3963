// Dates and amounts written the way each language writes them.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"
#include "core/data/partialdate.h"

#include <QString>

namespace azkz {

// The suffix Azerbaijani attaches to a number used as an ordinal: 1992-ci, 1993-cü, 2016-cı, 1930-cu.
QString azerbaijaniOrdinalSuffix(int number);

// "30 avqust 1992" / "30 August 1992"; "1990-cı illər" / "the 1990s"; a year as is.
QString formatDate(const DatePoint &date, Language language);
// Points as above; spans "1922 – 1991", "1990-cı illərdən" / "since the 1990s", "until 1917".
QString formatDate(const DateSpec &date, Language language);
// As formatDate, but an event dated by period is named by its eras ("Sovet dövrü").
QString formatEventDate(const Event &event, const Dataset &dataset, Language language);

// Two decimals, grouped: "25.919,70" / "25,919.70". A figure below 0.1 keeps two significant digits
// (15 thousand in millions is "0.015", not "0.02"), up to six decimals.
QString formatAmount(double value, Language language);
// The same with no trailing zeros after the decimal mark, as a total is printed ("598,468.6",
// "529.3"): a sum of figures printed to one decimal does not gain a second.
QString formatTotal(double value, Language language);
QString formatReferences(const References &refs); // "[4] [2]"
// "1992–2020", or "2023" when both ends are the same year; in either order.
QString formatYears(int first, int last);
// "Source article, reference [7]" or "Source article, references [7] [8]".
QString sourceArticleReferences(const References &refs);

} // namespace azkz
