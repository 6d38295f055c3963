#include "core/io/exportformat.h"

#include <QFileInfo>

namespace azkz {

QString suffixOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

bool isImage(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Svg;
}

std::optional<ExportFormat> formatForPath(const QString &path, const ExportFormats &formats)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const ExportFormat format : formats) {
        if (suffix == suffixOf(format))
            return format;
    }
    return std::nullopt;
}

QStringList fileDialogFilters(const ExportFormats &formats)
{
    QStringList filters;
    for (const ExportFormat format : formats) {
        switch (format) {
        case ExportFormat::Png:
            filters.append(ExportFormatText::tr("PNG image (*.png)"));
            break;
        case ExportFormat::Svg:
            filters.append(ExportFormatText::tr("SVG drawing (*.svg)"));
            break;
        case ExportFormat::Pdf:
            filters.append(ExportFormatText::tr("PDF document (*.pdf)"));
            break;
        case ExportFormat::Csv:
            filters.append(ExportFormatText::tr("CSV file (*.csv)"));
            break;
        }
    }
    return filters;
}

QString suffixList(const ExportFormats &formats)
{
    QStringList suffixes;
    for (const ExportFormat format : formats)
        suffixes.append(QLatin1Char('.') + suffixOf(format));
    if (suffixes.size() < 2)
        return suffixes.join(QString());
    const QString last = suffixes.takeLast();
    //: A list of file name endings: "%1" is ".png, .svg", "%2" is ".pdf".
    return ExportFormatText::tr("%1 or %2").arg(suffixes.join(QStringLiteral(", ")), last);
}

QString wrongSuffixMessage(const QString &path, const ExportFormats &formats)
{
    return ExportFormatText::tr("Cannot export %1: the name must end in %2").arg(path, suffixList(formats));
}

} // namespace azkz
