// The watched dataset follows its path, not the file first found there, as people switch files
// under a program: a link briefly pointed at a device, a link re-pointed to another version
// (`ln -sfn B.json current.json`), a folder swapped for a new one at the same place.
#include "core/load/datasetsource.h"
#include "support/testsupport.h"

#include <QDir>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/stat.h>

using namespace azkz;
using namespace azkz::test;

namespace {

QByteArray titled(const QString &title)
{
    return embeddedJsonWith(QStringLiteral("title.en"), QJsonValue(title));
}

void save(const QString &path, const QByteArray &json)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(json), json.size());
    QVERIFY(file.commit());
}

// What `ln -sfn target link` does: a new link renamed over the old one.
void pointLink(const QString &link, const QString &target)
{
    const QString fresh = link + QStringLiteral(".new");
    QFile::remove(fresh);
    QVERIFY(QFile::link(target, fresh));
    QCOMPARE(std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(link).constData()), 0);
}

// A new file renamed over the path: over a link, the link itself is replaced (QSaveFile would
// write through it, into whatever it points at).
void replace(const QString &path, const QByteArray &json)
{
    const QString fresh = path + QStringLiteral(".new");
    QFile file(fresh);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(json), json.size());
    file.close();
    QCOMPARE(std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(path).constData()), 0);
}

void rename(const QString &from, const QString &to)
{
    QCOMPARE(std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()), 0);
}

} // namespace

class TestDatasetSource : public QObject
{
    Q_OBJECT
private slots:
    void linkBrieflyAtAPipe_thenAGoodFileIsSeen();
    void linkRepointed_showsTheNewTarget();
    void folderSwapped_showsTheNewFolder();
    void folderGoneThenBack_isStillWatched();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestDatasetSource::linkBrieflyAtAPipe_thenAGoodFileIsSeen()
{
    const QString current = path(QStringLiteral("device/current.json"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("device")));
    const QString pipe = path(QStringLiteral("device/pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    save(current, titled(QStringLiteral("First")));
    DatasetSource source;
    source.open(current);
    QTRY_VERIFY(!source.isLoading()); // read on a thread
    QCOMPARE(source.dataset()->title.en, QStringLiteral("First"));
    QSignalSpy problems(&source, &DatasetSource::problemsChanged);

    pointLink(current, pipe);
    QTRY_COMPARE(problems.count(), 1);
    QVERIFY2(problemText(source.lastLoad()).contains(QStringLiteral("not a regular file")),
        qPrintable(problemText(source.lastLoad())));
    QCOMPARE(source.dataset()->title.en, QStringLiteral("First")); // the last good one stays

    // A good file put back: the watch had followed the link to the pipe and never saw it.
    replace(current, titled(QStringLiteral("Put back")));
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("Put back"));
    QCOMPARE(source.lastLoad().problemCount(), 0);
}

void TestDatasetSource::linkRepointed_showsTheNewTarget()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("versions")));
    const QString a = path(QStringLiteral("versions/A.json"));
    const QString b = path(QStringLiteral("versions/B.json"));
    const QString current = path(QStringLiteral("versions/current.json"));
    save(a, titled(QStringLiteral("Version A")));
    save(b, titled(QStringLiteral("Version B")));
    pointLink(current, QStringLiteral("A.json"));
    DatasetSource source;
    source.open(current);
    QTRY_VERIFY(!source.isLoading()); // read on a thread
    QCOMPARE(source.dataset()->title.en, QStringLiteral("Version A"));

    pointLink(current, QStringLiteral("B.json"));
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("Version B"));
    // And the new target is the one watched: its saves are seen, A's are not.
    save(a, titled(QStringLiteral("A edited")));
    save(b, titled(QStringLiteral("B edited")));
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("B edited"));
    pointLink(current, QStringLiteral("A.json"));
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("A edited"));
}

void TestDatasetSource::folderSwapped_showsTheNewFolder()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("swap/data")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("swap/data.next")));
    const QString current = path(QStringLiteral("swap/data/pair.json"));
    save(current, titled(QStringLiteral("Old folder")));
    save(path(QStringLiteral("swap/data.next/pair.json")), titled(QStringLiteral("New folder")));
    DatasetSource source;
    source.open(current);
    QTRY_VERIFY(!source.isLoading()); // read on a thread
    QCOMPARE(source.dataset()->title.en, QStringLiteral("Old folder"));

    rename(path(QStringLiteral("swap/data")), path(QStringLiteral("swap/data.old")));
    rename(path(QStringLiteral("swap/data.next")), path(QStringLiteral("swap/data")));
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("New folder"));
    // The new folder's file is the one watched.
    save(current, titled(QStringLiteral("Saved in the new folder")));
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("Saved in the new folder"));
}

void TestDatasetSource::folderGoneThenBack_isStillWatched()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("away/data")));
    const QString current = path(QStringLiteral("away/data/pair.json"));
    save(current, titled(QStringLiteral("Before")));
    DatasetSource source;
    source.open(current);
    QTRY_VERIFY(!source.isLoading()); // read on a thread
    QSignalSpy problems(&source, &DatasetSource::problemsChanged);

    rename(path(QStringLiteral("away/data")), path(QStringLiteral("away/elsewhere")));
    QTRY_COMPARE(problems.count(), 1); // the file is missing: said
    QCOMPARE(source.dataset()->title.en, QStringLiteral("Before"));
    save(path(QStringLiteral("away/elsewhere/pair.json")), titled(QStringLiteral("After")));
    rename(path(QStringLiteral("away/elsewhere")), path(QStringLiteral("away/data")));
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("After"));
    QCOMPARE(source.lastLoad().problemCount(), 0);
}

QTEST_GUILESS_MAIN(TestDatasetSource)
#include "tst_dataset_source.moc"
