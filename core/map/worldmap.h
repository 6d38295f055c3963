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
        QList<QList<QPointF>> rings; // longitude, latitude
        QPointF labelPoint; // well inside its largest ring
        QRectF bounds; // of every ring: longitude (x), latitude (y)
    };

    // The map in resources/map/world.json (see reduce_world.py there), or nullopt with the
    // reason in *error.
    static std::optional<WorldMap> fromJson(const QByteArray &json, QString *error = nullptr);
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
