// The dataset the program shows, and where it comes from: the built-in one, or a file that is
// watched while it is open. When the file changes on disk (also when an editor saves by writing
// a new file and renaming it over the old one) it is loaded again; a change that breaks it keeps
// the last good dataset and reports the problems until the file is fixed.
#pragma once

#include "core/load/datasetloader.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace azkz {

class DatasetSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetSource)
public:
    explicit DatasetSource(QObject *parent = nullptr);

    // Takes a load already made (at start-up) and watches its file.
    void adopt(LoadResult result);
    // Loads this file (empty: the built-in dataset) and watches it.
    void open(const QString &path);
    // Loads the same file again.
    void reload();

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

private:
    void take(LoadResult result);
    void watch();

    QString m_path;
    std::shared_ptr<const Dataset> m_dataset;
    LoadResult m_last; // its dataset moved out into m_dataset
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace azkz
