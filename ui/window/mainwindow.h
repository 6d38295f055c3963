// The main window: four tabs over one dataset, or, when the dataset is broken, the list
// of what is wrong with it. Opens, reloads and watches dataset files; remembers size, tab,
// language and the files opened last.
#pragma once

#include "core/data/language.h"
#include "core/load/datasetsource.h"
#include "core/settings/settings.h"
#include "core/settings/tabs.h"

#include <QMainWindow>

#include <QVariantMap>

#include <array>
#include <optional>

class QDragEnterEvent;
class QDropEvent;
class QSettings;
class QTabWidget;
class QVBoxLayout;

namespace azkz {

class DatasetSummary;
class ElidedLabel;
class LanguageManager;
class Page;
struct PageContext;
class ProblemsView;
class RecentDatasets;
class TradeCommands;
class WindowActions;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // Opens on firstTab, else on the tab the settings remember, else on the first.
    MainWindow(LoadResult data, LanguageManager &languages, QSettings &settings,
        std::optional<Tab> firstTab = std::nullopt, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool hasDataset() const { return m_tabs != nullptr; }
    // Opens a dataset file (empty: the built-in dataset) and watches it.
    void openDataset(const QString &path);
    DatasetSource &datasetSource() { return *m_source; }
    void showTab(Tab tab);
    std::optional<Tab> currentTab() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectActions();
    // The tabs over the dataset shown; only the page of the tab shown is built.
    void createTabs(Tab shown);
    // The tab's page, built on first use in the place its tab keeps for it (none without a dataset).
    Page *page(Tab tab);
    PageContext pageContext();
    // Holds a new page: its links, messages and the place it was left in before a reload.
    Page *adopt(Tab tab, Page *page);
    // A link from one page into another tab: shows the tab and opens the item there.
    void followLink(Tab tab, const QString &id);
    void showDataset();
    void showProblems();
    void chooseDataset();
    void retranslate(); // the window's own texts, not the pages'
    void updateSourceLine(); // the sources of what the current tab shows
    std::optional<DatasetSummary> summary() const; // of the dataset shown; none when none is
    void saveSettings();
    void showAbout();
    void showShortcuts();
    void showSources();
    void stepTab(int delta);
    void showStatusMessage(const QString &text);
    void print();
    void exportReport();
    void updateActions();

    DatasetSource *m_source;
    SharedDataset m_shown; // what the pages show; each of them holds it too
    LanguageManager &m_languages;
    Settings m_settings; // over the store the window is given
    QVBoxLayout *m_centralLayout = nullptr;
    QTabWidget *m_tabs = nullptr;
    Tab m_firstTab; // the tab shown when the tabs are first made
    std::array<Page *, std::size(AllTabs)> m_pages{}; // built on first use
    // Where a page not built yet is to open after a reload: its search, filters and selection.
    std::array<QVariantMap, std::size(AllTabs)> m_pendingPlaces;
    QString m_placesOf; // the file m_pendingPlaces were left in: only its reload gets them back
    TradeCommands *m_tradeCommands = nullptr; // in the File menu, and on the Trade page once built
    WindowActions *m_actions = nullptr;
    RecentDatasets *m_recent = nullptr;
    ProblemsView *m_problemsView = nullptr;
    ElidedLabel *m_sourceLabel = nullptr; // a permanent widget: messages come and go beside it
};

} // namespace azkz
