// The Trade tab's chart of the article's figures as a user meets it: read from the table's model, its
// kinds and measures, the legend and hover, clicks on nothing, live retranslation and a dark palette.
#include "core/load/datasetloader.h"
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
using namespace azkz::test;

class TestTradeChart : public QObject, public test::WindowFixture
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

private:
    TradePage *page() const { return tradePage(*m_window); }
    TradeChart *chart() const { return page()->chart(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
};

void TestTradeChart::chart_readsTheTableModel()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QAbstractItemModel *table = m_window->findChild<QTableView *>(QStringLiteral("tradeTable"))->model();
    const auto sets = chart()->findChildren<QBarSet *>();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0)->label(), QStringLiteral("Exports to Kazakhstan")); // whose: the title
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

void TestTradeChart::kindAndMeasure_changeTheChart()
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

void TestTradeChart::legendClick_hidesAndShowsSeries()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QLegendMarker *imports = nullptr;
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->label() == QLatin1String("Imports from Kazakhstan"))
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
        if (marker->label() == QLatin1String("Imports from Kazakhstan"))
            emit marker->clicked();
    QTRY_VERIFY(chart()->settings().shown[TradeChart::ImportsSeries]);
    QCOMPARE(chart()->findChildren<QBarSet *>().at(1)->at(2), 494437.25);
}

void TestTradeChart::hover_showsYearSeriesAndExactValue()
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

void TestTradeChart::emptyChartClick_doesNotCrash()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    auto *view = m_window->findChild<QChartView *>(QStringLiteral("tradeChart"));
    // Nothing under the cursor: Qt 6.4.2 dereferences null here unless the click is handled (QTBUG-118669).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QTest::mouseClick(view->viewport(), Qt::RightButton, {}, QPoint(view->width() - 5, 5));
    QVERIFY(view->isVisible());
}

void TestTradeChart::languageSwitch_retranslatesChartAndTable()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    find<QAction>("language_az")->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(chart()->title(), QStringLiteral("Azərbaycan ilə Qazaxıstan arasında ticarət (Azərbaycan məlumatları)"));
    QCOMPARE(chart()->findChildren<QBarSet *>().at(0)->label(), QStringLiteral("Qazaxıstan ölkəsinə ixrac"));
    QCOMPARE(qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first())->titleText(),
        QStringLiteral("min ABŞ dolları"));
    QCOMPARE(chart()->locale().language(), QLocale::Azerbaijani);
    auto *kind = m_window->findChild<QComboBox *>(QStringLiteral("chartKind"));
    QCOMPARE(kind->itemText(1), QStringLiteral("Yığılmış sütunlar"));
    QCOMPARE(action("exportChart")->text(), QStringLiteral("&Diaqramı ixrac et…"));
}

void TestTradeChart::darkPalette_givesDarkChart()
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

void TestTradeChart::palette_chartFollowsWindowColours_exportsStayWhite()
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

void TestTradeChart::hoverTooltip_survivesTheRestingPointersHelpEvent()
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

QTEST_MAIN(TestTradeChart)
#include "tst_trade_chart.moc"
