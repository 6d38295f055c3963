// azkz-relations: start-up only. Everything else lives in the core and ui libraries.
#include "app/commandline.h"
#include "app/startup.h"
#include "app/termination.h"
#include "core/io/atomicfile.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace {

// Qt warns on every run that XDG_RUNTIME_DIR is not set (as under cron, ssh or su), though
// nothing here needs that folder. Only that one line is dropped; every other message stays.
QtMessageHandler standardMessageHandler = nullptr;

void quietExportMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (standardMessageHandler)
        standardMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

// What the command line's messages are said in: the language asked for, else the system's
// (never the window's remembered one, so that a script's output does not depend on it).
azkz::Language messageLanguage(std::optional<azkz::Language> requested)
{
    return requested.value_or(azkz::languageForLocale(QLocale::system()));
}

// A window needs a display: without one Qt aborts (exit 134) with a long plugin list.
bool hasNoDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    azkz::guardStandardStreams(); // before any file is opened
    azkz::restoreHomeFolder();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const azkz::CommandLine commandLine = azkz::parseCommandLine(args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.action) {
    case azkz::CommandLine::Action::UsageError:
    case azkz::CommandLine::Action::Help: {
        // Said in the language asked for, else the system's: parsed again once it is installed.
        QCoreApplication app(argc, argv);
        azkz::LanguageManager languages;
        languages.setLanguage(messageLanguage(azkz::requestedLanguage(args)));
        const azkz::CommandLine said = azkz::parseCommandLine(args);
        if (said.action == azkz::CommandLine::Action::Help) {
            out << said.message;
            return 0;
        }
        err << "azkz-relations: " << said.message << '\n'
            << QCoreApplication::translate("azkz::CommandLine", "Try 'azkz-relations --help'.") << '\n';
        return 2;
    }
    case azkz::CommandLine::Action::Version:
        out << "azkz-relations " << AZKZ_VERSION << '\n';
        return 0;
    case azkz::CommandLine::Action::Validate: {
        QCoreApplication app(argc, argv);
        // The problems in the language asked for, else the system's (never the window's last one).
        azkz::LanguageManager languages;
        languages.setLanguage(messageLanguage(commandLine.language));
        return azkz::validateDataset(commandLine.validatePath, out);
    }
    case azkz::CommandLine::Action::Export: {
        // Exports need no display: draw offscreen whatever the session has.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        standardMessageHandler = qInstallMessageHandler(quietExportMessages);
        QApplication app(argc, argv);
        azkz::setApplicationIdentity();
        azkz::LanguageManager languages;
        return azkz::runExports(commandLine, languages, out, err);
    }
    case azkz::CommandLine::Action::ShowWindow:
        if (hasNoDisplay()) {
            QCoreApplication app(argc, argv);
            azkz::LanguageManager languages;
            languages.setLanguage(messageLanguage(commandLine.language));
            err << "azkz-relations: "
                << QCoreApplication::translate("azkz::CommandLine",
                       "there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                       "--export-chart, --export-csv, --export-report and --validate work without one.")
                << '\n';
            return 1;
        }
        break;
    }

    azkz::catchTermination();
    azkz::EarlyDataset dataset(commandLine); // read while Qt connects to the display
    standardMessageHandler = qInstallMessageHandler(quietExportMessages);
    QApplication app(argc, argv);
    azkz::setApplicationIdentity();
    QSettings settings;
    azkz::LanguageManager languages;
    const auto window = azkz::createMainWindow(commandLine, languages, settings, err, &dataset);
    err.flush();
    azkz::closeOnTermination(window.get());
    window->show();
    return app.exec();
}
