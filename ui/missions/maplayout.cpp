#include "ui/missions/maplayout.h"

#include <QLineF>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace azkz::maplayout {

namespace {
constexpr qreal Gap = 2; // pixels between two dots, and around a name
constexpr qreal Reach = 120; // how far from its dot a name may go, with a line to it
constexpr qreal Step = 3; // the grid of places tried for a name

QPointF keptInside(const QPointF &point, const QRectF &area)
{
    return {std::clamp(point.x(), area.left(), std::max(area.left(), area.right())),
        std::clamp(point.y(), area.top(), std::max(area.top(), area.bottom()))};
}

// The groups of dots that touch, each a list of indexes (a dot alone is a group of one).
QList<QList<qsizetype>> touching(const QList<QPointF> &positions, qreal apart)
{
    QList<qsizetype> group(positions.size());
    std::iota(group.begin(), group.end(), 0);
    const auto root = [&](qsizetype i) {
        while (group.at(i) != i)
            i = group[i] = group.at(group.at(i));
        return i;
    };
    for (qsizetype i = 0; i < positions.size(); ++i) {
        for (qsizetype j = i + 1; j < positions.size(); ++j) {
            if (QLineF(positions.at(i), positions.at(j)).length() < apart)
                group[root(j)] = root(i);
        }
    }
    QList<QList<qsizetype>> groups(positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i)
        groups[root(i)].append(i);
    groups.removeIf([](const QList<qsizetype> &g) { return g.isEmpty(); });
    return groups;
}
// Rectangles of size round at, nearest first, at least gap from it and at most Reach: to
// its right, left, above, below, then further round and further out, as a map reader looks
// for a name.
QList<QRectF> around(const QPointF &at, const QSizeF &size, qreal gap)
{
    struct Candidate {
        QRectF rect;
        qreal distance;
        qreal offRow; // how far its middle is from the dot's row
        bool left;
    };
    QList<Candidate> candidates;
    const QRectF r(QPointF(), size);
    for (qreal y = at.y() - size.height() - Reach; y <= at.y() + Reach; y += Step) {
        for (qreal x = at.x() - size.width() - Reach; x <= at.x() + Reach; x += Step) {
            const QRectF rect = r.translated(x, y);
            const qreal d = distance(at, rect);
            if (d >= gap && d <= Reach)
                candidates.append(
                    {rect, std::round(d / Step), std::abs(rect.center().y() - at.y()), rect.center().x() < at.x()});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.distance, a.offRow, a.left) < std::tie(b.distance, b.offRow, b.left);
    });
    QList<QRectF> rects;
    rects.reserve(candidates.size());
    for (const Candidate &c : candidates)
        rects.append(c.rect);
    return rects;
}
} // namespace

QRectF keptInside(QRectF rect, const QRectF &area)
{
    rect.moveLeft(std::max(area.left(), std::min(rect.left(), area.right() - rect.width())));
    rect.moveTop(std::max(area.top(), std::min(rect.top(), area.bottom() - rect.height())));
    return rect;
}

qreal distance(const QPointF &point, const QRectF &rect)
{
    const qreal dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const qreal dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

namespace {
QList<QPointF> spreadDots(const QList<QPointF> &positions, qreal radius, qreal apart, const QRectF &area)
{
    QList<QPointF> spread = positions;
    // A group spread round a circle may touch another dot or group: then they are one group,
    // spread again round a wider circle.
    for (int round = 0; round < 20; ++round) {
        bool moved = false;
        for (const QList<qsizetype> &group : touching(spread, apart)) {
            const qsizetype n = group.size();
            if (n < 2)
                continue;
            moved = true;
            QPointF centre;
            for (const qsizetype i : group)
                centre += positions.at(i) / qreal(n);
            // Evenly round a circle on which neighbours are a little more than `apart` from each
            // other, in the order they lie round their centre (west first where they coincide).
            const qreal ring = 1.05 * apart / (2 * std::sin(M_PI / qreal(n)));
            QList<qsizetype> order = group;
            const auto angle = [&](qsizetype i) {
                const QPointF d = positions.at(i) - centre;
                return QLineF(QPointF(), d).length() < 1e-6 ? M_PI : std::atan2(d.y(), d.x());
            };
            std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return angle(a) < angle(b); });
            const qreal first = angle(order.first());
            // The whole circle inside the map, moved in from an edge rather than squashed.
            const QRectF room = area.adjusted(radius + ring, radius + ring, -radius - ring, -radius - ring);
            const QPointF middle = room.isValid() ? keptInside(centre, room) : centre;
            for (qsizetype k = 0; k < n; ++k) {
                const qreal a = first + 2 * M_PI * qreal(k) / qreal(n);
                spread[order.at(k)] = keptInside(
                    middle + ring * QPointF(std::cos(a), std::sin(a)), area.adjusted(radius, radius, -radius, -radius));
            }
        }
        if (!moved)
            break;
    }
    return spread;
}

struct Placement {
    QList<PlacedLabel> labels;
    QList<qsizetype> failed; // the names that found no free place, in the order tried
};

// The labels placed in order, each at its first free place; one that finds none goes to the
// right of its dot, inside the map.
Placement placeInOrder(const QList<QPointF> &dots, const QList<QSizeF> &sizes, const QList<qsizetype> &order,
    qreal radius, const QRectF &area)
{
    QList<PlacedLabel> placed(dots.size());
    QList<QRectF> taken;
    QList<qsizetype> failed;
    for (const qsizetype i : order) {
        const QPointF at = dots.at(i);
        const QSizeF size = sizes.at(i);
        const auto free = [&](const QRectF &rect) {
            if (!area.contains(rect))
                return false;
            const QRectF near = rect.adjusted(-Gap, -Gap, Gap, Gap);
            if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(near); }))
                return false;
            const qreal own = distance(at, rect);
            for (qsizetype j = 0; j < dots.size(); ++j) {
                const qreal d = distance(dots.at(j), rect);
                if (d <= radius + Gap || (j != i && d <= own + Gap))
                    return false;
            }
            return true;
        };
        std::optional<PlacedLabel> found;
        const qreal beside = radius + Gap + 1;
        for (const QRectF &candidate : around(at, size, beside)) {
            if (free(candidate)) {
                found = PlacedLabel{candidate, distance(at, candidate) > beside + Step};
                break;
            }
        }
        if (!found) { // crowded beyond help: to the right, inside the map
            QRectF rect(QPointF(at.x() + radius + Gap + 1, at.y() - size.height() / 2), size);
            rect = maplayout::keptInside(rect, area);
            found = PlacedLabel{rect, false};
            failed.append(i);
        }
        placed[i] = *found;
        taken.append(found->rect);
    }
    return {placed, failed};
}

// The names placed in the given order; a name that finds no place goes first and all are
// placed again, a few times at most.
Placement placeLabels(const QList<QPointF> &dots, const QList<QSizeF> &sizes, qreal radius, const QRectF &area)
{
    QList<qsizetype> order(dots.size());
    std::iota(order.begin(), order.end(), 0);
    Placement best = placeInOrder(dots, sizes, order, radius, area);
    Placement last = best;
    for (int attempt = 0; !last.failed.isEmpty() && attempt < std::min<qsizetype>(dots.size(), 12); ++attempt) {
        order.removeOne(last.failed.first());
        order.prepend(last.failed.first());
        last = placeInOrder(dots, sizes, order, radius, area);
        if (last.failed.size() < best.failed.size())
            best = last;
    }
    return best;
}
} // namespace

Layout layOut(const QList<QPointF> &places, const QList<QSizeF> &sizes, qreal radius, const QRectF &area)
{
    // Dots that touch are spread round their common place; where names still find no place
    // of their own, dots nearer than a wider distance are spread too, round a wider circle, on
    // which each dot's name has room outwards.
    Layout best;
    std::pair<qsizetype, qsizetype> fewest(places.size() + 1, places.size() + 1); // dots touching, names unplaced
    for (const qreal apart : {2 * radius + Gap, 5 * radius, 8 * radius, 12 * radius}) {
        const QList<QPointF> dots = spreadDots(places, radius, apart, area);
        const Placement placement = placeLabels(dots, sizes, radius, area);
        const qsizetype touchingDots = dots.size() - touching(dots, 2 * radius + Gap).size();
        const std::pair<qsizetype, qsizetype> faults(touchingDots, placement.failed.size());
        if (faults < fewest) {
            fewest = faults;
            best = {dots, placement.labels};
        }
        if (fewest == std::pair<qsizetype, qsizetype>(0, 0))
            break;
    }
    return best;
}

} // namespace azkz::maplayout
