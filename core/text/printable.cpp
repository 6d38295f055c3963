#include "core/text/printable.h"

#include <QDir>
#include <QRegularExpression>

#include <limits>

namespace azkz {

QString codePoint(QChar c)
{
    return QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

bool isUnpairedSurrogate(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    return false;
}
QString printable(const QString &text, qsizetype maxLength)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (result.size() >= maxLength) {
            result += QChar(0x2026);
            break;
        }
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control || isUnpairedSurrogate(text, i))
            result += QStringLiteral("\\u") + codePoint(c);
        else
            result += c;
    }
    return result;
}

QString printableMiddle(const QString &text, qsizetype maxLength)
{
    const QString whole = printable(text, std::numeric_limits<qsizetype>::max());
    if (whole.size() <= maxLength)
        return whole;
    qsizetype head = (maxLength - 1) / 2;
    qsizetype tail = maxLength - 1 - head;
    if (whole.at(head - 1).isHighSurrogate()) // a character is kept whole or left out
        --head;
    if (whole.at(whole.size() - tail).isLowSurrogate())
        --tail;
    return whole.left(head) + QChar(0x2026) + whole.right(tail);
}

QString printableMessage(const QString &message, const QString &path)
{
    constexpr qsizetype MaxName = 300;
    QString result = message;
    result.replace(QDir::toNativeSeparators(path), printableMiddle(QDir::toNativeSeparators(path), MaxName));
    // A folder of the path named on its own ("the folder … does not exist"): any run without spaces
    // that long is a name.
    static const QRegularExpression longRun(QStringLiteral("\\S{%1,}").arg(MaxName + 1));
    QString shortened;
    qsizetype from = 0;
    for (auto it = longRun.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        shortened += result.mid(from, match.capturedStart() - from) + printableMiddle(match.captured(), MaxName);
        from = match.capturedEnd();
    }
    return printable(shortened + result.mid(from), 4 * MaxName + message.size());
}

} // namespace azkz
