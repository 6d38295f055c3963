// Widgets that keep fitting their contents where Qt's keep a size measured once, and two helpers that fit
// a scroll area and a list to theirs.
#pragma once

#include <QComboBox>
#include <QListWidget>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace azkz {

// A combo box as wide as its items' texts, also once they are translated: QComboBox keeps the
// minimum size it first computed until its style changes, so the texts of a shorter language
// would keep the longer one's width.
class FittingComboBox final : public QComboBox
{
public:
    explicit FittingComboBox(QWidget *parent) : QComboBox(parent) { setSizeAdjustPolicy(AdjustToContents); }
    QSize minimumSizeHint() const override { return sizeHint(); } // the same measure, cached until the texts change
};

// A frameless, vertical-only scroll area no taller than its widget needs at the area's width
// (QScrollArea's size hint does not know that wrapped text needs fewer lines on a wide window):
// beside a stretching widget, that one gets the rest of the height. The widget must be set.
class FittedScrollArea final : public QScrollArea
{
public:
    explicit FittedScrollArea(QWidget *parent) : QScrollArea(parent)
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        fitHeight();
    }
    // The content changed (a table shown in place of another, a text rewrapped): the height it
    // needs too. Kept from its last resize, a short content's height left a table out of sight.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            fitHeight();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    void fitHeight()
    {
        const int needed = widget() ? widget()->heightForWidth(width() - verticalScrollBar()->sizeHint().width()) : 0;
        if (needed > 0)
            setMaximumHeight(needed + 2 * frameWidth());
    }
};

// A scroll area as tall as its content, never taller: no empty space inside the frame.
inline void fitHeightToContents(QAbstractScrollArea *view)
{
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

// A list no taller than its rows (Qt's content size adds an empty line's height).
inline void fitListToRows(QListWidget *list)
{
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : 0;
    list->setMaximumHeight(row * list->count() + 2 * list->frameWidth());
}

} // namespace azkz
