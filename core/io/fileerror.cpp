#include "core/io/fileerror.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace azkz {

struct FileError {
    Q_DECLARE_TR_FUNCTIONS(azkz::FileError)
};

QString fileErrorReason(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return FileError::tr("no space left on the device");
    case EACCES:
    case EPERM:
        return FileError::tr("permission denied");
    case EROFS:
        return FileError::tr("the file system is read-only");
    case ENOENT:
        return FileError::tr("no such file or folder");
    case ENOTDIR:
        return FileError::tr("a part of the path is not a folder");
    case EISDIR:
        return FileError::tr("it is a folder");
    case ENAMETOOLONG:
        return FileError::tr("the name is too long");
    case EFBIG:
        return FileError::tr("the file is too large for the file system");
    case EIO:
        return FileError::tr("input/output error (the device could not be read or written)");
    case ENXIO:
        return FileError::tr("no program is reading from it");
    case EPIPE:
        return FileError::tr("the program reading from it has stopped");
    case ELOOP:
        return FileError::tr("too many symbolic links");
    default:
        break;
    }
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

} // namespace azkz
