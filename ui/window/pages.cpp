#include "ui/window/pages.h"

#include "ui/missions/missionspage.h"
#include "ui/overview/overviewpage.h"
#include "ui/timeline/timelinepage.h"
#include "ui/trade/tradecommands.h"
#include "ui/trade/tradepage.h"

namespace azkz {

Page *createPage(Tab tab, const PageContext &context, QWidget *parent)
{
    switch (tab) {
    case Tab::Overview:
        return new OverviewPage(context.dataset, context.language, context.settings, parent);
    case Tab::Missions:
        return new MissionsPage(context.dataset, context.language, context.settings, parent);
    case Tab::Timeline:
        return new TimelinePage(context.dataset, context.language, context.settings, parent);
    case Tab::Trade:
        return new TradePage(context.dataset, context.language, context.tradeCommands, context.settings, parent);
    }
    return nullptr;
}

} // namespace azkz
