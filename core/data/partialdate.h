// Dates as precise as the source gives them: a day, a month, a year or a decade,
// and spans between two of those whose ends may be open ("since the 1990s").
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace azkz {

enum class DatePrecision { Day, Month, Year, Decade };

struct DatePoint {
    int year = 0;
    int month = 0; // 0 unless precision is Month or Day
    int day = 0; // 0 unless precision is Day
    DatePrecision precision = DatePrecision::Year;

    // "1992-08-30", "1992-08", "1992" or "1990s"; nullopt for anything else, impossible days included.
    static std::optional<DatePoint> parse(QStringView text);
    QString toString() const;
    // The first and the last day the point covers.
    QDate first() const;
    QDate last() const;

    friend bool operator==(const DatePoint &, const DatePoint &) = default;
};

// A point ("1992-08-30"), or a span "FROM/TO" whose ends may be left open
// ("1990s/" since the 1990s, "/1917" until 1917).
struct DateSpec {
    std::optional<DatePoint> from;
    std::optional<DatePoint> to;
    bool isSpan = false;

    static std::optional<DateSpec> parse(QStringView text);
    static DateSpec point(const DatePoint &p) { return {p, p, false}; }
    QString toString() const;
    // Where the date sorts: its first day; an open start sorts before every closed one.
    QDate sortKey() const;
    bool isValid() const { return from || to; }
};

} // namespace azkz
