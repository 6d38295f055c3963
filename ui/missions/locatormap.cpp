#include "ui/missions/locatormap.h"

#include "core/map/longitudes.h"
#include "core/map/worldmap.h"
#include "ui/common/plaintext.h"
#include "ui/common/spokenchoice.h"
#include "ui/missions/maplayout.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace azkz {

namespace {
// The copies of an outline (moved by -1, 0 or 1 turn) that fall inside visible.
QList<int> turnsInside(const QRectF &bounds, const QRectF &visible)
{
    QList<int> turns;
    for (const int turn : {-1, 0, 1}) {
        if (visible.intersects(bounds.translated(360.0 * turn, 0)))
            turns.append(turn);
    }
    return turns;
}

// ring's borders: every edge but those along the ±180° meridian, where the data cuts a
// country in two.
QPainterPath borders(const QPolygonF &geo, const QTransform &t)
{
    QPainterPath path;
    const QPolygonF shown = t.map(geo);
    path.moveTo(shown.first());
    for (qsizetype i = 1; i <= geo.size(); ++i) {
        const qsizetype j = i % geo.size();
        if (onDateLine(geo.at(i - 1), geo.at(j)))
            path.moveTo(shown.at(j));
        else
            path.lineTo(shown.at(j));
    }
    return path;
}
} // namespace

LocatorMap::LocatorMap(QWidget *parent) : QWidget(parent), m_frame(world())
{
    setObjectName(QStringLiteral("locatorMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setTitle({}); // before the map is first asked for its accessible interface: it has a child
}

void LocatorMap::setHighlightedCountries(const QHash<QString, QString> &labels)
{
    m_highlighted = labels;
    reframe();
}

void LocatorMap::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    setTitle(m_title); // the selected mission's name, in the markers' language
    reframe();
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
    QString choice;
    QRect where = rect();
    for (const Marker &marker : m_markers) {
        if (marker.missionId == m_selected)
            choice = marker.tooltip;
    }
    // Where the city is drawn, once the map is seen at a size: laid out while the page was put
    // together, the labels were placed for a size never shown (two fifths of the Missions
    // tab's start went to it).
    if (const auto marker = isVisible() ? markerPosition(m_selected) : std::nullopt)
        where = QRectF(*marker - QPointF(8, 8), QSizeF(16, 16)).toAlignedRect();
    setSpokenChoice(this, title, choice, where);
}

void LocatorMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible())
        setTitle(m_title); // the chosen city is told where it is drawn now
}

void LocatorMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setTitle(m_title);
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
    const QColor ink = dark ? Qt::white : Qt::black;
    const Layout &l = layout();
    painter.fillRect(l.area, sea);
    painter.setClipRect(l.area);

    const QTransform &t = l.projection;
    const QRectF visible = t.inverted().mapRect(l.area);
    for (const WorldMap::Country &country : WorldMap::builtin().countries()) {
        const QColor fill = m_highlighted.contains(country.iso) ? highlight : land;
        for (qsizetype i = 0; i < country.rings.size(); ++i) {
            for (const int turn : turnsInside(country.ringBounds.at(i), visible)) {
                const QPolygonF geo = outline(country.rings.at(i), turn);
                painter.setPen(Qt::NoPen);
                painter.setBrush(fill);
                painter.drawPolygon(t.map(geo));
                painter.strokePath(borders(geo, t), QPen(border, 0.8));
            }
        }
    }
    for (auto it = m_highlighted.cbegin(); it != m_highlighted.cend(); ++it) {
        const QRectF outline = outlineExtent(it.key(), t);
        if (!outline.isNull() && outline.width() < MinCountrySize && outline.height() < MinCountrySize) {
            painter.setPen(QPen(dark ? highlight.lighter(150) : highlight.darker(150), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(outline.center(), MinCountrySize / 2, MinCountrySize / 2);
        }
    }

    for (qsizetype place = 0; place < l.dots.size(); ++place) {
        const QPointF at = l.dots.at(place);
        if (at != l.places.at(place)) { // moved off a neighbour: a line to where it is
            painter.setPen(QPen(ink, 1));
            painter.drawLine(l.places.at(place), at);
            painter.setBrush(ink);
            painter.drawEllipse(l.places.at(place), 1.5, 1.5);
        }
    }
    for (qsizetype place = 0; place < l.dots.size(); ++place) {
        const QPointF at = l.dots.at(place);
        const bool selected = l.missions.at(place).contains(m_selected);
        const qreal radius = selected ? SelectedRadius : MarkerRadius;
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(selected ? QColor(0xd9, 0x2b, 0x2b) : QColor(0x1f, 0x5f, 0x9f));
        painter.drawEllipse(at, radius, radius);
        if (selected && hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, radius + 4, radius + 4);
        }
    }

    for (const Label &label : l.labels) {
        if (label.leaderFrom) {
            painter.setPen(QPen(ink, 1));
            const QRectF r = label.rect;
            const QPointF to(std::clamp(label.leaderFrom->x(), r.left(), r.right()),
                std::clamp(label.leaderFrom->y(), r.top(), r.bottom()));
            const QLineF line(*label.leaderFrom, to);
            if (line.length() > SelectedRadius)
                painter.drawLine(line.pointAt(SelectedRadius / line.length()), to);
        }
        painter.setPen(
            label.kind == LabelKind::City ? ink : (dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x55, 0x55, 0x55)));
        painter.setFont(label.font);
        painter.drawText(label.rect, Qt::AlignCenter, label.text);
    }

    if (hasFocus()) { // the focus stays visible even with no mission selected
        painter.setClipping(false);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(l.area.adjusted(1, 1, -1, -1));
    }
}

void LocatorMap::mousePressEvent(QMouseEvent *event)
{
    const qsizetype place = placeAt(event->position());
    if (place >= 0) {
        // A city's first mission; clicked again, its next.
        const QStringList &missions = layout().missions.at(place);
        const QString id = missions.value((missions.indexOf(m_selected) + 1) % missions.size());
        setSelectedMission(id);
        emit missionClicked(id);
    }
    QWidget::mousePressEvent(event);
}

void LocatorMap::mouseMoveEvent(QMouseEvent *event)
{
    const qsizetype place = placeAt(event->position());
    setCursor(place < 0 ? Qt::ArrowCursor : Qt::PointingHandCursor);
    QStringList names;
    for (const Marker &marker : m_markers) {
        if (place >= 0 && layout().missions.at(place).contains(marker.missionId))
            names.append(marker.tooltip);
    }
    if (!names.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), plainToolTip(names.join(QLatin1Char('\n'))), this);
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
