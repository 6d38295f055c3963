// Trade by year, as the reporting country gives it: exports, imports, turnover, balance
// (exports − imports) and the change of turnover on the previous year, in per cent.
// The chart and the table both read this model, so they always show the same numbers.
#pragma once

#include "core/models/localizedtablemodel.h"
#include "core/text/citationcopy.h"

#include <optional>

namespace azkz {

class TradeModel final : public LocalizedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradeModel)
public:
    enum Column { Year, Exports, Imports, Turnover, Balance, Change, ColumnCount };

    TradeModel(SharedDataset dataset, Language language, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The raw figure behind a cell (the year for Column::Year); nullopt for the first year's change.
    std::optional<double> value(int row, int column) const;
    // Exports or imports (or the turnover itself) as a percentage of the year's turnover;
    // nullopt when the turnover is not above zero.
    std::optional<double> shareOfTurnover(int row, int column) const;
    // A cell as it is written in the current language: "25.919,70", "+4,4 %", "—".
    QString text(int row, int column) const;
    // Under the table, in the model's language: the note on the figures, their unit ("thousand
    // US dollars") and where they come from.
    QString note() const { return dataset().trade.note.in(language()); }
    QString unitLabel() const { return dataset().trade.unitLabel.in(language()); }
    QString sourceLine() const;

protected:
    int rows() const override { return int(dataset().trade.years.size()); }
    // A figure as a reader quotes it with its references; the year column: the year's figures.
    CitedStatement cited(int row, int column) const;
    int columns() const override { return ColumnCount; }
};

} // namespace azkz
