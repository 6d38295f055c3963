// The pages of the window's tabs, in one place: the window asks for a tab's page here and
// holds it through the Page interface. A fifth tab is a folder of its own, its tab in
// core/settings/tabs.h, and a line in createPage.
#pragma once

#include "core/data/language.h"
#include "core/settings/tabs.h"

class QWidget;

namespace azkz {

struct Dataset;
class Page;
class Settings;
class TradeCommands;

struct PageContext {
    const Dataset &dataset;
    Language language;
    TradeCommands &tradeCommands; // the Trade tab's commands, in the File menu too
    Settings &settings;
};

// The tab's page. The page refers to the context's dataset and settings, which must outlive it.
Page *createPage(Tab tab, const PageContext &context, QWidget *parent);

} // namespace azkz
