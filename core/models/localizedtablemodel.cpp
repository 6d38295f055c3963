#include "core/models/localizedtablemodel.h"

namespace azkz {

LocalizedTableModel::LocalizedTableModel(SharedDataset dataset, Language language, QObject *parent)
    : QAbstractTableModel(parent), m_dataset(dataset), m_language(language)
{ }

void LocalizedTableModel::setLanguage(Language language)
{
    m_language = language;
    languageChanged();
    if (rows() > 0 && columns() > 0)
        emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
    if (columns() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
}

int LocalizedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int LocalizedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

} // namespace azkz
