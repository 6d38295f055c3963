#include "core/trade/trademodel.h"

#include "core/models/roles.h"
#include "core/text/citationcopy.h"
#include "core/text/formatting.h"
#include "core/trade/tradecsv.h"

namespace azkz {

TradeModel::TradeModel(SharedDataset dataset, Language language, QObject *parent)
    : LocalizedTableModel(dataset, language, parent)
{ }

std::optional<double> TradeModel::shareOfTurnover(int row, int column) const
{
    const double turnover = value(row, Turnover).value_or(0);
    if (!(turnover > 0))
        return std::nullopt;
    return value(row, column).value_or(0) / turnover * 100;
}

std::optional<double> TradeModel::value(int row, int column) const
{
    const QList<TradeYear> &years = dataset().trade.years;
    const TradeYear &y = years.at(row);
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
    case Change:
        if (row == 0 || years.at(row - 1).turnover == 0 || years.at(row - 1).year != y.year - 1)
            return std::nullopt;
        return (y.turnover / years.at(row - 1).turnover - 1) * 100;
    }
    return std::nullopt;
}

QString TradeModel::text(int row, int column) const
{
    const auto v = value(row, column);
    if (!v)
        return QStringLiteral("—");
    if (column == Year)
        return QString::number(int(*v));
    if (column == Change) {
        const QString number = localeFor(language()).toString(*v, 'f', 1);
        return (*v > 0 ? QStringLiteral("+") : QString()) + number + QStringLiteral(" %");
    }
    // As the article prints them: its flows to two decimals ("95 905,00"), its totals as they
    // come ("598 468,6").
    return column == Turnover ? formatTotal(*v, language()) : formatAmount(*v, language());
}

QVariant TradeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Change && !value(index.row(), Change))
            return tr("No figure for the previous year");
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
    case ValueRole:
        if (const auto v = value(index.row(), index.column()))
            return *v;
        return {};
    case ReferencesRole:
        return QVariant::fromValue(dataset().trade.years.at(index.row()).refs);
    case CitationRole:
        return citationFormats(cited(index.row(), index.column()), dataset(), language());
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
    case Change:
        return tr("Change on previous year");
    }
    return {};
}

CitedStatement TradeModel::cited(int row, int column) const
{
    // "2022 · Exports: 104,031.35 thousand US dollars (the statistics of A)"; the year: the row.
    const Country *reporter = dataset().country(dataset().trade.reporter);
    QStringList figures;
    for (int c = Exports; c < ColumnCount; ++c) {
        if ((column == Year || c == column) && value(row, c)) {
            figures.append(c == Change
                    ? tr("%1: %2").arg(headerData(c, Qt::Horizontal).toString(), text(row, c))
                    : tr("%1: %2 %3").arg(headerData(c, Qt::Horizontal).toString(), text(row, c), unitLabel()));
        }
    }
    const QString statement = tr("%1 · %2 (the statistics of %3)")
                                  .arg(text(row, Year), figures.join(QStringLiteral("; ")),
                                      reporter ? LocalizedTableModel::text(reporter->name) : dataset().trade.reporter);
    // The change on the previous year rests on that year's figures too.
    References refs = dataset().trade.years.at(row).refs;
    if ((column == Year || column == Change) && value(row, Change) && row > 0) {
        for (int ref : dataset().trade.years.at(row - 1).refs) {
            if (!refs.contains(ref))
                refs.prepend(ref);
        }
    }
    return {statement, true, refs, {}, std::nullopt};
}

QString TradeModel::sourceLine() const
{
    return tradeSourceLine(dataset(), language());
}

} // namespace azkz
