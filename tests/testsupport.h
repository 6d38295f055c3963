// Helpers shared by the tests: the embedded dataset as JSON, and edits of it.
#pragma once

#include "datasetloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <optional>

namespace azkz::test {

inline QByteArray embeddedJson()
{
    QFile file(embeddedDatasetPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the embedded dataset is missing");
    return file.readAll();
}

inline QJsonObject embeddedObject()
{
    return QJsonDocument::fromJson(embeddedJson()).object();
}

inline QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QString problemText(const LoadResult &result)
{
    return result.problemLines().join(QLatin1Char('\n'));
}

// node with the member at path ("events[4].date") set to value, or removed when value is nullopt.
inline QJsonValue edited(const QJsonValue &node, QStringList steps, const std::optional<QJsonValue> &value)
{
    if (steps.isEmpty())
        return *value;
    const QString step = steps.takeFirst();
    const bool remove = steps.isEmpty() && !value;
    if (step.startsWith(QLatin1Char('['))) {
        QJsonArray array = node.toArray();
        const int i = step.mid(1, step.size() - 2).toInt();
        if (remove)
            array.removeAt(i);
        else
            array[i] = edited(array.at(i), steps, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (remove)
        object.remove(step);
    else
        object[step] = edited(object.value(step), steps, value);
    return object;
}

inline QByteArray embeddedJsonWith(const QString &path, const std::optional<QJsonValue> &value)
{
    static const QRegularExpression step(QStringLiteral(R"([^.\[]+|\[\d+\])"));
    QStringList steps;
    for (auto it = step.globalMatch(path); it.hasNext();)
        steps.append(it.next().captured());
    return toJson(edited(embeddedObject(), steps, value).toObject());
}

} // namespace azkz::test
