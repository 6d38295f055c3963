#include "ui/trade/articletradetable.h"

#include "core/trade/trademodel.h"
#include "ui/common/citationcopyaction.h"
#include "ui/common/plaintext.h"

#include <QEvent>
#include <QHeaderView>

namespace azkz {

ArticleTradeTable::ArticleTradeTable(TradeModel *model, QWidget *parent) : QuietTableView(parent), m_model(model)
{
    setObjectName(QStringLiteral("tradeTable"));
    setModel(model);
    new CitationCopyAction(this, CitationCopyAction::Keys::MenuOnly); // Ctrl+Shift+C copies the chart here
    setItemDelegate(new PlainToolTipDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    // The table is as tall as its rows; the details scroll when the window is short.
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ArticleTradeTable::fitColumns);
    connect(model, &QAbstractItemModel::dataChanged, this, &ArticleTradeTable::fitColumns);
}

void ArticleTradeTable::selectYear(int year)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->value(row, TradeModel::Year) == year) {
            selectRow(row);
            scrollTo(m_model->index(row, 0));
            setFocus(Qt::OtherFocusReason); // where the keyboard reads the year's figures
            return;
        }
    }
    clearSelection();
}

int ArticleTradeTable::selectedRow() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

int ArticleTradeTable::selectedYear() const
{
    const int row = selectedRow();
    return row < 0 ? 0 : int(m_model->value(row, TradeModel::Year).value_or(0));
}

bool ArticleTradeTable::viewportEvent(QEvent *event)
{
    // On showing too: a page built while its tab is shown has the scroll bar hidden after the
    // viewport's resize is sent and before it is shown, with no resize of its own.
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        fitColumns();
    return QTableView::viewportEvent(event);
}

void ArticleTradeTable::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    const int columns = m_model->columnCount();
    QList<int> widths;
    int total = 0;
    for (int column = 0; column < columns; ++column) {
        widths.append(std::max(header->sectionSizeHint(column), sizeHintForColumn(column)));
        total += widths.last();
    }
    const int available = viewport()->width();
    for (int column = 0; column < columns; ++column) {
        const int width = total <= available ? widths.at(column) + (available - total) / columns
                                             : widths.at(column) * available / std::max(total, 1);
        header->resizeSection(column, width);
    }
}

} // namespace azkz
