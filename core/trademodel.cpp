#include "trademodel.h"

#include "formatting.h"
#include "roles.h"

namespace azkz {

TradeModel::TradeModel(const Dataset &dataset, Language language, QObject *parent)
    : LocalizedTableModel(dataset, language, parent)
{ }

double TradeModel::value(int row, int column) const
{
    const TradeYear &y = dataset().trade.years.at(row);
    switch (column) {
    case Year:
        return y.year;
    case Exports:
        return y.exports;
    case Imports:
        return y.imports;
    case Turnover:
        return y.turnover;
    case Balance:
        return y.exports - y.imports;
    }
    return 0;
}

QVariant TradeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const double v = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == Year ? QString::number(int(v)) : formatAmount(v, language());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
    case ValueRole:
        return v;
    case ReferencesRole:
        return QVariant::fromValue(dataset().trade.years.at(index.row()).refs);
    default:
        return {};
    }
}

QVariant TradeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year:
        return tr("Year");
    case Exports:
        return tr("Exports");
    case Imports:
        return tr("Imports");
    case Turnover:
        return tr("Turnover");
    case Balance:
        return tr("Balance");
    }
    return {};
}

} // namespace azkz
