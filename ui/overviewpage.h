// The Overview tab: title, lead, key facts and the article's text by section.
#pragma once

#include "dataset.h"
#include "language.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace azkz {

class ArticleModel;
class FactsModel;

class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    OverviewPage(const Dataset &dataset, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);

private:
    void renderArticle();

    const Dataset &m_dataset;
    ArticleModel *m_article;
    FactsModel *m_facts;
    QLabel *m_factsHeading;
    QTableView *m_factsView;
    QTextBrowser *m_text;
};

} // namespace azkz
