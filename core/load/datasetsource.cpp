#include "core/load/datasetsource.h"

#include <QDir>
#include <QFileInfo>

namespace azkz {

DatasetSource::DatasetSource(QObject *parent) : QObject(parent), m_path(embeddedDatasetPath())
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &DatasetSource::reload);
    // A file saved in place changes; a file replaced by a rename disappears from the watch list
    // (the folder changes instead): both come here, and the file is watched again once read.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        const QFileInfo file(m_path);
        if (file.exists() && !m_watcher.files().contains(file.absoluteFilePath()))
            m_settle.start(); // the file is back, or new: other files of the folder do not matter
    });
}

void DatasetSource::adopt(LoadResult result)
{
    m_path = result.fileName;
    take(std::move(result));
    watch();
}

void DatasetSource::open(const QString &path)
{
    m_path = path.isEmpty() ? embeddedDatasetPath() : path;
    reload();
    watch();
}

void DatasetSource::reload()
{
    take(loadDataset(m_path));
    watch(); // a renamed-over file is a new file: watch it again
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
    const QFileInfo file(m_path);
    if (file.exists())
        m_watcher.addPath(file.absoluteFilePath());
    if (file.absoluteDir().exists())
        m_watcher.addPath(file.absolutePath());
}

} // namespace azkz
