#!/usr/bin/env python3
"""Reduces Natural Earth's countries (world-atlas 2.0.2, countries-50m.json, from the npm
registry) to the region the locator map shows, simplified, as region.json.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 reduce_map.py package/countries-50m.json > region.json
"""
import json
import sys

BBOX = (36.0, 34.0, 90.0, 57.0)  # west, south, east, north, in degrees: the outlines kept
# The most the map may show: outlines are kept whole for every country that touches BBOX, so
# this larger box is complete (no country missing in it). The map frames the pair's countries
# and widens its view towards these limits to fill the widget.
VIEW = (33.0, 31.5, 100.0, 60.0)
# Where the names of the pair's countries and of the sea are written (longitude, latitude),
# clear of the city markers.
LABELS = {"az": (46.2, 39.0), "kz": (67.0, 48.2), "sea": (50.7, 42.0)}
TOLERANCE = 0.04                # degrees, for Douglas-Peucker simplification
# ISO 3166-1 numeric -> alpha-2, for the countries in the box (the dataset names countries by alpha-2).
ALPHA2 = {"031": "az", "398": "kz", "643": "ru", "268": "ge", "051": "am", "364": "ir", "795": "tm",
          "860": "uz", "417": "kg", "762": "tj", "156": "cn", "792": "tr", "004": "af", "368": "iq",
          "760": "sy", "496": "mn", "586": "pk", "356": "in", "422": "lb", "400": "jo", "804": "ua",
          "112": "by", "682": "sa", "376": "il", "196": "cy", "428": "lv", "440": "lt", "233": "ee"}
# City coordinates (WGS 84, rounded), for the mission markers; matched by the mission's English city name.
PLACES = [{"name": "Astana", "lon": 71.45, "lat": 51.17},
          {"name": "Baku", "lon": 49.87, "lat": 40.41},
          {"name": "Aktau", "lon": 51.17, "lat": 43.65}]


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


def in_box(points):
    w, s, e, n = BBOX
    return any(w - 5 <= x <= e + 5 and s - 5 <= y <= n + 5 for x, y in points)


def main(path):
    topology = json.load(open(path))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = []
        for polygon in polygons:
            outer = ring(arcs, polygon[0])  # holes are left out: none matters at this scale
            if in_box(outer):
                simple = simplify(outer, TOLERANCE)
                if len(simple) >= 4:
                    rings.append([round(c, 2) for p in simple for c in p])
        if rings:
            code = ALPHA2.get(geometry.get("id"), "")
            countries.append({"id": code, "name": geometry["properties"]["name"], "rings": rings})
    json.dump({"source": "Natural Earth 4.1.0 (public domain), via world-atlas 2.0.2 (ISC), countries-50m",
               "bbox": BBOX, "view": VIEW, "labels": LABELS, "countries": countries, "places": PLACES},
              sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1])
