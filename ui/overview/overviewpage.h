// The Overview tab: title, lead, key facts (some of them links to other tabs) and the
// article's text by section, with reference markers that name their source on hover.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "core/models/datasetsummary.h"
#include "ui/common/page.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;
class QTextBrowser;
class QUrl;

namespace azkz {

class ArticleModel;
class EventsModel;
class FactsModel;
class Settings;

class OverviewPage final : public Page
{
    static constexpr int LatestEvents = 5;
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    OverviewPage(SharedDataset dataset, Language language, Settings &settings, QWidget *parent = nullptr);
    void setLanguage(Language language) override;
    // A link's item: a section of the article (its heading to the top) or a key fact (its row).
    bool openItem(const QString &id) override;
    // Prints the title, the key facts and the text, with a preview.
    bool canPrint() const override { return true; }
    void print() override;
    // No taller than a screenful: the tabs size their page stack by it when first shown, before
    // laying it out, and the article would first be laid out that tall (2,146 px).
    QSize sizeHint() const override;

signals:
    // A key fact that stands for a tab was clicked: "missions" or "events".
    void factActivated(const QString &factId);
    // One of the latest events was chosen: open it in the timeline.
    void eventActivated(const QString &eventId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void keepRoomBelowText(); // the last heading can be scrolled to the top
    void showSection(int section); // its heading at the top of the text
    void openFact(const QString &factId);
    void retranslate(); // the page's own texts
    void renderArticle();
    void listLatestEvents(Language language);
    void showReference(const QUrl &link);
    QString referenceName(
        const QUrl &link) const; // a reference marker's source, as its tooltip and a screen reader say

    DatasetSummary m_summary;
    Settings &m_settings; // the print setup
    ArticleModel *m_article;
    FactsModel *m_facts;
    EventsModel *m_events; // the latest of them listed
    QLabel *m_factsHeading;
    QTableView *m_factsView;
    QLabel *m_contentsHeading;
    QListWidget *m_contents;
    QLabel *m_latestHeading;
    QListWidget *m_latest;
    QTextBrowser *m_text;
};

} // namespace azkz
