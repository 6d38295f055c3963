// The outlines of the world's countries the locator map draws (Natural Earth, embedded),
// keyed by ISO 3166-1 alpha-2 code. Plain data: read once, shared, never changed.
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

namespace azkz {

class WorldMap final
{
public:
    struct Country {
        QString iso;
        // Longitude, latitude; a ring that crosses the ±180° meridian goes on past 180 (see
        // unwrapped() in longitudes.h), so no ring jumps across the map.
        QList<QList<QPointF>> rings;
        QList<QRectF> ringBounds; // of each ring: longitude (x), latitude (y)
        QPointF labelPoint; // well inside its largest ring
    };

    // The map in resources/map/world.json (see reduce_world.py there), or nullopt with the
    // reason in *error.
    static std::optional<WorldMap> fromJson(const QByteArray &json, QString *error = nullptr);
    // The map as the build embeds it (mapcompiler.cpp): ready to use, read without parsing
    // (the JSON took 10 ms to parse, on the way to the first window on the missions tab).
    QByteArray toData() const;
    static std::optional<WorldMap> fromData(const QByteArray &data);
    // The embedded map, read on first use.
    static const WorldMap &builtin();

    const Country *country(const QString &iso) const;
    const QList<Country> &countries() const { return m_countries; }
    QString source() const { return m_source; }

private:
    QList<Country> m_countries; // in code order
    QHash<QString, qsizetype> m_index;
    QString m_source;
};

} // namespace azkz
