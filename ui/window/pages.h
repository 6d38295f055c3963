// The pages of the window's tabs, in one place: the window asks for a tab's page here and
// holds it through the Page interface. A fifth tab is a folder of its own, its tab in
// core/settings/tabs.h, and a line in createPage.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "core/settings/tabs.h"

class QWidget;

namespace azkz {

class Page;
class Settings;
class TradeCommands;

struct PageContext {
    SharedDataset dataset;
    Language language;
    TradeCommands &tradeCommands; // the Trade tab's commands, in the File menu too
    Settings &settings;
};

// The tab's page. It shares the dataset; the settings and the commands must outlive it.
Page *createPage(Tab tab, const PageContext &context, QWidget *parent);

} // namespace azkz
