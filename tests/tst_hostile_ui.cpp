// The widgets against hostile datasets, through the window as a user meets it: dates the
// time axis cannot place and endless zoom, markup and mnemonics in every dataset text, ids
// that are not URL-safe, texts long enough to widen the window, and a remembered window
// larger than the screen. Whatever the loader accepts, the window stays usable and shows
// dataset text as written.
#include "datasetloader.h"
#include "locatormap.h"
#include "missionspage.h"
#include "testsupport.h"
#include "timeaxis.h"
#include "timelinepage.h"
#include "tradechart.h"
#include "tradepage.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>

using namespace azkz;

class TestHostileUi : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void timeAxis_datesQDateCannotHold_stayFiniteAndPaint();
    void timeAxis_zoomIsBounded_data();
    void timeAxis_zoomIsBounded();

private:
    // The window on this dataset, bypassing the loader: the widgets must cope with whatever it lets through.
    void openOn(LoadResult data, Language language);
    static LoadResult embedded() { return loadDataset(embeddedDatasetPath()); }
};

void TestHostileUi::openOn(LoadResult data, Language language)
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(language));
    QVERIFY(data.isValid());
    m_window = std::make_unique<MainWindow>(std::move(data), *m_languages, *m_settings);
    m_window->resize(1200, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCoreApplication::processEvents();
}

void TestHostileUi::timeAxis_datesQDateCannotHold_stayFiniteAndPaint()
{
    // Year 0 has no QDate; year 1 and 9999 make a span of ten millennia.
    LoadResult data = embedded();
    QList<Event> &events = data.dataset->events;
    events[0].date = DateSpec::point(DatePoint{0, 0, 0, DatePrecision::Year});
    events[1].date
        = DateSpec{DatePoint{1, 0, 0, DatePrecision::Year}, DatePoint{9999, 0, 0, DatePrecision::Year}, true};
    data.dataset->eras[0].from = DatePoint{0, 0, 0, DatePrecision::Decade};
    openOn(std::move(data), Language::English);
    m_window->showTab(Tab::Timeline);
    auto *axis = find<TimeAxis>("timeAxis");
    const auto [start, end] = axis->viewRange();
    QVERIFY(std::isfinite(start) && std::isfinite(end));
    QVERIFY(start <= 0 && end >= 9999);
    QVERIFY(!axis->grab().isNull()); // the tick loop ends
    QTest::keyClick(axis, Qt::Key_Plus);
    QVERIFY(!axis->grab().isNull());
}

void TestHostileUi::timeAxis_zoomIsBounded_data()
{
    QTest::addColumn<bool>("wheel");
    QTest::addColumn<bool>("zoomIn");
    QTest::newRow("100 presses of −") << false << false;
    QTest::newRow("100 presses of +") << false << true;
    QTest::newRow("100 Ctrl+wheel turns out") << true << false;
    QTest::newRow("100 Ctrl+wheel turns in") << true << true;
}

void TestHostileUi::timeAxis_zoomIsBounded()
{
    QFETCH(bool, wheel);
    QFETCH(bool, zoomIn);
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline")});
    auto *axis = find<TimeAxis>("timeAxis");
    axis->setFocus();
    const auto all = axis->viewRange(); // fitted at start
    for (int i = 0; i < 100; ++i) {
        if (wheel) {
            const QPointF at(axis->width() * 0.3, 40);
            QWheelEvent turn(at, axis->mapToGlobal(at), {}, QPoint(0, zoomIn ? 120 : -120), Qt::NoButton,
                Qt::ControlModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(axis, &turn);
        } else {
            QTest::keyClick(axis, zoomIn ? Qt::Key_Plus : Qt::Key_Minus);
        }
    }
    const auto [start, end] = axis->viewRange();
    if (zoomIn) {
        QVERIFY(end - start >= 0.25); // a sane limit: months, not seconds
        QVERIFY(end - start <= 1);
        QVERIFY(start >= all.first && end <= all.second);
    } else {
        QCOMPARE(start, all.first); // out no further than the data and its margin
        QCOMPARE(end, all.second);
    }
    QVERIFY(!axis->grab().isNull());
    QTest::keyClick(axis, Qt::Key_0);
    QCOMPARE(axis->viewRange(), all);
}

QTEST_MAIN(TestHostileUi)
#include "tst_hostile_ui.moc"
