#include "timeaxis.h"

#include "citation.h"
#include "formatting.h"
#include "plaintext.h"

#include <QAction>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include <cmath>
#include <numeric>

namespace azkz {

namespace {
constexpr int LaneHeight = 18;
constexpr int TopMargin = 22; // era names
constexpr int BottomMargin = 24; // year labels
constexpr int MaxLanes = 6;
constexpr double MinSpanYears = 0.5;
constexpr double MinViewYears = 0.5; // half a year across the widget at most zoom
constexpr int MinTickSpacing = 48; // pixels between year labels
constexpr int MaxTicks = 1000; // a bound on the loop whatever the view
constexpr int FadeWidth = 48; // pixels over which an era with an unknown start fades in

double fractionalYear(const QDate &date)
{
    return date.year() + (date.dayOfYear() - 1) / double(date.daysInYear());
}

// Where a date point starts and ends, in fractional years. QDate has no year 0 (nor some others a
// dataset may hold): such a point is placed by its year alone rather than at NaN or infinity.
double startOf(const DatePoint &point)
{
    const QDate first = point.first();
    return first.isValid() ? fractionalYear(first) : double(point.year);
}

double endOf(const DatePoint &point)
{
    const QDate last = point.last();
    if (last.isValid())
        return fractionalYear(last) + 1.0 / 365;
    return double(point.year) + (point.precision == DatePrecision::Decade ? 10 : 1);
}

// A round step of years (1, 2 or 5 times a power of ten) at least minimum long.
double roundStep(double minimum)
{
    if (!(minimum > 1))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(minimum)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= minimum)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

const QColor EraColors[] = {QColor(0xf4, 0xa2, 0x61), QColor(0xe7, 0x6f, 0x51), QColor(0x2a, 0x9d, 0x8f)};
const QColor CategoryColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
    QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b)};
} // namespace

TimeAxis::TimeAxis(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_language(language),
      m_zoomIn(new QAction(this)),
      m_zoomOut(new QAction(this)),
      m_showAll(new QAction(this))
{
    setObjectName(QStringLiteral("timeAxis"));
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
    retranslate();
    // The data's extent: every finite date of events and eras.
    double first = std::numeric_limits<double>::max(), last = std::numeric_limits<double>::lowest();
    auto extend = [&](const std::optional<DatePoint> &from, const std::optional<DatePoint> &to) {
        for (const auto &point : {from, to}) {
            if (point) {
                first = std::min(first, startOf(*point));
                last = std::max(last, endOf(*point));
            }
        }
    };
    for (const Event &event : dataset.events)
        extend(event.date.from, event.date.to);
    for (const Era &era : dataset.eras)
        extend(era.from, era.to);
    if (first <= last) {
        const double pad = std::max(1.0, (last - first) * 0.03);
        m_dataStart = first - pad;
        m_dataEnd = last + pad;
    }
    m_spans.reserve(dataset.events.size());
    for (const Event &event : dataset.events)
        m_spans.append(spanOf(event));
    QList<int> all(dataset.events.size());
    std::iota(all.begin(), all.end(), 0);
    m_visible = all;
    fitAll();
}

void TimeAxis::setLanguage(Language language)
{
    m_language = language;
    retranslate();
    update();
}

void TimeAxis::retranslate()
{
    m_zoomIn->setText(tr("Zoom the time axis in"));
    m_zoomOut->setText(tr("Zoom the time axis out"));
    m_showAll->setText(tr("Show all years on the time axis"));
}

void TimeAxis::setVisibleEvents(const QList<int> &events)
{
    m_visible = events;
    layoutLanes();
    update();
}

TimeAxis::Span TimeAxis::spanOf(const Event &event) const
{
    const DateSpec &date = event.date;
    const double start = date.from ? startOf(*date.from) : m_dataStart;
    const double end = date.to ? endOf(*date.to) : m_dataEnd;
    const bool point = !date.isSpan && date.from
        && (date.from->precision == DatePrecision::Day || date.from->precision == DatePrecision::Month);
    return {start, std::max(end, start + (point ? 0.0 : MinSpanYears)), point};
}

double TimeAxis::toX(double year) const
{
    return (year - m_viewStart) / (m_viewEnd - m_viewStart) * width();
}

double TimeAxis::toYear(double x) const
{
    return m_viewStart + x / width() * (m_viewEnd - m_viewStart);
}

void TimeAxis::setView(double start, double end)
{
    // Bounded to the data's extent (with its margin): zooming out stops at "fit all", panning
    // stops at the ends, and however many zoom steps arrive the years stay finite.
    if (!std::isfinite(start) || !std::isfinite(end))
        return;
    const double extent = m_dataEnd - m_dataStart;
    const double span = std::clamp(end - start, std::min(MinViewYears, extent), extent);
    const double oldStart = m_viewStart, oldEnd = m_viewEnd;
    if (span >= extent) {
        m_viewStart = m_dataStart;
        m_viewEnd = m_dataEnd;
    } else {
        m_viewStart = std::clamp((start + end - span) / 2, m_dataStart, m_dataEnd - span);
        m_viewEnd = m_viewStart + span;
    }
    // A tooltip names what was under the pointer; after a zoom or a pan that has moved.
    if ((m_viewStart != oldStart || m_viewEnd != oldEnd) && QToolTip::isVisible())
        QToolTip::hideText();
    layoutLanes();
    update();
}

void TimeAxis::fitAll()
{
    setView(m_dataStart, m_dataEnd);
}

void TimeAxis::zoomBy(double factor, std::optional<double> anchorX)
{
    const double anchor = toYear(anchorX.value_or(width() / 2.0));
    setView(anchor - (anchor - m_viewStart) / factor, anchor + (m_viewEnd - anchor) / factor);
}

void TimeAxis::layoutLanes()
{
    // Greedy: each event takes the first lane where it does not touch the one before.
    m_lane.fill(-1, m_dataset.events.size());
    QList<double> laneEnds;
    for (int event : std::as_const(m_visible)) {
        const Span &span = this->span(event);
        const double left = toX(span.start) - (span.point ? 6 : 0);
        const double right = std::max(toX(span.end), left + 12);
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) + 4 > left)
            ++lane;
        lane = std::min(lane, MaxLanes - 1);
        if (lane >= laneEnds.size())
            laneEnds.append(right);
        else
            laneEnds[lane] = std::max(laneEnds.at(lane), right);
        m_lane[event] = lane;
    }
}

std::optional<QRectF> TimeAxis::eventRect(int event) const
{
    const int lane = m_lane.value(event, -1);
    if (lane < 0)
        return std::nullopt;
    const Span &span = this->span(event);
    const double y = TopMargin + lane * LaneHeight + 4;
    if (span.point)
        return QRectF(toX(span.start) - 6, y, 12, 12);
    const double left = toX(span.start);
    return QRectF(left, y + 2, std::max(toX(span.end) - left, 6.0), 8);
}

int TimeAxis::eventAt(const QPointF &position) const
{
    int best = -1;
    for (int event : m_visible) {
        const auto rect = eventRect(event);
        if (rect && rect->adjusted(-3, -3, 3, 3).contains(position))
            best = event; // later (more precise) events are drawn on top
    }
    return best;
}

void TimeAxis::setSelectedEvent(int event)
{
    m_selected = event;
    if (event >= 0 && event < m_dataset.events.size()) {
        const Event &e = m_dataset.events.at(event);
        setAccessibleDescription(
            formatEventDate(e, m_dataset, m_language) + QStringLiteral(": ") + e.title.in(m_language));
        // Bring it into view, keeping the zoom.
        const Span &span = this->span(event);
        const double width = m_viewEnd - m_viewStart;
        if (span.end < m_viewStart || span.start > m_viewEnd)
            setView((span.start + span.end) / 2 - width / 2, (span.start + span.end) / 2 + width / 2);
    }
    update();
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
    for (qsizetype i = 0; i < m_dataset.eras.size(); ++i) {
        const auto area = eraArea(int(i));
        if (!area)
            continue;
        QColor band = EraColors[i % std::size(EraColors)];
        band.setAlphaF(0.16);
        if (area->openStart) {
            const double left = toX(m_dataStart);
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

    // The axis with ticks at a round step of years, far enough apart for their labels.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(0, axisY), QPointF(width(), axisY));
    painter.setPen(pal.color(QPalette::Text));
    for (const auto &[label, area] : tickLabels()) {
        const double x = toX(label.toDouble());
        painter.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // Events: a dot for a day or month, a bar for a year, decade or span.
    painter.setClipRect(QRectF(0, 0, width(), axisY));
    for (int event : std::as_const(m_visible)) {
        const auto area = eventRect(event);
        if (!area || area->right() < 0 || area->left() > width())
            continue;
        const Event &e = m_dataset.events.at(event);
        qsizetype category = 0;
        while (category < m_dataset.categories.size() && m_dataset.categories.at(category).id != e.categoryId)
            ++category;
        const QColor colour = CategoryColors[category % std::size(CategoryColors)];
        const bool selected = event == m_selected;
        painter.setPen(QPen(selected ? pal.color(QPalette::Highlight) : colour.darker(130), selected ? 3 : 1));
        painter.setBrush(colour);
        if (span(event).point)
            painter.drawEllipse(*area);
        else
            painter.drawRoundedRect(*area, 3, 3);
        if (e.dispute && e.dispute->aboutDates())
            paintOtherClaims(painter, e, *area, colour);
    }
    if (hasFocus()) {
        painter.setClipping(false);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimeAxis::paintOtherClaims(QPainter &painter, const Event &event, const QRectF &area, const QColor &colour) const
{
    // Where sources disagree on the date, each other claimed date is marked too: an open mark
    // in the event's lane, joined to it by a dashed line.
    const QString placed = event.date.toString();
    for (const Claim &claim : event.dispute->claims) {
        if (!claim.date || claim.date->toString() == placed || !claim.date->from)
            continue;
        const double x = toX(startOf(*claim.date->from));
        const QRectF mark(x - 5, area.center().y() - 5, 10, 10);
        painter.setPen(QPen(colour.darker(130), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(QPointF(area.center().x(), area.center().y()), mark.center());
        painter.setPen(QPen(colour.darker(130), 2));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawEllipse(mark);
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
    const Era &e = m_dataset.eras.at(era);
    return e.from ? startOf(*e.from) : m_dataStart;
}

std::optional<TimeAxis::EraArea> TimeAxis::eraArea(int era) const
{
    const Era &e = m_dataset.eras.at(era);
    const double left = toX(eraStart(era)), right = toX(e.to ? endOf(*e.to) : m_dataEnd);
    const double axisY = height() - BottomMargin;
    const double visibleLeft = std::max(left, 0.0), visibleRight = std::min(right, double(width()));
    if (visibleRight <= visibleLeft)
        return std::nullopt;
    // The name starts where the band comes into view and may run on past a narrow band, up to
    // the next era's name; it is elided, but never to nothing while the band shows.
    double limit = width();
    for (qsizetype other = 0; other < m_dataset.eras.size(); ++other) {
        const double otherLeft = std::max(toX(eraStart(int(other))), 0.0);
        if (other != era && otherLeft > visibleLeft)
            limit = std::min(limit, otherLeft);
    }
    const QFontMetricsF metrics(smallFont());
    const QString ellipsis(QChar(0x2026));
    const double minimum = metrics.horizontalAdvance(ellipsis) + 2;
    const double textLeft = std::min(visibleLeft + 4, width() - minimum);
    QRectF label(textLeft, 2, std::max(limit - 4 - textLeft, minimum), TopMargin - 2);
    QString text = metrics.elidedText(e.name.in(m_language), Qt::ElideRight, label.width());
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
    const double step = roundStep(MinTickSpacing * (m_viewEnd - m_viewStart) / std::max(width(), 1));
    const double firstTick = std::ceil(m_viewStart / step) * step;
    const QFontMetricsF metrics(smallFont());
    const double axisY = height() - BottomMargin;
    for (int i = 0; i < MaxTicks && firstTick + i * step <= m_viewEnd; ++i) {
        const double year = firstTick + i * step;
        const QString text = QString::number(qint64(std::llround(year)));
        const double textWidth = metrics.horizontalAdvance(text) + 2;
        const double left = std::clamp(toX(year) - textWidth / 2, 0.0, std::max(width() - textWidth, 0.0));
        labels.append({text, QRectF(left, axisY + 5, textWidth, BottomMargin - 5)});
    }
    return labels;
}

void TimeAxis::resizeEvent(QResizeEvent *event)
{
    layoutLanes();
    QWidget::resizeEvent(event);
}

void TimeAxis::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier)
        zoomBy(std::pow(1.25, steps), event->position().x());
    else {
        const double shift = -steps * (m_viewEnd - m_viewStart) * 0.1;
        setView(m_viewStart + shift, m_viewEnd + shift);
    }
    event->accept();
}

void TimeAxis::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_dragFrom = event->position();
    m_dragViewStart = m_viewStart;
    m_dragged = false;
}

void TimeAxis::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom && (event->buttons() & Qt::LeftButton)) {
        const double dx = event->position().x() - m_dragFrom->x();
        if (std::abs(dx) > 3 || m_dragged) {
            m_dragged = true;
            const double years = dx / width() * (m_viewEnd - m_viewStart);
            const double span = m_viewEnd - m_viewStart;
            setView(m_dragViewStart - years, m_dragViewStart - years + span);
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
            const Event &e = m_dataset.events.at(hit);
            QToolTip::showText(help->globalPos(),
                plainToolTip(formatEventDate(e, m_dataset, m_language) + QStringLiteral("\n") + e.title.in(m_language)
                    + (e.dispute ? QStringLiteral("\n") + disputeText(*e.dispute, m_dataset, m_language) : QString())),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace azkz
