// An offline locator map of the region (Natural Earth outlines, embedded) with the mission
// cities marked. Clicking a marker selects that mission; the selected one is drawn larger.
// The view always frames the highlighted countries and every marked city whole, at any size,
// and keeps every label inside the drawn map.
#pragma once

#include <QFont>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace azkz {

class LocatorMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocatorMap)
public:
    struct Marker {
        QString missionId;
        QString cityKey; // the English city name, as the map data names its places
        QString label; // the city as shown, in the current language
        QString tooltip; // the mission's name
    };

    explicit LocatorMap(QWidget *parent = nullptr);

    // Countries drawn highlighted (alpha-2, as the dataset names them), with their labels.
    void setHighlightedCountries(const QHash<QString, QString> &labels);
    void setMarkers(const QList<Marker> &markers);
    void setSeaLabel(const QString &label);
    void setSelectedMission(const QString &id);
    QString selectedMission() const { return m_selected; }

    // Where things are drawn, in widget coordinates (for tests and tooltips): a mission's
    // marker, the area the map covers, a country's outline's bounding box, every label.
    std::optional<QPointF> markerPosition(const QString &missionId) const;
    QRectF mapArea() const;
    QRectF countryExtent(const QString &countryId) const;
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
    struct Country {
        QString id;
        QList<QPolygonF> rings; // longitude, latitude
    };
    enum class LabelKind { Country, Sea, City };
    struct Label {
        LabelKind kind;
        QString text;
        QFont font;
        QRectF rect;
    };
    QRectF frame() const; // longitude, latitude: what must be seen whole
    QTransform projection() const;
    QList<Label> labels() const;
    QString markerAt(const QPointF &position) const;

    QList<Country> m_countries;
    QHash<QString, QPointF> m_places; // English city name -> longitude, latitude
    QRectF m_data; // the most the map shows: longitude, latitude
    QHash<QString, QPointF> m_labelPoints; // where country ids and "sea" are labelled
    QHash<QString, QString> m_highlighted;
    QList<Marker> m_markers;
    QString m_seaLabel;
    QString m_selected;
};

} // namespace azkz
