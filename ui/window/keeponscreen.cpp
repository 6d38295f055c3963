#include "ui/window/keeponscreen.h"

#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace azkz {

void keepOnScreen(QWidget &window)
{
    // A size remembered on a larger screen (or from a window widened by a long text) must not
    // leave the window bigger than this screen or partly outside it. The window system's frame
    // is known once the window is shown (zero before): this runs again then.
    if (window.isMaximized() || window.isFullScreen())
        return;
    const QRect available = window.screen()->availableGeometry();
    const QRect inner = window.geometry(), outer = window.frameGeometry();
    const QMargins frame(inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
        outer.bottom() - inner.bottom());
    QRect area(outer.topLeft(), outer.size().boundedTo(available.size()));
    area.moveLeft(std::clamp(area.left(), available.left(), available.right() - area.width() + 1));
    area.moveTop(std::clamp(area.top(), available.top(), available.bottom() - area.height() + 1));
    area = area.marginsRemoved(frame);
    if (area != inner)
        window.setGeometry(area);
}

} // namespace azkz
