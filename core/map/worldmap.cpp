#include "core/map/worldmap.h"

#include "core/map/longitudes.h"

#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace azkz {

namespace {
// (QRectF's union skips empty rectangles, so it cannot grow a box point by point.)
QRectF boundsOf(const QList<QPointF> &ring)
{
    const auto [west, east] = std::minmax_element(
        ring.cbegin(), ring.cend(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    const auto [south, north] = std::minmax_element(
        ring.cbegin(), ring.cend(), [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    return QRectF(QPointF(west->x(), south->y()), QPointF(east->x(), north->y()));
}
} // namespace

std::optional<WorldMap> WorldMap::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const QJsonObject countries = root.value(QStringLiteral("countries")).toObject();
    if (countries.isEmpty())
        return fail(QStringLiteral("no countries"));
    WorldMap map;
    map.m_source = root.value(QStringLiteral("source")).toString();
    for (auto it = countries.constBegin(); it != countries.constEnd(); ++it) {
        Country country{it.key(), {}, {}, {}};
        const QJsonArray label = it->toObject().value(QStringLiteral("label")).toArray();
        country.labelPoint = QPointF(label.at(0).toDouble(), label.at(1).toDouble());
        for (const QJsonValue &ringValue : it->toObject().value(QStringLiteral("rings")).toArray()) {
            const QJsonArray coordinates = ringValue.toArray();
            if (coordinates.size() < 6 || coordinates.size() % 2 != 0)
                return fail(QStringLiteral("a ring of %1 is not a list of at least three points").arg(it.key()));
            QList<QPointF> ring;
            ring.reserve(coordinates.size() / 2);
            for (qsizetype i = 0; i + 1 < coordinates.size(); i += 2)
                ring.append(QPointF(coordinates.at(i).toDouble(), coordinates.at(i + 1).toDouble()));
            ring = unwrapped(ring);
            country.ringBounds.append(boundsOf(ring));
            country.rings.append(ring);
        }
        if (country.rings.isEmpty())
            return fail(QStringLiteral("%1 has no outline").arg(it.key()));
        // A label point taken from an outline cut at the date line can fall in the sea far
        // from the country: then the middle of its largest ring's box.
        const auto holds = [&](const QRectF &bounds) {
            return bounds.contains(
                QPointF(nearestTurn(country.labelPoint.x(), bounds.center().x()), country.labelPoint.y()));
        };
        if (std::none_of(country.ringBounds.cbegin(), country.ringBounds.cend(), holds)) {
            const auto largest = std::max_element(country.ringBounds.cbegin(), country.ringBounds.cend(),
                [](const QRectF &a, const QRectF &b) { return a.width() * a.height() < b.width() * b.height(); });
            country.labelPoint = largest->center();
        }
        map.m_index.insert(country.iso, map.m_countries.size());
        map.m_countries.append(country);
    }
    return map;
}

namespace {
constexpr char DataMagic[] = "azkz-map-1";
} // namespace

QByteArray WorldMap::toData() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << QByteArray(DataMagic) << m_source << qint32(m_countries.size());
    for (const Country &country : m_countries)
        out << country.iso << country.rings << country.ringBounds << country.labelPoint;
    return data;
}

std::optional<WorldMap> WorldMap::fromData(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray magic;
    qint32 count = 0;
    WorldMap map;
    in >> magic >> map.m_source >> count;
    if (magic != DataMagic || count < 0)
        return std::nullopt;
    map.m_countries.resize(count);
    for (Country &country : map.m_countries) {
        in >> country.iso >> country.rings >> country.ringBounds >> country.labelPoint;
        map.m_index.insert(country.iso, map.m_index.size());
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return map;
}

const WorldMap &WorldMap::builtin()
{
    static const WorldMap map = [] {
        QFile file(QStringLiteral(":/map/world.bin"));
        std::optional<WorldMap> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromData(file.readAll());
        if (!read)
            qFatal("the embedded world map is missing or broken");
        return *read;
    }();
    return map;
}

const WorldMap::Country *WorldMap::country(const QString &iso) const
{
    const auto it = m_index.constFind(iso);
    return it == m_index.constEnd() ? nullptr : &m_countries.at(*it);
}

} // namespace azkz
