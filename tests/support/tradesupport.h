// For the Trade tab's tests: the page of a window, and what its chart shows.
#pragma once

#include "ui/trade/tradepage.h"
#include "ui/window/mainwindow.h"

#include <QBarSet>
#include <QValueAxis>

#include <cmath>

namespace azkz::test {

inline TradePage *tradePage(const MainWindow &window)
{
    return window.findChild<TradePage *>();
}

// The highest labelled tick (the range ends a hair above it, so that its grid line is always drawn).
inline double topTick(const QValueAxis *axis)
{
    const double top = std::floor(axis->max() / axis->tickInterval()) * axis->tickInterval();
    return axis->max() - top < axis->tickInterval() * 0.01 ? top : -1;
}

inline QList<qreal> barValues(QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

} // namespace azkz::test
