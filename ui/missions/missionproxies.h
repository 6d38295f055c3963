// The Diplomatic missions tab's views on the missions model: the table's filter, each side's
// list, and a table as tall as its rows.
#pragma once

#include "core/missions/missionsmodel.h"
#include "core/models/roles.h"
#include "core/text/searchtext.h"
#include "ui/common/plaintext.h"
#include "ui/common/quietviews.h"

#include <QSortFilterProxyModel>
#include <QTableView>

namespace azkz {

// The table's proxy: the filter ignores case and diacritics as the timeline's search does
// ("baki" finds "Bakı"), and each header's text is its tooltip (a narrow section elides it).
class MissionsProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        return QSortFilterProxyModel::headerData(
            section, orientation, role == Qt::ToolTipRole ? int(Qt::DisplayRole) : role);
    }
    void setQuery(const QString &query)
    {
        m_query = foldForSearch(query.trimmed());
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_query.isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            if (foldForSearch(sourceModel()->index(row, column, parent).data().toString()).contains(m_query))
                return true;
        }
        return false;
    }

private:
    QString m_query; // folded
};

// One country's missions in the other, as "Embassy — city": a one-column view on the missions
// model, its City column, filtered by the sending country. One column, not a list view's model
// column: Qt's accessible list counts every column of its model as an item, and a screen reader
// spoke the other columns as entries of the list.
class SideProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // The missions sending sends to host; one resident in a third country is in neither list.
    void setCountries(const QString &sending, const QString &host)
    {
        m_sending = sending;
        m_host = host;
        invalidateFilter();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return QStringLiteral("%1 — %2").arg(
                source.siblingAtColumn(MissionsModel::Kind).data().toString(), source.data().toString());
        if (role == Qt::ToolTipRole)
            return plainToolTip(source.data(DetailRole).toString());
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex city = sourceModel()->index(row, MissionsModel::City, parent);
        return city.data(CountryRole).toString() == m_sending && city.data(HostCountryRole).toString() == m_host;
    }
    bool filterAcceptsColumn(int column, const QModelIndex &) const override { return column == MissionsModel::City; }

private:
    QString m_sending;
    QString m_host;
};

// A table whose preferred height is its maximum height, set to hold its rows (not Qt's fixed
// 192 pixels); the layout gives it that much and no more, and less only when the page is short.
class FittedTableView final : public QuietTableView
{
public:
    using QuietTableView::QuietTableView;
    QSize sizeHint() const override { return QSize(QTableView::sizeHint().width(), maximumHeight()); }
};

} // namespace azkz
