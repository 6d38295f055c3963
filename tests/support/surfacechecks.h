// What a user sees wrong on a surface, found from the widgets themselves: texts cut without
// "…" and a tooltip, controls too narrow for their text, widgets outside the window, toolbars
// hiding actions, and the keyboard's path through a window. Each check returns what it found
// as readable lines, so that a failure lists every problem at once.
#pragma once

#include "ui/common/plaintext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace azkz::test {

// Texts are measured, and small rounding allowed.
constexpr int Slack = 2;

inline QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    for (const QWidget *parent = widget->parentWidget(); name.isEmpty() && parent; parent = parent->parentWidget())
        name = parent->objectName().isEmpty() ? QString() : parent->objectName() + QStringLiteral("/…");
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

// The text as shown: a single '&' marks a mnemonic and is not drawn.
inline QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

// The character after a single '&', lower case; a null QChar when there is none.
inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Widgets that are shown, not scrolled content (a scroll area's content may lie outside).
inline bool isScrolledContent(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
            return true;
    }
    return false;
}

inline QList<QWidget *> shownWidgets(QWidget *window)
{
    QList<QWidget *> shown;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisible() && !widget->isWindow() && widget->width() > 0 && widget->height() > 0
            && !widget->visibleRegion().isEmpty())
            shown.append(widget);
    }
    return shown;
}

inline bool explained(const QString &shown, const QString &toolTip)
{
    return shown.contains(QStringLiteral("…")) && !toolTip.isEmpty();
}

inline QStringList cutLabels(QWidget *window)
{
    QStringList found;
    for (QWidget *widget : shownWidgets(window)) {
        auto *label = qobject_cast<QLabel *>(widget);
        if (!label || label->text().isEmpty())
            continue;
        const QRect area = label->contentsRect().marginsRemoved(
            QMargins(label->margin(), label->margin(), label->margin(), label->margin()));
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        bool fits;
        if (rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(label->text());
            if (label->wordWrap()) {
                document.setTextWidth(area.width());
                fits = document.size().height() <= area.height() + Slack;
            } else {
                fits = document.idealWidth() <= area.width() + Slack;
            }
        } else {
            const QString text = label->buddy() ? withoutMnemonic(label->text()) : label->text();
            const QFontMetrics metrics(label->font());
            if (label->wordWrap()) {
                const QRect needed = metrics.boundingRect(area.adjusted(0, 0, 0, 10000), Qt::TextWordWrap, text);
                fits = needed.height() <= area.height() + Slack && needed.width() <= area.width() + Slack;
            } else {
                int widest = 0;
                for (const QString &line : text.split(QLatin1Char('\n')))
                    widest = std::max(widest, metrics.horizontalAdvance(line));
                fits = (widest <= area.width() + Slack) || explained(text, label->toolTip());
            }
        }
        if (!fits)
            found.append(QStringLiteral("%1 cuts \"%2\" (%3×%4)")
                             .arg(describe(label), label->text().left(60))
                             .arg(area.width())
                             .arg(area.height()));
    }
    return found;
}

inline QStringList narrowControls(QWidget *window)
{
    QStringList found;
    for (QWidget *widget : shownWidgets(window)) {
        int needed = 0;
        QString text;
        if (auto *push = qobject_cast<QPushButton *>(widget)) {
            text = withoutMnemonic(push->text());
            // The style's hint, or, where the style asks a minimum width, the text and a little margin.
            needed = std::min(push->sizeHint().width(),
                push->fontMetrics().horizontalAdvance(text) + 8
                    + (push->icon().isNull() ? 0 : push->iconSize().width() + 4));
            if (explained(text, push->toolTip()))
                continue;
        } else if (auto *tool = qobject_cast<QToolButton *>(widget)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly || tool->text().isEmpty()
                || tool->objectName() == QLatin1String("qt_toolbar_ext_button"))
                continue;
            text = withoutMnemonic(tool->text());
            needed = tool->sizeHint().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = withoutMnemonic(button->text());
            if (text.isEmpty() || explained(text, button->toolTip()))
                continue;
            needed = button->sizeHint().width();
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            text = combo->currentText();
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            option.currentText = text;
            const QSize contents(combo->fontMetrics().horizontalAdvance(text), combo->fontMetrics().height());
            needed = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, combo).width();
        } else {
            continue;
        }
        if (widget->width() + Slack < needed)
            found.append(QStringLiteral("%1 is %2 px wide for \"%3\", which needs %4")
                             .arg(describe(widget))
                             .arg(widget->width())
                             .arg(text.left(60))
                             .arg(needed));
    }
    return found;
}

inline QStringList cutTabsAndToolbars(QWidget *window)
{
    QStringList found;
    for (QWidget *widget : shownWidgets(window)) {
        if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
            for (int i = 0; i < bar->count(); ++i) {
                const QString text = withoutMnemonic(bar->tabText(i));
                if (bar->fontMetrics().horizontalAdvance(text) + space > bar->tabRect(i).width() + Slack)
                    found.append(QStringLiteral("tab \"%1\" is cut").arg(text));
            }
            for (auto *scroll : bar->findChildren<QToolButton *>()) {
                if (scroll->isVisible())
                    found.append(QStringLiteral("%1 needs scroll buttons").arg(describe(bar)));
            }
        } else if (auto *toolbar = qobject_cast<QToolBar *>(widget)) {
            auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            if (more && more->isVisible())
                found.append(QStringLiteral("%1 hides actions behind »").arg(describe(toolbar)));
        }
    }
    return found;
}

inline QStringList cutHeaders(QWidget *window)
{
    QStringList found;
    for (QWidget *widget : shownWidgets(window)) {
        auto *header = qobject_cast<QHeaderView *>(widget);
        if (!header || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        for (int i = 0; i < header->count(); ++i) {
            const int left = header->sectionViewportPosition(i), size = header->sectionSize(i);
            if (header->isSectionHidden(i) || size == 0 || left < 0 || left + size > header->viewport()->width())
                continue; // scrolled out of view, not cut
            const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
            int needed = QFontMetrics(header->font()).horizontalAdvance(text) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
                needed += mark + margin;
            if (needed > size + Slack
                && header->model()->headerData(i, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty())
                found.append(QStringLiteral("%1: header \"%2\" is cut (%3 of %4 px) and has no tooltip")
                                 .arg(describe(header), text)
                                 .arg(size)
                                 .arg(needed));
        }
    }
    return found;
}

// Cells: wrapped text must not be cut off at the bottom (mid-word, with no "…"); text that is
// elided must be readable whole in a tooltip (the cell's own, or PlainToolTipDelegate's).
inline QStringList cutCells(QWidget *window)
{
    QStringList found;
    for (QWidget *widget : shownWidgets(window)) {
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        if (!view || !view->model())
            continue;
        bool wraps = false;
        if (auto *table = qobject_cast<QTableView *>(view))
            wraps = table->wordWrap();
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            wraps = tree->wordWrap();
        else if (auto *list = qobject_cast<QListView *>(view))
            wraps = list->wordWrap();
        const QRect viewport = view->viewport()->rect();
        QAbstractItemModel *model = view->model();
        const int rows = std::min(model->rowCount(), 400);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QRect cell = view->visualRect(index);
                if (cell.isEmpty() || !viewport.contains(cell))
                    continue; // hidden or scrolled: reachable, not cut
                const QString text = index.data().toString();
                if (text.isEmpty())
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(view->viewport());
                option.font = view->font();
                option.rect = cell;
                option.features = wraps ? QStyleOptionViewItem::WrapText : QStyleOptionViewItem::None;
                option.text = text;
                option.features |= QStyleOptionViewItem::HasDisplay;
                option.decorationSize = view->iconSize();
                const QSize needed = view->itemDelegateForIndex(index)->sizeHint(option, index);
                const bool tipped = !index.data(Qt::ToolTipRole).toString().isEmpty()
                    || qobject_cast<PlainToolTipDelegate *>(view->itemDelegateForIndex(index));
                if (wraps && needed.height() > cell.height() + Slack)
                    found.append(QStringLiteral("%1: cell (%2, %3) \"%4\" is cut at the bottom")
                                     .arg(describe(view))
                                     .arg(row)
                                     .arg(column)
                                     .arg(text.left(40)));
                else if (needed.width() > cell.width() + Slack && !tipped)
                    found.append(QStringLiteral("%1: cell (%2, %3) \"%4\" is elided with no tooltip")
                                     .arg(describe(view))
                                     .arg(row)
                                     .arg(column)
                                     .arg(text.left(40)));
            }
        }
    }
    return found;
}

inline QStringList outsideWindow(QWidget *window)
{
    QStringList found;
    for (QWidget *widget : shownWidgets(window)) {
        if (isScrolledContent(widget, window))
            continue;
        const QRect place(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!window->rect().contains(place))
            found.append(QStringLiteral("%1 lies outside the window: %2,%3 %4×%5")
                             .arg(describe(widget))
                             .arg(place.x())
                             .arg(place.y())
                             .arg(place.width())
                             .arg(place.height()));
    }
    return found;
}

inline QStringList surfaceProblems(QWidget *window)
{
    return cutLabels(window) + narrowControls(window) + cutTabsAndToolbars(window) + cutHeaders(window)
        + cutCells(window) + outsideWindow(window);
}

// The widgets that Tab stops at, in the order Tab visits them from the focus widget, until the
// focus comes back (or 400 presses). A widget that keeps the focus for several presses (a text
// browser going from link to link) counts once.
inline QList<QWidget *> tabCycle(QWidget *window)
{
    QList<QWidget *> visited;
    QWidget *first = QApplication::focusWidget();
    if (!first)
        return visited;
    visited.append(first);
    for (int press = 0; press < 400; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == first)
            break;
        if (now != visited.constLast())
            visited.append(now);
    }
    Q_UNUSED(window);
    return visited;
}

inline QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name) : QString();
}

} // namespace azkz::test
