// Typed access to a JSON document that records, rather than throws, every mismatch
// with the path where it happened. Used by the dataset reader.
#pragma once

#include "datasetloader.h"
#include "language.h"
#include "partialdate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <initializer_list>
#include <optional>

namespace azkz {

enum class Presence { Required, Optional };

class JsonReader final
{
public:
    explicit JsonReader(QList<Problem> &problems) : m_problems(problems) { }

    void fail(const QString &path, const QString &message);
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);

    // Each returns nullopt (or an empty value) after recording a problem when the member is
    // missing though required, or of the wrong type.
    std::optional<QJsonObject> object(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    std::optional<QJsonObject> objectAt(const QJsonValue &value, const QString &path);
    QJsonArray array(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    std::optional<QString> string(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    std::optional<int> integer(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    std::optional<double> number(const QJsonObject &parent, const QString &key, const QString &path);
    // {"az": "…", "en": "…"}, both non-empty.
    std::optional<LocalizedText> text(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    std::optional<DatePoint> date(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    QStringList stringList(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Optional);
    // Reports members the schema does not know (a misspelt optional member would otherwise vanish).
    void allowOnly(const QJsonObject &object, std::initializer_list<const char *> keys, const QString &path);

private:
    std::optional<QJsonValue> value(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence);
    QList<Problem> &m_problems;
};

} // namespace azkz
