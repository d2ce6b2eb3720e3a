//! The sea-lane network: a graph of shipping lanes over every ocean, strait and canal, and
//! shortest paths on it between any two sea positions.
//!
//! ## Data
//!
//! `data/sea_lanes.txt` is the maritime network shipped in the `searoute` 1.6.0 package
//! (Apache-2.0; derived from Eurostat's *searoute* network, itself built on the Oak Ridge
//! National Laboratory global shipping-lane network; see `docs/data-sources.md`), converted by
//! `tools/build_route_data.py`: lines split at every junction, coordinates quantised to 1e-5°
//! (≈1 m), longitudes wrapped to [−180°, 180°) so the antimeridian joins, a Kiel Canal edge
//! and a Hawaii–Japan edge added (the dataset has neither; the latter from Oahu north of
//! Kauai and Nihoa along the geodesic to Tokyo Bay), and each edge tagged with the
//! [`Passage`] it belongs to. The
//! file is compiled into the crate (`include_str!`) and parsed once, lazily, on first use.
//!
//! ## Edge lengths
//!
//! Every edge is a polyline; its length is the sum of the WGS84 geodesics between its
//! vertices. The data file stores each segment's geodesic length in millimetres, computed by
//! `tools/build_route_data.py` with GeographicLib (Karney, *Algorithms for geodesics*, J.
//! Geodesy 87 (2013) 43–55), so that loading does no geodesic work; the unit test
//! `stored_segment_lengths_are_wgs84_geodesics` recomputes every one with `geographiclib-rs`
//! (agreement within 1 mm, the rounding). A line without stored lengths is measured at load.
//!
//! ## Shortest paths
//!
//! A* over the junction graph (own implementation, not `petgraph`: the graph is a fixed
//! compressed adjacency array, the search state needs a bit set of required passages, and
//! the start and goal are points *on* edges rather than nodes — all simpler to express in
//! ~150 lines than through a general graph crate's API, and without an extra dependency).
//! The heuristic is the chord between the two points on a sphere of radius
//! [`HEURISTIC_RADIUS_M`] = 6,335 km, below the WGS84 semi-minor axis (6,356.752 km): shorter
//! than the great-circle arc on that sphere, itself shorter than any WGS84 geodesic, so it
//! never overestimates and the path found is the shortest on the network.
//! The bound is sharpened with ALT landmarks (Goldberg & Harrelson 2005): 8 nodes chosen at load
//! by farthest-point selection, with their unrestricted network distances to every node;
//! `|d(L, goal) − d(L, v)|` is a lower bound of `d(v, goal)` by the triangle inequality, and of
//! any restricted route (which can only be longer), so `h(v) = max(chord, max_L …)` stays
//! admissible; it cuts the nodes A* settles on routes that go round continents.
//! A route that must use passages `P₁…P_k` is searched in the product graph
//! (node, set of required passages used so far), `2^k` layers; it is exact.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};
use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::route::{Passage, Position, geodesy};

/// The network data, compiled in.
static DATA: &str = include_str!("../../data/sea_lanes.txt");

/// Radius of the sphere used by the A* heuristic, m (below the WGS84 semi-minor axis
/// b = 6,356,752.3 m, NIMA TR8350.2, so great-circle distances on it are lower bounds).
pub const HEURISTIC_RADIUS_M: f64 = 6_335_000.0;

/// Quantisation of the data file's coordinates: integers of 1e-5 degree.
const QUANTA_PER_DEGREE: f64 = 1e5;

/// Snapping-grid cell size, degrees.
const CELL_DEG: f64 = 1.0;
const GRID_COLS: usize = 360;
const GRID_ROWS: usize = 180;

#[derive(Debug)]
struct Edge {
    a: u32,
    b: u32,
    /// First point index in `Network::pts`.
    first: u32,
    /// Last point index (inclusive).
    last: u32,
    len_m: f64,
    passage: Option<Passage>,
}

/// The loaded network.
#[derive(Debug)]
pub(crate) struct Network {
    node_pos: Vec<Position>,
    /// Unit vectors of the nodes, for the heuristic.
    node_xyz: Vec<[f64; 3]>,
    adj_start: Vec<u32>,
    adj: Vec<(u32, u32)>,
    edges: Vec<Edge>,
    pts: Vec<Position>,
    /// Distance from the start of its edge to each point, m.
    cum_m: Vec<f64>,
    /// Edge of each point.
    pt_edge: Vec<u32>,
    /// Segment start indices (into `pts`) per 1° cell.
    grid: Vec<Vec<u32>>,
    /// Landmark distances (ALT heuristic): `landmarks[v * LANDMARKS + k]` is the unrestricted
    /// network distance from landmark `k` to node `v`, m.
    landmarks: Vec<f64>,
}

/// Number of ALT landmarks (Goldberg & Harrelson, "Computing the shortest path: A* search
/// meets graph theory", SODA 2005), chosen by farthest-point selection at load.
const LANDMARKS: usize = 8;

/// Counts describing the loaded network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetworkStats {
    /// Junctions (graph nodes).
    pub nodes: usize,
    /// Lanes between junctions (graph edges).
    pub edges: usize,
    /// Polyline vertices over all edges.
    pub points: usize,
    /// Heap held by the loaded network, bytes (sum of its vectors' capacities × element
    /// sizes; the snapping grid's cell vectors included).
    pub heap_bytes: usize,
}

/// A position snapped onto the network: the nearest point of any lane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Snap {
    pub point: Position,
    /// Geodesic distance from the query position to `point`, m.
    pub distance_m: f64,
    edge: u32,
    /// Segment start index (into `pts`) the point lies on.
    seg: u32,
    /// Distance along the edge from its start to `point`, m.
    offset_m: f64,
}

/// One vertex of a path on the network, with the passage of the lane it lies on.
pub(crate) type PathPoint = (Position, Option<Passage>);

/// A shortest path between two snapped points.
#[derive(Debug, Clone)]
pub(crate) struct Path {
    /// From the start snap point to the goal snap point.
    pub points: Vec<PathPoint>,
    /// Length of each leg between consecutive points, m (WGS84 geodesics).
    pub leg_m: Vec<f64>,
}

static NETWORK: OnceLock<Result<Network>> = OnceLock::new();

/// The network, parsed on first use.
pub(crate) fn network() -> Result<&'static Network> {
    NETWORK
        .get_or_init(|| parse(DATA))
        .as_ref()
        .map_err(Clone::clone)
}

/// Counts of the loaded network (loads it on first call).
///
/// ```
/// let s = green_corridor::route::network::stats()?;
/// assert!(s.nodes > 5_000 && s.edges > 10_000);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn stats() -> Result<NetworkStats> {
    Ok(network()?.stats())
}

/// Parses the compiled-in data afresh, without caching (for the load-time benchmark).
#[doc(hidden)]
pub fn parse_uncached() -> Result<NetworkStats> {
    parse(DATA).map(|n| n.stats())
}

fn data_error(line: usize, what: &str) -> Error {
    Error::Undefined {
        quantity: "the sea-lane network (data/sea_lanes.txt)".into(),
        reason: format!("line {line}: {what}"),
    }
}

fn cell_of(lat: f64, lon: f64) -> usize {
    let row = (((lat + 90.0) / CELL_DEG).floor().max(0.0) as usize).min(GRID_ROWS - 1);
    let col = ((((lon + 180.0) / CELL_DEG).floor() as i64).rem_euclid(GRID_COLS as i64)) as usize;
    row * GRID_COLS + col
}

fn parse(data: &str) -> Result<Network> {
    let mut node_of: HashMap<(i32, i32), u32> = HashMap::new();
    let mut node_pos: Vec<Position> = Vec::new();
    let mut edges: Vec<Edge> = Vec::new();
    let mut pts: Vec<Position> = Vec::new();
    let mut cum_m: Vec<f64> = Vec::new();
    let mut pt_edge: Vec<u32> = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let line_no = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = line.split_ascii_whitespace();
        let tag = fields
            .next()
            .ok_or_else(|| data_error(line_no, "empty line"))?;
        let passage = if tag == "-" {
            None
        } else {
            Some(
                tag.parse::<Passage>()
                    .map_err(|_| data_error(line_no, "unknown passage tag"))?,
            )
        };
        let first = pts.len() as u32;
        let edge_id = edges.len() as u32;
        let mut keys: Vec<(i32, i32)> = Vec::new();
        let mut along = 0.0;
        for f in fields {
            let mut parts = f.split(',');
            let (Some(x), Some(y)) = (parts.next(), parts.next()) else {
                return Err(data_error(line_no, "coordinate without a comma"));
            };
            let x: i32 = x
                .parse()
                .map_err(|_| data_error(line_no, "longitude is not an integer"))?;
            let y: i32 = y
                .parse()
                .map_err(|_| data_error(line_no, "latitude is not an integer"))?;
            let stored_mm: Option<u64> = match parts.next() {
                Some(mm) => Some(
                    mm.parse()
                        .map_err(|_| data_error(line_no, "segment length is not an integer"))?,
                ),
                None => None,
            };
            let p = Position::validated(
                "sea_lanes",
                f64::from(y) / QUANTA_PER_DEGREE,
                f64::from(x) / QUANTA_PER_DEGREE,
            )?;
            if let Some(prev) = pts.last().filter(|_| !keys.is_empty()) {
                // The stored WGS84 geodesic length (mm, GeographicLib), or computed here.
                along += match stored_mm {
                    Some(mm) => mm as f64 / 1_000.0,
                    None => geodesy::distance_m(*prev, p),
                };
            }
            keys.push((x, y));
            pts.push(p);
            cum_m.push(along);
            pt_edge.push(edge_id);
        }
        let (Some(ka), Some(kb)) = (keys.first(), keys.last()) else {
            return Err(data_error(line_no, "edge without coordinates"));
        };
        if keys.len() < 2 {
            return Err(data_error(line_no, "edge with a single point"));
        }
        let mut node = |k: (i32, i32), p: Position| -> u32 {
            *node_of.entry(k).or_insert_with(|| {
                node_pos.push(p);
                (node_pos.len() - 1) as u32
            })
        };
        let pa = pts.get(first as usize).copied();
        let pb = pts.last().copied();
        let (Some(pa), Some(pb)) = (pa, pb) else {
            return Err(data_error(line_no, "edge without coordinates"));
        };
        let a = node(*ka, pa);
        let b = node(*kb, pb);
        edges.push(Edge {
            a,
            b,
            first,
            last: (pts.len() - 1) as u32,
            len_m: along,
            passage,
        });
    }
    // Compressed adjacency.
    let n = node_pos.len();
    let mut degree = vec![0u32; n + 1];
    for e in &edges {
        for v in [e.a, e.b] {
            if let Some(d) = degree.get_mut(v as usize + 1) {
                *d += 1;
            }
        }
    }
    for i in 1..degree.len() {
        let prev = degree.get(i - 1).copied().unwrap_or(0);
        if let Some(d) = degree.get_mut(i) {
            *d += prev;
        }
    }
    let adj_start = degree.clone();
    let mut fill = degree;
    let mut adj = vec![(0u32, 0u32); edges.len() * 2];
    for (id, e) in edges.iter().enumerate() {
        for (from, to) in [(e.a, e.b), (e.b, e.a)] {
            if let Some(slot) = fill.get_mut(from as usize) {
                if let Some(cell) = adj.get_mut(*slot as usize) {
                    *cell = (to, id as u32);
                }
                *slot += 1;
            }
        }
    }
    // Snapping grid: every segment in every cell its (unwrapped) bounding box touches.
    let mut grid: Vec<Vec<u32>> = vec![Vec::new(); GRID_COLS * GRID_ROWS];
    for e in &edges {
        for i in e.first..e.last {
            let (Some(p), Some(q)) = (pts.get(i as usize), pts.get(i as usize + 1)) else {
                continue;
            };
            let (lon0, lon1) = unwrap_pair(p.lon(), q.lon());
            let (la0, la1) = (p.lat().min(q.lat()), p.lat().max(q.lat()));
            let (lo0, lo1) = (lon0.min(lon1), lon0.max(lon1));
            let mut lat = (la0 / CELL_DEG).floor() * CELL_DEG;
            while lat <= la1 {
                let mut lon = (lo0 / CELL_DEG).floor() * CELL_DEG;
                while lon <= lo1 {
                    if let Some(cell) = grid.get_mut(cell_of(lat + 0.5, lon + 0.5)) {
                        if cell.last() != Some(&i) {
                            cell.push(i);
                        }
                    }
                    lon += CELL_DEG;
                }
                lat += CELL_DEG;
            }
        }
    }
    let node_xyz = node_pos.iter().map(|p| unit(*p)).collect();
    let mut net = Network {
        node_pos,
        node_xyz,
        adj_start,
        adj,
        edges,
        pts,
        cum_m,
        pt_edge,
        grid,
        landmarks: Vec::new(),
    };
    net.landmarks = net.choose_landmarks();
    Ok(net)
}

/// The second longitude moved by ±360° so that the pair does not straddle the antimeridian.
fn unwrap_pair(a: f64, b: f64) -> (f64, f64) {
    if b - a > 180.0 {
        (a, b - 360.0)
    } else if a - b > 180.0 {
        (a, b + 360.0)
    } else {
        (a, b)
    }
}

/// Unit vector of a position on the sphere (x towards 0° E on the equator, z north).
fn unit(p: Position) -> [f64; 3] {
    let (f, l) = (p.lat().to_radians(), p.lon().to_radians());
    [f.cos() * l.cos(), f.cos() * l.sin(), f.sin()]
}

/// Chord between two unit vectors on the heuristic sphere, m: `R·|u − v|`, never more than
/// the great-circle arc `R·θ` (chord = 2R·sin(θ/2) ≤ Rθ), itself below the WGS84 geodesic.
fn chord_m(u: [f64; 3], v: [f64; 3]) -> f64 {
    let [dx, dy, dz] = [u[0] - v[0], u[1] - v[1], u[2] - v[2]];
    HEURISTIC_RADIUS_M * (dx * dx + dy * dy + dz * dz).sqrt()
}

/// Lower bound of the WGS84 geodesic between two positions, m (the A* heuristic).
#[cfg(test)]
fn lower_bound_m(a: Position, b: Position) -> f64 {
    chord_m(unit(a), unit(b))
}

#[derive(Clone, Copy, PartialEq)]
struct Item {
    f: f64,
    g: f64,
    state: u32,
}
impl Eq for Item {}
impl Ord for Item {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .f
            .total_cmp(&self.f)
            .then_with(|| other.state.cmp(&self.state))
    }
}
impl PartialOrd for Item {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

const NONE: u32 = u32::MAX;

impl Network {
    /// Full Dijkstra from `source` over every lane (no restriction), m.
    fn distances_from(&self, source: u32) -> Vec<f64> {
        let n = self.node_pos.len();
        let mut dist = vec![f64::INFINITY; n];
        let mut heap = BinaryHeap::new();
        if let Some(d) = dist.get_mut(source as usize) {
            *d = 0.0;
        }
        heap.push(Item {
            f: 0.0,
            g: 0.0,
            state: source,
        });
        while let Some(Item { g, state, .. }) = heap.pop() {
            let v = state as usize;
            if g > dist.get(v).copied().unwrap_or(f64::INFINITY) {
                continue;
            }
            let (Some(&lo), Some(&hi)) = (self.adj_start.get(v), self.adj_start.get(v + 1)) else {
                continue;
            };
            for &(w, e) in self.adj.get(lo as usize..hi as usize).unwrap_or(&[]) {
                let Some(edge) = self.edge(e) else { continue };
                let g2 = g + edge.len_m;
                if let Some(d) = dist.get_mut(w as usize) {
                    if g2 < *d {
                        *d = g2;
                        heap.push(Item {
                            f: g2,
                            g: g2,
                            state: w,
                        });
                    }
                }
            }
        }
        dist
    }

    /// Farthest-point landmarks: the first is the node farthest (on the sphere) from node 0,
    /// each next one
    /// the node farthest from all chosen so far. Returns the node-major distance table.
    fn choose_landmarks(&self) -> Vec<f64> {
        let n = self.node_pos.len();
        let mut table = vec![0.0; n * LANDMARKS];
        if n == 0 {
            return table;
        }
        let argmax = |d: &[f64]| -> u32 {
            d.iter()
                .enumerate()
                .filter(|(_, x)| x.is_finite())
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map_or(0, |(i, _)| i as u32)
        };
        let mut nearest = vec![f64::INFINITY; n];
        // First landmark: the node farthest from node 0 on the sphere (no search needed).
        let origin = self.node_xyz.first().copied().unwrap_or([1.0, 0.0, 0.0]);
        let chords: Vec<f64> = self.node_xyz.iter().map(|u| chord_m(*u, origin)).collect();
        let mut next = argmax(&chords);
        for k in 0..LANDMARKS {
            let d = self.distances_from(next);
            for (v, dv) in d.iter().enumerate() {
                if let Some(cell) = table.get_mut(v * LANDMARKS + k) {
                    *cell = *dv;
                }
                if let Some(m) = nearest.get_mut(v) {
                    *m = m.min(*dv);
                }
            }
            next = argmax(&nearest);
        }
        table
    }

    /// ALT lower bound from node `v` to the goal: `max_k |d(k, goal) − d(k, v)|`.
    fn landmark_bound(&self, v: usize, goal: &[f64; LANDMARKS]) -> f64 {
        let Some(row) = self.landmarks.get(v * LANDMARKS..(v + 1) * LANDMARKS) else {
            return 0.0;
        };
        row.iter()
            .zip(goal)
            .map(|(dv, dg)| (dg - dv).abs())
            .filter(|x| x.is_finite())
            .fold(0.0, f64::max)
    }

    fn stats(&self) -> NetworkStats {
        use std::mem::size_of;
        let grid: usize = self
            .grid
            .iter()
            .map(|c| c.capacity() * size_of::<u32>() + size_of::<Vec<u32>>())
            .sum();
        NetworkStats {
            nodes: self.node_pos.len(),
            edges: self.edges.len(),
            points: self.pts.len(),
            heap_bytes: self.node_pos.capacity() * size_of::<Position>()
                + self.node_xyz.capacity() * size_of::<[f64; 3]>()
                + self.adj_start.capacity() * size_of::<u32>()
                + self.adj.capacity() * size_of::<(u32, u32)>()
                + self.edges.capacity() * size_of::<Edge>()
                + self.pts.capacity() * size_of::<Position>()
                + self.cum_m.capacity() * size_of::<f64>()
                + self.landmarks.capacity() * size_of::<f64>()
                + self.pt_edge.capacity() * size_of::<u32>()
                + grid,
        }
    }

    fn pt(&self, i: u32) -> Option<Position> {
        self.pts.get(i as usize).copied()
    }

    /// The nearest point of the network to `p`, on a lane whose passage `blocked` does not
    /// reject (so that an endpoint inside an avoided canal snaps outside it).
    pub(crate) fn snap(&self, p: Position, blocked: &dyn Fn(Passage) -> bool) -> Option<Snap> {
        let coslat = p.lat().to_radians().cos().max(1e-6);
        let mut best: Option<(f64, u32, f64)> = None; // (projected distance², seg, t)
        let row0 = ((p.lat() + 90.0) / CELL_DEG).floor() as i64;
        let col0 = ((p.lon() + 180.0) / CELL_DEG).floor() as i64;
        let max_ring = GRID_COLS as i64 / 2;
        for r in 0..=max_ring {
            for dr in -r..=r {
                let row = row0 + dr;
                if !(0..GRID_ROWS as i64).contains(&row) {
                    continue;
                }
                let step = if dr.abs() == r { 1 } else { (2 * r).max(1) };
                let mut dc = -r;
                while dc <= r {
                    let col = (col0 + dc).rem_euclid(GRID_COLS as i64);
                    let idx = row as usize * GRID_COLS + col as usize;
                    for &s in self.grid.get(idx).map(Vec::as_slice).unwrap_or(&[]) {
                        let passage = self
                            .pt_edge
                            .get(s as usize)
                            .and_then(|&e| self.edge(e))
                            .and_then(|e| e.passage);
                        if passage.is_some_and(blocked) {
                            continue;
                        }
                        if let Some((d2, t)) = self.project(p, coslat, s) {
                            if best.is_none_or(|(b, _, _)| d2 < b) {
                                best = Some((d2, s, t));
                            }
                        }
                    }
                    dc += step;
                }
            }
            if let Some((d2, _, _)) = best {
                // Unvisited cells are at least r cells away in latitude or longitude.
                let far_lat = (p.lat().abs() + (r as f64 + 1.0) * CELL_DEG).min(89.9);
                let reach = r as f64 * CELL_DEG * far_lat.to_radians().cos();
                if d2.sqrt() <= reach {
                    break;
                }
            }
        }
        let (_, seg, t) = best?;
        let a = self.pt(seg)?;
        let b = self.pt(seg + 1)?;
        let (la, lb) = unwrap_pair(a.lon(), b.lon());
        let lon = geodesy::normalise_lon(la + t * (lb - la));
        let point = Position::new(a.lat() + t * (b.lat() - a.lat()), lon).ok()?;
        let edge = *self.pt_edge.get(seg as usize)?;
        let offset_m = self.cum_m.get(seg as usize)? + geodesy::distance_m(a, point);
        Some(Snap {
            point,
            distance_m: geodesy::distance_m(p, point),
            edge,
            seg,
            offset_m,
        })
    }

    /// Squared projected distance (degrees, equirectangular at `p`) from `p` to segment `s`,
    /// and the parameter of the nearest point on it.
    fn project(&self, p: Position, coslat: f64, s: u32) -> Option<(f64, f64)> {
        let a = self.pt(s)?;
        let b = self.pt(s + 1)?;
        let (la, lb) = unwrap_pair(a.lon(), b.lon());
        let px = unwrap_pair(la, p.lon()).1;
        let (ax, ay) = ((la - px) * coslat, a.lat() - p.lat());
        let (bx, by) = ((lb - px) * coslat, b.lat() - p.lat());
        let (dx, dy) = (bx - ax, by - ay);
        let len2 = dx * dx + dy * dy;
        let t = if len2 > 0.0 {
            (-(ax * dx + ay * dy) / len2).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let (x, y) = (ax + t * dx, ay + t * dy);
        Some((x * x + y * y, t))
    }

    fn edge(&self, e: u32) -> Option<&Edge> {
        self.edges.get(e as usize)
    }

    /// Shortest path from `from` to `to`, using no edge whose passage `blocked` returns true
    /// for, and every passage of `required` (at least one edge of each). `None` when no path
    /// meets the conditions.
    pub(crate) fn shortest_path(
        &self,
        from: &Snap,
        to: &Snap,
        blocked: &dyn Fn(Passage) -> bool,
        required: &[Passage],
    ) -> Option<Path> {
        let k = required.len().min(8);
        let layers = 1usize << k;
        let full = (layers - 1) as u32;
        let n = self.node_pos.len();
        let bit = |p: Option<Passage>| -> u32 {
            p.and_then(|p| required.iter().position(|r| *r == p))
                .map_or(0, |i| 1u32 << i)
        };
        let mut dist = vec![f64::INFINITY; n * layers];
        let mut prev: Vec<(u32, u32)> = vec![(NONE, NONE); n * layers]; // (prev state, edge)
        let mut heap = BinaryHeap::new();
        let goal_xyz = unit(to.point);
        let es = self.edge(from.edge)?;
        let et = self.edge(to.edge)?;
        // Goal costs from the goal edge's ends.
        let goal_from_a = to.offset_m;
        let goal_from_b = et.len_m - to.offset_m;
        let mut goal_lm = [0.0; LANDMARKS];
        for (k, g) in goal_lm.iter_mut().enumerate() {
            let at = |v: u32| {
                self.landmarks
                    .get(v as usize * LANDMARKS + k)
                    .copied()
                    .unwrap_or(f64::INFINITY)
            };
            *g = (at(et.a) + goal_from_a).min(at(et.b) + goal_from_b);
        }
        let h = |v: u32| -> f64 {
            let chord = self
                .node_xyz
                .get(v as usize)
                .map_or(0.0, |u| chord_m(*u, goal_xyz));
            chord.max(self.landmark_bound(v as usize, &goal_lm))
        };
        let mut best = f64::INFINITY;
        let mut best_state = NONE;
        // Same edge: straight along it.
        let mut direct = false;
        if from.edge == to.edge && k == 0 {
            best = (from.offset_m - to.offset_m).abs();
            direct = true;
        }
        for (node, g) in [(es.a, from.offset_m), (es.b, es.len_m - from.offset_m)] {
            let s = node as usize * layers;
            if g < dist.get(s).copied().unwrap_or(0.0) {
                if let Some(d) = dist.get_mut(s) {
                    *d = g;
                }
                let h = self
                    .node_xyz
                    .get(node as usize)
                    .map_or(0.0, |u| chord_m(*u, goal_xyz));
                heap.push(Item {
                    f: g + h,
                    g,
                    state: s as u32,
                });
            }
        }
        while let Some(Item { f, g, state }) = heap.pop() {
            if f >= best {
                break;
            }
            if g > dist.get(state as usize).copied().unwrap_or(f64::INFINITY) {
                continue;
            }
            let node = state as usize / layers;
            let mask = state % layers as u32;
            if mask == full {
                let to_goal = if node as u32 == et.a {
                    Some(goal_from_a)
                } else if node as u32 == et.b {
                    Some(goal_from_b)
                } else {
                    None
                };
                if let Some(c) = to_goal {
                    if g + c < best {
                        best = g + c;
                        best_state = state;
                        direct = false;
                    }
                }
            }
            let (Some(&lo), Some(&hi)) = (self.adj_start.get(node), self.adj_start.get(node + 1))
            else {
                continue;
            };
            for &(next, e) in self.adj.get(lo as usize..hi as usize).unwrap_or(&[]) {
                let Some(edge) = self.edge(e) else { continue };
                if edge.passage.is_some_and(blocked) {
                    continue;
                }
                let m2 = mask | bit(edge.passage);
                let s2 = next as usize * layers + m2 as usize;
                let g2 = g + edge.len_m;
                if g2 < dist.get(s2).copied().unwrap_or(0.0) {
                    if let Some(d) = dist.get_mut(s2) {
                        *d = g2;
                    }
                    if let Some(pv) = prev.get_mut(s2) {
                        *pv = (state, e);
                    }
                    heap.push(Item {
                        f: g2 + h(next),
                        g: g2,
                        state: s2 as u32,
                    });
                }
            }
        }
        let mut out = Builder::new();
        out.start(from.point, es.passage);
        if direct {
            self.walk(&mut out, es, from.offset_m, to.offset_m, Some(to.point));
            return Some(out.finish());
        }
        if best_state == NONE {
            return None;
        }
        // Reconstruct the edge sequence.
        let mut steps: Vec<(u32, u32)> = Vec::new(); // (edge, node reached)
        let mut s = best_state;
        loop {
            let &(ps, e) = prev.get(s as usize)?;
            if ps == NONE {
                break;
            }
            steps.push((e, s / layers as u32));
            s = ps;
        }
        steps.reverse();
        let start_node = s / layers as u32;
        let end_node = best_state / layers as u32;
        // Partial start edge: from the snap point to the start node.
        let start_at = if start_node == es.a { 0.0 } else { es.len_m };
        self.walk(&mut out, es, from.offset_m, start_at, None);
        let mut at = start_node;
        for (e, reached) in steps {
            let edge = self.edge(e)?;
            if at == edge.a {
                self.walk(&mut out, edge, 0.0, edge.len_m, None);
            } else {
                self.walk(&mut out, edge, edge.len_m, 0.0, None);
            }
            at = reached;
        }
        // Partial goal edge: from the end node to the goal snap point.
        let end_at = if end_node == et.a { 0.0 } else { et.len_m };
        self.walk(&mut out, et, end_at, to.offset_m, Some(to.point));
        Some(out.finish())
    }

    /// Pushes the vertices of `edge` met going from `from_m` to `to_m` along it (a vertex
    /// exactly at `from_m` excluded, one at `to_m` included), then `end` if given (the point
    /// at `to_m`). Leg lengths are differences of the load-time distances along the edge, so
    /// no geodesic is recomputed.
    fn walk(&self, out: &mut Builder, edge: &Edge, from_m: f64, to_m: f64, end: Option<Position>) {
        const EPS: f64 = 1e-6;
        let mut last = from_m;
        let range = edge.first as usize..=edge.last as usize;
        let (Some(pts), Some(cum)) = (self.pts.get(range.clone()), self.cum_m.get(range)) else {
            return;
        };
        if to_m >= from_m {
            for (p, c) in pts.iter().zip(cum) {
                if *c > from_m + EPS && *c <= to_m + EPS {
                    out.push(*p, edge.passage, c - last);
                    last = *c;
                }
            }
        } else {
            for (p, c) in pts.iter().zip(cum).rev() {
                if *c < from_m - EPS && *c >= to_m - EPS {
                    out.push(*p, edge.passage, last - c);
                    last = *c;
                }
            }
        }
        if let Some(p) = end {
            out.push(p, edge.passage, (to_m - last).abs());
        }
    }
}

/// Accumulates path points with the length of each leg, merging points closer than 1 m.
struct Builder {
    points: Vec<PathPoint>,
    leg_m: Vec<f64>,
}

impl Builder {
    fn new() -> Self {
        Self {
            points: Vec::with_capacity(256),
            leg_m: Vec::with_capacity(256),
        }
    }

    fn start(&mut self, p: Position, tag: Option<Passage>) {
        self.points.push((p, tag));
    }

    /// Appends `p`, `leg_m` metres after the previous point; a point within 1 m of the
    /// previous one is merged into it (keeping a passage tag either carries).
    fn push(&mut self, p: Position, tag: Option<Passage>, leg_m: f64) {
        if leg_m < 1.0 {
            if let Some(last) = self.points.last_mut() {
                if last.1.is_none() {
                    last.1 = tag;
                }
                return;
            }
        }
        self.points.push((p, tag));
        self.leg_m.push(leg_m);
    }

    fn finish(self) -> Path {
        Path {
            points: self.points,
            leg_m: self.leg_m,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_loads_and_is_connected() {
        let n = network().unwrap();
        assert!(n.node_pos.len() > 6_000, "{}", n.node_pos.len());
        assert!(n.edges.len() > 12_000);
        // Every node reachable from node 0 (one component).
        let mut seen = vec![false; n.node_pos.len()];
        let mut stack = vec![0u32];
        seen[0] = true;
        while let Some(v) = stack.pop() {
            let (lo, hi) = (n.adj_start[v as usize], n.adj_start[v as usize + 1]);
            for &(w, _) in &n.adj[lo as usize..hi as usize] {
                if !seen[w as usize] {
                    seen[w as usize] = true;
                    stack.push(w);
                }
            }
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn heuristic_is_a_lower_bound_of_the_geodesic() {
        // Hand check: along the equator 1° is 111,319.5 m on WGS84; the heuristic chord is
        // 2 × 6,335 km × sin(0.5°) = 110,564.7 m.
        let a = Position::new(0.0, 0.0).unwrap();
        let b = Position::new(0.0, 1.0).unwrap();
        assert!(
            (lower_bound_m(a, b) - 110_564.7).abs() < 1.0,
            "{}",
            lower_bound_m(a, b)
        );
        for (p, q) in [((60.0, 10.0), (-40.0, 150.0)), ((89.0, 0.0), (-89.0, 0.0))] {
            let p = Position::new(p.0, p.1).unwrap();
            let q = Position::new(q.0, q.1).unwrap();
            assert!(lower_bound_m(p, q) < geodesy::distance_m(p, q));
        }
    }

    #[test]
    fn stored_segment_lengths_are_wgs84_geodesics() {
        let n = network().unwrap();
        let mut checked = 0;
        for e in &n.edges {
            for i in e.first..e.last {
                let (p, q) = (n.pts[i as usize], n.pts[i as usize + 1]);
                let stored = n.cum_m[i as usize + 1] - n.cum_m[i as usize];
                let d = geodesy::distance_m(p, q);
                assert!((stored - d).abs() < 0.002, "segment {i}: {stored} vs {d}");
                checked += 1;
            }
        }
        assert!(checked > 15_000);
    }

    #[test]
    fn a_star_with_landmarks_matches_plain_dijkstra() {
        // The heuristic is admissible iff A* finds the Dijkstra distance: node pairs spread
        // over the node list, snapped at the nodes themselves (snap distance 0).
        let n = network().unwrap();
        let count = n.node_pos.len();
        for i in 0..12 {
            let a = (i * 557) % count;
            let b = (i * 3_331 + 1_234) % count;
            let d = n.distances_from(a as u32)[b];
            let sa = n.snap(n.node_pos[a], &|_| false).unwrap();
            let sb = n.snap(n.node_pos[b], &|_| false).unwrap();
            assert!(sa.distance_m < 1.0 && sb.distance_m < 1.0);
            let path = n.shortest_path(&sa, &sb, &|_| false, &[]).unwrap();
            let len: f64 = path.leg_m.iter().sum();
            assert!((len - d).abs() < 1.0, "{a}->{b}: A* {len} vs Dijkstra {d}");
        }
    }

    #[test]
    fn snapping_finds_the_nearest_lane_across_the_antimeridian() {
        let n = network().unwrap();
        let s = n
            .snap(Position::new(52.0, 179.99).unwrap(), &|_| false)
            .unwrap();
        assert!(s.distance_m < 300_000.0, "{}", s.distance_m);
        let off_lisbon = n
            .snap(Position::new(38.6, -9.5).unwrap(), &|_| false)
            .unwrap();
        assert!(off_lisbon.distance_m < 50_000.0);
    }
}
