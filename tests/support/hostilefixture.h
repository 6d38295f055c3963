// For the tests of the widgets against hostile datasets: the window opened on a dataset bypassing the
// loader, the built-in dataset to change, the visible tooltip, a tooltip asked for, a link clicked, and
// a widget grabbed to check that no dataset image is drawn in it.
#pragma once

#include "core/load/datasetloader.h"
#include "support/markuptexts.h"
#include "support/windowfixture.h"

#include <QApplication>
#include <QHelpEvent>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>

#include <optional>

namespace azkz::test {

// The tooltip on screen, when one is.
inline QWidget *visibleToolTip()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            return widget;
    }
    return nullptr;
}

inline void sendToolTipEvent(QWidget *widget, const QPoint &position)
{
    QHelpEvent help(QEvent::ToolTip, position, widget->mapToGlobal(position));
    QApplication::sendEvent(widget, &help);
}

// A click in the middle of the last link whose target starts with prefix, as a user clicks it.
inline void clickLastLink(QTextBrowser *browser, const QString &prefix)
{
    std::optional<QTextFragment> link;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref().startsWith(prefix))
                link = it.fragment();
        }
    }
    QVERIFY2(link, qPrintable(QStringLiteral("no link to %1 in %2").arg(prefix, browser->objectName())));
    QTextCursor middle(browser->document());
    middle.setPosition(link->position() + link->length() / 2);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(middle).center());
}

class HostileFixture : public WindowFixture
{
protected:
    // The window on this dataset, bypassing the loader: the widgets must cope with whatever it lets through.
    void openOn(LoadResult data, Language language)
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(language));
        QVERIFY(data.isValid());
        m_window = std::make_unique<MainWindow>(std::move(data), *m_languages, *m_settings);
        m_window->resize(1200, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCoreApplication::processEvents();
    }
    static LoadResult embedded() { return loadDataset(embeddedDatasetPath()); }
    void expectNoMagenta(QWidget *widget, const QString &where)
    {
        QVERIFY2(widget, qPrintable(where));
        QVERIFY2(!test::hasMagenta(widget->grab().toImage()),
            qPrintable(QStringLiteral("a dataset image drawn in ") + where));
    }
};

} // namespace azkz::test
