// Help > Keyboard shortcuts: every shortcut of the program, grouped by where it works, in the
// interface language. Built from the actions themselves, so it cannot fall out of date.
#pragma once

#include <QDialog>

class QMenuBar;
class QTabWidget;
class QTreeWidget;

namespace azkz {

struct ShortcutGroup {
    QString title; // "Whole window", or a tab's name
    QList<QAction *> actions; // those without a shortcut are left out
};

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent = nullptr);

    // The menus' commands ("Whole window"), then each tab's own: the actions its page holds.
    static QList<ShortcutGroup> groupsOf(const QMenuBar &menus, const QTabWidget *tabs);
    // An action's text as the list shows it: no mnemonic marker, no trailing "…".
    static QString commandName(const QAction *action);
    // A shortcut as the list names it.
    static QString keyName(const QKeySequence &sequence);

private:
    QTreeWidget *m_list;
};

} // namespace azkz
