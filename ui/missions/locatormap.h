// An offline locator map (the world's outlines of WorldMap, read at the first paint) with the
// mission cities marked. Clicking a marker selects that mission; the selected one is drawn
// larger. The view always frames the highlighted countries and every marked city whole, at any size,
// and keeps every label inside the drawn map.
#pragma once

#include <QFont>
#include <QList>
#include <QPolygonF>
#include <QWidget>

#include <optional>

namespace azkz {

class LocatorMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocatorMap)
public:
    struct Marker {
        QString missionId;
        std::optional<QPointF> location; // longitude, latitude; a marker without one is not drawn
        QString label; // the city as shown, in the current language
        QString tooltip; // the mission's name
    };

    explicit LocatorMap(QWidget *parent = nullptr);

    // Countries drawn highlighted (by ISO 3166-1 alpha-2 code), with their labels.
    void setHighlightedCountries(const QHash<QString, QString> &labels);
    void setMarkers(const QList<Marker> &markers);
    void setSelectedMission(const QString &id);
    QString selectedMission() const { return m_selected; }
    // The map's accessible name, followed by the selected mission's: a screen reader speaks the
    // focused map's new name, so the arrow keys are heard. The tooltip stays its description.
    void setTitle(const QString &title);

    // Where things are drawn, in widget coordinates (for tests and tooltips): a mission's
    // marker, the area the map covers, a country's outline's bounding box, every label.
    std::optional<QPointF> markerPosition(const QString &missionId) const;
    QRectF mapArea() const;
    QRectF countryExtent(const QString &iso) const;
    QList<QRectF> labelRects() const;

    QSize sizeHint() const override { return QSize(360, 220); }
    QSize minimumSizeHint() const override { return QSize(200, 110); }

signals:
    void missionClicked(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class LabelKind { Country, City };
    struct Label {
        LabelKind kind;
        QString text;
        QFont font;
        QRectF rect;
    };
    QRectF frame() const; // longitude, latitude: what must be seen whole
    QTransform projection() const;
    QList<Label> labels() const;
    // rect, or the nearest place for it inside area that overlaps none of taken, over home
    // (its country's extent) where there is one.
    static QRectF freePlace(const QRectF &rect, const QList<QRectF> &taken, const QRectF &area, const QRectF &home);
    QString markerAt(const QPointF &position) const;

    QHash<QString, QString> m_highlighted;
    QList<Marker> m_markers;
    QString m_selected;
    QString m_title;
};

} // namespace azkz
