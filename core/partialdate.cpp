#include "partialdate.h"

#include <QRegularExpression>

namespace azkz {

std::optional<DatePoint> DatePoint::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(?:(s)|-(\d{2})(?:-(\d{2}))?)?$)"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    DatePoint p;
    p.year = match.capturedView(1).toInt();
    if (p.year < 1)
        return std::nullopt; // there is no year 0, and QDate's arithmetic breaks around it
    if (match.hasCaptured(2)) {
        if (p.year % 10 != 0)
            return std::nullopt;
        p.precision = DatePrecision::Decade;
        return p;
    }
    if (!match.hasCaptured(3))
        return p; // a year
    p.month = match.capturedView(3).toInt();
    if (p.month < 1 || p.month > 12)
        return std::nullopt;
    p.precision = DatePrecision::Month;
    if (match.hasCaptured(4)) {
        p.day = match.capturedView(4).toInt();
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
