// Writing CSV (RFC 4180) that spreadsheets open safely.
#pragma once

#include <QString>

namespace azkz {

// One field: quoted when it holds a comma, a quote or a line break; a text a spreadsheet
// would evaluate as a formula (starting with =, +, -, @, a tab or a carriage return, and not
// a number) gets a leading ' so that it shows as text.
inline QString csvField(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    QString field = text;
    bool isNumber = false;
    if (!field.isEmpty() && formulaStarts.contains(field.front()) && (text.toDouble(&isNumber), !isNumber))
        field.prepend(QLatin1Char('\''));
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    return QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// A comment line ("# …") as one field on one line: line breaks in the text become spaces.
inline QString csvComment(const QString &text)
{
    QString line = QStringLiteral("# ") + text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return csvField(line);
}

} // namespace azkz
