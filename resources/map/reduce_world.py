#!/usr/bin/env python3
"""Reduces Natural Earth's countries of the whole world (world-atlas 2.0.2, countries-50m.json,
from the npm registry) to the outlines the locator map draws, simplified, keyed by ISO 3166-1
alpha-2 code (Debian's iso-codes gives the numeric-to-alpha-2 table), as world.json.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 reduce_world.py package/countries-50m.json /usr/share/iso-codes/json/iso_3166-1.json > world.json

Each country: its outer rings (holes are left out: none matters at a locator's scale) as flat
[lon, lat, lon, lat, ...] lists, and a label point well inside its largest ring.
"""
import json
import sys

TOLERANCE = 0.04    # degrees, for Douglas-Peucker simplification
MIN_AREA = 0.02     # square degrees: smaller islands are left out, except a country's largest ring
SOURCE = "Natural Earth 4.1.0 (public domain), via world-atlas 2.0.2 (ISC), countries-50m"


def decode_arcs(topology):
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indices):
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points, tolerance):
    if len(points) < 4:
        return points
    def distance(p, a, b):
        (x, y), (x1, y1), (x2, y2) = p, a, b
        dx, dy = x2 - x1, y2 - y1
        if dx == dy == 0:
            return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def closed_pairs(points):
    return zip(points, points[1:] + points[:1])


def area(points):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in closed_pairs(points))) / 2


def inside(point, points):
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in closed_pairs(points):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def edge_distance(point, points):
    x, y = point
    best = float("inf")
    for (x1, y1), (x2, y2) in closed_pairs(points):
        dx, dy = x2 - x1, y2 - y1
        t = 0 if dx == dy == 0 else max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        best = min(best, ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5)
    return best


def label_point(points):
    """The point of a 24 x 24 grid over the ring that lies inside it farthest from its edge."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    best, best_distance = (sum(xs) / len(xs), sum(ys) / len(ys)), -1
    for i in range(1, 24):
        for j in range(1, 24):
            p = (min(xs) + (max(xs) - min(xs)) * i / 24, min(ys) + (max(ys) - min(ys)) * j / 24)
            if inside(p, points):
                d = edge_distance(p, points)
                if d > best_distance:
                    best, best_distance = p, d
    return [round(best[0], 2), round(best[1], 2)]


def main(topology_path, iso_path):
    topology = json.load(open(topology_path))
    alpha2 = {c["numeric"]: c["alpha_2"] for c in json.load(open(iso_path))["3166-1"]}
    arcs = decode_arcs(topology)
    countries = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2.get(geometry.get("id", ""))
        if not code:  # areas without an ISO 3166-1 code (e.g. disputed ones) are not drawn
            continue
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        outers = sorted((ring(arcs, polygon[0]) for polygon in polygons), key=area, reverse=True)
        rings = []
        for index, outer in enumerate(outers):
            if index > 0 and area(outer) < MIN_AREA:
                continue
            simple = simplify(outer, TOLERANCE)
            if len(simple) < 4:
                simple = outer
            rings.append([round(c, 2) for p in simple for c in p])
        if rings:
            country = countries.setdefault(code, {"label": label_point(simplify(outers[0], TOLERANCE)), "rings": []})
            country["rings"] += rings
    json.dump({"source": SOURCE, "countries": countries}, sys.stdout, separators=(",", ":"), sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
