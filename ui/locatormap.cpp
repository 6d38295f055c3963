#include "locatormap.h"

#include "plaintext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace azkz {

namespace {
constexpr qreal MarkerRadius = 6;
constexpr qreal HitRadius = 14;
} // namespace

LocatorMap::LocatorMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("locatorMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 160);
    QFile file(QStringLiteral(":/map/region.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the embedded map is missing");
    const QJsonObject map = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray box = map.value(QStringLiteral("view")).toArray();
    const QJsonObject labels = map.value(QStringLiteral("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        m_labelPoints.insert(it.key(), QPointF(it->toArray().at(0).toDouble(), it->toArray().at(1).toDouble()));
    m_bounds = QRectF(
        QPointF(box.at(0).toDouble(), box.at(1).toDouble()), QPointF(box.at(2).toDouble(), box.at(3).toDouble()));
    for (const QJsonValue &value : map.value(QStringLiteral("countries")).toArray()) {
        Country country{value[QStringLiteral("id")].toString(), {}};
        for (const QJsonValue &ring : value[QStringLiteral("rings")].toArray()) {
            const QJsonArray coordinates = ring.toArray();
            QPolygonF polygon;
            for (qsizetype i = 0; i + 1 < coordinates.size(); i += 2)
                polygon.append(QPointF(coordinates.at(i).toDouble(), coordinates.at(i + 1).toDouble()));
            country.rings.append(polygon);
        }
        m_countries.append(country);
    }
    for (const QJsonValue &place : map.value(QStringLiteral("places")).toArray())
        m_places.insert(place[QStringLiteral("name")].toString(),
            QPointF(place[QStringLiteral("lon")].toDouble(), place[QStringLiteral("lat")].toDouble()));
}

void LocatorMap::setHighlightedCountries(const QHash<QString, QString> &labels)
{
    m_highlighted = labels;
    update();
}

void LocatorMap::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    update();
}

void LocatorMap::setSeaLabel(const QString &label)
{
    m_seaLabel = label;
    update();
}

void LocatorMap::setSelectedMission(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    for (const Marker &marker : m_markers) {
        if (marker.missionId == id)
            setAccessibleDescription(marker.tooltip);
    }
    update();
}

QTransform LocatorMap::projection() const
{
    // Equirectangular, with longitudes shortened by the cosine of the middle latitude so that
    // shapes keep their proportions at these latitudes; north up, fitted into the widget.
    const qreal aspect = std::cos(qDegreesToRadians(m_bounds.center().y()));
    const QSizeF span(m_bounds.width() * aspect, m_bounds.height());
    const qreal scale = std::min((width() - 8) / span.width(), (height() - 8) / span.height());
    const QPointF offset((width() - span.width() * scale) / 2, (height() - span.height() * scale) / 2);
    QTransform t;
    t.translate(offset.x(), offset.y() + span.height() * scale);
    t.scale(scale * aspect, -scale);
    t.translate(-m_bounds.left(), -m_bounds.top());
    return t;
}

std::optional<QPointF> LocatorMap::markerPosition(const QString &missionId) const
{
    for (const Marker &marker : m_markers) {
        if (marker.missionId == missionId && m_places.contains(marker.cityKey))
            return projection().map(m_places.value(marker.cityKey));
    }
    return std::nullopt;
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
    painter.fillRect(rect(), sea);
    painter.setClipRect(rect());

    const QTransform t = projection();
    for (const Country &country : m_countries) {
        painter.setBrush(m_highlighted.contains(country.id) ? highlight : land);
        painter.setPen(QPen(border, 0.8));
        for (const QPolygonF &ring : country.rings)
            painter.drawPolygon(t.map(ring));
    }

    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.1);
    labelFont.setBold(true);
    painter.setFont(labelFont);
    painter.setPen(dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x55, 0x55, 0x55));
    for (auto it = m_highlighted.constBegin(); it != m_highlighted.constEnd(); ++it) {
        if (m_labelPoints.contains(it.key()))
            painter.drawText(QRectF(t.map(m_labelPoints.value(it.key())) - QPointF(80, 8), QSizeF(160, 16)),
                Qt::AlignCenter, it.value());
    }
    if (!m_seaLabel.isEmpty()) {
        QFont seaFont = font();
        seaFont.setItalic(true);
        painter.setFont(seaFont);
        painter.setPen(dark ? QColor(0x9c, 0xc3, 0xdc) : QColor(0x3d, 0x6f, 0x8e));
        painter.drawText(QRectF(t.map(m_labelPoints.value(QStringLiteral("sea"))) - QPointF(60, 8), QSizeF(120, 16)),
            Qt::AlignCenter, m_seaLabel);
    }

    painter.setFont(font());
    for (const Marker &marker : m_markers) {
        const auto at = markerPosition(marker.missionId);
        if (!at)
            continue;
        const bool selected = marker.missionId == m_selected;
        const qreal radius = selected ? MarkerRadius * 1.5 : MarkerRadius;
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(selected ? QColor(0xd9, 0x2b, 0x2b) : QColor(0x1f, 0x5f, 0x9f));
        painter.drawEllipse(*at, radius, radius);
        if (selected && hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(*at, radius + 4, radius + 4);
        }
        painter.setPen(dark ? Qt::white : Qt::black);
        painter.drawText(*at + QPointF(radius + 3, 4), marker.label);
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
