// The Trade tab's page as a user meets it: the table and the chart selecting each other, the toolbar in
// reading order, copying, a language switch and back, the table's width, a small window.
#include "core/load/datasetloader.h"
#include "core/load/datasetsource.h"
#include "core/settings/settings.h"
#include "core/trade/tradeseriesmodel.h"
#include "support/testsupport.h"
#include "support/tradesupport.h"
#include "support/windowfixture.h"
#include "ui/documents/tradechart.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/trade/tradecommands.h"
#include "ui/trade/tradepage.h"
#include "ui/trade/tradeseriesview.h"

#include "ui/common/plaintext.h"

#include "ui/common/wrappingheader.h"
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
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
using namespace azkz::test;

class TestTradePage : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void selectYear_selectsRowAndMarksChart();
    void tableRowAndChartClicks_selectEachOther();
    void tab_reachesToolbarInReadingOrder_tableDoesNotTrap();
    void copyChart_saysItCopied();
    void moreMenu_offersWhatTheViewUses();
    void viewSettingsAndLanguage_thereAndBack_noDrift();
    void toolbarBoxes_fitTheTextsAfterALanguageSwitch();
    void table_fillsItsWidthHoweverThePageIsBuilt_data();
    void table_fillsItsWidthHoweverThePageIsBuilt();
    void smallWindow_everythingReachable_data();
    void smallWindow_everythingReachable();
    void mirrorTable_showsARowAt720x520();

private:
    TradePage *page() const { return tradePage(*m_window); }
    TradeChart *chart() const { return page()->chart(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
};

void TestTradePage::selectYear_selectsRowAndMarksChart()
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
    // Its year says why its bars are darker (they stayed so with nothing saying why).
    QCOMPARE(chart()->findChild<QBarCategoryAxis *>()->categories(),
        QStringList({QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022 (selected)")}));
    // The year's figures are announced with the chart.
    QVERIFY2(view->accessibleDescription().contains(QStringLiteral("2022 · Imports: 494,437.25")),
        qPrintable(view->accessibleDescription()));
    // The mark stays through a redraw.
    chart()->setKind(TradeChart::Kind::Lines);
    QVERIFY(chart()->findChildren<QLineSeries *>().at(0)->isPointSelected(2));
    page()->selectYear(2020);
    QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), 0);
    QCOMPARE(chart()->markedRow(), 0);
    QCOMPARE(chart()->findChild<QBarCategoryAxis *>()->categories().constFirst(), QStringLiteral("2020 (selected)"));
    page()->selectYear(1999); // not in the table
    QVERIFY(!table->selectionModel()->hasSelection());
    QCOMPARE(chart()->markedRow(), -1);
    QVERIFY(!chart()->findChild<QBarCategoryAxis *>()->categories().join(QString()).contains(QLatin1Char('(')));
}

void TestTradePage::tableRowAndChartClicks_selectEachOther()
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

void TestTradePage::tab_reachesToolbarInReadingOrder_tableDoesNotTrap()
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

void TestTradePage::copyChart_saysItCopied()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QSignalSpy said(page(), &TradePage::statusMessage);
    QApplication::clipboard()->clear();
    find<QAction>("copyChart")->trigger();
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.constFirst().constFirst().toString(), QStringLiteral("Chart image copied"));
    QVERIFY(!QApplication::clipboard()->image().isNull());
}

// "Thousands"/"Millions" and the timeline's events were offered on the article's view and did
// nothing there (its table is in the article's unit, its chart has no events): off there.
void TestTradePage::moreMenu_offersWhatTheViewUses()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = find<QComboBox>("tradeView");
    QCOMPARE(view->currentIndex(), 0);
    const QList<QAction *> seriesOnly{action("tradeThousands"), action("tradeMillions"), action("tradeShowEvents")};
    // Not in the menu on the article's view: greyed, "Millions" stayed checked beside a table in thousands.
    for (QAction *command : seriesOnly)
        QVERIFY2(!command->isVisible(), qPrintable(command->text()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    for (QAction *command : seriesOnly)
        QVERIFY2(command->isVisible() && command->isEnabled(), qPrintable(command->text()));
    // Its long tooltip is rich text; a screen reader read that markup as the box's description.
    const QString described = QAccessible::queryAccessibleInterface(view)->text(QAccessible::Description);
    QVERIFY2(described.startsWith(QStringLiteral("Whose figures")) && !described.contains(QLatin1Char('<')),
        qPrintable(described));
}

void TestTradePage::viewSettingsAndLanguage_thereAndBack_noDrift()
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

void TestTradePage::toolbarBoxes_fitTheTextsAfterALanguageSwitch()
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

void TestTradePage::table_fillsItsWidthHoweverThePageIsBuilt_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<bool>("reload");
    QTest::newRow("shown at start") << "trade" << false;
    QTest::newRow("built when first shown") << "overview" << false;
    QTest::newRow("built again by a reload") << "trade" << true;
}

void TestTradePage::table_fillsItsWidthHoweverThePageIsBuilt()
{
    QFETCH(QString, tab);
    QFETCH(bool, reload);
    const QString path = m_dir.filePath(QStringLiteral("pair.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(AZKZ_TEST_DATA "/ge-am-relations.json"), path));
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), tab,
        QStringLiteral("--dataset"), path});
    if (reload) {
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY(!m_window->datasetSource().isLoading());
    }
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
    QCoreApplication::processEvents();
    auto *table = find<QTableView>("tradeTable");
    QVERIFY(!table->verticalScrollBar()->isVisible()); // two years: no scrolling
    QCOMPARE(table->horizontalHeader()->length(), table->viewport()->width()); // no empty strip at the right
}

void TestTradePage::smallWindow_everythingReachable_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("az") << "az";
}

void TestTradePage::smallWindow_everythingReachable()
{
    QFETCH(QString, lang);
    openWindow({QStringLiteral("--lang"), lang, QStringLiteral("--tab"), QStringLiteral("trade")});
    QVERIFY2(page()->minimumSizeHint().width() <= 700 && page()->minimumSizeHint().height() <= 400,
        qPrintable(
            QStringLiteral("%1x%2").arg(page()->minimumSizeHint().width()).arg(page()->minimumSizeHint().height())));
    // The page alone at the size a 720x520 window leaves it (the other tabs are not this test's).
    const LoadResult data = loadDataset(embeddedDatasetPath());
    const TradeCommands commands;
    Settings pageSettings(settings());
    TradePage small(shared(*data.dataset), lang == QLatin1String("az") ? Language::Azerbaijani : Language::English,
        commands, pageSettings);
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

// The mirror view's titles are long: seven lines each left no row in sight at 720x520. At most
// three lines, the last ending in "…", the whole title on hover; a row shows under them.
void TestTradePage::mirrorTable_showsARowAt720x520()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    m_window->resize(720, 520);
    page()->setViewIndex(3);
    for (int i = 0; i < 10; ++i) // the page laid out again, its table's rows placed
        QCoreApplication::processEvents();
    auto *details = find<QScrollArea>("tradeDetails");
    auto *series = m_window->findChild<QTableView *>(QStringLiteral("tradeSeriesTable"));
    auto *titles = qobject_cast<WrappingHeader *>(series->horizontalHeader());
    QVERIFY(titles->height() <= 3 * titles->fontMetrics().lineSpacing() + 10);
    const QString title = series->model()->headerData(1, Qt::Horizontal).toString();
    QVERIFY2(titles->shownText(1).endsWith(QChar(0x2026)), qPrintable(titles->shownText(1)));
    const QRect firstRow = series->visualRect(series->model()->index(0, 1));
    const QPoint rowEnd = series->viewport()->mapTo(details->viewport(), firstRow.bottomLeft());
    QVERIFY2(details->viewport()->rect().contains(rowEnd),
        qPrintable(QStringLiteral("row ends at %1 in %2 px").arg(rowEnd.y()).arg(details->viewport()->height())));
    const QPoint onTitle(titles->sectionViewportPosition(1) + 5, 5);
    QHelpEvent hover(QEvent::ToolTip, onTitle, titles->viewport()->mapToGlobal(onTitle));
    QApplication::sendEvent(titles->viewport(), &hover);
    QCOMPARE(toolTipWords(QToolTip::text()), title.simplified());
}

QTEST_MAIN(TestTradePage)
#include "tst_trade_page.moc"
