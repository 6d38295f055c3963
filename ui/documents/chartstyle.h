// What the program's charts share: their series colours in a light and a dark palette, the
// test for a dark window palette, a round step for value axes, and a chart dressed in the
// window's colours on screen (files and paper stay light).
#pragma once

#include <QColor>

class QValueAxis;

class QChart;
class QPalette;

namespace azkz {

// A window palette whose background is dark: the charts take their dark theme and colours.
bool isDarkPalette(const QPalette &palette);
// The index-th series colour (0 exports, 1 imports, then green, purple, red; 5 the dark grey of
// totals), light on white paper or on a dark window.
QColor seriesColor(int index, bool dark);
inline constexpr int TotalColor = 5;
// The mirror view's colours (Okabe–Ito, chosen for colour-blind readers): one hue a flow, the
// exporter's report dark and the importer's light (apart in lightness, so in grey too).
QColor mirrorColor(bool firstFlow, bool exportersReport, bool dark);
// Qt Charts reads titles and legend labels as rich text: dataset text escaped, so that it shows
// as written, and shortened (Qt Charts fits a long title in time quadratic in its length).
QString chartText(const QString &text);
// A round step (1, 2 or 5 times a power of ten) giving about that many intervals (at most)
// over span, itself taken as at least minimumSpan.
double niceStep(double span, double minimumSpan = 1e-9, int intervals = 5);
// A value axis from bottom to top (zero included) in round steps, at most about intervals of
// them, its labels with as many decimals as the step has, followed by " %" when percent.
void fitValueAxis(QValueAxis &axis, double bottom, double top, int intervals, bool percent);
// The chart's background and plot area in the window's colours; before the axes exist, so that
// their grid is drawn over the plot area the same way at the first and every later redraw.
void paintChartBackground(QChart &chart, const QPalette &palette);
// The title, legend and axes in the window's text and grid colours.
void colourChartTexts(QChart &chart, const QPalette &palette);

} // namespace azkz
