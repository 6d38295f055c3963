// The Overview and Diplomatic missions tabs through their widgets: fact links, reference
// markers, dataset text shown as text, printing; filtering, sorting, the reciprocal lists,
// the map, copying an address, and event links into the timeline; the About box.
#include "commandline.h"
#include "languagemanager.h"
#include "locatormap.h"
#include "mainwindow.h"
#include "missionspage.h"
#include "startup.h"
#include "testsupport.h"
#include "windowfixture.h"

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

class TestPages : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void factsCard_linksOpenTheirTabs();
    void referenceMarker_namesItsSourceOnHover();
    void datasetMarkup_isShownAsText();
    void overview_printsWithPreview();
    void missionsTable_filtersAndSorts();
    void reciprocalLists_showEachSideAndSelect();
    void map_andTable_selectEachOther();
    void copyAddress_putsAddressOnClipboard();
    void missionEventLink_opensTimelineAtEvent();
    void pages_retranslateLive();
    void about_namesSourcesAndMapData();

private:
    void open(const QString &language, const QString &tab, const QString &dataset = {});
    template <typename T> T *find(const char *name) const
    {
        T *child = m_window->findChild<T *>(QLatin1String(name));
        if (!child)
            qFatal("no child %s", name);
        return child;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestPages::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_languages = std::make_unique<LanguageManager>();
}

void TestPages::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_settings.reset();
}

void TestPages::open(const QString &language, const QString &tab, const QString &dataset)
{
    QStringList args
        = {QStringLiteral("azkz-relations"), QStringLiteral("--lang"), language, QStringLiteral("--tab"), tab};
    if (!dataset.isEmpty())
        args << QStringLiteral("--dataset") << dataset;
    QString errors;
    QTextStream err(&errors);
    m_window = createMainWindow(parseCommandLine(args), *m_languages, *m_settings, err);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCoreApplication::processEvents();
}

void TestPages::factsCard_linksOpenTheirTabs()
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

void TestPages::referenceMarker_namesItsSourceOnHover()
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
    QCOMPARE(QTextDocumentFragment::fromHtml(QToolTip::text()).toPlainText(),
        QStringLiteral("Reference [3] of the article “Azerbaijan–Kazakhstan relations (in Azerbaijani)”, "
                       "Wikipedia, the free encyclopedia (Azerbaijani edition)"));
}

void TestPages::datasetMarkup_isShownAsText()
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

void TestPages::overview_printsWithPreview()
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
    m_window->showTab(Tab::Missions);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("print"))->isEnabled());
}

void TestPages::missionsTable_filtersAndSorts()
{
    open(QStringLiteral("en"), QStringLiteral("missions"));
    auto *table = find<QTableView>("missionsTable");
    auto *filter = find<QLineEdit>("missionsFilter");
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("aktau"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Aktau"));
    filter->clear();
    // Sort by opening date through the header, as a user clicks it.
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(6) + 5, header->height() / 2));
    QStringList cities;
    for (int row = 0; row < 3; ++row)
        cities.append(table->model()->index(row, 2).data().toString());
    QCOMPARE(cities,
        (QStringList{QStringLiteral("Baku"), QStringLiteral("Astana"), QStringLiteral("Aktau")})); // 1993, 2004, 2008
}

void TestPages::reciprocalLists_showEachSideAndSelect()
{
    open(QStringLiteral("en"), QStringLiteral("missions"));
    auto *azInKz = find<QListWidget>("reciprocal0");
    auto *kzInAz = find<QListWidget>("reciprocal1");
    QCOMPARE(azInKz->count(), 2);
    QCOMPARE(kzInAz->count(), 1);
    QCOMPARE(kzInAz->item(0)->text(), QStringLiteral("Embassy — Baku"));
    QTest::mouseClick(kzInAz->viewport(), Qt::LeftButton, {}, kzInAz->visualItemRect(kzInAz->item(0)).center());
    QCOMPARE(m_window->findChild<MissionsPage *>()->selectedMission(), QStringLiteral("kz-embassy-baku"));
    QVERIFY(find<QTextBrowser>("missionDetails")
                ->toPlainText()
                .contains(QStringLiteral("14 Najafgulu Rafiyev Street, Baku")));
    QVERIFY(azInKz->currentItem() == nullptr);
}

void TestPages::map_andTable_selectEachOther()
{
    open(QStringLiteral("en"), QStringLiteral("missions"));
    auto *map = find<LocatorMap>("locatorMap");
    auto *table = find<QTableView>("missionsTable");
    QCOMPARE(map->selectedMission(), QStringLiteral("az-embassy-astana"));
    const auto aktau = map->markerPosition(QStringLiteral("az-consulate-aktau"));
    QVERIFY(aktau);
    QVERIFY(map->rect().contains(aktau->toPoint()));
    QTest::mouseClick(map, Qt::LeftButton, {}, aktau->toPoint());
    QCOMPARE(table->currentIndex().siblingAtColumn(2).data().toString(), QStringLiteral("Aktau"));
    QVERIFY(find<QTextBrowser>("missionDetails")
                ->toPlainText()
                .contains(QStringLiteral("Consulate General of Azerbaijan in Aktau")));
    table->selectRow(1);
    QCOMPARE(map->selectedMission(), QStringLiteral("kz-embassy-baku"));
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Right);
    QCOMPARE(table->currentIndex().siblingAtColumn(2).data().toString(), QStringLiteral("Aktau"));
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(3, 3)); // the sea: nothing changes
    QCOMPARE(map->selectedMission(), QStringLiteral("az-consulate-aktau"));
}

void TestPages::copyAddress_putsAddressOnClipboard()
{
    open(QStringLiteral("az"), QStringLiteral("missions"));
    auto *copy = find<QPushButton>("copyAddress");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Astana, Anatoli Xrapatıy küç., bina 4"));
    m_window->findChild<MissionsPage *>()->selectMission(QStringLiteral("az-consulate-aktau"));
    QVERIFY(!copy->isEnabled()); // the article gives no address for the consulate general
}

void TestPages::missionEventLink_opensTimelineAtEvent()
{
    open(QStringLiteral("en"), QStringLiteral("missions"));
    auto *details = find<QTextBrowser>("missionDetails");
    QVERIFY(details->toPlainText().contains(QStringLiteral("In the timeline")));
    const QTextCursor heading = details->document()->find(QStringLiteral("In the timeline"));
    const QTextCursor link = details->document()->find(QStringLiteral("1 March 2004"), heading);
    QVERIFY(!link.isNull());
    QCOMPARE(link.charFormat().anchorHref(), QStringLiteral("event:az-embassy-opened"));
    QTextCursor middle = link;
    middle.setPosition(link.selectionStart() + 2);
    QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, details->cursorRect(middle).center());
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    QCOMPARE(find<QTextBrowser>("eventDetails")
                 ->toPlainText()
                 .contains(QStringLiteral("Azerbaijan's embassy in Kazakhstan opens")),
        true);
}

void TestPages::pages_retranslateLive()
{
    open(QStringLiteral("en"), QStringLiteral("missions"));
    m_window->findChild<QAction *>(QStringLiteral("language_az"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(find<QPushButton>("copyAddress")->text(), QStringLiteral("Ünvanı &kopyala"));
    QCOMPARE(find<QListWidget>("reciprocal1")->item(0)->text(), QStringLiteral("Səfirlik — Bakı"));
    QCOMPARE(find<QLineEdit>("missionsFilter")->placeholderText(), QStringLiteral("Nümayəndəlikləri süz…"));
    QVERIFY(find<QTextBrowser>("missionDetails")->toPlainText().contains(QStringLiteral("Xronologiyada")));
    QVERIFY(find<QTextBrowser>("overviewText")->toPlainText().contains(QStringLiteral("İqtisadi əlaqələr")));
}

void TestPages::about_namesSourcesAndMapData()
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
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
