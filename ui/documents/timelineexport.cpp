#include "ui/documents/timelineexport.h"
#include "ui/documents/graphicfile.h"
#include "ui/documents/timelinepicture.h"

#include "core/io/atomicfile.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"
#include "core/timeline/eventsmodel.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/exportprogress.h"
#include "ui/documents/printing.h"
#include "ui/documents/reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextCursor>
#include <QTextDocument>
#include <QtMath>

#include <numeric>

namespace azkz {

namespace {

constexpr int AxisObjectType = QTextFormat::UserObject + 2;
const QString AxisPlaceholder = QStringLiteral("\u2063axis\u2063");
constexpr qreal ImageWidth = 1000; // SVG: the layout's width, in 1/96 inch
constexpr qreal PictureWidth = 1200; // PNG, the picture alone: 2400 pixels at a ratio of 2
constexpr int MaxImageHeight = 16000; // PNG pixels at a ratio of 2 stay under Qt's 32767 limit

// Events few enough, but their list taller than a picture can be.
ExportResult tooTall(const QString &path, qsizetype events, qreal height)
{
    return ExportResult::tooLarge(
        TimelineExport::tr("Cannot write %1: the list of the %2 events shown would make a picture %3 px tall, and "
                           "a timeline picture is at most %4 px. Export the timeline as PDF, narrow the filters, or "
                           "export the events as CSV instead.")
            .arg(QDir::toNativeSeparators(path), QLocale().toString(events), QLocale().toString(qCeil(height)),
                QLocale().toString(MaxImageHeight)));
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
        ? TimelineExport::tr("Events from the article %1 and from %n other source(s).", nullptr, int(cited.size()))
              .arg(about.join(QStringLiteral(", ")))
        : TimelineExport::tr("Events from the article %1 and from %n other source(s), each named with the events "
                             "it gives.",
            nullptr, int(cited.size()))
              .arg(about.join(QStringLiteral(", ")));
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
    document->documentLayout()->registerHandler(
        AxisObjectType, createTimelinePicture(dataset, language, events, document.get()));
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

QString timelineTooLarge(
    const SharedDataset &dataset, Language language, const QList<int> &events, TimelineContent content)
{
    if (events.size() > MaxReportEvents)
        return TimelineExport::tr("a timeline document holds up to %1 events, and %2 are shown. Narrow the filters, "
                                  "or export the events as CSV instead.")
            .arg(QLocale().toString(MaxReportEvents), QLocale().toString(events.size()));
    if (content == TimelineContent::Picture)
        return {}; // the events' dates only
    qsizetype characters = 0;
    for (int row : events)
        characters += shownCharacters(dataset->events.at(row), *dataset, language);
    if (characters > MaxReportCharacters)
        return TimelineExport::tr("a timeline document holds up to %1 characters of text, and the %2 events shown "
                                  "have %3 with their sources and disputed versions. Narrow the filters, or export "
                                  "the events as CSV instead.")
            .arg(QLocale().toString(MaxReportCharacters), QLocale().toString(events.size()),
                QLocale().toString(characters));
    return {};
}

ExportResult exportTimeline(const SharedDataset &dataset, Language language, const QList<int> &events,
    const QString &path, ExportFormat format, ExportProgress *progress)
{
    const TimelineContent content
        = format == ExportFormat::Png ? TimelineContent::Picture : TimelineContent::PictureAndList;
    if (const QString reason = timelineTooLarge(dataset, language, events, content); !reason.isEmpty())
        return ExportResult::tooLarge(
            TimelineExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    // A PNG is the picture, to place in a page or a slide; the PDF and the SVG list the events too.
    const std::unique_ptr<QTextDocument> document = buildTimelineDocument(dataset, language, events, content);
    QImage layoutDevice(1, 1, QImage::Format_Mono);
    layoutDevice.setDotsPerMeterX(3780); // 96 dpi
    layoutDevice.setDotsPerMeterY(3780);
    QSizeF size;
    if (format != ExportFormat::Pdf) {
        size = layOutWhole(*document, layoutDevice, format == ExportFormat::Png ? PictureWidth : ImageWidth);
        if (size.height() > MaxImageHeight)
            return tooTall(path, events.size(), size.height());
    }
    const QString error = writeAtomically(path, [&](QIODevice &device) {
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
                    document->metaInformation(QTextDocument::DocumentTitle), dataset->title.in(language)),
                progress);
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
    });
    return progress && progress->stopped() ? ExportResult::cancelled() : ExportResult::fromWrite(error);
}

} // namespace azkz
