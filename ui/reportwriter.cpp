#include "reportwriter.h"

#include "articlemodel.h"
#include "atomicfile.h"
#include "chartexport.h"
#include "eventsmodel.h"
#include "factsmodel.h"
#include "formatting.h"
#include "htmltable.h"
#include "missionsmodel.h"
#include "roles.h"
#include "tradecsv.h"
#include "trademodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace azkz {

// The context of the report's own strings.
struct ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(azkz::ReportWriter)
};

namespace {

QString escaped(const QVariant &value)
{
    return value.toString().toHtmlEscaped();
}

} // namespace

QTextDocument *buildReport(const Dataset &dataset, Language language)
{
    const FactsModel facts(dataset, language);
    const ArticleModel article(dataset, language);
    const MissionsModel missions(dataset, language);
    const EventsModel events(dataset, language);
    const TradeModel trade(dataset, language);

    auto *document = new QTextDocument;
    QFont font(exportFontFamily());
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, dataset.title.in(language));

    QString html = QStringLiteral("<h1>%1</h1><p><b>%2</b></p>")
                       .arg(dataset.title.in(language).toHtmlEscaped(), dataset.lead.in(language).toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Key facts")) + htmlTable(facts);

    for (int s = 0; s < article.rowCount(); ++s) {
        const QModelIndex section = article.index(s, 0);
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(section.data()));
        for (int p = 0; p < article.rowCount(section); ++p) {
            const QModelIndex paragraph = article.index(p, 0, section);
            html += QStringLiteral("<p>%1 <small>%2</small></p>")
                        .arg(escaped(paragraph.data()),
                            formatReferences(paragraph.data(ReferencesRole).value<References>()));
        }
    }

    // One block a mission: seven columns side by side do not fit a portrait page.
    html += QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Diplomatic missions"));
    for (int row = 0; row < missions.rowCount(); ++row) {
        const Mission *mission = dataset.mission(missions.index(row, 0).data(IdRole).toString());
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"2\">")
                    .arg(mission ? mission->name.in(language).toHtmlEscaped() : QString());
        for (int column = 0; column < missions.columnCount(); ++column) {
            const QModelIndex cell = missions.index(row, column);
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2 %3</td></tr>")
                        .arg(escaped(missions.headerData(column, Qt::Horizontal)), escaped(cell.data(Qt::ToolTipRole)),
                            formatReferences(cell.data(ReferencesRole).value<References>()));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th "
                           "align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(ReportWriter::tr("Timeline"), escaped(events.headerData(EventsModel::Date, Qt::Horizontal)),
                    escaped(events.headerData(EventsModel::Title, Qt::Horizontal)), ReportWriter::tr("Source"));
    for (int row = 0; row < events.rowCount(); ++row) {
        const QModelIndex date = events.index(row, EventsModel::Date);
        html
            += QStringLiteral("<tr><td>%1</td><td><b>%2</b><br/>%3</td><td>%4</td></tr>")
                   .arg(escaped(date.data()), escaped(events.index(row, EventsModel::Title).data()),
                       escaped(date.data(DetailRole)), formatReferences(date.data(ReferencesRole).value<References>()));
    }
    html += QStringLiteral("</table>");

    ChartOutput output;
    output.size = QSize(1200, 720);
    document->addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("azkz:chart.png")), chartImage(dataset, trade, output));
    html += QStringLiteral(
        "<h2 style=\"page-break-before: always\">%1</h2><p><img src=\"azkz:chart.png\" width=\"620\"/></p>")
                .arg(ReportWriter::tr("Trade"));
    html += htmlTable(trade);
    html += QStringLiteral("<p>%1</p>").arg(dataset.trade.note.in(language).toHtmlEscaped());

    const Source &source = dataset.source;
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(ReportWriter::tr("Sources and licence"),
                    ReportWriter::tr(
                        "Every fact in this report comes from the article “%1”, %2, licensed under %3 (%4). Numbers in "
                        "brackets are the article's reference numbers. Made with azkz-relations %5.")
                        .arg(source.title.in(language), source.publisher.in(language), source.licence,
                            source.licenceUrl, QStringLiteral(AZKZ_VERSION))
                        .toHtmlEscaped());
    document->setHtml(html);
    return document;
}

QString exportReport(const Dataset &dataset, Language language, const QString &path)
{
    qsizetype characters = 0;
    for (const Section &section : dataset.sections) {
        for (const Paragraph &paragraph : section.paragraphs)
            characters += paragraph.text.in(language).size();
    }
    for (const Event &event : dataset.events)
        characters += event.title.in(language).size() + event.text.in(language).size();
    if (dataset.events.size() > MaxReportEvents || characters > MaxReportCharacters)
        return ReportWriter::tr("Cannot write %1: the briefing PDF holds up to %2 events and %3 characters of text, "
                                "and this dataset has %4 events and %5 characters. Export the timeline as CSV from the "
                                "Timeline tab instead.")
            .arg(QDir::toNativeSeparators(path), QLocale().toString(MaxReportEvents),
                QLocale().toString(MaxReportCharacters), QLocale().toString(dataset.events.size()),
                QLocale().toString(characters));
    const std::unique_ptr<QTextDocument> document(buildReport(dataset, language));
    return writeAtomically(path, [&](QIODevice &device) {
        QPdfWriter pdf(&device);
        pdf.setTitle(dataset.title.in(language));
        pdf.setCreator(QStringLiteral("azkz-relations"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        // An unpaginated document is laid out on the page and numbered at the foot of each page.
        document->print(&pdf);
        return true;
    });
}

} // namespace azkz
