// azkz-relations: start-up only. Everything else lives in the core and ui libraries.
#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const azkz::CommandLine commandLine = azkz::parseCommandLine(args);

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.action) {
    case azkz::CommandLine::Action::UsageError:
        err << "azkz-relations: " << commandLine.message << "\nTry 'azkz-relations --help'.\n";
        return 2;
    case azkz::CommandLine::Action::Help:
        out << commandLine.message;
        return 0;
    case azkz::CommandLine::Action::Version:
        out << "azkz-relations " << AZKZ_VERSION << '\n';
        return 0;
    case azkz::CommandLine::Action::Validate: {
        QCoreApplication app(argc, argv);
        return azkz::validateDataset(commandLine.validatePath, out);
    }
    case azkz::CommandLine::Action::Export: {
        // Exports need no display: draw offscreen whatever the session has.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        azkz::setApplicationIdentity();
        QSettings settings;
        azkz::LanguageManager languages;
        return azkz::runExports(commandLine, languages, settings, out, err);
    }
    case azkz::CommandLine::Action::ShowWindow:
        break;
    }

    QApplication app(argc, argv);
    azkz::setApplicationIdentity();
    QSettings settings;
    azkz::LanguageManager languages;
    const auto window = azkz::createMainWindow(commandLine, languages, settings, err);
    err.flush();
    window->show();
    return app.exec();
}
