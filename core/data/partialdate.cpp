#include "core/data/partialdate.h"

namespace azkz {

namespace {
// The ASCII digits text[at, at + count) as a number; -1 when one is not a digit.
int digits(QStringView text, qsizetype at, qsizetype count)
{
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}
} // namespace

std::optional<DatePoint> DatePoint::parse(QStringView text)
{
    // YYYY, YYY0s, YYYY-MM or YYYY-MM-DD, read by hand: this runs for every event of a large
    // file. A last line break is let through, as the regular expression's $ used to.
    if (text.endsWith(u'\n'))
        text.chop(1);
    const qsizetype n = text.size();
    const bool decade = n == 5 && text.at(4) == u's';
    const bool month = (n == 7 || n == 10) && text.at(4) == u'-';
    const bool day = n == 10 && text.at(7) == u'-';
    if (!(n == 4 || decade || month) || (n == 10 && !day))
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int monthNumber = month ? digits(text, 5, 2) : 0;
    const int dayNumber = day ? digits(text, 8, 2) : 0;
    if (year < 0 || monthNumber < 0 || dayNumber < 0)
        return std::nullopt;
    DatePoint p;
    p.year = year;
    if (p.year < 1)
        return std::nullopt; // there is no year 0, and QDate's arithmetic breaks around it
    if (decade) {
        if (p.year % 10 != 0)
            return std::nullopt;
        p.precision = DatePrecision::Decade;
        return p;
    }
    if (!month)
        return p; // a year
    p.month = monthNumber;
    if (p.month < 1 || p.month > 12)
        return std::nullopt;
    p.precision = DatePrecision::Month;
    if (day) {
        p.day = dayNumber;
        if (!QDate::isValid(p.year, p.month, p.day))
            return std::nullopt;
        p.precision = DatePrecision::Day;
    }
    return p;
}

QString DatePoint::toString() const
{
    switch (precision) {
    case DatePrecision::Day:
        return first().toString(Qt::ISODate);
    case DatePrecision::Month:
        return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    case DatePrecision::Year:
        return QString::number(year);
    case DatePrecision::Decade:
        return QString::number(year) + QLatin1Char('s');
    }
    return {};
}

QDate DatePoint::first() const
{
    return QDate(year, month > 0 ? month : 1, day > 0 ? day : 1);
}

QDate DatePoint::last() const
{
    switch (precision) {
    case DatePrecision::Day:
        return first();
    case DatePrecision::Month:
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    case DatePrecision::Year:
        return QDate(year, 12, 31);
    case DatePrecision::Decade:
        return QDate(year + 9, 12, 31);
    }
    return {};
}

std::optional<DateSpec> DateSpec::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        const auto p = DatePoint::parse(text);
        return p ? std::optional(point(*p)) : std::nullopt;
    }
    DateSpec spec;
    spec.isSpan = true;
    const QStringView fromText = text.left(slash);
    const QStringView toText = text.mid(slash + 1);
    if (!fromText.isEmpty() && !(spec.from = DatePoint::parse(fromText)))
        return std::nullopt;
    if (!toText.isEmpty() && !(spec.to = DatePoint::parse(toText)))
        return std::nullopt;
    if (!spec.isValid() || (spec.from && spec.to && spec.to->last() < spec.from->first()))
        return std::nullopt;
    return spec;
}

QString DateSpec::toString() const
{
    if (!isSpan)
        return from ? from->toString() : QString();
    return (from ? from->toString() : QString()) + QLatin1Char('/') + (to ? to->toString() : QString());
}

QDate DateSpec::sortKey() const
{
    return from ? from->first() : QDate(1, 1, 1);
}

} // namespace azkz
