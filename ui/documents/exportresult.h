// What an export (chart, report, timeline) gives back: done, or why not, with a message that
// names the file and the reason in the interface language. [[nodiscard]] on the type: a
// caller cannot drop a failure by accident.
#pragma once

#include <QString>

namespace azkz {

struct [[nodiscard]] ExportResult {
    enum class Error {
        None,
        TooLarge, // the data is beyond what the format holds; nothing was written
        WriteFailed, // the file could not be written (folder, permissions, disk); nothing was left
        Cancelled, // the user stopped it; nothing was written
    };

    Error error = Error::None;
    QString message; // empty on success

    bool ok() const { return error == Error::None; }
    explicit operator bool() const { return ok(); }

    static ExportResult success() { return {}; }
    static ExportResult tooLarge(const QString &message) { return {Error::TooLarge, message}; }
    static ExportResult cancelled() { return {Error::Cancelled, {}}; }
    // From writeAtomically()'s answer: an empty string is success.
    static ExportResult fromWrite(const QString &writeError)
    {
        return writeError.isEmpty() ? success() : ExportResult{Error::WriteFailed, writeError};
    }
};

} // namespace azkz
