// The Trade tab's commands that the File menu carries too: export the chart, export the
// data as CSV, copy the chart image. One set per window, there before the Trade page is
// built (it is built when first shown) and kept across reloads; the window connects them to
// the page, and the page shows them in its toolbar.
#pragma once

#include "core/settings/tabs.h"

#include <QKeySequence>
#include <QObject>

class QAction;

namespace azkz {

class TradeCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeCommands)
public:
    explicit TradeCommands(QObject *parent = nullptr);
    // Export the chart; on the Timeline tab the window gives it to the timeline's export.
    static inline const QKeySequence ExportShortcut{Qt::CTRL | Qt::Key_E};
    static inline const QKeySequence CopyShortcut{Qt::CTRL | Qt::SHIFT | Qt::Key_C};
    QList<QAction *> actions() const { return {exportChart, exportCsv, copyChart}; }
    void retranslate();
    // The keys do what the tab shown does: on the Timeline tab Ctrl+E is the timeline's export
    // (the window's); Ctrl+Shift+C copies the chart on the Trade tab only, and with citation on
    // the others (ui/common/citationcopyaction.h).
    void followTab(std::optional<Tab> tab);
    // Icon themes are searched only when an icon is about to be seen (a menu opens), not at
    // start-up. Again is cheap: QIcon keeps the theme's icons by name.
    void setIcons() const;

    QAction *const exportChart;
    QAction *const exportCsv;
    QAction *const copyChart;
};

} // namespace azkz
