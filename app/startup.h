// Start-up steps shared by main() and the tests, so both take the same path.
#pragma once

#include "app/commandline.h"
#include "core/load/datasetloader.h"

#include <QTextStream>

#include <future>
#include <memory>

class QSettings;

namespace azkz {

class LanguageManager;
class MainWindow;

// Qt keeps settings under $HOME/.config: with HOME unset or empty (a service, `env -i`) they went
// to "/.config". HOME is then set to the account's home folder from the user database.
void restoreHomeFolder();
// Sets the application's name, organisation and version (used by QSettings).
void setApplicationIdentity();
// --validate: prints the problems or a summary; returns the exit code (0 valid, 1 not).
int validateDataset(const QString &path, QTextStream &out);
// --export-chart, --export-csv, --export-report, --export-timeline: writes each file in the language of --lang, else
// the system's (never the window's remembered one), reports what it wrote on out and what failed
// on err; returns 0 when all were written, 1 when the data is invalid or a file failed.
int runExports(const CommandLine &commandLine, LanguageManager &languages, QTextStream &out, QTextStream &err);
// The dataset the command line names (else the built-in one), read on a thread of its own from
// the program's start, while Qt connects to the display and the window's frame is built.
class EarlyDataset
{
public:
    explicit EarlyDataset(const CommandLine &commandLine);
    // Waits for it. Its problems are said in the language installed by the time they are shown
    // (nothing was installed when the thread started).
    LoadResult take();
    // True once the thread has read the file (never for a read deferred to take()).
    bool isReady() const { return m_result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }

private:
    std::future<LoadResult> m_result;
};

// Chooses the language, loads the dataset (or takes the early one) and builds the window as
// the command line asks.
std::unique_ptr<MainWindow> createMainWindow(const CommandLine &commandLine, LanguageManager &languages,
    QSettings &settings, QTextStream &err, EarlyDataset *early = nullptr);

} // namespace azkz
