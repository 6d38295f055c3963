// For the Timeline tab's tests: the window opened on the tab over the article's 19 events, the page
// and its axis, the search hits' colour, pixels counted, and a wheel turned over a widget.
#pragma once

#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinepage.h"

#include <QApplication>
#include <QImage>
#include <QWheelEvent>

#include <functional>

namespace azkz::test {

inline const QColor HitBackground(0xff, 0xe0, 0x66);

inline int countPixels(const QImage &image, const QRect &area, const std::function<bool(QColor)> &test)
{
    int count = 0;
    const QRect bounded = area.intersected(image.rect());
    for (int y = bounded.top(); y <= bounded.bottom(); ++y) {
        for (int x = bounded.left(); x <= bounded.right(); ++x)
            count += test(image.pixelColor(x, y)) ? 1 : 0;
    }
    return count;
}

inline void wheel(QWidget *widget, int delta, Qt::KeyboardModifiers modifiers)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(
        at, widget->mapToGlobal(at), {}, QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

class TimelineFixture : public WindowFixture
{
protected:
    void open(const QString &language, QSize size = QSize(1200, 860))
    {
        // The article's 19 events: the extents, counts and selections below are theirs.
        openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), QStringLiteral("timeline"),
            QStringLiteral("--dataset"), test::articleOnlyFile(m_dir)});
        m_window->resize(size);
        QCoreApplication::processEvents();
    }
    TimelinePage *page() const { return m_window->findChild<TimelinePage *>(); }
    TimeAxis *axis() const { return find<TimeAxis>("timeAxis"); }
};

} // namespace azkz::test
