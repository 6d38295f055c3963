#include "core/load/jsonreader.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace azkz {

namespace {
Message typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "null"));
    case QJsonValue::Bool:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a boolean"));
    case QJsonValue::Double:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a number"));
    case QJsonValue::String:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a string"));
    case QJsonValue::Array:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "an array"));
    case QJsonValue::Object:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "an object"));
    case QJsonValue::Undefined:
        break;
    }
    return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "nothing"));
}

Message expected(const Message &what, const QJsonValue &got)
{
    return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected %1, found %2"))
        .arg(what)
        .arg(typeName(got));
}

} // namespace

QString quoted(const QString &value)
{
    return QLatin1Char('"') + printable(value, 60) + QLatin1Char('"');
}

void JsonReader::fail(const QString &path, const Message &message)
{
    if (m_problems.size() >= MaxProblems) {
        ++m_omitted;
        return;
    }
    m_problems.append({printable(path, 200), message}); // its text is shortened when it is said
}

QString JsonReader::member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::element(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'); // a name may hold "%1"
}

std::optional<QJsonValueConstRef> JsonReader::value(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const auto it = parent.constFind(key);
    if (it == parent.constEnd() || it->isNull()) {
        if (presence == Presence::Required)
            fail(
                member(path, key), Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "required, but missing")));
        return std::nullopt;
    }
    return *it;
}

std::optional<QJsonObject> JsonReader::object(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const auto v = value(parent, key, path, presence);
    return v ? objectAt(*v, member(path, key)) : std::nullopt;
}

std::optional<QJsonObject> JsonReader::objectAt(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, expected(Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "an object")), value));
        return std::nullopt;
    }
    return value.toObject();
}

QJsonArray JsonReader::array(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence, qsizetype maxItems)
{
    const auto v = value(parent, key, path, presence);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(member(path, key), expected(Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "an array")), *v));
        return {};
    }
    const QJsonArray items = v->toArray();
    if (items.size() > maxItems) {
        fail(member(path, key),
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "the list has %1 elements; at most %2 are allowed here"))
                .arg(items.size())
                .arg(maxItems));
        return {};
    }
    return items;
}

namespace {
// Whether s holds a control character, a direction control or a surrogate.
bool maySpellTrouble(QStringView s)
{
    const char16_t *u = s.utf16();
    char16_t flagged = 0;
    for (qsizetype i = 0; i < s.size(); ++i) { // below, char16_t(u - a) <= n is a <= u <= a + n
        flagged |= char16_t(u[i] < 0x20) | char16_t(char16_t(u[i] - 0x7F) <= 0x9F - 0x7F)
            | char16_t(char16_t(u[i] - 0x202A) <= 0x202E - 0x202A)
            | char16_t(char16_t(u[i] - 0x2066) <= 0x2069 - 0x2066) | char16_t((u[i] & 0xF800) == 0xD800);
    }
    return flagged != 0;
}
} // namespace

std::optional<Message> JsonReader::stringProblem(const QString &s, Length length)
{
    const qsizetype maxLength = length == Length::Short ? MaxShortText : MaxLongText;
    if (s.size() > maxLength)
        return Validation::message(
            QT_TRANSLATE_NOOP("azkz::Validation", "the text has %1 characters; at most %2 are allowed here"))
            .arg(s.size())
            .arg(maxLength);
    // This runs on every string of files with hundreds of thousands of events: a pass the
    // compiler vectorizes says whether any character is one the checks below are about, and
    // a string that starts with a visible character (the usual case) is done.
    if (!maySpellTrouble(s) && !s.isEmpty() && !s.front().isSpace() && s.front().category() != QChar::Other_Format)
        return std::nullopt;
    // One pass, and the character's category only until a visible one is seen.
    bool visible = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F))
            return Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "the text holds the control character U+%1 at position %2"))
                .arg(codePoint(c))
                .arg(i + 1);
        // Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) change the order of
        // what follows them, beyond the text itself: an unterminated U+202E in a publisher's name
        // showed a citation's address backwards. Right-to-left letters and marks stay allowed.
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                                           "the text holds the direction control U+%1 at position %2, which would "
                                           "reorder the text shown after it"))
                .arg(codePoint(c))
                .arg(i + 1);
        if (c.isSurrogate() && isUnpairedSurrogate(s, i))
            return Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "the text holds an unpaired surrogate (broken UTF-16 escape)"));
        if (!visible && !c.isSpace() && c.category() != QChar::Other_Format)
            visible = true;
    }
    if (!visible)
        return Validation::message(
            QT_TRANSLATE_NOOP("azkz::Validation", "expected visible text, found only spaces or invisible characters"));
    return std::nullopt;
}

std::optional<QString> JsonReader::string(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence, Length length)
{
    const auto v = value(parent, key, path, presence);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(member(path, key), expected(Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a string")), *v));
        return std::nullopt;
    }
    const QString s = v->toString().trimmed();
    if (s.isEmpty()) {
        fail(member(path, key),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected a non-empty string")));
        return std::nullopt;
    }
    if (const auto problem = stringProblem(s, length)) {
        fail(member(path, key), *problem);
        return std::nullopt;
    }
    return s;
}

std::optional<int> JsonReader::integer(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const auto v = value(parent, key, path, presence);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || d != std::trunc(d) || std::abs(d) > 1e9) {
        fail(member(path, key),
            expected(Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a whole number")), *v));
        return std::nullopt;
    }
    return int(d);
}

std::optional<double> JsonReader::numberIn(
    const QJsonObject &parent, const QString &key, const QString &path, double low, double high)
{
    const auto v = value(parent, key, path, Presence::Required);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        fail(member(path, key),
            expected(Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a finite number")), *v));
        return std::nullopt;
    }
    if (v->toDouble() < low || v->toDouble() > high) {
        fail(member(path, key),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected a number from %1 to %2, found %3"))
                .arg(low)
                .arg(high)
                .arg(v->toDouble()));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<double> JsonReader::number(const QJsonObject &parent, const QString &key, const QString &path)
{
    const auto v = value(parent, key, path, Presence::Required);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        fail(member(path, key),
            expected(Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a finite number")), *v));
        return std::nullopt;
    }
    if (v->toDouble() < 0) {
        fail(member(path, key),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected a number not below zero, found %1"))
                .arg(v->toDouble()));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<LocalizedText> JsonReader::text(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence, Length length)
{
    const auto v = value(parent, key, path, presence);
    if (!v)
        return std::nullopt;
    const QString here = member(path, key);
    if (!v->isObject()) { // said with its shape: a text is written in both languages
        fail(here,
            expected(Validation::message(QT_TRANSLATE_NOOP(
                         "azkz::Validation", "a text in both languages, {\"az\": \"…\", \"en\": \"…\"}")),
                *v));
        return std::nullopt;
    }
    const QJsonObject o = v->toObject();
    // Read first without looking for members the schema does not know: with both languages
    // read and nothing else beside them there is none (the usual case, and one text in four of
    // a large file's lookups). Otherwise read again, in the order the problems are told.
    const Mark before = mark();
    auto az = string(o, QStringLiteral("az"), here, Presence::Required, length);
    auto en = string(o, QStringLiteral("en"), here, Presence::Required, length);
    if (!az || !en || o.size() != 2) {
        rollback(before);
        allowOnly(o, {"az", "en"}, here);
        az = string(o, QStringLiteral("az"), here, Presence::Required, length);
        en = string(o, QStringLiteral("en"), here, Presence::Required, length);
    }
    if (!az || !en)
        return std::nullopt;
    return LocalizedText{*az, *en};
}

std::optional<DatePoint> JsonReader::date(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const auto s = string(parent, key, path, presence);
    if (!s)
        return std::nullopt;
    const auto point = DatePoint::parse(*s);
    if (!point)
        fail(member(path, key),
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation",
                    "expected a real date from the year 1 to 9999 as YYYY-MM-DD, YYYY-MM, YYYY or a decade "
                    "YYY0s, found %1"))
                .arg(quoted(*s)));
    return point;
}

QStringList JsonReader::stringList(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence, qsizetype maxItems)
{
    const QJsonArray items = array(parent, key, path, presence, maxItems);
    QStringList result;
    result.reserve(items.size());
    // Each kept item's place in the array, to name a repeat's first place: looked up in a hash only
    // for a long list (one may hold 10,000); the usual one to three ids are compared one by one.
    QList<qsizetype> kept;
    QHash<QString, qsizetype> positions;
    constexpr qsizetype HashFrom = 16;
    const auto firstPlace = [&](const QString &s) -> std::optional<qsizetype> {
        if (result.size() < HashFrom) {
            const qsizetype k = result.indexOf(s);
            return k < 0 ? std::nullopt : std::optional(kept.at(k));
        }
        if (positions.isEmpty())
            for (qsizetype k = 0; k < result.size(); ++k)
                positions.insert(result.at(k), kept.at(k));
        const auto found = positions.constFind(s);
        return found == positions.cend() ? std::nullopt : std::optional(*found);
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QString s = item.toString();
        if (!item.isString() || s.isEmpty())
            fail(element(member(path, key), i),
                expected(Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a non-empty string")), item));
        else if (const auto problem = stringProblem(s, Length::Short))
            fail(element(member(path, key), i), *problem);
        else if (const auto first = firstPlace(s))
            // Each id once: a statement naming one source a thousand times had it drawn a thousand
            // times (a 1 MB file took a gigabyte and minutes to show).
            fail(element(member(path, key), i),
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "%1 is listed twice (first at [%2])"))
                    .arg(quoted(s))
                    .arg(*first));
        else {
            if (!positions.isEmpty()) // filled once the list is long
                positions.insert(s, i);
            result.append(s);
            kept.append(i);
        }
    }
    return result;
}

void JsonReader::allowOnly(const QJsonObject &object, std::initializer_list<const char *> keys, const QString &path)
{
    // Counted first without making a string of each member's name (the usual case: every member is known; names
    // are unique within an object).
    const auto present
        = std::count_if(keys.begin(), keys.end(), [&](const char *k) { return object.contains(QLatin1StringView(k)); });
    if (present == object.size())
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool known
            = std::any_of(keys.begin(), keys.end(), [&](const char *k) { return it.key() == QLatin1String(k); });
        if (!known)
            fail(member(path, it.key()),
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "unknown member (misspelt?)")));
    }
}

} // namespace azkz
