// The time axis's arithmetic without a widget: where events and the data lie in years, the
// view's zoom and pan bounded to the data, year <-> x, the lanes and the year ticks.
#include "core/timeline/timescale.h"
#include "support/timescalesupport.h"

#include <QTest>

#include <cmath>

using namespace azkz;
using namespace azkz::test;

namespace {
double fraction(int year, int month, int day)
{
    const QDate date(year, month, day);
    return year + (date.dayOfYear() - 1) / double(date.daysInYear());
}
} // namespace

class TestTimeScale : public QObject
{
    Q_OBJECT
private slots:
    void dataRange_isEveryDateWithAMargin();
    void dataRange_coversTheEras();
    void noDates_keepsTheDefaultRange();
    void spans_followThePrecision();
    void yearWithoutCalendarDay_isPlacedByItsYear();
    void toX_and_toYear_areInverse();
    void zoomOut_stopsAtFitAll();
    void zoomIn_stopsAtHalfAYear();
    void zoom_keepsTheAnchorYearUnderTheAnchor();
    void pan_stopsAtTheEnds();
    void nonFiniteView_isIgnored();
    void bringIntoView_centresAnEventOutOfView_keepingTheZoom();
    void overlappingEvents_takeSeparateLanes();
    void crowdedEvents_shareTheLastLane();
    void hiddenEvents_haveNoLane();
    void zoomingIn_letsNearbyPointsShareALane();
    void roundStep_isOneTwoOrFiveTimesAPowerOfTen_data();
    void roundStep_isOneTwoOrFiveTimesAPowerOfTen();
    void ticks_areRoundYearsFarEnoughApart();
    void ticks_areBounded();
    void ticks_areMonthsWhenZoomedIn();
};

void TestTimeScale::dataRange_isEveryDateWithAMargin()
{
    const TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2000-05-01")}));
    // From the first day of 1990 to the end of 1 May 2000; a margin of a year (3 % is less).
    const double last = fraction(2000, 5, 1) + 1.0 / 365;
    COMPARE_NEAR(scale.dataRange().first, 1989);
    COMPARE_NEAR(scale.dataRange().second, last + 1);
    QCOMPARE(scale.viewRange(), scale.dataRange());
    // A wide range gets 3 % on each side.
    const TimeScale wide(datasetOf({QStringLiteral("1800"), QStringLiteral("1999")}));
    COMPARE_NEAR(wide.dataRange().first, 1800 - 200 * 0.03);
    COMPARE_NEAR(wide.dataRange().second, 2000 + 200 * 0.03);
}

void TestTimeScale::dataRange_coversTheEras()
{
    Dataset dataset = datasetOf({QStringLiteral("1990")});
    Era era;
    era.from = DatePoint::parse(u"1920");
    dataset.eras.append(era); // open end
    const TimeScale scale(dataset);
    COMPARE_NEAR(scale.dataRange().first, 1920 - 71 * 0.03);
    COMPARE_NEAR(scale.dataRange().second, 1991 + 71 * 0.03);
}

void TestTimeScale::noDates_keepsTheDefaultRange()
{
    const TimeScale scale{Dataset()};
    QCOMPARE(scale.dataRange(), std::make_pair(1900.0, 2030.0));
    QCOMPARE(scale.eventCount(), 0);
}

void TestTimeScale::spans_followThePrecision()
{
    const TimeScale scale(datasetOf(
        {QStringLiteral("1992-08-30"), QStringLiteral("2004-02"), QStringLiteral("1990"), QStringLiteral("1990s"),
            QStringLiteral("1990s/"), QStringLiteral("/1917"), QStringLiteral("1992-08-30/1992-08-31")}));
    const TimeScale::Span day = scale.span(0);
    QVERIFY(day.point);
    QCOMPARE(day.start, fraction(1992, 8, 30));
    COMPARE_NEAR(day.end, fraction(1992, 8, 30) + 1.0 / 365);
    QVERIFY(scale.span(1).point); // a month is a dot too
    QCOMPARE(scale.span(1).start, fraction(2004, 2, 1));
    const TimeScale::Span year = scale.span(2);
    QVERIFY(!year.point);
    QCOMPARE(year.start, 1990.0);
    COMPARE_NEAR(year.end, 1991);
    QCOMPARE(scale.span(3).start, 1990.0);
    COMPARE_NEAR(scale.span(3).end, 2000);
    // Open ends reach the data's.
    QCOMPARE(scale.span(4).end, scale.dataRange().second);
    QCOMPARE(scale.span(5).start, scale.dataRange().first);
    // A span of two days is a bar, at least half a year long.
    QVERIFY(!scale.span(6).point);
    COMPARE_NEAR(scale.span(6).end, scale.span(6).start + TimeScale::MinSpanYears);
}

void TestTimeScale::yearWithoutCalendarDay_isPlacedByItsYear()
{
    // QDate has no year 0: the point is placed by its year, not at NaN.
    DatePoint zero;
    zero.year = 0;
    QCOMPARE(TimeScale::startOf(zero), 0.0);
    QCOMPARE(TimeScale::endOf(zero), 1.0);
    zero.precision = DatePrecision::Decade;
    QCOMPARE(TimeScale::endOf(zero), 10.0);
}

void TestTimeScale::toX_and_toYear_areInverse()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(1400); // 1989..2003: 100 pixels a year
    QCOMPARE(scale.width(), 1400);
    COMPARE_NEAR(scale.toX(1989), 0);
    COMPARE_NEAR(scale.toX(2003), 1400);
    COMPARE_NEAR(scale.toX(1996), 700);
    COMPARE_NEAR(scale.toYear(750), 1996.5);
    for (double x : {0.0, 13.0, 640.25, 1400.0})
        COMPARE_NEAR(scale.toX(scale.toYear(x)), x);
}

void TestTimeScale::zoomOut_stopsAtFitAll()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(1400);
    QVERIFY(!scale.zoomBy(1 / 1.5)); // already fits all: nothing moves
    QVERIFY(scale.zoomBy(4));
    COMPARE_NEAR(scale.viewYears(), 14 / 4.0);
    for (int i = 0; i < 50; ++i)
        scale.zoomBy(1 / 1.5);
    QCOMPARE(scale.viewRange(), scale.dataRange());
}

void TestTimeScale::zoomIn_stopsAtHalfAYear()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(1400);
    for (int i = 0; i < 200; ++i)
        scale.zoomBy(1.5);
    COMPARE_NEAR(scale.viewYears(), TimeScale::MinViewYears);
    QVERIFY(scale.viewRange().first >= scale.dataRange().first);
    QVERIFY(!scale.zoomBy(1.5));
    QVERIFY(scale.fitAll());
    QCOMPARE(scale.viewRange(), scale.dataRange());
}

void TestTimeScale::zoom_keepsTheAnchorYearUnderTheAnchor()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(1400);
    const double x = 390;
    COMPARE_NEAR(scale.toYear(x), 1992.9);
    QVERIFY(scale.zoomBy(2, x));
    COMPARE_NEAR(scale.toYear(x), 1992.9);
    COMPARE_NEAR(scale.viewYears(), 7);
    // Without an anchor, the middle stays.
    const double middle = scale.toYear(700);
    QVERIFY(scale.zoomBy(2));
    COMPARE_NEAR(scale.toYear(700), middle);
    COMPARE_NEAR(scale.viewYears(), 3.5);
}

void TestTimeScale::pan_stopsAtTheEnds()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(1400);
    QVERIFY(!scale.panBy(5)); // fitting all, there is nowhere to go
    scale.zoomBy(2, 0);
    COMPARE_NEAR(scale.viewRange().first, 1989);
    COMPARE_NEAR(scale.viewRange().second, 1996);
    QVERIFY(scale.panBy(2));
    COMPARE_NEAR(scale.viewRange().first, 1991);
    COMPARE_NEAR(scale.viewRange().second, 1998);
    QVERIFY(scale.panBy(100));
    COMPARE_NEAR(scale.viewRange().first, 1996);
    COMPARE_NEAR(scale.viewRange().second, 2003);
    QVERIFY(!scale.panBy(1));
    QVERIFY(scale.panBy(-1000));
    COMPARE_NEAR(scale.viewRange().first, 1989);
    COMPARE_NEAR(scale.viewRange().second, 1996);
}

void TestTimeScale::nonFiniteView_isIgnored()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(1400);
    scale.zoomBy(2);
    const auto before = scale.viewRange();
    QVERIFY(!scale.setView(std::nan(""), 1995));
    QVERIFY(!scale.setView(1990, std::numeric_limits<double>::infinity()));
    QVERIFY(!scale.zoomBy(0)); // out without end
    QCOMPARE(scale.viewRange(), before);
    // At no width there is no anchor year: nothing moves.
    scale.setWidth(0);
    QVERIFY(!scale.zoomBy(2));
    QCOMPARE(scale.viewRange(), before);
    // In without end: as far as allowed.
    scale.setWidth(1400);
    QVERIFY(scale.zoomBy(std::numeric_limits<double>::infinity()));
    COMPARE_NEAR(scale.viewYears(), TimeScale::MinViewYears);
}

void TestTimeScale::bringIntoView_centresAnEventOutOfView_keepingTheZoom()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("1995-07-02"), QStringLiteral("2001")}));
    scale.setWidth(1400);
    scale.zoomBy(14, 0); // a year across, from 1989
    QVERIFY(!scale.bringIntoView(0)); // 1990 touches the view
    QVERIFY(scale.bringIntoView(1));
    COMPARE_NEAR(scale.viewYears(), 1);
    const TimeScale::Span span = scale.span(1);
    COMPARE_NEAR((scale.viewRange().first + scale.viewRange().second) / 2, (span.start + span.end) / 2);
    QVERIFY(!scale.bringIntoView(-1));
    QVERIFY(!scale.bringIntoView(3));
}

void TestTimeScale::overlappingEvents_takeSeparateLanes()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("1990"), QStringLiteral("1995")}));
    scale.setWidth(800); // 1989..1996: 100 pixels a year
    QCOMPARE(scale.lane(0), 0);
    QCOMPARE(scale.lane(1), 1);
    QCOMPARE(scale.lane(2), 0); // 1995 is clear of 1990 in the first lane
    QCOMPARE(scale.laneCount(), 2);
    COMPARE_NEAR(scale.markerExtent(0).first, 100);
    COMPARE_NEAR(scale.markerExtent(0).second, 200);
}

void TestTimeScale::crowdedEvents_shareTheLastLane()
{
    const QStringList dates(9, QStringLiteral("1990"));
    TimeScale scale(datasetOf(dates));
    scale.setWidth(300);
    for (int event = 0; event < TimeScale::MaxLanes; ++event)
        QCOMPARE(scale.lane(event), event);
    QCOMPARE(scale.lane(6), TimeScale::MaxLanes - 1);
    QCOMPARE(scale.lane(8), TimeScale::MaxLanes - 1);
    QCOMPARE(scale.laneCount(), TimeScale::MaxLanes);
}

void TestTimeScale::hiddenEvents_haveNoLane()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("1990"), QStringLiteral("1995")}));
    scale.setWidth(800);
    scale.setVisibleEvents({1, 2});
    QCOMPARE(scale.visibleEvents(), QList<int>({1, 2}));
    QCOMPARE(scale.lane(0), -1);
    QCOMPARE(scale.lane(1), 0); // the first lane is free now
    QCOMPARE(scale.lane(2), 0);
    QCOMPARE(scale.lane(99), -1);
    scale.setVisibleEvents({});
    QCOMPARE(scale.lane(1), -1);
    QCOMPARE(scale.laneCount(), 0);
}

void TestTimeScale::zoomingIn_letsNearbyPointsShareALane()
{
    TimeScale scale(datasetOf({QStringLiteral("1990-03-01"), QStringLiteral("1990-03-11")}));
    scale.setWidth(1000);
    // All years across: the two dots, ten days apart, overlap.
    QCOMPARE(scale.lane(1), 1);
    // Half a year across: 55 pixels apart, side by side.
    for (int i = 0; i < 20; ++i)
        scale.zoomBy(1.5, scale.toX(1990.2));
    COMPARE_NEAR(scale.viewYears(), TimeScale::MinViewYears);
    QCOMPARE(scale.lane(0), 0);
    QCOMPARE(scale.lane(1), 0);
    const auto [left, right] = scale.markerExtent(0);
    COMPARE_NEAR(right - left, TimeScale::PointWidth);
    COMPARE_NEAR(left + TimeScale::PointWidth / 2, scale.toX(scale.span(0).start));
}

void TestTimeScale::roundStep_isOneTwoOrFiveTimesAPowerOfTen_data()
{
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("step");
    QTest::newRow("under a year") << 0.3 << 1.0;
    QTest::newRow("nan") << std::nan("") << 1.0;
    QTest::newRow("one") << 1.0 << 1.0;
    QTest::newRow("two") << 1.5 << 2.0;
    QTest::newRow("five") << 3.0 << 5.0;
    QTest::newRow("ten") << 7.0 << 10.0;
    QTest::newRow("twenty") << 12.0 << 20.0;
    QTest::newRow("exact fifty") << 50.0 << 50.0;
    QTest::newRow("thousand") << 600.0 << 1000.0;
}

void TestTimeScale::roundStep_isOneTwoOrFiveTimesAPowerOfTen()
{
    QFETCH(double, minimum);
    QFETCH(double, step);
    QCOMPARE(TimeScale::roundStep(minimum), step);
}

void TestTimeScale::ticks_areRoundYearsFarEnoughApart()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(1400); // 100 pixels a year: a tick each year
    QList<double> expected;
    for (int year = 1989; year <= 2003; ++year)
        expected.append(year);
    QCOMPARE(scale.tickYears(48), expected);
    scale.setWidth(280); // 20 pixels a year: every fifth year
    QCOMPARE(scale.tickYears(48), QList<double>({1990, 1995, 2000}));
}

void TestTimeScale::ticks_areBounded()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(100000);
    QCOMPARE(scale.tickYears(1).size(), 15);
    QCOMPARE(scale.tickYears(1, 5).size(), 5);
}

void TestTimeScale::ticks_areMonthsWhenZoomedIn()
{
    TimeScale scale(datasetOf({QStringLiteral("1990"), QStringLiteral("2001")}));
    scale.setWidth(1400); // 100 pixels a year: years, not months
    QVERIFY(scale.tickMonths(48).isEmpty());
    scale.setWidth(800);
    QVERIFY(scale.setView(1995, 1999)); // 200 pixels a year: a tick every three months
    QList<std::pair<int, int>> expected;
    for (int year = 1995; year < 1999; ++year) {
        for (int month : {1, 4, 7, 10})
            expected.append({year, month});
    }
    expected.append({1999, 1});
    QCOMPARE(scale.tickMonths(48), expected);
    QVERIFY(scale.setView(1996.3, 1996.8)); // half a year: every month in view
    expected = {{1996, 5}, {1996, 6}, {1996, 7}, {1996, 8}, {1996, 9}, {1996, 10}};
    QCOMPARE(scale.tickMonths(48), expected);
    for (const auto &[year, month] : scale.tickMonths(48)) {
        const double at = TimeScale::startOf(DatePoint{year, month, 0, DatePrecision::Month});
        QVERIFY(at >= 1996.3 && at <= 1996.8);
    }
    QCOMPARE(scale.tickMonths(48, 2).size(), 2);
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
