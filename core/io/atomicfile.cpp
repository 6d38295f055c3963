#include "core/io/atomicfile.h"

#include "core/io/fileerror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace azkz {

struct AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(azkz::AtomicFile)
};

namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return AtomicFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// Writes every byte to fd, or returns the error number of the write that failed.
int writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return ENOSPC; // a device that takes nothing more
        done += n;
    }
    return 0;
}

// A character device or a pipe: written through, never replaced. A FIFO nobody reads is
// refused at once (O_NONBLOCK) instead of blocking forever.
QString writeThrough(const QString &path, const QByteArray &data)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return cannotWrite(path, fileErrorReason(errno));
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    const int error = writeAll(fd, data);
    const int closed = ::close(fd);
    if (error != 0)
        return cannotWrite(path, fileErrorReason(error));
    if (closed != 0 && errno != EINTR)
        return cannotWrite(path, fileErrorReason(errno));
    return {};
}

QString writeRegular(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, errno != 0 ? fileErrorReason(errno) : file.errorString());
    // Straight to the descriptor: QFileDevice's buffer would be flushed only in commit(),
    // which loses a flush error and replaces the old file with a short one (a full disk).
    const int fd = file.handle();
    int error = writeAll(fd, data);
    if (error == 0 && ::fsync(fd) != 0 && errno != EINVAL)
        error = errno; // delayed allocation: ext4 may say "no space" only now
    struct stat written {
    };
    if (error == 0 && ::fstat(fd, &written) == 0 && written.st_size != data.size())
        error = ENOSPC;
    if (error != 0) {
        file.cancelWriting();
        return cannotWrite(path, fileErrorReason(error));
    }
    errno = 0;
    if (!file.commit())
        return cannotWrite(path, errno != 0 ? fileErrorReason(errno) : file.errorString());
    return {};
}

} // namespace

namespace {
bool standardOutputClosed = false;
} // namespace

void guardStandardStreams()
{
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        if (fd == STDOUT_FILENO)
            standardOutputClosed = true;
        const int opened = ::open("/dev/null", O_RDWR); // the lowest free number: fd itself
        if (opened != fd && opened >= 0)
            ::close(opened);
    }
}

bool isStandardOutput(const QString &path)
{
    return path == QLatin1String("-") || path == QLatin1String("/dev/stdout");
}

QString writeAtomically(const QString &path, const std::function<bool(QIODevice &)> &produce)
{
    if (path.isEmpty())
        return AtomicFile::tr("Cannot write: no file name was given");
    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!produce(buffer))
            return cannotWrite(path, AtomicFile::tr("the content could not be produced"));
    }
    if (isStandardOutput(path)) {
        if (standardOutputClosed)
            return cannotWrite(path, AtomicFile::tr("standard output is closed"));
        const int error = writeAll(STDOUT_FILENO, data);
        return error == 0 ? QString() : cannotWrite(path, fileErrorReason(error));
    }
    struct stat target {
    };
    if (::stat(QFile::encodeName(path).constData(), &target) == 0) {
        if (S_ISDIR(target.st_mode))
            return cannotWrite(path, fileErrorReason(EISDIR));
        if (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode))
            return writeThrough(path, data);
        if (!S_ISREG(target.st_mode))
            return cannotWrite(path, AtomicFile::tr("it is not a regular file"));
    } else if (errno != ENOENT) {
        return cannotWrite(path, fileErrorReason(errno));
    } else if (!QFileInfo(path).absoluteDir().exists()) {
        return cannotWrite(path,
            AtomicFile::tr("the folder %1 does not exist")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    return writeRegular(path, data);
}

} // namespace azkz
