// The window's menus and their commands: File, View, Language and Help, with their shortcuts,
// names (tests and the shortcuts dialog find them by these) and translated texts. The window
// connects the commands to what they do and enables them; this class only holds and says them.
#pragma once

#include "core/data/language.h"
#include "core/settings/tabs.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace azkz {

class TradeCommands;

class WindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActions)
public:
    // Fills the menu bar; the Trade tab's commands go into the File menu.
    WindowActions(QMenuBar &menuBar, TradeCommands &tradeCommands, QObject *parent = nullptr);

    void retranslate(Language language);
    // Icon themes are searched when a menu first opens, not at start-up.
    void setIcons();
    static QString tabTitle(Tab tab); // with the mnemonic View › and the tab bar share
    static QString tabToolTip(Tab tab);

    QMenu *const fileMenu;
    QMenu *const recentMenu;
    QMenu *const viewMenu;
    QMenu *const languageMenu;
    QMenu *const helpMenu;
    QAction *const open;
    QAction *const reload;
    QAction *const builtIn;
    QAction *const print;
    QAction *const exportReport;
    QAction *const exportTimeline;
    QAction *const quit;
    QList<QAction *> tabs; // View › one tab each, in the order of AllTabs
    QAction *const nextTab;
    QAction *const previousTab;
    QAction *const sources; // every source of the dataset, and what rests on each
    QActionGroup *const languages; // Language › one each; an action's data is its language code
    QAction *const shortcuts;
    QAction *const about;
    QAction *const aboutQt;

private:
    TradeCommands &m_tradeCommands;
};

} // namespace azkz
