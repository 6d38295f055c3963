#include "core/missions/missionsmodel.h"

#include "core/missions/missioncard.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/citationcopy.h"
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

QVariant MissionsModel::headLine(const MissionHead &head, Detail detail) const
{
    const Person *person = dataset().person(head.personId);
    if (!person)
        return {};
    const QString shown = QStringLiteral("%1 (%2)").arg(text(person->name), text(head.title));
    // The latest known head may be years old: the date of the evidence, or where no source is
    // dated, the tenure as the sources give it ("since July 2021").
    const auto date = evidenceDate(head);
    if (date && (detail == Detail::AsOf || !head.tenure))
        return tr("%1, as of %2").arg(shown, formatDate(*date, language()));
    return head.tenure ? tr("%1, %2").arg(shown, text(*head.tenure)) : shown;
}

std::optional<DatePoint> MissionsModel::evidenceDate(const MissionHead &head) const
{
    std::optional<DatePoint> latest;
    for (const QString &id : head.sourceIds) {
        const SourceEntry *source = dataset().sourceEntry(id);
        if (source && source->published && (!latest || source->published->last() > latest->last()))
            latest = source->published;
    }
    if (latest) // the year says how old it is, and keeps the table's row short
        latest = DatePoint{latest->year, 0, 0, DatePrecision::Year};
    return latest;
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
        return m.heads.isEmpty() ? QVariant() : headLine(m.heads.first(), Detail::AsOf);
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
        if (index.column() == Head && !m.heads.isEmpty())
            return headLine(m.heads.first(), Detail::Tenure);
        return shown.isValid() ? shown : tr("Not stated in the sources"); // the dataset's, whichever they are
    }
    case SortRole:
        return sortKey(m, index.column());
    case IdRole:
        return m.id;
    case CountryRole:
        return m.sendingCountry;
    case HostCountryRole:
        return m.hostCountry;
    case DetailRole:
        return text(m.name);
    case ReferencesRole:
        if (const DatedFact *fact = datedFact(m, index.column()))
            return QVariant::fromValue(fact->refs);
        return {};
    case CitationRole:
        return citationFormats(cited(m, index.column()), dataset(), language());
    default:
        return {};
    }
}

CitedStatement MissionsModel::cited(const Mission &m, int column) const
{
    const QString name = text(m.name);
    if (const DatedFact *fact = datedFact(m, column)) {
        return {QStringLiteral("%1 — %2: %3")
                    .arg(name, headerData(column, Qt::Horizontal).toString(), formatDate(fact->date, language())),
            !fact->refs.isEmpty(), fact->refs, fact->sourceIds, fact->dispute};
    }
    if (column == Head && !m.heads.isEmpty()) {
        const MissionHead &head = m.heads.first();
        return {QStringLiteral("%1 — %2").arg(name, headOfMission(head, dataset(), language())), head.fromArticle,
            head.refs, head.sourceIds, std::nullopt};
    }
    // The whole mission: each part with its own sources, all of them listed after.
    const Country *host = dataset().country(m.hostCountry);
    QStringList parts
        = {QStringLiteral("%1 — %2, %3").arg(name, text(m.city), host ? text(host->name) : m.hostCountry)};
    if (m.address)
        parts.append(tr("%1: %2").arg(headerData(Address, Qt::Horizontal).toString(), text(*m.address)));
    CitedStatement statement;
    const auto cite = [&](const QString &part, bool fromArticle, const References &refs, const QStringList &ids) {
        parts.append(QStringLiteral("%1 (%2)").arg(part, citationText(fromArticle, refs, ids, dataset(), language())));
        statement.fromArticle = statement.fromArticle || fromArticle;
        statement.refs += refs;
        statement.sourceIds += ids;
    };
    for (int c : {Established, Opened}) {
        if (const DatedFact *fact = datedFact(m, c)) {
            const QString date = fact->dispute ? disputeText(*fact->dispute, dataset(), language())
                                               : formatDate(fact->date, language());
            cite(tr("%1: %2").arg(headerData(c, Qt::Horizontal).toString(), date), !fact->refs.isEmpty(), fact->refs,
                fact->sourceIds);
        }
    }
    for (const MissionHead &head : m.heads) {
        cite(tr("%1: %2").arg(headerData(Head, Qt::Horizontal).toString(), headOfMission(head, dataset(), language())),
            head.fromArticle, head.refs, head.sourceIds);
    }
    statement.statement = parts.join(QStringLiteral(". "));
    return statement;
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
