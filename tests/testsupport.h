// Helpers shared by the tests: the embedded dataset as JSON, and edits of it.
#pragma once

#include "datasetloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

// What a PDF says, read by poppler's tools (poppler-utils), as a reader would see it.
inline QString runTool(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text in reading order, one page after another (pages end in a form feed), with white
// space folded inside each page so that a phrase wrapped over two lines still matches.
inline QString pdfText(const QString &path)
{
    QStringList pages = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).split(QLatin1Char('\f'));
    for (QString &page : pages)
        page = page.normalized(QString::NormalizationForm_KC).simplified(); // "ﬁ" ligatures become "fi"
    return pages.join(QLatin1Char('\f'));
}

inline int pdfPageCount(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

} // namespace azkz::test
