#include "core/load/datasetsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace azkz {

DatasetSource::DatasetSource(QObject *parent) : QObject(parent), m_path(embeddedDatasetPath())
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &DatasetSource::reload);
    // A file saved in place changes; a file replaced by a rename disappears from the watch list
    // (the folder changes instead): both come here, and the file is watched again once read.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DatasetSource::onFolderChanged);
}

DatasetSource::~DatasetSource()
{
    if (m_reader)
        m_reader->wait(); // its result, posted to this object, is dropped with it
}

DatasetSource::FileState DatasetSource::stateOf(const QString &path)
{
    FileState state;
    struct stat info {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return state;
    state.target = QFileInfo(path).canonicalFilePath();
    state.device = info.st_dev;
    state.inode = info.st_ino;
    state.size = info.st_size;
    state.modified = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    return state;
}

void DatasetSource::onFolderChanged()
{
    // A watched folder may have gone (moved away, another moved in): watch what is there now.
    // Other files of the folders do not matter; what the path leads to does.
    watch();
    if (stateOf(m_path) != m_read)
        m_settle.start();
}

void DatasetSource::adopt(LoadResult result)
{
    m_path = result.fileName;
    m_read = isBuiltIn() ? FileState{} : stateOf(m_path);
    take(std::move(result));
    watch();
}

void DatasetSource::open(const QString &path)
{
    m_path = path.isEmpty() ? embeddedDatasetPath() : path;
    reload();
}

void DatasetSource::reload()
{
    if (m_reader) {
        m_readAgain = true; // what is being read may be out of date already, or another file
        emit loadingChanged(true); // said of the file to come
        return;
    }
    startReading();
    emit loadingChanged(true);
}

void DatasetSource::startReading()
{
    m_read = isBuiltIn() ? FileState{} : stateOf(m_path);
    m_reader.reset(QThread::create([this, path = m_path] {
        auto result = std::make_shared<LoadResult>(loadDataset(path));
        QMetaObject::invokeMethod(
            this, [this, result] { finishReading(std::move(*result)); }, Qt::QueuedConnection);
    }));
    m_reader->start();
}

void DatasetSource::finishReading(LoadResult result)
{
    m_reader->wait();
    m_reader.reset();
    if (std::exchange(m_readAgain, false)) { // the file changed, or another was asked for, meanwhile
        // A version of the same file is shown meanwhile: a file saved more often than it can be
        // read showed none of its versions, ever.
        if (result.fileName == m_path)
            take(std::move(result));
        startReading();
        return;
    }
    take(std::move(result));
    watch(); // a renamed-over file is a new file: watch it again
    // A change between the read and the new watch sent no signal.
    if (!isBuiltIn() && stateOf(m_path) != m_read)
        m_settle.start();
    emit loadingChanged(false);
}

void DatasetSource::take(LoadResult result)
{
    const bool hadProblems = m_last.problemCount() > 0;
    if (result.isValid()) {
        m_dataset = std::make_shared<const Dataset>(std::move(*result.dataset));
        result.dataset.reset();
        m_last = std::move(result);
        if (hadProblems)
            emit problemsChanged();
        emit datasetChanged(); // what followed the previous dataset has let it go
        releaseFreedMemory();
    } else {
        result.dataset.reset();
        m_last = std::move(result);
        emit problemsChanged();
    }
}

void DatasetSource::watch()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (isBuiltIn())
        return;
    // The file (through a link, the file it points to), its folder, and the folder's own folder:
    // a folder moved away and another put in its place changes only the one above.
    const QFileInfo file(m_path);
    QStringList paths;
    if (file.exists())
        paths.append(file.absoluteFilePath());
    const QString folder = file.absolutePath();
    for (const QString &path : {folder, QFileInfo(folder).absolutePath()}) {
        if (QFileInfo(path).isDir() && !paths.contains(path))
            paths.append(path);
    }
    m_watcher.addPaths(paths);
}

} // namespace azkz
