#include "ui/timeline/timeaxis.h"

#include "core/models/roles.h"
#include "core/text/formatting.h"
#include "core/timeline/eventsmodel.h"
#include "ui/common/plaintext.h"
#include "ui/common/spokenchoice.h"

#include <QAction>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <vector>

namespace azkz {

namespace {
constexpr int TopMargin = AxisMarkers::TopMargin; // era names
constexpr int BottomMargin = 24; // year labels
constexpr int MinTickSpacing = 48; // pixels between year labels
constexpr int MaxTicks = 1000; // a bound on the loop whatever the view
constexpr int FadeWidth = 48; // pixels over which an era with an unknown start fades in

const QColor EraColors[] = {QColor(0xf4, 0xa2, 0x61), QColor(0xe7, 0x6f, 0x51), QColor(0x2a, 0x9d, 0x8f)};
} // namespace

QColor TimeAxis::categoryColour(qsizetype category)
{
    return AxisMarkers::categoryColour(category);
}

TimeAxis::TimeAxis(const SharedDataset &dataset, const EventsModel &events, QWidget *parent)
    : QWidget(parent),
      m_events(events),
      m_scale(*dataset),
      m_markers(events),
      m_zoomIn(new QAction(this)),
      m_zoomOut(new QAction(this)),
      m_showAll(new QAction(this))
{
    setObjectName(QStringLiteral("timeAxis"));
    setTitle({}); // before the axis is first asked for its accessible interface: it has a child
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // Keys of the focused axis; Left, Right, Home and End are the page's (they move the selection).
    m_zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    m_zoomOut->setShortcut(QKeySequence(Qt::Key_Minus));
    m_showAll->setShortcut(QKeySequence(Qt::Key_0));
    for (QAction *action : {m_zoomIn, m_zoomOut, m_showAll}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
    }
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(1.5); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(1 / 1.5); });
    connect(m_showAll, &QAction::triggered, this, &TimeAxis::fitAll);
    connect(&events, &QAbstractItemModel::headerDataChanged, this, [this] { // the language changed
        retranslate();
        update();
    });
    retranslate();
    m_scale.setWidth(width());
}

void TimeAxis::retranslate()
{
    m_zoomIn->setText(tr("Zoom the time axis in"));
    m_zoomOut->setText(tr("Zoom the time axis out"));
    m_showAll->setText(tr("Show all years on the time axis"));
}

void TimeAxis::setVisibleEvents(const QList<int> &events)
{
    m_scale.setVisibleEvents(events);
    viewChanged(m_scale.fitVisibleEvents()); // the years of what is shown, not the whole data's
    update();
}

void TimeAxis::viewChanged(bool moved)
{
    // A tooltip names what was under the pointer; after a zoom or a pan that has moved.
    if (moved && QToolTip::isVisible())
        QToolTip::hideText();
    update();
}

void TimeAxis::fitAll()
{
    viewChanged(m_scale.fitAll());
}

void TimeAxis::setViewRange(double start, double end)
{
    viewChanged(m_scale.setView(start, end));
}

void TimeAxis::zoomBy(double factor, std::optional<double> anchorX)
{
    viewChanged(m_scale.zoomBy(factor, anchorX.value_or(width() / 2.0)));
}

std::optional<QRectF> TimeAxis::eventRect(int event) const
{
    return m_markers.eventRect(m_scale, event);
}

QList<QRectF> TimeAxis::otherClaimRects(int event) const
{
    return m_markers.otherClaimRects(m_scale, event);
}

int TimeAxis::eventAt(const QPointF &position) const
{
    int best = -1;
    for (int event : m_scale.visibleEvents()) {
        const auto rect = eventRect(event);
        if (rect && rect->adjusted(-3, -3, 3, 3).contains(position))
            best = event; // later (more precise) events are drawn on top
        for (const QRectF &claim : otherClaimRects(event)) {
            if (claim.adjusted(-2, -2, 2, 2).contains(position))
                best = event; // another date claimed for it: its tooltip says so, a click picks it
        }
    }
    return best;
}

void TimeAxis::setTitle(const QString &title)
{
    m_title = title;
    const bool selected = m_selected >= 0 && m_selected < m_events.rowCount();
    const auto where = selected ? eventRect(m_selected) : std::nullopt;
    setSpokenChoice(this, title, selected ? eventText(m_selected, QStringLiteral(" — ")) : QString(),
        where ? where->toAlignedRect() : rect());
}

void TimeAxis::setSelectedEvent(int event)
{
    m_selected = event;
    setTitle(m_title);
    if (event >= 0 && event < m_events.rowCount()) {
        // Bring it into view, keeping the zoom.
        viewChanged(m_scale.bringIntoView(event));
    }
    update();
}

QString TimeAxis::eventText(int event, const QString &separator) const
{
    return m_events.index(event, EventsModel::Date).data().toString() + separator
        + m_events.event(event).title.in(m_events.language());
}

void TimeAxis::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const int axisY = height() - BottomMargin;

    // Eras as bands behind everything; one whose start is unknown fades in from the left.
    painter.setFont(smallFont());
    for (qsizetype i = 0; i < m_events.eras().size(); ++i) {
        const auto area = eraArea(int(i));
        if (!area)
            continue;
        QColor band = EraColors[i % std::size(EraColors)];
        band.setAlphaF(0.16);
        if (area->openStart) {
            const double left = toX(m_scale.dataRange().first);
            QLinearGradient fade(
                QPointF(left, 0), QPointF(left + std::min(FadeWidth / 1.0, area->band.width() / 2), 0));
            QColor clear = band;
            clear.setAlphaF(0);
            fade.setColorAt(0, clear);
            fade.setColorAt(1, band);
            painter.fillRect(area->band, fade);
        } else {
            painter.fillRect(area->band, band);
        }
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(area->label, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, area->text);
    }

    // The axis with ticks at a round step of years (or months), far enough apart for their labels.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(0, axisY), QPointF(width(), axisY));
    painter.setPen(pal.color(QPalette::Text));
    const auto marks = ticks();
    const auto labels = tickLabels(); // in the same order
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const double x = toX(marks.at(i).first);
        painter.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        painter.drawText(labels.at(i).second, Qt::AlignHCenter | Qt::AlignTop, labels.at(i).first);
    }

    painter.setClipRect(QRectF(0, 0, width(), axisY));
    m_markers.paint(painter, m_scale, width(), m_selected, palette());
    if (hasFocus()) {
        painter.setClipping(false);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

QFont TimeAxis::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

double TimeAxis::eraStart(int era) const
{
    const Era &e = m_events.eras().at(era);
    return e.from ? TimeScale::startOf(*e.from) : m_scale.dataRange().first;
}

std::optional<TimeAxis::EraArea> TimeAxis::eraArea(int era) const
{
    const Era &e = m_events.eras().at(era);
    const double left = toX(eraStart(era)), right = toX(e.to ? TimeScale::endOf(*e.to) : m_scale.dataRange().second);
    const double axisY = height() - BottomMargin;
    const double visibleLeft = std::max(left, 0.0), visibleRight = std::min(right, double(width()));
    if (visibleRight <= visibleLeft)
        return std::nullopt;
    // The name starts where the band comes into view and may run on past a narrow band, up to
    // the next era's name; it is elided, but never to nothing while the band shows.
    double limit = width();
    for (qsizetype other = 0; other < m_events.eras().size(); ++other) {
        const double otherLeft = std::max(toX(eraStart(int(other))), 0.0);
        if (other != era && otherLeft > visibleLeft)
            limit = std::min(limit, otherLeft);
    }
    const QFontMetricsF metrics(smallFont());
    const QString ellipsis(QChar(0x2026));
    const double minimum = metrics.horizontalAdvance(ellipsis) + 2;
    const double textLeft = std::min(visibleLeft + 4, width() - minimum);
    QRectF label(textLeft, 2, std::max(limit - 4 - textLeft, minimum), TopMargin - 2);
    QString text = metrics.elidedText(e.name.in(m_events.language()), Qt::ElideRight, label.width());
    if (text.isEmpty())
        text = ellipsis;
    label.setWidth(std::min(label.width(), metrics.horizontalAdvance(text) + 2));
    return EraArea{QRectF(left, 0, right - left, axisY), label, text, !e.from};
}

QList<std::pair<QString, QRectF>> TimeAxis::tickLabels() const
{
    // Each tick is computed from the first (never by adding to the last), and their number is
    // capped. Labels at the ends are moved inwards rather than cut by the widget's edge.
    QList<std::pair<QString, QRectF>> labels;
    const QFontMetricsF metrics(smallFont());
    const double axisY = height() - BottomMargin;
    for (const auto &[year, text] : ticks()) {
        const double textWidth = metrics.horizontalAdvance(text) + 2;
        const double left = std::clamp(toX(year) - textWidth / 2, 0.0, std::max(width() - textWidth, 0.0));
        labels.append({text, QRectF(left, axisY + 5, textWidth, BottomMargin - 5)});
    }
    return labels;
}

QList<std::pair<double, QString>> TimeAxis::ticks() const
{
    QList<std::pair<double, QString>> ticks;
    const auto months = m_scale.tickMonths(MinTickSpacing, MaxTicks);
    if (months.isEmpty()) {
        for (const double year : m_scale.tickYears(MinTickSpacing, MaxTicks))
            ticks.append({year, QString::number(qint64(std::llround(year)))});
        return ticks;
    }
    // Zoomed in to months: a January is its year; the first tick names its year too, so that
    // the months shown are never without one.
    const QLocale locale = localeFor(m_events.language());
    for (const auto &[year, month] : months) {
        const QString name = locale.monthName(month, QLocale::ShortFormat);
        const QString text = month == 1 ? QString::number(year)
            : ticks.isEmpty()           ? QStringLiteral("%1 %2").arg(name).arg(year)
                                        : name;
        ticks.append({TimeScale::startOf(DatePoint{year, month, 0, DatePrecision::Month}), text});
    }
    return ticks;
}

void TimeAxis::resizeEvent(QResizeEvent *event)
{
    m_scale.setWidth(width());
    QWidget::resizeEvent(event);
}

void TimeAxis::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier)
        zoomBy(std::pow(1.25, steps), event->position().x());
    else
        viewChanged(m_scale.panBy(-steps * m_scale.viewYears() * 0.1));
    event->accept();
}

void TimeAxis::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_dragFrom = event->position();
    m_dragViewStart = m_scale.viewRange().first;
    m_dragged = false;
}

void TimeAxis::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom && (event->buttons() & Qt::LeftButton)) {
        const double dx = event->position().x() - m_dragFrom->x();
        if (std::abs(dx) > 3 || m_dragged) {
            m_dragged = true;
            const double span = m_scale.viewYears();
            const double years = dx / width() * span;
            viewChanged(m_scale.setView(m_dragViewStart - years, m_dragViewStart - years + span));
            setCursor(Qt::ClosedHandCursor);
        }
    }
}

void TimeAxis::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragged) {
        const int event_ = eventAt(event->position());
        if (event_ >= 0) {
            setSelectedEvent(event_);
            emit eventClicked(event_);
        }
    }
    m_dragFrom.reset();
    m_dragged = false;
    unsetCursor();
}

bool TimeAxis::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int hit = eventAt(help->pos());
        if (hit >= 0) {
            const QString dispute = m_events.index(hit, 0).data(DisputeRole).toString();
            QToolTip::showText(help->globalPos(),
                plainToolTip(eventText(hit, QStringLiteral("\n"))
                    + (dispute.isEmpty() ? QString() : QStringLiteral("\n") + dispute)),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace azkz
