// A layout that places its widgets in rows, as many on a row as the width allows.
#pragma once

#include <QLayout>
#include <QStyle>
#include <QWidget>

namespace azkz {

// Widgets in rows, as many on a row as the width allows: the filter bar is one row on a wide
// window and wraps on a narrow one instead of cutting the category names.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent) : QLayout(parent) { setContentsMargins(0, 0, 0, 0); }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = FlowLayout::takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items) {
            if (!item->isEmpty())
                size = QSize(size.width() + item->sizeHint().width() + gap(),
                    std::max(size.height(), item->sizeHint().height()));
        }
        return size.grownBy(contentsMargins());
    }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items) {
            if (!item->isEmpty())
                size = size.expandedTo(item->minimumSize());
        }
        return size.grownBy(contentsMargins());
    }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }

private:
    int gap() const
    {
        const QWidget *widget = parentWidget();
        const int spacing = widget ? widget->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) : -1;
        return spacing >= 0 ? spacing : 6;
    }
    // Places the items (when apply), each row's items centred on the row; returns the height.
    int arrange(const QRect &rect, bool apply) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        int y = area.top();
        QList<QLayoutItem *> row;
        int rowWidth = 0, rowHeight = 0;
        auto place = [&] {
            int x = area.left();
            for (QLayoutItem *item : std::as_const(row)) {
                const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
                if (apply)
                    item->setGeometry(QRect(QPoint(x, y + (rowHeight - hint.height()) / 2), hint));
                x += hint.width() + gap();
            }
            if (!row.isEmpty())
                y += rowHeight + gap();
            row.clear();
            rowWidth = rowHeight = 0;
        };
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const int width = std::min(item->sizeHint().width(), std::max(area.width(), 1));
            if (!row.isEmpty() && rowWidth + gap() + width > area.width())
                place();
            rowWidth += (row.isEmpty() ? 0 : gap()) + width;
            rowHeight = std::max(rowHeight, item->sizeHint().height());
            row.append(item);
        }
        place();
        return std::max(y - gap() - area.top(), 0) + contentsMargins().top() + contentsMargins().bottom();
    }

    QList<QLayoutItem *> m_items;
};

} // namespace azkz
