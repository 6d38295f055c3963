#include "commandline.h"

#include "chartexport.h"

#include "atomicfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace azkz {

namespace {

// The file a path names, so that two spellings of one file compare equal.
QString identity(const QString &path)
{
    if (isStandardOutput(path))
        return QStringLiteral("/dev/stdout");
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist yet
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

CommandLine parseCommandLine(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Browse the relations between Azerbaijan and Kazakhstan offline, in Azerbaijani or English."));
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
    const QCommandLineOption version(
        QStringList{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version and exit."));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("Interface and content language: az or en."), QStringLiteral("az|en"));
    const QCommandLineOption tab(QStringLiteral("tab"),
        QStringLiteral("Open this tab: overview, missions, timeline or trade."), QStringLiteral("name"));
    const QCommandLineOption dataset(QStringLiteral("dataset"),
        QStringLiteral("Open this dataset file instead of the built-in one."), QStringLiteral("FILE"));
    const QCommandLineOption validate(QStringLiteral("validate"),
        QStringLiteral("Check a dataset file, print its problems, exit 0 if valid, 1 if not."), QStringLiteral("FILE"));
    const QCommandLineOption exportChart(QStringLiteral("export-chart"),
        QStringLiteral("Write the trade chart to FILE (.png, .svg or .pdf) and exit."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("Size of an exported PNG or SVG chart in pixels (default 1200x700)."), QStringLiteral("WxH"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"),
        QStringLiteral("Write the trade table to FILE as CSV and exit."), QStringLiteral("FILE"));
    const QCommandLineOption exportReport(QStringLiteral("export-report"),
        QStringLiteral("Write the briefing PDF of the whole dataset to FILE and exit."), QStringLiteral("FILE.pdf"));
    parser.addOptions({help, version, lang, tab, dataset, validate, exportChart, size, exportCsv, exportReport});

    CommandLine result;
    auto usageError = [&result](const QString &message) {
        result.action = CommandLine::Action::UsageError;
        result.message = message;
        return result;
    };
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (parser.isSet(help)) {
        result.action = CommandLine::Action::Help;
        // Parsed before any QCoreApplication exists, the parser cannot know the program's name.
        result.message = parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("azkz-relations"));
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::Version;
        return result;
    }
    if (parser.isSet(lang)) {
        result.language = languageFromCode(parser.value(lang));
        if (!result.language)
            return usageError(QStringLiteral("--lang takes az or en, not \"%1\"").arg(parser.value(lang)));
    }
    if (parser.isSet(tab)) {
        result.tab = tabFromName(parser.value(tab));
        if (!result.tab)
            return usageError(
                QStringLiteral("--tab takes overview, missions, timeline or trade, not \"%1\"").arg(parser.value(tab)));
    }
    result.datasetPath = parser.value(dataset);
    result.chartPath = parser.value(exportChart);
    result.csvPath = parser.value(exportCsv);
    result.reportPath = parser.value(exportReport);
    const bool exporting = parser.isSet(exportChart) || parser.isSet(exportCsv) || parser.isSet(exportReport);
    for (const QCommandLineOption *option : {&dataset, &validate, &exportChart, &exportCsv, &exportReport}) {
        if (parser.isSet(*option) && parser.value(*option).isEmpty())
            return usageError(QStringLiteral("--%1 needs a file name").arg(option->names().constFirst()));
    }
    // An export must not overwrite the dataset it was made from, nor another export.
    QList<std::pair<QString, QString>> files; // option, file
    for (const QCommandLineOption *option : {&dataset, &exportChart, &exportCsv, &exportReport}) {
        if (!parser.isSet(*option))
            continue;
        const QString name = option->names().constFirst();
        const QString file = identity(parser.value(*option));
        for (const auto &[otherName, otherFile] : files) {
            if (otherFile == file)
                return usageError(QStringLiteral("--%1 and --%2 name the same file, %3; give each its own")
                                      .arg(otherName, name, parser.value(*option)));
        }
        files.append({name, file});
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2,5})x(\d{2,5})$)"));
        const auto match = pattern.match(parser.value(size));
        const QSize chosen = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (chosen.width() < 100 || chosen.height() < 100 || chosen.width() > 10000 || chosen.height() > 10000)
            return usageError(QStringLiteral("--size takes WIDTHxHEIGHT from 100x100 to 10000x10000, not \"%1\"")
                                  .arg(parser.value(size)));
        if (!parser.isSet(exportChart))
            return usageError(QStringLiteral("--size goes with --export-chart"));
        result.chartSize = chosen;
    }
    if (parser.isSet(exportChart) && !chartFormatForPath(result.chartPath))
        return usageError(QStringLiteral("--export-chart takes a file ending in .png, .svg or .pdf, not \"%1\"")
                              .arg(result.chartPath));
    if (parser.isSet(exportReport) && !result.reportPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return usageError(
            QStringLiteral("--export-report takes a file ending in .pdf, not \"%1\"").arg(result.reportPath));
    if (exporting && (parser.isSet(validate) || parser.isSet(tab)))
        return usageError(QStringLiteral("exports cannot be combined with --validate or --tab"));
    if (exporting)
        result.action = CommandLine::Action::Export;
    if (parser.isSet(validate)) {
        result.action = CommandLine::Action::Validate;
        result.validatePath = parser.value(validate);
    }
    return result;
}

} // namespace azkz
