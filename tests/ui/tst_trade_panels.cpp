// The mirror view as a user meets it on the Trade tab: a panel a flow and a strip for the gaps,
// stacked in order with their plots aligned, each named with its series, no label cut, at the
// test's size and at 720x520; a drag across the gaps' strip picks years; the other views are one
// chart again. And a long view's sources cite the article by the footnotes of its figures only; the
// notes under the chart are as tall as their text after a language switch and a resize.
#include "core/load/datasetloader.h"
#include "core/trade/tradeseriesmodel.h"
#include "support/testsupport.h"
#include "support/tradesupport.h"
#include "support/windowfixture.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/documents/tradeseriespanels.h"
#include "ui/trade/tradepage.h"
#include "ui/trade/tradeseriesview.h"

#include <QComboBox>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

using namespace azkz;
using namespace azkz::test;

class TestTradePanels : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void mirrorView_isAPanelAFlowAndAStripForTheGaps();
    void dragAcrossTheGapsStrip_picksTheYears();
    void sourcesLine_citesTheArticleByTheFootnotesOfItsFigures();
    void smallFigures_inMillions_readApart();
    void notes_areWhole_afterALanguageSwitchAndAResize();

private:
    TradePage *page() const { return tradePage(*m_window); }
    TradeSeriesView *showMirror();
};

void TestTradePanels::notes_areWhole_afterALanguageSwitchAndAResize()
{
    // The notes under the chart measure their height once for a width: a new text (the other
    // language) or a new width is measured again, and each note is as tall as its text needs
    // there, as a label that measures every time finds it.
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const auto check = [&](const char *when) {
        for (const char *name : {"tradeNote", "tradeSource"}) {
            auto *note = page()->findChild<QLabel *>(QLatin1String(name));
            QVERIFY(note && note->isVisible() && !note->text().isEmpty());
            QLabel fresh(note->text());
            fresh.setWordWrap(true);
            fresh.setTextFormat(Qt::PlainText);
            fresh.setTextInteractionFlags(Qt::TextSelectableByMouse);
            fresh.setFont(note->font());
            QCOMPARE(note->heightForWidth(note->width()), fresh.heightForWidth(note->width()));
            QTRY_VERIFY2_WITH_TIMEOUT(note->height() >= fresh.heightForWidth(note->width()),
                qPrintable(QStringLiteral("%1 %2: %3 px tall for a text of %4 px at %5 px")
                               .arg(QLatin1String(when), QLatin1String(name))
                               .arg(note->height())
                               .arg(fresh.heightForWidth(note->width()))
                               .arg(note->width())),
                1000);
        }
    };
    for (const QSize size : {QSize(1200, 860), QSize(720, 520)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        check("English");
        find<QAction>("language_az")->trigger();
        QCoreApplication::processEvents();
        check("Azerbaijani");
        find<QAction>("language_en")->trigger();
        QCoreApplication::processEvents();
        check("English again");
    }
}

TradeSeriesView *TestTradePanels::showMirror()
{
    auto *view = page()->findChild<QComboBox *>(QStringLiteral("tradeView"));
    view->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Down); // Azerbaijan, Kazakhstan, Mirror
    return page()->findChild<TradeSeriesView *>(QStringLiteral("tradeSeriesChart"));
}

void TestTradePanels::mirrorView_isAPanelAFlowAndAStripForTheGaps()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    TradeSeriesView *chartView = showMirror();
    QVERIFY(chartView);
    for (const QSize size : {QSize(1200, 860), QSize(720, 520)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        const QList<TradeSeriesChart *> panels = chartView->panels();
        QCOMPARE(panels.size(), 3);
        QCOMPARE(panels.at(0)->panelTitle(), QStringLiteral("Azerbaijan → Kazakhstan"));
        QCOMPARE(panels.at(1)->panelTitle(), QStringLiteral("Kazakhstan → Azerbaijan"));
        QVERIFY(panels.at(2)->drawsShares());
        // Each panel names its series under its title; the legend under them all has none of them.
        QCOMPARE(panels.at(0)->panelLegend().size(), 3);
        QCOMPARE(panels.at(0)->panelLegend().at(1).name, QStringLiteral("Exports (Azerbaijan figures)"));
        QCOMPARE(panels.at(0)->panelLegend().at(2).name, QStringLiteral("Imports (Kazakhstan figures)"));
        QVERIFY(panelsLegend(panels).isEmpty());
        // One above the other, in order, inside the view, the plots aligned left and right.
        QList<QRectF> plots;
        for (TradeSeriesChart *panel : panels)
            plots.append(panel->mapRectToScene(panel->plotArea()));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(plots.at(i).height() >= 30, qPrintable(QString::number(plots.at(i).height())));
            QVERIFY(chartView->sceneRect().contains(plots.at(i)));
            QVERIFY(std::abs(plots.at(i).left() - plots.at(0).left()) < 1.5);
            QVERIFY(std::abs(plots.at(i).right() - plots.at(0).right()) < 1.5);
            if (i > 0)
                QVERIFY(plots.at(i).top() > plots.at(i - 1).bottom());
        }
        // No text of the charts cut, and each value axis labelled twice at least.
        int labels = 0;
        for (QGraphicsItem *item : chartView->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            QVERIFY2(
                !text->toPlainText().contains(QChar(0x2026)) && !text->toPlainText().contains(QLatin1String("...")),
                qPrintable(text->toPlainText()));
            ++labels;
        }
        QVERIFY2(labels >= 3 * 2 + 5, qPrintable(QString::number(labels)));
    }
    // Under the table, what the chart's marks mean, as in every export of it, then the note.
    const QString note = page()->findChild<QLabel *>(QStringLiteral("tradeSeriesNote"))->text();
    QVERIFY2(note.startsWith(QStringLiteral("Open points are estimates.")), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("Mirror figures differ")));
    // The other views are one chart with its own title.
    QTest::keyClick(page()->findChild<QComboBox *>(QStringLiteral("tradeView")), Qt::Key_Up);
    QCOMPARE(chartView->panels().size(), 1);
    QVERIFY(chartView->seriesChart()->panelLegend().isEmpty());
    QVERIFY(chartView->seriesChart()->title().startsWith(QStringLiteral("Trade with Azerbaijan")));
}

void TestTradePanels::dragAcrossTheGapsStrip_picksTheYears()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    TradeSeriesView *chartView = showMirror();
    TradeSeriesChart *strip = chartView->panels().constLast();
    const int gapColumn = strip->panelLegend().size() > 1 ? 2 : -1; // the first flow's gap
    QCOMPARE(gapColumn, 2);
    QAbstractSeries *line = strip->pieces(gapColumn).constFirst();
    const auto at = [&](int year) {
        return chartView->mapFromScene(strip->mapToScene(strip->mapToPosition(QPointF(year, 0), line))) - QPoint(0, 3);
    };
    QTest::mousePress(chartView->viewport(), Qt::LeftButton, {}, at(2001));
    QTest::mouseMove(chartView->viewport(), at(2009));
    QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, {}, at(2009));
    QCOMPARE(page()->findChild<QSpinBox *>(QStringLiteral("tradeFrom"))->value(), 2001);
    QCOMPARE(page()->findChild<QSpinBox *>(QStringLiteral("tradeTo"))->value(), 2009);
    // The panels are made again for the years: still three, showing 2001-2009.
    QCOMPARE(chartView->panels().size(), 3);
    QCOMPARE(chartView->panels().constLast()->pieces(gapColumn).constFirst()->points().constFirst().x(), 2001.0);
}

void TestTradePanels::sourcesLine_citesTheArticleByTheFootnotesOfItsFigures()
{
    // The article's table gives 2020 from its footnote [9], 2021 from [10], 2022 from [11]:
    // a view cites the footnotes of the years it shows, never all eleven of the article.
    TradeSeriesModel model(shared(*loadDataset(embeddedDatasetPath()).dataset), Language::English);
    model.setSettings({TradeViewKind::Reporter, 0, 0, TradeUnit::Million});
    QString line = model.sourcesLine();
    QVERIFY2(line.contains(QStringLiteral("references [9] [10] [11]")), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("[1]")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("CC BY-SA 4.0")), qPrintable(line)); // the article's licence
    model.setSettings({TradeViewKind::Reporter, 2021, 2021, TradeUnit::Million});
    line = model.sourcesLine();
    QVERIFY2(
        line.contains(QStringLiteral("references [10]")) && !line.contains(QStringLiteral("[9]")), qPrintable(line));
    // IMF years only: the article is not cited at all, and a hover cites its own footnote.
    model.setSettings({TradeViewKind::Reporter, 1995, 2005, TradeUnit::Million});
    QVERIFY(!model.sourcesLine().contains(QStringLiteral("Wikipedia")));
    model.setSettings({TradeViewKind::Reporter, 0, 0, TradeUnit::Million});
    const int row2022 = int(model.table().years.indexOf(2022));
    const QString hover = model.hoverText(row2022, 0);
    QVERIFY2(
        hover.contains(QStringLiteral("references [11]")) && !hover.contains(QStringLiteral("[9]")), qPrintable(hover));
    // Brief, for a small picture: each source by its publisher.
    QVERIFY(!model.sourcesLine(true).contains(QStringLiteral("Direction of Trade")));
    QVERIFY(model.sourcesLine(true).contains(QStringLiteral("International Monetary Fund")));
}

void TestTradePanels::smallFigures_inMillions_readApart()
{
    // Azerbaijan's exports and imports in thousands: 10, 15, 20 … thousand dollars.
    QJsonObject root = embeddedObject();
    QJsonObject trade = root[QStringLiteral("trade")].toObject();
    QJsonArray series = trade[QStringLiteral("series")].toArray();
    for (int i : {0, 1}) {
        QJsonObject one = series.at(i).toObject();
        one[QStringLiteral("unit")] = QStringLiteral("thousand-usd");
        QJsonArray values = one[QStringLiteral("values")].toArray();
        for (qsizetype v = 0; v < values.size(); ++v) {
            QJsonObject value = values.at(v).toObject();
            value[QStringLiteral("value")] = QString::number(10 + 5 * v + i);
            values[v] = value;
        }
        one[QStringLiteral("values")] = values;
        series[i] = one;
    }
    trade[QStringLiteral("series")] = series;
    root[QStringLiteral("trade")] = trade;
    const LoadResult data = parseDataset(toJson(root), QStringLiteral("small.json"));
    QVERIFY2(data.isValid(), qPrintable(problemText(data)));
    TradeSeriesModel model(shared(*data.dataset), Language::English);
    model.setSettings({TradeViewKind::Reporter, 1992, 1994, TradeUnit::Million});
    // In the table: 10 and 15 thousand were both "0.01".
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("0.010"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("0.015"));
    // On the value axis: every tick reads apart ("0.0" on each before).
    for (const auto &[from, to] : {std::pair{1992, 1994}, {1992, 2020}}) {
        model.setSettings({TradeViewKind::Reporter, from, to, TradeUnit::Million});
        TradeSeriesChart chart(model);
        auto *axis = qobject_cast<QValueAxis *>(chart.axes(Qt::Vertical).constFirst());
        QVERIFY(axis);
        QStringList ticks;
        for (double tick = axis->min(); tick <= axis->max(); tick += axis->tickInterval())
            ticks.append(QString::asprintf(qPrintable(axis->labelFormat()), tick));
        QVERIFY2(ticks.size() >= 3 && ticks.removeDuplicates() == 0, qPrintable(ticks.join(QLatin1Char(' '))));
    }
}

QTEST_MAIN(TestTradePanels)
#include "tst_trade_panels.moc"
