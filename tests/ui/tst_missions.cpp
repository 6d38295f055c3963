// The Diplomatic missions tab through its widgets, in both languages and at the sizes a desktop
// gives a window: the table as tall as its rows with every column readable, no text cut without
// "…" and a tooltip, the map framing both countries, every city and every label, Tab in reading
// order without changing the mission, the reciprocal lists chosen from the keyboard, copying an
// address (clipboard, status message, mnemonic), no drift over a language round trip; and the
// filtering, sorting, selection links between table, lists, map and card, and event links.
#include "support/windowfixture.h"
#include "ui/missions/locatormap.h"
#include "ui/missions/missionspage.h"

#include <QAbstractButton>
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

using namespace azkz;

class TestMissions : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void page_minimumSizeFitsSmallWindow_data() { languages(); }
    void page_minimumSizeFitsSmallWindow();
    void table_showsEveryRowAndColumnAtDefaultSize_data() { languages(); }
    void table_showsEveryRowAndColumnAtDefaultSize();
    void texts_wholeOrElidedWithToolTip_data() { languagesAndSizes(); }
    void texts_wholeOrElidedWithToolTip();
    void map_framesCountriesCitiesAndLabels_data();
    void map_framesCountriesCitiesAndLabels();
    void tab_movesInReadingOrderWithoutChangingMission_data() { languages(); }
    void tab_movesInReadingOrderWithoutChangingMission();
    void reciprocalList_arrowKeysSelectMission();
    void copyAddress_copiesAndReports_data() { languages(); }
    void copyAddress_copiesAndReports();
    void languageRoundTrip_leavesPageIdentical_data() { languagesAndSizes(); }
    void languageRoundTrip_leavesPageIdentical();
    void filter_keepsColumnWidths();
    void manyMissions_scrollInsideTableAndLists();
    void table_filtersAndSorts();
    void reciprocalLists_showEachSideAndSelect();
    void map_andTable_selectEachOther();
    void eventLink_opensTimelineAtEvent();
    void page_retranslatesLive();

private:
    static void languages();
    static void languagesAndSizes();
    void open(const QString &language, QSize size = QSize(1100, 760));
    void resizeWindow(QSize size);
    MissionsPage *page() const { return m_window->findChild<MissionsPage *>(); }
    QStringList cutTexts() const;
};

void TestMissions::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("az") << QStringLiteral("az");
}

void TestMissions::languagesAndSizes()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "az"}) {
        for (const QSize size : {QSize(720, 520), QSize(1600, 1000)})
            QTest::addRow("%s %dx%d", language, size.width(), size.height()) << QString::fromLatin1(language) << size;
    }
}

void TestMissions::open(const QString &language, QSize size)
{
    openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), QStringLiteral("missions")});
    resizeWindow(size);
}

void TestMissions::resizeWindow(QSize size)
{
    m_window->resize(size);
    for (int i = 0; i < 3; ++i) // layout requests, then the resizes they cause
        QCoreApplication::processEvents();
}

// Every text on the page that is shown cut without an ellipsis and a tooltip, described.
QStringList TestMissions::cutTexts() const
{
    QStringList cut;
    // wholeInToolTip: the text is shown elided ("…") and its tooltip carries it whole.
    auto check = [&cut](const QString &where, const QString &text, int needed, int available, bool wholeInToolTip) {
        if (needed > available && !wholeInToolTip)
            cut.append(QStringLiteral("%1 \"%2\" needs %3 px, has %4").arg(where, text).arg(needed).arg(available));
    };
    for (QLabel *label : page()->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(page()) || label->wordWrap())
            continue;
        const QString text = label->buddy() ? QString(label->text()).remove(QLatin1Char('&')) : label->text();
        check(QStringLiteral("label"), text, label->fontMetrics().horizontalAdvance(text),
            label->contentsRect().width(), !label->toolTip().isEmpty() && text.endsWith(QChar(0x2026)));
    }
    for (QAbstractButton *button : page()->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(page()) && !button->text().isEmpty())
            check(QStringLiteral("button"), button->text(), button->sizeHint().width(), button->width(), false);
    }
    auto *table = page()->findChild<QTableView *>(QStringLiteral("missionsTable"));
    QHeaderView *header = table->horizontalHeader();
    const int cellMargin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        check(QStringLiteral("header"), title, header->sectionSizeHint(column), header->sectionSize(column),
            table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString() == title);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex cell = table->model()->index(row, column);
            const QString text = cell.data().toString();
            check(QStringLiteral("cell"), text, table->fontMetrics().horizontalAdvance(text) + cellMargin,
                header->sectionSize(column), cell.data(Qt::ToolTipRole).toString() == text);
        }
    }
    for (QListView *list : page()->findChildren<QListView *>()) {
        for (int i = 0; i < list->model()->rowCount(); ++i)
            check(QStringLiteral("list entry"), list->model()->index(i, list->modelColumn()).data().toString(),
                list->fontMetrics().horizontalAdvance(list->model()->index(i, list->modelColumn()).data().toString())
                    + cellMargin,
                list->viewport()->width(), false);
    }
    return cut;
}

void TestMissions::page_minimumSizeFitsSmallWindow()
{
    QFETCH(QString, language);
    open(language);
    const QSize minimum = page()->minimumSizeHint();
    QVERIFY2(minimum.width() <= 700 && minimum.height() <= 400,
        qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
}

void TestMissions::table_showsEveryRowAndColumnAtDefaultSize()
{
    QFETCH(QString, language);
    open(language, QSize(1100, 760));
    auto *table = find<QTableView>("missionsTable");
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(table->model()->rowCount(), 3);
    // All rows, no scroll bar, and no empty table below them (less than a row to spare).
    QVERIFY(!table->verticalScrollBar()->isVisible());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const int rowsHeight = table->verticalHeader()->length();
    QVERIFY2(rowsHeight <= table->viewport()->height()
            && table->viewport()->height() - rowsHeight < table->verticalHeader()->defaultSectionSize(),
        qPrintable(QStringLiteral("rows %1 px, viewport %2 px").arg(rowsHeight).arg(table->viewport()->height())));
    // Every column shown whole, side by side within the viewport.
    int right = 0;
    for (int column = 0; column < header->count(); ++column) {
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        right = std::max(right, header->sectionViewportPosition(column) + header->sectionSize(column));
    }
    QVERIFY(right <= table->viewport()->width());
    QCOMPARE(cutTexts(), QStringList());
}

void TestMissions::texts_wholeOrElidedWithToolTip()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    open(language, size);
    auto *table = find<QTableView>("missionsTable");
    QVERIFY(!table->verticalScrollBar()->isVisible());
    QVERIFY(table->verticalHeader()->length() <= table->viewport()->height());
    QCOMPARE(cutTexts(), QStringList());
    // The card wraps its text: never a sideways scroll bar.
    QVERIFY(!find<QTextBrowser>("missionDetails")->horizontalScrollBar()->isVisible());
}

void TestMissions::map_framesCountriesCitiesAndLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "az"}) {
        for (const QSize size : {QSize(720, 520), QSize(1100, 760), QSize(1600, 1000), QSize(2400, 1300)})
            QTest::addRow("%s %dx%d", language, size.width(), size.height()) << QString::fromLatin1(language) << size;
    }
}

void TestMissions::map_framesCountriesCitiesAndLabels()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    open(language, size);
    auto *map = find<LocatorMap>("locatorMap");
    const QRectF widget(map->rect());
    const QRectF area = map->mapArea();
    QVERIFY(widget.contains(area));
    // The map fills most of its widget: no big empty margins around it.
    QVERIFY2(area.width() * area.height() >= 0.85 * widget.width() * widget.height(),
        qPrintable(QStringLiteral("%1x%2 in %3x%4")
                       .arg(area.width())
                       .arg(area.height())
                       .arg(map->width())
                       .arg(map->height())));
    QRectF both;
    for (const char *country : {"AZ", "KZ"}) {
        const QRectF extent = map->countryExtent(QLatin1String(country));
        QVERIFY(!extent.isEmpty());
        QVERIFY2(area.contains(extent), country);
        both |= extent;
    }
    // Framed, not lost in a corner: the pair spans most of the map's width or height.
    QVERIFY(both.width() >= 0.8 * area.width() || both.height() >= 0.8 * area.height());
    for (const char *mission : {"az-embassy-astana", "kz-embassy-baku", "az-consulate-aktau"}) {
        const auto at = map->markerPosition(QLatin1String(mission));
        QVERIFY(at);
        QVERIFY2(area.contains(*at), mission);
    }
    const QList<QRectF> labels = map->labelRects();
    QCOMPARE(labels.size(), 2 + 3); // two countries, three cities
    const auto text = [](const QRectF &r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    for (const QRectF &label : labels)
        QVERIFY2(area.contains(label), qPrintable(text(label)));
    // Every name readable: none over another, none over a city's marker ("Azerbaijan" over Baku).
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).intersects(labels.at(j)),
                qPrintable(text(labels.at(i)) + QStringLiteral(" / ") + text(labels.at(j))));
        for (const char *mission : {"az-embassy-astana", "kz-embassy-baku", "az-consulate-aktau"})
            QVERIFY2(!labels.at(i).contains(*map->markerPosition(QLatin1String(mission))),
                qPrintable(text(labels.at(i)) + QStringLiteral(" over ") + QLatin1String(mission)));
    }
}

void TestMissions::tab_movesInReadingOrderWithoutChangingMission()
{
    QFETCH(QString, language);
    open(language);
    QVERIFY(page()->selectMission(QStringLiteral("kz-embassy-baku"))); // not in the first list
    auto *first = find<QListView>("reciprocal0");
    auto *second = find<QListView>("reciprocal1");
    const QStringList expected = {QStringLiteral("missionsFilter"), QStringLiteral("missionsTable"),
        QStringLiteral("reciprocal0"), QStringLiteral("reciprocal1"), QStringLiteral("locatorMap"),
        QStringLiteral("missionDetails"), QStringLiteral("copyAddress")};
    bool selectionKept = true;
    auto walk = [&](Qt::KeyboardModifiers modifiers, const QString &from, const QString &to) {
        QWidget *start = find<QWidget>(from.toLatin1().constData());
        start->setFocus(Qt::OtherFocusReason);
        QCoreApplication::processEvents();
        QStringList seen{QApplication::focusWidget()->objectName()};
        for (int presses = 0; presses < 20 && seen.last() != to; ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
            const QString now = QApplication::focusWidget()->objectName();
            if (now != seen.last()) // the card keeps the focus while Tab walks its links
                seen.append(now);
            selectionKept = selectionKept && page()->selectedMission() == QLatin1String("kz-embassy-baku")
                && !first->selectionModel()->hasSelection() && second->selectionModel()->selectedIndexes().size() == 1;
        }
        return seen;
    };
    QCOMPARE(walk(Qt::NoModifier, expected.first(), expected.last()), expected);
    QVERIFY(selectionKept);
    QStringList backwards = expected;
    std::reverse(backwards.begin(), backwards.end());
    QCOMPARE(walk(Qt::ShiftModifier, backwards.first(), backwards.last()), backwards);
    QVERIFY(selectionKept);
    // Every control reached has a name for assistive technology.
    for (const QString &name : expected) {
        QWidget *widget = find<QWidget>(name.toLatin1().constData());
        QVERIFY2(!widget->accessibleName().isEmpty() || !qobject_cast<QAbstractButton *>(widget)->text().isEmpty(),
            qPrintable(name));
    }
}

void TestMissions::reciprocalList_arrowKeysSelectMission()
{
    open(QStringLiteral("en"));
    auto *first = find<QListView>("reciprocal0");
    first->setFocus(Qt::TabFocusReason);
    QCOMPARE(page()->selectedMission(), QStringLiteral("az-embassy-astana"));
    QTest::keyClick(first, Qt::Key_Down);
    QCOMPARE(page()->selectedMission(), QStringLiteral("az-consulate-aktau"));
    QCOMPARE(find<LocatorMap>("locatorMap")->selectedMission(), QStringLiteral("az-consulate-aktau"));
    QCOMPARE(first->accessibleName(), QStringLiteral("Azerbaijan in Kazakhstan"));
    QVERIFY(!first->accessibleDescription().isEmpty());
}

void TestMissions::copyAddress_copiesAndReports()
{
    QFETCH(QString, language);
    open(language);
    auto *copy = find<QPushButton>("copyAddress");
    QSignalSpy status(page(), &MissionsPage::statusMessage);
    QApplication::clipboard()->setText(QStringLiteral("before"));
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString expected = language == QLatin1String("az")
        ? QStringLiteral("Astana, Anatoli Xrapatıy küç., bina 4")
        : QStringLiteral("Anatoly Khrapaty Street, building 4, Astana");
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

void TestMissions::languageRoundTrip_leavesPageIdentical()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    open(language, size);
    const QImage before = page()->grab().toImage();
    const QString other = language == QLatin1String("en") ? QStringLiteral("az") : QStringLiteral("en");
    for (const QString &code : {other, language}) {
        m_window->findChild<QAction *>(QStringLiteral("language_") + code)->trigger();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    const QImage after = page()->grab().toImage();
    QVERIFY(!before.isNull());
    QVERIFY(before == after);
}

void TestMissions::filter_keepsColumnWidths()
{
    open(QStringLiteral("en"));
    auto *table = find<QTableView>("missionsTable");
    auto *filter = find<QLineEdit>("missionsFilter");
    QList<int> widths;
    for (int column = 0; column < table->horizontalHeader()->count(); ++column)
        widths.append(table->horizontalHeader()->sectionSize(column));
    const int height = table->height();
    QTest::keyClicks(filter, QStringLiteral("aktau"));
    QCoreApplication::processEvents();
    QCOMPARE(table->model()->rowCount(), 1);
    for (int column = 0; column < table->horizontalHeader()->count(); ++column)
        QCOMPARE(table->horizontalHeader()->sectionSize(column), widths.at(column));
    QCOMPARE(table->height(), height);
}

void TestMissions::manyMissions_scrollInsideTableAndLists()
{
    // The embedded dataset with 20 more consulates of Azerbaijan in Aktau.
    QFile source(QStringLiteral(AZKZ_SOURCE_DIR "/resources/dataset/azkz-relations.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray missions = root.value(QStringLiteral("missions")).toArray();
    const QJsonObject consulate = missions.at(2).toObject();
    for (int i = 0; i < 20; ++i) {
        QJsonObject copy = consulate;
        copy.insert(QStringLiteral("id"), QStringLiteral("az-consulate-copy-%1").arg(i));
        missions.append(copy);
    }
    root.insert(QStringLiteral("missions"), missions);
    QFile many(m_dir.filePath(QStringLiteral("many.json")));
    QVERIFY(many.open(QIODevice::WriteOnly));
    many.write(QJsonDocument(root).toJson());
    many.close();
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("missions"),
        QStringLiteral("--dataset"), many.fileName()});
    resizeWindow(QSize(1100, 760));
    auto *table = find<QTableView>("missionsTable");
    QCOMPARE(table->model()->rowCount(), 23);
    QVERIFY(table->verticalScrollBar()->isVisible());
    QVERIFY(table->viewport()->height() <= 8 * table->verticalHeader()->defaultSectionSize());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    auto *list = find<QListView>("reciprocal0");
    QCOMPARE(list->model()->rowCount(), 22);
    QVERIFY(list->verticalScrollBar()->isVisible());
    QVERIFY(list->viewport()->height() < 6 * list->sizeHintForRow(0));
    // Still room for the map.
    QVERIFY(find<LocatorMap>("locatorMap")->height() >= 200);
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
}

void TestMissions::page_retranslatesLive()
{
    open(QStringLiteral("en"));
    m_window->findChild<QAction *>(QStringLiteral("language_az"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(find<QListView>("reciprocal1")->model()->index(0, 2).data().toString(), QStringLiteral("Səfirlik — Bakı"));
    QCOMPARE(find<QLineEdit>("missionsFilter")->placeholderText(), QStringLiteral("Nümayəndəlikləri süz…"));
    QCOMPARE(find<QTableView>("missionsTable")->accessibleName(), QStringLiteral("Diplomatik nümayəndəliklər"));
    QVERIFY(find<QTextBrowser>("missionDetails")->toPlainText().contains(QStringLiteral("Xronologiyada")));
}

QTEST_MAIN(TestMissions)
#include "tst_missions.moc"
