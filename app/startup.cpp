#include "startup.h"

#include "datasetloader.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QSettings>

namespace azkz {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("azkz-relations"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("azkz-relations.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("azkz-relations"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AZKZ_VERSION));
}

int validateDataset(const QString &path, QTextStream &out)
{
    const LoadResult result = loadDataset(path);
    if (!result.isValid()) {
        for (const QString &line : result.problemLines())
            out << line << '\n';
        out << path << ": invalid, " << result.problems.size() << " problem(s)\n";
        return 1;
    }
    const Dataset &d = *result.dataset;
    out << path << ": valid (schema version " << d.schemaVersion << "; " << d.missions.size() << " missions, "
        << d.events.size() << " events, " << d.sections.size() << " sections, " << d.trade.years.size()
        << " trade years)\n";
    return 0;
}

std::unique_ptr<MainWindow> createMainWindow(
    const CommandLine &commandLine, LanguageManager &languages, QSettings &settings, QTextStream &err)
{
    const Language language = LanguageManager::initialLanguage(commandLine.language, settings);
    if (!languages.setLanguage(language))
        err << "Cannot load the interface translation for " << languageCode(language) << '\n';
    LoadResult data = loadDataset(commandLine.datasetPath.isEmpty() ? embeddedDatasetPath() : commandLine.datasetPath);
    for (const QString &line : data.problemLines())
        err << line << '\n';
    auto window = std::make_unique<MainWindow>(std::move(data), languages, settings);
    if (commandLine.tab)
        window->showTab(*commandLine.tab);
    return window;
}

} // namespace azkz
