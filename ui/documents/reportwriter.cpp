#include "ui/documents/reportwriter.h"

#include "core/io/atomicfile.h"
#include "core/missions/missionsmodel.h"
#include "core/models/articlemodel.h"
#include "core/models/datasetsummary.h"
#include "core/models/factsmodel.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"
#include "core/trade/tradecsv.h"
#include "core/trade/trademodel.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/exportprogress.h"
#include "ui/documents/htmltable.h"
#include "ui/documents/printing.h"
#include "ui/documents/reportcharts.h"
#include "ui/documents/reportlayout.h"
#include "ui/documents/timelineexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

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

// Reference numbers after a text, joined to its last word so that they never start a line
// (or a page) alone.
QString withReferences(const QString &html, const References &references)
{
    if (references.isEmpty())
        return html;
    return html
        + QStringLiteral("&nbsp;<span class=\"refs\">%1</span>")
              .arg(formatReferences(references).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
}

QString titleBlock(const SharedDataset &dataset, Language language)
{
    const QLocale locale = localeFor(language);
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    return QStringLiteral("<h1>%1</h1><p style=\"font-size: %2pt\">%3</p><table cellpadding=\"1\">")
               .arg(dataset->title.in(language).toHtmlEscaped(), QString::number(TypeScale::Heading3),
                   ReportWriter::tr("Briefing: overview, diplomatic missions, timeline and trade").toHtmlEscaped())
        + row(ReportWriter::tr("Dataset"),
            ReportWriter::tr("%1, schema version %2")
                .arg(dataset->title.in(language), QString::number(dataset->schemaVersion)))
        + row(ReportWriter::tr("Made on"), locale.toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")))
        + row(ReportWriter::tr("Language"), nativeLanguageName(language)) + QStringLiteral("</table>");
}

// The heads over time, the latest known first, each with the evidence of tenure and its sources.
QString headsOfMission(const Mission &mission, const SharedDataset &dataset, Language language)
{
    if (mission.heads.size() < 2 && (mission.heads.isEmpty() || mission.heads.first().sourceIds.isEmpty()))
        return {}; // the one head the article names is in the table already
    QString items;
    for (const MissionHead &head : mission.heads)
        items += QStringLiteral("<li>%1</li>")
                     .arg(QStringLiteral("%1 (%2)")
                              .arg(headOfMission(head, *dataset, language),
                                  citationText(head.fromArticle, head.refs, head.sourceIds, *dataset, language))
                              .toHtmlEscaped());
    return QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
        .arg(ReportWriter::tr("Heads of mission, the latest known first").toHtmlEscaped(), items);
}

QString missionsSection(const SharedDataset &dataset, Language language)
{
    const MissionsModel missions(dataset, language);
    // One block a mission: seven columns side by side do not fit a portrait page.
    QString html = QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Diplomatic missions").toHtmlEscaped());
    for (int row = 0; row < missions.rowCount(); ++row) {
        const Mission *mission = dataset->mission(missions.index(row, 0).data(IdRole).toString());
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"2\">")
                    .arg(mission ? mission->name.in(language).toHtmlEscaped() : QString());
        for (int column = 0; column < missions.columnCount(); ++column) {
            const QModelIndex cell = missions.index(row, column);
            QString value
                = withReferences(escaped(cell.data(Qt::ToolTipRole)), cell.data(ReferencesRole).value<References>());
            // A date other sources give too (or alone) is printed with them: it was shown with the
            // article's number only, or with no source at all.
            const DatedFact *date = mission ? MissionsModel::datedFact(*mission, column) : nullptr;
            if (date && !date->sourceIds.isEmpty() && !date->dispute)
                value += QStringLiteral(" (%1)").arg( // the article's numbers are there already
                    citationText(false, {}, date->sourceIds, *dataset, language).toHtmlEscaped());
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(escaped(missions.headerData(column, Qt::Horizontal)), value);
        }
        html += QStringLiteral("</table>");
        if (mission)
            html += headsOfMission(*mission, dataset, language);
    }
    return html;
}

QString timelineSection(const SharedDataset &dataset, Language language)
{
    return QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Timeline").toHtmlEscaped())
        + timelineTableHtml(dataset, language, allEvents(dataset));
}

// Each source the dataset names beside the article: publisher, title, address, date, licence.
QString otherSources(const SharedDataset &dataset, Language language)
{
    QString items;
    for (const SourceEntry &entry : dataset->sources) {
        if (entry.kind == SourceKind::Article)
            continue;
        QStringList parts{entry.publisher.in(language)};
        if (entry.title)
            parts.append(QStringLiteral("“%1”").arg(entry.title->in(language)));
        if (entry.published)
            parts.append(formatDate(*entry.published, language));
        parts.append(printableAddress(entry.address));
        if (!entry.licence.isEmpty())
            parts.append(ReportWriter::tr("licence: %1").arg(entry.licence.in(language)));
        items += QStringLiteral("<tr><td>• %1</td></tr>").arg(parts.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    // Rows of a table, which the layout never splits over two pages (a list item it would).
    return items.isEmpty() ? QString()
                           : QStringLiteral("<table cellpadding=\"1\" width=\"100%\">%1</table>").arg(items);
}

QString sourcesSection(const SharedDataset &dataset, Language language)
{
    const Source &source = dataset->source;
    QStringList references;
    for (int reference : source.references)
        references.append(QStringLiteral("[%1]").arg(reference));
    QString html = QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Sources and licence").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(ReportWriter::tr("“%1”, %2. Licence: %3 (%4). Reference numbers as the article gives them: %5.")
                         .arg(source.title.in(language), source.publisher.in(language), source.licence,
                             source.licenceUrl, references.join(QLatin1Char(' ')))
                         .toHtmlEscaped());
    if (!source.address.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(ReportWriter::tr("Address: %1").arg(source.address).toHtmlEscaped());
    html += otherSources(dataset, language);
    html
        += QStringLiteral("<p style=\"font-size: %2pt\">%1</p>")
               .arg((ReportWriter::tr("Every fact in this report comes from the sources above; numbers in brackets are "
                                      "the article's reference numbers. Made with azkz-relations %1.")
                         .arg(QStringLiteral(AZKZ_VERSION))
                   + QLatin1Char(' ') + dataset->source.referencesNote.value_or(LocalizedText{}).in(language))
                        .toHtmlEscaped())
               .arg(TypeScale::Note);
    return html;
}

} // namespace

std::unique_ptr<QTextDocument> buildMissionsDocument(const SharedDataset &dataset, Language language)
{
    const DatasetSummary summary(dataset);
    const QString source
        = ReportWriter::tr("Source: “%1”, %2. Licence: %3.")
              .arg(summary.articleTitle(language), summary.articlePublisher(language), summary.licence());
    std::unique_ptr<QTextDocument> document = newLongDocument();
    document->setHtml(QStringLiteral("<h1>%1</h1>%2<p><small>%3</small></p>")
                          .arg(dataset->title.in(language).toHtmlEscaped(), missionsSection(dataset, language),
                              source.toHtmlEscaped()));
    return document;
}

std::unique_ptr<QTextDocument> buildReport(const SharedDataset &dataset, Language language)
{
    const FactsModel facts(dataset, language);
    const ArticleModel article(dataset, language);
    const TradeModel trade(dataset, language);

    std::unique_ptr<QTextDocument> document = newLongDocument();

    QString html = titleBlock(dataset, language);
    html += QStringLiteral("<p>%1</p>").arg(dataset->lead.in(language).toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>").arg(ReportWriter::tr("Key facts").toHtmlEscaped())
        + htmlTable(facts, WholeTextRole);
    for (int s = 0; s < article.rowCount(); ++s) {
        const QModelIndex section = article.index(s, 0);
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(section.data()));
        for (int p = 0; p < article.rowCount(section); ++p) {
            const QModelIndex paragraph = article.index(p, 0, section);
            html += QStringLiteral("<p>%1</p>")
                        .arg(withReferences(
                            escaped(paragraph.data()), paragraph.data(ReferencesRole).value<References>()));
        }
    }
    html += missionsSection(dataset, language);
    html += timelineSection(dataset, language);
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(ReportWriter::tr("Trade").toHtmlEscaped(), tradeChartPlaceholder());
    html += htmlTable(trade);
    html += QStringLiteral("<p style=\"font-size: %3pt\">%1</p><p style=\"font-size: %3pt\">%2</p>")
                .arg(dataset->trade.note.in(language).toHtmlEscaped(),
                    tradeSourceLine(*dataset, language).toHtmlEscaped())
                .arg(TypeScale::Note);
    html += longSeriesSection(dataset, language);
    html += sourcesSection(dataset, language);
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, dataset->title.in(language)); // setHtml() resets it

    placeReportCharts(*document, dataset, language);
    return document;
}

namespace {

// The text the report prints, counted before it is made: the sections, every event and key fact
// shown in full, every mission's cited sources. A file's citations can make it far more than the
// file's own text.
qsizetype reportCharacters(const Dataset &dataset, Language language)
{
    qsizetype characters = 0;
    for (const Section &section : dataset.sections) {
        for (const Paragraph &paragraph : section.paragraphs)
            characters += paragraph.text.in(language).size();
    }
    for (const Event &event : dataset.events)
        characters += shownCharacters(event, dataset, language);
    const auto cited = [&](bool fromArticle, const References &refs, const QStringList &sourceIds,
                           const std::optional<Dispute> &dispute) {
        characters += citationText(fromArticle, refs, sourceIds, dataset, language).size();
        if (dispute)
            characters += disputeText(*dispute, dataset, language).size();
    };
    for (const Mission &mission : dataset.missions) {
        for (const MissionHead &head : mission.heads)
            cited(head.fromArticle, head.refs, head.sourceIds, std::nullopt);
        for (const std::optional<DatedFact> &date : {mission.established, mission.opened}) {
            if (date)
                cited(!date->refs.isEmpty(), date->refs, date->sourceIds, date->dispute);
        }
    }
    for (const Fact &fact : dataset.facts) {
        characters += fact.value.in(language).size();
        cited(fact.fromArticle, fact.refs, fact.sourceIds, fact.dispute);
    }
    return characters;
}

} // namespace

ExportResult exportReport(
    const SharedDataset &dataset, Language language, const QString &path, ExportProgress *progress)
{
    const qsizetype characters = reportCharacters(*dataset, language);
    if (dataset->events.size() > MaxReportEvents || characters > MaxReportCharacters)
        return ExportResult::tooLarge(
            ReportWriter::tr("Cannot write %1: the briefing PDF holds up to %2 events and %3 characters of text, "
                             "and this dataset has %4 events and %5 characters. Export the timeline as CSV from the "
                             "Timeline tab instead.")
                .arg(QDir::toNativeSeparators(path), QLocale().toString(MaxReportEvents),
                    QLocale().toString(MaxReportCharacters), QLocale().toString(dataset->events.size()),
                    QLocale().toString(characters)));
    const std::unique_ptr<QTextDocument> document = buildReport(dataset, language);
    const QString error = writeAtomically(path, [&](QIODevice &device) {
        QPdfWriter pdf(&device);
        pdf.setTitle(dataset->title.in(language));
        pdf.setCreator(QStringLiteral("azkz-relations"));
        pdf.setResolution(600);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter);
        return printDocument(*document, pdf, dataset->title.in(language), progress);
    });
    return progress && progress->stopped() ? ExportResult::cancelled() : ExportResult::fromWrite(error);
}

} // namespace azkz
