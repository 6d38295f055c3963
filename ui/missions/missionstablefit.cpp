#include "ui/missions/missionspage.h"

#include "core/missions/missionsmodel.h"
#include "ui/missions/missionproxies.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace azkz {

// The missions table's height and columns, fitted to the missions and the width.

namespace {
constexpr int MaxTableRows = 8; // more missions than this scroll inside the table
constexpr int MinTableRows = 3; // rows kept visible when the window is short
} // namespace

void MissionsPage::fitTableHeight()
{
    const int rows = std::max(1, m_model->rowCount());
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int chrome = 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height();
    m_table->setMaximumHeight(chrome + rowHeight * std::min(rows, MaxTableRows));
    m_table->setMinimumHeight(chrome + rowHeight * std::min(rows, MinTableRows));
    m_table->updateGeometry();
}

int MissionsPage::naturalColumnWidth(int column) const
{
    // From every mission, not only those the filter shows: the widths stay while typing.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    int width = m_table->horizontalHeader()->sectionSizeHint(column);
    for (int row = 0; row < m_model->rowCount(); ++row)
        width = std::max(width, metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + margin);
    return width;
}

void MissionsPage::fitColumns()
{
    // Every column at its natural width, the spare width shared in proportion. When the row
    // would not fit, the address and then the head of mission are left to the details card;
    // what still does not fit is narrowed in proportion (elided, the whole text as tooltip).
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    QList<int> natural(MissionsModel::ColumnCount);
    QList<bool> shown(MissionsModel::ColumnCount, true);
    for (int column = 0; column < MissionsModel::ColumnCount; ++column) {
        m_table->setColumnHidden(column, false); // a hidden section has no size hint
        natural[column] = naturalColumnWidth(column);
    }
    auto total = [&] {
        int sum = 0;
        for (int column = 0; column < MissionsModel::ColumnCount; ++column)
            sum += shown.at(column) ? natural.at(column) : 0;
        return sum;
    };
    for (int column : {MissionsModel::Address, MissionsModel::Head}) {
        if (total() > available)
            shown[column] = false;
    }
    const qint64 sum = total();
    int used = 0;
    int last = -1;
    for (int column = 0; column < MissionsModel::ColumnCount; ++column) {
        m_table->setColumnHidden(column, !shown.at(column));
        if (!shown.at(column))
            continue;
        const int width = int(natural.at(column) * available / sum);
        header->resizeSection(column, width);
        used += width;
        last = column;
    }
    if (last >= 0)
        header->resizeSection(last, header->sectionSize(last) + available - used);
}

} // namespace azkz
