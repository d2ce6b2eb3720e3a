//! The columns of the batch API: segments in, fuel and CO2e out, per-vessel totals, row errors.
//!
//! Bare `f64` columns carry their unit in the field name (`speed_kn`, `fuel_main_t`), as the
//! crate's conventions allow for the columnar batch path only.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::vessel::OperatingPhase;

/// The phase code of the `phase` column: the position of the phase in
/// [`OperatingPhase::ALL`] (0 at berth, 1 at anchor, 2 manoeuvring, 3 slow transit,
/// 4 normal cruising).
pub fn phase_code(phase: OperatingPhase) -> u8 {
    match phase {
        OperatingPhase::AtBerth => 0,
        OperatingPhase::AtAnchor => 1,
        OperatingPhase::Manoeuvring => 2,
        OperatingPhase::SlowTransit => 3,
        OperatingPhase::NormalCruising => 4,
    }
}

/// The phase of a `phase` column code ([`phase_code`]); `None` for a code above 4.
pub fn phase_from_code(code: u8) -> Option<OperatingPhase> {
    match code {
        0 => Some(OperatingPhase::AtBerth),
        1 => Some(OperatingPhase::AtAnchor),
        2 => Some(OperatingPhase::Manoeuvring),
        3 => Some(OperatingPhase::SlowTransit),
        4 => Some(OperatingPhase::NormalCruising),
        _ => None,
    }
}

/// Ship-hour segments as columns (struct of arrays), all of the same length. Row *i* is
/// vessel `vessel[i]` in phase `phase[i]` at speed `speed_kn[i]` and draught `draught_m[i]`
/// for `duration_h[i]` hours, burning the vessel's default fuels
/// ([`VesselSpec::fuels`](crate::vessel::VesselSpec::fuels)) without shore power.
#[derive(Debug, Clone, Copy)]
pub struct Segments<'a> {
    /// Index of the vessel in the slice given to
    /// [`PreparedFleet::new`](crate::batch::PreparedFleet::new).
    pub vessel: &'a [u32],
    /// Operating phase code ([`phase_code`]).
    pub phase: &'a [u8],
    /// Speed (through water, as [`Operation::speed`](crate::vessel::Operation::speed)), kn.
    pub speed_kn: &'a [f64],
    /// Mean draught, m.
    pub draught_m: &'a [f64],
    /// Duration, h.
    pub duration_h: &'a [f64],
}

impl<'a> Segments<'a> {
    /// Columns checked for equal length (errors name the column whose length differs from
    /// `vessel`'s).
    pub fn new(
        vessel: &'a [u32],
        phase: &'a [u8],
        speed_kn: &'a [f64],
        draught_m: &'a [f64],
        duration_h: &'a [f64],
    ) -> Result<Self> {
        let s = Self {
            vessel,
            phase,
            speed_kn,
            draught_m,
            duration_h,
        };
        s.check()?;
        Ok(s)
    }

    /// Number of rows (the length of the `vessel` column).
    pub fn len(&self) -> usize {
        self.vessel.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.vessel.is_empty()
    }

    pub(crate) fn check(&self) -> Result<()> {
        let n = self.vessel.len();
        for (name, len) in [
            ("phase", self.phase.len()),
            ("speed_kn", self.speed_kn.len()),
            ("draught_m", self.draught_m.len()),
            ("duration_h", self.duration_h.len()),
        ] {
            if len != n {
                return Err(column_length(&format!("segments.{name}"), len, n));
            }
        }
        Ok(())
    }

    /// Rows `start..end` (clamped to the columns).
    pub(crate) fn slice(&self, start: usize, end: usize) -> Segments<'a> {
        fn s<T>(v: &[T], a: usize, b: usize) -> &[T] {
            let b = b.min(v.len());
            v.get(a.min(b)..b).unwrap_or(&[])
        }
        Segments {
            vessel: s(self.vessel, start, end),
            phase: s(self.phase, start, end),
            speed_kn: s(self.speed_kn, start, end),
            draught_m: s(self.draught_m, start, end),
            duration_h: s(self.duration_h, start, end),
        }
    }
}

fn column_length(field: &str, len: usize, expected: usize) -> Error {
    Error::OutOfRange {
        field: field.to_string(),
        value: len as f64,
        expected: format!("a column of {expected} rows, as long as segments.vessel"),
    }
}

/// Caller-provided output columns, one value per segment. A row with an error gets NaN in
/// every column.
#[derive(Debug)]
pub struct SegmentOutputs<'a> {
    /// Fuel of the main engine (main fuel and pilot), t.
    pub fuel_main_t: &'a mut [f64],
    /// Fuel of the auxiliary engines (main fuel and pilot), t.
    pub fuel_auxiliary_t: &'a mut [f64],
    /// Fuel of the boiler, t.
    pub fuel_boiler_t: &'a mut [f64],
    /// Greenhouse gases under the fleet's accounting basis, t CO2e:
    /// [`Emissions::total`](crate::emissions::Emissions::total), i.e. WtW under a well-to-wake
    /// basis (FuelEU, IMO LCA), TtW under a tank-to-wake basis (EU ETS, IMO DCS).
    pub co2e_t: &'a mut [f64],
}

impl SegmentOutputs<'_> {
    pub(crate) fn check(&self, n: usize) -> Result<()> {
        for (name, len) in [
            ("fuel_main_t", self.fuel_main_t.len()),
            ("fuel_auxiliary_t", self.fuel_auxiliary_t.len()),
            ("fuel_boiler_t", self.fuel_boiler_t.len()),
            ("co2e_t", self.co2e_t.len()),
        ] {
            if len != n {
                return Err(column_length(&format!("outputs.{name}"), len, n));
            }
        }
        Ok(())
    }
}

/// Owned output columns (see [`SegmentOutputs`] for the meaning of each).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentColumns {
    /// Main-engine fuel, t.
    pub fuel_main_t: Vec<f64>,
    /// Auxiliary-engine fuel, t.
    pub fuel_auxiliary_t: Vec<f64>,
    /// Boiler fuel, t.
    pub fuel_boiler_t: Vec<f64>,
    /// t CO2e under the fleet's basis.
    pub co2e_t: Vec<f64>,
}

impl SegmentColumns {
    /// Columns of `n` zeros (4 × 8 bytes per row).
    ///
    /// Errors: [`Error::LimitExceeded`] (field `outputs`) when the columns cannot be
    /// allocated — more rows than a `Vec<f64>` can hold (`isize::MAX / 8`), or not enough
    /// memory — instead of aborting the process.
    pub fn zeros(n: usize) -> Result<Self> {
        fn column(n: usize) -> Result<Vec<f64>> {
            let mut v = Vec::new();
            v.try_reserve_exact(n).map_err(|_| Error::LimitExceeded {
                field: "outputs".into(),
                what: "rows (4 output columns of 8 bytes per row could not be allocated)",
                value: n,
                limit: isize::MAX as usize / 8,
            })?;
            v.resize(n, 0.0);
            Ok(v)
        }
        Ok(Self {
            fuel_main_t: column(n)?,
            fuel_auxiliary_t: column(n)?,
            fuel_boiler_t: column(n)?,
            co2e_t: column(n)?,
        })
    }

    /// Mutable views for [`PreparedFleet::compute_into`](crate::batch::PreparedFleet::compute_into).
    pub fn as_outputs(&mut self) -> SegmentOutputs<'_> {
        SegmentOutputs {
            fuel_main_t: &mut self.fuel_main_t,
            fuel_auxiliary_t: &mut self.fuel_auxiliary_t,
            fuel_boiler_t: &mut self.fuel_boiler_t,
            co2e_t: &mut self.co2e_t,
        }
    }
}

/// Which input column a row error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentColumn {
    /// `speed_kn`.
    SpeedKn,
    /// `draught_m`.
    DraughtM,
    /// `duration_h`.
    DurationH,
}

impl SegmentColumn {
    /// The column's name.
    pub fn name(self) -> &'static str {
        match self {
            SegmentColumn::SpeedKn => "speed_kn",
            SegmentColumn::DraughtM => "draught_m",
            SegmentColumn::DurationH => "duration_h",
        }
    }
}

impl std::fmt::Display for SegmentColumn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a segment could not be computed. Each reason is one that makes
/// [`Vessel::operate`](crate::vessel::Vessel::operate) (or the ledger that follows) fail for
/// the same input.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum RowErrorKind {
    /// `vessel` is not an index into the fleet.
    #[error("vessel = {vessel} is not an index into the fleet of {fleet_size} vessels")]
    VesselOutOfRange {
        /// The index received.
        vessel: u32,
        /// Number of vessels in the fleet.
        fleet_size: usize,
    },
    /// `phase` is not a phase code (0–4, see [`phase_code`]).
    #[error("phase = {code} is not a phase code (0 at berth … 4 normal cruising)")]
    UnknownPhase {
        /// The code received.
        code: u8,
    },
    /// A NaN or infinite value.
    #[error("{column} must be a finite number, got {value}")]
    NonFinite {
        /// The column.
        column: SegmentColumn,
        /// The value received.
        value: f64,
    },
    /// A negative value.
    #[error("{column} must not be negative, got {value}")]
    Negative {
        /// The column.
        column: SegmentColumn,
        /// The value received.
        value: f64,
    },
    /// Zero where a positive value is needed (draught, duration; speed under way).
    #[error("{column} must be positive, got 0")]
    Zero {
        /// The column.
        column: SegmentColumn,
    },
    /// A speed the ship cannot reach ([`Error::NotReachable`]).
    #[error("speed_kn = {speed_kn} cannot be reached: at most {limit_kn} kn")]
    NotReachable {
        /// The speed received, kn.
        speed_kn: f64,
        /// The highest reachable speed at this draught, kn.
        limit_kn: f64,
    },
    /// The result overflowed (e.g. a duration of 1e300 h).
    #[error("the fuel or CO2e of the segment is not finite (inputs too large)")]
    NonFiniteResult,
}

/// A segment that could not be computed: its row (counted from the first row ever fed to the
/// stream) and the reason. The batch goes on; totals exclude the row.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[error("segments row {row}: {kind}")]
pub struct RowError {
    /// Row index.
    pub row: u64,
    /// Why.
    pub kind: RowErrorKind,
}

/// Per-vessel totals over the good rows, as columns indexed by vessel.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FleetTotals {
    /// Main-engine fuel, t.
    pub fuel_main_t: Vec<f64>,
    /// Auxiliary-engine fuel, t.
    pub fuel_auxiliary_t: Vec<f64>,
    /// Boiler fuel, t.
    pub fuel_boiler_t: Vec<f64>,
    /// t CO2e under the fleet's basis ([`SegmentOutputs::co2e_t`]).
    pub co2e_t: Vec<f64>,
    /// Fuel energy (mass × LCV of the basis's factor set), MJ.
    pub energy_mj: Vec<f64>,
    /// Time, h.
    pub duration_h: Vec<f64>,
    /// Distance sailed, speed × duration, nm.
    pub distance_nm: Vec<f64>,
    /// Number of good rows.
    pub segments: Vec<u64>,
}

/// The result of a batch: per-vessel totals and the rows that failed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchReport {
    /// Rows seen (good and bad).
    pub rows: u64,
    /// Per-vessel totals over the good rows.
    pub totals: FleetTotals,
    /// The bad rows, in row order.
    pub row_errors: Vec<RowError>,
}

/// One segment's results, in t and MJ.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct RowResult {
    pub main_t: f64,
    pub aux_t: f64,
    pub boiler_t: f64,
    pub co2e_t: f64,
    pub energy_mj: f64,
}

/// Lanes of the per-vessel sums: main, auxiliary, boiler fuel (t), CO2e (t), energy (MJ),
/// duration (h), distance (nm), and the count of rows (exact in an `f64` up to 2⁵³).
pub(crate) const LANES: usize = 8;

/// Rows added to one vessel's plain (uncompensated) sums before they are folded into its
/// compensated sums: the rounding error of a plain sum of n terms is at most
/// (n − 1)·2⁻⁵³·Σ|x| (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed.,
/// §4.2), so each plain partial is exact to 1024 × 1.11e-16 = 1.14e-13 of Σ|x|, and the
/// compensated fold of the partials adds only O(2⁻⁵³).
pub(crate) const PLAIN_ROWS: f64 = 1024.0;

/// Compensated running sums of one vessel, eight lanes at once. Each lane is a
/// Kahan–Babuška sum with Knuth's branch-free TwoSum (the error of every addition is
/// captured exactly in `c`), the same accuracy class as
/// [`NeumaierSum`](crate::numeric::NeumaierSum) without its data-dependent branch.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct VesselSums {
    s: [f64; LANES],
    c: [f64; LANES],
    pub segments: u64,
}

impl VesselSums {
    #[inline]
    fn add_lanes(&mut self, x: &[f64; LANES]) {
        for ((s, c), x) in self.s.iter_mut().zip(self.c.iter_mut()).zip(x) {
            // TwoSum (Knuth): t + e = s + x exactly.
            let t = *s + *x;
            let bp = t - *s;
            let e = (*s - (t - bp)) + (*x - bp);
            *s = t;
            *c += e;
        }
    }

    pub fn merge(&mut self, o: &VesselSums) {
        self.add_lanes(&o.s);
        self.add_lanes(&o.c);
        self.segments += o.segments;
    }

    fn total(&self, lane: usize) -> f64 {
        match (self.s.get(lane), self.c.get(lane)) {
            (Some(s), Some(c)) => s + c,
            _ => 0.0,
        }
    }
}

/// One vessel's accumulator within a chunk: plain sums of at most [`PLAIN_ROWS`] rows (the
/// per-row cost: eight additions the compiler vectorises), folded into compensated sums.
/// One cache line (the plain sums) for what every row touches.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub(crate) struct VesselAcc {
    plain: [f64; LANES],
    pub sums: VesselSums,
}

impl Default for VesselAcc {
    fn default() -> Self {
        Self {
            plain: [0.0; LANES],
            sums: VesselSums::default(),
        }
    }
}

impl VesselAcc {
    #[inline(always)]
    pub fn add(&mut self, r: &RowResult, hours: f64, speed_kn: f64) {
        let x = [
            r.main_t,
            r.aux_t,
            r.boiler_t,
            r.co2e_t,
            r.energy_mj,
            hours,
            speed_kn * hours,
            1.0,
        ];
        for (s, x) in self.plain.iter_mut().zip(x) {
            *s += x;
        }
        if self.plain[LANES - 1] >= PLAIN_ROWS {
            self.fold();
        }
    }

    /// Moves the plain sums into the compensated sums.
    #[inline(never)]
    pub fn fold(&mut self) {
        let rows = self.plain[LANES - 1];
        if rows > 0.0 {
            let mut lanes = self.plain;
            lanes[LANES - 1] = 0.0;
            self.sums.add_lanes(&lanes);
            // Exact: a count below 2⁵³.
            self.sums.segments += rows as u64;
            self.plain = [0.0; LANES];
        }
    }
}

/// The per-vessel totals of compensated sums, or an error naming the first total that is
/// not finite (a sum over a vessel's rows that overflows `f64`, e.g. durations of 1e302 h
/// over many rows): a total is never NaN or infinite.
pub(crate) fn totals_of(sums: &[VesselSums]) -> Result<FleetTotals> {
    const NAMES: [&str; 7] = [
        "fuel_main_t",
        "fuel_auxiliary_t",
        "fuel_boiler_t",
        "co2e_t",
        "energy_mj",
        "duration_h",
        "distance_nm",
    ];
    for (vessel, s) in sums.iter().enumerate() {
        for (lane, name) in NAMES.iter().enumerate() {
            let value = s.total(lane);
            if !value.is_finite() {
                return Err(Error::OutOfRange {
                    field: format!("totals.{name}[{vessel}]"),
                    value,
                    expected: "a finite total: the sum over the vessel's segments overflows \
                               f64 (inputs too large, e.g. durations of 1e302 h)"
                        .into(),
                });
            }
        }
    }
    let col = |f: fn(&VesselSums) -> f64| sums.iter().map(f).collect::<Vec<f64>>();
    Ok(FleetTotals {
        fuel_main_t: col(|s| s.total(0)),
        fuel_auxiliary_t: col(|s| s.total(1)),
        fuel_boiler_t: col(|s| s.total(2)),
        co2e_t: col(|s| s.total(3)),
        energy_mj: col(|s| s.total(4)),
        duration_h: col(|s| s.total(5)),
        distance_nm: col(|s| s.total(6)),
        segments: sums.iter().map(|s| s.segments).collect(),
    })
}
