// Paths as an unlucky or hostile system gives them, through the real executable: a pipe swapped
// in while the file is opened, names that are not UTF-8, paths of thousands of characters, and a
// session without HOME.
#include "app/startup.h"
#include "core/load/datasetloader.h"
#include "support/programrun.h"
#include "support/testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <thread>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace azkz;
using test::Run;
using test::runProgram;
using test::writeFile;

class TestHostilePaths : public QObject
{
    Q_OBJECT
private slots:
    void pipeSwappedIn_neverBlocksTheOpen();
    void namesNotUtf8_areRefusedNeverRenamed();
    void longPaths_keepTheFileNameAndTheReason();
    void homeUnset_settingsGoToTheAccountsHome();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestHostilePaths::pipeSwappedIn_neverBlocksTheOpen()
{
    // The dataset's place holds a good file and a pipe in turn, each renamed in whole: whatever the
    // program finds there, it answers (valid, or "not a regular file") and never waits on the pipe.
    const QByteArray dataset = test::embeddedJson();
    const QByteArray target = QFile::encodeName(path(QStringLiteral("swapped.json")));
    const QByteArray good = QFile::encodeName(path(QStringLiteral("good.json")));
    const QByteArray freshFile = QFile::encodeName(path(QStringLiteral("fresh.json")));
    const QByteArray freshPipe = QFile::encodeName(path(QStringLiteral("fresh.pipe")));
    writeFile(QFile::decodeName(good), dataset);
    writeFile(QFile::decodeName(target), dataset);
    std::atomic<bool> stop = false;
    std::thread swapper([&] {
        // Each step as quick as the other (a link and a rename), so that the program meets both.
        while (!stop) {
            if (::mkfifo(freshPipe.constData(), 0600) == 0)
                std::rename(freshPipe.constData(), target.constData());
            if (::link(good.constData(), freshFile.constData()) == 0)
                std::rename(freshFile.constData(), target.constData());
        }
    });
    int refused = 0;
    for (int run = 0; run < 40; ++run) {
        const Run r = runProgram({QStringLiteral("--validate"), QFile::decodeName(target)}, {}, 30000);
        if (r.exitCode == 1 && r.out.contains(QStringLiteral("is not a regular file")))
            ++refused;
        else if (r.exitCode != 0 && r.exitCode != 1) {
            stop = true;
            swapper.join();
            QFAIL(
                qPrintable(QStringLiteral("run %1 ended with %2 (-2: blocked on the pipe)").arg(run).arg(r.exitCode)));
        }
    }
    stop = true;
    swapper.join();
    qInfo("%d of 40 runs found the pipe", refused);
}

void TestHostilePaths::namesNotUtf8_areRefusedNeverRenamed()
{
    // "café" in Latin-1: one byte 0xE9, not UTF-8. Given through the shell, as bytes.
    const QString folder = path(QStringLiteral("latin1"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray rawDataset = QFile::encodeName(folder) + "/caf\xe9.json";
    {
        FILE *file = std::fopen(rawDataset.constData(), "wb");
        QVERIFY(file);
        const QByteArray dataset = test::embeddedJson();
        std::fwrite(dataset.constData(), 1, size_t(dataset.size()), file);
        std::fclose(file);
    }
    const auto withRawName = [&](const char *name) {
        return QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("exec \"$0\" \"$@\" \"$(printf '%1/%2')\"").arg(folder, QLatin1String(name))};
    };
    for (const auto &[option, name] : {std::pair{"--export-csv", "caf\\351.csv"}, {"--dataset", "caf\\351.json"},
             {"--validate", "caf\\351.json"}, {"--export-report", "caf\\351.pdf"}}) {
        const Run r = runProgram({QString::fromLatin1(option)}, withRawName(name));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not valid UTF-8")), qPrintable(r.err));
    }
    // Nothing was written, under that name or under another.
    const std::filesystem::path bytes(QFile::encodeName(folder).toStdString());
    QCOMPARE(std::distance(std::filesystem::directory_iterator(bytes), std::filesystem::directory_iterator()), 1);

    // Chosen in the window's Open dialog, the name arrives with U+FFFD: the reason is said.
    const LoadResult result = loadDataset(QFile::decodeName(rawDataset));
    QVERIFY(!result.isValid());
    QVERIFY2(test::problemText(result).contains(QStringLiteral("its name is not valid UTF-8")),
        qPrintable(test::problemText(result)));
}

void TestHostilePaths::longPaths_keepTheFileNameAndTheReason()
{
    QString deep = m_dir.path();
    for (int level = 0; level < 20; ++level)
        deep += QLatin1Char('/') + QString(200, QLatin1Char('d'));
    Run r = runProgram({QStringLiteral("--export-csv"), deep + QStringLiteral("/trade-figures.csv")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.size() < 1000, qPrintable(r.err.left(1000)));
    QVERIFY2(r.err.contains(QStringLiteral("trade-figures.csv: ")), qPrintable(r.err));
    QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("does not exist")), qPrintable(r.err.right(300)));

    r = runProgram({QStringLiteral("--validate"), deep + QStringLiteral("/pair.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("/pair.json: no such file")), qPrintable(r.out.right(300)));
}

void TestHostilePaths::homeUnset_settingsGoToTheAccountsHome()
{
    const QByteArray home = qgetenv("HOME");
    const QByteArray config = qgetenv("XDG_CONFIG_HOME");
    qunsetenv("HOME");
    qunsetenv("XDG_CONFIG_HOME");
    restoreHomeFolder();
    const QString restored = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", config);
    const passwd *account = ::getpwuid(::getuid());
    QVERIFY(account);
    QCOMPARE(restored, QFile::decodeName(account->pw_dir) + QStringLiteral("/.config")); // was "/.config"
}

QTEST_GUILESS_MAIN(TestHostilePaths)
#include "tst_hostile_paths.moc"
