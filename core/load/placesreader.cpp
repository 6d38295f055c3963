// The dataset's places: its countries with their ISO codes, its cities with their locations,
// and the city each mission is in.
#include "core/load/datasetreader_p.h"
#include "core/map/worldmap.h"

#include <QRegularExpression>

namespace azkz::detail {

void DatasetReader::readCountries(const QJsonObject &root)
{
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    QHash<QString, Path> ids;
    QHash<QString, Path> codes;
    forEachObject(
        root, QStringLiteral("countries"), {},
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(o, {"id", "name", "iso"}, path);
            const auto id = m_json.string(o, QStringLiteral("id"), path);
            const auto name = m_json.text(o, QStringLiteral("name"), path);
            const auto iso = m_json.string(o, QStringLiteral("iso"), path, Presence::Optional);
            const Path at = path + QStringLiteral(".iso");
            if (iso && !alpha2.match(*iso).hasMatch() && WorldMap::builtin().country(iso->toUpper()))
                m_json.fail(at,
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "ISO codes are written in upper case: %1, not %2"))
                        .arg(quoted(iso->toUpper()))
                        .arg(quoted(*iso)));
            else if (iso && !alpha2.match(*iso).hasMatch())
                m_json.fail(at,
                    Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                                            "expected an ISO 3166-1 alpha-2 code such as \"AZ\", found %1"))
                        .arg(quoted(*iso)));
            else if (iso && !WorldMap::builtin().country(*iso))
                // Drawn nowhere otherwise, silently.
                m_json.fail(at,
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation",
                            "the map knows no country with the code %1; the codes it knows are listed in SCHEMA.md"))
                        .arg(quoted(*iso)));
            else if (const auto first = iso ? codes.constFind(*iso) : codes.constEnd(); first != codes.constEnd())
                m_json.fail(at,
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation",
                            "the code %1 already belongs to another country (at %2): give each country its own"))
                        .arg(quoted(*iso))
                        .arg(*first));
            else if (iso)
                codes.insert(*iso, at);
            if (id)
                uniqueId(ids, *id, path + QStringLiteral(".id"));
            if (id) // kept even with a broken name, so that what refers to it is not reported too
                m_data.countries.append({*id, name.value_or(LocalizedText{}), iso.value_or(QString())});
        },
        MaxShortLists);
}

void DatasetReader::readCities(const QJsonObject &root)
{
    if (!root.contains(QStringLiteral("cities")))
        return;
    QHash<QString, Path> ids;
    forEachObject(
        root, QStringLiteral("cities"), {},
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(o, {"id", "country", "name", "location"}, path);
            City city;
            const auto id = m_json.string(o, QStringLiteral("id"), path);
            const auto country = m_json.string(o, QStringLiteral("country"), path);
            city.name = m_json.text(o, QStringLiteral("name"), path).value_or(LocalizedText{});
            if (country)
                resolve(*country, m_data.country(*country), QT_TRANSLATE_NOOP("azkz::Validation", "country"),
                    path + QStringLiteral(".country"));
            if (const auto location = m_json.object(o, QStringLiteral("location"), path, Presence::Optional)) {
                const Path here = path + QStringLiteral(".location");
                m_json.allowOnly(*location, {"lat", "lon", "source"}, here);
                const auto lat = m_json.numberIn(*location, QStringLiteral("lat"), here, -90, 90);
                const auto lon = m_json.numberIn(*location, QStringLiteral("lon"), here, -180, 180);
                const auto source = m_json.string(*location, QStringLiteral("source"), here);
                if (source)
                    resolve(*source, m_data.sourceEntry(*source), QT_TRANSLATE_NOOP("azkz::Validation", "source"),
                        here + QStringLiteral(".source"));
                if (lat && lon && source)
                    city.location = GeoPoint{*lat, *lon, *source};
            }
            if (id)
                uniqueId(ids, *id, path + QStringLiteral(".id"));
            if (!id)
                return;
            city.id = *id;
            city.country = country.value_or(QString());
            m_data.cities.append(city);
        },
        MaxMissions);
}

void DatasetReader::readMissionCity(const QJsonObject &o, const Path &path, Mission &mission)
{
    const QJsonValue value = o.value(QStringLiteral("city"));
    if (!value.isString()) { // the city's name only, or a problem said by text()
        mission.city = m_json.text(o, QStringLiteral("city"), path).value_or(LocalizedText{});
        return;
    }
    const auto id = m_json.string(o, QStringLiteral("city"), path);
    if (!id)
        return;
    const City *city = m_data.city(*id);
    resolve(*id, city, QT_TRANSLATE_NOOP("azkz::Validation", "city"), path + QStringLiteral(".city"));
    if (city) {
        mission.cityId = city->id;
        mission.city = city->name;
    }
}

} // namespace azkz::detail
