// The Diplomatic missions tab at the sizes a desktop gives a window, in both languages: the table as
// tall as its rows with every column readable, no text cut without "…" and a tooltip, the map framing
// both countries, every city and every label, Tab in reading order, no drift over a language round trip.
#include "support/missionsfixture.h"
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

class TestMissionsLayout : public QObject, public test::MissionsFixture
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
    void languageRoundTrip_leavesPageIdentical_data() { languagesAndSizes(); }
    void languageRoundTrip_leavesPageIdentical();
    void filter_keepsColumnWidths();
    void manyMissions_scrollInsideTableAndLists();
};

void TestMissionsLayout::page_minimumSizeFitsSmallWindow()
{
    QFETCH(QString, language);
    open(language);
    const QSize minimum = page()->minimumSizeHint();
    QVERIFY2(minimum.width() <= 700 && minimum.height() <= 400,
        qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
}

void TestMissionsLayout::table_showsEveryRowAndColumnAtDefaultSize()
{
    QFETCH(QString, language);
    open(language, QSize(1200, 760));
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

void TestMissionsLayout::texts_wholeOrElidedWithToolTip()
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
    // Each country's list is headed by whose missions they are, whole on as many lines as it needs.
    for (int side = 0; side < 2; ++side) {
        auto *list = page()->findChild<QWidget *>(QStringLiteral("reciprocal%1").arg(side));
        QLabel *heading = nullptr;
        for (QLabel *label : page()->findChildren<QLabel *>()) {
            if (label->buddy() == list)
                heading = label;
        }
        QVERIFY(heading && heading->buddy() == list);
        QVERIFY2(!heading->text().contains(QChar(0x2026)), qPrintable(heading->text()));
        QVERIFY2(heading->height() >= heading->heightForWidth(heading->width()),
            qPrintable(QStringLiteral("%1: %2 px for %3")
                           .arg(heading->text())
                           .arg(heading->height())
                           .arg(heading->heightForWidth(heading->width()))));
    }
}

void TestMissionsLayout::map_framesCountriesCitiesAndLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "az"}) {
        for (const QSize size : {QSize(720, 520), QSize(1100, 760), QSize(1600, 1000), QSize(2400, 1300)})
            QTest::addRow("%s %dx%d", language, size.width(), size.height()) << QString::fromLatin1(language) << size;
    }
}

void TestMissionsLayout::map_framesCountriesCitiesAndLabels()
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

void TestMissionsLayout::tab_movesInReadingOrderWithoutChangingMission()
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

void TestMissionsLayout::languageRoundTrip_leavesPageIdentical()
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

void TestMissionsLayout::filter_keepsColumnWidths()
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

void TestMissionsLayout::manyMissions_scrollInsideTableAndLists()
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

QTEST_MAIN(TestMissionsLayout)
#include "tst_missions_layout.moc"
