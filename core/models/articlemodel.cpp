#include "core/models/articlemodel.h"

#include "core/models/roles.h"
#include "core/text/formatting.h"

namespace azkz {

ArticleModel::ArticleModel(SharedDataset dataset, Language language, QObject *parent)
    : QAbstractItemModel(parent), m_dataset(dataset), m_language(language)
{ }

void ArticleModel::setLanguage(Language language)
{
    m_language = language;
    const int sections = rowCount();
    if (sections == 0)
        return;
    emit dataChanged(index(0, 0), index(sections - 1, 0));
    for (int s = 0; s < sections; ++s) {
        const QModelIndex section = index(s, 0);
        if (const int paragraphs = rowCount(section))
            emit dataChanged(index(0, 0, section), index(paragraphs - 1, 0, section));
    }
}

QModelIndex ArticleModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : SectionId);
}

QModelIndex ArticleModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionId);
}

int ArticleModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_dataset->sections.size());
    if (parent.internalId() == SectionId && parent.column() == 0)
        return int(m_dataset->sections.at(parent.row()).paragraphs.size());
    return 0;
}

int ArticleModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SectionId) {
        const Section &section = m_dataset->sections.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return section.title.in(m_language);
        if (role == IdRole)
            return section.id;
        return {};
    }
    const Paragraph &p = m_dataset->sections.at(int(index.internalId() - 1)).paragraphs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return p.text.in(m_language);
    case ReferencesRole:
        return QVariant::fromValue(p.refs);
    default:
        return {};
    }
}

} // namespace azkz
