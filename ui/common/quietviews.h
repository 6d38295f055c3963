// Item views that tell a screen reader about their current item only while they have the
// keyboard focus.
//
// Qt 6.4's QTableView and QListView send an accessibility Focus event for the new current item
// whenever it changes, focused or not. Our views follow each other (a search filters the
// timeline list, the axis and the map choose a row), so a screen reader spoke a row that never
// had the focus after every letter typed in a search field. Unfocused, these views change their
// current item as QAbstractItemView does, without that event; focused, as Qt does; and given the
// focus, they say their current item.
#pragma once

#include <QAccessible>
#include <QListView>
#include <QListWidget>
#include <QTableView>

namespace azkz {

template <class View> class QuietView : public View
{
public:
    using View::View;

protected:
    // Focused, the view says its current item as the arrows would (after a link, Qt said the
    // table alone).
    void focusInEvent(QFocusEvent *event) override
    {
        View::focusInEvent(event);
        if (!QAccessible::isActive()) // nothing listens: nothing to say
            return;
        // After the event that says the view has the focus, which Qt sends once this returns.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (this->hasFocus() && this->currentIndex().isValid())
                    View::currentChanged(this->currentIndex(), this->currentIndex());
            },
            Qt::QueuedConnection);
    }
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        if (this->hasFocus())
            View::currentChanged(current, previous);
        else
            QAbstractItemView::currentChanged(current, previous);
    }
};

using QuietTableView = QuietView<QTableView>;
using QuietListView = QuietView<QListView>;
using QuietListWidget = QuietView<QListWidget>;

} // namespace azkz
