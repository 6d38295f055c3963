// The Trade tab's commands that the File menu carries too: export the chart, export the
// data as CSV, copy the chart image. One set per window, there before the Trade page is
// built (it is built when first shown) and kept across reloads; the window connects them to
// the page, and the page shows them in its toolbar.
#pragma once

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
    QList<QAction *> actions() const { return {exportChart, exportCsv, copyChart}; }
    void retranslate();
    // Icon themes are searched only when an icon is about to be seen (a menu opens), not at
    // start-up. Again is cheap: QIcon keeps the theme's icons by name.
    void setIcons();

    QAction *const exportChart;
    QAction *const exportCsv;
    QAction *const copyChart;
};

} // namespace azkz
