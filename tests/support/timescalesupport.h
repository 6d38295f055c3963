// For the time axis's tests: a dataset of events on given dates, and years or pixels compared
// within rounding.
#pragma once

#include "core/data/dataset.h"

#include <QTest>

#include <cmath>

namespace azkz::test {

inline Event eventOn(const QString &date)
{
    Event event;
    event.id = date;
    event.date = *DateSpec::parse(date);
    return event;
}

inline Dataset datasetOf(const QStringList &dates)
{
    Dataset dataset;
    for (const QString &date : dates)
        dataset.events.append(eventOn(date));
    return dataset;
}

} // namespace azkz::test

// Years and pixels as computed, within rounding.
#define COMPARE_NEAR(actual, expected)                                                                                 \
    QVERIFY2(std::abs(double(actual) - double(expected)) < 1e-6,                                                       \
        qPrintable(QStringLiteral("%1 is not %2").arg(double(actual), 0, 'g', 17).arg(double(expected), 0, 'g', 17)))
