#include "overviewpage.h"

#include "articlemodel.h"
#include "factsmodel.h"
#include "formatting.h"
#include "htmltable.h"
#include "plaintext.h"
#include "roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolTip>
#include <QVBoxLayout>

namespace azkz {

OverviewPage::OverviewPage(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_article(new ArticleModel(dataset, language, this)),
      m_facts(new FactsModel(dataset, language, this)),
      m_factsHeading(new QLabel(this)),
      m_factsView(new QTableView(this)),
      m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("overviewText"));
    m_text->setOpenLinks(false); // the only links are reference markers; nothing is ever fetched
    connect(m_text, &QTextBrowser::highlighted, this, &OverviewPage::showReference);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(16);

    m_factsView->setObjectName(QStringLiteral("factsView"));
    m_factsView->setModel(m_facts);
    m_factsView->setItemDelegate(new PlainToolTipDelegate(m_factsView));
    m_factsView->setWordWrap(true);
    m_factsView->setShowGrid(false);
    m_factsView->setAlternatingRowColors(true);
    connect(m_factsView, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { emit factActivated(index.data(IdRole).toString()); });
    connect(m_factsView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(IdRole).toString();
        if (id == QLatin1String(FactsModel::MissionsId) || id == QLatin1String(FactsModel::EventsId))
            emit factActivated(id);
    });
    m_factsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_factsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_factsView->verticalHeader()->hide();
    m_factsView->horizontalHeader()->setStretchLastSection(true);
    m_factsView->horizontalHeader()->setSectionResizeMode(FactsModel::Label, QHeaderView::ResizeToContents);
    m_factsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QFont headingFont = m_factsHeading->font();
    headingFont.setBold(true);
    m_factsHeading->setFont(headingFont);
    m_factsHeading->setBuddy(m_factsView);

    auto *factsPanel = new QWidget(this);
    auto *factsLayout = new QVBoxLayout(factsPanel);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(m_factsHeading);
    factsLayout->addWidget(m_factsView);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(factsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setLanguage(language);
}

void OverviewPage::setLanguage(Language language)
{
    m_article->setLanguage(language);
    m_facts->setLanguage(language);
    m_factsHeading->setText(tr("Key facts"));
    m_factsView->setAccessibleName(tr("Key facts"));
    m_text->setAccessibleName(tr("Article text"));
    renderArticle();
}

void OverviewPage::renderArticle()
{
    // Everything from the dataset is escaped: it is shown as text, never as markup.
    const Language language = m_article->language();
    QString html = QStringLiteral("<h1>%1</h1><p><b>%2</b></p>")
                       .arg(m_dataset.title.in(language).toHtmlEscaped(), m_dataset.lead.in(language).toHtmlEscaped());
    for (int s = 0; s < m_article->rowCount(); ++s) {
        const QModelIndex section = m_article->index(s, 0);
        html += QStringLiteral("<h2>%1</h2>").arg(section.data().toString().toHtmlEscaped());
        for (int p = 0; p < m_article->rowCount(section); ++p) {
            const QModelIndex paragraph = m_article->index(p, 0, section);
            const auto refs = paragraph.data(ReferencesRole).value<References>();
            QStringList markers;
            for (int ref : refs)
                markers.append(QStringLiteral("<a href=\"ref:%1\">[%1]</a>").arg(ref));
            html += QStringLiteral("<p>%1 <sup>%2</sup></p>")
                        .arg(paragraph.data().toString().toHtmlEscaped(), markers.join(QLatin1Char(' ')));
        }
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("Source: “%1”, %2. Licence: %3.")
                         .arg(m_dataset.source.title.in(language), m_dataset.source.publisher.in(language),
                             m_dataset.source.licence)
                         .toHtmlEscaped());
    m_text->setHtml(html);
}

void OverviewPage::showReference(const QUrl &link)
{
    if (link.scheme() != QLatin1String("ref")) {
        QToolTip::hideText();
        return;
    }
    const Language language = m_article->language();
    QToolTip::showText(QCursor::pos(),
        plainToolTip(
            tr("Reference [%1] of the article “%2”, %3")
                .arg(link.path(), m_dataset.source.title.in(language), m_dataset.source.publisher.in(language))),
        m_text);
}

void OverviewPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_dataset.title.in(m_article->language()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("overviewPrintPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        // The text as on screen, then the key facts as a table.
        const QString facts = QStringLiteral("<h2>%1</h2>").arg(tr("Key facts").toHtmlEscaped()) + htmlTable(*m_facts);
        const std::unique_ptr<QTextDocument> document(m_text->document()->clone());
        QTextCursor cursor(document.get());
        cursor.movePosition(QTextCursor::End);
        cursor.insertHtml(facts);
        document->print(target);
    });
    preview.exec();
}

} // namespace azkz
