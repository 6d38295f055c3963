#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace azkz {

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
    parser.addOptions({help, version, lang, tab, dataset, validate});

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
        result.message = parser.helpText();
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
    if (parser.isSet(validate)) {
        result.action = CommandLine::Action::Validate;
        result.validatePath = parser.value(validate);
    }
    return result;
}

} // namespace azkz
