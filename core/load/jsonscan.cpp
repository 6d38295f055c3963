#include "core/load/jsonscan.h"

#include "core/load/datasetloader.h"
#include "core/load/jsonreader.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace azkz::detail {

// "line L, column C: message" for each (offset, message), in one pass over the text.
QList<Message> located(const QByteArray &text, const QList<std::pair<qsizetype, Message>> &found)
{
    QList<Message> lines;
    qsizetype line = 1;
    qsizetype column = 1;
    qsizetype i = 0;
    for (const auto &[offset, message] : found) { // offsets ascend
        for (; i < qMin(offset, text.size()); ++i) {
            if (text.at(i) == '\n') {
                ++line;
                column = 1;
            } else if ((text.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                ++column;
            }
        }
        lines.append(Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "line %1, column %2: %3"))
                         .arg(line)
                         .arg(column)
                         .arg(message));
    }
    return lines;
}

namespace {

// A member's name written with escapes, as the parser reads it (UTF-8); as written when the
// escapes are wrong (the scan reports them).
QByteArray decodedName(QByteArrayView written)
{
    const QJsonDocument name = QJsonDocument::fromJson("[\"" + written.toByteArray() + "\"]");
    const QJsonValue value = name.array().at(0);
    return value.isString() ? value.toString().toUtf8() : written.toByteArray();
}

// Where the run of ordinary bytes of a string that starts at from ends: at its closing quote, a
// backslash, a raw control character or the text's end. Most of a dataset's bytes are in
// such runs; one table lookup a byte.
qsizetype plainRunEnd(const QByteArray &text, qsizetype from)
{
    static constexpr auto stops = [] {
        std::array<bool, 256> table{};
        for (int byte = 0; byte < 0x20; ++byte)
            table[byte] = true;
        table['"'] = table['\\'] = true;
        return table;
    }();
    const char *data = text.constData();
    const qsizetype size = text.size();
    while (from < size && !stops[uchar(data[from])])
        ++from;
    return from;
}

} // namespace

ScanResult scanJson(const QByteArray &text, int maxDepth)
{
    QList<std::pair<qsizetype, Message>> problems;
    qsizetype omitted = 0;
    const auto found = [&](qsizetype offset, const Message &message) {
        if (problems.size() < MaxProblems)
            problems.append({offset, message}); // its text is shortened when it is said
        else
            ++omitted;
    };
    // The member names of an open object, as views into the text: looked up in a list while
    // the object is small (the usual case, and allocation-free), in a hash once it is large.
    // A name written with escapes is compared as the parser reads it ("event\u0073" is
    // "events"), from a decoded copy the frame keeps.
    struct Frame {
        bool isObject = false;
        QVarLengthArray<QByteArrayView, 16> few;
        QSet<QByteArrayView> many;
        QList<QByteArray> decoded;
        bool insert(QByteArrayView key) // false when the key was there already
        {
            if (key.contains('\\')) {
                decoded.append(decodedName(key));
                key = decoded.constLast();
            }
            if (many.isEmpty() && few.size() < 32) {
                if (std::find(few.cbegin(), few.cend(), key) != few.cend())
                    return false;
                few.append(key);
                return true;
            }
            if (many.isEmpty())
                many = QSet<QByteArrayView>(few.cbegin(), few.cend());
            if (many.contains(key))
                return false;
            many.insert(key);
            return true;
        }
    };
    QList<Frame> stack;
    bool expectKey = false;
    ScanResult result;
    QByteArrayView rootKey; // the member of the top-level object being read
    // Events are not read one by one when a top-level member's name holds an escape (it may
    // spell "events" too, and only the parser knows which one it keeps), or when there are
    // more of them than a dataset may hold (the parser then says whether they are even JSON).
    bool eventsOneByOne = true;
    qsizetype elementBegin = 0; // in the events array
    const auto isJsonSpace = [&](qsizetype i) { return std::strchr(" \t\n\r", text.at(i)) && text.at(i) != '\0'; };
    const auto endElement = [&](qsizetype end, bool last) {
        ScanResult::Span element{elementBegin, end}; // trimmed of white space
        while (element.begin < element.end && isJsonSpace(element.begin))
            ++element.begin;
        while (element.end > element.begin && isJsonSpace(element.end - 1))
            --element.end;
        elementBegin = end + 1;
        if (last && result.eventElements.isEmpty() && element.begin == element.end)
            return; // []
        if (result.eventElements.size() == MaxEvents)
            eventsOneByOne = false;
        else
            result.eventElements.append(element);
    };
    const auto inEvents = [&] { return stack.size() == 2 && result.events && result.events->end == 0; };
    // The scan goes on to the end (the first problems are listed, the others only counted).
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < text.size(); ++i) {
                i = plainRunEnd(text, i);
                if (i == text.size() || text.at(i) == '"')
                    break;
                if (text.at(i) == '\\') {
                    // Qt's parser lets unknown sequences such as \q through.
                    ++i;
                    if (i < text.size() && (text.at(i) == '\0' || !std::strchr("\"\\/bfnrtu", text.at(i))))
                        found(i - 1,
                            Validation::message(
                                QT_TRANSLATE_NOOP("azkz::Validation",
                                    "\\%1 is not a JSON escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"))
                                .arg(QChar::fromLatin1(text.at(i))));
                } else if (uchar(text.at(i)) < 0x20) {
                    found(i,
                        Validation::message(
                            QT_TRANSLATE_NOOP("azkz::Validation",
                                "a raw control character (byte 0x%1) inside a string; write it as an escape "
                                "such as \\n"))
                            .arg(uchar(text.at(i)), 2, 16, QLatin1Char('0')));
                }
            }
            i = std::min(i, text.size()); // a backslash as the text's last byte stepped past its end
            if (expectKey && !stack.isEmpty()) {
                const QByteArrayView key(text.constData() + start, i - start);
                if (stack.size() == 1) {
                    rootKey = key;
                    if (key.contains('\\'))
                        eventsOneByOne = false;
                }
                if (!stack.last().insert(key))
                    found(start - 1,
                        Validation::message(
                            QT_TRANSLATE_NOOP("azkz::Validation", "the member %1 appears twice in the same object"))
                            .arg(quoted(QString::fromUtf8(key))));
            }
            expectKey = false;
        } else if (c == '{' || c == '[') {
            if (stack.size() >= maxDepth) {
                found(i,
                    Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                                            "nested deeper than %1 levels; the schema needs far fewer"))
                        .arg(maxDepth));
                break;
            }
            if (c == '[' && stack.size() == 1 && stack.first().isObject && rootKey == "events" && !result.events) {
                result.events = ScanResult::Span{i, 0};
                elementBegin = i + 1;
            }
            stack.append(Frame{c == '{', {}, {}, {}});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (c == ']' && inEvents()) {
                endElement(i, true);
                result.events->end = i + 1;
            }
            if (!stack.isEmpty())
                stack.removeLast();
            expectKey = false;
        } else if (c == ',') {
            if (inEvents())
                endElement(i, false);
            expectKey = !stack.isEmpty() && stack.last().isObject;
        }
    }
    const bool closed = result.events && result.events->end > 0; // else the parser says where
    if (!eventsOneByOne || !closed) {
        result.events.reset();
        result.eventElements.clear();
    }
    result.problems = located(text, problems);
    result.omitted = omitted;
    return result;
}

} // namespace azkz::detail
