// The dataset reader's missions part: the diplomatic missions, their kinds and countries, and
// their heads over time (the city each is in: placesreader.cpp).
#include "core/load/datasetreader_p.h"

namespace azkz::detail {

void DatasetReader::readMissions(const QJsonObject &root)
{
    static const QHash<QString, MissionKind> kinds = {{QStringLiteral("embassy"), MissionKind::Embassy},
        {QStringLiteral("consulate-general"), MissionKind::ConsulateGeneral},
        {QStringLiteral("consulate"), MissionKind::Consulate}};
    QHash<QString, Path> ids;
    forEachObject(
        root, QStringLiteral("missions"), {},
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(o,
                {"id", "kind", "sendingCountry", "hostCountry", "name", "city", "address", "head", "heads",
                    "established", "opened"},
                path);
            Mission m;
            const auto id = m_json.string(o, QStringLiteral("id"), path);
            const auto kind = m_json.string(o, QStringLiteral("kind"), path);
            const auto sending = m_json.string(o, QStringLiteral("sendingCountry"), path);
            const auto host = m_json.string(o, QStringLiteral("hostCountry"), path);
            const auto name = m_json.text(o, QStringLiteral("name"), path);
            readMissionCity(o, path, m);
            m.address = m_json.text(o, QStringLiteral("address"), path, Presence::Optional);
            m.established = datedFact(o, QStringLiteral("established"), path, Presence::Optional);
            m.opened = datedFact(o, QStringLiteral("opened"), path, Presence::Optional);
            readMissionHeads(o, path, m);
            if (kind && !kinds.contains(*kind))
                m_json.fail(path + QStringLiteral(".kind"),
                    Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                                            "expected \"embassy\", \"consulate-general\" or \"consulate\", found %1"))
                        .arg(quoted(*kind)));
            if (sending)
                resolve(*sending, m_data.country(*sending), QT_TRANSLATE_NOOP("azkz::Validation", "country"),
                    path + QStringLiteral(".sendingCountry"));
            if (host)
                resolve(*host, m_data.country(*host), QT_TRANSLATE_NOOP("azkz::Validation", "country"),
                    path + QStringLiteral(".hostCountry"));
            if (host && !m.cityId.isEmpty() && m_data.city(m.cityId)->country != *host)
                m_json.fail(path + QStringLiteral(".city"),
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "the city %1 is not in the mission's host country"))
                        .arg(quoted(m.cityId)));
            if (sending && host && sending == host)
                m_json.fail(path + QStringLiteral(".hostCountry"),
                    Validation::message(QT_TRANSLATE_NOOP(
                        "azkz::Validation", "a mission's host country must differ from its sending country")));
            if (m.established && m.opened && m.opened->date.last() < m.established->date.first())
                m_json.fail(path + QStringLiteral(".opened"),
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "a mission cannot open before it is established")));
            if (id)
                uniqueId(ids, *id, path + QStringLiteral(".id"));
            if (!id)
                return; // kept with its broken members, so that events naming it are not reported too
            m.id = *id;
            m.kind = kinds.value(kind.value_or(QString()));
            m.sendingCountry = sending.value_or(QString());
            m.hostCountry = host.value_or(QString());
            m.name = name.value_or(LocalizedText{});
            m_data.missions.append(m);
        },
        MaxMissions);
}

std::optional<MissionHead> DatasetReader::missionHead(const QJsonObject &o, const Path &path)
{
    m_json.allowOnly(o, {"person", "title", "tenure", "refs", "sources"}, path);
    const auto person = m_json.string(o, QStringLiteral("person"), path);
    const auto title = m_json.text(o, QStringLiteral("title"), path);
    MissionHead head;
    head.tenure = m_json.text(o, QStringLiteral("tenure"), path, Presence::Optional);
    head.sourceIds = sourceIds(o, path);
    head.fromArticle = !o.contains(QStringLiteral("sources")) || o.contains(QStringLiteral("refs"));
    if (o.contains(QStringLiteral("refs")))
        head.refs = refs(o, path);
    if (person)
        resolve(*person, m_data.person(*person), QT_TRANSLATE_NOOP("azkz::Validation", "person"),
            path + QStringLiteral(".person"));
    if (!person || !title)
        return std::nullopt;
    head.personId = *person;
    head.title = *title;
    return head;
}

void DatasetReader::readMissionHeads(const QJsonObject &o, const Path &path, Mission &mission)
{
    if (o.contains(QStringLiteral("head")) && o.contains(QStringLiteral("heads")))
        m_json.fail(path,
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "a mission needs either \"head\" or \"heads\", not both")));
    if (const auto head = m_json.object(o, QStringLiteral("head"), path, Presence::Optional)) {
        if (const auto h = missionHead(*head, path + QStringLiteral(".head")))
            mission.heads.append(*h);
    }
    if (!o.contains(QStringLiteral("heads")))
        return;
    if (m_data.schemaVersion < 3)
        m_json.fail(path + QStringLiteral(".heads"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "\"heads\" needs schemaVersion 3")));
    forEachObject(
        o, QStringLiteral("heads"), path,
        [&](const QJsonObject &h, const Path &at) {
            if (const auto head = missionHead(h, at))
                mission.heads.append(*head);
        },
        MaxHeads);
}

} // namespace azkz::detail
