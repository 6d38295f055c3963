// Every source of the dataset, one row each, the article first: publisher, title, date, kind,
// language, licence and how many statements rest on it; and for each source those statements,
// each with the tab and the id a link opens there. The Sources dialog reads it.
#pragma once

#include "core/models/localizedtablemodel.h"
#include "core/settings/tabs.h"

#include <optional>

namespace azkz {

// A statement that rests on a source, as a reader finds it: where (a tab and the id of the item
// a link opens there; empty: the tab only) and what ("30 August 1992: …", "[3]" for the article).
struct SourceUse {
    Tab tab = Tab::Overview;
    QString id;
    QString label;
};

class SourcesModel final : public LocalizedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesModel)
public:
    enum Column { Publisher, Title, Published, Kind, SourceLanguage, Licence, Uses, ColumnCount };

    SourcesModel(SharedDataset dataset, Language language, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The statements that rest on the source of a row, in the order of the tabs.
    const QList<SourceUse> &uses(int row) const { return cachedUses().at(row); }
    static QString kindName(SourceKind kind);

protected:
    int rows() const override { return int(dataset().sources.size()); }
    int columns() const override { return ColumnCount; }
    void languageChanged() override { m_usesLanguage.reset(); }

private:
    const QList<QList<SourceUse>> &cachedUses() const;
    QList<QList<SourceUse>> buildUses() const;
    QVariant display(const SourceEntry &source, int row, int column) const;

    mutable QList<QList<SourceUse>> m_uses; // a list a row
    mutable std::optional<Language> m_usesLanguage;
};

} // namespace azkz
