// The dataset the program shows, and where it comes from: the built-in one, or a file that is
// watched while it is open. The watch follows the path, not the file first found there: when the
// file changes on disk, when an editor saves by renaming a new file over it, when a link at the
// path is pointed elsewhere or its folder is swapped for another, it is loaded again. A change
// that breaks it keeps the last good dataset and reports the problems until the file is fixed.
// A file is read and checked on a thread: the last dataset stays shown and the window answers
// meanwhile; a request that comes during a read (a change on disk, F5, another file) reads
// again once it is done (what was read of the same file is shown meanwhile).
#pragma once

#include "core/load/datasetloader.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <QThread>

#include <memory>

namespace azkz {

class DatasetSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetSource)
public:
    explicit DatasetSource(QObject *parent = nullptr);
    ~DatasetSource() override; // waits for a read under way

    // Takes a load already made (at start-up) and watches its file.
    void adopt(LoadResult result);
    // Loads this file (empty: the built-in dataset) and watches it.
    void open(const QString &path);
    // Loads the same file again.
    void reload();
    // A file is being read (on a thread); datasetChanged or problemsChanged follows.
    bool isLoading() const { return m_reader != nullptr; }

    // The file shown or last tried; the built-in dataset's resource path when none.
    QString path() const { return m_path; }
    bool isBuiltIn() const { return m_path == embeddedDatasetPath(); }
    // The last good dataset (null when none was ever valid); shared, never changed.
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    // What the last load found wrong (empty when it was good), as for the command line.
    const LoadResult &lastLoad() const { return m_last; }

    // How long the file must stay unchanged before it is read (an editor writes in steps).
    static constexpr int SettleMilliseconds = 150;

signals:
    // A new good dataset is there (after open, a reload or a change on disk).
    void datasetChanged();
    // The problems of the last load changed (empty again once the file is fixed).
    void problemsChanged();
    // A read began (again when another is asked for during one: path() may have changed), or
    // the reads asked for are all done.
    void loadingChanged(bool loading);

private:
    // What the path names at a moment: the file it leads to (through links) and that file's
    // state. A rename over the file, a re-pointed link, a swapped folder each change it.
    struct FileState {
        QString target; // the path with links resolved; empty when nothing is there
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = -1;
        qint64 modified = 0; // nanoseconds
        bool operator==(const FileState &) const = default;
    };
    static FileState stateOf(const QString &path);

    void startReading();
    void finishReading(LoadResult result);
    void take(LoadResult result);
    void watch();
    void onFolderChanged();

    QString m_path;
    std::shared_ptr<const Dataset> m_dataset;
    LoadResult m_last; // its dataset moved out into m_dataset
    FileState m_read; // the path's state when it was last read
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    std::unique_ptr<QThread> m_reader; // the read under way
    bool m_readAgain = false; // asked for during the read under way
};

} // namespace azkz
