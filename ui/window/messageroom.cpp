#include "ui/window/messageroom.h"

#include <QEvent>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

namespace azkz {

MessageRoom::MessageRoom(QStatusBar *bar, QWidget *line) : QObject(bar), m_bar(bar), m_line(line)
{
    connect(bar, &QStatusBar::messageChanged, this, &MessageRoom::fit);
    bar->installEventFilter(this); // a resize while a message is shown
}

bool MessageRoom::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar && event->type() == QEvent::Resize && !m_bar->currentMessage().isEmpty())
        fit();
    return QObject::eventFilter(watched, event);
}

void MessageRoom::fit()
{
    const QString message = m_bar->currentMessage();
    if (message.isEmpty()) {
        m_line->setMaximumWidth(QWIDGETSIZE_MAX);
        return;
    }
    // What is left of the bar once the message, its margins and the bar's other widgets shown
    // (the reading indicator, the size grip) have theirs; never under the line's own minimum,
    // where it shows "…" and its tooltip the whole.
    const int spacing = m_bar->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    int others = 0;
    for (const QWidget *sibling : m_bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (sibling != m_line && sibling->isVisible())
            others += sibling->width() + std::max(spacing, 0);
    }
    const int room = m_bar->contentsRect().width() - m_bar->fontMetrics().horizontalAdvance(message)
        - 4 * std::max(spacing, 6) - others;
    m_line->setMaximumWidth(std::max(m_line->minimumSizeHint().width(), room));
}

} // namespace azkz
