// The years a set of events spans, as the timeline's filter bar and its export's axis take it.
#include "core/timeline/yearextent.h"

#include <QTest>

using namespace azkz;

class TestYearExtent : public QObject
{
    Q_OBJECT
private slots:
    void everyDateCounts_fromItsFirstToItsLastYear();
    void chosenEvents_only();
    void noDate_noExtent();
};

namespace {
Event eventOn(const QString &date)
{
    Event event;
    event.id = date;
    if (!date.isEmpty()) {
        const std::optional<DateSpec> spec = DateSpec::parse(date);
        if (!spec)
            qFatal("not a date: %s", qPrintable(date));
        event.date = *spec;
    } else {
        event.eraIds = {QStringLiteral("an-era")}; // dated by its era only
    }
    return event;
}
} // namespace

void TestYearExtent::everyDateCounts_fromItsFirstToItsLastYear()
{
    // A decade reaches its last year; a span both its ends; an event of an era has no years.
    const QList<Event> events
        = {eventOn(QStringLiteral("1992-08-27")), eventOn(QStringLiteral("2010s")), eventOn(QString())};
    QCOMPARE(yearExtent(events), (YearExtent{1992, 2019}));
    const QList<Event> span = {eventOn(QStringLiteral("1995/2003-05"))};
    QCOMPARE(yearExtent(span), (YearExtent{1995, 2003}));
}

void TestYearExtent::chosenEvents_only()
{
    const QList<Event> events = {eventOn(QStringLiteral("1992")), eventOn(QStringLiteral("2005")),
        eventOn(QStringLiteral("2023-01-10")), eventOn(QString())};
    QCOMPARE(yearExtent(events, {1}), (YearExtent{2005, 2005}));
    QCOMPARE(yearExtent(events, {2, 1}), (YearExtent{2005, 2023}));
    QCOMPARE(yearExtent(events, {0, 1, 2, 3}), yearExtent(events));
}

void TestYearExtent::noDate_noExtent()
{
    QCOMPARE(yearExtent({}), std::nullopt);
    const QList<Event> eras = {eventOn(QString())};
    QCOMPARE(yearExtent(eras), std::nullopt);
    QCOMPARE(yearExtent(eras, {}), std::nullopt);
}

QTEST_APPLESS_MAIN(TestYearExtent)
#include "tst_yearextent.moc"
