#include "ui/documents/timelineexport.h"

#include "core/io/atomicfile.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"
#include "core/timeline/eventsmodel.h"
#include "core/timeline/timescale.h"
#include "core/timeline/yearextent.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/printing.h"
#include "ui/documents/reportlayout.h"

#include <QAbstractTextDocumentLayout>
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
constexpr qreal ImageWidth = 1000; // SVG and PNG: the layout's width, in 1/96 inch
constexpr int MaxImageHeight = 16000; // PNG pixels at a ratio of 2 stay under Qt's 32767 limit

// Where an event sits on the axis, in years; nullopt for an event with no date at either end.
std::optional<double> position(const Event &event)
{
    const std::optional<DatePoint> &point = event.date.from ? event.date.from : event.date.to;
    if (!point)
        return std::nullopt;
    return TimeScale::startOf(*point); // the screen's axis counts the same days
}

// The time axis: eras as bands above a line of years, a dot for each event shown.
class AxisObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    AxisObject(const SharedDataset &dataset, Language language, const QList<int> &events, QObject *parent)
        : QObject(parent), m_dataset(dataset), m_language(language), m_events(events)
    {
        // Nothing shown: the axis is still drawn, around this year.
        const int thisYear = QDate::currentDate().year();
        const YearExtent years = yearExtent(dataset->events, events).value_or(YearExtent{thisYear, thisYear});
        m_first = years.first;
        m_last = years.last + 1;
    }
    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &) override
    {
        return QSizeF(document->pageSize().width() - 2 * document->documentMargin(), 118);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override
    {
        painter->save();
        painter->translate(rect.topLeft());
        painter->setRenderHint(QPainter::Antialiasing);
        QFont font = withoutLigatures(QFont(exportFontFamily()));
        font.setPixelSize(11);
        painter->setFont(font);
        const QFontMetricsF metrics(font);
        const qreal left = 4, right = rect.width() - 4;
        const auto x = [&](double year) {
            return left
                + (std::clamp(year, double(m_first), double(m_last)) - m_first) / (m_last - m_first) * (right - left);
        };
        // Eras: bands on the top line, named when the name fits.
        const QColor bands[] = {QColor(0xe4, 0xec, 0xf5), QColor(0xf3, 0xe9, 0xda)};
        int band = 0;
        for (const Era &era : m_dataset->eras) {
            const double from = era.from ? era.from->first().year() : m_first;
            const double to = era.to ? era.to->last().year() + 1 : m_last;
            if (to <= m_first || from >= m_last)
                continue;
            const QRectF box(QPointF(x(from), 0), QPointF(x(to), 22));
            painter->fillRect(box, bands[band++ % 2]);
            painter->setPen(QColor(0x33, 0x33, 0x33));
            painter->drawText(box.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                metrics.elidedText(era.name.in(m_language), Qt::ElideRight, box.width() - 6));
        }
        // The events: a dot each, stacked where they would touch.
        const qreal axisY = 88;
        QList<std::pair<qreal, int>> placed; // x, lane
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x1f, 0x5f, 0x99));
        for (int index : m_events) {
            const std::optional<double> year = position(m_dataset->events.at(index));
            if (!year)
                continue;
            const qreal at = x(*year);
            int lane = 0;
            for (const auto &[otherX, otherLane] : placed) {
                if (std::abs(otherX - at) < 7 && otherLane >= lane)
                    lane = otherLane + 1;
            }
            placed.append({at, lane});
            painter->drawEllipse(QPointF(at, axisY - 6 - std::min(lane, 8) * 7), 3, 3);
        }
        // The line of years, labelled at a round step that fits.
        painter->setPen(QPen(QColor(0x44, 0x44, 0x44), 1));
        painter->drawLine(QPointF(left, axisY), QPointF(right, axisY));
        const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 12;
        int step = 1;
        for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            step = candidate;
            if ((right - left) / (m_last - m_first) * candidate >= labelWidth)
                break;
        }
        for (int year = (m_first + step - 1) / step * step; year <= m_last; year += step) {
            painter->drawLine(QPointF(x(year), axisY), QPointF(x(year), axisY + 4));
            painter->drawText(QRectF(x(year) - labelWidth / 2, axisY + 6, labelWidth, 16),
                Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
        }
        painter->restore();
    }

private:
    SharedDataset m_dataset;
    Language m_language;
    QList<int> m_events;
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
QSizeF layOutWhole(QTextDocument &document, QPaintDevice &layoutDevice)
{
    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setDocumentMargin(24);
    document.setTextWidth(ImageWidth);
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
    const SharedDataset &dataset, Language language, const QList<int> &events)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(exportFontFamily());
    font.setPointSizeF(TypeScale::Body);
    document->setDefaultFont(withoutLigatures(font));
    document->setDefaultStyleSheet(typeScaleStyleSheet());
    const QString title = QCoreApplication::translate("azkz::ReportWriter", "Timeline");
    document->setHtml(QStringLiteral("<h1>%1</h1><p>%2</p><p style=\"font-size: %3pt\">%4</p><p>%5</p>")
                          .arg(title.toHtmlEscaped(), dataset->title.in(language).toHtmlEscaped())
                          .arg(TypeScale::Note)
                          .arg(TimelineExport::tr("%1 of %2 events, as the filters of the Timeline tab show them.")
                                   .arg(events.size())
                                   .arg(dataset->events.size())
                                   .toHtmlEscaped(),
                              AxisPlaceholder)
        + timelineTableHtml(dataset, language, events));
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
    const std::unique_ptr<QTextDocument> document = buildTimelineDocument(dataset, language, events);
    QImage layoutDevice(1, 1, QImage::Format_Mono);
    layoutDevice.setDotsPerMeterX(3780); // 96 dpi
    layoutDevice.setDotsPerMeterY(3780);
    QSizeF size;
    if (format != ExportFormat::Pdf) {
        size = layOutWhole(*document, layoutDevice);
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
            QSvgGenerator svg;
            svg.setOutputDevice(&device);
            svg.setResolution(96);
            svg.setSize(size.toSize());
            svg.setViewBox(QRectF(QPointF(0, 0), size));
            svg.setTitle(document->metaInformation(QTextDocument::DocumentTitle).toHtmlEscaped());
            QPainter painter;
            if (!painter.begin(&svg))
                return false;
            painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
            drawDocumentLight(painter, *document);
            return painter.end();
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
