#include "core/missions/missionsmodel.h"

#include "core/missions/missioncard.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"

namespace azkz {

MissionsModel::MissionsModel(SharedDataset dataset, Language language, QObject *parent)
    : LocalizedTableModel(dataset, language, parent)
{ }

QString MissionsModel::kindName(MissionKind kind)
{
    switch (kind) {
    case MissionKind::Embassy:
        return tr("Embassy");
    case MissionKind::ConsulateGeneral:
        return tr("Consulate General");
    case MissionKind::Consulate:
        return tr("Consulate");
    }
    return {};
}

QVariant MissionsModel::display(const Mission &m, int column) const
{
    switch (column) {
    case Kind:
        return kindName(m.kind);
    case SendingCountry:
        if (const Country *c = dataset().country(m.sendingCountry))
            return text(c->name);
        return m.sendingCountry;
    case City:
        return text(m.city);
    case Head:
        if (m.heads.isEmpty())
            return {};
        if (const Person *p = dataset().person(m.heads.first().personId))
            return QStringLiteral("%1 (%2)").arg(text(p->name), text(m.heads.first().title));
        return {};
    case Address:
        return m.address ? text(*m.address) : QVariant();
    case Established:
    case Opened:
        if (const DatedFact *fact = datedFact(m, column))
            return dateText(*fact);
        return {};
    }
    return {};
}

const DatedFact *MissionsModel::datedFact(const Mission &mission, int column)
{
    const std::optional<DatedFact> &fact = column == Established ? mission.established : mission.opened;
    return (column == Established || column == Opened) && fact ? &*fact : nullptr;
}

QString MissionsModel::dateText(const DatedFact &fact) const
{
    const QString date = formatDate(fact.date, language());
    return fact.dispute ? disputeMarker() + QLatin1Char(' ') + date : date;
}

QVariant MissionsModel::sortKey(const Mission &m, int column) const
{
    switch (column) {
    case Established:
        return m.established ? m.established->date.first() : QDate();
    case Opened:
        return m.opened ? m.opened->date.first() : QDate();
    default:
        return display(m, column);
    }
}

QVariant MissionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Mission &m = dataset().missions.at(index.row());
    const QVariant shown = display(m, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return shown.isValid() ? shown : QStringLiteral("—");
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const DatedFact *fact = datedFact(m, index.column());
        if (fact && fact->dispute)
            return formatDate(fact->date, language()) + QLatin1Char('\n')
                + disputeText(*fact->dispute, dataset(), language());
        // The head with the evidence of tenure: the latest known may be years old.
        if (index.column() == Head && !m.heads.isEmpty() && m.heads.first().tenure)
            return tr("%1, %2").arg(shown.toString(), text(*m.heads.first().tenure));
        return shown.isValid() ? shown : tr("Not stated in the source article");
    }
    case SortRole:
        return sortKey(m, index.column());
    case IdRole:
        return m.id;
    case CountryRole:
        return m.sendingCountry;
    case DetailRole:
        return text(m.name);
    case ReferencesRole:
        if (const DatedFact *fact = datedFact(m, index.column()))
            return QVariant::fromValue(fact->refs);
        return {};
    default:
        return {};
    }
}

QVariant MissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case SendingCountry:
        return tr("Sending country");
    case City:
        return tr("City");
    case Head:
        return tr("Head of mission");
    case Address:
        return tr("Address");
    case Established:
        return tr("Established");
    case Opened:
        return tr("Opened");
    }
    return {};
}

QList<MissionsModel::Place> MissionsModel::places() const
{
    QList<Place> places;
    for (const Mission &mission : dataset().missions) {
        const azkz::City *city = dataset().city(mission.cityId);
        std::optional<QPointF> location;
        if (city && city->location)
            location = QPointF(city->location->longitude, city->location->latitude);
        places.append({mission.id, location, text(mission.city), text(mission.name)});
    }
    return places;
}

QString MissionsModel::cardHtml(const Mission &mission, const QAbstractItemModel &table, int row) const
{
    return missionCardHtml(dataset(), mission, table, row, language());
}

} // namespace azkz
