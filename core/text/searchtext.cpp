#include "core/text/searchtext.h"

#include <algorithm>

namespace azkz {

namespace {
QChar foldChar(QChar c)
{
    if (c.unicode() < 0x80) // most of any text, and the quick case
        return QLatin1Char(
            c.unicode() >= 'A' && c.unicode() <= 'Z' ? char(c.unicode() + ('a' - 'A')) : char(c.unicode()));
    c = c.toLower();
    switch (c.unicode()) {
    case 0x0259: // ə, which has no decomposition
        return QLatin1Char('a');
    case 0x0131: // ı, dotless i
        return QLatin1Char('i');
    default:
        break;
    }
    if (c.decompositionTag() == QChar::Canonical) {
        const QString parts = c.decomposition();
        if (!parts.isEmpty() && !parts.at(0).isMark())
            return parts.at(0).toLower(); // the base letter: ş -> s, ü -> u, ğ -> g
    }
    return c;
}
} // namespace

QString foldForSearch(const QString &text)
{
    QString folded(text.size(), Qt::Uninitialized);
    std::transform(text.cbegin(), text.cend(), folded.data(), foldChar);
    return folded;
}

QList<TextRange> findFolded(const QString &text, const QString &query)
{
    QList<TextRange> ranges;
    const QString needle = foldForSearch(query.trimmed());
    if (needle.isEmpty())
        return ranges;
    const QString haystack = foldForSearch(text);
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.size()))
        ranges.append({at, needle.size()});
    return ranges;
}

} // namespace azkz
