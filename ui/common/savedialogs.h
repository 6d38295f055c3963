// The file dialogs: the dataset to open; the two ends of every "save as" command (asking for
// the file, and saying how it went).
#pragma once

#include "core/io/exportformat.h"
#include "core/settings/settings.h"

#include <QString>

#include <optional>

class QFileDialog;
class QMimeData;
class QWidget;

namespace azkz {

// Qt's own file dialog writes the files' dates in the system's language: this makes them
// follow the interface language, as the rest of the dialog does.
void localizeFileDialog(QFileDialog &dialog);
// File › Open dataset: a .json file, starting in the folder of the one shown (none: the built-in).
std::optional<QString> askDatasetFile(QWidget *parent, const QString &shownPath);
struct SaveTarget {
    QString path;
    ExportFormat format;
};
// A save dialog for a file in one of formats (the first is the default, and gives
// defaultName its suffix), starting in the folder used last (remembered), else in the user's
// Pictures (images) or Documents folder; the suffix follows the chosen filter. A name that
// ends in another suffix is refused with a message. Nothing when cancelled or refused.
std::optional<SaveTarget> askSaveTarget(QWidget *parent, Settings &settings, const QString &title,
    const ExportFormats &formats, const QString &defaultStem);
// The one local file dropped, if that is what data holds (a dataset dropped on the window).
std::optional<QString> droppedFile(const QMimeData &data);
// A message box naming the path and the reason on failure; a status bar note on success.
void reportSaveResult(QWidget *parent, const QString &error, const QString &path);

} // namespace azkz
