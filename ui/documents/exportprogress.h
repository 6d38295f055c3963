// How far a long export (the briefing PDF, the timeline on paper) has come, and the user's
// way to stop it: a window-modal progress dialog that appears once the export has taken half a
// second, with the page being laid out or written and a Cancel button. A stopped export
// writes nothing (the file is written atomically) and says so in the status bar.
#pragma once

#include "ui/documents/exportresult.h"

#include <QString>

#include <functional>

class QWidget;

namespace azkz {

class ExportProgress
{
public:
    enum class Stage {
        LayingOut, // the pagination rules: done is the page reached, of total so far
        Writing, // the pages drawn
    };
    // Told how far the export is; returns false to stop it.
    using Report = std::function<bool(Stage stage, int done, int total)>;

    ExportProgress() = default;
    explicit ExportProgress(Report report) : m_report(std::move(report)) { }

    // Passes the step on; false once the report has asked to stop (and from then on).
    bool step(Stage stage, int done, int total)
    {
        if (!m_stopped && m_report)
            m_stopped = !m_report(stage, done, total);
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    Report m_report;
    bool m_stopped = false;
};

// Runs work, an export to path, with a progress dialog titled title on parent's window (work
// passes the progress to the export; the dialog shows after half a second, and most exports
// end sooner), then says how it went: a message box naming the path and the reason on failure;
// on success, or when the user stopped it, a note in the status bar.
void runExport(QWidget *parent, const QString &title, const QString &path,
    const std::function<ExportResult(ExportProgress &)> &work);

} // namespace azkz
