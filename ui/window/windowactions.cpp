#include "ui/window/windowactions.h"

#include "ui/trade/tradecommands.h"

#include <QActionGroup>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>

namespace azkz {

WindowActions::WindowActions(QMenuBar &menuBar, TradeCommands &tradeCommands, QObject *parent)
    : QObject(parent),
      fileMenu(menuBar.addMenu(QString())),
      recentMenu(new QMenu(fileMenu)),
      viewMenu(menuBar.addMenu(QString())),
      languageMenu(menuBar.addMenu(QString())),
      helpMenu(menuBar.addMenu(QString())),
      open(new QAction(this)),
      reload(new QAction(this)),
      builtIn(new QAction(this)),
      print(new QAction(this)),
      exportReport(new QAction(this)),
      exportTimeline(new QAction(this)),
      quit(new QAction(this)),
      nextTab(new QAction(this)),
      previousTab(new QAction(this)),
      sources(new QAction(this)),
      languages(new QActionGroup(this)),
      shortcuts(new QAction(this)),
      about(new QAction(this)),
      aboutQt(new QAction(this)),
      m_tradeCommands(tradeCommands)
{
    connect(fileMenu, &QMenu::aboutToShow, this, &WindowActions::setIcons, Qt::SingleShotConnection);
    open->setObjectName(QStringLiteral("openDataset"));
    open->setShortcut(QKeySequence::Open);
    fileMenu->addAction(open);
    fileMenu->addMenu(recentMenu);
    reload->setObjectName(QStringLiteral("reloadDataset"));
    reload->setShortcut(QKeySequence::Refresh);
    builtIn->setObjectName(QStringLiteral("builtInDataset"));
    fileMenu->addActions({reload, builtIn});
    fileMenu->addSeparator();
    print->setObjectName(QStringLiteral("print"));
    print->setShortcut(QKeySequence::Print);
    fileMenu->addAction(print);
    fileMenu->addActions(tradeCommands.actions());
    exportReport->setObjectName(QStringLiteral("exportReport"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    exportTimeline->setObjectName(QStringLiteral("exportTimeline"));
    fileMenu->addActions({exportReport, exportTimeline});
    fileMenu->addSeparator();
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platform themes
    quit->setMenuRole(QAction::QuitRole);
    fileMenu->addAction(quit);

    for (Tab tab : AllTabs) {
        QAction *action = viewMenu->addAction(QString());
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(tab))));
        tabs.append(action);
    }
    viewMenu->addSeparator();
    nextTab->setObjectName(QStringLiteral("nextTab"));
    nextTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    previousTab->setObjectName(QStringLiteral("previousTab"));
    previousTab->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    viewMenu->addActions({nextTab, previousTab});
    viewMenu->addSeparator();
    sources->setObjectName(QStringLiteral("showSources"));
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    viewMenu->addAction(sources);

    for (Language language : {Language::Azerbaijani, Language::English}) {
        QAction *action = languageMenu->addAction(QLatin1Char('&') + nativeLanguageName(language));
        action->setCheckable(true);
        action->setData(languageCode(language));
        action->setObjectName(QStringLiteral("language_%1").arg(languageCode(language)));
        languages->addAction(action);
    }

    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(shortcuts);
    helpMenu->addSeparator();
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    helpMenu->addActions({about, aboutQt});
}

void WindowActions::setIcons()
{
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    reload->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_tradeCommands.setIcons();
}

void WindowActions::retranslate(Language language)
{
    fileMenu->setTitle(tr("&File"));
    open->setText(tr("&Open dataset…"));
    open->setToolTip(tr("Show another dataset file; it is watched and shown again when it changes"));
    recentMenu->setTitle(tr("Open r&ecent"));
    reload->setText(tr("Re&load dataset"));
    builtIn->setText(tr("&Back to the built-in dataset"));
    quit->setText(tr("&Quit"));
    print->setText(tr("&Print…"));
    print->setToolTip(tr("Print the current tab"));
    exportReport->setText(tr("Export &report…"));
    exportReport->setToolTip(tr("Save a briefing PDF: overview, missions, timeline and trade, with sources"));
    exportTimeline->setText(tr("Export &timeline…"));
    exportTimeline->setToolTip(
        tr("Save the time axis and the events the Timeline tab shows as a PDF, SVG or PNG file"));
    viewMenu->setTitle(tr("&View"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    about->setText(tr("&About"));
    aboutQt->setText(tr("About &Qt"));
    shortcuts->setText(tr("&Keyboard shortcuts"));
    nextTab->setText(tr("&Next tab"));
    previousTab->setText(tr("&Previous tab"));
    sources->setText(tr("&Sources…"));
    sources->setToolTip(tr("Every source of the dataset, with the statements that rest on each"));
    for (QAction *action : languages->actions())
        action->setChecked(action->data().toString() == languageCode(language));
    for (Tab tab : AllTabs)
        tabs.at(int(tab))->setText(tabTitle(tab));
}

QString WindowActions::tabTitle(Tab tab)
{
    switch (tab) {
    case Tab::Overview:
        return tr("&Overview");
    case Tab::Missions:
        return tr("Diplomatic &missions");
    case Tab::Timeline:
        return tr("&Timeline");
    case Tab::Trade:
        return tr("T&rade");
    }
    return {};
}

QString WindowActions::tabToolTip(Tab tab)
{
    switch (tab) {
    case Tab::Overview:
        return tr("What the relations are, key facts and the history");
    case Tab::Missions:
        return tr("The embassies and the consulate general, their heads, addresses and dates");
    case Tab::Timeline:
        return tr("Every dated event, in order");
    case Tab::Trade:
        return tr("Exports, imports and turnover by year");
    }
    return {};
}

} // namespace azkz
