// Helpers shared by the tests: the embedded dataset as JSON, and edits of it.
#pragma once

#include "core/load/datasetloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

namespace azkz::test {

inline QByteArray embeddedJson()
{
    QFile file(embeddedDatasetPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the embedded dataset is missing");
    return file.readAll();
}

// A copy of a loaded dataset, held as the pages and models hold theirs.
inline SharedDataset shared(const Dataset &dataset)
{
    return std::make_shared<const Dataset>(dataset);
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

// The built-in dataset with the article's statements only, as schema version 2 had them: no
// events or heads from other sources, no disputes. The tests of the timeline's mechanics run
// on it (a known list of 19 events); tst_beyond_article checks what other sources add.
inline QJsonValue articleStatementsOnly(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray items;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject o = item.toObject();
            const bool statement = o.contains(QStringLiteral("sources")) && !o.contains(QStringLiteral("kind"));
            if (!statement || o.contains(QStringLiteral("refs")))
                items.append(articleStatementsOnly(item));
        }
        return items;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    if (o.contains(QStringLiteral("refs")) || o.contains(QStringLiteral("dispute"))) {
        o.remove(QStringLiteral("sources"));
        o.remove(QStringLiteral("dispute"));
    }
    if (o.contains(QStringLiteral("heads"))) {
        QJsonObject head = o.value(QStringLiteral("heads")).toArray().first().toObject();
        for (const char *key : {"tenure", "refs", "sources"})
            head.remove(QLatin1String(key));
        o.insert(QStringLiteral("head"), head);
        o.remove(QStringLiteral("heads"));
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = articleStatementsOnly(it.value());
    return o;
}

inline QByteArray articleOnlyJson()
{
    QJsonObject root = articleStatementsOnly(embeddedObject()).toObject();
    root.insert(QStringLiteral("schemaVersion"), 2);
    return toJson(root);
}

// articleOnlyJson() written to a file in dir, for --dataset.
inline QString articleOnlyFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("article-only.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(articleOnlyJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// True when the characters of needle appear in haystack in order, others between them: a
// PDF's running header or footer, extracted mixed with the clipped line drawn beside it (see
// the README's known issues).
inline bool containsInOrder(const QString &haystack, const QString &needle)
{
    qsizetype at = 0;
    for (const QChar c : needle) {
        at = haystack.indexOf(c, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
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
// Every text of an SVG drawing, its <text> elements joined.
inline QString svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
    }
    return xml.hasError() ? QStringLiteral("XML error: ") + xml.errorString() : texts;
}

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
