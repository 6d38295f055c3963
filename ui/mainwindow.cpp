#include "mainwindow.h"

#include "factsmodel.h"
#include "languagemanager.h"
#include "missionspage.h"
#include "overviewpage.h"
#include "reportwriter.h"
#include "savedialogs.h"
#include "timelinepage.h"
#include "tradepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace azkz {

namespace {
constexpr Tab AllTabs[] = {Tab::Overview, Tab::Missions, Tab::Timeline, Tab::Trade};
const QString GeometryKey = QStringLiteral("window/geometry");
const QString TabKey = QStringLiteral("window/tab");
} // namespace

QString tabName(Tab tab)
{
    switch (tab) {
    case Tab::Overview:
        return QStringLiteral("overview");
    case Tab::Missions:
        return QStringLiteral("missions");
    case Tab::Timeline:
        return QStringLiteral("timeline");
    case Tab::Trade:
        return QStringLiteral("trade");
    }
    return {};
}

std::optional<Tab> tabFromName(const QString &name)
{
    for (Tab tab : AllTabs) {
        if (tabName(tab) == name)
            return tab;
    }
    return std::nullopt;
}

MainWindow::MainWindow(LoadResult data, LanguageManager &languages, QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_data(std::move(data)), m_languages(languages), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    createMenus();
    if (m_data.isValid())
        createTabs();
    else
        createProblemsView();
    updateActions();
    if (!restoreGeometry(m_settings.value(GeometryKey).toByteArray()))
        resize(1100, 760);
    keepOnScreen();
    if (const auto tab = tabFromName(m_settings.value(TabKey).toString()))
        showTab(*tab);
    retranslate();
}

MainWindow::~MainWindow()
{
    // The pages' models refer to m_data, which is destroyed before ~QWidget deletes children.
    delete takeCentralWidget();
}

void MainWindow::keepOnScreen()
{
    // A size remembered on a larger screen (or from a window widened by a long text) must not
    // leave the window bigger than this screen or partly outside it. The window system's frame
    // is known once the window is shown (zero before): this runs again then.
    if (isMaximized() || isFullScreen())
        return;
    const QRect available = screen()->availableGeometry();
    const QRect inner = geometry(), outer = frameGeometry();
    const QMargins frame(inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
        outer.bottom() - inner.bottom());
    QRect area(outer.topLeft(), outer.size().boundedTo(available.size()));
    area.moveLeft(std::clamp(area.left(), available.left(), available.right() - area.width() + 1));
    area.moveTop(std::clamp(area.top(), available.top(), available.bottom() - area.height() + 1));
    area = area.marginsRemoved(frame);
    if (area != inner)
        setGeometry(area);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        keepOnScreen();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_printAction = m_fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-print")), QString(), this, &MainWindow::print);
    m_printAction->setObjectName(QStringLiteral("print"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_exportReportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportReport);
    m_exportReportAction->setObjectName(QStringLiteral("exportReport"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
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

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (Language language : {Language::Azerbaijani, Language::English}) {
        QAction *action = m_languageMenu->addAction(nativeLanguageName(language));
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
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createTabs()
{
    const Dataset &dataset = *m_data.dataset;
    const Language language = m_languages.language();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewPage(dataset, language, m_tabs);
    m_missions = new MissionsPage(dataset, language, m_tabs);
    m_timeline = new TimelinePage(dataset, language, m_tabs);
    m_trade = new TradePage(dataset, language, m_tabs);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_missions->setObjectName(QStringLiteral("missionsPage"));
    m_timeline->setObjectName(QStringLiteral("timelinePage"));
    m_trade->setObjectName(QStringLiteral("tradePage"));
    for (QWidget *page : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_missions),
             static_cast<QWidget *>(m_timeline), static_cast<QWidget *>(m_trade)})
        m_tabs->addTab(page, QString());
    setCentralWidget(m_tabs);
    m_fileMenu->insertActions(m_exportReportAction, m_trade->exportActions());
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_overview, &OverviewPage::factActivated, this, [this](const QString &fact) {
        if (fact == QLatin1String(FactsModel::MissionsId))
            showTab(Tab::Missions);
        else if (fact == QLatin1String(FactsModel::EventsId))
            showTab(Tab::Timeline);
    });
    connect(m_timeline, &TimelinePage::missionActivated, this, [this](const QString &id) {
        showTab(Tab::Missions);
        m_missions->selectMission(id);
    });
    connect(m_timeline, &TimelinePage::tradeActivated, this, [this](int) { showTab(Tab::Trade); });
    connect(m_missions, &MissionsPage::eventActivated, this, [this](const QString &id) {
        showTab(Tab::Timeline);
        m_timeline->selectEvent(id);
    });
}

void MainWindow::createProblemsView()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("problemsView"));
    m_problemsHeading = new QLabel(panel);
    m_problemsHeading->setWordWrap(true);
    m_problemsHeading->setTextFormat(Qt::PlainText);
    m_problems = new QListWidget(panel);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->addItems(m_data.problemLines());
    m_problemsHeading->setBuddy(m_problems);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_problemsHeading);
    layout->addWidget(m_problems);
    setCentralWidget(panel);
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

void MainWindow::updateActions()
{
    m_printAction->setEnabled(currentTab() == Tab::Trade || currentTab() == Tab::Overview);
    m_exportReportAction->setEnabled(hasDataset());
}

void MainWindow::print()
{
    if (currentTab() == Tab::Trade)
        m_trade->print();
    else if (currentTab() == Tab::Overview)
        m_overview->print();
}

void MainWindow::exportReport()
{
    if (!hasDataset())
        return;
    const QString path
        = askSavePath(this, tr("Export report"), {tr("PDF document (*.pdf)")}, QStringLiteral("azkz-relations.pdf"));
    if (!path.isEmpty())
        reportSaveResult(this, azkz::exportReport(*m_data.dataset, m_languages.language(), path), path);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const Language language = m_languages.language();
    setLocale(localeFor(language));
    setWindowTitle(m_data.isValid() ? m_data.dataset->title.in(language) : tr("Azerbaijan–Kazakhstan relations"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the current tab"));
    m_exportReportAction->setText(tr("Export &report…"));
    m_exportReportAction->setToolTip(tr("Save a briefing PDF: overview, missions, timeline and trade, with sources"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About"));
    m_aboutQtAction->setText(tr("About &Qt"));
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
        m_overview->setLanguage(language);
        m_missions->setLanguage(language);
        m_timeline->setLanguage(language);
        m_trade->setLanguage(language);
        statusBar()->showMessage(
            tr("Source: %1, %2").arg(m_data.dataset->source.publisher.in(language), m_data.dataset->source.licence));
    } else {
        m_problemsHeading->setText(
            tr("The dataset %1 cannot be opened. Nothing from it is shown until these problems are fixed:")
                .arg(m_data.fileName));
        m_problems->setAccessibleName(tr("Problems in the dataset"));
        statusBar()->showMessage(tr("%n problem(s) in the dataset", nullptr, int(m_data.problems.size())));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(LanguageManager::settingsKey(), languageCode(m_languages.language()));
    if (const auto tab = currentTab())
        m_settings.setValue(TabKey, tabName(*tab));
}

void MainWindow::showAbout()
{
    const Language language = m_languages.language();
    QString source;
    if (m_data.isValid()) {
        const Source &s = m_data.dataset->source;
        const QString url = s.licenceUrl.toHtmlEscaped(), licence = s.licence.toHtmlEscaped();
        source = tr("<p>Every fact comes from the article “%1”, %2, licensed under <a href=\"%3\">%4</a>.</p>")
                     .arg(s.title.in(language).toHtmlEscaped(), s.publisher.in(language).toHtmlEscaped(), url, licence);
        // Only a web address becomes a link: any other (file:, data:, …) is named as text.
        const QString scheme = QUrl(s.licenceUrl).scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            source.replace(
                QStringLiteral("<a href=\"%1\">%2</a>").arg(url, licence), QStringLiteral("%1 (%2)").arg(licence, url));
    }
    source += tr("<p>Map: <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a> 4.1.0 (public domain), "
                 "through the world-atlas package 2.0.2 (ISC licence).</p>");
    QMessageBox::about(this, tr("About %1").arg(windowTitle()),
        tr("<h3>%1</h3><p>Version %2, built with Qt %3 (running on Qt %4).</p>")
                .arg(windowTitle().toHtmlEscaped(), QStringLiteral(AZKZ_VERSION), QStringLiteral(QT_VERSION_STR),
                    QString::fromLatin1(qVersion()))
            + source);
}

} // namespace azkz
