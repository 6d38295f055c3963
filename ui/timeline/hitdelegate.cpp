#include "ui/timeline/hitdelegate.h"

#include "core/models/roles.h"
#include "core/text/searchtext.h"
#include "core/timeline/eventsmodel.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>

namespace azkz {

void HitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString heading = index.data(GroupHeadingRole).toString();
    if (heading.isEmpty()) {
        paintEventRow(painter, option, index);
        return;
    }
    // The heading in the row's upper half, across the whole row: each cell draws its part of it.
    const QRect band(option.rect.left(), option.rect.top(), option.rect.width(), option.rect.height() / 2);
    const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
    const int rowWidth = view ? view->viewport()->width() : option.rect.right() + 1;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QFont bold = option.font;
    bold.setBold(true);
    const QRect line = QRect(0, band.top(), rowWidth, band.height()).adjusted(margin, 0, -margin, 0);
    painter->save();
    painter->setClipRect(band);
    painter->fillRect(band, option.palette.alternateBase());
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(line, int(QStyle::visualAlignment(option.direction, Qt::AlignLeft | Qt::AlignVCenter)),
        QFontMetrics(bold).elidedText(heading, Qt::ElideRight, line.width()));
    painter->restore();
    QStyleOptionViewItem event(option);
    event.rect.setTop(band.bottom() + 1);
    paintEventRow(painter, event, index);
}

void HitDelegate::paintEventRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_query.trimmed().isEmpty() || index.column() != EventsModel::Title) {
        PlainToolTipDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QList<TextRange> hits = findFolded(text, m_query.trimmed());
    if (hits.isEmpty()) {
        PlainToolTipDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    opt.text.clear(); // the background, selection and focus as usual; the text is drawn here
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, area.width());
    const qsizetype visible = shown == text ? text.size() : shown.size() - 1; // before the "…"
    const int top = area.top() + (area.height() - metrics.height()) / 2;
    painter->save();
    painter->setFont(opt.font);
    painter->setClipRect(area);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    for (const TextRange &hit : hits) {
        if (hit.start >= visible)
            break;
        const QString part = text.mid(hit.start, std::min(hit.length, visible - hit.start));
        const int x = area.left() + metrics.horizontalAdvance(text.left(hit.start));
        const QRect mark(x, top, metrics.horizontalAdvance(part), metrics.height());
        painter->fillRect(mark, HitBackground);
        painter->setPen(HitText);
        painter->drawText(mark, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, part);
    }
    painter->restore();
}

} // namespace azkz
