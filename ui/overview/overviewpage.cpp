#include "ui/overview/overviewpage.h"

#include "core/models/articlemodel.h"
#include "core/models/factsmodel.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"
#include "core/timeline/eventsmodel.h"
#include "ui/common/citationcopyaction.h"
#include "ui/common/fittedwidgets.h"
#include "ui/common/plaintext.h"
#include "ui/common/quietviews.h"
#include "ui/common/spokenlinks.h"
#include "ui/documents/htmltable.h"
#include "ui/documents/printing.h"
#include "ui/documents/reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPrinter>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFrame>
#include <QToolTip>
#include <QVBoxLayout>

#include <map>
#include <tuple>

namespace azkz {

namespace {

bool opensTab(const QModelIndex &index)
{
    const QString id = index.data(IdRole).toString();
    return id == QLatin1String(FactsModel::MissionsId) || id == QLatin1String(FactsModel::EventsId);
}

// Facts that open a tab look like links: the link colour, underlined under the mouse.
class FactsDelegate final : public PlainToolTipDelegate
{
public:
    FactsDelegate(const QAbstractItemModel *model, QObject *parent) : PlainToolTipDelegate(parent)
    {
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_sizes.clear(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_sizes.clear(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_sizes.clear(); });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_sizes.clear(); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_sizes.clear(); });
    }

    // The table asks for each row's height many times while the window is laid out (at every
    // column width and geometry update), and wrapping a text to measure it is the costly part:
    // a cell's size is kept for each width it was measured at, until the model or font changes.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (option.font != m_font) {
            m_sizes.clear();
            m_font = option.font;
        }
        const auto key = std::make_tuple(index.row(), index.column(), option.rect.width());
        const auto found = m_sizes.find(key);
        if (found != m_sizes.end())
            return found->second;
        QSize size = PlainToolTipDelegate::sizeHint(option, index);
        // A fact is a few lines: where versions would run on (a disputed figure at 720 px), the
        // last line shown ends in "…" and the whole fact is its tooltip.
        size.setHeight(std::min(size.height(), MaxFactLines * option.fontMetrics.lineSpacing() + 8));
        return m_sizes[key] = size;
    }
    static constexpr int MaxFactLines = 5;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        PlainToolTipDelegate::initStyleOption(option, index);
        if (index.column() != FactsModel::Value || !opensTab(index))
            return;
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        option->font.setUnderline(option->state & QStyle::State_MouseOver);
    }

private:
    mutable std::map<std::tuple<int, int, int>, QSize> m_sizes; // row, column, width
    mutable QFont m_font;
};

} // namespace

OverviewPage::OverviewPage(SharedDataset dataset, Language language, Settings &settings, QWidget *parent)
    : Page(parent),
      m_summary(dataset),
      m_settings(settings),
      m_article(new ArticleModel(dataset, language, this)),
      m_facts(new FactsModel(dataset, language, this)),
      m_events(new EventsModel(dataset, language, this)),
      m_factsHeading(new QLabel(this)),
      m_factsView(new QuietTableView(this)),
      m_contentsHeading(new QLabel(this)),
      m_contents(new QuietListWidget(this)),
      m_latestHeading(new QLabel(this)),
      m_latest(new QuietListWidget(this)),
      m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("overviewText"));
    m_text->setOpenLinks(false); // the only links are reference markers; nothing is ever fetched
    // Tab goes on to the key facts instead of stopping at each of the article's reference
    // markers; the keyboard moves through the text and selects it, to read and copy, and a
    // marker it reaches names its source as on hover.
    m_text->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::TextSelectableByKeyboard);
    connect(m_text, &QTextBrowser::highlighted, this, &OverviewPage::showReference);
    connect(m_text, &QTextBrowser::cursorPositionChanged, this, [this] {
        const QUrl link(m_text->textCursor().charFormat().anchorHref());
        if (m_text->hasFocus()) // off the marker, its name goes
            QToolTip::showText(m_text->viewport()->mapToGlobal(m_text->cursorRect().bottomRight()),
                link.scheme() == QLatin1String("ref") ? plainToolTip(referenceName(link)) : QString(), m_text);
    });
    exposeLinks(m_text, [this](const QUrl &link, const QString &) { return referenceName(link); });
    m_text->setCursorWidth(0); // read-only: the keys move and select, with no caret blinking
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(16);
    m_text->viewport()->installEventFilter(this);

    m_factsView->setObjectName(QStringLiteral("factsView"));
    m_factsView->setItemDelegate(new FactsDelegate(m_facts, m_factsView));
    m_factsView->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_factsView->setMouseTracking(true);
    m_factsView->viewport()->setAttribute(Qt::WA_Hover);
    connect(m_factsView, &QAbstractItemView::entered, this, [this](const QModelIndex &index) {
        if (index.column() == FactsModel::Value && opensTab(index))
            m_factsView->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_factsView->viewport()->unsetCursor();
    });
    m_factsView->setWordWrap(true);
    // A tall row (a disputed fact with every version) can be read line by line.
    m_factsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_factsView->setShowGrid(false);
    m_factsView->setAlternatingRowColors(true);
    connect(m_factsView, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { openFact(index.data(IdRole).toString()); });
    connect(m_factsView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (opensTab(index))
            openFact(index.data(IdRole).toString());
    });
    m_factsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_factsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_factsView->verticalHeader()->hide();
    m_factsView->horizontalHeader()->setStretchLastSection(true);
    m_factsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The labels as wide as they need up to about 24 characters, then wrapped; the values take
    // the rest and wrap, so the table never scrolls sideways.
    m_factsView->horizontalHeader()->setMaximumSectionSize(m_factsView->fontMetrics().averageCharWidth() * 24);
    m_factsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitHeightToContents(m_factsView);

    // The article's sections, to jump to one.
    m_contents->setObjectName(QStringLiteral("contentsList"));
    fitHeightToContents(m_contents);
    connect(m_contents, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { showSection(m_contents->row(item)); });
    connect(m_contents, &QListWidget::itemClicked, m_contents, &QListWidget::itemActivated);

    // The latest dated events, newest first, each opening the timeline on it.
    m_latest->setObjectName(QStringLiteral("latestEvents"));
    m_latest->setItemDelegate(new PlainToolTipDelegate(m_latest));
    // A long title ends in "…" (whole in its tooltip), not scrolled under a bar hiding the last row.
    m_latest->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_latest->setTextElideMode(Qt::ElideRight);
    fitHeightToContents(m_latest);
    connect(m_latest, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit linkActivated(Tab::Timeline, item->data(IdRole).toString()); });
    connect(m_latest, &QListWidget::itemClicked, m_latest, &QListWidget::itemActivated);

    QFont headingFont = m_factsHeading->font();
    headingFont.setBold(true);
    for (QLabel *heading : {m_factsHeading, m_contentsHeading, m_latestHeading})
        heading->setFont(headingFont);
    m_factsHeading->setBuddy(m_factsView);
    m_contentsHeading->setBuddy(m_contents);
    m_latestHeading->setBuddy(m_latest);

    auto *factsPanel = new QWidget(this);
    auto *factsLayout = new QVBoxLayout(factsPanel);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(m_factsHeading);
    factsLayout->addWidget(m_factsView, 1);
    factsLayout->addSpacing(factsLayout->spacing());
    factsLayout->addWidget(m_contentsHeading);
    factsLayout->addWidget(m_contents, 1);
    factsLayout->addSpacing(factsLayout->spacing());
    factsLayout->addWidget(m_latestHeading);
    factsLayout->addWidget(m_latest, 1);
    factsLayout->addStretch(0);

    // Reading order: the article, then the column beside it.
    setTabOrder({m_text, m_factsView, m_contents, m_latest});

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(factsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // the article three fifths of the width, however wide
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    // The facts last: the layouts above would measure every row at widths they never show.
    m_factsView->setModel(m_facts);
    new CitationCopyAction(m_factsView);
    m_factsView->horizontalHeader()->setSectionResizeMode(FactsModel::Label, QHeaderView::ResizeToContents);

    retranslate(); // the models were built in the language
    renderArticle();
    listLatestEvents(language);
}

QSize OverviewPage::sizeHint() const
{
    const QSize hint = QWidget::sizeHint();
    return {hint.width(), std::min(hint.height(), 600)};
}

void OverviewPage::setLanguage(Language language)
{
    m_article->setLanguage(language);
    m_facts->setLanguage(language);
    retranslate();
    renderArticle();
    listLatestEvents(language);
}

void OverviewPage::retranslate()
{
    m_factsHeading->setText(tr("&Key facts"));
    m_factsView->setAccessibleName(tr("Key facts"));
    m_factsView->setAccessibleDescription(tr("Press Enter on the number of missions or events to open its tab"));
    m_contentsHeading->setText(tr("&Contents"));
    m_contents->setAccessibleName(tr("Contents of the article"));
    m_contents->setAccessibleDescription(tr("Press Enter to go to a section of the article"));
    m_latestHeading->setText(tr("Latest &events"));
    m_latest->setAccessibleName(tr("Latest events"));
    m_latest->setAccessibleDescription(tr("Press Enter to open an event in the timeline"));
    speakTextOnFocus(m_text, tr("Article text"));
}

void OverviewPage::listLatestEvents(Language language)
{
    m_latest->clear();
    m_events->setLanguage(language);
    // The events are in the order of their dates: the latest last.
    for (int row = m_events->rowCount() - 1; row >= 0 && m_latest->count() < LatestEvents; --row) {
        const Event &event = m_events->event(row);
        auto *item = new QListWidgetItem(
            tr("%1 — %2", "an event's date, its title")
                .arg(m_events->index(row, EventsModel::Date).data().toString(), event.title.in(language)),
            m_latest);
        item->setData(IdRole, event.id);
        item->setToolTip(item->text() + QLatin1Char('\n') + event.text.in(language));
    }
    fitListToRows(m_latest);
    m_latest->setVisible(m_latest->count() > 0);
    m_latestHeading->setVisible(m_latest->count() > 0);
}

void OverviewPage::renderArticle()
{
    // Everything from the dataset is escaped: it is shown as text, never as markup.
    const Language language = m_article->language();
    QString html = QStringLiteral("<h1>%1</h1><p><b>%2</b></p>")
                       .arg(m_summary.title(language).toHtmlEscaped(), m_summary.lead(language).toHtmlEscaped());
    const int current = m_contents->currentRow();
    m_contents->clear();
    for (int s = 0; s < m_article->rowCount(); ++s) {
        const QModelIndex section = m_article->index(s, 0);
        m_contents->addItem(section.data().toString());
        html += QStringLiteral("<h2><a name=\"section-%1\"></a>%2</h2>")
                    .arg(s)
                    .arg(section.data().toString().toHtmlEscaped());
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
                         .arg(m_summary.articleTitle(language), m_summary.articlePublisher(language),
                             m_summary.licence())
                         .toHtmlEscaped()
                    + QLatin1Char(' ') + m_summary.referencesNote(language).toHtmlEscaped());
    m_text->setHtml(html);
    keepRoomBelowText();
    m_contents->setCurrentRow(current);
    fitListToRows(m_contents);
}

void OverviewPage::showReference(const QUrl &link)
{
    if (link.scheme() != QLatin1String("ref")) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), plainToolTip(referenceName(link)), m_text);
}

QString OverviewPage::referenceName(const QUrl &link) const
{
    const Language language = m_article->language();
    return tr("Reference [%1] of the article “%2”, %3")
        .arg(link.path(), m_summary.articleTitle(language), m_summary.articlePublisher(language));
}

bool OverviewPage::openItem(const QString &id)
{
    for (int row = 0; row < m_article->rowCount(); ++row) {
        if (m_article->index(row, 0).data(IdRole).toString() == id) {
            m_contents->setCurrentRow(row);
            showSection(row);
            return true;
        }
    }
    const QModelIndexList facts = m_facts->match(m_facts->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    if (facts.isEmpty())
        return false;
    m_factsView->setCurrentIndex(facts.first());
    m_factsView->scrollTo(facts.first());
    return true;
}

void OverviewPage::showSection(int section)
{
    // The heading's first line to the top. Not scrollToAnchor: in a text without a caret
    // (cursorWidth 0) it takes every anchor's place for the top of the text.
    const QString name = QStringLiteral("section-%1").arg(section);
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.begin() != block.end() && block.begin().fragment().charFormat().anchorNames().contains(name)) {
            const QRectF rect = m_text->document()->documentLayout()->blockBoundingRect(block);
            m_text->verticalScrollBar()->setValue(qRound(rect.top() + block.layout()->lineAt(0).y()));
            return;
        }
    }
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::Resize)
        keepRoomBelowText();
    return Page::eventFilter(watched, event);
}

void OverviewPage::keepRoomBelowText()
{
    // Room below the text for the last section's heading to come to the top when chosen from
    // the contents: all but a few lines of the view.
    QTextFrame *root = m_text->document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    const int room = std::max(int(format.topMargin()), m_text->viewport()->height() - 4 * fontMetrics().height());
    if (int(format.bottomMargin()) != room) {
        format.setBottomMargin(room);
        root->setFrameFormat(format);
    }
}

void OverviewPage::openFact(const QString &factId)
{
    // The number of missions and of events are links to their tabs.
    if (factId == QLatin1String(FactsModel::MissionsId))
        emit linkActivated(Tab::Missions, {});
    else if (factId == QLatin1String(FactsModel::EventsId))
        emit linkActivated(Tab::Timeline, {});
}

void OverviewPage::print()
{
    printWithPreview(this, m_settings, QStringLiteral("overviewPrintPreview"), m_summary.title(m_article->language()),
        QStringLiteral("overview"), QPageLayout::Portrait, [this](QPrinter &target) {
            // The text as on screen, the key facts as a table, paged as the report (printDocument).
            const QString facts = QStringLiteral("<h2>%1</h2>").arg(tr("Key facts").toHtmlEscaped())
                + htmlTable(*m_facts, WholeTextRole);
            const std::unique_ptr<QTextDocument> document(m_text->document()->clone());
            QTextCursor cursor = document->rootFrame()->lastCursorPosition();
            cursor.insertBlock(); // the heading in a block of its own, not at the end of the source's
            cursor.insertHtml(facts);
            if (!printDocument(*document, target, m_summary.title(m_article->language())))
                emit statusMessage(tr("The overview could not be printed."));
        });
}

} // namespace azkz
