#include "ui/window/mainwindow.h"

#include "core/models/factsmodel.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/plaintext.h"
#include "ui/common/savedialogs.h"
#include "ui/documents/printing.h"
#include "ui/documents/reportwriter.h"
#include "ui/documents/timelineexport.h"
#include "ui/missions/missionspage.h"
#include "ui/overview/overviewpage.h"
#include "ui/timeline/timelinepage.h"
#include "ui/trade/tradecommands.h"
#include "ui/trade/tradepage.h"
#include "ui/window/aboutbox.h"
#include "ui/window/keeponscreen.h"
#include "ui/window/languagemanager.h"
#include "ui/window/pages.h"
#include "ui/window/problemsview.h"
#include "ui/window/recentdatasets.h"
#include "ui/window/shortcutsdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace azkz {

namespace { } // namespace

MainWindow::MainWindow(LoadResult data, LanguageManager &languages, QSettings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_source(new DatasetSource(this)),
      m_languages(languages),
      m_settings(settings),
      m_tradeCommands(new TradeCommands(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createMenus();
    auto *central = new QWidget(this);
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    setCentralWidget(central);
    m_problemsView = new ProblemsView(central);
    m_centralLayout->addWidget(m_problemsView);
    connect(m_problemsView, &ProblemsView::placeCopied, this, &MainWindow::showStatusMessage);
    m_sourceLabel = new ElidedLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLine"));
    statusBar()->addPermanentWidget(m_sourceLabel);

    m_source->adopt(std::move(data));
    if (!m_source->isBuiltIn())
        m_recent->remember(m_source->path()); // opened from the command line: in Open recent too
    if (m_source->dataset())
        showDataset();
    showProblems();
    connect(m_source, &DatasetSource::datasetChanged, this, &MainWindow::showDataset);
    connect(m_source, &DatasetSource::problemsChanged, this, &MainWindow::showProblems);
    updateActions();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1100, 760);
    keepOnScreen(*this);
    if (const auto tab = m_settings.tab())
        showTab(*tab);
    retranslate();
}

MainWindow::~MainWindow()
{
    // The pages' models refer into m_shown, which is destroyed before ~QWidget deletes children.
    delete m_tabs;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        keepOnScreen(*this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    connect(m_fileMenu, &QMenu::aboutToShow, this, &MainWindow::setMenuIcons, Qt::SingleShotConnection);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDataset);
    m_openAction->setObjectName(QStringLiteral("openDataset"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recent = new RecentDatasets(m_settings, m_recentMenu, this);
    connect(m_recent, &RecentDatasets::chosen, this, &MainWindow::openDataset);
    m_reloadAction = m_fileMenu->addAction(QString(), m_source, &DatasetSource::reload);
    m_reloadAction->setObjectName(QStringLiteral("reloadDataset"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_builtInAction = m_fileMenu->addAction(QString(), this, [this] { openDataset(QString()); });
    m_builtInAction->setObjectName(QStringLiteral("builtInDataset"));
    m_fileMenu->addSeparator();
    m_printAction = m_fileMenu->addAction(QString(), this, &MainWindow::print);
    m_printAction->setObjectName(QStringLiteral("print"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addActions(m_tradeCommands->actions());
    // Each builds the Trade page if it was not shown yet.
    const std::pair<QAction *, void (TradePage::*)()> tradeCommands[] = {
        {m_tradeCommands->exportChart, &TradePage::exportChart},
        {m_tradeCommands->exportCsv, &TradePage::exportCsv},
        {m_tradeCommands->copyChart, &TradePage::copyChart},
    };
    for (const auto &[action, command] : tradeCommands) {
        connect(action, &QAction::triggered, this, [this, command = command] {
            if (auto *trade = qobject_cast<TradePage *>(page(Tab::Trade)))
                (trade->*command)();
        });
    }
    m_exportReportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportReport);
    m_exportReportAction->setObjectName(QStringLiteral("exportReport"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_exportTimelineAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportTimeline);
    m_exportTimelineAction->setObjectName(QStringLiteral("exportTimeline"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platform themes
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (Tab tab : AllTabs) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, tab] { showTab(tab); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(tab))));
        m_tabActions.append(action);
    }
    m_viewMenu->addSeparator();
    m_nextTabAction = m_viewMenu->addAction(QString(), this, [this] { stepTab(+1); });
    m_nextTabAction->setObjectName(QStringLiteral("nextTab"));
    m_nextTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    m_previousTabAction = m_viewMenu->addAction(QString(), this, [this] { stepTab(-1); });
    m_previousTabAction->setObjectName(QStringLiteral("previousTab"));
    m_previousTabAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (Language language : {Language::Azerbaijani, Language::English}) {
        QAction *action = m_languageMenu->addAction(QLatin1Char('&') + nativeLanguageName(language));
        action->setCheckable(true);
        action->setData(languageCode(language));
        action->setObjectName(QStringLiteral("language_%1").arg(languageCode(language)));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (!m_languages.setLanguage(language))
                QMessageBox::warning(this, windowTitle(), tr("The interface translation could not be loaded."));
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createTabs()
{
    m_tabs = new QTabWidget(centralWidget());
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    // The first page is built at once, as the tab itself (laid out once, at the tab's size);
    // the others when first shown (or used: the Trade page by its commands in the File menu).
    // With a large dataset, the timeline is most of the start-up's work; with the built-in
    // one, the Trade page's chart and table are.
    for (Tab tab : AllTabs) {
        const QString name = tabName(tab) + QStringLiteral("Page"); // tests and focus find pages by it
        if (tab == AllTabs[0]) {
            Page *first = createPage(tab, pageContext(), m_tabs);
            first->setObjectName(name);
            m_tabs->addTab(adopt(tab, first), QString());
            continue;
        }
        auto *place = new QWidget(m_tabs); // a place for the page to come
        place->setObjectName(name);
        (new QVBoxLayout(place))->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(place, QString());
    }
    m_centralLayout->addWidget(m_tabs, 1);
    // At once: a layout would show it only once the event loop runs, after a paint of the
    // window without its tabs (a blank frame at every reload).
    m_tabs->show();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        page(AllTabs[index]);
        updateActions();
    });
}

Page *MainWindow::adopt(Tab tab, Page *page)
{
    m_pages[int(tab)] = page;
    connect(page, &Page::statusMessage, this, &MainWindow::showStatusMessage);
    connect(page, &Page::linkActivated, this, &MainWindow::followLink);
    QVariantMap &pending = m_pendingPlaces[int(tab)];
    if (!pending.isEmpty()) {
        page->restorePlace(pending);
        pending.clear();
    }
    return page;
}

PageContext MainWindow::pageContext()
{
    return {*m_shown, m_languages.language(), *m_tradeCommands, m_settings};
}

Page *MainWindow::page(Tab tab)
{
    if (m_pages[int(tab)] || !m_tabs)
        return m_pages[int(tab)];
    QWidget *place = m_tabs->widget(int(tab));
    Page *built = createPage(tab, pageContext(), place);
    built->setObjectName(place->objectName());
    place->layout()->addWidget(built);
    built->show(); // at once, not when the layout gets to it: a link may lead into it now
    place->layout()->activate();
    return adopt(tab, built);
}

void MainWindow::followLink(Tab tab, const QString &id)
{
    showTab(tab);
    if (!id.isEmpty())
        page(tab)->openItem(id);
}

void MainWindow::setMenuIcons()
{
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_reloadAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_tradeCommands->setIcons();
}

void MainWindow::showDataset()
{
    // The pages are rebuilt over the new dataset; the old one lives until they are gone, and
    // no longer: the new pages then fill the memory it leaves (kept alive beside them, 50
    // reloads of 100,000 events grew the resident set by 43 MiB, through fragmentation). The
    // user's place (tab, search and filters, selected event and mission) is kept where the new
    // dataset still has it.
    const int tab = m_tabs ? m_tabs->currentIndex() : -1;
    // The field or list the keyboard was in gets it back (keys typed meanwhile go there).
    QWidget *focused = QApplication::focusWidget();
    const QString focusedName = m_tabs && focused && m_tabs->isAncestorOf(focused) ? focused->objectName() : QString();
    if (m_tabs) {
        for (Tab tab : AllTabs) { // a page never shown keeps the place it was given, if any
            if (const Page *built = m_pages[int(tab)])
                m_pendingPlaces[int(tab)] = built->place();
        }
        delete m_tabs;
        m_tabs = nullptr;
        m_pages.fill(nullptr);
    }
    m_shown = m_source->dataset();
    createTabs();
    if (tab >= 0)
        m_tabs->setCurrentIndex(tab);
    if (!focusedName.isEmpty()) {
        if (auto *widget = m_tabs->findChild<QWidget *>(focusedName))
            widget->setFocus(Qt::OtherFocusReason);
    }
    updateActions();
    retranslate();
}

void MainWindow::showProblems()
{
    m_problemsView->showProblems(m_source->lastLoad(), m_tabs != nullptr);
    m_centralLayout->setStretchFactor(m_problemsView, m_tabs ? 0 : 1);
    retranslate();
}

void MainWindow::openDataset(const QString &path)
{
    if (!path.isEmpty())
        m_recent->remember(path);
    m_source->open(path);
}

void MainWindow::chooseDataset()
{
    QFileDialog dialog(this, tr("Open dataset"));
    dialog.setObjectName(QStringLiteral("openDatasetDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    localizeFileDialog(dialog);
    dialog.setNameFilters({tr("Datasets (*.json)"), tr("All files (*)")});
    if (!m_source->isBuiltIn())
        dialog.setDirectory(QFileInfo(m_source->path()).absolutePath());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        openDataset(dialog.selectedFiles().constFirst());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openDataset(urls.constFirst().toLocalFile());
}

void MainWindow::showTab(Tab tab)
{
    if (m_tabs)
        m_tabs->setCurrentIndex(int(tab));
}

std::optional<Tab> MainWindow::currentTab() const
{
    if (!m_tabs)
        return std::nullopt;
    return AllTabs[m_tabs->currentIndex()];
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 4000); // beside the source line, which stays
}

void MainWindow::stepTab(int delta)
{
    if (m_tabs)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + m_tabs->count()) % m_tabs->count());
}

void MainWindow::updateActions()
{
    m_nextTabAction->setEnabled(m_tabs != nullptr);
    m_previousTabAction->setEnabled(m_tabs != nullptr);
    const auto tab = currentTab();
    m_printAction->setEnabled(tab && m_pages[int(*tab)] && m_pages[int(*tab)]->canPrint());
    m_reloadAction->setEnabled(!m_source->isBuiltIn());
    m_builtInAction->setEnabled(!m_source->isBuiltIn());
    m_exportReportAction->setEnabled(hasDataset());
    m_exportTimelineAction->setEnabled(hasDataset());
    for (QAction *action : m_tradeCommands->actions())
        action->setEnabled(hasDataset());
}

void MainWindow::print()
{
    if (const auto tab = currentTab(); tab && page(*tab)->canPrint())
        page(*tab)->print();
}

void MainWindow::exportTimeline()
{
    if (!hasDataset())
        return;
    const auto target
        = askSaveTarget(this, m_settings, tr("Export timeline"), TimelineFormats, QStringLiteral("azkz-timeline"));
    if (!target)
        return;
    reportSaveResult(this,
        azkz::exportTimeline(*m_shown, m_languages.language(),
            qobject_cast<TimelinePage *>(page(Tab::Timeline))->shownEvents(), target->path, target->format)
            .message,
        target->path);
}

void MainWindow::exportReport()
{
    if (!hasDataset())
        return;
    const auto target
        = askSaveTarget(this, m_settings, tr("Export report"), ReportFormats, QStringLiteral("azkz-relations"));
    if (target)
        reportSaveResult(
            this, azkz::exportReport(*m_shown, m_languages.language(), target->path).message, target->path);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tradeCommands->retranslate(); // before the Trade page, which describes a button by them
        // The pages were built in the language of their time; only a change reaches them.
        for (Page *built : m_pages) {
            if (built)
                built->setLanguage(m_languages.language());
        }
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const Language language = m_languages.language();
    setLocale(localeFor(language));
    const QString title = m_shown ? m_shown->title.in(language) : tr("Relations between two countries");
    // "[*]" would be read as the modified mark: a dataset's title is shown as written.
    QString windowName = m_source->isBuiltIn()
        ? title
        : tr("%1 — %2", "window title: dataset title, file name").arg(title, QFileInfo(m_source->path()).fileName());
    setWindowTitle(windowName.replace(QLatin1String("[*]"), QLatin1String("[*][*]")));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open dataset…"));
    m_openAction->setToolTip(tr("Show another dataset file; it is watched and shown again when it changes"));
    m_recentMenu->setTitle(tr("Open r&ecent"));
    m_reloadAction->setText(tr("Re&load dataset"));
    m_builtInAction->setText(tr("&Back to the built-in dataset"));
    m_quitAction->setText(tr("&Quit"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the current tab"));
    m_exportReportAction->setText(tr("Export &report…"));
    m_exportReportAction->setToolTip(tr("Save a briefing PDF: overview, missions, timeline and trade, with sources"));
    m_exportTimelineAction->setText(tr("Export &timeline…"));
    m_exportTimelineAction->setToolTip(
        tr("Save the time axis and the events the Timeline tab shows as a PDF, SVG or PNG file"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_nextTabAction->setText(tr("&Next tab"));
    m_previousTabAction->setText(tr("&Previous tab"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == languageCode(language));

    const QStringList titles = {tr("&Overview"), tr("Diplomatic &missions"), tr("&Timeline"), tr("T&rade")};
    const QStringList tips = {tr("What the relations are, key facts and the history"),
        tr("The embassies and the consulate general, their heads, addresses and dates"),
        tr("Every dated event, in order"), tr("Exports, imports and turnover by year")};
    for (qsizetype i = 0; i < titles.size(); ++i)
        m_tabActions.at(i)->setText(titles.at(i));
    if (m_tabs) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            m_tabs->setTabText(i, titles.at(i));
            m_tabs->setTabToolTip(i, tips.at(i));
        }
        m_sourceLabel->setFullText(
            tr("Source: %1, %2").arg(m_shown->source.publisher.in(language), m_shown->source.licence));
    }
    const LoadResult &last = m_source->lastLoad();
    if (!m_tabs)
        statusBar()->showMessage(tr("%n problem(s) in the dataset", nullptr, int(last.problemCount())));
    m_problemsView->retranslate(last, m_tabs != nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setLanguage(m_languages.language());
    if (const auto tab = currentTab())
        m_settings.setTab(*tab);
}

void MainWindow::showShortcuts()
{
    QList<ShortcutGroup> groups{{tr("Whole window"), {}}};
    for (QAction *menu : menuBar()->actions()) {
        if (menu->menu())
            groups.first().actions += menu->menu()->actions();
    }
    if (m_tabs) {
        for (Tab tab : AllTabs) // every page's shortcuts are listed, shown yet or not
            page(tab);
        for (int i = 0; i < m_tabs->count(); ++i) {
            QList<QAction *> own;
            for (QAction *action : m_tabs->widget(i)->findChildren<QAction *>()) {
                if (!groups.first().actions.contains(action))
                    own.append(action);
            }
            groups.append({QString(m_tabs->tabText(i)).remove(QLatin1Char('&')), own});
        }
    }
    ShortcutsDialog dialog(groups, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutBox::show(this, windowTitle(), m_shown.get(), m_languages.language());
}

} // namespace azkz
