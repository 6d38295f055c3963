// What the user asked for on the command line.
#pragma once

#include "core/data/language.h"
#include "core/settings/tabs.h"
#include "core/trade/tradeseries.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace azkz {

struct CommandLine {
    enum class Action { ShowWindow, Validate, Export, Help, Version, UsageError };

    Action action = Action::ShowWindow;
    std::optional<Language> language;
    std::optional<Tab> tab;
    QString datasetPath; // empty: the embedded dataset
    QString validatePath;
    // Export: any of these, written without a window.
    QString chartPath;
    std::optional<QSize> chartSize; // of the written PNG or SVG, in pixels
    std::optional<qreal> chartScale; // PNG: pixels per unit of layout
    QString csvPath;
    // --trade-view, --years, --unit: set when any is given; the chart and CSV exports then show
    // the long trade series. tradeViewName is "mirror", "turnover", "balance" or a country id,
    // resolved against the dataset (tradeViewFor).
    std::optional<TradeViewSettings> tradeView;
    QString tradeViewName;
    QString reportPath;
    QString timelinePath; // .pdf, .svg or .png
    QString message; // the help text, or what is wrong with the arguments
};

// The view --trade-view names in this dataset; nullopt when it names neither of its countries.
std::optional<TradeViewSettings> tradeViewFor(const CommandLine &commandLine, const Dataset &dataset);

// args includes the program name first, as in argv.
CommandLine parseCommandLine(const QStringList &args);
// The language --lang asks for, read before the arguments are parsed, so that the help and
// the usage errors can be said in it.
std::optional<Language> requestedLanguage(const QStringList &args);

} // namespace azkz
