// The Trade tab's chart as a user meets it: read from the table's model, its views and
// measures, the legend and hover, clicks on nothing, live retranslation and a dark palette.
#include "testsupport.h"
#include "tradechart.h"
#include "tradepage.h"
#include "windowfixture.h"

#include <QAction>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>

using namespace azkz;

namespace {
TradePage *tradePage(const MainWindow &window)
{
    return window.findChild<TradePage *>();
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
    QCOMPARE(axis->max(), 800000.0); // a round top above 598,468.6
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
    QCOMPARE(axis->max(), 100.0);
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
    QCOMPARE(axis->max(), 150000.0); // rescaled to the exports, all that is left
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
    QCOMPARE(chart()->theme(), QChart::ChartThemeDark);
    QVERIFY(chart()->backgroundBrush().color().lightness() < 128);
    page()->setPalette(QPalette(QColor(0xee, 0xee, 0xee)));
    QVERIFY(!chart()->isDark());
}

QTEST_MAIN(TestTrade)
#include "tst_trade.moc"
