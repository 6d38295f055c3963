// For the tests that go over every tab in both languages: the rows of tabs and languages, the window
// opened on one, its current page, and the event loop let run as between two user actions.
#pragma once

#include "support/windowfixture.h"

#include <QTabWidget>

namespace azkz::test {

inline const char *const Tabs[] = {"overview", "missions", "timeline", "trade"};
inline const char *const Languages[] = {"en", "az"};

class TabsFixture : public WindowFixture
{
protected:
    static void tabsAndLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tab");
        for (const char *language : Languages) {
            for (const char *tab : Tabs)
                QTest::addRow("%s-%s", language, tab) << QString::fromLatin1(language) << QString::fromLatin1(tab);
        }
    }
    void open(const QString &language, const QString &tab)
    {
        openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), tab});
        m_window->resize(1100, 760);
        settle();
    }
    QWidget *page() const { return find<QTabWidget>("tabs")->currentWidget(); }
    // As the event loop leaves the window between two user actions: layouts settle through
    // chains of posted events, and items deleted later (Qt Charts' old axes) are gone.
    void settle() const
    {
        for (int i = 0; i < 10; ++i) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }
};

} // namespace azkz::test
