#include "ui/common/savedialogs.h"

#include "core/text/printable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace azkz {

// The context of these functions' strings.
struct SaveDialogs {
    Q_DECLARE_TR_FUNCTIONS(azkz::SaveDialogs)
};

namespace {

// The "Date Modified" column in the interface language (QFileSystemModel uses the system's).
class FileDatesInInterfaceLanguage final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        auto *files = qobject_cast<QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || index.column() != 3 || !files)
            return QIdentityProxyModel::data(index, role);
        return QLocale().toString(files->lastModified(mapToSource(index)), QStringLiteral("d MMM yyyy, HH:mm"));
    }
};

// The folder a save dialog opens in: the last one used, while it exists; else the user's
// Pictures folder for images, Documents for the rest.
QString startFolder(const Settings &settings, bool image)
{
    const QString last = settings.lastFolder();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString folder = QStandardPaths::writableLocation(
        image ? QStandardPaths::PicturesLocation : QStandardPaths::DocumentsLocation);
    if (QFileInfo(folder).isDir())
        return folder;
    return QDir::homePath();
}

} // namespace

void localizeFileDialog(QFileDialog &dialog)
{
    dialog.setProxyModel(new FileDatesInInterfaceLanguage(&dialog));
}

std::optional<QString> askDatasetFile(QWidget *parent, const QString &shownPath)
{
    QFileDialog dialog(parent, SaveDialogs::tr("Open dataset"));
    dialog.setObjectName(QStringLiteral("openDatasetDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    localizeFileDialog(dialog);
    dialog.setNameFilters({SaveDialogs::tr("Datasets (*.json)"), SaveDialogs::tr("All files (*)")});
    if (!shownPath.isEmpty())
        dialog.setDirectory(QFileInfo(shownPath).absolutePath());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    return dialog.selectedFiles().constFirst();
}

std::optional<SaveTarget> askSaveTarget(
    QWidget *parent, Settings &settings, const QString &title, const ExportFormats &formats, const QString &defaultStem)
{
    const QString defaultName = defaultStem + QLatin1Char('.') + suffixOf(formats.constFirst());
    QFileDialog dialog(parent, title);
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    localizeFileDialog(dialog);
    dialog.setNameFilters(fileDialogFilters(formats));
    dialog.setDirectory(startFolder(settings, isImage(formats.constFirst())));
    dialog.selectFile(defaultName);
    dialog.setDefaultSuffix(suffixOf(formats.constFirst()));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, formats](const QString &filter) {
        const qsizetype index = fileDialogFilters(formats).indexOf(filter);
        if (index >= 0)
            dialog.setDefaultSuffix(suffixOf(formats.at(index)));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setLastFolder(QFileInfo(path).absolutePath());
    const std::optional<ExportFormat> format = formatForPath(path, formats);
    if (!format) {
        reportSaveResult(parent, wrongSuffixMessage(path, formats), path);
        return std::nullopt;
    }
    return SaveTarget{path, *format};
}

std::optional<QString> droppedFile(const QMimeData &data)
{
    const QList<QUrl> urls = data.urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return std::nullopt;
    return urls.constFirst().toLocalFile();
}

void reportSaveResult(QWidget *parent, const QString &error, const QString &path)
{
    // A long path is shortened in its middle, so that the file's name and the reason after it
    // are read whole; the box's details give it in full.
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString shownPath = printableMiddle(nativePath, 300);
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, SaveDialogs::tr("Could not save"), printableMessage(error, path),
            QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("saveErrorBox"));
        box.setTextFormat(Qt::PlainText); // the message names a path, which may look like markup
        if (shownPath != nativePath)
            box.setDetailedText(nativePath);
        box.exec();
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(parent ? parent->window() : nullptr); window && window->statusBar())
        window->statusBar()->showMessage(SaveDialogs::tr("Saved %1").arg(shownPath), 5000);
}

} // namespace azkz
