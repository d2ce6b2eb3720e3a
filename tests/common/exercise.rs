// Shared by `tests/hostile_inputs.rs`, `tests/robustness.rs` (bounded random inputs inside
// `cargo test`) and the `cargo fuzz` targets in `fuzz/fuzz_targets/`: feed bytes to the
// parsers and public entry points of the crate and run what is accepted through the
// computations. A typed error is fine; a panic, or a non-finite number inside an `Ok`, is a
// finding.
#![allow(dead_code)]

use green_corridor::emissions::AccountingBasis;
use green_corridor::fuel::{ConverterClass, FactorSet, PathwayId};
use green_corridor::ledger::{FuelLedger, ScopeShare};
use green_corridor::regulation::{cii, eu_ets, fueleu, imo_nzf};
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::ServiceBaseline;
use green_corridor::trajectory::{
    Checkpoint, Interpolation, PathwayKind, Series, TargetPathway, alignment_delta,
    portfolio_alignment, to_absolute_path, to_intensity_path,
};
use green_corridor::units::{
    EnergyExt, IntensityExt, MassExt, g_per_mj, kilowatt_hours, knots, megajoules, mj_per_g,
    nautical_miles, tonnes,
};

/// What happened to one input.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No parser accepted it.
    NotParsed,
    /// Parsed, and the computation returned a typed error or finite results.
    Handled,
}

fn baseline() -> ServiceBaseline {
    ServiceBaseline {
        year: 2025,
        speed: knots(16.0),
        distance: nautical_miles(600_000.0),
        propulsion_work: kilowatt_hours(4.0e8),
        auxiliary_work_at_sea: kilowatt_hours(4.0e7),
        work_at_berth: kilowatt_hours(1.5e7),
        transport_work_teu_km: 1.0e11,
        sea_scope: ScopeShare::HALF.into(),
        berth_scope: ScopeShare::FULL.into(),
        voyage_shore_power_share: 0.0,
        boiler_share_at_sea: 0.0,
        boiler_share_at_berth: 0.0,
    }
}

fn finite(what: &str, v: f64) -> Result<(), String> {
    if v.is_finite() {
        Ok(())
    } else {
        Err(format!("{what} is {v}"))
    }
}

fn outcome(parsed: bool) -> Outcome {
    if parsed {
        Outcome::Handled
    } else {
        Outcome::NotParsed
    }
}

/// Runs one input through every format; `Err` is an invariant violation (a bug), never an
/// input error.
pub fn exercise(data: &[u8]) -> Result<Outcome, String> {
    let mut parsed = false;
    for f in [
        exercise_plan,
        exercise_ledger,
        exercise_scenario,
        exercise_pathway,
        exercise_regulation_json,
    ] {
        parsed |= f(data)? == Outcome::Handled;
    }
    Ok(outcome(parsed))
}

/// A trajectory plan (TOML) applied to a fixed service baseline and run.
pub fn exercise_plan(data: &[u8]) -> Result<Outcome, String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(Outcome::NotParsed);
    };
    let Ok(plan) = toml::from_str::<ScenarioPlan>(text) else {
        return Ok(Outcome::NotParsed);
    };
    if let Ok(scenario) = plan.apply(baseline()) {
        if let Ok(results) = scenario.run() {
            for r in &results {
                finite("well_to_wake_t", r.well_to_wake_t)?;
                finite("total_cost_usd", r.total_cost.amount())?;
                finite("intensity_g_per_teu_km", r.intensity_g_per_teu_km)?;
            }
        }
    }
    Ok(Outcome::Handled)
}

/// A fuel ledger (JSON) accounted under every built-in basis and assessed under every regime.
pub fn exercise_ledger(data: &[u8]) -> Result<Outcome, String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(Outcome::NotParsed);
    };
    let Ok(ledger) = serde_json::from_str::<FuelLedger>(text) else {
        return Ok(Outcome::NotParsed);
    };
    check_ledger(&ledger)?;
    Ok(Outcome::Handled)
}

fn check_ledger(ledger: &FuelLedger) -> Result<(), String> {
    for year in [2024, 2025, 2026, 2030, 2034] {
        let bases = [
            AccountingBasis::fueleu(year),
            AccountingBasis::eu_ets(year),
            Ok(AccountingBasis::imo_lca()),
            Ok(AccountingBasis::imo_dcs()),
        ];
        for b in bases.into_iter().flatten() {
            if let Ok(e) = b.account(ledger) {
                finite("total", e.total().value)?;
                finite("energy", e.energy.value)?;
                finite("co2", e.gases.co2.value)?;
                for i in [
                    e.intensity(),
                    e.intensity_without_rewards(),
                    e.well_to_tank_intensity(),
                    e.tank_to_wake_intensity(),
                ]
                .into_iter()
                .flatten()
                {
                    finite("intensity", i.value)?;
                }
            }
        }
        if let Ok(a) = fueleu::assess(ledger, year, &Default::default()) {
            finite("fueleu penalty_eur", a.penalty.amount())?;
            finite("fueleu compliance_balance", a.compliance_balance.value)?;
            finite("fueleu deficit_t_vlsfo_eq", a.deficit_t_vlsfo_eq)?;
        }
        if let Ok(a) = eu_ets::assess(ledger, year, 80.0, &Default::default()) {
            finite("eu_ets cost_eur", a.cost.amount())?;
        }
        if let Ok(a) = imo_nzf::assess(ledger, year.max(2028), &Default::default()) {
            finite("nzf tier1_cost_usd", a.tier1_cost.amount())?;
            finite("nzf tier2_cost_usd", a.tier2_cost.amount())?;
            finite("nzf gfi", a.gfi.value)?;
        }
    }
    let ship = cii::CiiShip::new(
        cii::CiiShipType::ContainerShip,
        tonnes(150_000.0),
        140_000.0,
    )
    .map_err(|e| e.to_string())?;
    if let Ok(a) = cii::assess(
        &ship,
        cii::CiiFuel::Ledger(ledger),
        nautical_miles(100_000.0),
        2025,
        None,
        &Default::default(),
    ) {
        finite("cii attained", a.rated.attained_g_per_capacity_nm)?;
    }
    Ok(())
}

/// A voyage scenario file (TOML); kept here so that one harness covers every format.
pub fn exercise_scenario(data: &[u8]) -> Result<Outcome, String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(Outcome::NotParsed);
    };
    let Ok(scenario) = green_corridor::scenario::Scenario::from_toml_str(text) else {
        return Ok(Outcome::NotParsed);
    };
    if let Ok(run) = scenario.run(&[AccountingBasis::imo_lca()]) {
        if let Some(years) = &run.trajectory {
            for r in years {
                finite("trajectory well_to_wake_t", r.well_to_wake_t)?;
                finite("trajectory total_cost_usd", r.total_cost.amount())?;
            }
        }
    }
    Ok(Outcome::Handled)
}

/// A target pathway (JSON): its value over its years, rebased, absolute, and alignment.
pub fn exercise_pathway(data: &[u8]) -> Result<Outcome, String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(Outcome::NotParsed);
    };
    let Ok(p) = serde_json::from_str::<TargetPathway>(text) else {
        return Ok(Outcome::NotParsed);
    };
    check_pathway(&p)?;
    Ok(Outcome::Handled)
}

fn check_pathway(p: &TargetPathway) -> Result<(), String> {
    let (a, b) = p.years();
    // Checkpoint years are within 1900–2200, so this is at most 301 years.
    for y in a..=b {
        if let Ok(v) = p.value(y) {
            finite("pathway value", v)?;
        }
        if let Ok(v) = p.absolute(y, 1e300) {
            finite("pathway absolute", v)?;
        }
    }
    for y in [a, b, i32::MIN, i32::MAX, a.saturating_add(1)] {
        if let Ok(r) = p.rebased(y) {
            for c in r.checkpoints() {
                finite("rebased checkpoint", c.value)?;
            }
        }
    }
    let attained: Vec<(i32, f64)> = (a..=b.min(a.saturating_add(30)))
        .map(|y| (y, 1e300))
        .collect();
    if let Ok(r) = green_corridor::trajectory::alignment::assess(p, &attained, 1e300) {
        finite("cumulative_overshoot", r.cumulative_overshoot)?;
        for y in &r.years {
            finite("excess", y.excess)?;
            if let Some(d) = y.delta {
                finite("delta", d)?;
            }
        }
    }
    Ok(())
}

/// JSON inputs of the regulation layer: a CII ship, a FuelEU pool, a factor set.
pub fn exercise_regulation_json(data: &[u8]) -> Result<Outcome, String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(Outcome::NotParsed);
    };
    let mut parsed = false;
    if let Ok(ship) = serde_json::from_str::<cii::CiiShip>(text) {
        parsed = true;
        let o = cii::CiiOptions::default();
        if let Ok(a) = cii::attained_from_co2(&ship, tonnes(1e6), nautical_miles(1e-3), &o) {
            finite("attained", a)?;
            if let Ok(r) = cii::rate(&ship, a, 2025, &o) {
                finite("attained_over_required", r.attained_over_required)?;
            }
        }
    }
    if let Ok(members) = serde_json::from_str::<Vec<fueleu::PoolMember>>(text) {
        parsed = true;
        if let Ok(out) = fueleu::pool(&members) {
            for m in &out {
                finite("balance_after", m.balance_after.value)?;
                finite("transfer", m.transfer.value)?;
            }
        }
    }
    if let Ok(set) = serde_json::from_str::<FactorSet>(text) {
        parsed = true;
        let basis = AccountingBasis::imo_lca().with_factors(set);
        let mut ledger = FuelLedger::new();
        for p in [PathwayId::Hfo, PathwayId::Lng, PathwayId::Vlsfo] {
            let class = if p == PathwayId::Lng {
                ConverterClass::LngOttoMediumSpeed
            } else {
                ConverterClass::Ice
            };
            let _ = ledger.add(p, class, tonnes(1e-300), "sea", ScopeShare::FULL);
        }
        if let Ok(e) = basis.account(&ledger) {
            if let Ok(i) = e.intensity() {
                finite("custom factor set intensity", i.value)?;
            }
        }
    }
    Ok(outcome(parsed))
}

/// Reads numbers from fuzzer bytes: each 9-byte group is one value; its first byte picks a
/// hostile extreme (NaN, ±inf, 5e-324, 1e-320, 1e-300, 1e308, year extremes, …) or the raw
/// bits of the next eight bytes.
pub struct Numbers<'a> {
    data: &'a [u8],
}

/// Extremes the fuzzer and the property tests draw from.
pub const EXTREMES: [f64; 20] = [
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    0.0,
    -0.0,
    5e-324,
    1e-320,
    1e-300,
    1e-12,
    1.0,
    -5.0,
    2025.0,
    4.4e300,
    1e305,
    -1e305,
    1e308,
    -1e308,
    f64::MAX,
    f64::MIN_POSITIVE,
    0.5,
];

/// Year extremes.
pub const YEARS: [i32; 12] = [
    i32::MIN,
    i32::MIN + 1,
    -1,
    0,
    1899,
    1900,
    2025,
    2030,
    2200,
    2201,
    i32::MAX - 1,
    i32::MAX,
];

impl<'a> Numbers<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Self { data }
    }

    fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((b, rest)) => {
                self.data = rest;
                *b
            }
            None => 0,
        }
    }

    fn raw<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        for b in &mut out {
            *b = self.byte();
        }
        out
    }

    pub fn f64(&mut self) -> f64 {
        let tag = self.byte();
        let bits = self.raw::<8>();
        if usize::from(tag) < EXTREMES.len() * 8 {
            EXTREMES[usize::from(tag) % EXTREMES.len()]
        } else {
            f64::from_le_bytes(bits)
        }
    }

    pub fn year(&mut self) -> i32 {
        let tag = self.byte();
        let bits = self.raw::<4>();
        match tag % 4 {
            0 => YEARS[usize::from(tag / 4) % YEARS.len()],
            1 => 2000 + i32::from(tag / 4),
            _ => i32::from_le_bytes(bits),
        }
    }

    pub fn small(&mut self, n: usize) -> usize {
        usize::from(self.byte()) % n.max(1)
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}

fn interpolation(k: usize) -> Interpolation {
    [
        Interpolation::Linear,
        Interpolation::Geometric,
        Interpolation::Step,
    ][k % 3]
}

/// The numeric entry points in the robustness scope, on numbers read from the bytes.
pub fn exercise_numbers(data: &[u8]) -> Result<Outcome, String> {
    let mut n = Numbers::new(data);
    let err = |e: green_corridor::Error| e.to_string();
    while !n.is_empty() {
        match n.small(12) {
            0 => {
                let points: Vec<Checkpoint> = (0..1 + n.small(4))
                    .map(|_| Checkpoint {
                        year: n.year(),
                        value: n.f64(),
                    })
                    .collect();
                let kind = if n.small(2) == 0 {
                    PathwayKind::Relative {
                        reference_year: n.year(),
                    }
                } else {
                    PathwayKind::Intensity { unit: "g".into() }
                };
                let how = interpolation(n.small(3));
                if let Ok(p) = TargetPathway::new("p", "", "", kind, points, how) {
                    check_pathway(&p)?;
                    let y = n.year();
                    if let Ok(v) = p.value(y) {
                        finite("pathway value", v)?;
                    }
                }
            }
            1 => {
                let points: Vec<(i32, f64)> =
                    (0..1 + n.small(4)).map(|_| (n.year(), n.f64())).collect();
                let s = if n.small(2) == 0 {
                    Series::linear(&points)
                } else {
                    Series::steps(&points)
                };
                if let Ok(s) = s {
                    for y in [n.year(), n.year(), 2025, i32::MIN, i32::MAX] {
                        finite("series value", s.value(y))?;
                    }
                    if let Ok(t) = s.scaled(n.f64(), "k") {
                        finite("scaled", t.value(n.year()))?;
                    }
                }
            }
            2 => {
                let ratings: Vec<(i32, cii::CiiRating)> = (0..n.small(6))
                    .map(|_| {
                        let r = [
                            cii::CiiRating::A,
                            cii::CiiRating::B,
                            cii::CiiRating::C,
                            cii::CiiRating::D,
                            cii::CiiRating::E,
                        ][n.small(5)];
                        (n.year(), r)
                    })
                    .collect();
                let _ = cii::corrective_action_years(&ratings);
                let _ = cii::checked_corrective_action_years(&ratings);
            }
            3 => {
                let t = cii::CiiShipType::ALL[n.small(cii::CiiShipType::ALL.len())];
                if let Ok(ship) = cii::CiiShip::new(t, tonnes(n.f64()), n.f64()) {
                    let o = cii::CiiOptions::default();
                    if let Ok(a) =
                        cii::attained_from_co2(&ship, tonnes(n.f64()), nautical_miles(n.f64()), &o)
                    {
                        finite("attained", a)?;
                    }
                    if let Ok(r) = cii::rate(&ship, n.f64(), n.year(), &o) {
                        finite("attained_over_required", r.attained_over_required)?;
                        finite("required", r.boundaries.required)?;
                    }
                }
            }
            4 => {
                if let Ok(cb) = fueleu::compliance_balance(
                    g_per_mj(n.f64()),
                    g_per_mj(n.f64()),
                    megajoules(n.f64()),
                ) {
                    finite("compliance_balance", cb.value)?;
                }
                if let Ok(p) = fueleu::penalty(tonnes(n.f64()), g_per_mj(n.f64())) {
                    finite("penalty", p.amount())?;
                }
            }
            5 => {
                let count = [1usize, 2, 3, 10_000][n.small(4)];
                let a = n.f64();
                let b = n.f64();
                let members: Vec<fueleu::PoolMember> = (0..count)
                    .map(|i| fueleu::PoolMember::new("m", tonnes(if i % 2 == 0 { a } else { b })))
                    .collect();
                if let Ok(out) = fueleu::pool(&members) {
                    for m in &out {
                        finite("balance_after", m.balance_after.value)?;
                        finite("transfer", m.transfer.value)?;
                    }
                }
            }
            6 => {
                if let Ok(d) = alignment_delta(n.f64(), n.f64()) {
                    finite("alignment_delta", d)?;
                }
                let y = n.year();
                if let Ok(v) = to_intensity_path(&[(y, n.f64())], &[(y, n.f64())]) {
                    for (_, x) in v {
                        finite("intensity path", x)?;
                    }
                }
                if let Ok(v) = to_absolute_path(&[(y, n.f64())], &[(y, n.f64())]) {
                    for (_, x) in v {
                        finite("absolute path", x)?;
                    }
                }
                if let Ok(p) = portfolio_alignment(&[(n.f64(), n.f64()), (n.f64(), n.f64())]) {
                    finite("portfolio", p)?;
                }
            }
            7 => {
                let mut ledger = FuelLedger::new();
                for _ in 0..1 + n.small(3) {
                    let _ = ledger.add(
                        PathwayId::Hfo,
                        ConverterClass::Ice,
                        tonnes(n.f64()),
                        "sea",
                        ScopeShare::FULL,
                    );
                }
                if !ledger.is_empty() {
                    check_ledger(&ledger)?;
                }
            }
            8 => {
                // A factor set with a hostile LCV and factors.
                let mut set = FactorSet::imo_lca();
                if let Ok(f) = set.get(&PathwayId::Hfo) {
                    let mut f = f.clone();
                    f.lcv = mj_per_g(n.f64());
                    f.cf_co2 = green_corridor::units::g_per_g(n.f64());
                    if set.insert(PathwayId::Hfo, f).is_ok() {
                        let basis = AccountingBasis::imo_lca().with_factors(set);
                        let mut ledger = FuelLedger::new();
                        if ledger
                            .add(
                                PathwayId::Hfo,
                                ConverterClass::Ice,
                                tonnes(n.f64()),
                                "sea",
                                ScopeShare::FULL,
                            )
                            .is_ok()
                        {
                            if let Ok(e) = basis.account(&ledger) {
                                if let Ok(i) = e.intensity() {
                                    finite("intensity", i.value)?;
                                }
                            }
                        }
                    }
                }
            }
            9 => {
                use green_corridor::fuel::FuelFamily;
                use green_corridor::units::{hours, kilowatts};
                use green_corridor::vessel::{
                    EngineType, FuelSupply, OperatingPhase, Operation, ShipType, Vessel, metres,
                };
                let ship = Vessel::builder("bulk", ShipType::Bulk)
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
                    .map_err(err)?;
                let phase = [
                    OperatingPhase::NormalCruising,
                    OperatingPhase::AtBerth,
                    OperatingPhase::SlowTransit,
                ][n.small(3)];
                let op = Operation::new(phase, knots(n.f64()), metres(n.f64()), hours(n.f64()));
                if let Ok(p) = ship.operate(&op) {
                    finite("total_fuel", p.total_fuel().value)?;
                    finite("fuel_per_day", p.fuel_per_day().value)?;
                    if let Ok(f) = p.fuel_per_nautical_mile() {
                        finite("fuel_per_nautical_mile", f.value)?;
                    }
                }
            }
            10 => {
                let year = n.year();
                let price = n.f64();
                let mut ledger = FuelLedger::new();
                if ledger
                    .add(
                        PathwayId::Hfo,
                        ConverterClass::Ice,
                        tonnes(n.f64()),
                        "sea",
                        ScopeShare::FULL,
                    )
                    .is_ok()
                {
                    if let Ok(a) = eu_ets::assess(&ledger, year, price, &Default::default()) {
                        finite("eu_ets cost", a.cost.amount())?;
                        finite("eu_ets allowances", a.allowances)?;
                    }
                    let prices = imo_nzf::NzfPrices {
                        tier1_usd_per_t: price,
                        tier2_usd_per_t: n.f64(),
                    };
                    if let Ok(a) = imo_nzf::assess(&ledger, year, &prices) {
                        finite("nzf tier1 cost", a.tier1_cost.amount())?;
                        finite("nzf tier2 cost", a.tier2_cost.amount())?;
                    }
                    let options = fueleu::FuelEuOptions {
                        flexibility: fueleu::Flexibility {
                            banked_surplus_t: n.f64(),
                            borrow_t: n.f64(),
                            borrowed_previous_period_t: n.f64(),
                        },
                        previous_consecutive_penalty_periods: u32::from(n.byte()) << 24,
                        ..Default::default()
                    };
                    if let Ok(a) = fueleu::assess(&ledger, year, &options) {
                        finite("fueleu penalty", a.penalty.amount())?;
                        finite("fueleu verified", a.verified_balance.value)?;
                        finite("fueleu deficit", a.deficit_t_vlsfo_eq)?;
                    }
                }
            }
            _ => {
                use green_corridor::numeric::rng::{Rng, Uncertain};
                let u = match n.small(4) {
                    0 => Uncertain::Fixed(n.f64()),
                    1 => Uncertain::Uniform {
                        low: n.f64(),
                        high: n.f64(),
                    },
                    2 => Uncertain::Triangular {
                        low: n.f64(),
                        mode: n.f64(),
                        high: n.f64(),
                    },
                    _ => Uncertain::Normal {
                        mean: n.f64(),
                        sd: n.f64(),
                    },
                };
                if u.validate("u").is_ok() {
                    let mut rng = Rng::seeded(u64::from(n.byte()));
                    for _ in 0..8 {
                        finite("sample", u.sample(&mut rng))?;
                    }
                }
                let _ = n.f64().is_nan() && n.year() == 0; // consume
                let _ = green_corridor::regulation::fueleu::target_intensity(n.year());
                if let Ok(t) = imo_nzf::targets(n.year()) {
                    finite("nzf base", t.base.g_per_mj())?;
                }
                let _ =
                    green_corridor::units::tonnes(0.0).tonnes() + kilowatt_hours(0.0).megajoules();
            }
        }
    }
    Ok(Outcome::Handled)
}

/// Batch segment columns (the batch engine's input format, as a CSV file or Arrow batch would
/// deliver them): each 29-byte record of `data` is one segment — vessel index (u32), phase
/// (u8), speed (kn), draught (m) and duration (h) as little-endian f64 — for a fleet of two
/// vessels (the corridor archetype container ship and a small bulk carrier). Every row is a
/// result or a row error, totals are finite, and the row count adds up.
pub fn exercise_batch(data: &[u8]) -> Result<Outcome, String> {
    use green_corridor::batch::PreparedFleet;
    use green_corridor::batch::Segments;
    const RECORD: usize = 29;
    const MAX_ROWS: usize = 4_096;
    let rows = (data.len() / RECORD).min(MAX_ROWS);
    if rows == 0 {
        return Ok(Outcome::NotParsed);
    }
    let f64_at = |r: &[u8], i: usize| -> f64 {
        let mut b = [0u8; 8];
        if let Some(s) = r.get(i..i + 8) {
            b.copy_from_slice(s);
        }
        f64::from_le_bytes(b)
    };
    let (mut v, mut p, mut s, mut d, mut h) = (
        Vec::with_capacity(rows),
        Vec::with_capacity(rows),
        Vec::with_capacity(rows),
        Vec::with_capacity(rows),
        Vec::with_capacity(rows),
    );
    for r in data.chunks_exact(RECORD).take(rows) {
        let mut id = [0u8; 4];
        id.copy_from_slice(&r[0..4]);
        v.push(u32::from_le_bytes(id) % 3); // vessel 2 does not exist: a row error
        p.push(r[4] % 8);
        s.push(f64_at(r, 5));
        d.push(f64_at(r, 13));
        h.push(f64_at(r, 21));
    }
    let la = green_corridor::voyage::corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .ok_or("corridor")?;
    let ship = green_corridor::voyage::archetype::vessel(
        &la.archetype,
        green_corridor::voyage::archetype::EngineFit::Oil,
    )
    .map_err(|e| e.to_string())?;
    let bulk =
        green_corridor::vessel::Vessel::builder("bulk", green_corridor::vessel::ShipType::Bulk)
            .deadweight(green_corridor::units::tonnes(60_000.0))
            .build_year(2012)
            .design_speed(green_corridor::units::knots(14.0))
            .design_draught(green_corridor::vessel::metres(12.0))
            .main_engine(
                green_corridor::units::kilowatts(9_000.0),
                green_corridor::vessel::EngineType::SlowSpeedDiesel,
                green_corridor::vessel::FuelSupply::mono(green_corridor::fuel::FuelFamily::Oil),
            )
            .build()
            .map_err(|e| e.to_string())?;
    let fleet = PreparedFleet::new(&[ship, bulk], &AccountingBasis::imo_lca())
        .map_err(|e| e.to_string())?;
    let Ok(segments) = Segments::new(&v, &p, &s, &d, &h) else {
        return Ok(Outcome::Handled);
    };
    let Ok((columns, report)) = fleet.compute(&segments) else {
        return Ok(Outcome::NotParsed);
    };
    {
        if report.rows != rows as u64 {
            return Err(format!("{} rows reported for {rows}", report.rows));
        }
        let t = &report.totals;
        for (name, col) in [
            ("totals.co2e_t", &t.co2e_t),
            ("totals.energy_mj", &t.energy_mj),
            ("totals.fuel_main_t", &t.fuel_main_t),
            ("totals.duration_h", &t.duration_h),
        ] {
            for x in col {
                finite(name, *x)?;
            }
        }
        let bad: std::collections::BTreeSet<u64> =
            report.row_errors.iter().map(|e| e.row).collect();
        for (i, x) in columns.co2e_t.iter().enumerate() {
            if !bad.contains(&(i as u64)) {
                finite("columns.co2e_t", *x)?;
            }
        }
    }
    Ok(Outcome::Handled)
}
