#include "ui/documents/chartstyle.h"

#include "ui/common/plaintext.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace azkz {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor seriesColor(int index, bool dark)
{
    static const QColor light[] = {QColor(0x00, 0x6f, 0x94), QColor(0xd9, 0x7a, 0x12), QColor(0x5b, 0x8c, 0x2a),
        QColor(0x8e, 0x44, 0xad), QColor(0xb0, 0x3a, 0x2e), QColor(0x2b, 0x2b, 0x2b)};
    static const QColor night[] = {QColor(0x4f, 0xc3, 0xe8), QColor(0xff, 0xaa, 0x4c), QColor(0x9c, 0xd0, 0x6a),
        QColor(0xc3, 0x9b, 0xd3), QColor(0xf0, 0x7f, 0x72), QColor(0xee, 0xee, 0xee)};
    return dark ? night[index % 6] : light[index % 6];
}

QColor mirrorColor(bool firstFlow, bool exportersReport, bool dark)
{
    // Blue and sky blue; a deep vermillion and orange. On a dark window the roles swap, the
    // light shade being the one that stands out.
    static const QColor shades[2][2]
        = {{QColor(0x00, 0x72, 0xb2), QColor(0x56, 0xb4, 0xe9)}, {QColor(0xa6, 0x3d, 0x00), QColor(0xe6, 0x9f, 0x00)}};
    return shades[firstFlow ? 0 : 1][exportersReport != dark ? 0 : 1];
}

QString chartText(const QString &text)
{
    constexpr qsizetype MaxTitleLength = 300; // far more than a chart can show at any size
    return shortened(text, MaxTitleLength).toHtmlEscaped();
}

double niceStep(double span, double minimumSpan, int intervals)
{
    const double rough = std::max(span, minimumSpan) / std::max(1, intervals);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (rough <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

void paintChartBackground(QChart &chart, const QPalette &palette)
{
    chart.setBackgroundBrush(palette.color(QPalette::Window));
    chart.setBackgroundPen(Qt::NoPen);
    chart.setPlotAreaBackgroundBrush(palette.color(QPalette::Base));
    chart.setPlotAreaBackgroundVisible(true);
}

void colourChartTexts(QChart &chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    chart.setTitleBrush(text);
    chart.legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void fitValueAxis(QValueAxis &axis, double bottom, double top, int intervals, bool percent)
{
    // Rounding the ends out to whole steps may add intervals: the next round step until they fit.
    intervals = std::max(intervals, bottom < 0 && top > 0 ? 2 : 1); // zero inside: two at least
    double step = niceStep(top - bottom, 1e-9, intervals), low = 0, high = 0;
    for (int tries = 0; tries < 12; ++tries) {
        low = bottom < 0 ? std::floor(bottom * 1.05 / step) * step : 0;
        high = std::max(step, std::ceil(top * 1.05 / step) * step);
        if ((high - low) / step <= intervals + 0.01)
            break;
        const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        const double mantissa = std::round(step / magnitude);
        step = (mantissa < 2 ? 2 : mantissa < 5 ? 5 : 10) * magnitude;
    }
    axis.setTickInterval(step);
    axis.setRange(low, high + step * 0.002);
    // The localised format keeps what follows the number. As many decimals as the step has
    // (0.005: three), so that no two ticks read alike.
    const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
    axis.setLabelFormat(QStringLiteral("%.%1f").arg(decimals) + QLatin1String(percent ? " %" : ""));
}

} // namespace azkz
