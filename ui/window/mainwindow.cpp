#include "ui/window/mainwindow.h"

#include "core/models/datasetsummary.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/savedialogs.h"
#include "ui/common/spokennames.h"
#include "ui/documents/exportprogress.h"
#include "ui/documents/reportwriter.h"
#include "ui/timeline/timelinepage.h"
#include "ui/trade/tradecommands.h"
#include "ui/trade/tradepage.h"
#include "ui/window/keeponscreen.h"
#include "ui/window/languagemanager.h"
#include "ui/window/messageroom.h"
#include "ui/window/pages.h"
#include "ui/window/problemsview.h"
#include "ui/window/readingindicator.h"
#include "ui/window/recentdatasets.h"
#include "ui/window/windowactions.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace azkz {

MainWindow::MainWindow(
    LoadResult data, LanguageManager &languages, QSettings &settings, std::optional<Tab> firstTab, QWidget *parent)
    : QMainWindow(parent),
      m_source(new DatasetSource(this)),
      m_languages(languages),
      m_settings(settings),
      m_firstTab(firstTab.value_or(m_settings.tab().value_or(AllTabs[0]))),
      m_tradeCommands(new TradeCommands(this)),
      m_actions(new WindowActions(*menuBar(), *m_tradeCommands, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    connectActions();
    auto *central = new QWidget(this);
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    setCentralWidget(central);
    m_problemsView = new ProblemsView(central);
    m_centralLayout->addWidget(m_problemsView);
    connect(m_problemsView, &ProblemsView::placeCopied, this, &MainWindow::showStatusMessage);
    m_sourceLabel = new ElidedLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLine"));
    statusBar()->addPermanentWidget(new ReadingIndicator(*m_source, this));
    statusBar()->addPermanentWidget(m_sourceLabel);
    new MessageRoom(statusBar(), m_sourceLabel);

    // The size first, so that the page shown is laid out once, at it. A remembered size under
    // the smallest laid out for (720x520; a corrupted one gave 187x383) is not taken.
    if (!restoreGeometry(m_settings.windowGeometry()) || width() < 720 || height() < 520)
        resize(1200, 760);
    keepOnScreen(*this);

    m_source->adopt(std::move(data));
    if (!m_source->isBuiltIn())
        m_recent->remember(m_source->path()); // opened from the command line: in Open recent too
    if (m_source->dataset())
        showDataset();
    showProblems();
    connect(m_source, &DatasetSource::datasetChanged, this, &MainWindow::showDataset);
    connect(m_source, &DatasetSource::problemsChanged, this, &MainWindow::showProblems);
    updateActions();
    retranslate();
    if (!m_settings.canSave()) {
        statusBar()->showMessage(
            tr("Settings cannot be saved in %1: the window's size, tab and language will not be remembered")
                .arg(QDir::toNativeSeparators(m_settings.storeFile())));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        keepOnScreen(*this);
}

void MainWindow::connectActions()
{
    m_recent = new RecentDatasets(m_settings, m_actions->recentMenu, this);
    connect(m_recent, &RecentDatasets::chosen, this, &MainWindow::openDataset);
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::chooseDataset);
    connect(m_actions->reload, &QAction::triggered, m_source, &DatasetSource::reload);
    connect(m_actions->builtIn, &QAction::triggered, this, [this] { openDataset(QString()); });
    connect(m_actions->print, &QAction::triggered, this, &MainWindow::print);
    // Each builds the Trade page if it was not shown yet.
    const std::pair<QAction *, void (TradePage::*)()> tradeCommands[] = {
        {m_tradeCommands->exportChart, &TradePage::exportChart},
        {m_tradeCommands->exportCsv, &TradePage::exportCsv},
        {m_tradeCommands->copyChart, &TradePage::copyChart},
    };
    for (const auto &[action, command] : tradeCommands) {
        connect(action, &QAction::triggered, this, [this, command = command] {
            if (command == &TradePage::exportCsv && currentTab() == Tab::Timeline) // the events shown
                qobject_cast<TimelinePage *>(page(Tab::Timeline))->exportCsv();
            else if (auto *trade = qobject_cast<TradePage *>(page(Tab::Trade)))
                (trade->*command)();
        });
    }
    connect(m_actions->exportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_actions->exportTimeline, &QAction::triggered, this, [this] {
        if (auto *timeline = qobject_cast<TimelinePage *>(page(Tab::Timeline)))
            timeline->exportTimeline();
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    for (Tab tab : AllTabs)
        connect(m_actions->tabs.at(int(tab)), &QAction::triggered, this, [this, tab] { showTab(tab); });
    connect(m_actions->nextTab, &QAction::triggered, this, [this] { stepTab(+1); });
    connect(m_actions->previousTab, &QAction::triggered, this, [this] { stepTab(-1); });
    for (QAction *action : m_actions->languages->actions()) {
        const Language language = *languageFromCode(action->data().toString());
        connect(action, &QAction::triggered, this, [this, language] {
            if (!m_languages.setLanguage(language))
                QMessageBox::warning(this, windowTitle(), tr("The interface translation could not be loaded."));
        });
    }
    connect(m_actions->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions->sources, &QAction::triggered, this, &MainWindow::showSources);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createTabs(Tab shown)
{
    passOverPageStacks();
    m_tabs = new QTabWidget(centralWidget());
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    // Each tab holds a place for its page, built when the tab is first shown (or used: the Trade
    // page by its commands in the File menu). The tab shown now is the only one built, and it is
    // current before the window is laid out, so it is laid out once, at its size.
    for (Tab tab : AllTabs) {
        auto *place = new QWidget(m_tabs);
        place->setObjectName(tabName(tab) + QStringLiteral("Page")); // tests and focus find pages by it
        (new QVBoxLayout(place))->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(place, QString());
    }
    m_tabs->setCurrentIndex(int(shown));
    page(shown);
    m_centralLayout->addWidget(m_tabs, 1);
    // At once: a layout would show it only once the event loop runs, after a paint of the
    // window without its tabs (a blank frame at every reload).
    m_tabs->show();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        page(AllTabs[index]);
        updateActions();
        updateSourceLine();
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
    return {m_shown, m_languages.language(), *m_tradeCommands, m_settings};
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
    if (isVisible()) // else laid out when the window is shown, once, at its size
        place->layout()->activate();
    return adopt(tab, built);
}

void MainWindow::followLink(Tab tab, const QString &id)
{
    showTab(tab);
    if (!id.isEmpty() && page(tab)->openItem(id) && page(tab)->itemView())
        page(tab)->itemView()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showDataset()
{
    // The pages are rebuilt over the new dataset; the old one lives until they are gone, no longer
    // (kept beside them, 50 reloads of 100,000 events grew the resident set by 43 MiB). A reload
    // keeps the user's place (tab, search, filters, event, mission) where the new data has it.
    const Tab tab = currentTab().value_or(m_firstTab);
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
    // Another file (or back to the built-in data) starts afresh: one dataset's years and
    // filters say nothing of another's (another pair's 1993–2001 left 8 of 71 events shown).
    if (const QString shownBefore = std::exchange(m_placesOf, m_source->path()); shownBefore != m_placesOf)
        m_pendingPlaces.fill({});
    else if (!m_source->isBuiltIn()) // a reload, by F5 or because the file changed on disk: said
        statusBar()->showMessage(tr("%1 was read again").arg(QFileInfo(m_placesOf).fileName()), 5000);
    m_shown = m_source->dataset();
    createTabs(tab);
    if (!focusedName.isEmpty()) {
        if (auto *widget = m_tabs->findChild<QWidget *>(focusedName))
            widget->setFocus(Qt::OtherFocusReason);
    }
    updateActions();
    retranslate();
}

void MainWindow::showProblems()
{
    m_problemsView->showProblems(m_source->lastLoad(), m_tabs ? m_placesOf : QString());
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
    if (const auto path = askDatasetFile(this, m_source->isBuiltIn() ? QString() : m_source->path()))
        openDataset(*path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedFile(*event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const std::optional<QString> file = droppedFile(*event->mimeData())) {
        event->acceptProposedAction();
        openDataset(*file);
    }
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
    statusBar()->showMessage(text, 4000); // beside the source line, which stays, shorter (MessageRoom)
}

void MainWindow::stepTab(int delta)
{
    if (m_tabs)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + m_tabs->count()) % m_tabs->count());
}

void MainWindow::updateActions()
{
    m_actions->nextTab->setEnabled(m_tabs != nullptr);
    m_actions->previousTab->setEnabled(m_tabs != nullptr);
    const auto tab = currentTab();
    m_actions->print->setEnabled(tab && m_pages[int(*tab)] && m_pages[int(*tab)]->canPrint());
    m_actions->reload->setEnabled(!m_source->isBuiltIn());
    m_actions->builtIn->setEnabled(!m_source->isBuiltIn());
    m_actions->exportReport->setEnabled(hasDataset());
    m_actions->exportTimeline->setEnabled(hasDataset());
    m_actions->sources->setEnabled(hasDataset());
    for (QAction *action : m_tradeCommands->actions())
        action->setEnabled(hasDataset());
    m_tradeCommands->followTab(tab); // Ctrl+E exports the timeline on its tab, else the chart
    m_actions->exportTimeline->setShortcut(tab == Tab::Timeline ? TradeCommands::ExportShortcut : QKeySequence());
}

void MainWindow::print()
{
    if (const auto tab = currentTab(); tab && page(*tab)->canPrint())
        page(*tab)->print();
}

void MainWindow::exportReport()
{
    const auto target = hasDataset()
        ? askSaveTarget(this, m_settings, tr("Export report"), ReportFormats, QStringLiteral("azkz-relations"))
        : std::nullopt;
    if (target) {
        runExport(this, tr("Export report"), target->path, [&](ExportProgress &progress) {
            return azkz::exportReport(m_shown, m_languages.language(), target->path, &progress);
        });
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tradeCommands->retranslate(); // before the Trade page, which describes a button by them
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

std::optional<DatasetSummary> MainWindow::summary() const
{
    return m_shown ? std::optional(DatasetSummary(m_shown)) : std::nullopt;
}

void MainWindow::updateSourceLine()
{
    const std::optional<DatasetSummary> shown = summary();
    const auto tab = currentTab();
    m_sourceLabel->setFullText(shown && tab ? shown->sourcesOf(*tab, m_languages.language()) : QString());
}

void MainWindow::retranslate()
{
    const Language language = m_languages.language();
    setLocale(localeFor(language));
    const std::optional<DatasetSummary> shown = summary();
    const QString title = shown ? shown->title(language) : tr("Relations between two countries");
    // "[*]" would be read as the modified mark: a dataset's title is shown as written.
    const QString file = m_tabs ? m_placesOf : m_source->path(); // the file shown, not a broken one tried
    QString windowName = file == embeddedDatasetPath()
        ? title
        : tr("%1 — %2", "window title: dataset title, file name").arg(title, QFileInfo(file).fileName());
    setWindowTitle(windowName.replace(QLatin1String("[*]"), QLatin1String("[*][*]")));
    m_actions->retranslate(language);
    if (m_tabs) {
        m_tabs->setAccessibleName(tr("Sections")); // focusable, as a proxy of its tab bar
        for (int i = 0; i < m_tabs->count(); ++i) {
            m_tabs->setTabText(i, WindowActions::tabTitle(AllTabs[i]));
            m_tabs->setTabToolTip(i, WindowActions::tabToolTip(AllTabs[i]));
        }
        updateSourceLine();
    }
    const LoadResult &last = m_source->lastLoad();
    if (!m_tabs)
        statusBar()->showMessage(tr("%n problem(s) in the dataset", nullptr, int(last.problemCount())));
    m_problemsView->retranslate(last, m_tabs ? m_placesOf : QString());
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

} // namespace azkz
