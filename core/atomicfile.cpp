#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace azkz {

QString writeAtomically(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return QCoreApplication::translate("azkz::AtomicFile", "Cannot write %1: it is a folder").arg(shown);
    if (!info.absoluteDir().exists())
        return QCoreApplication::translate("azkz::AtomicFile", "Cannot write %1: the folder %2 does not exist")
            .arg(shown, QDir::toNativeSeparators(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("azkz::AtomicFile", "Cannot write %1: %2").arg(shown, file.errorString());
    if (!write(file)) {
        const QString reason = file.error() != QFileDevice::NoError
            ? file.errorString()
            : QCoreApplication::translate("azkz::AtomicFile", "the content could not be produced");
        file.cancelWriting();
        return QCoreApplication::translate("azkz::AtomicFile", "Cannot write %1: %2").arg(shown, reason);
    }
    if (!file.commit())
        return QCoreApplication::translate("azkz::AtomicFile", "Cannot write %1: %2").arg(shown, file.errorString());
    return {};
}

} // namespace azkz
