// Start-up steps shared by main() and the tests, so both take the same path.
#pragma once

#include "commandline.h"

#include <QTextStream>

#include <memory>

class QSettings;

namespace azkz {

class LanguageManager;
class MainWindow;

// Sets the application's name, organisation and version (used by QSettings).
void setApplicationIdentity();
// --validate: prints the problems or a summary; returns the exit code (0 valid, 1 not).
int validateDataset(const QString &path, QTextStream &out);
// Chooses the language, loads the dataset and builds the window as the command line asks.
std::unique_ptr<MainWindow> createMainWindow(
    const CommandLine &commandLine, LanguageManager &languages, QSettings &settings, QTextStream &err);

} // namespace azkz
