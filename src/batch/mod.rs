//! The columnar batch engine: fleet inventories of millions of ship-hour segments.
//!
//! An AIS-derived inventory is a table of segments — vessel, phase, speed, draught, duration —
//! over a table of vessels. [`PreparedFleet::new`] computes every per-vessel coefficient once
//! (the Eq. 8 power constant δ_w·MCR/(η_w·η_f)/v_ref³, the Table 19 SFC baselines, the
//! Table 17 auxiliary and boiler power of each phase, pilot-fuel ratios, and the CO2e and
//! energy per g of fuel of each converter under the [`AccountingBasis`], for each low-load
//! bin); then each segment is a handful of multiplications and one power (T/T_ref)^0.66
//! (table-driven, within 1e-15 of `powf`):
//!
//! * W = [δ_w·MCR/(η_w·η_f)/v_ref³] · (T/T_ref)^0.66 · v³; P_ME = min((1 − s_wind)·W, MCR);
//!   L = P_ME/MCR (Fourth IMO GHG Study 2020, Eq. 8);
//! * M_ME = SFC_base · f(L) · P_ME · t · [(1 − s) + s·LCV_main/LCV_pilot], f the SFOC curve;
//! * M_AE = SFC_AE · P_AE(phase) · t, M_AB = SFC_AB · P_AB(phase) · t (Table 17, Table 19);
//! * CO2e = Σ_c M_c · k_c, with k_c the basis's WtT + TtW per g for the converter (and, for
//!   the main engine below 20 % load, the Starcrest/ICCT low-load CH4/N2O bin).
//!
//! **Equality with the single path.** For the same inputs the results equal
//! [`Vessel::operate`](crate::vessel::Vessel::operate) followed by
//! [`AccountingBasis::account`] to within a few ulps (the draught factor differs from
//! `powf` by at most 3 ulp) (tested at 1e-9 relative on random
//! segments across ship and engine types, dual-fuel pilots, low loads, wind assist and
//! speed–power curves). Rows the fast path cannot decide bit-for-bit — a speed above 1.10 ×
//! the design speed (the unreachable-speed check), a load within 1e-7 % of a low-load bin
//! edge, and vessels with a sea-trial speed–power curve — call the single path's own
//! propulsion function. The batch uses each vessel's default fuels and no shore power.
//!
//! **Bad rows** (NaN speed, a vessel index out of range, a negative duration, …) are listed
//! as [`RowError`]s (row index + [`RowErrorKind`]); their output cells are NaN and the totals
//! exclude them. The batch is never aborted by a row.
//!
//! **No allocation per row.** Rows are processed in fixed chunks (of
//! [`PreparedFleet::chunk_len`] rows); each chunk keeps per-vessel plain sums of at most
//! 1,024 rows folded into compensated sums (Kahan–Babuška), and the chunk sums are merged
//! into the running totals in chunk order: totals are within 1.2e-13 × Σ|x| of the exact
//! sum. With the `rayon` feature every chunk of a call runs in one parallel loop (work
//! stealing, up to [`PASS_TABLE_BYTES`] of chunk results in flight); the chunking and the
//! merge order are the same with and without the feature, so the results are identical bit
//! for bit. The allocations are one accumulator table (256 bytes × vessels) per worker
//! thread, reused from chunk to chunk, each chunk's sums of the vessels it touched, and the
//! list of bad rows.
//!
//! **Fast path.** Rows run in blocks of 256: first the block's draught factors (independent
//! iterations the core overlaps; the previous row's factor reused when vessel and draught
//! repeat), then each row: one combined validity test (unsigned ranges of bit patterns), the
//! power law, an integer low-load-bin look-up and a select for zero work — the same
//! operations in the same order as the full per-row check, so both give the same bits;
//! every other row (bad input, the cases below) takes the full check.
//!
//! **Streaming.** [`PreparedFleet::stream`] returns a [`FleetStream`]: feed it chunks of any
//! size ([`FleetStream::feed`], or [`FleetStream::feed_into`] to also get per-segment
//! columns), then [`FleetStream::finish`] for the totals. Row indices in errors count from
//! the first row fed.
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::batch::{PreparedFleet, Segments, phase_code};
//! use green_corridor::fuel::FuelFamily;
//!
//! let bulk = Vessel::builder("bulk", ShipType::Bulk)
//!     .deadweight(tonnes(80_000.0)).build_year(2012)
//!     .design_speed(knots(14.0)).design_draught(metres(14.0))
//!     .main_engine(kilowatts(10_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(FuelFamily::Oil))
//!     .build()?;
//! let fleet = PreparedFleet::new(&[bulk.clone()], &AccountingBasis::fueleu(2025)?)?;
//!
//! let cruising = phase_code(OperatingPhase::NormalCruising);
//! let phases = [cruising; 3];
//! let segments = Segments::new(
//!     &[0, 0, 7],                       // vessel index (7 is out of range)
//!     &phases,
//!     &[12.0, f64::NAN, 12.0],           // speed_kn (NaN is a bad row)
//!     &[13.0, 13.0, 13.0],               // draught_m
//!     &[24.0, 24.0, 24.0],               // duration_h
//! )?;
//! let (columns, report) = fleet.compute(&segments)?;
//! assert_eq!(report.row_errors.len(), 2);
//! assert_eq!(report.row_errors[0].row, 1);
//!
//! // The good row equals the single-voyage path.
//! let day = bulk.operate(&Operation::new(OperatingPhase::NormalCruising, knots(12.0), metres(13.0), hours(24.0)))?;
//! let mut ledger = FuelLedger::new();
//! day.push_into(&mut ledger, "day", ScopeShare::NONE)?;
//! let co2e = AccountingBasis::fueleu(2025)?.account(&ledger)?.total().tonnes();
//! assert!((columns.co2e_t[0] - co2e).abs() < 1e-9 * co2e);
//! assert!((report.totals.co2e_t[0] - co2e).abs() < 1e-9 * co2e);
//! assert!(columns.co2e_t[1].is_nan());
//! # Ok::<(), green_corridor::Error>(())
//! ```

mod columns;
mod draught_tables;
pub(crate) mod prepared;

pub use columns::{
    BatchReport, FleetTotals, RowError, RowErrorKind, SegmentColumn, SegmentColumns,
    SegmentOutputs, Segments, phase_code, phase_from_code,
};

use columns::{RowResult, VesselAcc, VesselSums, totals_of};
use prepared::PreparedVessel;

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::vessel::Vessel;

/// Rows per block of the chunk loop (the draught factors of a block are computed together;
/// 2 KB on the stack, L1-resident).
const BLOCK_ROWS: usize = 256;

/// Smallest chunk of rows processed with one partial-sum table.
pub const MIN_CHUNK_ROWS: usize = 1 << 16;

/// Largest fleet (vessel indices are `u32`).
pub const MAX_VESSELS: usize = u32::MAX as usize;

/// A fleet with every per-vessel coefficient of the batch path computed once under one
/// accounting basis. See the [module documentation](self).
#[derive(Debug, Clone)]
pub struct PreparedFleet {
    vessels: Vec<Vessel>,
    prepared: Vec<PreparedVessel>,
    basis_name: String,
}

impl PreparedFleet {
    /// Prepares `vessels` under `basis`.
    ///
    /// Errors (naming `vessels[i]…`): an empty fleet; a basis that does not validate; a
    /// vessel whose default fuels a converter cannot burn, or that lacks an SFC (fuel cells
    /// without a baseline) — every [`Vessel::operate`] of that vessel would fail too; a fuel
    /// the basis cannot account (a biofuel without a certificate under a WtW basis).
    pub fn new(vessels: &[Vessel], basis: &AccountingBasis) -> Result<Self> {
        if vessels.is_empty() {
            return Err(Error::Empty {
                field: "vessels".into(),
                expected: "at least one vessel".into(),
            });
        }
        if vessels.len() > MAX_VESSELS {
            return Err(Error::OutOfRange {
                field: "vessels".into(),
                value: vessels.len() as f64,
                expected: format!("at most {MAX_VESSELS} vessels (u32 indices)"),
            });
        }
        basis.validate()?;
        let prepared = vessels
            .iter()
            .enumerate()
            .map(|(i, v)| PreparedVessel::new(v, basis, i))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            vessels: vessels.to_vec(),
            prepared,
            basis_name: basis.name.clone(),
        })
    }

    /// Number of vessels.
    pub fn len(&self) -> usize {
        self.vessels.len()
    }

    /// Whether the fleet is empty (never, once built).
    pub fn is_empty(&self) -> bool {
        self.vessels.is_empty()
    }

    /// The vessels, in index order.
    pub fn vessels(&self) -> &[Vessel] {
        &self.vessels
    }

    /// Name of the accounting basis the coefficients were prepared under.
    pub fn basis_name(&self) -> &str {
        &self.basis_name
    }

    /// Rows per chunk: max([`MIN_CHUNK_ROWS`], 16 × vessels), so that the per-chunk
    /// accumulator table (256 bytes per vessel) stays at or below 16 bytes per row. Fixed by
    /// the fleet size alone, never by the number of threads.
    pub fn chunk_len(&self) -> usize {
        MIN_CHUNK_ROWS.max(self.vessels.len().saturating_mul(16))
    }

    /// A streaming accumulator of per-vessel totals.
    pub fn stream(&self) -> FleetStream<'_> {
        FleetStream {
            fleet: self,
            sums: vec![VesselSums::default(); self.vessels.len()],
            errors: Vec::new(),
            rows: 0,
        }
    }

    /// Computes `segments` into the caller's `outputs` columns and returns the totals and
    /// bad rows. Errors: columns of different lengths (the batch is not started); a total
    /// that overflows `f64` ([`FleetStream::finish`]).
    pub fn compute_into(
        &self,
        segments: &Segments<'_>,
        outputs: &mut SegmentOutputs<'_>,
    ) -> Result<BatchReport> {
        let mut s = self.stream();
        s.feed_into(segments, outputs)?;
        s.finish()
    }

    /// Computes `segments`, returning owned output columns with the report. Errors: as
    /// [`Self::compute_into`], and output columns that cannot be allocated
    /// ([`SegmentColumns::zeros`]).
    pub fn compute(&self, segments: &Segments<'_>) -> Result<(SegmentColumns, BatchReport)> {
        segments.check()?;
        let mut columns = SegmentColumns::zeros(segments.len())?;
        let report = self.compute_into(segments, &mut columns.as_outputs())?;
        Ok((columns, report))
    }

    /// Totals only (no per-segment output). Errors: as [`Self::compute_into`].
    pub fn totals(&self, segments: &Segments<'_>) -> Result<BatchReport> {
        let mut s = self.stream();
        s.feed(segments)?;
        s.finish()
    }

    /// Processes one chunk into a zeroed accumulator table; writes outputs through `sink`.
    ///
    /// Block by block ([`BLOCK_ROWS`] rows): first the draught factors of the block — a loop
    /// of independent iterations, so the core overlaps their long exp/log dependency chains
    /// (one row at a time it cannot: a row's other work fills the reorder window), reusing
    /// the previous row's factor when the vessel and draught repeat (AIS tracks) — then the
    /// rows, in order, with their factor.
    fn chunk<S: RowSink>(
        &self,
        seg: &Segments<'_>,
        sink: &mut S,
        first_row: u64,
        table: &mut [VesselAcc],
        errors: &mut Vec<RowError>,
    ) {
        let mut factors = [0.0f64; BLOCK_ROWS];
        // (vessel, draught, factor) of the previous row.
        let mut last = (u32::MAX, f64::NAN, f64::NAN);
        let blocks = seg
            .vessel
            .chunks(BLOCK_ROWS)
            .zip(seg.phase.chunks(BLOCK_ROWS))
            .zip(seg.speed_kn.chunks(BLOCK_ROWS))
            .zip(seg.draught_m.chunks(BLOCK_ROWS))
            .zip(seg.duration_h.chunks(BLOCK_ROWS));
        for (b, ((((vb, pb), sb), tb), hb)) in blocks.enumerate() {
            for ((f, &vi), &t) in factors.iter_mut().zip(vb).zip(tb) {
                if vi != last.0 || t != last.1 {
                    let factor = self
                        .prepared
                        .get(vi as usize)
                        .map_or(f64::NAN, |p| p.draught_factor_of(t));
                    last = (vi, t, factor);
                }
                *f = last.2;
            }
            let base = b * BLOCK_ROWS;
            let rows = vb.iter().zip(pb).zip(sb).zip(tb).zip(hb).zip(&factors);
            for (j, (((((&vi, &ph), &v), &t), &h), &f)) in rows.enumerate() {
                let k = base + j;
                let i = vi as usize;
                let fast = match (self.prepared.get(i), table.get_mut(i)) {
                    (Some(p), Some(acc)) => match p.fast_row(f, ph, v, t, h) {
                        Some(r) => {
                            acc.add(&r, h, v);
                            sink.put(k, &r);
                            true
                        }
                        None => false,
                    },
                    _ => false,
                };
                if !fast {
                    let r = self.slow_row(vi, ph, v, t, h, first_row + k as u64, table, errors);
                    sink.put(k, &r);
                }
            }
        }
        for acc in table.iter_mut() {
            acc.fold();
        }
    }

    /// A row the fast path does not decide: the full check and, where needed, the single
    /// path's own propulsion function; a bad row is listed and gets NaN outputs.
    #[cold]
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn slow_row(
        &self,
        vi: u32,
        ph: u8,
        v: f64,
        t: f64,
        h: f64,
        row: u64,
        table: &mut [VesselAcc],
        errors: &mut Vec<RowError>,
    ) -> RowResult {
        let i = vi as usize;
        let result = match (self.prepared.get(i), self.vessels.get(i), table.get_mut(i)) {
            (Some(p), Some(ship), Some(acc)) => {
                p.row(ship, ph, v, t, h).inspect(|r| acc.add(r, h, v))
            }
            _ => Err(RowErrorKind::VesselOutOfRange {
                vessel: vi,
                fleet_size: self.vessels.len(),
            }),
        };
        result.unwrap_or_else(|kind| {
            errors.push(RowError { row, kind });
            RowResult {
                main_t: f64::NAN,
                aux_t: f64::NAN,
                boiler_t: f64::NAN,
                co2e_t: f64::NAN,
                energy_mj: f64::NAN,
            }
        })
    }
}

/// Where a chunk's per-row results go.
trait RowSink {
    fn put(&mut self, k: usize, r: &RowResult);
}

/// Totals only: per-row results are dropped.
struct NoOutput;

impl RowSink for NoOutput {
    #[inline(always)]
    fn put(&mut self, _: usize, _: &RowResult) {}
}

/// One chunk's output columns.
struct OutChunk<'a> {
    main: &'a mut [f64],
    aux: &'a mut [f64],
    boiler: &'a mut [f64],
    co2e: &'a mut [f64],
}

impl RowSink for OutChunk<'_> {
    #[inline(always)]
    fn put(&mut self, k: usize, r: &RowResult) {
        if let (Some(m), Some(a), Some(b), Some(c)) = (
            self.main.get_mut(k),
            self.aux.get_mut(k),
            self.boiler.get_mut(k),
            self.co2e.get_mut(k),
        ) {
            *m = r.main_t;
            *a = r.aux_t;
            *b = r.boiler_t;
            *c = r.co2e_t;
        }
    }
}

/// One unit of work: a chunk of rows, its outputs, and what it yields — the sums of the
/// vessels it touched and its bad rows.
struct Job<'s, 'o> {
    seg: Segments<'s>,
    out: Option<OutChunk<'o>>,
    first_row: u64,
    sums: Vec<(u32, VesselSums)>,
    errors: Vec<RowError>,
}

/// Accumulator tables of the workers, reused from chunk to chunk (one per worker in
/// flight: no allocation or zeroing per chunk).
type TablePool = std::sync::Mutex<Vec<Vec<VesselAcc>>>;

impl Job<'_, '_> {
    fn run(&mut self, fleet: &PreparedFleet, pool: &TablePool) {
        let mut table = pool
            .lock()
            .ok()
            .and_then(|mut p| p.pop())
            .unwrap_or_else(|| vec![VesselAcc::default(); fleet.vessels.len()]);
        match self.out.take() {
            Some(mut o) => fleet.chunk(
                &self.seg,
                &mut o,
                self.first_row,
                &mut table,
                &mut self.errors,
            ),
            None => fleet.chunk(
                &self.seg,
                &mut NoOutput,
                self.first_row,
                &mut table,
                &mut self.errors,
            ),
        }
        // `chunk` folded every plain sum: keep the touched vessels' sums, clear them.
        for (i, acc) in table.iter_mut().enumerate() {
            if acc.sums.segments > 0 {
                self.sums.push((i as u32, acc.sums));
                acc.sums = VesselSums::default();
            }
        }
        if let Ok(mut p) = pool.lock() {
            p.push(table);
        }
    }
}

/// Upper bound on the chunk results (per-vessel sums) in flight in one parallel pass, bytes:
/// a call whose chunks need more runs in several passes (each pass is still one parallel loop
/// over its chunks; the merge is in chunk order whatever the passes).
pub const PASS_TABLE_BYTES: usize = 64 << 20;

/// Running per-vessel totals over segments fed chunk by chunk (inputs larger than memory).
#[derive(Debug)]
pub struct FleetStream<'f> {
    fleet: &'f PreparedFleet,
    sums: Vec<VesselSums>,
    errors: Vec<RowError>,
    rows: u64,
}

impl FleetStream<'_> {
    /// Adds `segments` to the totals. Errors: columns of different lengths (nothing added).
    pub fn feed(&mut self, segments: &Segments<'_>) -> Result<()> {
        segments.check()?;
        self.run(segments, None);
        Ok(())
    }

    /// Adds `segments` to the totals and writes each segment's results into `outputs`.
    /// Errors: columns of different lengths (nothing added or written).
    pub fn feed_into(
        &mut self,
        segments: &Segments<'_>,
        outputs: &mut SegmentOutputs<'_>,
    ) -> Result<()> {
        segments.check()?;
        outputs.check(segments.len())?;
        self.run(segments, Some(outputs));
        Ok(())
    }

    /// Rows fed so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// The totals and bad rows so far.
    ///
    /// Errors: [`Error::OutOfRange`] naming the total (`totals.fuel_main_t[i]`, …) when a
    /// vessel's sum is not finite — every row was finite, but their sum overflows `f64`
    /// (for example 100 rows of 1e302 h): totals never hold NaN or infinities.
    pub fn finish(self) -> Result<BatchReport> {
        Ok(BatchReport {
            rows: self.rows,
            totals: totals_of(&self.sums)?,
            row_errors: self.errors,
        })
    }

    /// Chunks of one parallel pass: as many as fit [`PASS_TABLE_BYTES`] of chunk results
    /// (at worst one vessel-sums entry per vessel per chunk; at least four chunks per
    /// thread) with `rayon`, one without.
    fn chunks_per_pass(&self) -> usize {
        #[cfg(feature = "rayon")]
        {
            let table = self
                .fleet
                .vessels
                .len()
                .saturating_mul(std::mem::size_of::<(u32, VesselSums)>())
                .max(1);
            (PASS_TABLE_BYTES / table).max(4 * rayon::current_num_threads())
        }
        #[cfg(not(feature = "rayon"))]
        {
            1
        }
    }

    fn run(&mut self, seg: &Segments<'_>, outputs: Option<&mut SegmentOutputs<'_>>) {
        let fleet = self.fleet;
        let n = seg.len();
        let chunk = fleet.chunk_len();
        let per_pass = self.chunks_per_pass();
        let mut outs = outputs.map(|o| {
            (
                o.fuel_main_t.chunks_mut(chunk),
                o.fuel_auxiliary_t.chunks_mut(chunk),
                o.fuel_boiler_t.chunks_mut(chunk),
                o.co2e_t.chunks_mut(chunk),
            )
        });
        let pool = TablePool::default();
        let mut start = 0;
        while start < n {
            let mut jobs: Vec<Job<'_, '_>> = Vec::with_capacity(per_pass.min(n.div_ceil(chunk)));
            while jobs.len() < per_pass && start < n {
                let end = (start + chunk).min(n);
                let out = outs.as_mut().and_then(|(m, a, b, c)| {
                    match (m.next(), a.next(), b.next(), c.next()) {
                        (Some(main), Some(aux), Some(boiler), Some(co2e)) => Some(OutChunk {
                            main,
                            aux,
                            boiler,
                            co2e,
                        }),
                        _ => None,
                    }
                });
                jobs.push(Job {
                    seg: seg.slice(start, end),
                    out,
                    first_row: self.rows + start as u64,
                    sums: Vec::new(),
                    errors: Vec::new(),
                });
                start = end;
            }
            #[cfg(feature = "rayon")]
            {
                use rayon::prelude::*;
                // One parallel loop over every chunk of the pass (work stealing, no
                // barrier between chunks).
                jobs.par_iter_mut()
                    .with_max_len(1)
                    .for_each(|j| j.run(fleet, &pool));
            }
            #[cfg(not(feature = "rayon"))]
            jobs.iter_mut().for_each(|j| j.run(fleet, &pool));
            // Merge in chunk order: the same with and without `rayon`.
            for mut j in jobs {
                for (i, part) in &j.sums {
                    if let Some(total) = self.sums.get_mut(*i as usize) {
                        total.merge(part);
                    }
                }
                self.errors.append(&mut j.errors);
            }
        }
        self.rows += n as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fuel::FuelFamily;
    use crate::units::{kilowatts, knots, tonnes};
    use crate::vessel::{EngineType, FuelSupply, OperatingPhase, ShipType, metres};

    fn bulk() -> Vessel {
        Vessel::builder("b", ShipType::Bulk)
            .deadweight(tonnes(80_000.0))
            .build_year(2012)
            .design_speed(knots(14.0))
            .design_draught(metres(14.0))
            .main_engine(
                kilowatts(10_000.0),
                EngineType::SlowSpeedDiesel,
                FuelSupply::mono(FuelFamily::Oil),
            )
            .build()
            .unwrap()
    }

    #[test]
    fn empty_fleet_and_mismatched_columns_are_errors() {
        let basis = AccountingBasis::imo_dcs();
        assert!(PreparedFleet::new(&[], &basis).is_err());
        let fleet = PreparedFleet::new(&[bulk()], &basis).unwrap();
        let err = Segments::new(&[0], &[3], &[10.0, 11.0], &[12.0], &[1.0]).unwrap_err();
        assert!(err.to_string().contains("segments.speed_kn"), "{err}");
        let seg = Segments::new(&[0], &[3], &[10.0], &[12.0], &[1.0]).unwrap();
        let mut cols = SegmentColumns::zeros(2).unwrap();
        let err = fleet
            .compute_into(&seg, &mut cols.as_outputs())
            .unwrap_err();
        assert!(err.to_string().contains("outputs.fuel_main_t"), "{err}");
    }

    #[test]
    fn accumulator_table_is_256_bytes_per_vessel() {
        // Documented in `chunk_len` and docs/batch.md (memory per segment).
        assert_eq!(std::mem::size_of::<VesselAcc>(), 256);
        // 32 bytes per bad row.
        assert_eq!(std::mem::size_of::<RowError>(), 32);
    }

    #[test]
    fn phase_codes_round_trip() {
        for p in OperatingPhase::ALL {
            assert_eq!(phase_from_code(phase_code(*p)), Some(*p));
        }
        assert_eq!(phase_from_code(5), None);
    }

    #[test]
    fn chunk_boundaries_do_not_change_totals_beyond_rounding() {
        let fleet = PreparedFleet::new(&[bulk()], &AccountingBasis::imo_dcs()).unwrap();
        let n = MIN_CHUNK_ROWS * 2 + 17;
        let v = vec![0u32; n];
        let p = vec![3u8; n];
        let s: Vec<f64> = (0..n).map(|i| 8.0 + (i % 50) as f64 * 0.1).collect();
        let d = vec![12.0; n];
        let h = vec![1.0; n];
        let seg = Segments::new(&v, &p, &s, &d, &h).unwrap();
        let one = fleet.totals(&seg).unwrap();
        let mut stream = fleet.stream();
        for k in (0..n).step_by(10_000) {
            stream.feed(&seg.slice(k, k + 10_000)).unwrap();
        }
        let pieces = stream.finish().unwrap();
        assert_eq!(pieces.rows, n as u64);
        let a = one.totals.co2e_t[0];
        let b = pieces.totals.co2e_t[0];
        assert!((a - b).abs() <= 1e-13 * a, "{a} vs {b}");
        assert_eq!(one.totals.segments[0], n as u64);
    }
}
