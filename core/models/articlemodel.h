// The article's text as a two-level tree: sections, each holding its paragraphs.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"

#include <QAbstractItemModel>

namespace azkz {

class ArticleModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleModel)
public:
    ArticleModel(SharedDataset dataset, Language language, QObject *parent = nullptr);

    Language language() const { return m_language; }
    void setLanguage(Language language);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // A paragraph's internal id is its section's row + 1; a section's is 0.
    static constexpr quintptr SectionId = 0;
    SharedDataset m_dataset; // shared with the other pages and models
    Language m_language;
};

} // namespace azkz
