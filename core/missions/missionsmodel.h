// The diplomatic missions, one row each: kind, sending country, city, head, address, dates.
#pragma once

#include "core/models/localizedtablemodel.h"
#include "core/text/citationcopy.h"

#include <QPointF>

#include <optional>

namespace azkz {

class MissionsModel final : public LocalizedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissionsModel)
public:
    enum Column { Kind, SendingCountry, City, Head, Address, Established, Opened, ColumnCount };

    MissionsModel(SharedDataset dataset, Language language, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The mission of an id; null when there is none.
    const Mission *mission(const QString &id) const { return dataset().mission(id); }
    // The dataset's countries in order: the first two are the pair.
    const QList<Country> &countries() const { return dataset().countries; }
    // Where a mission is, for a map: its city's place (none when the dataset gives no
    // coordinates), and the city's and the mission's names in the model's language.
    struct Place {
        QString missionId;
        std::optional<QPointF> location; // longitude, latitude
        QString city;
        QString name;
    };
    QList<Place> places() const;
    // The card of a mission (see missioncard.h); row: its row in table, a view's model of this.
    QString cardHtml(const Mission &mission, const QAbstractItemModel &table, int row) const;

    static QString kindName(MissionKind kind);
    // The mission's dated fact shown in column (Established, Opened); null for other columns
    // and where the dataset gives none.
    static const DatedFact *datedFact(const Mission &mission, int column);

protected:
    int rows() const override { return int(dataset().missions.size()); }
    int columns() const override { return ColumnCount; }

private:
    QVariant display(const Mission &mission, int column) const;
    // "Name (title), as of <its evidence's date>" (the table); "…, <tenure>" (its tooltip).
    enum class Detail { AsOf, Tenure };
    QVariant headLine(const MissionHead &head, Detail detail) const;
    // The latest publication year of the sources of a head of mission.
    std::optional<DatePoint> evidenceDate(const MissionHead &head) const;
    QVariant sortKey(const Mission &mission, int column) const;
    // A cell's statement as a reader quotes it: a date or a head with its sources; any other
    // column, the whole mission, each part with its own.
    CitedStatement cited(const Mission &mission, int column) const;
    // The date, marked where sources disagree on it.
    QString dateText(const DatedFact &fact) const;
};

} // namespace azkz
