// For the tests that run the real executable: its output and exit code, and files around it.
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace azkz::test {

struct Run {
    int exitCode = -1; // -1: crashed; -2: did not finish in time
    QByteArray outBytes;
    QString out; // outBytes as text
    QString err;
};

// The program with no display and no XDG_RUNTIME_DIR (as under cron); prefix wraps it
// ("sh -c 'ulimit -v …; exec \"$0\" \"$@\"'", unshare …). Its settings are the test's own:
// ctest gives each test an emptied XDG_CONFIG_HOME.
inline Run runProgram(const QStringList &args, const QStringList &prefix = {}, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    process.setProcessEnvironment(env);
    if (prefix.isEmpty())
        process.start(QStringLiteral(AZKZ_EXECUTABLE), args);
    else
        process.start(prefix.first(), prefix.mid(1) + QStringList{QStringLiteral(AZKZ_EXECUTABLE)} + args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, {}, QStringLiteral("did not finish within %1 ms").arg(timeoutMs)};
    }
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, out, QString::fromUtf8(out),
        QString::fromUtf8(process.readAllStandardError())};
}

inline bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

// Runs the program with at most 1 GiB of address space (not under AddressSanitizer, which
// reserves terabytes of shadow memory).
inline QStringList memoryLimited()
{
    if (underAddressSanitizer())
        return {};
    return {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("ulimit -v 1048576; exec \"$0\" \"$@\"")};
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace azkz::test
