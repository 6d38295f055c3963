#include "ui/common/wrappingheader.h"

#include "ui/common/plaintext.h"

#include <QHelpEvent>
#include <QStyle>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace azkz {

WrappingHeader::WrappingHeader(int maxLines, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent), m_maxLines(maxLines)
{
    setDefaultAlignment(Qt::AlignCenter);
    setTextElideMode(Qt::ElideNone); // the lines come elided from shownText()
    setSectionsClickable(true);
    connect(this, &QHeaderView::sectionResized, this, &WrappingHeader::fitHeight);
    connect(this, &QHeaderView::geometriesChanged, this, &WrappingHeader::fitHeight);
}

int WrappingHeader::arrowRoom() const
{
    // Qt's styles take height / 2 and two margins from the sorted column's text for the arrow;
    // the tallest header is counted, so that a title laid out for it never runs under the arrow.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    return (m_maxLines * fontMetrics().lineSpacing() + 10) / 2 + 2 * margin;
}

int WrappingHeader::textWidth(int logicalIndex) const
{
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const bool sorted = isSortIndicatorShown() && sortIndicatorSection() == logicalIndex;
    return std::max(1, sectionSize(logicalIndex) - 2 * margin - (sorted ? arrowRoom() : 0));
}

QString WrappingHeader::shownText(int logicalIndex) const
{
    const QString text = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const int width = textWidth(logicalIndex);
    QTextLayout layout(text, font());
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == m_maxLines - 1) { // the last line shown takes the rest, elided
            lines.append(fontMetrics().elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

void WrappingHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = shownText(logicalIndex);
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    // A column sized to its contents keeps its title whole on one line beside the sort arrow.
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    const QString text = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    size.setWidth(std::max(size.width(), fontMetrics().horizontalAdvance(text) + 2 * margin + arrowRoom() + 2));
    return size;
}

bool WrappingHeader::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && model()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int section = logicalIndexAt(help->pos());
        const QString text = section < 0 ? QString() : model()->headerData(section, orientation()).toString();
        if (!text.isEmpty() && shownText(section).endsWith(QChar(0x2026))) {
            QToolTip::showText(help->globalPos(), plainToolTip(text), this);
            return true;
        }
    }
    return QHeaderView::viewportEvent(event);
}

void WrappingHeader::fitHeight()
{
    int lines = 1;
    for (int section = 0; section < count(); ++section)
        lines = std::max(lines, int(shownText(section).count(QLatin1Char('\n'))) + 1);
    setFixedHeight(lines * fontMetrics().lineSpacing() + 10);
}

} // namespace azkz
