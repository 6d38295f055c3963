// Writing CSV: one field, quoted when it holds a comma, a quote or a line break (RFC 4180).
#pragma once

#include <QString>

namespace azkz {

inline QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace azkz
