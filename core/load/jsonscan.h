// The first pass over a dataset's text, before Qt's parser builds anything. Used by the
// loader.
#pragma once

#include "core/text/message.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace azkz::detail {

// What QJsonDocument does not check, found in one linear pass before it builds anything:
// nesting deeper than maxDepth (a hostile file), raw control characters inside strings (JSON
// forbids them; QJsonDocument keeps them) and a member named twice in one object
// (QJsonDocument silently keeps the last). Lists the first MaxProblems, counts the others.
// The scan also finds the top-level "events" array: where it opens and closes, and the text
// between its commas, so that its elements can be parsed one at a time.
struct ScanResult {
    QList<Message> problems;
    qsizetype omitted = 0;
    struct Span {
        qsizetype begin = 0;
        qsizetype end = 0; // one past
    };
    std::optional<Span> events; // from [ to ], inclusive
    QList<Span> eventElements; // each trimmed of white space; none in []
};

ScanResult scanJson(const QByteArray &text, int maxDepth);

// "line L, column C: message" for each (offset, message), in one pass over the text.
QList<Message> located(const QByteArray &text, const QList<std::pair<qsizetype, Message>> &found);

} // namespace azkz::detail
