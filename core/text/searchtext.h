// Text folded for searching: lower case, with Azerbaijani and other diacritics taken off,
// one character for one, so that a hit found in the folded text is at the same place in
// the original ("aliyev" finds "Əliyev", "suleymanov" finds "Süleymanov").
#pragma once

#include <QList>
#include <QString>

namespace azkz {

QString foldForSearch(const QString &text);

struct TextRange {
    qsizetype start = 0;
    qsizetype length = 0;
};
// Where the (folded) query occurs in text, ignoring case and diacritics.
QList<TextRange> findFolded(const QString &text, const QString &query);

} // namespace azkz
