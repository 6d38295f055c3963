#include "core/text/formatting.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace azkz {

QString azerbaijaniOrdinalSuffix(int number)
{
    // The suffix follows the vowel of the last word said: "doxsan" -> -cı, "iki" -> -ci, "üç" -> -cü, "on" -> -cu.
    static const char *const ones[] = {nullptr, "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"};
    static const char *const tens[] = {nullptr, "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"};
    const int n = number < 0 ? -number : number;
    const char *suffix = "ci"; // "min" (thousand), and zero ("sıfır" -> -cı is never a year)
    if (n % 10 != 0)
        suffix = ones[n % 10];
    else if (n / 10 % 10 != 0)
        suffix = tens[n / 10 % 10];
    else if (n / 100 % 10 != 0)
        suffix = "cü"; // "yüz"
    return QStringLiteral("-") + QString::fromUtf8(suffix);
}

QString formatDate(const DatePoint &date, Language language)
{
    const QLocale locale = localeFor(language);
    switch (date.precision) {
    case DatePrecision::Day:
        return locale.toString(date.first(), QStringLiteral("d MMMM yyyy"));
    case DatePrecision::Month:
        return locale.toString(date.first(), QStringLiteral("MMMM yyyy"));
    case DatePrecision::Year:
        return QString::number(date.year);
    case DatePrecision::Decade:
        return language == Language::Azerbaijani
            ? QStringLiteral("%1%2 illər").arg(date.year).arg(azerbaijaniOrdinalSuffix(date.year))
            : QStringLiteral("the %1s").arg(date.year);
    }
    return {};
}

namespace {

// "1990-cı illərdən", "1990-cı ildən", "30 avqust 1992 tarixindən" (since); the same with "-ə qədər" (until).
QString azerbaijaniOpenSpan(const DatePoint &date, bool since)
{
    const QString suffix = azerbaijaniOrdinalSuffix(date.year);
    switch (date.precision) {
    case DatePrecision::Decade:
        return QStringLiteral("%1%2 %3").arg(date.year).arg(
            suffix, since ? QStringLiteral("illərdən") : QStringLiteral("illərə qədər"));
    case DatePrecision::Year:
        return QStringLiteral("%1%2 %3").arg(date.year).arg(
            suffix, since ? QStringLiteral("ildən") : QStringLiteral("ilə qədər"));
    case DatePrecision::Day:
    case DatePrecision::Month:
        break;
    }
    return QStringLiteral("%1 %2").arg(formatDate(date, Language::Azerbaijani),
        since ? QStringLiteral("tarixindən") : QStringLiteral("tarixinə qədər"));
}

} // namespace

QString formatDate(const DateSpec &date, Language language)
{
    if (!date.isSpan)
        return date.from ? formatDate(*date.from, language) : QString();
    if (date.from && date.to) {
        // What the two ends share is said once: "10–11 June 1997", "30 June – 2 July 1997".
        const DatePoint &from = *date.from, &to = *date.to;
        const QLocale locale = localeFor(language);
        if (from.precision == DatePrecision::Day && to.precision == DatePrecision::Day && from.year == to.year) {
            if (from.month == to.month)
                return QStringLiteral("%1–%2").arg(QString::number(from.day), formatDate(to, language));
            return QStringLiteral("%1 – %2").arg(
                locale.toString(from.first(), QStringLiteral("d MMMM")), formatDate(to, language));
        }
        if (from.precision == DatePrecision::Month && to.precision == DatePrecision::Month && from.year == to.year)
            return QStringLiteral("%1–%2").arg(
                locale.toString(from.first(), QStringLiteral("MMMM")), formatDate(to, language));
        return formatDate(from, language) + QStringLiteral(" – ") + formatDate(to, language);
    }
    const bool since = date.from.has_value();
    const DatePoint &end = since ? *date.from : *date.to;
    if (language == Language::Azerbaijani)
        return azerbaijaniOpenSpan(end, since);
    return (since ? QStringLiteral("since ") : QStringLiteral("until ")) + formatDate(end, language);
}

QString formatEventDate(const Event &event, const Dataset &dataset, Language language)
{
    if (event.eraIds.isEmpty())
        return formatDate(event.date, language);
    QStringList names;
    for (const QString &id : event.eraIds) {
        if (const Era *era = dataset.era(id))
            names.append(era->name.in(language));
    }
    return names.join(QStringLiteral(" – "));
}

QString formatAmount(double value, Language language)
{
    int decimals = 2;
    if (value != 0 && std::abs(value) < 0.1)
        decimals = std::min(6, 1 - int(std::floor(std::log10(std::abs(value)))));
    return localeFor(language).toString(value, 'f', decimals);
}

QString formatTotal(double value, Language language)
{
    const QLocale locale = localeFor(language);
    QString text = locale.toString(value, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString sourceArticleReferences(const References &refs)
{
    return refs.size() == 1
        ? QCoreApplication::translate("azkz::Formatting", "Source article, reference %1").arg(formatReferences(refs))
        : QCoreApplication::translate("azkz::Formatting", "Source article, references %1").arg(formatReferences(refs));
}

QString formatYears(int first, int last)
{
    if (first == last)
        return QString::number(first);
    return QStringLiteral("%1–%2").arg(QString::number(std::min(first, last)), QString::number(std::max(first, last)));
}

QString formatReferences(const References &refs)
{
    QStringList parts;
    for (int n : refs)
        parts.append(QStringLiteral("[%1]").arg(n));
    return parts.join(QLatin1Char(' '));
}

} // namespace azkz
