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
class TradeCommands;

// The tab's page over the dataset, in the language. The page refers to dataset, which must
// outlive it.
Page *createPage(Tab tab, const Dataset &dataset, Language language, TradeCommands &tradeCommands, QWidget *parent);

} // namespace azkz
