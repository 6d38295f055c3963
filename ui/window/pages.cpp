#include "ui/window/pages.h"

#include "ui/missions/missionspage.h"
#include "ui/overview/overviewpage.h"
#include "ui/timeline/timelinepage.h"
#include "ui/trade/tradecommands.h"
#include "ui/trade/tradepage.h"

namespace azkz {

Page *createPage(Tab tab, const Dataset &dataset, Language language, TradeCommands &tradeCommands, QWidget *parent)
{
    switch (tab) {
    case Tab::Overview:
        return new OverviewPage(dataset, language, parent);
    case Tab::Missions:
        return new MissionsPage(dataset, language, parent);
    case Tab::Timeline:
        return new TimelinePage(dataset, language, parent);
    case Tab::Trade:
        tradeCommands.setIcons(); // the page's menu shows them
        return new TradePage(dataset, language, tradeCommands, parent);
    }
    return nullptr;
}

} // namespace azkz
