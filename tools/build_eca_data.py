#!/usr/bin/env python3
"""Builds `src/route/eca_polygons.rs`, the emission-control-area polygons, from their texts.

Run by hand when a source changes (nothing is fetched at build or run time):

    pip install shapely geographiclib
    python3 tools/build_eca_data.py > src/route/eca_polygons.rs

Inputs (see docs/data-sources.md, "Emission control area polygons", for provenance):

* tools/eca/marpol_annex_vi_appendix_vii.txt -- the boundary points of MARPOL Annex VI
  Appendix VII (North American ECA: Pacific, Atlantic/Gulf, Hawaii; United States Caribbean
  Sea ECA), transcribed from the French transposition of the annex.
* tools/eca/china_baselines_1996.txt -- basepoints of China's 1996 straight baselines
  (Shandong to eastern Guangdong), which push the 12-nm coastal zone offshore.
* data/land_50m.txt -- Natural Earth 1:50m land (public domain), for the two zones defined by a
  distance from the coast: California's Regulated California Waters (24 nm) and China's
  coastal domestic emission control area (12 nm).

Method:

* Appendix VII edges are geodesics: each edge between two listed points is densified with
  WGS84 geodesic points (GeographicLib direct problem) at most DENSIFY_NM apart, so that the
  crate's point-in-polygon test in lat/lon (straight lat/lon edges) follows the geodesic to
  well under 0.1 nm. Where a boundary ends on the coast (Pacific: US-Mexico border to Cape
  Douglas; Atlantic: 60 N on the Labrador coast to the Rio Grande), the ring is closed by
  hand-placed inland points (LANDWARD_*), whose edges run over land only.
* Distance zones: land polygons are clipped to the country's coast region, projected to a
  sinusoidal projection about a central meridian (scale error < 0.5 % within 8 degrees of it),
  buffered by the distance (shapely, 1852 m per nm, 32 segments per quarter circle),
  projected back, clipped to the sector between the land borders' seaward lines, simplified
  (SIMPLIFY_DEG).
* Every area is cut into TILE_DEG tiles aligned to the TILE_DEG grid (the crate indexes
  polygons by that grid: a point meets only the few small tiles of its cell); tiling adds
  vertices on the tile edges and does not move the boundary.
* Every output ring is a simple polygon without holes (tiles with holes are split further).
"""
import math
import sys
from pathlib import Path

from geographiclib.geodesic import Geodesic
from shapely.geometry import Polygon, MultiPolygon, box
from shapely.ops import unary_union
import shapely
from shapely import make_valid

ROOT = Path(__file__).resolve().parent.parent
WGS84 = Geodesic.WGS84
NM = 1852.0
DENSIFY_NM = 10.0
SIMPLIFY_DEG = 0.004  # ~0.24 nm
TILE_DEG = 2.0


def read_app7():
    sections, cur = {}, None
    for line in (ROOT / 'tools/eca/marpol_annex_vi_appendix_vii.txt').read_text().splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('['):
            cur = line.strip('[]')
            sections[cur] = []
            continue
        n, ad, am, asec, od, om, osec = line.split()
        assert int(n) == len(sections[cur]) + 1, (cur, n)
        lat = int(ad) + float(am) / 60 + float(asec) / 3600
        lon = -(int(od) + float(om) / 60 + float(osec) / 3600)
        sections[cur].append((lat, lon))
    return sections


def densify(points):
    """Geodesic densification of consecutive (lat, lon) points; returns the densified line."""
    out = [points[0]]
    for (a, b) in zip(points, points[1:]):
        g = WGS84.Inverse(a[0], a[1], b[0], b[1])
        n = max(1, math.ceil(g['s12'] / (DENSIFY_NM * NM)))
        line = WGS84.InverseLine(a[0], a[1], b[0], b[1])
        for k in range(1, n):
            p = line.Position(g['s12'] * k / n)
            out.append((p['lat2'], p['lon2']))
        out.append(b)
    return out


# Inland closures (lat, lon): every point and edge over land, placed on the Natural Earth
# 1:50m map behind the fjords, bays and river ports that belong to the area.
LANDWARD_PACIFIC = [
    (59.6, -154.6),   # Alaska Peninsula, behind Cape Douglas
    (61.9, -152.5),   # west of the Susitna valley (Cook Inlet inside)
    (62.5, -146.0),   # Copper River basin (Prince William Sound inside)
    (62.0, -141.0),   # Alaska-Yukon border
    (60.0, -135.0),   # Yukon, behind Lynn Canal and Skagway
    (56.5, -129.5),   # British Columbia, behind Portland Canal
    (52.0, -124.0),   # BC interior, behind Dean Channel and Bute Inlet
    (49.0, -121.0),   # behind the Fraser valley
    (47.0, -121.5),   # Cascades, east of Puget Sound
    (42.0, -121.0),   # Oregon-California border inland
    (35.0, -117.5),   # Mojave
    (32.7, -115.0),   # Imperial valley, back to point 1 at the US-Mexico border
]
LANDWARD_ATLANTIC = [
    (26.2, -97.8),    # Texas, north of the Rio Grande
    (28.0, -98.0),
    (30.5, -97.5),
    (31.5, -93.5),    # behind Lake Charles and Sabine
    (31.2, -91.5),    # behind Baton Rouge
    (31.0, -88.0),    # behind Mobile
    (31.2, -85.0),
    (31.5, -83.0),    # Georgia
    (34.0, -81.0),    # South Carolina, behind Charleston and Savannah
    (36.0, -78.5),    # North Carolina, behind the sounds
    (38.5, -77.8),    # Virginia, behind the Chesapeake and the Potomac
    (40.3, -76.0),    # Pennsylvania, behind Philadelphia and Trenton
    (42.5, -74.5),    # New York, west of the Hudson
    (45.2, -75.0),    # Ontario-Quebec, west of Montreal
    (48.0, -72.5),    # Quebec, behind the Saguenay
    (52.0, -66.0),    # Labrador interior
    (56.0, -64.0),
    (58.5, -63.8),    # Torngat Mountains, back to point 1 (60 N on the Labrador coast)
]


def app7_rings():
    s = read_app7()
    pac = densify(s['north_american_pacific']) + LANDWARD_PACIFIC
    atl = densify(s['north_american_atlantic']) + LANDWARD_ATLANTIC
    haw = densify(s['north_american_hawaii'])[:-1]  # point 45 = point 1
    car = densify(s['us_caribbean'])[:-1]  # point 55 = point 1
    for name, ring in [('pacific', pac), ('atlantic', atl), ('hawaii', haw), ('caribbean', car)]:
        poly = Polygon([(lon, lat) for lat, lon in ring])
        assert poly.is_valid, name
    return s, {'NORTH_AMERICAN_PACIFIC': pac, 'NORTH_AMERICAN_ATLANTIC': atl,
               'NORTH_AMERICAN_HAWAII': haw, 'US_CARIBBEAN': car}


def read_land(bbox):
    """Land polygons (shapely, lon/lat) whose ring bounding box meets bbox."""
    x0, y0, x1, y1 = bbox
    polys, shell, holes = [], None, []

    def flush():
        if shell is not None:
            polys.append(Polygon(shell, holes))

    for line in (ROOT / 'data/land_50m.txt').read_text().splitlines():
        if line.startswith('#') or not line.strip():
            continue
        hole = line.startswith('h')
        pts = [tuple(int(v) / 1e4 for v in t.split(',')) for t in line.lstrip('h ').split()]
        if hole:
            if shell is not None:
                holes.append(pts)
            continue
        flush()
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        if max(xs) < x0 or min(xs) > x1 or max(ys) < y0 or min(ys) > y1 or len(pts) < 3:
            shell, holes = None, []
        else:
            shell, holes = pts, []
    flush()
    return [make_valid(p) for p in polys]


def sinusoidal(lon0):
    k = math.pi / 180 * 6371008.8

    def fwd(x, y):
        return ((x - lon0) * math.cos(math.radians(y)) * k, y * k)

    def inv(x, y):
        lat = y / k
        return (x / (math.cos(math.radians(lat)) * k) + lon0, lat)

    return fwd, inv


def transform(geom, f):
    return shapely.transform(geom, lambda xy: [f(x, y) for x, y in xy])


def buffer_zone(land, lon0, nm):
    fwd, inv = sinusoidal(lon0)
    projected = transform(land, fwd)
    return transform(projected.buffer(nm * NM, quad_segs=32), inv)


def tiles(geom):
    """Rings (lat, lon) of geom cut into TILE_DEG tiles, each without holes."""
    out = []

    def emit(g, depth):
        if g.is_empty:
            return
        if isinstance(g, Polygon):
            if g.area < 1e-9:
                return
            if len(g.interiors) == 0 or depth > 8:
                ring = list(g.exterior.coords)[:-1]
                out.append([(round(y, 5), round(x, 5)) for x, y in ring])
                return
            x0, y0, x1, y1 = g.bounds
            xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
            for b in [box(x0, y0, xm, ym), box(xm, y0, x1, ym), box(x0, ym, xm, y1), box(xm, ym, x1, y1)]:
                emit(g.intersection(b), depth + 1)
        elif hasattr(g, 'geoms'):
            for p in g.geoms:
                emit(p, depth)

    x0, y0, x1, y1 = geom.bounds
    gx = math.floor(x0 / TILE_DEG) * TILE_DEG
    while gx < x1:
        gy = math.floor(y0 / TILE_DEG) * TILE_DEG
        while gy < y1:
            emit(geom.intersection(box(gx, gy, gx + TILE_DEG, gy + TILE_DEG)), 0)
            gy += TILE_DEG
        gx += TILE_DEG
    return out


def california(app7):
    """Regulated California Waters, 13 CCR 2299.2(b)(1)(F): within 24 nm of the California
    baseline from the Oregon border (42 N) to the Mexico border, except the area off Point
    Arguello bounded by 34.8 N 121.14 W, 34.46 N 120.82 W, 34.36 N 120.82 W, 34.29 N 120.99 W and
    the 24-nm line."""
    land = unary_union(read_land((-126.0, 31.0, -113.0, 43.0)))
    # California land and its islands: north of the US-Mexico border at the coast (32.534 N),
    # south of the Oregon border (42 N), west of the Colorado River.
    ca = land.intersection(box(-126.0, 32.534, -114.1, 42.0))
    zone = buffer_zone(ca, -120.0, 24.0)
    # Sector between the seaward lines of the borders: 42 N to the west; to the south the
    # US-Mexico maritime boundary = Appendix VII Pacific points 1-9.
    border = app7['north_american_pacific'][:9]
    sector = Polygon([(lon, lat) for lat, lon in border] + [(-132.0, 30.0), (-132.0, 42.0), (-113.0, 42.0), (-113.0, 32.7)])
    zone = zone.intersection(sector)
    exception = Polygon([(-121.14, 34.8), (-120.82, 34.46), (-120.82, 34.36), (-120.99, 34.29), (-122.5, 34.29), (-122.5, 34.8)])
    zone = zone.difference(exception)
    return zone.simplify(SIMPLIFY_DEG)


def china():
    """China's coastal domestic ECA (MOT 2018 scheme): approximated as 12 nm from the
    Natural Earth coast of the mainland and its islands and from the 1996 straight baselines
    (Hainan separately), plus the Bohai Sea (internal waters west of Laotieshan-Penglai)."""
    land = read_land((105.0, 15.0, 126.0, 42.0))
    # Coast region: mainland China from the Yalu mouth to the Beilun mouth and its coastal
    # islands; Taiwan, Penghu, Korea and Vietnam outside.
    region = Polygon([
        (124.15, 39.78), (124.4, 40.1), (125.5, 40.9), (128.0, 42.5), (118.0, 44.0), (104.0, 35.0),
        (102.0, 24.0), (106.0, 22.8), (107.3, 22.0), (108.03, 21.55), (108.05, 21.0),
        (108.6, 21.0), (108.0, 17.5), (111.8, 17.5), (112.0, 21.0), (117.5, 23.0), (119.0, 24.2),
        (120.3, 25.4), (121.0, 26.8), (123.0, 28.5), (123.3, 31.5), (122.5, 33.5), (123.0, 37.5),
        (123.6, 39.2),
    ])
    pieces = [p.intersection(region) for p in land if p.intersects(region)]
    hainan_pt = Polygon([(109.69, 19.19), (109.71, 19.19), (109.71, 19.21)]).centroid
    hainan = unary_union([p for p in pieces if p.contains(hainan_pt)])
    rest = unary_union([p for p in pieces if not p.contains(hainan_pt)])
    hainan_zone = buffer_zone(hainan, 110.0, 12.0)
    # Waters inside the 1996 straight baselines (Shandong to eastern Guangdong): the
    # baseline points, closed by an inland return path; its 12-nm buffer is the territorial
    # sea off the baselines.
    base = []
    for line in (ROOT / 'tools/eca/china_baselines_1996.txt').read_text().splitlines():
        if line.strip() and not line.startswith('#'):
            _, ad, am, od, om = line.split()
            base.append((int(od) + float(om) / 60, int(ad) + float(am) / 60))
    inland = [(115.2, 23.3), (117.0, 25.0), (119.5, 28.0), (120.0, 31.0), (118.5, 34.0),
              (120.5, 36.8), (122.3, 37.3)]
    internal = Polygon(base + inland)
    assert internal.is_valid
    rest = unary_union([rest, internal])
    bohai = Polygon([(121.13, 38.72), (120.75, 37.82), (120.3, 36.9), (117.0, 36.9), (117.0, 41.5), (122.5, 41.5)])
    coastal = unary_union([buffer_zone(rest, 116.0, 12.0), bohai])
    # Seaward lines of the land borders: nothing east of the Yalu mouth's meridian north of
    # 37 N (DPRK waters), nothing west of the Beilun mouth's meridian (Vietnamese waters).
    coastal = coastal.difference(box(124.15, 37.0, 130.0, 43.0)).difference(box(100.0, 15.0, 108.03, 22.0))
    coastal = coastal.difference(hainan_zone)
    hainan_zone = hainan_zone.difference(box(100.0, 15.0, 108.03, 22.0))
    return coastal.simplify(SIMPLIFY_DEG), hainan_zone.simplify(SIMPLIFY_DEG)


def emit_rust(name, doc, rings, out):
    out.append(f'/// {doc}\npub(crate) static {name}: &[&[(f64, f64)]] = &[\n')
    for r in rings:
        out.append('    &[' + ', '.join(f'({lat}, {lon})' for lat, lon in r) + '],\n')
    out.append('];\n\n')


def emit_ring(name, doc, ring, out):
    out.append(f'/// {doc}\npub(crate) static {name}: &[(f64, f64)] = &[\n')
    for k in range(0, len(ring), 6):
        out.append('    ' + ' '.join(f'({lat}, {lon}),' for lat, lon in ring[k:k + 6]) + '\n')
    out.append('];\n\n')


def main():
    app7, rings = app7_rings()
    out = ['// @generated by tools/build_eca_data.py -- do not edit; see docs/data-sources.md\n',
           '// ("Emission control area polygons") for sources and method.\n',
           '//! Generated emission-control-area polygons as rings of (lat, lon) degrees.\n\n']
    docs = {
        'NORTH_AMERICAN_PACIFIC': 'North American ECA, Pacific: MARPOL Annex VI App. VII points 1-47, geodesic edges densified, closed over land.',
        'NORTH_AMERICAN_ATLANTIC': 'North American ECA, Atlantic and Gulf of Mexico: App. VII points 1-206, geodesic edges densified, closed over land.',
        'NORTH_AMERICAN_HAWAII': 'North American ECA, Hawaiian Islands: App. VII points 1-45 (a closed ring), geodesic edges densified.',
        'US_CARIBBEAN': 'United States Caribbean Sea ECA: App. VII points 1-55 (a closed ring), geodesic edges densified.',
    }
    na = []
    for k in ['NORTH_AMERICAN_PACIFIC', 'NORTH_AMERICAN_ATLANTIC', 'NORTH_AMERICAN_HAWAII']:
        na += tiles(Polygon([(lon, lat) for lat, lon in rings[k]]))
    emit_rust('NORTH_AMERICAN', 'North American ECA: MARPOL Annex VI App. VII points (Pacific 1-47, Atlantic/Gulf 1-206, Hawaii 1-45), geodesic edges densified, the Pacific and Atlantic parts closed over land, tiled.', na, out)
    emit_rust('US_CARIBBEAN', 'United States Caribbean Sea ECA: App. VII points 1-55 (a closed ring), geodesic edges densified, tiled.', tiles(Polygon([(lon, lat) for lat, lon in rings['US_CARIBBEAN']])), out)
    emit_rust('CALIFORNIA_24NM', 'Regulated California Waters (13 CCR 2299.2(b)(1)(F)), 24 nm from the Natural Earth 1:50m coast, tiled.', tiles(california(app7)), out)
    coastal, hainan = china()
    emit_rust('CHINA_COASTAL', 'China coastal DECA (MOT 2018), 12 nm from the Natural Earth 1:50m coast and islands (Hainan excluded) plus the Bohai Sea, tiled.', tiles(coastal), out)
    emit_rust('CHINA_HAINAN', 'China DECA, Hainan waters (MOT 2018), 12 nm from the Natural Earth 1:50m coast of Hainan, tiled.', tiles(hainan), out)
    sys.stdout.write(''.join(out))


if __name__ == '__main__':
    main()
