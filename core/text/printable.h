// Text from files and the command line made safe to print on a terminal or in a message: control
// characters escaped, long text shortened.
#pragma once

#include <QString>

namespace azkz {

// "001B" for ESC.
QString codePoint(QChar c);
// A surrogate at i without its other half.
bool isUnpairedSurrogate(const QString &text, qsizetype i);
// Text that is safe to print on a terminal: control characters escaped, at most maxLength.
QString printable(const QString &text, qsizetype maxLength);
// As printable, shortened in its middle: for a path, whose end names the file and is followed by
// what the message says about it.
QString printableMiddle(const QString &text, qsizetype maxLength);
// A message that names path (and maybe its folders), printable, each long name in it shortened
// in its middle: the file's name and the reason after it are read whole.
QString printableMessage(const QString &message, const QString &path);

} // namespace azkz
