// The Overview tab through its widgets: fact links, reference markers, dataset text shown as
// text, printing; the About box. The Diplomatic missions tab has its own, tst_missions.
#include "app/commandline.h"
#include "app/startup.h"
#include "core/load/datasetloader.h"
#include "core/models/factsmodel.h"
#include "core/models/roles.h"
#include "core/settings/settings.h"
#include "support/testsupport.h"
#include "support/visibletexts.h"
#include "support/windowfixture.h"
#include "ui/common/page.h"
#include "ui/missions/locatormap.h"
#include "ui/missions/missionspage.h"
#include "ui/timeline/timelinepage.h"
#include "ui/trade/tradecommands.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"
#include "ui/window/pages.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolTip>

using namespace azkz;

class TestOverview : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void factsCard_linksOpenTheirTabs();
    void factsRows_followTheColumnsWidth();
    void factsRows_followTheLanguageAndFont();
    void referenceMarker_namesItsSourceOnHoverAndFromTheKeys();
    void latestEvents_openTheTimelineOnThem();
    void datasetMarkup_isShownAsText();
    void overview_printsWithPreview();
    void contents_bringEveryHeadingToTheTop();
    void pages_retranslateLive();
    void pages_followTheLanguageByThemselves();
    void pages_holdTheirDatasetAsLongAsTheyLive();
    void about_namesSourcesAndMapData();

private:
    void open(const QString &language, const QString &tab, const QString &dataset = {});
};

void TestOverview::open(const QString &language, const QString &tab, const QString &dataset)
{
    QStringList args = {QStringLiteral("--lang"), language, QStringLiteral("--tab"), tab};
    if (!dataset.isEmpty())
        args << QStringLiteral("--dataset") << dataset;
    openWindow(args);
    m_window->resize(1200, 800);
    QCoreApplication::processEvents();
}

void TestOverview::factsCard_linksOpenTheirTabs()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    auto *facts = find<QTableView>("factsView");
    auto clickRow = [facts](int row) {
        QTest::mouseClick(
            facts->viewport(), Qt::LeftButton, {}, facts->visualRect(facts->model()->index(row, 1)).center());
    };
    QCOMPARE(facts->model()->index(1, 0).data().toString(), QStringLiteral("Diplomatic missions"));
    QCOMPARE(facts->model()->index(1, 1).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Click to open the Diplomatic missions tab"));
    clickRow(1);
    QCOMPARE(m_window->currentTab(), Tab::Missions);
    m_window->showTab(Tab::Overview);
    clickRow(3); // timeline events
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    m_window->showTab(Tab::Overview);
    clickRow(0); // a plain fact stays where it is
    QCOMPARE(m_window->currentTab(), Tab::Overview);
}

void TestOverview::latestEvents_openTheTimelineOnThem()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    auto *latest = find<QListWidget>("latestEvents");
    QCOMPARE(latest->count(), 5);
    QCOMPARE(latest->item(0)->text(),
        QStringLiteral("21 October 2025 — Ilham Aliyev's state visit; second meeting of the Supreme Interstate "
                       "Council")); // newest first
    QCOMPARE(latest->item(4)->text(), QStringLiteral("25–27 January 2025 — First batch of Kashagan oil"));
    QVERIFY(latest->maximumHeight() < 6 * latest->sizeHintForRow(0) + 2 * latest->frameWidth()); // no empty line
    QTest::mouseClick(latest->viewport(), Qt::LeftButton, {}, latest->visualItemRect(latest->item(3)).center());
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    QCOMPARE(find<TimelinePage>("timelinePage")->selectedEvent(), QStringLiteral("bektenov-visit-2025"));
    // From the keyboard: Enter on the selected entry.
    m_window->showTab(Tab::Overview);
    latest->setFocus();
    latest->setCurrentRow(4);
    QTest::keyClick(latest, Qt::Key_Return);
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    QCOMPARE(find<TimelinePage>("timelinePage")->selectedEvent(), QStringLiteral("kashagan-first-batch-2025"));
}

// A narrower window wraps a fact into more lines and its row grows to show them all; wider
// again, the row shrinks with it.
void TestOverview::factsRows_followTheColumnsWidth()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    auto *facts = find<QTableView>("factsView");
    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    };
    settle();
    const int wideColumn = facts->columnWidth(1), wideRow = facts->rowHeight(0);
    m_window->resize(720, 520);
    settle();
    const int narrowColumn = facts->columnWidth(1), narrowRow = facts->rowHeight(0);
    QVERIFY2(narrowColumn < wideColumn && narrowRow > wideRow,
        qPrintable(QStringLiteral("%1 px wide, %2 high; then %3, %4")
                       .arg(wideColumn)
                       .arg(wideRow)
                       .arg(narrowColumn)
                       .arg(narrowRow)));
    // A disputed figure with its versions filled the box at 720 px: five lines at most, the
    // whole fact on hover.
    const int turnover
        = int(facts->model()
                  ->match(facts->model()->index(0, 0), IdRole, QString::fromLatin1(FactsModel::TurnoverId))
                  .constFirst()
                  .row());
    const int lines = facts->rowHeight(turnover) / facts->fontMetrics().lineSpacing();
    QVERIFY2(lines >= 4 && lines <= 5, qPrintable(QString::number(lines)));
    QVERIFY(
        facts->model()->index(turnover, 1).data(Qt::ToolTipRole).toString().contains(QLatin1String("$461.9 million")));
    // Its figure in thousands is given in millions too, as the other versions are; the version
    // shown is not repeated among them.
    const QString cell = facts->model()->index(turnover, 1).data().toString();
    QVERIFY2(cell.startsWith(QStringLiteral("598,468.6 thousand US dollars (≈ 598.5 million)\n")), qPrintable(cell));
    QCOMPARE(cell.count(QStringLiteral("598")), 2);
    m_window->resize(1200, 800);
    settle();
    QVERIFY(facts->columnWidth(1) > narrowColumn);
    QVERIFY(facts->rowHeight(0) < narrowRow);
}

void TestOverview::factsRows_followTheLanguageAndFont()
{
    // The rows' heights are measured once per width: a language switch or a new font measures
    // them again, to what a window opened that way has.
    const auto heights = [this] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        auto *facts = find<QTableView>("factsView");
        QList<int> rows;
        for (int row = 0; row < facts->model()->rowCount(); ++row)
            rows.append(facts->rowHeight(row));
        return rows;
    };
    open(QStringLiteral("az"), QStringLiteral("overview"));
    m_window->resize(720, 520);
    const QList<int> azerbaijani = heights();
    m_window.reset();
    open(QStringLiteral("en"), QStringLiteral("overview"));
    m_window->resize(720, 520);
    const QList<int> english = heights();
    QVERIFY(english != azerbaijani);
    m_window->findChild<QAction *>(QStringLiteral("language_az"))->trigger();
    QCOMPARE(heights(), azerbaijani);
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QCOMPARE(heights(), english);
    QFont larger = find<QTableView>("factsView")->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    find<QTableView>("factsView")->setFont(larger);
    const QList<int> large = heights();
    for (qsizetype row = 0; row < large.size(); ++row)
        QVERIFY(large.at(row) > english.at(row));
}

void TestOverview::referenceMarker_namesItsSourceOnHoverAndFromTheKeys()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    auto *text = find<QTextBrowser>("overviewText");
    // Find the first "[3]" marker (diplomatic relations established) and hover it.
    const QTextCursor found = text->document()->find(QStringLiteral("[3]"));
    QVERIFY(!found.isNull());
    QVERIFY(found.charFormat().isAnchor());
    QCOMPARE(found.charFormat().anchorHref(), QStringLiteral("ref:3"));
    text->ensureCursorVisible();
    text->setTextCursor(found);
    text->ensureCursorVisible();
    QTextCursor middle = found;
    middle.setPosition(found.selectionStart() + 1);
    const QPoint at = text->cursorRect(middle).center();
    QTest::mouseMove(text->viewport(), at);
    QTRY_VERIFY(QToolTip::isVisible());
    // The tooltip is rich text that shows the plain text as written: compare what it shows.
    QCOMPARE(test::toolTipWords(QToolTip::text()),
        QStringLiteral("Reference [3] of the article “Azerbaijan–Kazakhstan relations”, "
                       "Wikipedia, the free encyclopedia (Azerbaijani edition)"));
    // From the keyboard: the arrows moving through the text reach the marker, which names it.
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());
    text->setFocus();
    QTextCursor before = found;
    before.setPosition(found.selectionStart());
    text->setTextCursor(before);
    QTest::keyClick(text, Qt::Key_Right);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(test::toolTipWords(QToolTip::text()).startsWith(QStringLiteral("Reference [3] of the article")));
    QTest::keyClick(text, Qt::Key_Left); // off the marker: its name goes (Qt's short fade)
    QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 1000);
}

void TestOverview::datasetMarkup_isShownAsText()
{
    const QString path = m_dir.filePath(QStringLiteral("markup.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString hostile
        = QStringLiteral("<img src=\"file:///etc/hostname\"> <a href=\"https://example.org\">click</a>");
    file.write(test::embeddedJsonWith(QStringLiteral("relations.lead.en"), QJsonValue(hostile)));
    file.close();
    open(QStringLiteral("en"), QStringLiteral("overview"), path);
    auto *text = find<QTextBrowser>("overviewText");
    QVERIFY(text->toPlainText().contains(hostile)); // the characters, as written
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            QVERIFY(!format.anchorHref().startsWith(QLatin1String("http")));
        }
    }
}

// Each section chosen from the contents (a click) brings its heading to the top of the text, the
// last ones too (the text used to end below them), and the read-only text shows no caret.
void TestOverview::contents_bringEveryHeadingToTheTop()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    auto *text = find<QTextBrowser>("overviewText");
    auto *contents = find<QListWidget>("contentsList");
    QCOMPARE(text->cursorWidth(), 0);
    QVERIFY(contents->count() >= 3);
    for (int row = 0; row < contents->count(); ++row) {
        contents->scrollToItem(contents->item(row));
        QTest::mouseClick(
            contents->viewport(), Qt::LeftButton, {}, contents->visualItemRect(contents->item(row)).center());
        QTextBlock heading = text->document()->firstBlock();
        while (heading.isValid()
            && !(heading.blockFormat().headingLevel() == 2 && heading.text() == contents->item(row)->text()))
            heading = heading.next();
        QVERIFY(heading.isValid());
        const qreal top
            = text->document()->documentLayout()->blockBoundingRect(heading).top() + heading.layout()->lineAt(0).y();
        QVERIFY2(qAbs(text->verticalScrollBar()->value() - top) <= 1,
            qPrintable(
                QStringLiteral("%1: %2 at %3").arg(heading.text()).arg(text->verticalScrollBar()->value()).arg(top)));
    }
}

void TestOverview::overview_printsWithPreview()
{
    open(QStringLiteral("az"), QStringLiteral("overview"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("print"))->isEnabled());
    QString title;
    test::whenModal([&title](QWidget *modal) {
        title = modal->objectName();
        modal->close();
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(title, QStringLiteral("overviewPrintPreview"));
    m_window->showTab(Tab::Missions); // it prints its missions (tst_print reads them)
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("print"))->isEnabled());
}

void TestOverview::pages_retranslateLive()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    m_window->findChild<QAction *>(QStringLiteral("language_az"))->trigger();
    QCoreApplication::processEvents();
    QVERIFY(find<QTextBrowser>("overviewText")->toPlainText().contains(QStringLiteral("İqtisadi əlaqələr")));
}

// Each page follows a language switch by itself, with no window to tell it: what it shows then
// is what a page made in that language shows.
void TestOverview::pages_followTheLanguageByThemselves()
{
    LoadResult loaded = loadDataset(embeddedDatasetPath());
    QVERIFY(loaded.isValid());
    const SharedDataset dataset = std::make_shared<const Dataset>(std::move(*loaded.dataset));
    LanguageManager languages;
    QVERIFY(languages.setLanguage(Language::English));
    Settings store(settings());
    TradeCommands commands;
    for (Tab tab : AllTabs) {
        const PageContext english{dataset, Language::English, commands, store};
        std::unique_ptr<Page> switched(createPage(tab, english, nullptr));
        switched->resize(1100, 700);
        switched->show();
        QVERIFY(languages.setLanguage(Language::Azerbaijani));
        QCoreApplication::processEvents();
        const PageContext azerbaijani{dataset, Language::Azerbaijani, commands, store};
        std::unique_ptr<Page> made(createPage(tab, azerbaijani, nullptr));
        made->resize(1100, 700);
        made->show();
        QCoreApplication::processEvents();
        const QStringList shown = test::visibleTexts(switched.get());
        QCOMPARE(shown, test::visibleTexts(made.get()));
        QVERIFY2(shown.join(QLatin1Char(' ')).contains(QChar(0x0259)), qPrintable(tabName(tab))); // ə
        QVERIFY(languages.setLanguage(Language::English));
        QCoreApplication::processEvents();
    }
}

// A page keeps its dataset alive, whatever else lets it go, and lets it go itself when it goes.
void TestOverview::pages_holdTheirDatasetAsLongAsTheyLive()
{
    Settings store(settings());
    TradeCommands commands;
    for (Tab tab : AllTabs) {
        LoadResult loaded = loadDataset(embeddedDatasetPath());
        SharedDataset dataset = std::make_shared<const Dataset>(std::move(*loaded.dataset));
        const std::weak_ptr<const Dataset> watched = dataset;
        std::unique_ptr<Page> page(createPage(tab, {dataset, Language::English, commands, store}, nullptr));
        dataset.reset();
        QVERIFY2(!watched.expired(), qPrintable(tabName(tab)));
        page->resize(900, 600);
        page->setLanguage(Language::Azerbaijani); // reads the dataset's texts again
        QVERIFY(!page->grab().isNull());
        page.reset();
        QVERIFY2(watched.expired(), qPrintable(tabName(tab)));
    }
}

void TestOverview::about_namesSourcesAndMapData()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    QString text;
    test::whenModal([&text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        text = box->text();
        box->accept();
    });
    QAction *about = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == QLatin1String("&About"))
            about = action;
    QVERIFY(about);
    about->trigger();
    for (const char *expected : {"Version " AZKZ_VERSION, "Qt 6.", "CC BY-SA 4.0", "Natural Earth", "world-atlas"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // The built-in dataset has facts from beyond the article: the box does not say otherwise.
    const QString plain = QTextDocumentFragment::fromHtml(text).toPlainText();
    QVERIFY2(!plain.contains(QLatin1String("Every fact comes from the article")), qPrintable(plain));
    const auto others = m_window->datasetSource().dataset()->sources.size() - 1; // the article is the first
    QVERIFY(others > 1);
    QVERIFY2(plain.contains(QStringLiteral("and from %1 other sources").arg(others)), qPrintable(plain));
    // Those sources by kind, and the two whose licences ask for credit credited.
    for (const char *expected :
        {"The other sources: 2 statistical sources, 7 official sources, 72 news reports, and 1 legal text.",
            "Credited as their licences ask:", "International Monetary Fund (IMF)",
            "IMF data may be reused with attribution", "GeoNames", "CC BY 4.0"})
        QVERIFY2(plain.contains(QLatin1String(expected)),
            qPrintable(QString::fromUtf8(expected) + QStringLiteral(" in ") + plain));
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
