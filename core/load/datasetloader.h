// Reads a dataset file, checks it completely and reports every problem with its JSON path.
#pragma once

#include "core/data/dataset.h"
#include "core/text/message.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace azkz {

// Kept untranslated: its text is said in the interface language of the moment it is asked for.
struct Problem {
    QString path; // "events[4].date"; empty when the problem concerns the whole file
    Message what;

    // What is wrong, in the language installed now: control characters escaped, at most 400
    // characters (and "…").
    QString message() const;
    // "PATH: MESSAGE", or the message alone when it concerns the whole file.
    QString text() const;
};

struct LoadResult {
    QString fileName;
    std::optional<Dataset> dataset; // set only when there are no problems
    QList<Problem> problems; // the first MaxProblems
    qsizetype omittedProblems = 0; // found after those

    bool isValid() const { return dataset.has_value() && problems.isEmpty(); }
    qsizetype problemCount() const { return problems.size() + omittedProblems; }
    // One line a problem: "FILE: PATH: MESSAGE", safe to print on a terminal (control
    // characters escaped, long values shortened), and a last line counting the omitted ones.
    QStringList problemLines() const;
};

// Files larger than this, or nested deeper, are refused before they are parsed; so are files
// that are not regular files (a pipe would block, a device never end).
inline constexpr qint64 MaxDatasetBytes = 32 * 1024 * 1024;
inline constexpr int MaxNestingDepth = 32;
// The timeline is meant for news-derived event lists of hundreds of thousands of rows.
inline constexpr qsizetype MaxEvents = 200000;
// Problems listed in full; the others are counted.
inline constexpr qsizetype MaxProblems = 300;
// The newest schema version; version 1 files are read too (upgraded when loaded).
inline constexpr int SchemaVersion = 3;

// The dataset compiled into the program.
QString embeddedDatasetPath();

LoadResult loadDataset(const QString &fileName);
// Gives the memory freed after a load, or after the previous dataset is let go, back to the
// system: the allocator would otherwise keep a large file's pages resident.
void releaseFreedMemory();
LoadResult parseDataset(const QByteArray &json, const QString &fileName);

} // namespace azkz
