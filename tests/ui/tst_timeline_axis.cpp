// The Timeline tab's time axis through its widget: zoom and pan bounded by the data, eras whose start
// is unknown, era names and tick labels inside the axis, tooltips, months named when zoomed in, and
// the category boxes showing the axis's colours.
#include "core/models/roles.h"
#include "support/testsupport.h"
#include "support/timelinefixture.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinepage.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QToolTip>

using namespace azkz;
using namespace azkz::test;

class TestTimelineAxis : public QObject, public test::TimelineFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void axis_zoomAndPanStopAtTheDataExtent();
    void axis_eraWithUnknownStartFadesIn();
    void axis_eraNameStaysWhileItsBandShows();
    void axis_tickLabelsAreInsideTheAxis();
    void axis_tooltipClosesWhenTheViewZooms();
    void axis_pickedEventComesToTheMiddleOfTheList();
    void axis_fitsTheEventsASearchShows();
    void axis_otherClaimedDate_namesTheEventAndPicksIt();
    void categoryBoxes_showTheAxisColours();
    void axis_zoomedInToMonths_namesThem_data();
    void axis_zoomedInToMonths_namesThem();
};

void TestTimelineAxis::axis_zoomAndPanStopAtTheDataExtent()
{
    open(QStringLiteral("en"));
    TimeAxis *axis = this->axis();
    // The data: from the end of the Tsarist period (1917, its start unknown) to 2022.
    const double first = 1917, last = 2023, margin = (last - first) * 0.05;
    axis->setFocus();
    for (int i = 0; i < 30; ++i)
        wheel(axis, -120, Qt::ControlModifier); // zoom out with the wheel
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(axis, Qt::Key_Minus); // and with the key
    auto [start, end] = axis->viewRange();
    QVERIFY2(start >= first - margin && start < first, qPrintable(QString::number(start)));
    QVERIFY2(end <= last + margin && end > last - 1, qPrintable(QString::number(end)));
    // Zoomed in, panning far either way stops at the same bounds.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(axis, Qt::Key_Plus);
    for (int i = 0; i < 100; ++i)
        wheel(axis, 120, Qt::NoModifier);
    QVERIFY(axis->viewRange().first >= first - margin);
    for (int i = 0; i < 200; ++i)
        wheel(axis, -120, Qt::NoModifier);
    QVERIFY(axis->viewRange().second <= last + margin);
    QVERIFY(axis->viewRange().second > last - 1);
}

void TestTimelineAxis::axis_eraWithUnknownStartFadesIn()
{
    open(QStringLiteral("en"));
    TimeAxis *axis = this->axis();
    axis->setFocus();
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(axis, Qt::Key_Plus); // the Tsarist period's band wide enough to see the fade
    for (int i = 0; i < 100; ++i)
        wheel(axis, 120, Qt::NoModifier); // to the start of the data
    const auto tsarist = axis->eraArea(0), soviet = axis->eraArea(1);
    QVERIFY(tsarist && soviet);
    QVERIFY(tsarist->openStart);
    QVERIFY(!soviet->openStart);
    QVERIFY(tsarist->band.width() > 40);
    const QImage image = axis->grab().toImage();
    const QColor base = axis->palette().color(QPalette::Base);
    const int y = int(tsarist->band.bottom()) - 4; // below the lanes of events
    const QColor atStart = image.pixelColor(int(tsarist->band.left()) + 1, y);
    const QColor atEnd = image.pixelColor(int(tsarist->band.right()) - 2, y);
    const QColor sovietStart = image.pixelColor(int(soviet->band.left()) + 2, y);
    // The open start is (nearly) the background; the end of the band and the known start of the
    // next era are tinted.
    QVERIFY2(
        std::abs(atStart.red() - base.red()) + std::abs(atStart.blue() - base.blue()) < 6, qPrintable(atStart.name()));
    QVERIFY2(std::abs(atEnd.blue() - base.blue()) > 20, qPrintable(atEnd.name()));
    QVERIFY2(std::abs(sovietStart.blue() - base.blue()) > 20, qPrintable(sovietStart.name()));
}

void TestTimelineAxis::axis_eraNameStaysWhileItsBandShows()
{
    open(QStringLiteral("az"));
    TimeAxis *axis = this->axis();
    axis->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(axis, Qt::Key_Plus);
    for (int i = 0; i < 100; ++i)
        wheel(axis, 120, Qt::NoModifier);
    // Pan across the whole data: wherever a band shows, its name is drawn inside the axis.
    int checked = 0;
    for (int step = 0; step < 80 && checked < 400; ++step) {
        const QImage image = axis->grab().toImage();
        for (int era = 0; era < 3; ++era) {
            const auto area = axis->eraArea(era);
            const QRectF band = QRectF(axis->rect()).intersected(area ? area->band : QRectF());
            if (!area || band.width() < 1)
                continue;
            QVERIFY(!area->text.isEmpty());
            QVERIFY(QRectF(axis->rect()).contains(area->label));
            const QColor text = axis->palette().color(QPalette::Text);
            const int inked = countPixels(image, area->label.toRect(),
                [&](QColor c) { return std::abs(c.red() - text.red()) + std::abs(c.green() - text.green()) < 120; });
            QVERIFY2(inked > 3, qPrintable(QStringLiteral("era %1 at %2").arg(era).arg(axis->viewRange().first)));
            ++checked;
        }
        wheel(axis, -40, Qt::NoModifier);
    }
    QVERIFY(checked > 40);
    // The Soviet period's name follows its band when the band's start is out of view.
    QTest::keyClick(axis, Qt::Key_0);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(axis, Qt::Key_Plus);
    for (int i = 0; i < 100; ++i)
        wheel(axis, 120, Qt::NoModifier);
    for (int i = 0; i < 3; ++i)
        wheel(axis, -120, Qt::NoModifier);
    auto soviet = axis->eraArea(1);
    QVERIFY(soviet);
    for (int i = 0; i < 20 && soviet->band.left() >= 0; ++i) {
        wheel(axis, -120, Qt::NoModifier);
        soviet = axis->eraArea(1);
    }
    QVERIFY(soviet->band.left() < 0);
    QVERIFY(soviet->label.left() >= 0 && soviet->label.left() < 10);
    QCOMPARE(soviet->text, QStringLiteral("Sovet dövrü"));
}

void TestTimelineAxis::axis_tickLabelsAreInsideTheAxis()
{
    open(QStringLiteral("en"));
    TimeAxis *axis = this->axis();
    axis->setFocus();
    const QFont small = [axis] {
        QFont font = axis->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        return font;
    }();
    const QFontMetricsF metrics(small);
    for (int zoom = 0; zoom < 8; ++zoom) {
        for (int pan = 0; pan < 6; ++pan) {
            const auto labels = axis->tickLabels();
            QVERIFY(!labels.isEmpty());
            for (const auto &[text, area] : labels) {
                QVERIFY2(QRectF(axis->rect()).contains(area), qPrintable(text));
                QVERIFY(area.width() >= metrics.horizontalAdvance(text));
            }
            wheel(axis, -360, Qt::NoModifier);
        }
        QTest::keyClick(axis, Qt::Key_Plus);
    }
    // At "show all", 2025's label is at the right edge: whole, and drawn.
    QTest::keyClick(axis, Qt::Key_0);
    const auto last = axis->tickLabels().constLast();
    QCOMPARE(last.first, QStringLiteral("2025"));
    QVERIFY(last.second.right() <= axis->width());
    const QImage image = axis->grab().toImage();
    const int inked = countPixels(image, last.second.toRect(), [](QColor c) { return c.lightness() < 128; });
    QVERIFY(inked > 10);
}

// An event picked on the axis out of the list's sight comes to the middle of the list, not to
// its bottom edge, where the next rows were out of sight.
void TestTimelineAxis::axis_pickedEventComesToTheMiddleOfTheList()
{
    open(QStringLiteral("en"), QSize(1200, 700));
    auto *list = find<QTableView>("timelineList");
    const auto rect = axis()->eventRect(11); // 15 September 2004
    QVERIFY(rect);
    QVERIFY(
        !list->viewport()->rect().intersects(list->visualRect(list->model()->index(list->model()->rowCount() - 1, 0))));
    QTest::mouseClick(axis(), Qt::LeftButton, {}, rect->center().toPoint());
    const QRect row = list->visualRect(list->currentIndex());
    QVERIFY2(list->currentIndex().siblingAtColumn(0).data().toString() == QStringLiteral("15 September 2004"),
        qPrintable(list->currentIndex().siblingAtColumn(0).data().toString()));
    const int middle = list->viewport()->height() / 2; // within the middle third: it scrolls by whole rows
    QVERIFY2(qAbs(row.center().y() - middle) <= list->viewport()->height() / 6,
        qPrintable(
            QStringLiteral("row at %1 in a view %2 high").arg(row.center().y()).arg(list->viewport()->height())));
}

// A search or a year filter narrows the axis to the years of the events shown (it stayed on
// the whole data's, most of it empty); cleared, the axis shows everything again.
void TestTimelineAxis::axis_fitsTheEventsASearchShows()
{
    open(QStringLiteral("en"));
    const auto whole = axis()->viewRange();
    auto *search = find<QLineEdit>("timelineSearch");
    QTest::keyClicks(search, QStringLiteral("aliyev")); // 2004 and 2016 among the article's events
    const auto [start, end] = axis()->viewRange();
    QVERIFY2(start > 2000 && start < 2004.7 && end > 2016.2 && end < 2020,
        qPrintable(QStringLiteral("%1–%2").arg(start).arg(end)));
    search->clear();
    QCOMPARE(axis()->viewRange(), whole);
}

// A disputed date's other claimed date is an open ring joined to the event's dot: it had no
// tooltip and a click on it did nothing. It names the event and its dispute, and picks it.
void TestTimelineAxis::axis_otherClaimedDate_namesTheEventAndPicksIt()
{
    // The built-in dataset: the article's events alone have no disputed date.
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline")});
    TimeAxis *axis = this->axis();
    axis->setViewRange(1992.55, 1992.75); // about August 1992: 27 and 30 August apart
    int disputed = -1;
    for (int event = 0; event < 1000; ++event) { // the built-in dataset has fewer events
        if (!axis->otherClaimRects(event).isEmpty() && axis->rect().contains(axis->eventRect(event)->toRect()))
            disputed = event;
    }
    QVERIFY(disputed >= 0);
    const QRectF ring = axis->otherClaimRects(disputed).constFirst();
    QVERIFY(!ring.intersects(*axis->eventRect(disputed)));
    const QPoint at = ring.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, axis->mapToGlobal(at));
    QApplication::sendEvent(axis, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(test::toolTipWords(QToolTip::text()).contains(QStringLiteral("30 August 1992"))
            && test::toolTipWords(QToolTip::text()).contains(QStringLiteral("27 August 1992")),
        qPrintable(QToolTip::text()));
    QTest::mouseClick(axis, Qt::LeftButton, {}, at);
    QCOMPARE(axis->selectedEvent(), disputed);
    QCOMPARE(find<QTableView>("timelineList")->currentIndex().siblingAtColumn(0).data().toString(),
        QStringLiteral("30 August 1992"));
}

void TestTimelineAxis::axis_tooltipClosesWhenTheViewZooms()
{
    open(QStringLiteral("en"));
    TimeAxis *axis = this->axis();
    axis->setFocus();
    const auto rect = axis->eventRect(11); // 15 September 2004
    QVERIFY(rect);
    const QPoint at = rect->center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, axis->mapToGlobal(at));
    QApplication::sendEvent(axis, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Nagorno-Karabakh")));
    QTest::keyClick(axis, Qt::Key_Plus);
    QTRY_VERIFY(!QToolTip::isVisible()); // a tooltip's own time is ten seconds and more
    // And when the wheel zooms.
    QApplication::sendEvent(axis, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    wheel(axis, 120, Qt::ControlModifier);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestTimelineAxis::axis_zoomedInToMonths_namesThem_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("august");
    QTest::newRow("en") << QStringLiteral("en") << QLocale(QLocale::English).monthName(8, QLocale::ShortFormat);
    QTest::newRow("az") << QStringLiteral("az") << QLocale(QLocale::Azerbaijani).monthName(8, QLocale::ShortFormat);
}

// Zoomed in to a few months the axis names them, and the year they are in: never a blank
// scale that leaves the reader to guess the date.
void TestTimelineAxis::axis_zoomedInToMonths_namesThem()
{
    QFETCH(QString, language);
    QFETCH(QString, august);
    open(language);
    TimeAxis *axis = this->axis();
    axis->setViewRange(1992.4, 1992.9); // half a year, May to November 1992
    const auto labels = axis->tickLabels();
    QStringList texts;
    for (const auto &[text, area] : labels) {
        texts.append(text);
        QVERIFY2(QRectF(axis->rect()).contains(area), qPrintable(text));
    }
    QVERIFY2(labels.size() >= 5, qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.first().endsWith(QStringLiteral(" 1992")), qPrintable(texts.first()));
    QVERIFY2(texts.contains(august), qPrintable(texts.join(QLatin1Char('|'))));
    // Zoomed out again, years.
    axis->fitAll();
    QCOMPARE(axis->tickLabels().constFirst().first.toInt() > 1000, true);
}

void TestTimelineAxis::categoryBoxes_showTheAxisColours()
{
    open(QStringLiteral("az"));
    const Dataset &dataset = *m_window->datasetSource().dataset();
    for (qsizetype i = 0; i < dataset.categories.size(); ++i) {
        auto *box = find<QCheckBox>(qPrintable(QStringLiteral("category_") + dataset.categories.at(i).id));
        QVERIFY(!box->icon().isNull());
        const QImage dot = box->icon().pixmap(QSize(12, 12), 2.0).toImage();
        QCOMPARE(dot.devicePixelRatio(), 2.0); // sharp on a high-density screen
        QCOMPARE(dot.pixelColor(dot.rect().center()), TimeAxis::categoryColour(i));
        // The axis draws that category's events in it.
        const auto event = std::find_if(dataset.events.cbegin(), dataset.events.cend(),
            [&](const Event &e) { return e.categoryId == dataset.categories.at(i).id && e.date.from && !e.date.to; });
        if (event == dataset.events.cend())
            continue;
        const int index = int(event - dataset.events.cbegin());
        axis()->setSelectedEvent(index);
        const auto rect = axis()->eventRect(index);
        QVERIFY(rect);
        const QImage drawn = axis()->grab().toImage();
        const QColor centre = drawn.pixelColor((rect->center() * drawn.devicePixelRatio()).toPoint());
        QVERIFY2(qAbs(centre.hue() - TimeAxis::categoryColour(i).hue()) <= 10, qPrintable(centre.name()));
    }
}

QTEST_MAIN(TestTimelineAxis)
#include "tst_timeline_axis.moc"
