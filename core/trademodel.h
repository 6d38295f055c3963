// Trade by year, as the reporting country gives it: exports, imports, turnover and balance.
// The chart and the table both read this model, so they always show the same numbers.
#pragma once

#include "localizedtablemodel.h"

namespace azkz {

class TradeModel final : public LocalizedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeModel)
public:
    enum Column { Year, Exports, Imports, Turnover, Balance, ColumnCount };

    TradeModel(const Dataset &dataset, Language language, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The raw figure behind a cell (the year for Column::Year).
    double value(int row, int column) const;

protected:
    int rows() const override { return int(dataset().trade.years.size()); }
    int columns() const override { return ColumnCount; }
};

} // namespace azkz
