#include "ui/window/mainwindow.h"

#include "core/models/datasetsummary.h"
#include "ui/window/aboutbox.h"
#include "ui/window/languagemanager.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/window/sourcesdialog.h"

#include <QMenuBar>

namespace azkz {

// The window's dialogs from the View and Help menus: the shortcuts, the sources, the About box.

void MainWindow::showShortcuts()
{
    for (Tab tab : AllTabs) // every page's shortcuts are listed, shown yet or not (none without tabs)
        page(tab);
    ShortcutsDialog dialog(ShortcutsDialog::groupsOf(*menuBar(), m_tabs), this);
    dialog.exec();
}

void MainWindow::showSources()
{
    if (!hasDataset())
        return;
    SourcesDialog dialog(m_shown, m_languages.language(), this);
    connect(&dialog, &SourcesDialog::statementActivated, this, &MainWindow::followLink);
    dialog.exec();
}

void MainWindow::showAbout()
{
    const std::optional<DatasetSummary> shown = summary();
    AboutBox::show(this, windowTitle(), shown ? &*shown : nullptr, m_languages.language());
}

} // namespace azkz
