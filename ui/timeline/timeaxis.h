// A horizontal time axis: eras as bands, events as markers in lanes — a point for a day or a
// month, a bar for a year, a decade or a span — with zoom (Ctrl+wheel, +/−), pan (drag,
// wheel) and fit-all (0), never beyond the data's extent. A click selects an event; the
// selection is drawn highlighted. The keys are actions of the axis (listed with the shortcuts).
// The arithmetic (view, zoom, pan, lanes, ticks) is TimeScale's; this widget draws and handles input.
#pragma once

#include "core/data/shareddataset.h"
#include "core/timeline/timescale.h"
#include "ui/documents/axismarkers.h"

#include <QPixmap>
#include <QWidget>

#include <optional>

class QAction;
class QPainter;

namespace azkz {

class EventsModel;

class TimeAxis final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeAxis)
public:
    // The scale is laid out from dataset; what is drawn and said of an event, and the language,
    // come from events, its model (the axis follows a change of its language).
    TimeAxis(const SharedDataset &dataset, const EventsModel &events, QWidget *parent = nullptr);

    // The events drawn, and the view fitted around them (a search, a filter of years).
    void setVisibleEvents(const QList<int> &events);
    void setSelectedEvent(int event); // -1: none; brought into view
    int selectedEvent() const { return m_selected; }
    // The axis's accessible name, followed by the selected event's date and title, which is also
    // the axis's accessible child, heard when the arrow keys choose it (ui/common/spokenchoice).
    // The tooltip stays its description.
    void setTitle(const QString &title);
    void zoomBy(double factor, std::optional<double> anchorX = std::nullopt);
    void fitAll();
    // The colour of the events of the dataset's category-th category.
    static QColor categoryColour(qsizetype category);
    // Shows these years, within what zooming and panning allow.
    void setViewRange(double start, double end);
    // The years shown, as fractional years (1992.66 is late August 1992).
    std::pair<double, double> viewRange() const { return m_scale.viewRange(); }
    // The widest view zooming out and panning allow: the data's extent with a margin.
    std::pair<double, double> dataRange() const { return m_scale.dataRange(); }
    // Where an event is drawn, in widget coordinates; nullopt when it is not shown.
    std::optional<QRectF> eventRect(int event) const;
    QList<QRectF> otherClaimRects(int event) const; // the open marks of a disputed date's other claims
    // Where an era's band and name are drawn; nullopt while none of its band is in view. The
    // name stays inside the visible part of the band, elided to it.
    struct EraArea {
        QRectF band;
        QRectF label;
        QString text; // as drawn, elided with "…" when the visible band is narrow
        bool openStart; // the start is unknown: the band fades out to the left
    };
    std::optional<EraArea> eraArea(int era) const;
    // The year labels under the axis, each with the rectangle it is drawn in (inside the widget).
    QList<std::pair<QString, QRectF>> tickLabels() const;
    // Tall enough for every lane, the era names and the year labels.
    QSize sizeHint() const override { return QSize(800, 172); }
    QSize minimumSizeHint() const override { return QSize(200, 172); }

signals:
    void eventClicked(int event);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    double toX(double year) const { return m_scale.toX(year); }
    int eventAt(const QPointF &position) const;
    void viewChanged(bool moved); // after a zoom or a pan
    // The ticks under the axis, in fractional years, with their labels: a round step of
    // years, or of months when zoomed in that far.
    QList<std::pair<double, QString>> ticks() const;
    double eraStart(int era) const; // an unknown start is the data's
    QFont smallFont() const; // of the era names and year labels
    QString eventText(int event, const QString &separator) const; // its date, separator, its title
    void retranslate();

    const EventsModel &m_events;
    TimeScale m_scale;
    AxisMarkers m_markers;
    int m_selected = -1;
    QString m_title;
    std::optional<QPointF> m_dragFrom;
    double m_dragViewStart = 0;
    bool m_dragged = false;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_showAll;
};

} // namespace azkz
