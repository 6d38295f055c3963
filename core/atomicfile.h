// Writing a file all at once or not at all.
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

namespace azkz {

// Writes through a QSaveFile: the file appears complete or not at all, and an existing file
// is replaced only when everything was written. Returns an empty string on success, else a
// message that names the path and the reason.
QString writeAtomically(const QString &path, const std::function<bool(QIODevice &device)> &write);

} // namespace azkz
