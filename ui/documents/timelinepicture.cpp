#include "ui/documents/timelinepicture.h"

#include "core/timeline/eventsmodel.h"
#include "core/timeline/timescale.h"
#include "core/timeline/yearextent.h"
#include "ui/documents/axismarkers.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/chartlegend.h"
#include "ui/documents/printing.h"

#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <algorithm>
#include <cmath>

namespace azkz {

namespace {

// The time axis as the screen draws it (AxisMarkers): eras as bands on top, each event shown in
// its category's colour, a dot for a day or a month and a bar for a year, a decade or a span,
// in lanes; under the line of years, the key of the categories.
class AxisObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    AxisObject(const SharedDataset &dataset, Language language, const QList<int> &events, QObject *parent)
        : QObject(parent), m_dataset(dataset), m_model(dataset, language), m_markers(m_model), m_events(events)
    {
        for (qsizetype c = 0; c < m_model.categories().size(); ++c)
            m_key.append({m_model.categories().at(c).name.in(language), AxisMarkers::categoryColour(c)});
        // Nothing shown: the axis is still drawn, around this year.
        const int thisYear = QDate::currentDate().year();
        const YearExtent years = yearExtent(dataset->events, events).value_or(YearExtent{thisYear, thisYear});
        m_first = years.first;
        m_last = years.last + 1;
    }
    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &) override
    {
        const qreal width = document->pageSize().width() - 2 * document->documentMargin();
        layOut(width);
        return QSizeF(width, axisY() + 24 + legendHeight(m_key, font(), width) + 4 + shapesHeight(width) + 6);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override
    {
        layOut(rect.width());
        painter->save();
        painter->translate(rect.topLeft());
        painter->setClipRect(QRectF(0, 0, rect.width(), rect.height()));
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setFont(font());
        const QFontMetricsF metrics(font());
        // Eras: bands on the top line, named when the name fits.
        const QColor bands[] = {QColor(0xe4, 0xec, 0xf5), QColor(0xf3, 0xe9, 0xda)};
        int band = 0;
        for (const Era &era : m_model.eras()) {
            const double from = era.from ? TimeScale::startOf(*era.from) : m_first;
            const double to = era.to ? TimeScale::endOf(*era.to) : m_last;
            if (to <= m_first || from >= m_last)
                continue;
            const QRectF box(QPointF(m_scale.toX(std::max(from, double(m_first))), 0),
                QPointF(m_scale.toX(std::min(to, double(m_last))), AxisMarkers::TopMargin - 2));
            painter->fillRect(box, bands[band++ % 2]);
            painter->setPen(QColor(0x33, 0x33, 0x33));
            painter->drawText(box.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                metrics.elidedText(era.name.in(m_model.language()), Qt::ElideRight, box.width() - 6));
        }
        m_markers.paint(*painter, m_scale, int(rect.width()), -1, printPalette());
        // The line of years, labelled at a round step that fits.
        const qreal y = axisY();
        painter->setPen(QPen(QColor(0x44, 0x44, 0x44), 1));
        painter->drawLine(QPointF(0, y), QPointF(rect.width(), y));
        const auto knee = m_scale.breakYear();
        if (knee) { // the broken axis's mark: a gap and two strokes
            const qreal at = m_scale.toX(*knee);
            painter->fillRect(QRectF(at - 3, y - 1, 6, 2), Qt::white);
            painter->drawLine(QPointF(at - 5, y + 4), QPointF(at - 1, y - 4));
            painter->drawLine(QPointF(at + 1, y + 4), QPointF(at + 5, y - 4));
        }
        const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 12;
        qreal labelled = -labelWidth; // the right end of the last label drawn
        for (const double year : m_scale.tickYears(labelWidth)) {
            const qreal at = m_scale.toX(year);
            if (knee && std::abs(at - m_scale.toX(*knee)) < labelWidth / 2)
                continue; // the // mark is there: a year beside it would touch it
            painter->drawLine(QPointF(at, y), QPointF(at, y + 4));
            const qreal left = std::clamp(at - labelWidth / 2, 0.0, rect.width() - labelWidth); // never cut
            if (left < labelled)
                continue; // moved in from an edge onto its neighbour: the tick alone
            painter->drawText(QRectF(left, y + 6, labelWidth, 16), Qt::AlignHCenter | Qt::AlignTop,
                QString::number(qint64(std::llround(year))));
            labelled = left + labelWidth;
        }
        const qreal keyTall = legendHeight(m_key, font(), rect.width());
        paintLegend(*painter, QRectF(0, y + 24, rect.width(), keyTall), m_key, font(), QColor(0x22, 0x22, 0x22));
        painter->setPen(QColor(0x44, 0x44, 0x44));
        painter->drawText(QRectF(0, y + 24 + keyTall + 4, rect.width(), shapesHeight(rect.width())),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, shapes());
        painter->restore();
    }

private:
    static QFont font()
    {
        QFont font = withoutLigatures(QFont(exportFontFamily()));
        font.setPixelSize(11);
        return font;
    }
    // What the markers' shapes say, under the key of their colours.
    QString shapes() const
    {
        const QString shapes = TimelineExport::tr("A dot is an event of a day or a month; a bar, of a year, a decade "
                                                  "or a longer span. An open ring joined to a dot is another date a "
                                                  "source gives for it.");
        if (!m_scale.breakYear())
            return shapes;
        return shapes + QLatin1Char(' ')
            + TimelineExport::tr("// marks where the line of years is shortened over decades with no event.");
    }
    qreal shapesHeight(qreal width) const
    {
        return QFontMetricsF(font())
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, shapes())
            .height();
    }
    // The scale across width, over the years of the events shown.
    void layOut(qreal width)
    {
        if (m_scale.width() == int(width))
            return;
        m_scale = TimeScale(*m_dataset);
        m_scale.setWidth(int(width));
        m_scale.setMaxLanes(TimeScale::MaxPictureLanes); // on paper, no two events share a lane
        m_scale.setVisibleEvents(m_events);
        // Every marker whole inside the frame: the view spans the events' spans (an era-dated
        // one may start before its first year), with a margin.
        double from = m_first, to = m_last;
        for (const int event : m_events) {
            if (event < m_scale.eventCount() && m_scale.lane(event) >= 0) {
                from = std::min(from, m_scale.span(event).start);
                to = std::max(to, m_scale.span(event).end);
            }
        }
        const double margin = (to - from) * 0.02 + 0.5;
        m_scale.setView(from - margin, to + margin);
        // Decades with nothing starting in them (the built-in timeline's 1922-1990, half its
        // width) are drawn short: the axis is broken where the events start again.
        QList<double> starts;
        for (const int event : m_events) {
            if (event < m_scale.eventCount() && m_scale.lane(event) >= 0)
                starts.append(m_scale.span(event).start);
        }
        std::sort(starts.begin(), starts.end());
        const double years = m_scale.viewYears();
        for (qsizetype i = 1; i < starts.size(); ++i) {
            const double gap = starts.at(i) - starts.at(i - 1);
            if (gap >= 0.4 * years && starts.at(i - 1) - (from - margin) < 0.25 * years) {
                m_scale.setCompressedBefore(starts.at(i) - std::max(1.0, years * 0.02), 0.2);
                break;
            }
        }
    }
    qreal axisY() const
    {
        return AxisMarkers::TopMargin + std::max(1, m_scale.laneCount()) * AxisMarkers::LaneHeight + 6;
    }

    SharedDataset m_dataset;
    EventsModel m_model;
    AxisMarkers m_markers;
    QList<int> m_events;
    TimeScale m_scale;
    QList<LegendEntry> m_key; // each category's colour
    int m_first = 0;
    int m_last = 1;
};

} // namespace

QObject *createTimelinePicture(
    const SharedDataset &dataset, Language language, const QList<int> &events, QObject *parent)
{
    return new AxisObject(dataset, language, events, parent);
}

} // namespace azkz

#include "timelinepicture.moc"
