// The briefing PDF as the command line writes it, read back with poppler in both languages:
// rows never split, the timeline's header on every page it spans, no images, fonts embedded,
// no ligature code points, a title block with the date, and the sources.
#include "core/data/language.h"
#include "core/load/datasetloader.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/timeline/eventsmodel.h"
#include "core/trade/tradeseriesmodel.h"
#include "support/programrun.h"
#include "support/testsupport.h"
#include "ui/documents/reportlayout.h"
#include "ui/documents/reportwriter.h"
#include "ui/documents/timelineexport.h"
#include "ui/window/languagemanager.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace azkz;

namespace {

// Text as compared across line and page breaks: no white space, no hyphens (pdftotext joins
// "inter-" and "parliamentary" at a line's end).
QString folded(QString text)
{
    text = text.normalized(QString::NormalizationForm_C);
    text.remove(QRegularExpression(QStringLiteral("[\\s\\-\u00ad]")));
    return text;
}

QStringList pageTexts(const QString &pdf, int pages, bool layout = false)
{
    QStringList texts;
    for (int page = 1; page <= pages; ++page) {
        QStringList args{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page)};
        if (layout)
            args.append(QStringLiteral("-layout"));
        texts.append(test::runTool(QStringLiteral("pdftotext"), args + QStringList{pdf, QStringLiteral("-")}));
    }
    return texts;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void report_data();
    void report();
    void tooLargeDataset_isRefusedAndNothingWritten();
    void paginationRules_keepRowsAndHeadingsOnTheirPage();

private:
    QTemporaryDir m_dir;
};

void TestReport::report_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("az") << QStringLiteral("az");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestReport::report()
{
    QFETCH(QString, lang);
    const Language language = *languageFromCode(lang);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
    const test::Run run = test::runProgram({QStringLiteral("--lang"), lang, QStringLiteral("--export-report"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const int pages = test::pdfPageCount(path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

    // No image objects: the chart is vectors.
    const QStringList images = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the two header lines only
    // Every font embedded.
    const QStringList fonts
        = test::runTool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2);
    for (const QString &font : fonts.mid(2))
        QVERIFY2(
            font.mid(fonts.at(0).indexOf(QLatin1String("emb")), 3).trimmed() == QLatin1String("yes"), qPrintable(font));

    const QString raw = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    // No ligature code points (U+FB00..U+FB06): "Rəfiyev" is found as typed.
    for (ushort ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
        QVERIFY2(!raw.contains(QChar(ligature)), qPrintable(QString::number(ligature, 16)));
    const SharedDataset dataset = test::shared(*loadDataset(embeddedDatasetPath()).dataset);
    for (const Mission &mission : dataset->missions) {
        if (mission.address)
            QVERIFY2(
                folded(raw).contains(folded(mission.address->in(language))), qPrintable(mission.address->in(language)));
    }
    QVERIFY(raw.contains(lang == QLatin1String("az") ? QStringLiteral("Rəfiyev") : QStringLiteral("Rafiyev")));

    // The title block: the title, the date the report was made, the language.
    const QStringList texts = pageTexts(path, pages);
    const QString date = localeFor(language).toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
    QVERIFY2(texts.first().contains(dataset->title.in(language)), qPrintable(texts.first().left(300)));
    QVERIFY2(texts.first().contains(date), qPrintable(date));
    QVERIFY(texts.first().contains(nativeLanguageName(language)));
    // The sources, from the page they start on (the licence's address is printed there only) to
    // the end: the article's title, publisher, licence and its address, its reference numbers.
    const Source &source = dataset->source;
    qsizetype first = texts.size() - 1;
    while (first > 0 && !folded(texts.at(first)).contains(folded(source.licenceUrl)))
        --first;
    const QString sources = folded(texts.mid(first).join(QLatin1Char(' ')));
    QVERIFY(sources.contains(folded(source.publisher.in(language))));
    QVERIFY(sources.contains(folded(source.licenceUrl)));
    QVERIFY(texts.mid(first)
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("[1] [2] [3] [4] [5] [6] [7] [8] [9] [10] [11]")));
    // ...the article's address, and every other source the dataset names, with its address.
    QVERIFY2(sources.contains(folded(source.address)), qPrintable(texts.last().right(800)));
    QVERIFY(!dataset->sources.isEmpty());
    for (const SourceEntry &entry : dataset->sources) {
        if (entry.kind == SourceKind::Article)
            continue;
        QVERIFY2(QString(sources).remove(QLatin1Char(' ')).contains(folded(printableAddress(entry.address))),
            qPrintable(entry.address));
        // Its licence in the report's language (the IMF's terms are words, said in both).
        QVERIFY2(sources.contains(folded(entry.licence.in(language))), qPrintable(entry.licence.in(language)));
    }

    // Every event's title and its text on one page; the timeline's header on every page it spans.
    LanguageManager languages; // the headers as the program wrote them, in its translation
    QVERIFY(languages.setLanguage(language));
    // The trade section shows the long series from each side and the mirror view.
    TradeSeriesModel series(dataset, language);
    for (TradeViewKind view : {TradeViewKind::Reporter, TradeViewKind::Partner, TradeViewKind::Mirror}) {
        TradeViewSettings settings;
        settings.view = view;
        series.setSettings(settings);
        QVERIFY2(folded(raw).contains(folded(series.viewTitle())), qPrintable(series.viewTitle()));
    }
    const EventsModel events(dataset, language);
    const QString dateHeader = events.headerData(EventsModel::Date, Qt::Horizontal).toString();
    const QString eventHeader = events.headerData(EventsModel::Title, Qt::Horizontal).toString();
    static const QRegularExpression references(QStringLiteral("\\[\\d+\\]"));
    // So may the words of the date column and the source column's "Other sources": both sides are
    // compared without them.
    const auto without = [](QString text, const QString &words) {
        QStringList list = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // The longer first: "2025" before "25", which would leave "20" of it.
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &word : list)
            text.remove(folded(word));
        return text;
    };
    QList<int> timelinePages;
    for (int row = 0; row < events.rowCount(); ++row) {
        const QString columns = events.index(row, EventsModel::Date).data().toString() + QLatin1Char(' ')
            + events.index(row, EventsModel::Origin).data().toString(); // "Article", "Other sources"
        const QString title = without(folded(events.index(row, EventsModel::Title).data().toString()), columns);
        const QString text = without(folded(events.index(row, EventsModel::Date).data(DetailRole).toString()), columns);
        int found = -1;
        for (int page = 0; page < pages && found < 0; ++page) {
            // Reference numbers from the next column may come between lines in reading order.
            if (without(folded(texts.at(page)).remove(references), columns).contains(title + text))
                found = page;
        }
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("event %1 split or missing: %2").arg(row).arg(title)));
        if (!timelinePages.contains(found))
            timelinePages.append(found);
    }
    QVERIFY2(timelinePages.size() >= 2, "the timeline spans pages in this test's dataset");
    // On each page the timeline spans, its header row comes before the page's first event.
    for (int page : timelinePages) {
        const QStringList lines = texts.at(page).split(QLatin1Char('\n'));
        const qsizetype header = lines.indexOf(eventHeader);
        qsizetype firstEvent = lines.size();
        for (int row = 0; row < events.rowCount(); ++row) {
            const qsizetype at = lines.indexOf(events.index(row, EventsModel::Title).data().toString());
            if (at >= 0)
                firstEvent = std::min(firstEvent, at);
        }
        QVERIFY2(header >= 0 && header < firstEvent && lines.contains(dateHeader),
            qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(lines.mid(0, 12).join(QLatin1Char('|')))));
    }

    // No page ends on a heading: the last line above the footer is never a chapter's or a
    // section's or a mission's title.
    QStringList headings = {QCoreApplication::translate("azkz::ReportWriter", "Key facts"),
        QCoreApplication::translate("azkz::ReportWriter", "Diplomatic missions"),
        QCoreApplication::translate("azkz::ReportWriter", "Timeline"),
        QCoreApplication::translate("azkz::ReportWriter", "Trade"),
        QCoreApplication::translate("azkz::ReportWriter", "Sources and licence")};
    for (const Section &section : dataset->sections)
        headings.append(section.title.in(language));
    for (const Mission &mission : dataset->missions)
        headings.append(mission.name.in(language));
    for (int page = 0; page < pages; ++page) {
        QStringList lines = texts.at(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        while (!lines.isEmpty()
            && (lines.constLast().trimmed().isEmpty() || lines.constLast().startsWith(QLatin1Char('\f'))))
            lines.removeLast();
        QVERIFY(lines.size() >= 2);
        const QString lastLine = lines.at(lines.size() - 2).trimmed(); // the last one is the footer
        QVERIFY2(
            !headings.contains(lastLine), qPrintable(QStringLiteral("page %1 ends on %2").arg(page + 1).arg(lastLine)));
    }

    // The chart's texts are text (searchable), on the page of the trade section.
    QVERIFY(raw.contains(QStringLiteral("2021")));
    int chartPage = -1;
    for (int page = 0; page < pages; ++page) {
        if (texts.at(page).contains(QStringLiteral("800")) && texts.at(page).contains(QStringLiteral("2022")))
            chartPage = page;
    }
    QVERIFY(chartPage >= 0);
    // Running footer with "page N of M" on every page. A line of the next page, drawn there but
    // clipped away, may be extracted in between (see README, known issues): the footer's letters
    // are looked for in order at the page's end.
    const QStringList layoutTexts = pageTexts(path, pages, true);
    for (int page = 0; page < pages; ++page) {
        const QString footer
            = folded(QCoreApplication::translate("azkz::ReportLayout", "page %1 of %2").arg(page + 1).arg(pages));
        QVERIFY2(test::containsInOrder(folded(texts.at(page)).right(footer.size() + 40), footer),
            qPrintable(texts.at(page).right(80)));
        // (pdftotext's layout mode may widen the spaces of a header over a justified line.)
        // (A line that ends the page before may be extracted again above it: see README, known issues.)
        const QString header = folded(dataset->title.in(language));
        QVERIFY2(test::containsInOrder(folded(texts.at(page)).left(header.size() + 200), header),
            qPrintable(layoutTexts.at(page).left(120)));
    }
}

void TestReport::tooLargeDataset_isRefusedAndNothingWritten()
{
    Dataset big = *loadDataset(embeddedDatasetPath()).dataset;
    while (big.events.size() <= MaxReportEvents)
        big.events.append(big.events.constFirst());
    const QString report = m_dir.filePath(QStringLiteral("big.pdf"));
    const SharedDataset shown = test::shared(big);
    const ExportResult refused = exportReport(shown, Language::English, report);
    QCOMPARE(refused.error, ExportResult::Error::TooLarge);
    QVERIFY(!refused.ok() && refused.message.contains(report));
    QVERIFY(!QFile::exists(report));
    const QString timeline = m_dir.filePath(QStringLiteral("big.png"));
    const ExportResult picture
        = exportTimeline(shown, Language::English, allEvents(shown), timeline, ExportFormat::Png);
    QCOMPARE(picture.error, ExportResult::Error::TooLarge);
    QVERIFY(!QFile::exists(timeline));
    // A folder where the file should be: the write fails, and says so.
    const ExportResult folder = exportTimeline(shown, Language::English, {0, 1}, m_dir.path(), ExportFormat::Pdf);
    QCOMPARE(folder.error, ExportResult::Error::WriteFailed);
    QVERIFY(folder.message.contains(QLatin1String("is a folder")));
    // And a good one.
    const ExportResult written = exportTimeline(
        shown, Language::English, {0, 1}, m_dir.filePath(QStringLiteral("two.svg")), ExportFormat::Svg);
    QVERIFY2(written.ok() && written.message.isEmpty(), qPrintable(written.message));
}

namespace {

// The rows of the document's table that run over a page's end, and the headings that end a page.
std::pair<int, int> pageBreakFaults(QTextDocument &document)
{
    const qreal height = document.pageSize().height();
    const auto page = [height](qreal y) { return int(std::floor(y / height)); };
    QAbstractTextDocumentLayout &layout = *document.documentLayout();
    int rows = 0, headings = 0;
    // A long table is split where a page ends: each part is checked.
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        for (int r = 0; table && r < table->rows(); ++r) {
            const QRectF top = layout.blockBoundingRect(table->cellAt(r, 1).firstCursorPosition().block());
            const QRectF bottom = layout.blockBoundingRect(table->cellAt(r, 1).lastCursorPosition().block());
            rows += page(top.top() + 0.5) != page(bottom.bottom() - 0.5);
        }
    }
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.next().isValid())
            headings += page(layout.blockBoundingRect(block).top())
                != page(layout.blockBoundingRect(block.next()).bottom() - 0.5);
    }
    return {rows, headings};
}

QString sampleHtml()
{
    QString html;
    for (int i = 0; i < 6; ++i)
        html += QStringLiteral("<p>Paragraph %1 of the text before the table, long enough to wrap over a few lines "
                               "of the narrow page used here.</p>")
                    .arg(i);
    html += QStringLiteral("<h2>Heading</h2><p>What follows the heading.</p><table border=\"1\"><thead><tr><th>A</th>"
                           "<th>B</th></tr></thead>");
    for (int i = 0; i < 30; ++i)
        html += QStringLiteral("<tr><td>%1</td><td>First line of row %1<br/>second line<br/>third line<br/>fourth "
                               "line</td></tr>")
                    .arg(i);
    return html + QStringLiteral("</table>");
}

} // namespace

void TestReport::paginationRules_keepRowsAndHeadingsOnTheirPage()
{
    for (qreal pageHeight = 180; pageHeight <= 260; pageHeight += 7) {
        QTextDocument document;
        document.setHtml(sampleHtml());
        document.setDocumentMargin(0);
        document.setPageSize(QSizeF(300, pageHeight));
        applyPaginationRules(document);
        const auto [rows, headings] = pageBreakFaults(document);
        QVERIFY2(rows == 0 && headings == 0,
            qPrintable(QStringLiteral("page height %1: %2 split rows, %3 headings at a page's end")
                           .arg(pageHeight)
                           .arg(rows)
                           .arg(headings)));
    }
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
