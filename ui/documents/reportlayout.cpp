#include "ui/documents/reportlayout.h"

#include "ui/documents/chartexport.h"
#include "ui/documents/exportprogress.h"
#include "ui/documents/printing.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <optional>

namespace azkz {

// The context of the page furniture's strings.
struct ReportLayout {
    Q_DECLARE_TR_FUNCTIONS(azkz::ReportLayout)
};

namespace {

// Rounding in the layout puts a line's bottom a hair beyond its page's end.
constexpr qreal Tolerance = 0.5;

class Pages
{
public:
    explicit Pages(const QTextDocument &document)
        : m_layout(*document.documentLayout()), m_height(document.pageSize().height())
    { }
    int pageOf(qreal y) const { return int(std::floor(y / m_height)); }
    qreal height() const { return m_height; }
    QRectF block(const QTextBlock &block) const { return m_layout.blockBoundingRect(block); }
    // The bottom of the block's first line: what a heading before it must share a page with.
    qreal firstLineBottom(const QTextBlock &b) const
    {
        const QRectF box = block(b);
        const QTextLayout *text = b.layout();
        if (!text || text->lineCount() == 0)
            return box.bottom();
        return box.top() + text->lineAt(0).rect().bottom();
    }
    bool crosses(qreal top, qreal bottom) const { return pageOf(top + Tolerance) != pageOf(bottom - Tolerance); }
    // A table row's extent: from its cells' first lines to their last.
    std::pair<qreal, qreal> row(QTextTable &table, int r) const
    {
        qreal top = 1e300, bottom = -1e300;
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            if (!cell.isValid() || cell.row() != r)
                continue;
            top = std::min(top, block(cell.firstCursorPosition().block()).top());
            bottom = std::max(bottom, block(cell.lastCursorPosition().block()).bottom());
        }
        return {top, bottom};
    }

private:
    const QAbstractTextDocumentLayout &m_layout;
    qreal m_height;
};

bool breaksBefore(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// What makes the first broken rule hold: a page break before a block (a heading), a paragraph
// split where a page ends, or a table split before a row, the rest starting the next page
// under its header. (A page break inside a table cell would make Qt's table layout move the
// row to the next page and then break again, leaving an empty page behind.)
struct Fix {
    QTextBlock breakBefore = {};
    int splitAt = -1; // a paragraph split here
    QTextTable *table = nullptr; // a table split before row
    int row = -1;
    bool splitOnly = false; // in a row taller than a page: the paragraph split where Qt put a page's end
};

// In a row taller than a page, where a table cannot move the row: the first line of the row's
// cells that runs over a page's end starts the next page, pushed down by a margin (a page break
// in a cell would make Qt move the whole row). Each line is then drawn once, whole.
std::optional<Fix> splitInTallRow(const Pages &pages, QTextTable &table, int row)
{
    for (int c = 0; c < table.columns(); ++c) {
        const QTextTableCell cell = table.cellAt(row, c);
        if (!cell.isValid() || cell.row() != row)
            continue;
        for (QTextBlock block = cell.firstCursorPosition().block();
             block.isValid() && block.position() <= cell.lastCursorPosition().position(); block = block.next()) {
            const QTextLayout *text = block.layout();
            const qreal top = pages.block(block).top();
            for (int l = 1; text && l < text->lineCount(); ++l) {
                // Qt's table layout has moved the line below the next page's header; split there,
                // or the line before is drawn again (clipped, out of sight) on the next page.
                if (pages.pageOf(top + text->lineAt(l).rect().top() + Tolerance)
                    != pages.pageOf(top + text->lineAt(l - 1).rect().top() + Tolerance))
                    return Fix{.splitAt = block.position() + text->lineAt(l).textStart(), .splitOnly = true};
            }
        }
    }
    return std::nullopt;
}

// A paragraph that runs over a page's end is split there, the rest starting the next page:
// each line is then drawn once (Qt draws the lines beside the clip too, out of sight but in a
// PDF's text). At least two of its lines stay on each side; a paragraph that cannot keep them
// moves to the next page whole.
std::optional<Fix> splitParagraph(const Pages &pages, const QTextBlock &block)
{
    const QTextLayout *text = block.layout();
    const int lines = text ? text->lineCount() : 0;
    if (lines == 0)
        return std::nullopt;
    const qreal top = pages.block(block).top();
    const int firstPage = pages.pageOf(top + text->lineAt(0).rect().top() + Tolerance);
    int next = 1; // the first line on a later page
    while (next < lines && pages.pageOf(top + text->lineAt(next).rect().bottom() - Tolerance) == firstPage)
        ++next;
    if (next == lines)
        return std::nullopt;
    next = std::min(next, lines - 2); // two lines at least on the next page
    if (next < 2)
        return breaksBefore(block) || pages.pageOf(top + Tolerance) != firstPage
            ? std::nullopt
            : std::optional(Fix{.breakBefore = block});
    return Fix{.splitAt = block.position() + text->lineAt(next).textStart()};
}

// The first fix the rules need, if any.
std::optional<Fix> firstViolation(QTextDocument &document)
{
    const Pages pages(document);
    QTextBlock heading; // the first of the headings waiting for what follows them
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            const int headerRows = table->format().headerRowCount();
            const int firstBodyRow = std::min(headerRows, table->rows() - 1);
            if (heading.isValid()) {
                const QRectF box = document.documentLayout()->frameBoundingRect(frame);
                // A short table (a mission's block) stays whole with its heading; a long one
                // keeps at least its header and first row with it.
                const qreal end
                    = box.height() <= pages.height() / 2 ? box.bottom() : pages.row(*table, firstBodyRow).second;
                if (pages.crosses(pages.block(heading).top(), end) && !breaksBefore(heading))
                    return Fix{.breakBefore = heading};
                heading = QTextBlock();
            }
            for (int r = firstBodyRow; r < table->rows(); ++r) {
                const auto [top, bottom] = pages.row(*table, r);
                if (!pages.crosses(top, bottom))
                    continue;
                if (bottom - top >= pages.height()) {
                    if (const std::optional<Fix> fix = splitInTallRow(pages, *table, r))
                        return fix;
                    continue;
                }
                // The row moves to the next page whole, under the table's header (the first
                // row: the whole table moves).
                if (r > firstBodyRow || !(table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                    return Fix{.table = table, .row = r};
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const bool isHeading = block.blockFormat().headingLevel() > 0;
        const bool headed = heading.isValid() && !isHeading && !breaksBefore(heading);
        if (headed && pages.crosses(pages.block(heading).top(), pages.firstLineBottom(block)))
            return Fix{.breakBefore = heading};
        if (const std::optional<Fix> fix = splitParagraph(pages, block))
            return headed && fix->breakBefore.isValid() ? Fix{.breakBefore = heading} : fix; // with its heading
        if (!isHeading)
            heading = QTextBlock();
        if (isHeading && !heading.isValid())
            heading = block;
    }
    return std::nullopt;
}

// Where a fix is made: the top of what moves to the next page.
qreal where(const QTextDocument &document, const Pages &pages, const Fix &fix)
{
    if (fix.table)
        return pages.row(*fix.table, fix.row).first;
    if (fix.splitAt < 0)
        return pages.block(fix.breakBefore).top();
    const QTextBlock block = document.findBlock(fix.splitAt);
    const QTextLine line = block.layout()->lineForTextPosition(fix.splitAt - block.position());
    return pages.block(block).top() + (line.isValid() ? line.y() : 0);
}

void copyCell(const QTextTableCell &from, QTextTableCell to)
{
    to.setFormat(from.format());
    QTextCursor source = from.firstCursorPosition();
    QTextCursor target = to.firstCursorPosition();
    target.setBlockFormat(source.blockFormat());
    target.setBlockCharFormat(source.blockCharFormat());
    source.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    target.insertFragment(source.selection());
}

// The rows above row go into a table of their own before this one, which keeps its header
// rows and row onwards and starts a page: each page's part of a long table is whole, its
// header on top. Only the rows above are copied (a page's worth, the rows before them having
// been split off already).
void splitTable(QTextDocument &document, QTextTable &table, int row)
{
    const QTextTableFormat format = table.format();
    const int headerRows = format.headerRowCount();
    if (row > headerRows) {
        QTextCursor before(&document);
        before.setPosition(table.firstPosition() - 1);
        QTextTable *above = before.insertTable(row, table.columns(), format);
        for (int r = 0; r < row; ++r) {
            for (int c = 0; c < table.columns(); ++c)
                copyCell(table.cellAt(r, c), above->cellAt(r, c));
        }
        table.removeRows(headerRows, row - headerRows);
    }
    QTextTableFormat rest = format;
    rest.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    table.setFormat(rest);
}

void apply(QTextDocument &document, const Fix &fix)
{
    // One change for the layout, laid out again once (not after each cell copied).
    QTextCursor edit(&document);
    edit.beginEditBlock();
    const auto done = qScopeGuard([&edit] { edit.endEditBlock(); });
    if (fix.splitAt >= 0) {
        // The two parts read as one paragraph: no space between them, no indent on the second.
        QTextCursor cursor(&document);
        cursor.setPosition(fix.splitAt);
        QTextBlockFormat first = cursor.blockFormat();
        QTextBlockFormat rest = first;
        first.setBottomMargin(0);
        cursor.setBlockFormat(first);
        rest.setTopMargin(0);
        rest.setTextIndent(0);
        if (!fix.splitOnly)
            rest.setPageBreakPolicy(rest.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(rest, cursor.charFormat());
        return;
    }
    if (fix.table) {
        splitTable(document, *fix.table, fix.row);
        return;
    }
    QTextBlockFormat format = fix.breakBefore.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(fix.breakBefore).setBlockFormat(format);
}

} // namespace

QString typeScaleStyleSheet()
{
    return QStringLiteral("body { font-size: %1pt; }"
                          "h1 { font-size: %5pt; font-weight: bold; margin-top: 0px; margin-bottom: 8px; }"
                          "h2 { font-size: %4pt; font-weight: bold; margin-top: 20px; margin-bottom: 8px; }"
                          "h3 { font-size: %3pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
                          "p { margin-top: 0px; margin-bottom: 7px; }"
                          "td, th { font-size: %1pt; }"
                          "th { font-weight: bold; }"
                          ".refs { font-size: %2pt; }")
        .arg(TypeScale::Body)
        .arg(TypeScale::Note)
        .arg(TypeScale::Heading3)
        .arg(TypeScale::Heading2)
        .arg(TypeScale::Title);
}

std::unique_ptr<QTextDocument> newLongDocument()
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(exportFontFamily());
    font.setPointSizeF(TypeScale::Body);
    document->setDefaultFont(withoutLigatures(font));
    document->setDefaultStyleSheet(typeScaleStyleSheet());
    document->setDocumentMargin(0);
    return document;
}

bool applyPaginationRules(QTextDocument &document, ExportProgress *progress)
{
    // One fix at a time, from the top: each moves everything after it.
    for (int fixes = 0; fixes < 10000; ++fixes) {
        const std::optional<Fix> fix = firstViolation(document);
        if (!fix)
            return true;
        if (progress) {
            const Pages pages(document);
            if (!progress->step(ExportProgress::Stage::LayingOut, pages.pageOf(where(document, pages, *fix)) + 1,
                    document.pageCount()))
                return false;
        }
        apply(document, *fix);
    }
    return true;
}

bool printDocument(
    QTextDocument &document, QPagedPaintDevice &device, const QString &runningTitle, ExportProgress *progress)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // The document is laid out in units of 1/96 inch, whatever the device: its CSS lengths
    // (px) and its fonts (pt) keep their proportions, and the painter scales to the device.
    QImage layoutDevice(1, 1, QImage::Format_Mono);
    layoutDevice.setDotsPerMeterX(3780);
    layoutDevice.setDotsPerMeterY(3780);
    const qreal scale = device.logicalDpiY() / 96.0;
    const auto points = [](qreal pt) { return pt * 96 / 72; };
    const QRectF area(0, 0, device.width() / scale, device.height() / scale); // inside the margins
    const qreal band = points(TypeScale::Note * 2.6);
    // The body's height in whole 64ths of a unit, as the layout holds lengths (QFixed): with any
    // other height the layout's page ends drift from ours by a little more on every page (on
    // page 15, a paragraph moved to the next page had its first line drawn at the foot of the
    // one before, out of sight but in the PDF's text).
    const QRectF body(0, band, area.width(), std::floor((area.height() - 2 * band) * 64) / 64);

    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    if (!applyPaginationRules(document, progress))
        return false;
    const int pageCount = document.pageCount();

    QFont furniture = withoutLigatures(QFont(exportFontFamily()));
    furniture.setPixelSize(qRound(points(TypeScale::Note))); // in layout units, which the painter scales
    const QColor grey(0x55, 0x55, 0x55);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = printPalette();
    bool drawn = true;
    for (int page = 0; page < pageCount && drawn; ++page) {
        if (page > 0 && !device.newPage()) {
            drawn = false;
            break;
        }
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        // A hair inside the page: a line ending exactly where the next page begins belongs to
        // this page only (the layout draws every line that touches the clip, and rounds the clip
        // to 1/64 px: a smaller hair is rounded away and the next page's first line is drawn,
        // out of sight but in the PDF's text, under the footer).
        const qreal hair = 0.1;
        context.clip = QRectF(0, page * body.height() + hair, body.width(), body.height() - 2 * hair);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(furniture);
        painter.setPen(grey);
        const QRectF header(0, 0, area.width(), band - points(4));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
            QFontMetricsF(furniture).elidedText(runningTitle, Qt::ElideRight, header.width() * 0.75));
        painter.setPen(QPen(grey, points(0.4)));
        painter.drawLine(QPointF(0, band - points(2)), QPointF(area.width(), band - points(2)));
        painter.drawText(QRectF(0, area.height() - band + points(4), area.width(), band - points(4)),
            Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
            ReportLayout::tr("page %1 of %2").arg(page + 1).arg(pageCount));
        painter.restore();
        if (progress && !progress->step(ExportProgress::Stage::Writing, page + 1, pageCount))
            drawn = false;
    }
    document.documentLayout()->setPaintDevice(nullptr); // the image goes out of scope
    return painter.end() && drawn;
}

} // namespace azkz
