// The window's four tabs, and their names on the command line and in the settings.
#pragma once

#include <QString>

#include <optional>

namespace azkz {

enum class Tab { Overview, Missions, Timeline, Trade };
inline constexpr Tab AllTabs[] = {Tab::Overview, Tab::Missions, Tab::Timeline, Tab::Trade};
// "overview", "missions", "timeline", "trade".
QString tabName(Tab tab);
std::optional<Tab> tabFromName(const QString &name);

} // namespace azkz
