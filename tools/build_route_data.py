#!/usr/bin/env python3
"""Builds the compact route data files in `data/` from their public sources.

Run by hand when a source changes (nothing is fetched at build or run time):

    pip download --no-deps searoute==1.6.0      # Apache-2.0 (PyPI)
    npm pack world-atlas@2.0.2                  # ISC; Natural Earth 4.1.0, public domain
    pip install shapely                         # cuts land rings at the antimeridian
    pip install geographiclib                   # WGS84 geodesic segment lengths
    python3 tools/build_route_data.py SEAROUTE_DIR WORLD_ATLAS_DIR

Outputs (see docs/data-sources.md for provenance and licences):

* data/sea_lanes.txt  -- the searoute 1.6.0 maritime network, split at every junction, with
  coordinates quantised to 1e-5 degree, longitudes wrapped to [-180, 180), consecutive
  duplicates removed, one edge per line: `TAG lon,lat lon,lat,mm ...` (integers, 1e-5 degree;
  `mm` = WGS84 geodesic length of the segment ending at that vertex, millimetres).
  TAG is the crate's passage key, or `-` for none (passage rules in PASSAGES below).
* data/ports.tsv      -- searoute 1.6.0 ports.geojson: LOCODE, name, lat, lon (one per code).
* data/land_50m.txt   -- Natural Earth 1:50m land (world-atlas land-50m.json), one ring per
  line, `lon,lat lon,lat ...` in integers of 1e-4 degree; first ring of a polygon is its shell,
  rings starting with `h` are holes of the preceding shell.
"""
import json
import sys
from collections import Counter

from geographiclib.geodesic import Geodesic  # pip install geographiclib (MIT)

WGS84 = Geodesic.WGS84

SR, WA = sys.argv[1], sys.argv[2]
Q = 100000  # 1e-5 degree


def key(lon, lat):
    lon = ((lon + 180.0) % 360.0) - 180.0
    return (round(lon * Q), round(lat * Q))


# searoute's own passage tags that map one-to-one onto a crate passage.
SEAROUTE_TAGS = {
    'suez': 'suez',
    'panama': 'panama',
    'malacca': 'malacca',
    'gibraltar': 'gibraltar',
    'bosporus': 'bosporus',
    'babalmandab': 'bab_el_mandeb',
    'sunda': 'sunda',
}

# Gate lines (lon, lat) for passages the dataset does not tag: an edge that crosses a gate
# uses the passage. Placed from chart positions of the headlands named.
GATES = {
    # Strait of Dover: South Foreland (1.37 E 51.14 N) to Cap Gris-Nez (1.58 E 50.87 N).
    'dover': [((1.35, 51.12), (1.60, 50.86))],
    # Korea Strait: from the Korean coast north-east of Busan (35.4 N 129.0 E, inland) over
    # Tsushima (34.2 N 129.33 E) to Kyushu (33.4 N 130.1 E, inland): both channels.
    'korea_strait': [((129.0, 35.4), (129.33, 34.2)), ((129.33, 34.2), (130.1, 33.4))],
    # Tsugaru Strait: Tappi-zaki (140.35 E 41.25 N) to Shirakami-misaki (140.20 E 41.40 N)
    # meridian band across the strait's western mouth.
    'tsugaru_strait': [((140.6, 41.6), (140.8, 41.2))],
    # Lombok Strait: Bali east coast to Lombok west coast along 8.5 S.
    'lombok': [((115.6, -8.5), (116.06, -8.5))],
    # Cape of Good Hope: the meridian of Cape Agulhas (20.0 E) south of Africa.
    'cape_of_good_hope': [((20.0, -34.85), (20.0, -62.0))],
    # Cape Horn: the meridian of Cape Horn (67.27 W) south of Tierra del Fuego.
    'cape_horn': [((-67.27, -55.98), (-67.27, -63.0))],
    # Strait of Hormuz: Ras Musandam (56.40 E 26.38 N) to Hormuz Island (56.45 E 27.05 N).
    'hormuz': [((56.40, 26.38), (56.45, 27.05))],
    # Taiwan Strait: across the strait from the Fujian coast east of Xiamen (118.6 E 24.55 N)
    # to the Taiwan coast at Taichung (120.55 E 24.25 N).
    'taiwan_strait': [((118.6, 24.55), (120.55, 24.25))],
    # Luzon Strait: Eluanbi, Taiwan's southern cape (120.85 E 21.90 N), to Luzon's north-west
    # coast near Cape Bojeador (120.60 E 18.52 N), across the Bashi, Balintang and Babuyan
    # channels.
    'luzon_strait': [((120.85, 21.90), (120.60, 18.52))],
    # Corinth Canal: a short gate across the canal at its midpoint (37.935 N 22.985 E).
    'corinth': [((22.975, 37.925), (22.995, 37.945))],
}


# Lanes of the dataset that cross land on Natural Earth 1:10m (found by tests/route_land.rs):
# removed, by their end points (lon, lat). The network stays connected without them.
REMOVED = {
    # Across Buka Island (Bougainville), 5.1 S 154.6 E.
    ((153.63526, -5.1353), (155.8, -5.0)),
    # Across the Bomberai Peninsula (Papua), 4.0 S 133.0 E.
    ((131.4, -3.0), (134.42312, -4.9504)),
}


def gate_hit(s, t, a, b):
    def o(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    d1, d2, d3, d4 = o(a, b, s), o(a, b, t), o(s, t, a), o(s, t, b)
    return (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0)


def tag_for(src_tag, pts):
    if src_tag in SEAROUTE_TAGS:
        return SEAROUTE_TAGS[src_tag]
    deg = [(x / Q, y / Q) for x, y in pts]
    for name, gates in GATES.items():
        for s, t in zip(deg, deg[1:]):
            if abs(s[0] - t[0]) > 180:
                continue
            if any(gate_hit(s, t, a, b) for a, b in gates):
                return name
    # Northern Sea Route (Northeast Passage): north of 66 N and east of 60 E (Kara Sea to
    # the Bering Strait).
    if any(y > 66 and (x >= 60 or x <= -168.5) for x, y in deg):
        return 'northeast_passage'
    # Northwest Passage: north of 68.5 N between 165 W and 75 W (Canadian Arctic).
    if any(y > 68.5 and -165 <= x <= -75 for x, y in deg):
        return 'northwest_passage'
    return '-'


def sea_lanes():
    d = json.load(open(f'{SR}/searoute/data/marnet_searoute.geojson'))
    lines = []
    for f in d['features']:
        g, p = f['geometry'], f['properties'].get('passage')
        cs = [g['coordinates']] if g['type'] == 'LineString' else g['coordinates']
        for c in cs:
            lines.append((p, [key(*pt) for pt in c]))
    # Kiel Canal is not in the dataset: added here, Brunsbuettel locks (53.89 N 9.14 E) to
    # Kiel-Holtenau locks (54.37 N 10.15 E) via Rendsburg, approach points in the Elbe and
    # Kiel Bight joined to the nearest network nodes (chart positions, approximate).
    kiel = [(9.14, 53.89), (9.32, 54.00), (9.55, 54.20), (9.67, 54.30), (9.90, 54.35),
            (10.15, 54.37), (10.22, 54.43)]
    count = Counter()
    for _, c in lines:
        for k in set(c):
            count[k] += 1
    endpoints = set()
    for _, c in lines:
        endpoints.add(c[0])
        endpoints.add(c[-1])

    def nearest(lon, lat):
        best = min(endpoints, key=lambda k: (k[0] / Q - lon) ** 2 + (k[1] / Q - lat) ** 2)
        return best
    west = nearest(8.9, 53.9)
    east = nearest(10.4, 54.55)
    lines.append(('kiel', [west] + [key(*pt) for pt in kiel] + [east]))
    for k in (west, east):
        count[k] += 2
    # Hawaii - Japan: the dataset has no lane near the great circle between Oahu and Tokyo
    # Bay (its Honolulu-Yokohama path is 5 % over the geodesic, against 1.1 % for the US
    # Hydrographic Office's and Pub. 151's 3,400 nm). Added: from the network node off
    # Barbers Point (21.264 N 158.145 W) west of Oahu (21.40 N 158.50 W) and north of Kauai
    # (22.60 N 159.35 W; Kauai's north shore is at 22.23 N) to 23.80 N 161.50 W, 50 nm north
    # of Nihoa (23.06 N 161.92 W), then the WGS84 geodesic to the network node off Nojima-zaki
    # (34.80 N 139.90 E), which passes >= 78 nm from the other Northwestern Hawaiian Islands
    # and Midway (chart positions, approximate). Vertices every <= 150 nm on the geodesics.
    hawaii = nearest(-158.14545, 21.26378)
    tokyo = nearest(139.9, 34.8)
    way = [(hawaii[1] / Q, hawaii[0] / Q), (21.40, -158.50), (22.60, -159.35),
           (23.80, -161.50), (tokyo[1] / Q, tokyo[0] / Q)]
    pts = []
    for (la0, lo0), (la1, lo1) in zip(way, way[1:]):
        gl = WGS84.InverseLine(la0, lo0, la1, lo1)
        n = max(1, int(gl.s13 / 1852 / 150) + 1)
        for i in range(1, n):
            q = gl.Position(gl.s13 * i / n)
            pts.append(key(q['lon2'], q['lat2']))
        if (la1, lo1) != way[-1]:
            pts.append(key(lo1, la1))
    lines.append((None, [hawaii] + pts + [tokyo]))
    for k in (hawaii, tokyo):
        count[k] += 2
    nodes = set()
    for _, c in lines:
        for i, k in enumerate(c):
            if i == 0 or i == len(c) - 1 or count[k] > 1:
                nodes.add(k)
    edges = []
    for p, c in lines:
        cur = [c[0]]
        for k in c[1:]:
            if k == cur[-1]:
                continue
            cur.append(k)
            if k in nodes:
                edges.append((p, cur))
                cur = [k]
    out = []
    tags = Counter()
    seen = set()
    for p, c in edges:
        if len(c) < 2:
            continue
        ends = ((c[0][0] / Q, c[0][1] / Q), (c[-1][0] / Q, c[-1][1] / Q))
        if ends in REMOVED or (ends[1], ends[0]) in REMOVED:
            continue
        sig = (c[0], c[-1], tuple(c))
        rsig = (c[-1], c[0], tuple(reversed(c)))
        if sig in seen or rsig in seen:
            continue
        seen.add(sig)
        t = 'kiel' if p == 'kiel' else tag_for(p, c)
        tags[t] += 1
        # Each vertex after the first carries the WGS84 geodesic length of the segment that
        # ends at it, in millimetres (GeographicLib, Karney 2013), so that loading needs no
        # geodesic computation; the crate's tests recompute every one with geographiclib-rs.
        parts = [f'{c[0][0]},{c[0][1]}']
        for (x0, y0), (x1, y1) in zip(c, c[1:]):
            s12 = WGS84.Inverse(y0 / Q, x0 / Q, y1 / Q, x1 / Q, Geodesic.DISTANCE)['s12']
            parts.append(f'{x1},{y1},{round(s12 * 1000)}')
        out.append(t + ' ' + ' '.join(parts))
    with open('data/sea_lanes.txt', 'w') as f:
        f.write('# searoute 1.6.0 maritime network (Apache-2.0), derived from Eurostat searoute / '
                'ORNL; built by tools/build_route_data.py; see docs/data-sources.md\n')
        f.write('\n'.join(out) + '\n')
    print('edges', len(out), dict(tags))


def ports():
    d = json.load(open(f'{SR}/searoute/data/ports.geojson'))
    rows = {}
    for f in d['features']:
        p = f['properties']
        code = (p.get('port') or '').replace(' ', '').upper()
        if len(code) != 5 or not code.isalnum():
            continue
        lon, lat = f['geometry']['coordinates']
        name = ' '.join(str(p.get('name') or code).split()).replace('\t', ' ')
        if code not in rows:
            rows[code] = (code, name, round(lat, 5), round(((lon + 180) % 360) - 180, 5))
    with open('data/ports.tsv', 'w') as f:
        f.write('# searoute 1.6.0 ports.geojson (Apache-2.0): UN/LOCODE, name, lat, lon; '
                'built by tools/build_route_data.py\n')
        for code in sorted(rows):
            r = rows[code]
            f.write(f'{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n')
    print('ports', len(rows))


def land():
    t = json.load(open(f'{WA}/land-50m.json'))
    sx, sy = t['transform']['scale']
    tx, ty = t['transform']['translate']
    arcs = []
    for a in t['arcs']:
        x = y = 0
        pts = []
        for dx, dy in a:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx):
        pts = []
        for i in idx:
            a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(a if not pts else a[1:])
        return pts
    # world-atlas keeps rings that cross the antimeridian whole (for d3's spherical
    # clipping). Unwrap each ring, close rings that wind round the South Pole along it, and
    # cut every polygon into [-180, 180] with shapely, so that no edge jumps by 360 degrees.
    from shapely.geometry import Polygon, box
    from shapely.affinity import translate

    def unwrap(pts):
        out = []
        for x, y in pts:
            if out:
                px = out[-1][0]
                while x - px > 180:
                    x -= 360
                while px - x > 180:
                    x += 360
            out.append((x, y))
        if abs(out[-1][0] - out[0][0]) > 180:  # winds round the pole
            out += [(out[-1][0], -90.0), (out[0][0], -90.0)]
        return out
    world = box(-180, -90, 180, 90)
    lines = []
    n = 0
    for g in t['objects']['land']['geometries']:
        polys = g['arcs'] if g['type'] == 'MultiPolygon' else [g['arcs']]
        for poly in polys:
            rings = [unwrap(ring(r)) for r in poly]
            shape = Polygon(rings[0], rings[1:]).buffer(0)
            for k in (-360, 0, 360):
                part = translate(shape, xoff=k).intersection(world)
                if part.is_empty:
                    continue
                geoms = getattr(part, 'geoms', [part])
                for pg in geoms:
                    if pg.geom_type != 'Polygon' or pg.area <= 0:
                        continue
                    for j, r in enumerate([pg.exterior] + list(pg.interiors)):
                        q = []
                        for x, y in r.coords:
                            kk = (round(x * 1e4), round(y * 1e4))
                            if not q or q[-1] != kk:
                                q.append(kk)
                        if len(q) > 1 and q[0] == q[-1]:
                            q.pop()
                        n += len(q)
                        lines.append(('h' if j else '') + ' '.join(f'{x},{y}' for x, y in q))
    with open('data/land_50m.txt', 'w') as f:
        f.write('# Natural Earth 1:50m land 4.1.0 (public domain) via world-atlas 2.0.2 (ISC); '
                'built by tools/build_route_data.py\n')
        f.write('\n'.join(lines) + '\n')
    print('land rings', len(lines), 'points', n)


sea_lanes()
ports()
land()
