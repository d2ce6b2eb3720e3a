//! A planned voyage: a vessel, a port rotation, a speed and draught per leg, port stays and
//! the ECA fuel policy — validated once, with every leg's distance inside each ECA computed
//! at the voyage date.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ledger::{FuelLedger, Place};
use crate::route::eca::{self, AreaDistance};
use crate::route::jurisdiction;
use crate::route::{Date, Port, Route, RouteOptions, find_route, port};
use crate::units::{
    Length, LengthExt, Time, TimeExt, Velocity, VelocityExt, hours, knots, nautical_miles,
};
use crate::vessel::Vessel;
use crate::vessel::quantities::MetresExt;
use crate::voyage::data::MANOEUVRING_SPEED_KN;
use crate::voyage::policy::EcaFuelPolicy;
use crate::voyage::report::Segment;

/// Largest number of ports in a rotation (a guard against hostile input; a real liner loop
/// calls at fewer than 20).
pub const MAX_PORTS: usize = 64;

/// Smallest ECA sampling spacing a voyage accepts, nm (bounds the work per leg: the ECA test
/// samples every `spacing` along each leg; see [`eca::route_eca_distances`]).
pub const MIN_ECA_SPACING_NM: f64 = 0.1;

/// Default budget of ECA samples for one voyage: Σ leg distance / spacing (bounds the time a
/// plan may take: about 1 µs per sample in release builds).
pub const MAX_ECA_SAMPLES: f64 = 2_000_000.0;

/// Whether the rotation returns to its first port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rotation {
    /// Port 0 → 1 → … → n−1 and stop: n − 1 legs, n calls.
    OneWay,
    /// Port 0 → 1 → … → n−1 → 0: n legs, n calls (a round trip when n = 2).
    #[default]
    Loop,
}

/// How fast a leg is sailed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LegSpeed {
    /// A speed through water.
    Speed(Velocity),
    /// The hours at sea the schedule allows; the speed is distance / hours.
    SeaHours(Time),
}

/// Time spent in one port call, by phase. The ship arrives (anchor, then manoeuvring in),
/// lies at berth, and manoeuvres out.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortStay {
    /// Alongside the berth, h.
    #[serde(rename = "berth_h", with = "crate::units::serde_as::hours")]
    pub berth: Time,
    /// Waiting at anchor before berthing, h.
    #[serde(
        rename = "anchor_h",
        default = "zero_hours",
        with = "crate::units::serde_as::hours"
    )]
    pub anchor: Time,
    /// Manoeuvring in and out together, h (half on arrival, half on departure).
    #[serde(
        rename = "manoeuvring_h",
        default = "zero_hours",
        with = "crate::units::serde_as::hours"
    )]
    pub manoeuvring: Time,
}

fn zero_hours() -> Time {
    hours(0.0)
}

impl PortStay {
    /// A stay of `berth`, `anchor` and `manoeuvring` hours.
    pub fn new(berth: Time, anchor: Time, manoeuvring: Time) -> Self {
        Self {
            berth,
            anchor,
            manoeuvring,
        }
    }

    /// No time in port (a call that is only a turning point).
    pub fn none() -> Self {
        Self::new(hours(0.0), hours(0.0), hours(0.0))
    }

    /// Total time of the stay.
    pub fn total(&self) -> Time {
        self.berth + self.anchor + self.manoeuvring
    }

    /// Checks every duration is finite and not negative; errors name `{field}.berth_h`, ….
    pub fn validate(&self, field: &str) -> Result<()> {
        let limit = 24.0 * 366.0;
        for (name, t) in [
            ("berth_h", self.berth),
            ("anchor_h", self.anchor),
            ("manoeuvring_h", self.manoeuvring),
        ] {
            crate::error::non_negative(|| format!("{field}.{name}"), t.hours())?;
            crate::error::in_range(|| format!("{field}.{name}"), t.hours(), 0.0, limit)?;
        }
        Ok(())
    }
}

/// One leg of a planned voyage (port to port), with its distance inside each ECA.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoyageLeg {
    /// Departure port (UN/LOCODE).
    pub from: &'static str,
    /// Arrival port (UN/LOCODE).
    pub to: &'static str,
    /// The route sailed (catalogue name, or the caller's).
    pub route: String,
    /// Leg distance, nm (sum of the route's geodesic segments).
    #[serde(
        rename = "distance_nm",
        with = "crate::units::serde_as::nautical_miles"
    )]
    pub distance: Length,
    /// Distance inside each area in force on the voyage date: the MARPOL ECAs and the
    /// national zones (California, China; see [`eca::AreaKind`]).
    pub inside_eca: Vec<AreaDistance>,
    /// Distance inside the areas where the ship burns its ECA fuel, nm: the MARPOL ECAs and the
    /// national zones at 0.10 % outside them (see [`eca::EmissionControlArea::switches_fuel`];
    /// these do not overlap).
    #[serde(rename = "in_eca_nm", with = "crate::units::serde_as::nautical_miles")]
    pub in_eca: Length,
    /// Speed through water, kn.
    #[serde(rename = "speed_kn", with = "crate::units::serde_as::knots")]
    pub speed: Velocity,
    /// Mean draught, m.
    #[serde(rename = "draught_m", with = "crate::units::serde_as::metres")]
    pub draught: Length,
    /// Where the leg's fuel is used: a passage from `from` to `to`, with the stops before and
    /// after (each regulation derives its own share from it: `regulation::scope`).
    pub place: Place,
}

impl VoyageLeg {
    /// Time at sea, distance / speed.
    pub fn sea_time(&self) -> Time {
        hours(self.distance.nautical_miles() / self.speed.knots())
    }

    /// Distance outside every ECA.
    pub fn outside_eca(&self) -> Length {
        nautical_miles((self.distance.nautical_miles() - self.in_eca.nautical_miles()).max(0.0))
    }

    /// The leg's label prefix, `FROM-TO` (e.g. `CNYSA-USLAX`).
    pub fn label(&self) -> String {
        format!("{}-{}", self.from, self.to)
    }
}

/// One port call of a planned voyage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PortCall {
    /// The port (UN/LOCODE).
    pub port: &'static str,
    /// Time in port by phase.
    pub stay: PortStay,
    /// Whether the ship takes shore power at berth here (the port offers it, the ship can
    /// take it, and the voyage asks for it).
    pub shore_power: bool,
    /// Whether the port lies inside an area where the ship burns its ECA fuel on the voyage
    /// date (a MARPOL ECA in force, or a national zone at 0.10 % outside them).
    pub in_eca: bool,
    /// Whether the port is in the EU/EEA (0.10 % S fuel at berth, Dir. (EU) 2016/802 Art. 7).
    pub eu_eea: bool,
    /// Where the fuel at berth is used: at berth in this port.
    pub berth: Place,
    /// The leg that arrives here (None for the first port of a one-way voyage).
    pub arrival_leg: Option<usize>,
    /// The leg that leaves from here (None for the last port of a one-way voyage).
    pub departure_leg: Option<usize>,
}

/// A validated, planned voyage. Build one with [`Voyage::builder`]; compute its fuel and
/// emissions with [`Voyage::report`](crate::voyage::Voyage::report).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Voyage {
    pub(crate) vessel: Vessel,
    pub(crate) date: Date,
    pub(crate) rotation: Rotation,
    pub(crate) policy: EcaFuelPolicy,
    pub(crate) legs: Vec<VoyageLeg>,
    pub(crate) calls: Vec<PortCall>,
    #[serde(
        rename = "manoeuvring_speed_kn",
        with = "crate::units::serde_as::knots"
    )]
    pub(crate) manoeuvring_speed: Velocity,
    /// The voyage sailed once, at build: its segments in sailing order.
    #[serde(skip)]
    pub(crate) segments: Vec<Segment>,
    /// … and their one ledger (every entry with its place).
    #[serde(skip)]
    pub(crate) ledger: FuelLedger,
}

impl Voyage {
    /// Sails the planned voyage once through the vessel model: every segment's operating
    /// point and the ledger they write. Every report, under any basis, reads this result.
    fn sail(mut self) -> Result<Voyage> {
        let segments = self.simulate()?;
        let mut ledger = FuelLedger::with_capacity(segments.len() * 4);
        for s in &segments {
            s.push_into(&mut ledger)?;
        }
        self.segments = segments;
        self.ledger = ledger;
        Ok(self)
    }

    /// A builder for a voyage of `vessel` (cloned into the voyage).
    pub fn builder(vessel: &Vessel) -> VoyageBuilder {
        VoyageBuilder::new(vessel)
    }

    /// The vessel.
    pub fn vessel(&self) -> &Vessel {
        &self.vessel
    }

    /// The voyage date (decides which ECAs are in force).
    pub fn date(&self) -> Date {
        self.date
    }

    /// One-way or loop.
    pub fn rotation(&self) -> Rotation {
        self.rotation
    }

    /// The ECA fuel policy.
    pub fn policy(&self) -> &EcaFuelPolicy {
        &self.policy
    }

    /// The legs, in sailing order.
    pub fn legs(&self) -> &[VoyageLeg] {
        &self.legs
    }

    /// The port calls, in order (call k precedes leg k).
    pub fn calls(&self) -> &[PortCall] {
        &self.calls
    }

    /// Manoeuvring speed in port.
    pub fn manoeuvring_speed(&self) -> Velocity {
        self.manoeuvring_speed
    }

    /// Total distance at sea.
    pub fn distance(&self) -> Length {
        nautical_miles(self.legs.iter().map(|l| l.distance.nautical_miles()).sum())
    }

    /// Total duration: time at sea plus every port stay.
    pub fn duration(&self) -> Time {
        let sea: f64 = self.legs.iter().map(|l| l.sea_time().hours()).sum();
        let port: f64 = self.calls.iter().map(|c| c.stay.total().hours()).sum();
        hours(sea + port)
    }

    /// The same voyage with another ECA fuel policy (the plan — routes, ECA distances — is
    /// reused; the policy is checked against the vessel).
    pub fn with_policy(&self, policy: EcaFuelPolicy) -> Result<Voyage> {
        policy.check(&self.vessel, "voyage.policy")?;
        Voyage {
            policy,
            ..self.clone()
        }
        .sail()
    }

    /// The same voyage sailed by another vessel (same routes and ECA distances). The speeds
    /// and draughts are checked against the new vessel's capability.
    pub fn with_vessel(&self, vessel: &Vessel, policy: EcaFuelPolicy) -> Result<Voyage> {
        policy.check(vessel, "voyage.policy")?;
        for (i, leg) in self.legs.iter().enumerate() {
            check_capability(vessel, leg.speed, leg.draught, || {
                format!("voyage.legs[{i}].speed_kn")
            })?;
        }
        let mut calls = self.calls.clone();
        for c in &mut calls {
            if c.shore_power && !vessel.spec().shore_power_capable {
                c.shore_power = false;
            }
        }
        Voyage {
            vessel: vessel.clone(),
            policy,
            calls,
            ..self.clone()
        }
        .sail()
    }
}

/// Checks that `speed` at `draught` is within what the main engine delivers: below the speed
/// at which it reaches 100 % MCR (Fourth IMO GHG Study Eq. 8 with the load cap). Errors:
/// [`Error::NotReachable`] naming `field`.
fn check_capability(
    vessel: &Vessel,
    speed: Velocity,
    draught: Length,
    field: impl Fn() -> String,
) -> Result<()> {
    let p = vessel.propulsion_power(speed, draught).map_err(|e| {
        if e.field() == Some("draught_m") {
            let f = field();
            let leg = f.rsplit_once('.').map(|(l, _)| l).unwrap_or(&f).to_string();
            e.rooted("draught_m", &format!("{leg}.draught_m"))
        } else {
            e.rooted("speed_kn", &field())
        }
    })?;
    if p.load_capped {
        return Err(Error::NotReachable {
            field: field(),
            value: speed.knots(),
            expected: format!(
                "at most {:.2} kn, the speed at which the main engine of '{}' reaches 100 % MCR \
                 at a draught of {:.2} m (Fourth IMO GHG Study Eq. 8)",
                p.speed_at_cap.knots(),
                vessel.name(),
                draught.metres()
            ),
        });
    }
    Ok(())
}

/// Builds a [`Voyage`] step by step; [`build`](Self::build) validates and computes the ECA
/// distances.
///
/// Required: at least two ports. Defaults: a loop; 16 kn (the corridor archetypes' service
/// speed) and the design draught on every leg; no time in port; the vessel's default fuels
/// everywhere; shore power where available; voyage date 1 Jan 2025; ECA sampling every 1 nm.
///
/// ```
/// use green_corridor::prelude::*;
/// use green_corridor::route::Date;
/// use green_corridor::voyage::{EcaFuelPolicy, PortStay, Voyage, archetype};
///
/// let corridor = green_corridor::voyage::corridors::corridors()
///     .into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
/// let ship = archetype::vessel(&corridor.archetype, archetype::EngineFit::Oil)?;
/// let voyage = Voyage::builder(&ship)
///     .ports(&["CNYSA", "USLAX"])
///     .date(Date::new(2025, 6, 1)?)
///     .speed(knots(16.0))
///     .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
///     .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
///     .build()?;
/// assert_eq!(voyage.legs().len(), 2); // out and back
/// let out = &voyage.legs()[0];
/// assert!(out.in_eca.nautical_miles() > 300.0 && out.in_eca.nautical_miles() < 710.0);
/// # Ok::<(), green_corridor::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct VoyageBuilder {
    vessel: Vessel,
    ports: Vec<String>,
    rotation: Rotation,
    date: Option<Date>,
    speed: Option<Velocity>,
    draught: Option<Length>,
    leg_speeds: Vec<(usize, LegSpeed)>,
    leg_draughts: Vec<(usize, Length)>,
    leg_routes: Vec<(usize, Route)>,
    stay: PortStay,
    port_stays: Vec<(usize, PortStay)>,
    policy: Option<EcaFuelPolicy>,
    route_options: RouteOptions,
    shore_power: bool,
    manoeuvring_speed: Velocity,
    eca_spacing: Length,
    eca_samples: f64,
}

/// Default service speed on the corridors, 16 kn (derived default of `docs/data-sources.md`,
/// "Service loops and corridor speed"; the corridor archetypes' `service_speed`).
const DEFAULT_SPEED_KN: f64 = 16.0;

impl VoyageBuilder {
    fn new(vessel: &Vessel) -> Self {
        Self {
            vessel: vessel.clone(),
            ports: Vec::new(),
            rotation: Rotation::Loop,
            date: None,
            speed: None,
            draught: None,
            leg_speeds: Vec::new(),
            leg_draughts: Vec::new(),
            leg_routes: Vec::new(),
            stay: PortStay::none(),
            port_stays: Vec::new(),
            policy: None,
            route_options: RouteOptions::default(),
            shore_power: true,
            manoeuvring_speed: knots(MANOEUVRING_SPEED_KN),
            eca_spacing: nautical_miles(eca::DEFAULT_SPACING_NM),
            eca_samples: MAX_ECA_SAMPLES,
        }
    }

    /// The port rotation (UN/LOCODEs, carrier codes or names).
    pub fn ports(mut self, ports: &[&str]) -> Self {
        self.ports = ports.iter().map(|p| p.to_string()).collect();
        self
    }

    /// One-way or loop (default loop).
    pub fn rotation(mut self, rotation: Rotation) -> Self {
        self.rotation = rotation;
        self
    }

    /// The voyage date: which ECAs are in force.
    pub fn date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Speed on every leg without its own.
    pub fn speed(mut self, speed: Velocity) -> Self {
        self.speed = Some(speed);
        self
    }

    /// Draught on every leg without its own.
    pub fn draught(mut self, draught: Length) -> Self {
        self.draught = Some(draught);
        self
    }

    /// Speed (or scheduled sea hours) of leg `i`.
    pub fn leg_speed(mut self, i: usize, speed: LegSpeed) -> Self {
        self.leg_speeds.push((i, speed));
        self
    }

    /// Draught of leg `i` (laden or ballast).
    pub fn leg_draught(mut self, i: usize, draught: Length) -> Self {
        self.leg_draughts.push((i, draught));
        self
    }

    /// The route of leg `i`, replacing the catalogue look-up. Its first and last waypoints
    /// must be the leg's ports.
    pub fn leg_route(mut self, i: usize, route: Route) -> Self {
        self.leg_routes.push((i, route));
        self
    }

    /// The stay in every port without its own.
    pub fn port_stay(mut self, stay: PortStay) -> Self {
        self.stay = stay;
        self
    }

    /// The stay at call `k` (port `k` of the rotation).
    pub fn call_stay(mut self, k: usize, stay: PortStay) -> Self {
        self.port_stays.push((k, stay));
        self
    }

    /// The ECA fuel policy (default: the vessel's fuels everywhere).
    pub fn policy(mut self, policy: EcaFuelPolicy) -> Self {
        self.policy = Some(policy);
        self
    }

    /// Passages to avoid or require in the catalogue look-up.
    pub fn route_options(mut self, options: RouteOptions) -> Self {
        self.route_options = options;
        self
    }

    /// Whether to take shore power at berth where the port and the ship allow (default true).
    pub fn shore_power(mut self, use_it: bool) -> Self {
        self.shore_power = use_it;
        self
    }

    /// Manoeuvring speed (default 5 kn, [`MANOEUVRING_SPEED_KN`]).
    pub fn manoeuvring_speed(mut self, speed: Velocity) -> Self {
        self.manoeuvring_speed = speed;
        self
    }

    /// ECA sampling spacing (default 1 nm; at least [`MIN_ECA_SPACING_NM`]).
    pub fn eca_spacing(mut self, spacing: Length) -> Self {
        self.eca_spacing = spacing;
        self
    }

    /// The most ECA samples (Σ leg distance / spacing) the plan may take (default
    /// [`MAX_ECA_SAMPLES`]); checked leg by leg before sampling. `build` refuses a budget that
    /// is not a number from 1 to 1,000 × [`MAX_ECA_SAMPLES`] (NaN would switch the guard off).
    pub fn eca_sample_budget(mut self, samples: f64) -> Self {
        self.eca_samples = samples;
        self
    }

    /// Validates the plan, resolves the routes and computes each leg's distance inside each
    /// ECA. Errors name the input: `voyage.ports[1]` (unknown port, with suggestions),
    /// `voyage.legs[0].speed_kn` / `.sea_hours` (not finite, not positive, or beyond the
    /// ship's capability), `voyage.legs[0].draught_m`, `voyage.calls[1].berth_h`,
    /// `voyage.legs[0].route.waypoints[3].lat`, `voyage.policy.inside.main`, ….
    pub fn build(self) -> Result<Voyage> {
        let n = self.ports.len();
        if n < 2 {
            return Err(Error::Empty {
                field: "voyage.ports".into(),
                expected: format!("at least two ports in the rotation, got {n}"),
            });
        }
        if n > MAX_PORTS {
            return Err(Error::LimitExceeded {
                field: "voyage.ports".into(),
                what: "ports",
                value: n,
                limit: MAX_PORTS,
            });
        }
        let mut ports: Vec<&'static Port> = Vec::with_capacity(n);
        for (i, code) in self.ports.iter().enumerate() {
            let p = port(code).map_err(|e| e.rooted("port", &format!("voyage.ports[{i}]")))?;
            ports.push(p);
        }
        // A port followed by itself is a leg of zero length (for a loop, also last → first).
        for i in 0..n {
            let j = (i + 1) % n;
            if self.rotation == Rotation::OneWay && j == 0 {
                continue;
            }
            if let (Some(a), Some(b)) = (ports.get(i), ports.get(j)) {
                if a.locode == b.locode {
                    return Err(Error::ZeroLengthLeg {
                        field: format!("voyage.ports[{j}]"),
                        from: a.locode.to_string(),
                        to: b.locode.to_string(),
                    });
                }
            }
        }
        let date = match self.date {
            Some(d) => d,
            None => Date::new(2025, 1, 1)?,
        };
        let spacing = self.eca_spacing.nautical_miles();
        crate::error::in_range(
            || "voyage.eca_spacing_nm".into(),
            spacing,
            MIN_ECA_SPACING_NM,
            1_000.0,
        )?;
        // The sampling budget is a guard: NaN or a negative budget would switch it off.
        crate::error::in_range(
            || "voyage.eca_sample_budget".into(),
            self.eca_samples,
            1.0,
            MAX_ECA_SAMPLES * 1_000.0,
        )?;
        crate::numeric::years::check_year("voyage.date", date.year())?;
        let policy = match &self.policy {
            Some(p) => p.clone(),
            None => EcaFuelPolicy::vessel_default(&self.vessel),
        };
        policy.check(&self.vessel, "voyage.policy")?;
        let ms = self.manoeuvring_speed.knots();
        crate::error::in_range(|| "voyage.manoeuvring_speed_kn".into(), ms, 0.1, 15.0)?;

        let n_legs = match self.rotation {
            Rotation::OneWay => n - 1,
            Rotation::Loop => n,
        };
        if let Some((i, _)) = self.leg_speeds.iter().find(|(i, _)| *i >= n_legs) {
            return Err(leg_index_error("speed", *i, n_legs));
        }
        if let Some((i, _)) = self.leg_draughts.iter().find(|(i, _)| *i >= n_legs) {
            return Err(leg_index_error("draught_m", *i, n_legs));
        }
        if let Some((i, _)) = self.leg_routes.iter().find(|(i, _)| *i >= n_legs) {
            return Err(leg_index_error("route", *i, n_legs));
        }
        if let Some((k, _)) = self.port_stays.iter().find(|(k, _)| *k >= n) {
            return Err(Error::OutOfRange {
                field: format!("voyage.calls[{k}]"),
                value: *k as f64,
                expected: format!("a call index below {n} (one call per port)"),
            });
        }

        let legs = self.plan_legs(&ports, n_legs, date, spacing)?;
        let calls = self.plan_calls(&ports, n_legs, date)?;
        Voyage {
            vessel: self.vessel,
            date,
            rotation: self.rotation,
            policy,
            legs,
            calls,
            manoeuvring_speed: self.manoeuvring_speed,
            segments: Vec::new(),
            ledger: FuelLedger::new(),
        }
        .sail()
    }
}

impl VoyageBuilder {
    /// The legs of the rotation: each leg's route (the caller's, or the network's), its
    /// distance inside each ECA in force on `date` (the sampling budget checked before any
    /// sampling), speed, draught and place (with the stops before and after).
    fn plan_legs(
        &self,
        ports: &[&'static Port],
        n_legs: usize,
        date: Date,
        spacing: f64,
    ) -> Result<Vec<VoyageLeg>> {
        let n = ports.len();
        let default_draught = self.draught.unwrap_or(self.vessel.spec().design_draught);
        let default_speed = self.speed.unwrap_or(knots(DEFAULT_SPEED_KN));
        let mut legs = Vec::with_capacity(n_legs);
        let mut samples = 0.0;
        for i in 0..n_legs {
            let (Some(from), Some(to)) = (ports.get(i), ports.get((i + 1) % n)) else {
                continue;
            };
            // The stops before `from` and after `to` (a loop wraps; a one-way voyage ends).
            let (previous, next) = match self.rotation {
                Rotation::Loop => (
                    ports.get((i + n - 1) % n).copied(),
                    ports.get((i + 2) % n).copied(),
                ),
                Rotation::OneWay => (
                    i.checked_sub(1).and_then(|j| ports.get(j)).copied(),
                    ports.get(i + 2).copied(),
                ),
            };
            let field = format!("voyage.legs[{i}]");
            let route = match self.leg_routes.iter().rev().find(|(j, _)| *j == i) {
                Some((_, r)) => {
                    check_route_ends(r, from, to, &field)?;
                    r.clone()
                }
                None => find_route(from.locode, to.locode, &self.route_options)?,
            };
            samples += route.distance().nautical_miles() / spacing;
            if samples > self.eca_samples {
                return Err(Error::LimitExceeded {
                    field: "voyage.eca_spacing_nm".into(),
                    what: "ECA samples (distance / spacing)",
                    value: samples.min(usize::MAX as f64) as usize,
                    limit: self.eca_samples as usize,
                });
            }
            let eca_legs = eca::route_eca_distances(&route, date, self.eca_spacing)?;
            let distance = route.distance();
            let mut inside: Vec<AreaDistance> = Vec::new();
            for d in eca_legs.iter().flat_map(|l| l.inside.iter()) {
                match inside.iter_mut().find(|a| a.area == d.area) {
                    Some(a) => a.inside += d.inside,
                    None => inside.push(*d),
                }
            }
            // The areas that switch fuel do not overlap (the MARPOL ECAs, and national zones at
            // 0.10 % outside them: Hainan from 2022); California (inside the North American ECA)
            // and China's coastal 0.50 % are listed, not added.
            let in_eca_nm: f64 = inside
                .iter()
                .filter(|a| eca::area(a.area).switches_fuel(date))
                .map(|a| a.inside.nautical_miles())
                .sum();
            let in_eca = nautical_miles(in_eca_nm.min(distance.nautical_miles()));
            let draught = self
                .leg_draughts
                .iter()
                .rev()
                .find(|(j, _)| *j == i)
                .map(|(_, d)| *d)
                .unwrap_or(default_draught);
            let t = draught.metres();
            if !(t.is_finite() && t > 0.0) {
                return Err(Error::OutOfRange {
                    field: format!("{field}.draught_m"),
                    value: t,
                    expected: "a positive, finite draught".into(),
                });
            }
            let speed = match self
                .leg_speeds
                .iter()
                .rev()
                .find(|(j, _)| *j == i)
                .map(|(_, s)| *s)
            {
                None => checked_speed(&self.vessel, default_speed, draught, &field)?,
                Some(LegSpeed::Speed(v)) => checked_speed(&self.vessel, v, draught, &field)?,
                Some(LegSpeed::SeaHours(h)) => {
                    let hrs = h.hours();
                    let f = || format!("{field}.sea_hours");
                    crate::error::non_negative(f, hrs)?;
                    if hrs == 0.0 {
                        return Err(Error::OutOfRange {
                            field: f(),
                            value: hrs,
                            expected: "a positive number of hours at sea".into(),
                        });
                    }
                    let v = knots(distance.nautical_miles() / hrs);
                    check_capability(&self.vessel, v, draught, f).map_err(|e| match e {
                        Error::NotReachable {
                            field, expected, ..
                        } => Error::NotReachable {
                            field,
                            value: hrs,
                            expected: format!(
                                "enough hours to sail {:.1} nm: {hrs} h needs {:.2} kn, but {expected}",
                                distance.nautical_miles(),
                                v.knots()
                            ),
                        },
                        other => other,
                    })?;
                    v
                }
            };
            legs.push(VoyageLeg {
                from: from.locode,
                to: to.locode,
                route: route.name().to_string(),
                distance,
                inside_eca: inside,
                in_eca,
                speed,
                draught,
                place: jurisdiction::passage(from, to, previous, next),
            });
        }
        Ok(legs)
    }

    /// The port calls: each call's stay, shore power (offered, possible and asked for), ECA
    /// and EU/EEA status, place at berth, and the legs that arrive and leave.
    fn plan_calls(
        &self,
        ports: &[&'static Port],
        n_legs: usize,
        date: Date,
    ) -> Result<Vec<PortCall>> {
        let n = ports.len();
        let mut calls = Vec::with_capacity(n);
        for (k, p) in ports.iter().enumerate() {
            let stay = self
                .port_stays
                .iter()
                .rev()
                .find(|(j, _)| *j == k)
                .map(|(_, s)| *s)
                .unwrap_or(self.stay);
            stay.validate(&format!("voyage.calls[{k}]"))?;
            let in_eca = eca::all_areas()
                .iter()
                .any(|a| a.switches_fuel(date) && a.covers(p.position));
            let offers = matches!(p.shore_power, crate::route::ShorePower::Available { .. });
            let (arrival_leg, departure_leg) = match self.rotation {
                Rotation::OneWay => (k.checked_sub(1), (k < n_legs).then_some(k)),
                Rotation::Loop => (Some((k + n - 1) % n), Some(k)),
            };
            calls.push(PortCall {
                port: p.locode,
                stay,
                shore_power: self.shore_power && offers && self.vessel.spec().shore_power_capable,
                in_eca,
                eu_eea: p.eu_eea,
                berth: jurisdiction::at_berth(p),
                arrival_leg,
                departure_leg,
            });
        }
        Ok(calls)
    }
}

fn leg_index_error(what: &str, i: usize, n_legs: usize) -> Error {
    Error::OutOfRange {
        field: format!("voyage.legs[{i}].{what}"),
        value: i as f64,
        expected: format!("a leg index below {n_legs}"),
    }
}

fn checked_speed(vessel: &Vessel, v: Velocity, draught: Length, field: &str) -> Result<Velocity> {
    let f = || format!("{field}.speed_kn");
    let kn = crate::error::non_negative(f, v.knots())?;
    if kn == 0.0 {
        return Err(Error::OutOfRange {
            field: f(),
            value: kn,
            expected: "a positive speed at sea".into(),
        });
    }
    check_capability(vessel, v, draught, f)?;
    Ok(v)
}

fn check_route_ends(route: &Route, from: &Port, to: &Port, field: &str) -> Result<()> {
    let origin = route.origin().map(|p| p.locode);
    let dest = route.destination().map(|p| p.locode);
    if origin != Some(from.locode) {
        return Err(Error::OutOfRange {
            field: format!("{field}.route.waypoints[0]"),
            value: 0.0,
            expected: format!(
                "the leg's departure port {} as the first waypoint (got {})",
                from.locode,
                origin.unwrap_or("a sea point")
            ),
        });
    }
    if dest != Some(to.locode) {
        let last = route.waypoints().len().saturating_sub(1);
        return Err(Error::OutOfRange {
            field: format!("{field}.route.waypoints[{last}]"),
            value: last as f64,
            expected: format!(
                "the leg's arrival port {} as the last waypoint (got {})",
                to.locode,
                dest.unwrap_or("a sea point")
            ),
        });
    }
    Ok(())
}
