#include "jsonreader.h"

#include <cmath>

namespace azkz {

namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString expected(const char *what, const QJsonValue &got)
{
    return QStringLiteral("expected %1, found %2").arg(QLatin1String(what), typeName(got));
}
} // namespace

void JsonReader::fail(const QString &path, const QString &message)
{
    m_problems.append({path, message});
}

QString JsonReader::member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::element(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

std::optional<QJsonValue> JsonReader::value(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const auto it = parent.constFind(key);
    if (it == parent.constEnd() || it->isNull()) {
        if (presence == Presence::Required)
            fail(member(path, key), QStringLiteral("required, but missing"));
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
        fail(path, expected("an object", value));
        return std::nullopt;
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const auto v = value(parent, key, path, presence);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(member(path, key), expected("an array", *v));
        return {};
    }
    return v->toArray();
}

std::optional<QString> JsonReader::string(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const auto v = value(parent, key, path, presence);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(member(path, key), expected("a string", *v));
        return std::nullopt;
    }
    const QString s = v->toString().trimmed();
    if (s.isEmpty()) {
        fail(member(path, key), QStringLiteral("expected a non-empty string"));
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
        fail(member(path, key), expected("a whole number", *v));
        return std::nullopt;
    }
    return int(d);
}

std::optional<double> JsonReader::number(const QJsonObject &parent, const QString &key, const QString &path)
{
    const auto v = value(parent, key, path, Presence::Required);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        fail(member(path, key), expected("a finite number", *v));
        return std::nullopt;
    }
    if (v->toDouble() < 0) {
        fail(member(path, key), QStringLiteral("expected a number not below zero, found %1").arg(v->toDouble()));
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<LocalizedText> JsonReader::text(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const auto o = object(parent, key, path, presence);
    if (!o)
        return std::nullopt;
    const QString here = member(path, key);
    allowOnly(*o, {"az", "en"}, here);
    const auto az = string(*o, QStringLiteral("az"), here);
    const auto en = string(*o, QStringLiteral("en"), here);
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
            QStringLiteral("expected a real date as YYYY-MM-DD, YYYY-MM, YYYY or a decade YYY0s, found \"%1\"")
                .arg(*s));
    return point;
}

QStringList JsonReader::stringList(
    const QJsonObject &parent, const QString &key, const QString &path, Presence presence)
{
    const QJsonArray items = array(parent, key, path, presence);
    QStringList result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString here = element(member(path, key), i);
        if (!items.at(i).isString() || items.at(i).toString().isEmpty())
            fail(here, expected("a non-empty string", items.at(i)));
        else
            result.append(items.at(i).toString());
    }
    return result;
}

void JsonReader::allowOnly(const QJsonObject &object, std::initializer_list<const char *> keys, const QString &path)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool known
            = std::any_of(keys.begin(), keys.end(), [&](const char *k) { return it.key() == QLatin1String(k); });
        if (!known)
            fail(member(path, it.key()), QStringLiteral("unknown member (misspelt?)"));
    }
}

} // namespace azkz
