#include "core/load/datasetloader.h"

#include "core/io/fileerror.h"
#include "core/load/datasetreader.h"
#include "core/load/jsonreader.h"
#include "core/load/jsonscan.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <optional>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace azkz {

using detail::ScanResult;

namespace {

// A size as a reader takes it in, in MiB with one decimal where it is not whole ("70", "32.5"):
// a count of bytes ("73400320") had to be counted out.
QString mebibytes(qint64 bytes)
{
    const double mib = double(bytes) / (1024 * 1024);
    return QString::number(mib, 'f', mib == std::floor(mib) ? 0 : 1);
}

Message at(const QByteArray &text, qsizetype offset, const Message &message)
{
    return detail::located(text, {{offset, message}}).constFirst();
}

// Qt's parser errors, in the interface language (Qt's own are English only).
Message parseErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "an object is not closed with }"));
    case QJsonParseError::MissingNameSeparator:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a colon is missing after a member's name"));
    case QJsonParseError::UnterminatedArray:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "an array is not closed with ]"));
    case QJsonParseError::MissingValueSeparator:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a comma is missing between two values"));
    case QJsonParseError::IllegalValue:
        return Validation::message(QT_TRANSLATE_NOOP(
            "azkz::Validation", "not a JSON value (a string, number, object, array, true, false or null)"));
    case QJsonParseError::TerminationByNumber:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "the file ends inside a number"));
    case QJsonParseError::IllegalNumber:
        return Validation::message(QT_TRANSLATE_NOOP(
            "azkz::Validation", "a number JSON cannot hold (too large, or written with leading zeros)"));
    case QJsonParseError::IllegalEscapeSequence:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a backslash sequence JSON does not know"));
    case QJsonParseError::IllegalUTF8String:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "text that is not valid UTF-8"));
    case QJsonParseError::UnterminatedString:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a string is not closed with \""));
    case QJsonParseError::MissingObject:
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a value is missing after a comma"));
    case QJsonParseError::DeepNesting:
    case QJsonParseError::DocumentTooLarge:
        return Validation::message(
            QT_TRANSLATE_NOOP("azkz::Validation", "the document is too large or too deeply nested"));
    case QJsonParseError::GarbageAtEnd:
        return Validation::message(
            QT_TRANSLATE_NOOP("azkz::Validation", "there is more text after the end of the JSON document"));
    case QJsonParseError::NoError:
        break;
    }
    return {};
}

// UTF-16 without a byte order mark: every other byte of ASCII text is zero.
bool looksLikeUtf16(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(64);
    return head.size() >= 4 && head.count('\0') * 3 >= head.size();
}

// "cannot be read: REASON", the reason too said in the language of the moment when it is one this
// program words (else the C library's, or Qt's when there is no error number).
Message cannotRead(int error, const QString &qtReason)
{
    const Message message = Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "cannot be read: %1"));
    if (error == 0)
        return message.arg(qtReason);
    if (const auto reason = fileErrorMessage(error))
        return message.arg(*reason);
    return message.arg(fileErrorReason(error));
}

// "no such file", or why a name that is there is not found: a name whose bytes are not text in
// the system's encoding reaches the program with U+FFFD in their place.
Message missingFile(const QString &fileName)
{
    if (fileName.contains(QChar::ReplacementCharacter))
        return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
            "no such file; its name is not valid UTF-8, and this program opens only file names that are: "
            "rename the file"));
    return Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "no such file"));
}

LoadResult fileProblem(const QString &fileName, const Message &message)
{
    return LoadResult{fileName, std::nullopt, {Problem{{}, message}}, 0};
}

// parseDataset on text it may free once parsed.
LoadResult parseBytes(QByteArray json, const QString &fileName);

bool isResource(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char(':')) || fileName.startsWith(QLatin1String("qrc:"));
}

} // namespace

QString Problem::message() const
{
    return printable(what.text(), 400);
}

QString Problem::text() const
{
    return path.isEmpty() ? message() : QStringLiteral("%1: %2").arg(path, message());
}

QStringList LoadResult::problemLines() const
{
    const QString file = printableMiddle(fileName, 300);
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(QStringLiteral("%1: %2").arg(file, p.text()));
    if (omittedProblems > 0)
        lines.append(
            Validation::tr("%1: … and %n more problem(s) not listed", nullptr, int(omittedProblems)).arg(file));
    return lines;
}

void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

QString embeddedDatasetPath()
{
    return QStringLiteral(":/dataset/azkz-relations.json");
}

LoadResult loadDataset(const QString &fileName)
{
    if (fileName.isEmpty())
        return fileProblem(
            fileName, Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "no file name was given")));
    QFile file(fileName);
    if (!isResource(fileName)) {
        // Opened without blocking and then asked what it is, never the other way round: a FIFO put
        // in the file's place between a check and the open blocked the open for ever.
        const int fd = ::open(QFile::encodeName(fileName).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return fileProblem(fileName, errno == ENOENT ? missingFile(fileName) : cannotRead(errno, {}));
        struct stat info {
        };
        if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
            const int error = errno;
            const bool folder = S_ISDIR(info.st_mode);
            ::close(fd);
            if (info.st_mode == 0)
                return fileProblem(fileName, cannotRead(error, {}));
            return fileProblem(fileName,
                folder ? Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "is a folder, not a dataset file"))
                       : Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                           "is not a regular file (a pipe, a device or a socket); datasets are read from files")));
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
            return fileProblem(fileName, cannotRead(0, file.errorString()));
    } else if (errno = 0; !file.open(QIODevice::ReadOnly)) {
        return fileProblem(fileName, cannotRead(errno, file.errorString()));
    }
    if (file.size() > MaxDatasetBytes)
        return fileProblem(fileName,
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "the file is %1 MiB; datasets larger than %2 MiB are refused"))
                .arg(mebibytes(file.size()))
                .arg(mebibytes(MaxDatasetBytes)));
    // read() stops at the limit even when size() was wrong (a file in /proc, a file still growing).
    errno = 0;
    QByteArray bytes = file.read(MaxDatasetBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fileProblem(fileName, cannotRead(errno, file.errorString()));
    if (bytes.size() > MaxDatasetBytes)
        return fileProblem(fileName,
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "datasets larger than %1 MiB are refused"))
                .arg(mebibytes(MaxDatasetBytes)));
    LoadResult result = parseBytes(std::move(bytes), fileName);
    releaseFreedMemory();
    return result;
}

LoadResult parseDataset(const QByteArray &json, const QString &fileName)
{
    return parseBytes(json, fileName);
}

namespace {

// The dataset read with the top-level events parsed one at a time: the rest of the document
// is parsed with an empty events array in their place. Nullopt when any part is not valid
// JSON, for the whole document's parse to report where.
std::optional<LoadResult> parseEventByEvent(const QByteArray &json, const ScanResult &scan, const QString &fileName)
{
    if (!scan.events)
        return std::nullopt;
    const ScanResult::Span events = *scan.events;
    const QByteArray rest = json.left(events.begin + 1) + ']' + json.mid(events.end);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(rest, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QList<ScanResult::Span> &elements = scan.eventElements;
    bool broken = false;
    const EventElements parsed{elements.size(), [&](qsizetype i) {
                                   const ScanResult::Span span = elements.at(i);
                                   const char *begin = json.constData() + span.begin;
                                   const qsizetype size = span.end - span.begin;
                                   if (size == 0) { // [1,,2]
                                       broken = true;
                                       return QJsonValue();
                                   }
                                   // An object is parsed in place; any other value inside an array.
                                   const bool isObject = *begin == '{';
                                   const QByteArray text = isObject ? QByteArray::fromRawData(begin, size)
                                                                    : '[' + QByteArray(begin, size) + ']';
                                   QJsonParseError elementError;
                                   const QJsonDocument element = QJsonDocument::fromJson(text, &elementError);
                                   if (elementError.error != QJsonParseError::NoError) {
                                       broken = true;
                                       return QJsonValue();
                                   }
                                   return isObject ? QJsonValue(element.object()) : element.array().at(0);
                               }};
    LoadResult result{fileName, std::nullopt, {}, 0};
    result.dataset = readDataset(document.object(), result.problems, result.omittedProblems, &parsed);
    if (broken)
        return std::nullopt;
    return result;
}

LoadResult parseBytes(QByteArray json, const QString &fileName)
{
    if (QByteArrayView(json).trimmed().isEmpty()) // without copying a file that ends in a line break
        return fileProblem(fileName,
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "the file is empty; expected a JSON object")));
    if (json.startsWith("\xEF\xBB\xBF") || json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF"))
        return fileProblem(fileName,
            Validation::message(QT_TRANSLATE_NOOP(
                "azkz::Validation", "the file starts with a byte order mark; save it as UTF-8 without BOM")));
    if (looksLikeUtf16(json))
        return fileProblem(fileName,
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "the file looks like UTF-16 text; save it as UTF-8")));
    const ScanResult scan = detail::scanJson(json, MaxNestingDepth);
    if (!scan.problems.isEmpty()) {
        LoadResult result{fileName, std::nullopt, {}, scan.omitted};
        for (const Message &message : scan.problems)
            result.problems.append(Problem{{}, message});
        return result;
    }
    if (auto result = parseEventByEvent(json, scan, fileName))
        return std::move(*result);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fileProblem(fileName,
            at(json, error.offset,
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "not valid JSON: %1"))
                    .arg(parseErrorText(error.error))));
    if (!document.isObject())
        return fileProblem(fileName,
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "expected a JSON object at the top level, found an array")));
    // The text is not needed any more: freed (when the caller gave it up) before the dataset is
    // built beside the parsed document, which is when the memory used peaks.
    json = QByteArray();
    LoadResult result{fileName, std::nullopt, {}, 0};
    result.dataset = readDataset(document.object(), result.problems, result.omittedProblems);
    return result;
}

} // namespace

} // namespace azkz
