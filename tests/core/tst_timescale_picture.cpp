// The time axis as a printed picture draws it: a line of years broken over decades with no
// event, and more lanes before events share one.
#include "core/timeline/timescale.h"
#include "support/timescalesupport.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace azkz;
using namespace azkz::test;

class TestTimeScalePicture : public QObject
{
    Q_OBJECT
private slots:
    void brokenAxis_givesTheEarlyYearsItsShareAndTicksEachSide();
    void picture_hasMoreLanesBeforeSharing();
};

void TestTimeScalePicture::brokenAxis_givesTheEarlyYearsItsShareAndTicksEachSide()
{
    TimeScale scale(datasetOf({QStringLiteral("1920"), QStringLiteral("1990"), QStringLiteral("2020")}));
    scale.setWidth(1000);
    const auto [start, end] = scale.viewRange();
    scale.setCompressedBefore(1988, 0.2); // the years before 1988 in the first fifth
    QCOMPARE(scale.breakYear().value_or(0), 1988.0);
    COMPARE_NEAR(scale.toX(start), 0);
    COMPARE_NEAR(scale.toX(1988), 200);
    COMPARE_NEAR(scale.toX(end), 1000);
    QVERIFY(scale.toX(2020) - scale.toX(1990) > 0.6 * 1000); // the events' decades have the room
    for (double x : {0.0, 57.5, 200.0, 640.25, 1000.0})
        COMPARE_NEAR(scale.toX(scale.toYear(x)), x);
    // Round ticks on each side, each far enough from the next, none twice.
    const QList<double> ticks = scale.tickYears(60);
    QVERIFY(std::any_of(ticks.cbegin(), ticks.cend(), [](double y) { return y < 1988; }));
    QVERIFY(std::count_if(ticks.cbegin(), ticks.cend(), [](double y) { return y > 1988; }) >= 4);
    for (qsizetype i = 1; i < ticks.size(); ++i)
        QVERIFY(scale.toX(ticks.at(i)) - scale.toX(ticks.at(i - 1)) >= 30);
    // A break outside the view, or none: the plain scale.
    scale.setCompressedBefore(std::numeric_limits<double>::quiet_NaN(), 0.2);
    QVERIFY(!scale.breakYear());
    COMPARE_NEAR(scale.toX(1988), (1988 - start) / (end - start) * 1000);
}

void TestTimeScalePicture::picture_hasMoreLanesBeforeSharing()
{
    const QStringList dates(14, QStringLiteral("1990"));
    TimeScale scale(datasetOf(dates));
    scale.setWidth(300);
    scale.setMaxLanes(TimeScale::MaxPictureLanes);
    for (int event = 0; event < TimeScale::MaxPictureLanes; ++event)
        QCOMPARE(scale.lane(event), event);
    QCOMPARE(scale.lane(13), TimeScale::MaxPictureLanes - 1);
    scale.setMaxLanes(1000); // bounded: the lanes' table has that many
    QCOMPARE(scale.maxLanes(), TimeScale::MaxPictureLanes);
}

QTEST_GUILESS_MAIN(TestTimeScalePicture)
#include "tst_timescale_picture.moc"
