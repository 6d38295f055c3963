#include "datasetloader.h"

#include "datasetreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace azkz {

namespace {

struct Position {
    qsizetype line = 1;
    qsizetype column = 1;
};

Position positionOf(const QByteArray &text, qsizetype offset)
{
    Position p;
    for (qsizetype i = 0; i < qMin(offset, text.size()); ++i) {
        if (text.at(i) == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((text.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++p.column;
        }
    }
    return p;
}

// The offset where nesting first exceeds maxDepth, or -1. Scanning is linear, so a hostile
// file is refused before QJsonDocument builds anything from it.
qsizetype tooDeepAt(const QByteArray &text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

LoadResult fileProblem(const QString &fileName, const QString &message)
{
    return LoadResult{fileName, std::nullopt, {Problem{{}, message}}};
}

} // namespace

QStringList LoadResult::problemLines() const
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.path.isEmpty() ? QStringLiteral("%1: %2").arg(fileName, p.message)
                                      : QStringLiteral("%1: %2: %3").arg(fileName, p.path, p.message));
    return lines;
}

QString embeddedDatasetPath()
{
    return QStringLiteral(":/dataset/azkz-relations.json");
}

LoadResult loadDataset(const QString &fileName)
{
    QFile file(fileName);
    if (!file.exists())
        return fileProblem(fileName, QStringLiteral("no such file"));
    if (QFileInfo(fileName).isDir())
        return fileProblem(fileName, QStringLiteral("is a folder, not a dataset file"));
    if (file.size() > MaxDatasetBytes)
        return fileProblem(fileName,
            QStringLiteral("the file is %1 bytes; datasets larger than %2 bytes are refused")
                .arg(file.size())
                .arg(MaxDatasetBytes));
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(fileName, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    // read() stops at the limit even when size() was wrong (a pipe, a file still growing).
    const QByteArray bytes = file.read(MaxDatasetBytes + 1);
    if (bytes.size() > MaxDatasetBytes)
        return fileProblem(fileName, QStringLiteral("datasets larger than %1 bytes are refused").arg(MaxDatasetBytes));
    return parseDataset(bytes, fileName);
}

LoadResult parseDataset(const QByteArray &json, const QString &fileName)
{
    if (json.trimmed().isEmpty())
        return fileProblem(fileName, QStringLiteral("the file is empty; expected a JSON object"));
    if (json.startsWith("\xEF\xBB\xBF") || json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF"))
        return fileProblem(
            fileName, QStringLiteral("the file starts with a byte order mark; save it as UTF-8 without BOM"));
    if (const qsizetype at = tooDeepAt(json, MaxNestingDepth); at >= 0) {
        const Position p = positionOf(json, at);
        return fileProblem(fileName,
            QStringLiteral("line %1, column %2: nested deeper than %3 levels; the schema needs far fewer")
                .arg(p.line)
                .arg(p.column)
                .arg(MaxNestingDepth));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const Position p = positionOf(json, error.offset);
        return fileProblem(fileName,
            QStringLiteral("line %1, column %2: not valid JSON: %3")
                .arg(p.line)
                .arg(p.column)
                .arg(error.errorString()));
    }
    if (!document.isObject())
        return fileProblem(fileName, QStringLiteral("expected a JSON object at the top level, found an array"));
    LoadResult result{fileName, std::nullopt, {}};
    result.dataset = readDataset(document.object(), result.problems);
    return result;
}

} // namespace azkz
