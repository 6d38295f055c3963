// Longitudes on a circle: the shortest arc that holds a set of spans (across the date line
// when that is shorter), outlines made continuous across it, and the embedded world map's
// outlines after that: none jumps across the map.
#include "core/map/longitudes.h"
#include "core/map/worldmap.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace azkz;

class TestLongitudes : public QObject
{
    Q_OBJECT
private slots:
    void shortestSpan_data();
    void shortestSpan();
    void shortestSpan_wholeCircleWhenNothingShorter();
    void unwrapped_goesOnPast180();
    void nearestTurn_movesByWholeTurns();
    void worldMap_noOutlineJumpsAcrossTheMap();
    void worldMap_embeddedIsTheJsonAsRead();
};

void TestLongitudes::shortestSpan_data()
{
    QTest::addColumn<QList<LongitudeSpan>>("spans");
    QTest::addColumn<double>("west");
    QTest::addColumn<double>("east");
    QTest::newRow("one place") << QList<LongitudeSpan>{{44.5, 44.5}} << 44.5 << 44.5;
    QTest::newRow("west to east") << QList<LongitudeSpan>{{46, 50}, {44, 87}, {71, 71}} << 44.0 << 87.0;
    // A Pacific pair: the short way is across the date line (12°), not through Africa (348°).
    QTest::newRow("across the date line") << QList<LongitudeSpan>{{177, 182}, {-172.8, -171.4}} << 177.0 << 188.6;
    QTest::newRow("places either side") << QList<LongitudeSpan>{{-179, -179}, {179, 179}} << 179.0 << 181.0;
    // A country that reaches past 180 and a place east of it.
    QTest::newRow("outline past 180") << QList<LongitudeSpan>{{19, 190}, {-160, -150}} << 19.0 << 210.0;
    // Three places a third of the circle apart: any of the three arcs of 240°; the first.
    QTest::newRow("evenly round") << QList<LongitudeSpan>{{0, 0}, {120, 120}, {-120, -120}} << 0.0 << 240.0;
}

void TestLongitudes::shortestSpan()
{
    QFETCH(QList<LongitudeSpan>, spans);
    QFETCH(double, west);
    QFETCH(double, east);
    const LongitudeSpan span = azkz::shortestSpan(spans);
    QCOMPARE(span.west, west);
    QVERIFY2(std::abs(span.east - east) < 1e-9, qPrintable(QString::number(span.east)));
    QVERIFY(span.west >= -180 && span.west < 180);
}

void TestLongitudes::shortestSpan_wholeCircleWhenNothingShorter()
{
    for (const QList<LongitudeSpan> &spans :
        {QList<LongitudeSpan>{}, QList<LongitudeSpan>{{-180, 180}}, QList<LongitudeSpan>{{0, 200}, {180, 370}}}) {
        const LongitudeSpan span = azkz::shortestSpan(spans);
        QCOMPARE(span.west, -180.0);
        QCOMPARE(span.east, 180.0);
    }
}

void TestLongitudes::unwrapped_goesOnPast180()
{
    // As the map's data gives an island cut by the date line: 179.5 … 180 | -180 … -179.5.
    const QList<QPointF> ring = unwrapped({{179.5, -16}, {180, -16.2}, {-180, -16.2}, {-179.5, -16.4}, {-179.6, -17},
        {-180, -16.9}, {180, -16.9}, {179.4, -16.8}});
    for (qsizetype i = 0; i < ring.size(); ++i)
        QVERIFY2(std::abs(ring.at(i).x() - ring.at((i + 1) % ring.size()).x()) < 180, qPrintable(QString::number(i)));
    QCOMPARE(ring.at(3).x(), 180.5);
    QCOMPARE(ring.at(0).x(), 179.5);
    // A ring read from its eastern half starts west of -180 once continuous: moved by a turn.
    const QList<QPointF> fromEast = unwrapped({{-179.5, 1}, {-180, 1}, {180, 1}, {179, 1}, {179, 0}, {-179.5, 0}});
    QCOMPARE(fromEast.at(0).x(), 180.5);
    QCOMPARE(fromEast.at(3).x(), 179.0);
    QVERIFY(onDateLine(QPointF(180, 1), QPointF(180, 2)));
    QVERIFY(onDateLine(QPointF(-180, 1), QPointF(540, 2)));
    QVERIFY(!onDateLine(QPointF(180, 1), QPointF(179.9, 2)));
}

void TestLongitudes::nearestTurn_movesByWholeTurns()
{
    QCOMPARE(nearestTurn(-171.8, 183), 188.2);
    QCOMPARE(nearestTurn(178.4, 183), 178.4);
    QCOMPARE(nearestTurn(12.5, -100), 12.5);
    QCOMPARE(nearestTurn(12.5, -170), -347.5);
    QCOMPARE(nearestTurn(170, -170), -190.0);
}

void TestLongitudes::worldMap_noOutlineJumpsAcrossTheMap()
{
    // Fiji's and Russia's outlines cross the date line in the data: drawn as given they put a
    // line across the whole map, and their boxes span the globe.
    int rings = 0;
    for (const WorldMap::Country &country : WorldMap::builtin().countries()) {
        for (qsizetype r = 0; r < country.rings.size(); ++r) {
            const QList<QPointF> &ring = country.rings.at(r);
            for (qsizetype i = 0; i < ring.size(); ++i) {
                const double step = std::abs(ring.at(i).x() - ring.at((i + 1) % ring.size()).x());
                QVERIFY2(step < 90, qPrintable(QStringLiteral("%1 ring %2 point %3").arg(country.iso).arg(r).arg(i)));
            }
            QVERIFY2(country.ringBounds.at(r).width() < 200, qPrintable(country.iso));
            ++rings;
        }
        // Its name's place is on it, not in the sea the data's cut made up.
        const QPointF label = country.labelPoint;
        QVERIFY2(std::any_of(country.ringBounds.cbegin(), country.ringBounds.cend(),
                     [&](const QRectF &b) {
                         return b.adjusted(-0.5, -0.5, 0.5, 0.5)
                             .contains(QPointF(nearestTurn(label.x(), b.center().x()), label.y()));
                     }),
            qPrintable(country.iso));
    }
    QVERIFY(rings > 1000);
    const WorldMap::Country *russia = WorldMap::builtin().country(QStringLiteral("RU"));
    QVERIFY(std::any_of(russia->ringBounds.cbegin(), russia->ringBounds.cend(), [](const QRectF &b) {
        return b.right() > 180; // Chukotka goes on east of the date line
    }));
}

void TestLongitudes::worldMap_embeddedIsTheJsonAsRead()
{
    // The build embeds the map as read from resources/map/world.json: the same countries, rings
    // and label points as reading the JSON now gives.
    QFile file(QStringLiteral(AZKZ_SOURCE_DIR "/resources/map/world.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<WorldMap> read = WorldMap::fromJson(file.readAll());
    QVERIFY(read);
    const WorldMap &embedded = WorldMap::builtin();
    QCOMPARE(embedded.countries().size(), read->countries().size());
    QCOMPARE(embedded.countries().size(), 235); // as SCHEMA.md lists them
    QCOMPARE(embedded.source(), read->source());
    for (const WorldMap::Country &country : read->countries()) {
        const WorldMap::Country *same = embedded.country(country.iso);
        QVERIFY2(same, qPrintable(country.iso));
        QCOMPARE(same->rings, country.rings);
        QCOMPARE(same->ringBounds, country.ringBounds);
        QCOMPARE(same->labelPoint, country.labelPoint);
    }
    // Broken data is refused, not read as far as it goes.
    const QByteArray data = read->toData();
    QVERIFY(WorldMap::fromData(data));
    QVERIFY(!WorldMap::fromData(data.chopped(1)));
    QVERIFY(!WorldMap::fromData(data + 'x'));
    QVERIFY(!WorldMap::fromData(QByteArray("not a map")));
}

QTEST_MAIN(TestLongitudes)
#include "tst_longitudes.moc"
