// The two ends of every "save as" command: asking for the file, and saying how it went.
#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace azkz {

// Qt's own file dialog writes the files' dates in the system's language: this makes them
// follow the interface language, as the rest of the dialog does.
void localizeFileDialog(QFileDialog &dialog);
// A save dialog starting in the folder used last (remembered), else in the user's Pictures
// (images) or Documents folder; the suffix follows the chosen filter.
// Returns an empty string when cancelled.
QString askSavePath(QWidget *parent, const QString &title, const QStringList &filters, const QString &defaultName);
// A message box naming the path and the reason on failure; a status bar note on success.
void reportSaveResult(QWidget *parent, const QString &error, const QString &path);

} // namespace azkz
