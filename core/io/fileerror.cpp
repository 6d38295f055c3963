#include "core/io/fileerror.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace azkz {

namespace {
Message reason(const char *source)
{
    return Message("azkz::FileError", source);
}
} // namespace

std::optional<Message> fileErrorMessage(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "no space left on the device"));
    case EACCES:
    case EPERM:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "permission denied"));
    case EROFS:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "the file system is read-only"));
    case ENOENT:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "no such file or folder"));
    case ENOTDIR:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "a part of the path is not a folder"));
    case EISDIR:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "it is a folder"));
    case ENAMETOOLONG:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "the name is too long"));
    case EFBIG:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "the file is too large for the file system"));
    case EIO:
        return reason(
            QT_TRANSLATE_NOOP("azkz::FileError", "input/output error (the device could not be read or written)"));
    case ENXIO:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "no program is reading from it"));
    case EPIPE:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "the program reading from it has stopped"));
    case ELOOP:
        return reason(QT_TRANSLATE_NOOP("azkz::FileError", "too many symbolic links"));
    default:
        break;
    }
    return std::nullopt;
}

QString fileErrorReason(int errorNumber)
{
    if (const auto message = fileErrorMessage(errorNumber))
        return message->text();
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

} // namespace azkz
