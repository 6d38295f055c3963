#include "core/settings/tabs.h"

namespace azkz {

QString tabName(Tab tab)
{
    switch (tab) {
    case Tab::Overview:
        return QStringLiteral("overview");
    case Tab::Missions:
        return QStringLiteral("missions");
    case Tab::Timeline:
        return QStringLiteral("timeline");
    case Tab::Trade:
        return QStringLiteral("trade");
    }
    return {};
}

std::optional<Tab> tabFromName(const QString &name)
{
    for (Tab tab : AllTabs) {
        if (tabName(tab) == name)
            return tab;
    }
    return std::nullopt;
}

} // namespace azkz
