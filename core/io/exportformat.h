// The file formats the program writes, in one place: their suffixes, the file dialog's
// filters and the message for a name that ends otherwise. Every export (window and command
// line alike) takes its format from a path through formatForPath, with the formats that
// document can be written in, and refuses any other suffix with wrongSuffixMessage.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace azkz {

enum class ExportFormat { Png, Svg, Pdf, Csv };
using ExportFormats = QList<ExportFormat>;

// The formats of each document, its default first.
inline const ExportFormats ChartFormats = {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf};
inline const ExportFormats TimelineFormats = {ExportFormat::Pdf, ExportFormat::Svg, ExportFormat::Png};
inline const ExportFormats ReportFormats = {ExportFormat::Pdf};
inline const ExportFormats CsvFormats = {ExportFormat::Csv};

class ExportFormatText final
{
    Q_DECLARE_TR_FUNCTIONS(azkz::ExportFormatText)
};

// "png", "svg", "pdf", "csv".
QString suffixOf(ExportFormat format);
// True for the formats written as an image of pixels or of paths (PNG, SVG).
bool isImage(ExportFormat format);
// One of formats, by the path's suffix (any case); nothing when it ends otherwise.
std::optional<ExportFormat> formatForPath(const QString &path, const ExportFormats &formats);
// "PNG image (*.png)", … in the interface language, in the order of formats.
QStringList fileDialogFilters(const ExportFormats &formats);
// ".png, .svg or .pdf" in the interface language.
QString suffixList(const ExportFormats &formats);
// "Cannot export PATH: the name must end in .png, .svg or .pdf".
QString wrongSuffixMessage(const QString &path, const ExportFormats &formats);

} // namespace azkz
