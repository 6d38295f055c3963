#include "savedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

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

} // namespace

void localizeFileDialog(QFileDialog &dialog)
{
    dialog.setProxyModel(new FileDatesInInterfaceLanguage(&dialog));
}

QString askSavePath(QWidget *parent, const QString &title, const QStringList &filters, const QString &defaultName)
{
    QFileDialog dialog(parent, title);
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    localizeFileDialog(dialog);
    dialog.setNameFilters(filters);
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(defaultName);
    dialog.setDefaultSuffix(QFileInfo(defaultName).suffix());
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &filter) {
        const qsizetype star = filter.indexOf(QStringLiteral("*."));
        if (star >= 0)
            dialog.setDefaultSuffix(filter.mid(star + 2, filter.indexOf(QLatin1Char(')'), star) - star - 2));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void reportSaveResult(QWidget *parent, const QString &error, const QString &path)
{
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, SaveDialogs::tr("Could not save"), error, QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("saveErrorBox"));
        box.setTextFormat(Qt::PlainText); // the message names a path, which may look like markup
        box.exec();
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(parent ? parent->window() : nullptr); window && window->statusBar())
        window->statusBar()->showMessage(SaveDialogs::tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace azkz
