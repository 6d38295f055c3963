#include "ui/trade/tradecommands.h"

#include <QAction>
#include <QIcon>

namespace azkz {

TradeCommands::TradeCommands(QObject *parent)
    : QObject(parent), exportChart(new QAction(this)), exportCsv(new QAction(this)), copyChart(new QAction(this))
{
    exportChart->setObjectName(QStringLiteral("exportChart"));
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    copyChart->setObjectName(QStringLiteral("copyChart"));
    exportChart->setShortcut(ExportShortcut);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)); // the events' CSV on the Timeline tab
    followTab(Tab::Trade);
    retranslate();
}

void TradeCommands::followTab(std::optional<Tab> tab)
{
    exportChart->setShortcut(tab == Tab::Timeline ? QKeySequence() : ExportShortcut);
    copyChart->setShortcut(tab == Tab::Trade ? CopyShortcut : QKeySequence());
}

void TradeCommands::retranslate()
{
    exportChart->setText(tr("Export &chart…"));
    exportChart->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    exportCsv->setText(tr("Export &data as CSV…"));
    exportCsv->setToolTip(tr("Save the table as a CSV file"));
    copyChart->setText(tr("Cop&y chart image"));
    copyChart->setToolTip(tr("Copy the chart as an image, to paste into a document"));
}

void TradeCommands::setIcons() const
{
    exportChart->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    exportCsv->setIcon(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")));
    copyChart->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
}

} // namespace azkz
