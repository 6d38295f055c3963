// The Trade tab's chart as a user meets it: read from the table's model, its views and
// measures, the legend and hover, clicks on nothing, live retranslation and a dark palette.
#include "datasetloader.h"
#include "testsupport.h"
#include "tradechart.h"
#include "tradepage.h"
#include "windowfixture.h"

#include "plaintext.h"

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
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

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
    void cleanup() { closeWindow(); }
    void chart_readsTheTableModel();
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
    TradePage small(*data.dataset, lang == QLatin1String("az") ? Language::Azerbaijani : Language::English);
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

QTEST_MAIN(TestTrade)
#include "tst_trade.moc"
