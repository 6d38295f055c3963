// Writing a file all at once or not at all.
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

namespace azkz {

// The content is produced in memory first, then written:
// - to a regular file (new or existing) through a QSaveFile, every byte checked, synced to the
//   disk and its size verified before the old file is replaced: on any failure the old file
//   is untouched and nothing is left behind;
// - to standard output for "-" and /dev/stdout;
// - straight through to a character device or a pipe (/dev/null, a FIFO with a reader),
//   which is never replaced by a regular file; other kinds of files are refused.
// Returns an empty string on success, else a message that names the path and the reason.
[[nodiscard]] QString writeAtomically(const QString &path, const std::function<bool(QIODevice &device)> &produce);

// True for the names that mean standard output.
bool isStandardOutput(const QString &path);
// Called first thing in main(): any of descriptors 0, 1 and 2 that is closed is opened on
// /dev/null, so that no file the program opens later takes its number (with standard output
// closed, "--export-csv -" wrote into whatever descriptor 1 had become). Writing to "-" then
// fails with a message instead of going nowhere.
void guardStandardStreams();

} // namespace azkz
