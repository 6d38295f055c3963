#include "ui/documents/exportprogress.h"

#include "ui/common/savedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStatusBar>

namespace azkz {

constexpr int ShowAfterMs = 500;

// The context of the dialog's strings.
struct ExportProgressDialog {
    Q_DECLARE_TR_FUNCTIONS(azkz::ExportProgressDialog)
};

void runExport(QWidget *parent, const QString &title, const QString &path,
    const std::function<ExportResult(ExportProgress &)> &work)
{
    QProgressDialog dialog(parent ? parent->window() : nullptr);
    dialog.setObjectName(QStringLiteral("exportProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal); // setValue() then lets the dialog paint and be cancelled
    dialog.setMinimumDuration(ShowAfterMs);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setCancelButtonText(ExportProgressDialog::tr("Cancel"));
    dialog.setRange(0, 0);
    dialog.setValue(0); // starts the dialog's clock
    QElapsedTimer clock;
    clock.start();
    ExportProgress progress([&](ExportProgress::Stage stage, int done, int total) {
        // Nothing before half a second: the dialog would otherwise show itself as soon as its
        // estimate of the time left passes half a second, for an export that ends sooner.
        if (clock.elapsed() < ShowAfterMs)
            return true;
        dialog.setLabelText(stage == ExportProgress::Stage::LayingOut
                ? ExportProgressDialog::tr("Laying out the pages: page %1 of %2…").arg(done).arg(total)
                : ExportProgressDialog::tr("Writing page %1 of %2…").arg(done).arg(total));
        // Laying out counts for the first half of the bar, writing for the second.
        dialog.setRange(0, 2 * total);
        dialog.setValue(stage == ExportProgress::Stage::LayingOut ? done : total + done); // shows it, paints it
        return !dialog.wasCanceled();
    });
    const ExportResult result = work(progress);
    dialog.close();
    if (result.error != ExportResult::Error::Cancelled) {
        reportSaveResult(parent, result.message, path);
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(parent ? parent->window() : nullptr);
        window && window->statusBar()) {
        window->statusBar()->showMessage(
            ExportProgressDialog::tr("Stopped: %1 was not written").arg(QDir::toNativeSeparators(path)), 5000);
    }
}

} // namespace azkz
