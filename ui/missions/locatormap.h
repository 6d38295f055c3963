// An offline locator map (the world's outlines of WorldMap, read at the first paint) with the
// mission cities marked. Clicking a marker selects that mission; the selected one is drawn
// larger; missions in one city share its dot. The view frames the highlighted countries and
// every marked city whole, at any size, along the shortest arc of longitude (across the date
// line where that is shorter); a country too small to see is ringed; every name stays inside
// the drawn map, beside its own dot (see maplayout.h).
#pragma once

#include <QFont>
#include <QList>
#include <QPolygonF>
#include <QTransform>
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
    // The map's accessible name, followed by the selected mission's, which is also the map's
    // accessible child, heard when the arrow keys choose it (ui/common/spokenchoice). The tooltip
    // stays its description.
    void setTitle(const QString &title);

    // Where things are drawn, in widget coordinates (for tests and tooltips): a mission's
    // marker, the area the map covers, a country's outline's bounding box (at least the ring
    // drawn round a tiny one), every label (the cities' first), a mission's city's label.
    std::optional<QPointF> markerPosition(const QString &missionId) const;
    QRectF mapArea() const;
    QRectF countryExtent(const QString &iso) const;
    QList<QRectF> labelRects() const;
    std::optional<QRectF> cityLabelRect(const QString &missionId) const;

    QSize sizeHint() const override { return QSize(360, 220); }
    QSize minimumSizeHint() const override { return QSize(200, 110); }

signals:
    void missionClicked(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
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
        std::optional<QPointF> leaderFrom; // a name away from its dot: a line from the dot
    };
    // What is drawn where at the widget's present size and font, worked out once.
    struct Layout {
        QSize size;
        QFont font;
        QTransform projection;
        QRectF area;
        QList<QPointF> places; // each city: where it is
        QList<QPointF> dots; // and where its dot is drawn (moved off a neighbour's)
        QList<QStringList> missions; // and the missions in it
        QList<Label> labels; // the cities' names, in the order of places, then the countries'
    };
    static constexpr qreal MarkerRadius = 6;
    static constexpr qreal SelectedRadius = MarkerRadius * 1.5;
    static constexpr qreal MinCountrySize = 14; // a country smaller is drawn with a ring this wide
    static QRectF world(); // longitude, latitude
    static QPolygonF outline(const QList<QPointF> &ring, int turns); // moved by whole turns
    QRectF frame() const; // longitude (may pass 180), latitude: what must be seen whole
    QTransform projection() const;
    const Layout &layout() const;
    void layOutCountryLabels(Layout &layout) const;
    // rect, or the nearest place for it inside area that overlaps none of taken, over home
    // (its country's extent) where there is one.
    static QRectF freePlace(const QRectF &rect, const QList<QRectF> &taken, const QRectF &area, const QRectF &home);
    // A country's outline's box as drawn, before a tiny one is ringed.
    QRectF outlineExtent(const QString &iso, const QTransform &t) const;
    qsizetype placeOf(const QString &missionId) const; // -1: not on the map
    qsizetype placeAt(const QPointF &position) const;
    void reframe();

    QHash<QString, QString> m_highlighted;
    QList<Marker> m_markers;
    QString m_selected;
    QString m_title;
    QRectF m_frame;
    mutable std::optional<Layout> m_layout;
};

} // namespace azkz
