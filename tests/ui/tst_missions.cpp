// The Diplomatic missions tab through its widgets: the reciprocal lists chosen from the keyboard,
// copying an address (clipboard, status message, mnemonic), filtering and sorting, the selection
// shared by table, lists, map and card, event links, and live retranslation.
#include "core/missions/missionsmodel.h"
#include "support/missionsfixture.h"
#include "support/testsupport.h"
#include "ui/missions/locatormap.h"
#include "ui/missions/missionspage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>

using namespace azkz;

class TestMissions : public QObject, public test::MissionsFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void reciprocalList_arrowKeysSelectMission();
    void copyAddress_copiesAndReports_data() { languages(); }
    void copyAddress_copiesAndReports();
    void table_filtersAndSorts();
    void filter_keepsTheMissionChosen();
    void reciprocalLists_showEachSideAndSelect();
    void reciprocalLists_accessibleItemsAreTheEntries_data() { languages(); }
    void reciprocalLists_accessibleItemsAreTheEntries();
    void map_andTable_selectEachOther();
    void eventLink_opensTimelineAtEvent();
    void page_retranslatesLive();
    void dateFromOtherSourcesOnly_isNotCreditedToTheArticle();
    void headToolTip_isWideEnoughToRead_data() { languages(); }
    void headToolTip_isWideEnoughToRead();
};

void TestMissions::reciprocalList_arrowKeysSelectMission()
{
    open(QStringLiteral("en"));
    auto *first = find<QListView>("reciprocal0");
    first->setFocus(Qt::TabFocusReason);
    QCOMPARE(page()->selectedMission(), QStringLiteral("az-embassy-astana"));
    QTest::keyClick(first, Qt::Key_Down);
    QCOMPARE(page()->selectedMission(), QStringLiteral("az-consulate-aktau"));
    QCOMPARE(find<LocatorMap>("locatorMap")->selectedMission(), QStringLiteral("az-consulate-aktau"));
    // Heard from the map too: its name says the mission selected.
    QCOMPARE(find<LocatorMap>("locatorMap")->accessibleName(),
        QStringLiteral("Map of the missions: Consulate General of Azerbaijan in Aktau"));
    QCOMPARE(first->accessibleName(), QStringLiteral("Azerbaijan in Kazakhstan"));
    QVERIFY(!first->accessibleDescription().isEmpty());
}

// A screen reader's items of each side list are its entries, one an entry (Qt's accessible list
// made an item of every column of the model behind it: 14 items for 2 entries, spoken as
// "Embassy — Embassy", "Embassy — Azerbaijan"). tests/ui/atspi_check.py hears them too.
void TestMissions::reciprocalLists_accessibleItemsAreTheEntries()
{
    QFETCH(QString, language);
    open(language);
    for (const char *name : {"reciprocal0", "reciprocal1"}) {
        auto *list = find<QListView>(name);
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(list);
        QVERIFY(face);
        QStringList shown;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            shown.append(list->model()->index(row, list->modelColumn()).data().toString());
        QVERIFY2(!shown.isEmpty(), name);
        QStringList items;
        for (int child = 0; child < face->childCount(); ++child)
            items.append(face->child(child)->text(QAccessible::Name));
        QCOMPARE(items, shown);
    }
}

void TestMissions::copyAddress_copiesAndReports()
{
    QFETCH(QString, language);
    open(language);
    auto *copy = find<QPushButton>("copyAddress");
    QSignalSpy status(page(), &MissionsPage::statusMessage);
    QApplication::clipboard()->setText(QStringLiteral("before"));
    QTest::mouseClick(copy, Qt::LeftButton);
    // The mission and its country too, as on an envelope (the address alone was copied).
    const QString expected = language == QLatin1String("az")
        ? QStringLiteral("Azərbaycanın Qazaxıstandakı səfirliyi\nAstana, Anatoli Xrapatıy küç., bina 4\nQazaxıstan")
        : QStringLiteral(
            "Embassy of Azerbaijan in Kazakhstan\nAnatoly Khrapaty Street, building 4, Astana\nKazakhstan");
    QCOMPARE(QApplication::clipboard()->text(), expected);
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.at(0).at(0).toString(), MissionsPage::tr("Address copied to the clipboard"));

    // Its mnemonic is the page's own: no menu or tab of the window uses the letter.
    const QKeySequence mnemonic = QKeySequence::mnemonic(copy->text());
    QVERIFY(!mnemonic.isEmpty());
    QList<QKeySequence> window;
    for (QAction *menu : m_window->menuBar()->actions())
        window.append(QKeySequence::mnemonic(menu->text()));
    auto *tabs = find<QTabWidget>("tabs");
    for (int i = 0; i < tabs->count(); ++i)
        window.append(QKeySequence::mnemonic(tabs->tabText(i)));
    QVERIFY2(!window.contains(mnemonic), qPrintable(mnemonic.toString()));
    QApplication::clipboard()->setText(QStringLiteral("before"));
    find<QLineEdit>("missionsFilter")->setFocus(); // the mnemonic works from anywhere on the page
    QTest::keySequence(m_window.get(), mnemonic);
    QTRY_COMPARE(status.size(), 2); // a mnemonic "animates" the click: it lands a moment later
    QCOMPARE(QApplication::clipboard()->text(), expected);

    page()->selectMission(QStringLiteral("az-consulate-aktau"));
    QVERIFY(!copy->isEnabled()); // the article gives no address for the consulate general
}

void TestMissions::table_filtersAndSorts()
{
    open(QStringLiteral("en"));
    auto *table = find<QTableView>("missionsTable");
    auto *filter = find<QLineEdit>("missionsFilter");
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("aktau"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Aktau"));
    filter->clear();
    // Case and diacritics aside, as the timeline's search: "baki" finds "Bakı", "nacafqulu" its street (ə as in
    // "aliyev").
    m_languages->setLanguage(Language::Azerbaijani);
    QCoreApplication::processEvents();
    QTest::keyClicks(filter, QStringLiteral("baki"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Bakı"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("NACAFQULU"));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->clear();
    m_languages->setLanguage(Language::English);
    QCoreApplication::processEvents();
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

// A filter that hides the mission chosen, then is rubbed out, gives the same mission back: the
// card and the map showed another mission, or none, once the filter was gone.
void TestMissions::filter_keepsTheMissionChosen()
{
    open(QStringLiteral("en"));
    auto *filter = find<QLineEdit>("missionsFilter");
    auto *card = find<QTextBrowser>("missionDetails");
    auto *table = find<QTableView>("missionsTable");
    const QModelIndexList aktau
        = table->model()->match(table->model()->index(0, 2), Qt::DisplayRole, QStringLiteral("Aktau"));
    QCOMPARE(aktau.size(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(aktau.first()).center());
    const QString chosen = card->toPlainText();
    QVERIFY2(chosen.contains(QStringLiteral("Aktau")), qPrintable(chosen));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("bak"));
    QCOMPARE(table->model()->rowCount(), 1);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(card->toPlainText(), chosen);
    QCOMPARE(find<LocatorMap>("locatorMap")->selectedMission(), page()->selectedMission());
    // One the filter keeps stays chosen as it narrows.
    QTest::keyClicks(filter, QStringLiteral("a"));
    QCOMPARE(card->toPlainText(), chosen);
}

void TestMissions::reciprocalLists_showEachSideAndSelect()
{
    open(QStringLiteral("en"));
    auto *azInKz = find<QListView>("reciprocal0");
    auto *kzInAz = find<QListView>("reciprocal1");
    QCOMPARE(azInKz->model()->rowCount(), 2);
    QCOMPARE(kzInAz->model()->rowCount(), 1);
    QCOMPARE(kzInAz->model()->index(0, kzInAz->modelColumn()).data().toString(), QStringLiteral("Embassy — Baku"));
    // Sized to their entries: the longer list shows both, with no room for a third.
    const int row = azInKz->sizeHintForRow(0);
    QVERIFY(azInKz->viewport()->height() >= 2 * row);
    QVERIFY(azInKz->viewport()->height() < 3 * row);
    QCOMPARE(kzInAz->height(), azInKz->height());
    QTest::mouseClick(kzInAz->viewport(), Qt::LeftButton, {},
        kzInAz->visualRect(kzInAz->model()->index(0, kzInAz->modelColumn())).center());
    QCOMPARE(page()->selectedMission(), QStringLiteral("kz-embassy-baku"));
    QVERIFY(find<QTextBrowser>("missionDetails")
                ->toPlainText()
                .contains(QStringLiteral("14 Najafgulu Rafiyev Street, Baku")));
    QVERIFY(!azInKz->currentIndex().isValid());
}

void TestMissions::map_andTable_selectEachOther()
{
    open(QStringLiteral("en"));
    auto *map = find<LocatorMap>("locatorMap");
    auto *table = find<QTableView>("missionsTable");
    QCOMPARE(map->selectedMission(), QStringLiteral("az-embassy-astana"));
    const auto aktau = map->markerPosition(QStringLiteral("az-consulate-aktau"));
    QVERIFY(aktau);
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
    QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(3, 3)); // far from every city: nothing changes
    QCOMPARE(map->selectedMission(), QStringLiteral("az-consulate-aktau"));
}

void TestMissions::eventLink_opensTimelineAtEvent()
{
    open(QStringLiteral("en"));
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
    QVERIFY(find<QTextBrowser>("eventDetails")
                ->toPlainText()
                .contains(QStringLiteral("Azerbaijan's embassy in Kazakhstan opens")));
    // The keyboard on the event's row, which a screen reader then says (it stayed on the tab bar).
    auto *list = find<QTableView>("timelineList");
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentIndex().siblingAtColumn(1).data().toString(),
        QStringLiteral("Azerbaijan's embassy in Kazakhstan opens"));
}

void TestMissions::page_retranslatesLive()
{

    open(QStringLiteral("en"));
    m_window->findChild<QAction *>(QStringLiteral("language_az"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(find<QListView>("reciprocal1")->model()->index(0, 0).data().toString(), QStringLiteral("Səfirlik — Bakı"));
    QCOMPARE(find<QLineEdit>("missionsFilter")->placeholderText(), QStringLiteral("Nümayəndəlikləri süz…"));
    QCOMPARE(find<LocatorMap>("locatorMap")->accessibleName(),
        QStringLiteral("Nümayəndəliklərin xəritəsi: Azərbaycanın Qazaxıstandakı səfirliyi"));
    QCOMPARE(find<QTableView>("missionsTable")->accessibleName(), QStringLiteral("Diplomatik nümayəndəliklər"));
    QVERIFY(find<QTextBrowser>("missionDetails")->toPlainText().contains(QStringLiteral("Xronologiyada")));
    // A reader hears the card whole when it takes the focus: its text follows its title in its
    // name, in the language shown, without the frame markers of its table.
    const QString heard
        = QAccessible::queryAccessibleInterface(find<QTextBrowser>("missionDetails"))->text(QAccessible::Name);
    QVERIFY2(heard.startsWith(QStringLiteral("Nümayəndəlik haqqında: ")), qPrintable(heard));
    QVERIFY2(heard.contains(QStringLiteral("Xronologiyada")), qPrintable(heard));
    QVERIFY(!heard.contains(QChar(0xFDD0)) && !heard.contains(QChar(0xFDD1)));
}

void TestMissions::dateFromOtherSourcesOnly_isNotCreditedToTheArticle()
{
    // A date with no reference of the article and one other source, as SCHEMA.md allows.
    const QString path = m_dir.filePath(QStringLiteral("other-sources.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::embeddedJsonWith(QStringLiteral("missions[0].opened"),
        QJsonObject{{QStringLiteral("date"), QStringLiteral("2004-03-01")},
            {QStringLiteral("sources"), QJsonArray{QStringLiteral("astanatimes-2023-04-11")}}}));
    file.close();
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("missions"),
        QStringLiteral("--dataset"), path});
    QVERIFY(page()->selectMission(QStringLiteral("az-embassy-astana")));
    const QStringList lines = find<QTextBrowser>("missionDetails")->toPlainText().split(QLatin1Char('\n'));
    // The dates with their sources follow the fields, the last "Opened: " line.
    const auto opened = std::find_if(
        lines.crbegin(), lines.crend(), [](const QString &line) { return line.startsWith(QLatin1String("Opened: ")); });
    QVERIFY2(opened != lines.crend(), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(!opened->contains(QLatin1String("article")), qPrintable(*opened));
    QVERIFY2(opened->contains(QLatin1String("Astana Times")), qPrintable(*opened));
}

// A head's tooltip ("Alim Bayel (Ambassador), in office by 29 July 2023 (…) and in September
// 2023") showed in a box a quarter of 80 characters wide, on four lines: Qt narrows a short rich
// tooltip. It is as wide as 80 characters, on two lines.
void TestMissions::headToolTip_isWideEnoughToRead()
{
    QFETCH(QString, language);
    open(language);
    auto *table = find<QTableView>("missionsTable");
    const QModelIndex head = table->model()->index(1, MissionsModel::Head);
    const QString text = head.data(Qt::ToolTipRole).toString();
    const QRect cell = table->visualRect(head);
    QHelpEvent hover(QEvent::ToolTip, cell.center(), table->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(table->viewport(), &hover);
    QLabel *tip = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("qtooltip_label") && widget->isVisible())
            tip = qobject_cast<QLabel *>(widget);
    }
    QVERIFY2(tip, "no tooltip shown");
    // Lines of 80 characters: one, or two for a longer text; none broken at a hyphen ("2023-cü").
    const int lines = text.size() <= 80 ? 1 : 2;
    QVERIFY2(text.size() <= 160, qPrintable(text));
    QVERIFY2(tip->height() < (lines + 1) * tip->fontMetrics().lineSpacing(),
        qPrintable(QStringLiteral("%1 px high for \"%2\"").arg(tip->height()).arg(text)));
    QVERIFY(tip->width() >= tip->fontMetrics().horizontalAdvance(text) / lines);
    QToolTip::hideText();
}

QTEST_MAIN(TestMissions)
#include "tst_missions.moc"
