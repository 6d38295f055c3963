// The Trade tab's chart as a user meets it: read from the table's model, its views and
// measures, the legend and hover, clicks on nothing, live retranslation and a dark palette.
#include "core/load/datasetloader.h"
#include "core/trade/tradeseriesmodel.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/documents/tradechart.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/trade/tradecommands.h"
#include "ui/trade/tradepage.h"
#include "ui/trade/tradeseriesview.h"

#include "ui/common/plaintext.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

using namespace azkz;

namespace {
TradePage *tradePage(const MainWindow &window)
{
    return window.findChild<TradePage *>();
}

// The highest labelled tick (the range ends a hair above it, so that its grid line is always drawn).
double topTick(const QValueAxis *axis)
{
    const double top = std::floor(axis->max() / axis->tickInterval()) * axis->tickInterval();
    return axis->max() - top < axis->tickInterval() * 0.01 ? top : -1;
}

QList<qreal> barValues(QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}
} // namespace

class TestTrade : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    // The trade page remembers its view and unit: each test starts from none.
    void init() { QSettings().remove(QStringLiteral("trade")); }
    void cleanup() { closeWindow(); }
    void chart_readsTheTableModel();
    void toolbarBoxes_fitTheTextsAfterALanguageSwitch();
    void table_fillsItsWidthHoweverThePageIsBuilt_data();
    void table_fillsItsWidthHoweverThePageIsBuilt();
    void kindAndMeasure_changeTheChart();
    void legendClick_hidesAndShowsSeries();
    void hover_showsYearSeriesAndExactValue();
    void emptyChartClick_doesNotCrash();
    void languageSwitch_retranslatesChartAndTable();
    void darkPalette_givesDarkChart();
    void palette_chartFollowsWindowColours_exportsStayWhite();
    void hoverTooltip_survivesTheRestingPointersHelpEvent();
    void selectYear_selectsRowAndMarksChart();
    void tableRowAndChartClicks_selectEachOther();
    void tab_reachesToolbarInReadingOrder_tableDoesNotTrap();
    void copyChart_saysItCopied();
    void viewSettingsAndLanguage_thereAndBack_noDrift();
    void smallWindow_everythingReachable_data();
    void smallWindow_everythingReachable();
    // The long series (schema version 2).
    void mirrorGap_isComputedAsByHand();
    void missingYear_isAGapNotBridged();
    void estimates_areFlaggedInRolesTableAndHover();
    void viewCombo_switchesToTheLongSeries();
    void rangeBoxes_constrainEachOtherAndReset();
    void dragAcrossChart_picksTheYears();
    void unitChoice_convertsAndIsRemembered();
    void seriesTable_sortsAndCopiesRows();
    void eventMarkers_hoverClickAndToggle();

private:
    TradePage *page() const { return tradePage(*m_window); }
    TradeChart *chart() const { return page()->chart(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
};

void TestTrade::chart_readsTheTableModel()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QAbstractItemModel *table = m_window->findChild<QTableView *>(QStringLiteral("tradeTable"))->model();
    const auto sets = chart()->findChildren<QBarSet *>();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0)->label(), QStringLiteral("Exports"));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(sets.at(0)->at(row), table->index(row, 1).data(Qt::UserRole + 2).toDouble());
        QCOMPARE(sets.at(1)->at(row), table->index(row, 2).data(Qt::UserRole + 2).toDouble());
    }
    QCOMPARE(table->index(2, 5).data().toString(), QStringLiteral("+340.7 %"));
    QCOMPARE(table->index(0, 5).data().toString(), QStringLiteral("—"));
    auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first());
    QCOMPARE(axis->titleText(), QStringLiteral("thousand US dollars"));
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(topTick(axis), 800000.0); // a round top above 598,468.6
    QCOMPARE(axis->tickInterval(), 200000.0);
}

void TestTrade::kindAndMeasure_changeTheChart()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *kind = m_window->findChild<QComboBox *>(QStringLiteral("chartKind"));
    auto *measure = m_window->findChild<QComboBox *>(QStringLiteral("chartMeasure"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // stacked bars
    QVERIFY(chart()->findChild<QStackedBarSeries *>());
    QTest::keyClick(kind, Qt::Key_Down); // lines
    QCOMPARE(chart()->findChildren<QLineSeries *>().size(), 3);
    QVERIFY(chart()->findChildren<QBarSet *>().isEmpty());
    QTest::keyClick(measure, Qt::Key_Down); // shares of turnover
    const auto lines = chart()->findChildren<QLineSeries *>();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(qRound(lines.at(0)->at(2).y() * 100), 1738); // 104,031.35 of 598,468.6 = 17.38 %
    auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first());
    QCOMPARE(topTick(axis), 100.0);
    QCOMPARE(axis->titleText(), QStringLiteral("Share of turnover, %"));
}

void TestTrade::legendClick_hidesAndShowsSeries()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QLegendMarker *imports = nullptr;
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->label() == QLatin1String("Imports"))
            imports = marker;
    QVERIFY(imports);
    emit imports->clicked(); // what the legend emits when the marker is clicked
    QTRY_VERIFY(!chart()->settings().shown[TradeChart::ImportsSeries]);
    QCOMPARE(barValues(chart()->findChildren<QBarSet *>().at(1)), (QList<qreal>{0, 0, 0}));
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->label() == QLatin1String("Turnover"))
            emit marker->clicked();
    QTRY_VERIFY(!chart()->settings().shown[TradeChart::TurnoverSeries]);
    QVERIFY(!chart()->findChild<QLineSeries *>()->isVisible());
    auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first());
    QCOMPARE(topTick(axis), 150000.0); // rescaled to the exports, all that is left
    QCOMPARE(chart()->legend()->markers().size(), 3); // hidden series keep their markers, to be clicked again
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->label() == QLatin1String("Imports"))
            emit marker->clicked();
    QTRY_VERIFY(chart()->settings().shown[TradeChart::ImportsSeries]);
    QCOMPARE(chart()->findChildren<QBarSet *>().at(1)->at(2), 494437.25);
}

void TestTrade::hover_showsYearSeriesAndExactValue()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = m_window->findChild<QChartView *>(QStringLiteral("tradeChart"));
    QLineSeries *turnover = chart()->findChild<QLineSeries *>();
    const QPointF point = chart()->mapToPosition(QPointF(2, 598468.6), turnover);
    QTest::mouseMove(view->viewport(), view->mapFromScene(chart()->mapToScene(point)));
    QTRY_COMPARE(chart()->hoverText(), QStringLiteral("2022 · Turnover: 598,468.60 thousand US dollars"));
    // The exports bar of 2021 is the left half of its category.
    const QPointF bar = chart()->mapToPosition(QPointF(1 - 0.15, 20000), chart()->series().first());
    QTest::mouseMove(view->viewport(), view->mapFromScene(chart()->mapToScene(bar)));
    QTRY_COMPARE(
        chart()->hoverText(), QStringLiteral("2021 · Exports: 39,893.97 thousand US dollars (29.4 % of turnover)"));
}

void TestTrade::emptyChartClick_doesNotCrash()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = m_window->findChild<QChartView *>(QStringLiteral("tradeChart"));
    // Nothing under the cursor: Qt 6.4.2 dereferences null here unless the click is handled (QTBUG-118669).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QTest::mouseClick(view->viewport(), Qt::RightButton, {}, QPoint(view->width() - 5, 5));
    QVERIFY(view->isVisible());
}

void TestTrade::languageSwitch_retranslatesChartAndTable()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    find<QAction>("language_az")->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(chart()->title(), QStringLiteral("Azərbaycan ilə Qazaxıstan arasında ticarət (Azərbaycan məlumatları)"));
    QCOMPARE(chart()->findChildren<QBarSet *>().at(0)->label(), QStringLiteral("İxrac"));
    QCOMPARE(qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first())->titleText(),
        QStringLiteral("min ABŞ dolları"));
    QCOMPARE(chart()->locale().language(), QLocale::Azerbaijani);
    auto *kind = m_window->findChild<QComboBox *>(QStringLiteral("chartKind"));
    QCOMPARE(kind->itemText(1), QStringLiteral("Yığılmış sütunlar"));
    QCOMPARE(action("exportChart")->text(), QStringLiteral("&Diaqramı ixrac et…"));
}

void TestTrade::darkPalette_givesDarkChart()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    page()->setPalette(dark);
    QCoreApplication::processEvents();
    QVERIFY(chart()->isDark());
    QVERIFY(chart()->backgroundBrush().color().lightness() < 128);
    // Bars in their light variants on a dark page.
    QCOMPARE(chart()->findChildren<QBarSet *>().at(0)->color(), QColor(0x4f, 0xc3, 0xe8));
    page()->setPalette(QPalette(QColor(0xee, 0xee, 0xee)));
    QVERIFY(!chart()->isDark());
    QCOMPARE(chart()->findChildren<QBarSet *>().at(0)->color(), QColor(0x00, 0x6f, 0x94));
}

namespace {
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2b, 0x2e));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1c, 0x1d, 0x20));
    palette.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5c));
    palette.setColor(QPalette::Button, QColor(0x35, 0x36, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

void checkChartColours(TradeChart *chart, const QPalette &palette)
{
    QCOMPARE(chart->backgroundBrush().color(), palette.color(QPalette::Window));
    QCOMPARE(chart->plotAreaBackgroundBrush().color(), palette.color(QPalette::Base));
    QCOMPARE(chart->titleBrush().color(), palette.color(QPalette::WindowText));
    QCOMPARE(chart->legend()->labelColor(), palette.color(QPalette::WindowText));
    for (QAbstractAxis *axis : chart->axes()) {
        QCOMPARE(axis->labelsBrush().color(), palette.color(QPalette::WindowText));
        QCOMPARE(axis->titleBrush().color(), palette.color(QPalette::WindowText));
        QCOMPARE(axis->gridLineColor(), palette.color(QPalette::Mid));
    }
}
} // namespace

void TestTrade::palette_chartFollowsWindowColours_exportsStayWhite()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    checkChartColours(chart(), page()->palette()); // light, from the start
    // A dark palette for the whole application at run time, as a desktop theme switch gives it.
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(chart()->isDark());
    QVERIFY(chart()->theme() != QChart::ChartThemeBlueNcs && chart()->theme() != QChart::ChartThemeBlueCerulean);
    checkChartColours(chart(), darkPalette());
    // Still after a redraw (a kind change) and a language switch.
    chart()->setKind(TradeChart::Kind::Lines);
    checkChartColours(chart(), darkPalette());
    find<QAction>("language_az")->trigger();
    QCoreApplication::processEvents();
    checkChartColours(chart(), darkPalette());
    // Exports and the clipboard image are on white paper whatever the window's palette.
    find<QAction>("copyChart")->trigger();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 3).lightness() > 200, true);
    QApplication::setPalette(before);
    QCoreApplication::processEvents();
    QVERIFY(!chart()->isDark());
    checkChartColours(chart(), page()->palette());
}

void TestTrade::hoverTooltip_survivesTheRestingPointersHelpEvent()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = m_window->findChild<QChartView *>(QStringLiteral("tradeChart"));
    const QPointF bar = chart()->mapToPosition(QPointF(2 + 0.15, 300000), chart()->series().first());
    const QPoint pos = view->mapFromScene(chart()->mapToScene(bar));
    QTest::mouseMove(view->viewport(), pos);
    QTRY_VERIFY(chart()->hoverText().startsWith(QStringLiteral("2022 · Imports")));
    // What a real display sends when the pointer rests: before, the scene answered it by hiding
    // the tooltip, since no item carried one.
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), plainToolTip(chart()->hoverText()));
    QCOMPARE(chart()->toolTip(), plainToolTip(chart()->hoverText())); // what the scene shows for the chart item
    QTest::qWait(600); // longer than a hidden tooltip takes to go
    QVERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("494,437.25")));
    // Off the bars: gone at once, and a resting pointer does not bring it back.
    QTest::mouseMove(view->viewport(), QPoint(3, 3));
    QTRY_VERIFY(chart()->hoverText().isEmpty());
    QTRY_VERIFY(!QToolTip::isVisible());
    QHelpEvent restingOff(QEvent::ToolTip, QPoint(3, 3), view->viewport()->mapToGlobal(QPoint(3, 3)));
    QApplication::sendEvent(view->viewport(), &restingOff);
    QCoreApplication::processEvents();
    QVERIFY(!QToolTip::isVisible());
}

void TestTrade::selectYear_selectsRowAndMarksChart()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *table = find<QTableView>("tradeTable");
    auto *view = find<QChartView>("tradeChart");
    QVERIFY(!table->selectionModel()->hasSelection());
    QCOMPARE(chart()->markedRow(), -1);
    page()->selectYear(2022);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), 2);
    QCOMPARE(chart()->markedRow(), 2);
    const auto sets = chart()->findChildren<QBarSet *>();
    QVERIFY(sets.at(0)->isBarSelected(2));
    QVERIFY(sets.at(1)->isBarSelected(2));
    QVERIFY(!sets.at(0)->isBarSelected(1));
    QVERIFY(chart()->findChild<QLineSeries *>()->isPointSelected(2));
    // The year's figures are announced with the chart.
    QVERIFY2(view->accessibleDescription().contains(QStringLiteral("2022 · Imports: 494,437.25")),
        qPrintable(view->accessibleDescription()));
    // The mark stays through a redraw.
    chart()->setKind(TradeChart::Kind::Lines);
    QVERIFY(chart()->findChildren<QLineSeries *>().at(0)->isPointSelected(2));
    page()->selectYear(2020);
    QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), 0);
    QCOMPARE(chart()->markedRow(), 0);
    page()->selectYear(1999); // not in the table
    QVERIFY(!table->selectionModel()->hasSelection());
    QCOMPARE(chart()->markedRow(), -1);
}

void TestTrade::tableRowAndChartClicks_selectEachOther()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *table = find<QTableView>("tradeTable");
    auto *view = find<QChartView>("tradeChart");
    // A click on the 2021 row marks 2021 on the chart; arrows move the mark.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(1, 2)).center());
    QCOMPARE(chart()->markedRow(), 1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(chart()->markedRow(), 2);
    // A click on the exports bar of 2020 selects its row.
    const QPointF bar = chart()->mapToPosition(QPointF(0 - 0.15, 10000), chart()->series().first());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(chart()->mapToScene(bar)));
    QTRY_COMPARE(table->selectionModel()->selectedRows().value(0).row(), 0);
    QCOMPARE(chart()->markedRow(), 0);
    // And a click on a point of the lines.
    chart()->setKind(TradeChart::Kind::Lines);
    QLineSeries *turnover = chart()->findChildren<QLineSeries *>().at(TradeChart::TurnoverSeries);
    const QPointF point = chart()->mapToPosition(QPointF(1, 135798.97), turnover);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(chart()->mapToScene(point)));
    QTRY_COMPARE(table->selectionModel()->selectedRows().value(0).row(), 1);
}

void TestTrade::tab_reachesToolbarInReadingOrder_tableDoesNotTrap()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *table = find<QTableView>("tradeTable");
    QWidget *kind = find<QComboBox>("chartKind");
    kind->setFocus();
    QTRY_VERIFY(kind->hasFocus());
    const QList<QWidget *> order
        = {find<QComboBox>("chartMeasure"), find<QWidget>("exportChartButton"), find<QToolButton>("tradeMore"), table};
    for (QWidget *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
        QVERIFY2(!next->accessibleName().isEmpty(), next->objectName().toLatin1());
    }
    QVERIFY(!table->tabKeyNavigation());
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QVERIFY(!page()->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == kind);
    QVERIFY(!table->selectionModel()->hasSelection()); // tabbing through selects nothing
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), find<QToolButton>("tradeMore"));
    // The menu button holds the other commands, with their shortcuts on the page.
    const auto actions = find<QToolButton>("tradeMore")->menu()->actions();
    QVERIFY(actions.contains(find<QAction>("copyChart")));
    QVERIFY(actions.contains(find<QAction>("exportCsv")));
    QVERIFY(actions.contains(find<QAction>("printTrade")));
    for (QAction *action : page()->findChildren<QAction *>())
        QVERIFY(action->shortcut().isEmpty() || page()->actions().contains(action));
    // Every toolbar button with an icon, or none (here: text only, whatever the icon theme).
    QCOMPARE(find<QToolBar>("tradeToolbar")->toolButtonStyle(), Qt::ToolButtonTextOnly);
    QCOMPARE(find<QToolButton>("tradeMore")->toolButtonStyle(), Qt::ToolButtonTextOnly);
}

void TestTrade::copyChart_saysItCopied()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QSignalSpy said(page(), &TradePage::statusMessage);
    QApplication::clipboard()->clear();
    find<QAction>("copyChart")->trigger();
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.constFirst().constFirst().toString(), QStringLiteral("Chart image copied"));
    QVERIFY(!QApplication::clipboard()->image().isNull());
}

void TestTrade::viewSettingsAndLanguage_thereAndBack_noDrift()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *kind = find<QComboBox>("chartKind");
    auto *measure = find<QComboBox>("chartMeasure");
    auto settle = [] { // as the event loop does: language changes are posted, old chart items deleted later
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
        }
    };
    kind->setFocus(); // the focus frame is part of what is compared
    settle();
    const QImage before = page()->grab().toImage();
    const qreal titleSize = chart()->titleFont().pointSizeF();
    for (int round = 0; round < 2; ++round) {
        QTest::keyClick(kind, Qt::Key_Down);
        settle();
        QTest::keyClick(kind, Qt::Key_Up);
        settle();
        QCOMPARE(chart()->titleFont().pointSizeF(), titleSize);
        QVERIFY(page()->grab().toImage() == before);
        QTest::keyClick(measure, Qt::Key_Down);
        settle();
        QTest::keyClick(measure, Qt::Key_Up);
        settle();
        QVERIFY(page()->grab().toImage() == before);
        find<QAction>("language_az")->trigger();
        settle();
        const int azKindWidth = kind->width();
        find<QAction>("language_en")->trigger();
        settle();
        QCOMPARE(chart()->titleFont().pointSizeF(), titleSize);
        QVERIFY(page()->grab().toImage() == before);
        // The combo boxes follow their texts: "Qruplaşdırılmış sütunlar" is wider than "Grouped bars".
        QVERIFY(azKindWidth > kind->width());
    }
    kind->clearFocus();
}

void TestTrade::toolbarBoxes_fitTheTextsAfterALanguageSwitch()
{
    const auto widths = [this] {
        for (int i = 0; i < 5; ++i) // the texts, then the toolbar's layout
            QCoreApplication::processEvents();
        QList<int> boxes;
        for (const char *name : {"tradeView", "chartKind", "chartMeasure"})
            boxes.append(find<QComboBox>(name)->width());
        return boxes;
    };
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QList<int> english = widths();
    closeWindow();
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QList<int> azerbaijani = widths();
    QVERIFY(azerbaijani != english);
    find<QAction>("language_en")->trigger();
    QCOMPARE(widths(), english); // narrower again, as if built in English
    find<QAction>("language_az")->trigger();
    QCOMPARE(widths(), azerbaijani);
}

void TestTrade::table_fillsItsWidthHoweverThePageIsBuilt_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<bool>("reload");
    QTest::newRow("shown at start") << "trade" << false;
    QTest::newRow("built when first shown") << "overview" << false;
    QTest::newRow("built again by a reload") << "trade" << true;
}

void TestTrade::table_fillsItsWidthHoweverThePageIsBuilt()
{
    QFETCH(QString, tab);
    QFETCH(bool, reload);
    const QString path = m_dir.filePath(QStringLiteral("pair.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(AZKZ_TEST_DATA "/ge-am-relations.json"), path));
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), tab,
        QStringLiteral("--dataset"), path});
    if (reload)
        QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
    QCoreApplication::processEvents();
    auto *table = find<QTableView>("tradeTable");
    QVERIFY(!table->verticalScrollBar()->isVisible()); // two years: no scrolling
    QCOMPARE(table->horizontalHeader()->length(), table->viewport()->width()); // no empty strip at the right
}

void TestTrade::smallWindow_everythingReachable_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("az") << "az";
}

void TestTrade::smallWindow_everythingReachable()
{
    QFETCH(QString, lang);
    openWindow({QStringLiteral("--lang"), lang, QStringLiteral("--tab"), QStringLiteral("trade")});
    QVERIFY2(page()->minimumSizeHint().width() <= 700 && page()->minimumSizeHint().height() <= 400,
        qPrintable(
            QStringLiteral("%1x%2").arg(page()->minimumSizeHint().width()).arg(page()->minimumSizeHint().height())));
    // The page alone at the size a 720x520 window leaves it (the other tabs are not this test's).
    const LoadResult data = loadDataset(embeddedDatasetPath());
    const TradeCommands commands;
    TradePage small(*data.dataset, lang == QLatin1String("az") ? Language::Azerbaijani : Language::English, commands);
    small.resize(700, 400);
    small.show();
    QVERIFY(QTest::qWaitForWindowExposed(&small));
    QCoreApplication::processEvents();
    QCOMPARE(small.size(), QSize(700, 400));
    // The toolbar shows all its buttons: no "»" extension.
    for (auto *button : small.findChild<QToolBar *>(QStringLiteral("tradeToolbar"))->findChildren<QToolButton *>())
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            QVERIFY(!button->isVisible());
    QVERIFY(small.findChild<QToolButton *>(QStringLiteral("tradeMore"))->isVisible());
    QVERIFY(small.findChild<QWidget *>(QStringLiteral("exportChartButton"))->isVisible());
    // Every row in the table, the table whole, and what does not fit below it can be scrolled to.
    auto *table = small.findChild<QTableView *>(QStringLiteral("tradeTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->viewport()->rect().contains(table->visualRect(table->model()->index(row, 0))));
    auto *details = small.findChild<QScrollArea *>(QStringLiteral("tradeDetails"));
    QCOMPARE(details->viewport()->height() + details->verticalScrollBar()->maximum(), details->widget()->height());
    auto *source = small.findChild<QLabel *>(QStringLiteral("tradeSource"));
    details->ensureWidgetVisible(source, 0, 0);
    QCoreApplication::processEvents();
    QCOMPARE(source->visibleRegion().boundingRect().height(), source->height());
    // The chart keeps room for its unit along the value axis.
    QVERIFY(small.findChild<QChartView *>(QStringLiteral("tradeChart"))->height() >= 240);
    // Columns fit the width, each header text whole.
    QHeaderView *header = table->horizontalHeader();
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        total += header->sectionSize(column);
        const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(text), qPrintable(text));
    }
    QVERIFY(total <= table->viewport()->width());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
}

namespace {
TradeSeriesModel &seriesModel(const TradePage &page)
{
    return *page.seriesModel();
}
int rowOfYear(const TradeSeriesModel &model, int year)
{
    return int(model.table().years.indexOf(year));
}
} // namespace

void TestTrade::mirrorGap_isComputedAsByHand()
{
    const LoadResult data = loadDataset(embeddedDatasetPath());
    TradeSeriesModel model(*data.dataset, Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSettings({TradeViewKind::Mirror, 0, 0, TradeUnit::Million});
    QCOMPARE(model.columnCount(), 7); // year; per flow: exporter's, importer's, gap
    const int row = rowOfYear(model, 2013);
    // 2013, goods from Kazakhstan to Azerbaijan: Kazakhstan reports exports of 361.217227 million,
    // Azerbaijan imports of 306.7633 million (the CSV): (306.7633 - 361.217227) / 361.217227 = -15.075 %.
    QCOMPARE(*model.value(row, 3), 361.217227);
    QCOMPARE(*model.value(row, 4), 306.7633);
    QVERIFY(std::abs(*model.value(row, 5) - (-15.0750)) < 0.001);
    QCOMPARE(model.text(row, 5), QStringLiteral("-15.1 %"));
    QVERIFY(model.headerData(6, Qt::Horizontal).toString().startsWith(QStringLiteral("Gap Kazakhstan → Azerbaijan")));
    // 1992: Kazakhstan reported nothing, so there is no gap either.
    QVERIFY(!model.value(rowOfYear(model, 1992), 5));
    QCOMPARE(model.text(rowOfYear(model, 1992), 5), QStringLiteral("—"));
}

void TestTrade::missingYear_isAGapNotBridged()
{
    const LoadResult data = loadDataset(embeddedDatasetPath());
    TradeSeriesModel model(*data.dataset, Language::English);
    model.setSettings({TradeViewKind::Partner, 0, 0, TradeUnit::Million});
    // Kazakhstan's figures: IMF 1993-2020, the press 2022-2023; 2021 has none.
    QVERIFY(!model.value(rowOfYear(model, 2021), 0));
    TradeSeriesChart chart(model);
    QVERIFY(!chart.drawsBars());
    const QList<QXYSeries *> pieces = chart.pieces(0);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0)->points().constFirst().x(), 1993.0);
    QCOMPARE(pieces.at(0)->points().constLast().x(), 2020.0);
    QCOMPARE(pieces.at(1)->points().constFirst().x(), 2022.0);
    for (QXYSeries *piece : pieces)
        for (const QPointF &p : piece->points())
            QVERIFY(p.x() != 2021.0);
    // A few years: bars.
    model.setSettings({TradeViewKind::Partner, 2019, 2023, TradeUnit::Million});
    QVERIFY(chart.drawsBars());
}

void TestTrade::estimates_areFlaggedInRolesTableAndHover()
{
    const LoadResult data = loadDataset(embeddedDatasetPath());
    TradeSeriesModel model(*data.dataset, Language::English);
    model.setSettings({TradeViewKind::Partner, 0, 0, TradeUnit::Million});
    const QModelIndex estimate = model.index(rowOfYear(model, 1993), 1);
    const QModelIndex reported = model.index(rowOfYear(model, 1994), 1);
    QCOMPARE(estimate.data(TradeSeriesModel::FlagRole).toInt(), int(ValueFlag::Estimate));
    QCOMPARE(reported.data(TradeSeriesModel::FlagRole).toInt(), int(ValueFlag::None));
    QCOMPARE(estimate.data().toString(), QStringLiteral("34.46 (estimate)"));
    const QString hover = estimate.data(Qt::ToolTipRole).toString();
    for (const QString &part : {QStringLiteral("1993"), QStringLiteral("Exports Kazakhstan → Azerbaijan"),
             QStringLiteral("(Kazakhstan figures)"), QStringLiteral("34.46 million US dollars"),
             QStringLiteral("estimate, not a reported figure"), QStringLiteral("International Monetary Fund")})
        QVERIFY2(hover.contains(part), qPrintable(hover));
    QCOMPARE(estimate.data(TradeSeriesModel::SourcesRole).toStringList(), QStringList{QStringLiteral("imf-dots")});
    // The chart draws the estimate as an open point, on top of the line.
    TradeSeriesChart chart(model);
    bool open = false;
    for (QAbstractSeries *item : chart.series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(item))
            open = open || scatter->points().contains(QPointF(1993, 34.46));
    QVERIFY(open);
    // Where two sources give one figure, both are named and the one the chart uses is said.
    model.setSettings({TradeViewKind::Reporter, 0, 0, TradeUnit::Thousand});
    const QString twice = model.index(rowOfYear(model, 2020), 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(twice.contains(QStringLiteral("25,919.70 thousand US dollars")), qPrintable(twice));
    QVERIFY2(
        twice.contains(QStringLiteral("also given as 25,919.70 thousand US dollars by International Monetary Fund")),
        qPrintable(twice));
}

void TestTrade::viewCombo_switchesToTheLongSeries()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    QVERIFY(view->isVisible());
    QCOMPARE(view->currentText(), QStringLiteral("Article"));
    // The long series chart is built when a long series view is first chosen.
    QVERIFY(!page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart")));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down); // Azerbaijan
    QTest::keyClick(view, Qt::Key_Down); // Kazakhstan
    QTest::keyClick(view, Qt::Key_Down); // Mirror
    QCOMPARE(view->currentText(), QStringLiteral("Mirror"));
    auto *seriesChart = page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"));
    QVERIFY(seriesChart);
    QVERIFY(seriesChart->isVisible());
    QVERIFY(!page()->findChild<QChartView *>(QStringLiteral("tradeChart"))->isVisible());
    auto *table = page()->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->columnCount(), 7);
    QCOMPARE(table->model()->rowCount(), 2023 - 1992 + 1);
    QVERIFY(seriesChart->seriesChart()->plainTitle().startsWith(QStringLiteral("Mirror view")));
    auto *note = page()->findChild<QLabel *>(QStringLiteral("tradeSeriesNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("free on board (FOB)")));
    QVERIFY(note->text().contains(QStringLiteral("Mirror figures differ")));
    QVERIFY(page()
                ->findChild<QLabel *>(QStringLiteral("tradeSource"))
                ->text()
                .contains(QStringLiteral("Direction of Trade")));
    QCOMPARE(QSettings().value(QStringLiteral("trade/view")).toInt(), 3); // remembered
    // Back to the article's table: the old chart and table again.
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(page()->findChild<QChartView *>(QStringLiteral("tradeChart"))->isVisible());
    QVERIFY(!table->isVisible());
    QVERIFY(!seriesChart->isVisible());
}

void TestTrade::rangeBoxes_constrainEachOtherAndReset()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down); // Azerbaijan's figures
    auto *from = page()->findChild<QSpinBox *>(QStringLiteral("tradeFrom"));
    auto *to = page()->findChild<QSpinBox *>(QStringLiteral("tradeTo"));
    QTRY_VERIFY(from->isVisible() && to->isVisible()); // the toolbar lays out when events run
    QCOMPARE(from->value(), 1992);
    QCOMPARE(to->value(), 2023);
    from->setFocus();
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("2010"));
    QTest::keyClick(from, Qt::Key_Return);
    to->setFocus();
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("2015"));
    QTest::keyClick(to, Qt::Key_Return);
    auto *table = page()->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2010"));
    QCOMPARE(from->maximum(), 2015); // each box bounds the other
    QCOMPARE(to->minimum(), 2010);
    auto *chart = page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"))->seriesChart();
    QVERIFY2(chart->plainTitle().endsWith(QStringLiteral("2010–2015")), qPrintable(chart->plainTitle()));
    QVERIFY(chart->drawsBars());
    // The CSV export follows the range.
    QCOMPARE(seriesModel(*page()).settings().from, 2010);
    auto *reset = page()
                      ->findChild<QToolBar *>(QStringLiteral("tradeToolbar"))
                      ->widgetForAction(page()->findChild<QAction *>(QStringLiteral("tradeAllYears")));
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(from->value(), 1992);
    QCOMPARE(to->value(), 2023);
    QCOMPARE(table->model()->rowCount(), 32);
}

void TestTrade::dragAcrossChart_picksTheYears()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    auto *chartView = page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"));
    TradeSeriesChart *chart = chartView->seriesChart();
    QAbstractSeries *line = chart->pieces(0).constFirst();
    const QPoint start = chartView->mapFromScene(chart->mapToPosition(QPointF(2000, 0), line));
    const QPoint end = chartView->mapFromScene(chart->mapToPosition(QPointF(2010, 0), line)) - QPoint(0, 5);
    QTest::mousePress(chartView->viewport(), Qt::LeftButton, {}, start - QPoint(0, 5));
    QTest::mouseMove(chartView->viewport(), end);
    QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, {}, end);
    QCOMPARE(page()->findChild<QSpinBox *>(QStringLiteral("tradeFrom"))->value(), 2000);
    QCOMPARE(page()->findChild<QSpinBox *>(QStringLiteral("tradeTo"))->value(), 2010);
    QCOMPARE(seriesModel(*page()).rowCount(), 11);
    // A click on an empty spot changes nothing and does not crash (QTBUG-118669).
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(seriesModel(*page()).rowCount(), 11);
}

void TestTrade::unitChoice_convertsAndIsRemembered()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    auto *table = page()->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    const TradeSeriesModel &model = seriesModel(*page());
    const int row = rowOfYear(model, 2013);
    QCOMPARE(model.index(row, 2).data().toString(), QStringLiteral("306,76")); // million, Azerbaijani format
    QAction *thousands = page()->findChild<QAction *>(QStringLiteral("tradeThousands"));
    auto *more = page()->findChild<QToolButton *>(QStringLiteral("tradeMore"));
    QVERIFY(more->menu()->actions().contains(thousands));
    thousands->trigger();
    QCOMPARE(model.index(row, 2).data().toString(), QStringLiteral("306.763,30"));
    QCOMPARE(QSettings().value(QStringLiteral("trade/unit")).toString(), QStringLiteral("thousand"));
    QVERIFY(table->isVisible());
    // A new window starts with the remembered unit and view.
    closeWindow();
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QCOMPARE(seriesModel(*page()).settings().unit, TradeUnit::Thousand);
    QCOMPARE(page()->findChild<QComboBox *>(QStringLiteral("tradeView"))->currentIndex(), 1);
    QVERIFY(page()->findChild<QAction *>(QStringLiteral("tradeThousands"))->isChecked());
}

void TestTrade::seriesTable_sortsAndCopiesRows()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    auto *table = page()->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    // Sorted by exports, highest first: 2008's 290.25 million.
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(table->horizontalHeader()->sectionViewportPosition(1) + 10, 5));
    if (table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder)
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table->horizontalHeader()->sectionViewportPosition(1) + 10, 5));
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2008"));
    table->setFocus();
    table->selectRow(0);
    QSignalSpy status(page(), &TradePage::statusMessage);
    QTest::keySequence(table, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Year\tExports Azerbaijan → Kazakhstan")));
    QCOMPARE(lines.at(1), QStringLiteral("2008\t290.25\t200.05")); // the CSV: 290.2485 and 200.0521
    QCOMPARE(status.size(), 1);
}

void TestTrade::eventMarkers_hoverClickAndToggle()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    auto *chartView = page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"));
    TradeSeriesChart *chart = chartView->seriesChart();
    // The dated events within the series' years (1992 on) have a marker each; the era-dated ones none.
    const LoadResult data = loadDataset(embeddedDatasetPath());
    int lastYear = 0;
    for (const TradeSeries &series : data.dataset->trade.series)
        lastYear = std::max(lastYear, series.values.constLast().year);
    int dated = 0;
    QString eventId;
    for (const Event &e : data.dataset->events) {
        if (e.eraIds.isEmpty() && e.date.from && e.date.from->first().year() >= 1992
            && e.date.from->first().year() <= lastYear) {
            ++dated;
            // One whose day no other event shares: their marks would lie on one another.
            const auto sameDay
                = std::count_if(data.dataset->events.cbegin(), data.dataset->events.cend(), [&](const Event &other) {
                      return other.date.from && other.date.from->first() == e.date.from->first();
                  });
            if (eventId.isEmpty() && e.date.from->first().year() >= 2000 && sameDay == 1)
                eventId = e.id;
        }
    }
    QVERIFY(dated > 0);
    QCOMPARE(chart->eventMarkers().size(), dated);
    QXYSeries *marker = chart->eventMarkers().value(eventId);
    QVERIFY(marker);
    // Hovering names the event; clicking it asks the window to open it.
    emit marker->hovered(marker->points().constFirst(), true);
    QVERIFY2(chart->hoverText().contains(QStringLiteral("click to open it in the timeline")),
        qPrintable(chart->hoverText()));
    QSignalSpy activated(page(), &TradePage::eventActivated);
    const QPointF middle((marker->points().at(0).x()), (marker->points().at(0).y() + marker->points().at(1).y()) / 2);
    const QPoint at = chartView->mapFromScene(chart->mapToPosition(middle, marker));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), eventId);
    // The toggle in the More menu hides them.
    QAction *toggle = page()->findChild<QAction *>(QStringLiteral("tradeShowEvents"));
    QVERIFY(page()->findChild<QToolButton *>(QStringLiteral("tradeMore"))->menu()->actions().contains(toggle));
    toggle->trigger();
    QVERIFY(chart->eventMarkers().isEmpty());
    toggle->trigger();
    QCOMPARE(chart->eventMarkers().size(), dated);
}

QTEST_MAIN(TestTrade)
#include "tst_trade.moc"
