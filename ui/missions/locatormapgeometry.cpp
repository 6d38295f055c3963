// Where a LocatorMap draws what: the frame round the pair, the projection, the cities' dots and
// the names. Worked out once per size and font. (LocatorMap, continued.)
#include "core/map/longitudes.h"
#include "core/map/worldmap.h"
#include "ui/missions/locatormap.h"
#include "ui/missions/maplayout.h"

#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>
#include <cmath>

namespace azkz {

namespace {
constexpr qreal HitRadius = 14;
constexpr qreal Padding = 4; // pixels between the framed countries and the widget's edge
// Around the framed countries and cities: a share of their extent, in degrees of latitude.
constexpr qreal FrameMargin = 0.04;
constexpr qreal MinFrameMargin = 0.1;
constexpr qreal MaxFrameMargin = 0.8;
} // namespace

QRectF LocatorMap::world()
{
    return QRectF(QPointF(-180, -90), QPointF(180, 90));
}

QPolygonF LocatorMap::outline(const QList<QPointF> &ring, int turns)
{
    return QPolygonF(ring).translated(360.0 * turns, 0);
}

void LocatorMap::reframe()
{
    // The shortest arc of longitude that holds every outline of the highlighted countries and
    // every city, and the latitudes they reach.
    QList<LongitudeSpan> spans;
    qreal south = world().bottom(), north = world().top();
    for (auto it = m_highlighted.cbegin(); it != m_highlighted.cend(); ++it) {
        if (const WorldMap::Country *country = WorldMap::builtin().country(it.key())) {
            for (const QRectF &bounds : country->ringBounds) {
                spans.append({bounds.left(), bounds.right()});
                south = std::min(south, bounds.top());
                north = std::max(north, bounds.bottom());
            }
        }
    }
    for (const Marker &marker : m_markers) {
        if (marker.location) {
            spans.append({marker.location->x(), marker.location->x()});
            south = std::min(south, marker.location->y());
            north = std::max(north, marker.location->y());
        }
    }
    if (spans.isEmpty()) {
        m_frame = world();
    } else {
        const LongitudeSpan arc = shortestSpan(spans);
        const qreal margin
            = std::clamp(FrameMargin * std::max(arc.width(), north - south), MinFrameMargin, MaxFrameMargin);
        const qreal lonMargin = margin / std::cos(qDegreesToRadians((south + north) / 2));
        m_frame = QRectF(QPointF(arc.west - lonMargin, std::max(world().top(), south - margin)),
            QPointF(arc.east + lonMargin, std::min(world().bottom(), north + margin)));
    }
    m_layout.reset();
    update();
}

QRectF LocatorMap::frame() const
{
    return m_frame;
}

QTransform LocatorMap::projection() const
{
    // Equirectangular, with longitudes shortened by the cosine of the frame's middle latitude
    // so that shapes keep their proportions at these latitudes; north up. The frame fits the
    // widget; what the widget shows beyond it is more of the region: east and west round the
    // globe, north and south as far as the poles.
    const QRectF f = frame();
    const qreal aspect = std::cos(qDegreesToRadians(f.center().y()));
    const qreal scale = std::max(
        1e-6, std::min((width() - 2 * Padding) / (f.width() * aspect), (height() - 2 * Padding) / f.height()));
    const qreal visible = height() / scale;
    const qreal middle = visible >= world().height()
        ? world().center().y()
        : std::clamp(f.center().y(), world().top() + visible / 2, world().bottom() - visible / 2);
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(scale * aspect, -scale);
    t.translate(-f.center().x(), -middle);
    return t;
}

QRectF LocatorMap::mapArea() const
{
    return layout().area;
}

const LocatorMap::Layout &LocatorMap::layout() const
{
    if (m_layout && m_layout->size == size() && m_layout->font == font())
        return *m_layout;
    Layout l;
    l.size = size();
    l.font = font();
    l.projection = projection();
    // One turn of the globe, centred on the frame.
    l.area = l.projection.mapRect(world().translated(frame().center().x(), 0)).intersected(QRectF(rect()));
    // One dot per city: the missions in a city share it.
    QList<QString> names;
    for (const Marker &marker : m_markers) {
        if (!marker.location)
            continue;
        const QPointF at
            = l.projection.map(QPointF(nearestTurn(marker.location->x(), frame().center().x()), marker.location->y()));
        qsizetype place = 0;
        while (place < l.places.size() && !(l.places.at(place) == at && names.at(place) == marker.label))
            ++place;
        if (place == l.places.size()) {
            l.places.append(at);
            names.append(marker.label);
            l.missions.append(QStringList());
        }
        l.missions[place].append(marker.missionId);
    }
    // The cities' names: whole where they fit the map's width.
    const QFontMetricsF metrics(font());
    const QRectF inside = l.area.adjusted(2, 2, -2, -2);
    QList<QSizeF> sizes;
    for (QString &name : names) {
        name = metrics.elidedText(name, Qt::ElideRight, std::max<qreal>(inside.width() - 2, 0));
        sizes.append({metrics.horizontalAdvance(name) + 2, metrics.height()});
    }
    const maplayout::Layout cities = maplayout::layOut(l.places, sizes, SelectedRadius, inside);
    l.dots = cities.dots;
    const QList<maplayout::PlacedLabel> &placed = cities.labels;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        l.labels.append({LabelKind::City, names.at(i), font(), placed.at(i).rect,
            placed.at(i).leader ? std::optional(l.dots.at(i)) : std::nullopt});
    }
    layOutCountryLabels(l);
    m_layout = l;
    return *m_layout;
}

void LocatorMap::layOutCountryLabels(Layout &l) const
{
    const QRectF area = l.area.adjusted(2, 2, -2, -2);
    // A country's name moves off the cities' dots and names, and off each other.
    QList<QRectF> taken;
    for (const QPointF &dot : l.dots)
        taken.append({dot.x() - SelectedRadius - 2, dot.y() - SelectedRadius - 2, 2 * SelectedRadius + 4,
            2 * SelectedRadius + 4});
    for (const Label &label : l.labels)
        taken.append(label.rect);
    QFont countryFont = font();
    countryFont.setPointSizeF(countryFont.pointSizeF() * 1.1);
    countryFont.setBold(true);
    const QFontMetricsF metrics(countryFont);
    QStringList countries = m_highlighted.keys();
    countries.sort(); // the same order at every paint
    for (const QString &iso : countries) {
        const WorldMap::Country *country = WorldMap::builtin().country(iso);
        if (!country)
            continue;
        const QString shown
            = metrics.elidedText(m_highlighted.value(iso), Qt::ElideRight, std::max<qreal>(area.width() - 2, 0));
        QRectF rect(QPointF(), QSizeF(metrics.horizontalAdvance(shown) + 2, metrics.height()));
        rect.moveCenter(l.projection.map(
            QPointF(nearestTurn(country->labelPoint.x(), frame().center().x()), country->labelPoint.y())));
        rect = maplayout::keptInside(rect, area);
        const QRectF home = outlineExtent(iso, l.projection);
        rect = freePlace(rect, taken, area, home);
        if (home.width() < MinCountrySize && home.height() < MinCountrySize) { // its ring
            QRectF ring(QPointF(), QSizeF(MinCountrySize, MinCountrySize));
            ring.moveCenter(home.center());
            taken.append(ring);
        }
        l.labels.append({LabelKind::Country, shown, countryFont, rect, std::nullopt});
        taken.append(rect);
    }
}

QRectF LocatorMap::outlineExtent(const QString &iso, const QTransform &t) const
{
    QRectF extent;
    if (const WorldMap::Country *country = WorldMap::builtin().country(iso)) {
        const qreal centre = frame().center().x();
        for (qsizetype i = 0; i < country->rings.size(); ++i) {
            const QRectF bounds = country->ringBounds.at(i);
            const int turns = int(std::lround((nearestTurn(bounds.center().x(), centre) - bounds.center().x()) / 360));
            extent |= t.map(outline(country->rings.at(i), turns)).boundingRect();
        }
    }
    return extent;
}

QRectF LocatorMap::countryExtent(const QString &iso) const
{
    QRectF extent = outlineExtent(iso, layout().projection);
    if (!extent.isNull() && extent.width() < MinCountrySize && extent.height() < MinCountrySize) {
        const QPointF centre = extent.center();
        extent.setSize(QSizeF(MinCountrySize, MinCountrySize));
        extent.moveCenter(centre);
    }
    return extent;
}

qsizetype LocatorMap::placeOf(const QString &missionId) const
{
    const Layout &l = layout();
    for (qsizetype place = 0; place < l.missions.size(); ++place) {
        if (l.missions.at(place).contains(missionId))
            return place;
    }
    return -1;
}

std::optional<QPointF> LocatorMap::markerPosition(const QString &missionId) const
{
    const qsizetype place = placeOf(missionId);
    return place < 0 ? std::nullopt : std::optional(layout().dots.at(place));
}

QList<QRectF> LocatorMap::labelRects() const
{
    QList<QRectF> rects;
    for (const Label &label : layout().labels)
        rects.append(label.rect);
    return rects;
}

std::optional<QRectF> LocatorMap::cityLabelRect(const QString &missionId) const
{
    const qsizetype place = placeOf(missionId);
    return place < 0 ? std::nullopt : std::optional(layout().labels.at(place).rect);
}

QRectF LocatorMap::freePlace(const QRectF &rect, const QList<QRectF> &taken, const QRectF &area, const QRectF &home)
{
    const qreal margin = 3; // clear of a marker or a name, not touching it
    const auto isFree = [&](const QRectF &candidate) {
        const QRectF around = candidate.adjusted(-margin, -margin, margin, margin);
        return area.contains(candidate)
            && std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(around); });
    };
    // Where it is, else the nearest free place in steps of half its height: first over its
    // own country, then anywhere on the map.
    const qreal step = rect.height() / 2;
    const int reach = int(std::max(area.width(), area.height()) / step) + 1;
    for (const bool overHome : {true, false}) {
        for (int n = 0; n <= reach; ++n) {
            for (int dy = -n; dy <= n; ++dy) {
                // The square's edge only, row by row: its inside was tried already.
                const int across = std::abs(dy) == n ? 1 : std::max(2 * n, 1);
                for (int dx = -n; dx <= n; dx += across) {
                    const QRectF candidate = rect.translated(dx * step, dy * step);
                    if ((!overHome || home.contains(candidate.center())) && isFree(candidate))
                        return candidate;
                }
            }
        }
    }
    return rect; // crowded: where it belongs
}

qsizetype LocatorMap::placeAt(const QPointF &position) const
{
    const Layout &l = layout();
    for (qsizetype place = 0; place < l.dots.size(); ++place) {
        if (QLineF(l.dots.at(place), position).length() <= HitRadius)
            return place;
    }
    return -1;
}

} // namespace azkz
