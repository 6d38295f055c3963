#include "ui/missions/locatormap.h"

#include "core/map/worldmap.h"
#include "ui/common/plaintext.h"
#include "ui/common/spokennames.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace azkz {

namespace {
constexpr qreal MarkerRadius = 6;
constexpr qreal SelectedRadius = MarkerRadius * 1.5;
constexpr qreal HitRadius = 14;
constexpr qreal Padding = 4; // pixels between the framed countries and the widget's edge
// Around the framed countries and cities: a share of their extent, in degrees of latitude.
constexpr qreal FrameMargin = 0.04;
constexpr qreal MinFrameMargin = 0.1;
constexpr qreal MaxFrameMargin = 0.8;

// The most the map shows: longitude, latitude.
const QRectF World(QPointF(-180, -90), QPointF(180, 90));

QPolygonF polygon(const QList<QPointF> &ring)
{
    return QPolygonF(ring);
}

// Moves rect inside area (as far as it fits), without changing its size.
QRectF keptInside(QRectF rect, const QRectF &area)
{
    rect.moveLeft(std::max(area.left(), std::min(rect.left(), area.right() - rect.width())));
    rect.moveTop(std::max(area.top(), std::min(rect.top(), area.bottom() - rect.height())));
    return rect;
}
} // namespace

LocatorMap::LocatorMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("locatorMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LocatorMap::setHighlightedCountries(const QHash<QString, QString> &labels)
{
    m_highlighted = labels;
    update();
}

void LocatorMap::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    setTitle(m_title); // the selected mission's name, in the markers' language
    update();
}

void LocatorMap::setSelectedMission(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    setTitle(m_title);
    update();
}

void LocatorMap::setTitle(const QString &title)
{
    m_title = title;
    QString name = title;
    for (const Marker &marker : m_markers) {
        if (marker.missionId == m_selected)
            name = title + QStringLiteral(": ") + marker.tooltip;
    }
    setSpokenName(this, name);
}

QRectF LocatorMap::frame() const
{
    qreal west = World.right(), east = World.left(), south = World.bottom(), north = World.top();
    auto include = [&](const QRectF &r) {
        west = std::min(west, r.left());
        east = std::max(east, r.right());
        south = std::min(south, r.top());
        north = std::max(north, r.bottom());
    };
    for (auto it = m_highlighted.cbegin(); it != m_highlighted.cend(); ++it) {
        if (const WorldMap::Country *country = WorldMap::builtin().country(it.key()))
            include(country->bounds);
    }
    for (const Marker &marker : m_markers) {
        if (marker.location)
            include(QRectF(*marker.location, QSizeF()));
    }
    if (west > east || south > north)
        return World;
    const qreal margin = std::clamp(FrameMargin * std::max(east - west, north - south), MinFrameMargin, MaxFrameMargin);
    const qreal lonMargin = margin / std::cos(qDegreesToRadians((south + north) / 2));
    return QRectF(QPointF(west - lonMargin, south - margin), QPointF(east + lonMargin, north + margin))
        .intersected(World);
}

QTransform LocatorMap::projection() const
{
    // Equirectangular, with longitudes shortened by the cosine of the frame's middle latitude
    // so that shapes keep their proportions at these latitudes; north up. The frame fits the
    // widget; what the widget shows beyond it is more of the region, as far as the data goes.
    const QRectF f = frame();
    const qreal aspect = std::cos(qDegreesToRadians(f.center().y()));
    const qreal scale = std::max(
        1e-6, std::min((width() - 2 * Padding) / (f.width() * aspect), (height() - 2 * Padding) / f.height()));
    auto centre = [](qreal frameMiddle, qreal low, qreal high, qreal visible) {
        if (visible >= high - low)
            return (low + high) / 2;
        return std::clamp(frameMiddle, low + visible / 2, high - visible / 2);
    };
    const QPointF middle(centre(f.center().x(), World.left(), World.right(), width() / (scale * aspect)),
        centre(f.center().y(), World.top(), World.bottom(), height() / scale));
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(scale * aspect, -scale);
    t.translate(-middle.x(), -middle.y());
    return t;
}

QRectF LocatorMap::mapArea() const
{
    return projection().mapRect(World).intersected(QRectF(rect()));
}

QRectF LocatorMap::countryExtent(const QString &iso) const
{
    QRectF extent;
    const QTransform t = projection();
    if (const WorldMap::Country *country = WorldMap::builtin().country(iso)) {
        for (const QList<QPointF> &ring : country->rings)
            extent |= t.map(polygon(ring)).boundingRect();
    }
    return extent;
}

std::optional<QPointF> LocatorMap::markerPosition(const QString &missionId) const
{
    for (const Marker &marker : m_markers) {
        if (marker.missionId == missionId && marker.location)
            return projection().map(*marker.location);
    }
    return std::nullopt;
}

QList<LocatorMap::Label> LocatorMap::labels() const
{
    const QTransform t = projection();
    const QRectF area = mapArea().adjusted(2, 2, -2, -2);
    QList<Label> result;
    auto add = [&](LabelKind kind, const QString &text, const QFont &font, const QPointF &at, bool centred) {
        const QFontMetricsF metrics(font);
        const QString shown = metrics.elidedText(text, Qt::ElideRight, std::max<qreal>(area.width() - 2, 0));
        const QSizeF size(metrics.horizontalAdvance(shown) + 2, metrics.height());
        QRectF rect(QPointF(), size);
        if (centred) {
            rect.moveCenter(at);
        } else { // a city: to the right of its marker, or to the left where the map ends
            const qreal gap = SelectedRadius + 3;
            rect.moveTopLeft(QPointF(at.x() + gap, at.y() - size.height() / 2));
            if (rect.right() > area.right())
                rect.moveRight(at.x() - gap);
        }
        result.append({kind, shown, font, keptInside(rect, area)});
    };
    // The cities first: a country's name then moves off their markers and names.
    QList<QRectF> taken;
    for (const Marker &marker : m_markers) {
        if (const auto at = markerPosition(marker.missionId)) {
            add(LabelKind::City, marker.label, font(), *at, false);
            const qreal r = SelectedRadius + 2;
            taken.append({at->x() - r, at->y() - r, 2 * r, 2 * r});
            taken.append(result.last().rect);
        }
    }
    QFont countryFont = font();
    countryFont.setPointSizeF(countryFont.pointSizeF() * 1.1);
    countryFont.setBold(true);
    QStringList countries = m_highlighted.keys();
    countries.sort(); // the same order at every paint
    for (const QString &iso : countries) {
        const WorldMap::Country *country = WorldMap::builtin().country(iso);
        if (!country)
            continue;
        add(LabelKind::Country, m_highlighted.value(iso), countryFont, t.map(country->labelPoint), true);
        result.last().rect = freePlace(result.last().rect, taken, area, t.mapRect(country->bounds));
        taken.append(result.last().rect);
    }
    return result;
}

QRectF LocatorMap::freePlace(const QRectF &rect, const QList<QRectF> &taken, const QRectF &area, const QRectF &home)
{
    const qreal margin = 3; // clear of a marker or a name, not touching it
    const auto isFree = [&](const QRectF &candidate) {
        const QRectF around = candidate.adjusted(-margin, -margin, margin, margin);
        return area.contains(candidate)
            && std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(around); });
    };
    // Where it is, else the nearest of steps of half its height up or down, then sideways:
    // first over its own country, then anywhere.
    const qreal step = rect.height() / 2;
    for (const bool overHome : {true, false}) {
        for (int n = 0; n <= 6; ++n) {
            for (const QPointF offset :
                {QPointF(0, -n * step), QPointF(0, n * step), QPointF(-n * 2 * step, 0), QPointF(n * 2 * step, 0)}) {
                const QRectF candidate = rect.translated(offset);
                if ((!overHome || home.contains(candidate.center())) && isFree(candidate))
                    return candidate;
            }
        }
    }
    return rect; // crowded: where it belongs
}

QList<QRectF> LocatorMap::labelRects() const
{
    QList<QRectF> rects;
    for (const Label &label : labels())
        rects.append(label.rect);
    return rects;
}

QString LocatorMap::markerAt(const QPointF &position) const
{
    for (const Marker &marker : m_markers) {
        const auto at = markerPosition(marker.missionId);
        if (at && QLineF(*at, position).length() <= HitRadius)
            return marker.missionId;
    }
    return {};
}

void LocatorMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor sea = dark ? QColor(0x1d, 0x33, 0x45) : QColor(0xcf, 0xe6, 0xf3);
    const QColor land = dark ? QColor(0x3a, 0x3d, 0x40) : QColor(0xf1, 0xee, 0xe6);
    const QColor border = dark ? QColor(0x70, 0x70, 0x70) : QColor(0xa8, 0xa4, 0x9a);
    const QColor highlight = dark ? QColor(0x3f, 0x6f, 0x5a) : QColor(0xcd, 0xe8, 0xc4);
    const QRectF area = mapArea();
    painter.fillRect(area, sea);
    painter.setClipRect(area);

    const QTransform t = projection();
    const QRectF visible = t.inverted().mapRect(area);
    painter.setPen(QPen(border, 0.8));
    for (const WorldMap::Country &country : WorldMap::builtin().countries()) {
        if (!visible.intersects(country.bounds))
            continue;
        painter.setBrush(m_highlighted.contains(country.iso) ? highlight : land);
        for (const QList<QPointF> &ring : country.rings)
            painter.drawPolygon(t.map(polygon(ring)));
    }

    for (const Marker &marker : m_markers) {
        const auto at = markerPosition(marker.missionId);
        if (!at)
            continue;
        const bool selected = marker.missionId == m_selected;
        const qreal radius = selected ? SelectedRadius : MarkerRadius;
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(selected ? QColor(0xd9, 0x2b, 0x2b) : QColor(0x1f, 0x5f, 0x9f));
        painter.drawEllipse(*at, radius, radius);
        if (selected && hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(*at, radius + 4, radius + 4);
        }
    }

    for (const Label &label : labels()) {
        switch (label.kind) {
        case LabelKind::Country:
            painter.setPen(dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x55, 0x55, 0x55));
            break;
        case LabelKind::City:
            painter.setPen(dark ? Qt::white : Qt::black);
            break;
        }
        painter.setFont(label.font);
        painter.drawText(label.rect, Qt::AlignCenter, label.text);
    }

    if (hasFocus()) { // the focus stays visible even with no mission selected
        painter.setClipping(false);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(area.adjusted(1, 1, -1, -1));
    }
}

void LocatorMap::mousePressEvent(QMouseEvent *event)
{
    const QString id = markerAt(event->position());
    if (!id.isEmpty()) {
        setSelectedMission(id);
        emit missionClicked(id);
    }
    QWidget::mousePressEvent(event);
}

void LocatorMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString id = markerAt(event->position());
    setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    for (const Marker &marker : m_markers) {
        if (marker.missionId == id)
            QToolTip::showText(event->globalPosition().toPoint(), plainToolTip(marker.tooltip), this);
    }
    QWidget::mouseMoveEvent(event);
}

void LocatorMap::keyPressEvent(QKeyEvent *event)
{
    // Left and Right move between the markers, as Tab moves between fields.
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) && !m_markers.isEmpty()) {
        qsizetype index = 0;
        for (qsizetype i = 0; i < m_markers.size(); ++i) {
            if (m_markers.at(i).missionId == m_selected)
                index = i;
        }
        index = (index + (event->key() == Qt::Key_Right ? 1 : m_markers.size() - 1)) % m_markers.size();
        setSelectedMission(m_markers.at(index).missionId);
        emit missionClicked(m_selected);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace azkz
