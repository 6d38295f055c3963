#include "ui/documents/timelineexport.h"
#include "ui/documents/graphicfile.h"

#include "core/io/atomicfile.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"
#include "core/timeline/eventsmodel.h"
#include "core/timeline/timescale.h"
#include "core/timeline/yearextent.h"
#include "ui/documents/axismarkers.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/chartlegend.h"
#include "ui/documents/printing.h"
#include "ui/documents/reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <cmath>
#include <limits>
#include <numeric>

namespace azkz {

// The context of the timeline export's own strings.
struct TimelineExport {
    Q_DECLARE_TR_FUNCTIONS(azkz::TimelineExport)
};

namespace {

constexpr int AxisObjectType = QTextFormat::UserObject + 2;
const QString AxisPlaceholder = QStringLiteral("\u2063axis\u2063");
constexpr qreal ImageWidth = 1000; // SVG: the layout's width, in 1/96 inch
constexpr qreal PictureWidth = 1200; // PNG, the picture alone: 2400 pixels at a ratio of 2
constexpr int MaxImageHeight = 16000; // PNG pixels at a ratio of 2 stay under Qt's 32767 limit

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

ExportResult tooMany(const QString &path, qsizetype events)
{
    return ExportResult::tooLarge(
        TimelineExport::tr("Cannot write %1: a timeline picture holds up to %2 events, and %3 are shown. Narrow "
                           "the filters, or export the events as CSV instead.")
            .arg(QDir::toNativeSeparators(path), QLocale().toString(MaxReportEvents), QLocale().toString(events)));
}

// Lays the document out on one long page of the image's width, in units of 1/96 inch.
QSizeF layOutWhole(QTextDocument &document, QPaintDevice &layoutDevice, qreal width)
{
    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setDocumentMargin(24);
    document.setTextWidth(width);
    return document.size();
}

} // namespace

QList<int> allEvents(const SharedDataset &dataset)
{
    QList<int> events(dataset->events.size());
    std::iota(events.begin(), events.end(), 0);
    return events;
}

QString timelineTableHtml(const SharedDataset &dataset, Language language, const QList<int> &events)
{
    const EventsModel model(dataset, language);
    const auto escaped = [](const QVariant &value) { return value.toString().toHtmlEscaped(); };
    // The header row is a <thead>: it repeats on every page the table continues on.
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                  "style=\"border-collapse: collapse; border-color: #808080\"><thead><tr>"
                                  "<th align=\"left\" width=\"18%\">%1</th><th align=\"left\">%2</th>"
                                  "<th align=\"left\" width=\"12%\">%3</th></tr></thead>")
                       .arg(escaped(model.headerData(EventsModel::Date, Qt::Horizontal)),
                           escaped(model.headerData(EventsModel::Title, Qt::Horizontal)),
                           QCoreApplication::translate("azkz::ReportWriter", "Source").toHtmlEscaped());
    for (int row : events) {
        const Event &event = dataset->events.at(row);
        const QModelIndex date = model.index(row, EventsModel::Date);
        // The other sources and every disputed version under the text; the source column
        // says at a glance whether the article gives the event.
        QString notes;
        if (!event.sourceIds.isEmpty())
            notes += QStringLiteral("<br/><small>%1</small>")
                         .arg(citationText(event.fromArticle, event.refs, event.sourceIds, *dataset, language)
                                  .toHtmlEscaped());
        if (event.dispute)
            notes += QStringLiteral("<br/><small>%1</small>")
                         .arg(disputeText(*event.dispute, *dataset, language).toHtmlEscaped());
        const QString source = event.fromArticle && !event.refs.isEmpty()
            ? formatReferences(event.refs)
            : escaped(model.index(row, EventsModel::Origin).data()); // "Article" where it gives no number
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b><br/>%3%4</td><td>%5</td></tr>")
                    .arg(escaped(date.data()), escaped(model.index(row, EventsModel::Title).data()),
                        escaped(date.data(DetailRole)), notes, source);
    }
    return html + QStringLiteral("</table>");
}

std::unique_ptr<QTextDocument> buildTimelineDocument(
    const SharedDataset &dataset, Language language, const QList<int> &events, TimelineContent content)
{
    std::unique_ptr<QTextDocument> document = newLongDocument();
    const QString title = QCoreApplication::translate("azkz::ReportWriter", "Timeline");
    // Whose the events are: the article under its licence, and the other sources, each named
    // under its event in the list (in the picture, a count).
    const Source &article = dataset->source;
    QStringList cited; // the other sources of the events shown
    for (int row : events) {
        for (const QString &id : dataset->events.at(row).sourceIds) {
            if (id != QLatin1String("article") && !cited.contains(id))
                cited.append(id);
        }
    }
    QStringList about{QStringLiteral("“%1”").arg(article.title.in(language)), article.publisher.in(language),
        article.licence, article.address};
    about.removeAll(QString());
    // The picture alone (a PNG) has no list to name them in.
    const QString sources = content == TimelineContent::Picture
        ? TimelineExport::tr("Events from the article %1 and from %2 other sources.")
              .arg(about.join(QStringLiteral(", ")), QString::number(cited.size()))
        : TimelineExport::tr("Events from the article %1 and from %2 other sources, each named with the events it "
                             "gives.")
              .arg(about.join(QStringLiteral(", ")), QString::number(cited.size()));
    document->setHtml(
        QStringLiteral("<h1>%1</h1><p>%2</p><p style=\"font-size: %3pt\">%4<br/>%5</p><p>%6</p>")
            .arg(title.toHtmlEscaped(), dataset->title.in(language).toHtmlEscaped(), QString::number(TypeScale::Note),
                TimelineExport::tr("%1 of %2 events, as the filters of the Timeline tab show them.")
                    .arg(events.size())
                    .arg(dataset->events.size())
                    .toHtmlEscaped(),
                sources.toHtmlEscaped(), AxisPlaceholder)
        + (content == TimelineContent::PictureAndList ? timelineTableHtml(dataset, language, events) : QString()));
    document->setMetaInformation(QTextDocument::DocumentTitle, title); // after setHtml(), which resets it
    auto *axis = new AxisObject(dataset, language, events, document.get());
    document->documentLayout()->registerHandler(AxisObjectType, axis);
    QTextCursor placeholder = document->find(AxisPlaceholder);
    if (!placeholder.isNull()) {
        QTextCharFormat format;
        format.setObjectType(AxisObjectType);
        placeholder.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    return document;
}

bool printTimeline(QPagedPaintDevice &device, const SharedDataset &dataset, Language language, const QList<int> &events)
{
    const std::unique_ptr<QTextDocument> document = buildTimelineDocument(dataset, language, events);
    return printDocument(*document, device,
        QStringLiteral("%1 — %2").arg(
            QCoreApplication::translate("azkz::ReportWriter", "Timeline"), dataset->title.in(language)));
}

ExportResult exportTimeline(
    const SharedDataset &dataset, Language language, const QList<int> &events, const QString &path, ExportFormat format)
{
    if (events.size() > MaxReportEvents)
        return tooMany(path, events.size());
    // A PNG is the picture, to place in a page or a slide; the PDF and the SVG list the events too.
    const std::unique_ptr<QTextDocument> document = buildTimelineDocument(dataset, language, events,
        format == ExportFormat::Png ? TimelineContent::Picture : TimelineContent::PictureAndList);
    QImage layoutDevice(1, 1, QImage::Format_Mono);
    layoutDevice.setDotsPerMeterX(3780); // 96 dpi
    layoutDevice.setDotsPerMeterY(3780);
    QSizeF size;
    if (format != ExportFormat::Pdf) {
        size = layOutWhole(*document, layoutDevice, format == ExportFormat::Png ? PictureWidth : ImageWidth);
        if (size.height() > MaxImageHeight)
            return tooMany(path, events.size());
    }
    return ExportResult::fromWrite(writeAtomically(path, [&](QIODevice &device) {
        switch (format) {
        case ExportFormat::Pdf: {
            QPdfWriter pdf(&device);
            pdf.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
            pdf.setCreator(QStringLiteral("azkz-relations"));
            pdf.setResolution(600);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter);
            return printDocument(*document, pdf,
                QStringLiteral("%1 — %2").arg(
                    document->metaInformation(QTextDocument::DocumentTitle), dataset->title.in(language)));
        }
        case ExportFormat::Svg: {
            QBuffer drawing;
            drawing.open(QIODevice::WriteOnly);
            QSvgGenerator svg;
            svg.setOutputDevice(&drawing);
            svg.setResolution(96);
            svg.setSize(size.toSize());
            svg.setViewBox(QRectF(QPointF(0, 0), size));
            svg.setTitle(document->metaInformation(QTextDocument::DocumentTitle).toHtmlEscaped());
            QPainter painter;
            if (!painter.begin(&svg))
                return false;
            painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
            drawDocumentLight(painter, *document);
            if (!painter.end())
                return false;
            const QByteArray text = portableSvg(QString::fromUtf8(drawing.data()), size.toSize()).toUtf8();
            return device.write(text) == text.size();
        }
        case ExportFormat::Png: {
            QImage image((size * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(2);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            drawDocumentLight(painter, *document);
            painter.end();
            return image.save(&device, "PNG");
        }
        case ExportFormat::Csv:
            break;
        }
        return false;
    }));
}

} // namespace azkz

#include "timelineexport.moc"
