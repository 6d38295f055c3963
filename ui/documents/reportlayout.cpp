#include "ui/documents/reportlayout.h"

#include "ui/documents/chartexport.h"
#include "ui/documents/printing.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
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

// The first block that must start a new page for the rules to hold, if any.
std::optional<QTextBlock> firstViolation(QTextDocument &document)
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
                    return heading;
                heading = QTextBlock();
            }
            for (int r = firstBodyRow; r < table->rows(); ++r) {
                const auto [top, bottom] = pages.row(*table, r);
                if (bottom - top < pages.height() && pages.crosses(top, bottom)) {
                    // Every cell of the row starts on the next page: the row moves as a whole.
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextBlock first = table->cellAt(r, c).firstCursorPosition().block();
                        if (!breaksBefore(first))
                            return first;
                    }
                }
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const bool isHeading = block.blockFormat().headingLevel() > 0;
        if (heading.isValid() && !isHeading) {
            if (pages.crosses(pages.block(heading).top(), pages.firstLineBottom(block)) && !breaksBefore(heading))
                return heading;
            heading = QTextBlock();
        }
        if (isHeading && !heading.isValid())
            heading = block;
    }
    return std::nullopt;
}

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
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

void applyPaginationRules(QTextDocument &document)
{
    // One fix at a time, from the top: each moves everything after it.
    for (int fixes = 0; fixes < 10000; ++fixes) {
        const std::optional<QTextBlock> block = firstViolation(document);
        if (!block)
            return;
        breakBefore(*block);
    }
}

bool printDocument(QTextDocument &document, QPagedPaintDevice &device, const QString &runningTitle)
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
    const QRectF body(0, band, area.width(), area.height() - 2 * band);

    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    applyPaginationRules(document);
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
        // this page only (the layout draws every line that touches the clip).
        const qreal hair = 0.01;
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
    }
    document.documentLayout()->setPaintDevice(nullptr); // the image goes out of scope
    return painter.end() && drawn;
}

} // namespace azkz
