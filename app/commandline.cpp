#include "app/commandline.h"

#include "core/io/exportformat.h"

#include "core/io/atomicfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace azkz {

// The context of the command line's own texts: option descriptions and usage errors.
struct CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(azkz::CommandLine)
};

namespace {

// The file a path names, so that two spellings of one file compare equal: symbolic links
// followed (also to a file not written yet), the folder resolved.
QString identity(const QString &path, int links = 0)
{
    if (isStandardOutput(path))
        return QStringLiteral("/dev/stdout");
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    if (info.isSymLink() && links < 40) // a link to a file that does not exist yet
        return identity(info.symLinkTarget(), links + 1);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

CommandLine parseCommandLine(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr(
        "Browse the relations between two countries offline, in Azerbaijani or English: the built-in dataset, or "
        "any dataset file of the same schema."));
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help")}, CommandLineText::tr("Show this help and exit."));
    const QCommandLineOption version(
        QStringList{QStringLiteral("v"), QStringLiteral("version")}, CommandLineText::tr("Show the version and exit."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        CommandLineText::tr("Interface and content language: az or en."), QStringLiteral("az|en"));
    const QCommandLineOption tab(QStringLiteral("tab"),
        CommandLineText::tr("Open this tab: overview, missions, timeline or trade."), QStringLiteral("TAB"));
    const QCommandLineOption dataset(QStringLiteral("dataset"),
        CommandLineText::tr("Open this dataset file instead of the built-in one."), QStringLiteral("FILE"));
    const QCommandLineOption validate(QStringLiteral("validate"),
        CommandLineText::tr("Check a dataset file, print its problems, exit 0 if valid, 1 if not."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportChart(QStringLiteral("export-chart"),
        CommandLineText::tr("Write the trade chart to FILE (.png, .svg or .pdf) and exit."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
        CommandLineText::tr("Size of the exported chart in pixels: a PNG image is WxH pixels (the chart laid out "
                            "at WxH divided by --scale; default 2400x1400), an SVG drawing is WxH px (default "
                            "1200x700). A PDF chart is always an A4 page."),
        QStringLiteral("WxH"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        CommandLineText::tr("Pixels per unit of an exported PNG chart, from 1 to 4 (default 2): higher gives "
                            "finer text and lines at the same --size."),
        QStringLiteral("N"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"),
        CommandLineText::tr("Write the trade table to FILE as CSV and exit."), QStringLiteral("FILE"));
    const QCommandLineOption exportReport(QStringLiteral("export-report"),
        CommandLineText::tr("Write the briefing PDF of the whole dataset to FILE and exit."),
        QStringLiteral("FILE.pdf"));
    const QCommandLineOption exportTimeline(QStringLiteral("export-timeline"),
        CommandLineText::tr(
            "Write the timeline (its time axis and every event) to FILE (.pdf, .svg or .png) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption tradeView(QStringLiteral("trade-view"),
        CommandLineText::tr("With --export-chart and --export-csv: the long trade series as one country reports "
                            "them (its id, such as az or kz), or mirror, turnover or balance."),
        QStringLiteral("VIEW"));
    const QCommandLineOption years(QStringLiteral("years"),
        CommandLineText::tr("With --export-chart and --export-csv: the years of the trade series, such as "
                            "2000-2020."),
        QStringLiteral("FROM-TO"));
    const QCommandLineOption unit(QStringLiteral("unit"),
        CommandLineText::tr("With --export-chart and --export-csv: amounts in thousand or million US dollars."),
        QStringLiteral("thousand|million"));
    const QCommandLineOption events(QStringLiteral("events"),
        CommandLineText::tr("With --export-chart and a long trade series: mark the timeline's events on the chart "
                            "(they are not marked unless asked)."));
    parser.addOptions({help, version, lang, tab, dataset, validate, exportChart, size, scale, exportCsv, exportReport,
        exportTimeline, tradeView, years, unit, events});

    CommandLine result;
    auto usageError = [&result](const QString &message) {
        result.action = CommandLine::Action::UsageError;
        result.message = message;
        return result;
    };
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(CommandLineText::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (parser.isSet(help)) {
        result.action = CommandLine::Action::Help;
        // The usage line names the program as it is installed, not as this run was invoked.
        const QString invoked = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                             : QStringLiteral("<executable_name>");
        result.message = parser.helpText();
        // Qt writes "Usage: <invoked> [options]": only that name is replaced, found after the colon
        // (an empty or one-letter name replaced everywhere garbled the line).
        const qsizetype firstLineEnd = result.message.indexOf(QLatin1Char('\n'));
        const qsizetype at = result.message.left(firstLineEnd).indexOf(QStringLiteral(": ") + invoked);
        if (at >= 0)
            result.message.replace(at, 2 + invoked.size(), QStringLiteral(": azkz-relations"));
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::Version;
        return result;
    }
    if (parser.isSet(lang)) {
        result.language = languageFromCode(parser.value(lang));
        if (!result.language)
            return usageError(CommandLineText::tr("--lang takes az or en, not \"%1\"").arg(parser.value(lang)));
    }
    if (parser.isSet(tab)) {
        result.tab = tabFromName(parser.value(tab));
        if (!result.tab)
            return usageError(CommandLineText::tr("--tab takes overview, missions, timeline or trade, not \"%1\"")
                                  .arg(parser.value(tab)));
    }
    result.datasetPath = parser.value(dataset);
    result.chartPath = parser.value(exportChart);
    result.csvPath = parser.value(exportCsv);
    result.reportPath = parser.value(exportReport);
    result.timelinePath = parser.value(exportTimeline);
    const bool exporting = parser.isSet(exportChart) || parser.isSet(exportCsv) || parser.isSet(exportReport)
        || parser.isSet(exportTimeline);
    for (const QCommandLineOption *option : {&lang, &tab, &dataset, &validate, &exportChart, &exportCsv, &exportReport,
             &exportTimeline, &size, &scale, &tradeView, &years, &unit}) {
        if (parser.values(*option).size() > 1) // the parser would keep the last one silently
            return usageError(CommandLineText::tr("--%1 is given more than once").arg(option->names().constFirst()));
    }
    for (const QCommandLineOption *option :
        {&dataset, &validate, &exportChart, &exportCsv, &exportReport, &exportTimeline}) {
        if (parser.isSet(*option) && parser.value(*option).isEmpty())
            return usageError(CommandLineText::tr("--%1 needs a file name").arg(option->names().constFirst()));
        // Bytes that are not UTF-8 reach the program as U+FFFD: the file would be missed, or an
        // export written under another name.
        if (parser.value(*option).contains(QChar::ReplacementCharacter))
            return usageError(CommandLineText::tr("--%1: the file name \"%2\" is not valid UTF-8; rename the file "
                                                  "or choose a name that is")
                                  .arg(option->names().constFirst(), parser.value(*option)));
    }
    // An export must not overwrite the dataset it was made from, nor another export.
    QList<std::pair<QString, QString>> files; // option, file
    for (const QCommandLineOption *option : {&dataset, &exportChart, &exportCsv, &exportReport, &exportTimeline}) {
        if (!parser.isSet(*option))
            continue;
        const QString name = option->names().constFirst();
        const QString file = identity(parser.value(*option));
        for (const auto &[otherName, otherFile] : files) {
            if (otherFile == file)
                return usageError(CommandLineText::tr("--%1 and --%2 name the same file, %3; give each its own")
                                      .arg(otherName, name, parser.value(*option)));
        }
        files.append({name, file});
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2,5})x(\d{2,5})$)"));
        const auto match = pattern.match(parser.value(size));
        const QSize chosen = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        // 4000x4000 at the pixel ratio of 2 is a 256 MB image already.
        if (chosen.width() < 100 || chosen.height() < 100 || chosen.width() > 4000 || chosen.height() > 4000)
            return usageError(CommandLineText::tr("--size takes WIDTHxHEIGHT from 100x100 to 4000x4000, not \"%1\"")
                                  .arg(parser.value(size)));
        if (!parser.isSet(exportChart))
            return usageError(CommandLineText::tr("--size goes with --export-chart"));
        result.chartSize = chosen;
    }
    if (parser.isSet(scale)) {
        static const QRegularExpression pattern(QStringLiteral(R"(^\d(\.\d{1,3})?$)"));
        const double chosen = pattern.match(parser.value(scale)).hasMatch() ? parser.value(scale).toDouble() : 0;
        if (chosen < 1 || chosen > 4)
            return usageError(CommandLineText::tr("--scale takes a number from 1 to 4, such as 2 or 1.5, not \"%1\"")
                                  .arg(parser.value(scale)));
        if (!parser.isSet(exportChart))
            return usageError(CommandLineText::tr("--scale goes with --export-chart"));
        result.chartScale = chosen;
    }
    const struct {
        const QCommandLineOption &option;
        const QString &path;
        const ExportFormats &formats;
    } exports[] = {{exportChart, result.chartPath, ChartFormats}, {exportReport, result.reportPath, ReportFormats},
        {exportTimeline, result.timelinePath, TimelineFormats}};
    // The CSV has no suffix to check: a script may send it to "-" (the standard output), a pipe or a device.
    for (const auto &output : exports) {
        if (parser.isSet(output.option) && !formatForPath(output.path, output.formats))
            return usageError(CommandLineText::tr("--%1 takes a file ending in %2, not \"%3\"")
                                  .arg(output.option.names().constFirst(), suffixList(output.formats), output.path));
    }
    if (parser.isSet(tradeView) || parser.isSet(years) || parser.isSet(unit) || parser.isSet(events)) {
        TradeViewSettings view;
        view.events = parser.isSet(events);
        static const QRegularExpression viewName(QStringLiteral("^([a-z]{2}|mirror|turnover|balance)$"));
        if (parser.isSet(tradeView)) {
            if (!viewName.match(parser.value(tradeView)).hasMatch())
                return usageError(CommandLineText::tr("--trade-view takes a country id such as az or kz, or mirror, "
                                                      "turnover or balance, not \"%1\"")
                                      .arg(parser.value(tradeView)));
            result.tradeViewName = parser.value(tradeView);
        }
        if (parser.isSet(years)) {
            static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,4})-(\d{1,4})$)"));
            const auto match = pattern.match(parser.value(years));
            view.from = match.hasMatch() ? match.captured(1).toInt() : 0;
            view.to = match.hasMatch() ? match.captured(2).toInt() : 0;
            if (!match.hasMatch() || view.from < 1 || view.from > view.to)
                return usageError(
                    CommandLineText::tr("--years takes FROM-TO with FROM not after TO, such as 2000-2020, "
                                        "not \"%1\"")
                        .arg(parser.value(years)));
        }
        if (parser.isSet(unit)) {
            if (parser.value(unit) != QLatin1String("thousand") && parser.value(unit) != QLatin1String("million"))
                return usageError(
                    CommandLineText::tr("--unit takes thousand or million, not \"%1\"").arg(parser.value(unit)));
            view.unit = parser.value(unit) == QLatin1String("thousand") ? TradeUnit::Thousand : TradeUnit::Million;
        }
        if (!parser.isSet(exportChart) && !parser.isSet(exportCsv))
            return usageError(CommandLineText::tr("--trade-view, --years, --unit and --events go with --export-chart "
                                                  "or --export-csv"));
        result.tradeView = view;
    }
    if (exporting && (parser.isSet(validate) || parser.isSet(tab)))
        return usageError(CommandLineText::tr("exports cannot be combined with --validate or --tab"));
    if (exporting)
        result.action = CommandLine::Action::Export;
    if (parser.isSet(validate)) {
        result.action = CommandLine::Action::Validate;
        result.validatePath = parser.value(validate);
    }
    return result;
}

std::optional<TradeViewSettings> tradeViewFor(const CommandLine &commandLine, const Dataset &dataset)
{
    if (!commandLine.tradeView)
        return std::nullopt;
    TradeViewSettings view = *commandLine.tradeView;
    const QString &name = commandLine.tradeViewName;
    if (name.isEmpty() || name == dataset.trade.reporter)
        view.view = TradeViewKind::Reporter;
    else if (name == dataset.trade.partner)
        view.view = TradeViewKind::Partner;
    else if (name == QLatin1String("mirror"))
        view.view = TradeViewKind::Mirror;
    else if (name == QLatin1String("turnover"))
        view.view = TradeViewKind::Turnover;
    else if (name == QLatin1String("balance"))
        view.view = TradeViewKind::Balance;
    else
        return std::nullopt;
    return view;
}

std::optional<Language> requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return languageFromCode(args.at(i + 1));
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return languageFromCode(args.at(i).mid(7));
    }
    return std::nullopt;
}

} // namespace azkz
