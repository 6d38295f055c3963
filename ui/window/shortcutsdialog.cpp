#include "ui/window/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace azkz {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto addGroup = [this](const QString &title, const QList<QPair<QString, QString>> &rows) {
        if (rows.isEmpty())
            return;
        auto *heading = new QTreeWidgetItem(m_list, {title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const auto &[command, keys] : rows)
            new QTreeWidgetItem(heading, {command, keys});
    };
    for (const ShortcutGroup &group : groups) {
        QList<QPair<QString, QString>> rows;
        for (const QAction *action : group.actions) {
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys.append(keyName(sequence));
            if (!keys.isEmpty())
                rows.append({commandName(action), keys.join(tr(", ", "between two shortcuts of one command"))});
        }
        addGroup(group.title, rows);
    }
    addGroup(tr("Moving around"),
        {{tr("Next or previous control"), tr("Tab, Shift+Tab")},
            {tr("Inside a list, a table or the time axis"), tr("Arrow keys, Home, End, Page Up, Page Down")},
            {tr("Open what is selected (a link, a fact, an event)"), tr("Enter")},
            {tr("Open a menu or press a button by its underlined letter"), tr("Alt+letter")}});
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    // As wide as its two columns, within the screen.
    const int width = m_list->header()->length() + 2 * m_list->frameWidth()
        + m_list->verticalScrollBar()->sizeHint().width() + layout->contentsMargins().left()
        + layout->contentsMargins().right();
    resize(std::min(width, screen()->availableGeometry().width() * 9 / 10), 560);
}

QString ShortcutsDialog::keyName(const QKeySequence &sequence)
{
    // Qt calls Shift+Tab "Backtab"; the user presses Tab.
    return sequence.toString(QKeySequence::NativeText).replace(QLatin1String("Backtab"), QLatin1String("Tab"));
}

QString ShortcutsDialog::commandName(const QAction *action)
{
    QString text = action->text();
    // "&&" is a written '&'; a single '&' marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

QList<ShortcutGroup> ShortcutsDialog::groupsOf(const QMenuBar &menus, const QTabWidget *tabs)
{
    QList<ShortcutGroup> groups{{tr("Whole window"), {}}};
    for (QAction *menu : menus.actions()) {
        if (menu->menu())
            groups.first().actions += menu->menu()->actions();
    }
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        QList<QAction *> own;
        for (QAction *action : tabs->widget(i)->findChildren<QAction *>()) {
            if (!groups.first().actions.contains(action))
                own.append(action);
        }
        groups.append({QString(tabs->tabText(i)).remove(QLatin1Char('&')), own});
    }
    return groups;
}

} // namespace azkz
