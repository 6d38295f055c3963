#include "app/startup.h"

#include "core/io/atomicfile.h"
#include "core/load/datasetloader.h"
#include "core/load/jsonreader.h"
#include "core/trade/tradecsv.h"
#include "core/trade/trademodel.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/reportwriter.h"
#include "ui/documents/timelineexport.h"
#include "ui/documents/tradeseriesexport.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace azkz {

namespace {
QString datasetPath(const CommandLine &commandLine)
{
    return commandLine.datasetPath.isEmpty() ? embeddedDatasetPath() : commandLine.datasetPath;
}
} // namespace

void restoreHomeFolder()
{
    if (!qEnvironmentVariableIsEmpty("HOME"))
        return;
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(size > 0 ? size : 16384, Qt::Uninitialized);
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found && found->pw_dir
        && found->pw_dir[0] == '/')
        qputenv("HOME", found->pw_dir);
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("azkz-relations"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("azkz-relations.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("azkz-relations"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AZKZ_VERSION));
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setDesktopFileName(
            QStringLiteral(AZKZ_APP_ID)); // Wayland matches windows to the desktop entry
        QGuiApplication::setApplicationDisplayName(QString()); // the title is the window's own
        gui->setWindowIcon(QIcon(QStringLiteral(":/icons/" AZKZ_APP_ID ".svg")));
    }
}

int validateDataset(const QString &path, QTextStream &out)
{
    const LoadResult result = loadDataset(path);
    const QString shown = printableMiddle(path, 300); // the file's name may hold terminal escapes too
    if (!result.isValid()) {
        for (const QString &line : result.problemLines())
            out << line << '\n';
        out << Validation::tr("%1: invalid; problems found: %2").arg(shown, QString::number(result.problemCount()))
            << '\n';
        return 1;
    }
    const Dataset &d = *result.dataset;
    out << Validation::tr("%1: valid (schema version %2; missions: %3, events: %4, sections: %5, trade years: %6)")
               .arg(shown, QString::number(d.schemaVersion), QString::number(d.missions.size()),
                   QString::number(d.events.size()), QString::number(d.sections.size()),
                   QString::number(d.trade.years.size()))
        << '\n';
    return 0;
}

int runExports(const CommandLine &commandLine, LanguageManager &languages, QTextStream &out, QTextStream &err)
{
    // --lang, else the system's language: a script's files do not depend on how the window
    // was last used.
    const Language language = commandLine.language.value_or(languageForLocale(QLocale::system()));
    if (!languages.setLanguage(language))
        err << "Cannot load the interface translation for " << languageCode(language)
            << '\n'; // no translation to say it in
    LoadResult data = loadDataset(datasetPath(commandLine));
    if (!data.isValid()) {
        for (const QString &line : data.problemLines())
            err << line << '\n';
        err << QCoreApplication::translate("azkz::CommandLine", "Nothing exported: the dataset is invalid.") << '\n';
        return 1;
    }
    const SharedDataset dataset = std::make_shared<const Dataset>(std::move(*data.dataset));
    const TradeModel model(dataset, language);
    const std::optional<TradeViewSettings> tradeView = tradeViewFor(commandLine, *dataset);
    if (commandLine.tradeView && !tradeView) {
        err << QCoreApplication::translate("azkz::CommandLine",
            "--trade-view: \"%1\" is neither of the dataset's countries (%2, %3) nor mirror, turnover or balance")
                   .arg(printable(commandLine.tradeViewName, 40), dataset->trade.reporter, dataset->trade.partner)
            << '\n';
        return 2;
    }
    if (tradeView && !viewHasFigures(*dataset, tradeView->view)) { // an empty chart, a CSV of a header
        err << QCoreApplication::translate(
            "azkz::CommandLine", "--trade-view: the dataset has no figures for the view \"%1\"")
                   .arg(printable(commandLine.tradeViewName, 40))
            << '\n';
        return 2;
    }
    if (tradeView && (tradeView->from != 0 || tradeView->to != 0)) {
        // Years with no figure: said, and nothing written (a CSV "from 0 to -1" was, with exit 0).
        const TradeTable table = buildTradeTable(*dataset, *tradeView);
        if (table.years.isEmpty()) {
            err << QCoreApplication::translate("azkz::CommandLine",
                "--years: no trade figures from %1 to %2 in this view; its figures run from %3 to %4")
                       .arg(QString::number(tradeView->from), QString::number(tradeView->to),
                           QString::number(table.firstYear), QString::number(table.lastYear))
                << '\n';
            return 2;
        }
    }
    int failures = 0;
    auto report = [&](const ExportResult &result, const QString &path) {
        // Paths and reasons as the terminal should show them: control characters escaped, and a
        // long path shortened in its middle, so that the file's name and the reason after it stay.
        const QString shownPath = printableMiddle(path, 300);
        if (result.ok()) {
            if (!isStandardOutput(path)) // the data itself went there
                out << QCoreApplication::translate("azkz::CommandLine", "Wrote %1").arg(shownPath) << '\n';
        } else {
            err << printableMessage(result.message, path) << '\n';
            ++failures;
        }
    };
    if (!commandLine.chartPath.isEmpty() && tradeView) {
        const ExportFormat format = *formatForPath(commandLine.chartPath, ChartFormats);
        const qreal ratio = commandLine.chartScale.value_or(
            format == ExportFormat::Png && commandLine.chartSize ? defaultPixelRatio(*commandLine.chartSize) : 2);
        const QSize size = commandLine.chartSize
            ? (format == ExportFormat::Png ? (QSizeF(*commandLine.chartSize) / ratio).toSize() : *commandLine.chartSize)
            : QSize(1200, 700);
        report(exportTradeSeries(dataset, *tradeView, language, commandLine.chartPath, format, size, ratio),
            commandLine.chartPath);
    } else if (!commandLine.chartPath.isEmpty()) {
        ChartOutput output;
        output.pixels = commandLine.chartSize;
        if (commandLine.chartScale)
            output.devicePixelRatio = *commandLine.chartScale;
        else if (commandLine.chartSize)
            output.devicePixelRatio = defaultPixelRatio(*commandLine.chartSize);
        report(exportChart(
                   dataset, model, commandLine.chartPath, *formatForPath(commandLine.chartPath, ChartFormats), output),
            commandLine.chartPath);
    }
    if (!commandLine.csvPath.isEmpty()) {
        const QByteArray csv = tradeView ? tradeSeriesCsv(dataset, *tradeView, language) : tradeCsv(model, *dataset);
        report(ExportResult::fromWrite(writeAtomically(
                   commandLine.csvPath, [&csv](QIODevice &device) { return device.write(csv) == csv.size(); })),
            commandLine.csvPath);
    }
    if (!commandLine.reportPath.isEmpty())
        report(exportReport(dataset, language, commandLine.reportPath), commandLine.reportPath);
    if (!commandLine.timelinePath.isEmpty())
        report(exportTimeline(dataset, language, allEvents(dataset), commandLine.timelinePath,
                   *formatForPath(commandLine.timelinePath, TimelineFormats)),
            commandLine.timelinePath);
    return failures == 0 ? 0 : 1;
}

namespace {
std::future<LoadResult> readOnAThread(const QString &path)
{
    // Qt takes the first thread that makes a QObject for its main thread: this one, not the
    // reader's QFile (which came first in about one start in five, and QApplication warned that it
    // was "not created in the main() thread").
    QThread::currentThread();
    return std::async(std::launch::async, loadDataset, path);
}
} // namespace

EarlyDataset::EarlyDataset(const CommandLine &commandLine) : m_result(readOnAThread(datasetPath(commandLine)))
{ }

LoadResult EarlyDataset::take()
{
    return m_result.get();
}

std::unique_ptr<MainWindow> createMainWindow(const CommandLine &commandLine, LanguageManager &languages,
    QSettings &settings, QTextStream &err, EarlyDataset *early)
{
    const Language language = LanguageManager::initialLanguage(commandLine.language, Settings(settings));
    if (!languages.setLanguage(language))
        err << "Cannot load the interface translation for " << languageCode(language)
            << '\n'; // no translation to say it in
    LoadResult data = early ? early->take() : loadDataset(datasetPath(commandLine));
    for (const QString &line : data.problemLines())
        err << line << '\n';
    return std::make_unique<MainWindow>(std::move(data), languages, settings, commandLine.tab);
}

} // namespace azkz
