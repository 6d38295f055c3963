// The overview's key facts: what the dataset states directly, and what follows from it
// (how many missions, the latest turnover, how many events), with their references.
#pragma once

#include "core/models/localizedtablemodel.h"

#include <optional>

namespace azkz {

class FactsModel final : public LocalizedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactsModel)
public:
    enum Column { Label, Value, ColumnCount };
    // Ids of the derived rows (IdRole); the dataset's own facts keep their ids.
    static constexpr const char *EstablishedId = "established";
    static constexpr const char *MissionsId = "missions";
    static constexpr const char *TurnoverId = "turnover";
    static constexpr const char *EventsId = "events";
    static constexpr const char *SourceId = "source";

    FactsModel(SharedDataset dataset, Language language, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    void languageChanged() override { m_rowsLanguage.reset(); } // tr() may give other texts now too

private:
    // The unit of trade.infoboxTurnover: "thousand-usd", "million-usd" or "billion-usd".
    struct Row {
        Row(QString id, QString label, QString value, References refs = {}, bool fromArticle = true,
            QStringList sourceIds = {}, std::optional<Dispute> dispute = std::nullopt)
            : id(std::move(id)),
              label(std::move(label)),
              value(std::move(value)),
              refs(std::move(refs)),
              fromArticle(fromArticle),
              sourceIds(std::move(sourceIds)),
              dispute(std::move(dispute))
        { }
        QString id;
        QString label;
        QString value;
        References refs;
        bool fromArticle = true;
        QStringList sourceIds;
        std::optional<Dispute> dispute;
    };
    // The rows in the current language: built once per language, not for every cell a view
    // asks for (they derive the latest turnovers from the trade series).
    const QList<Row> &cachedRows() const;
    QList<Row> buildRows() const;
    // "⚠ Also given: 27 August 1992": the versions of a disputed fact other than the one shown.
    QString otherVersions(const Row &row) const;
    // "Latest turnover as reported by …", one row a side (schema version 2 trade series).
    void appendLatestTurnovers(QList<Row> &rows) const;

    mutable QList<Row> m_rows;
    mutable std::optional<Language> m_rowsLanguage; // the language of m_rows; none before they are built
};

} // namespace azkz
