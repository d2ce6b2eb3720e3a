//! The crate's one error type.
//!
//! Every variant names the input that was wrong (`field`), the value it had, and what was
//! expected, so that a message read in a log or a scenario-file report is enough to fix the
//! input without reading the source. Library code returns these instead of panicking; no
//! computation returns a NaN or an infinity silently.

use thiserror::Error;

/// A number as error messages show it: plain decimal between 1e-4 and 1e9 in magnitude (and
/// for zero), scientific notation outside (`4.4e300`, `5e-324`) so that a huge or tiny value
/// is never printed with hundreds of digits; `NaN`, `inf` and `-inf` as they are.
///
/// ```
/// use green_corridor::error::Num;
/// assert_eq!(Num(-5.0).to_string(), "-5");
/// assert_eq!(Num(0.25).to_string(), "0.25");
/// assert_eq!(Num(4.4e300).to_string(), "4.4e300");
/// assert_eq!(Num(5e-324).to_string(), "5e-324");
/// assert_eq!(Num(f64::NAN).to_string(), "NaN");
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let v = self.0;
        let a = v.abs();
        if v.is_finite() && v != 0.0 && !(1e-4..1e9).contains(&a) {
            write!(f, "{v:e}")
        } else {
            write!(f, "{v}")
        }
    }
}

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in `green_corridor`.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum Error {
    /// A number was NaN or infinite.
    #[error("{field} must be a finite number, got {}", Num(*.value))]
    NonFinite {
        /// Path of the offending input, e.g. `ledger.entries[3].mass`.
        field: String,
        /// The value received.
        value: f64,
    },

    /// A number that must not be negative was negative.
    #[error("{field} must not be negative, got {}", Num(*.value))]
    Negative {
        /// Path of the offending input.
        field: String,
        /// The value received.
        value: f64,
    },

    /// A number lay outside the range its meaning allows.
    #[error("{field} = {} is out of range: expected {expected}", Num(*.value))]
    OutOfRange {
        /// Path of the offending input.
        field: String,
        /// The value received.
        value: f64,
        /// The allowed range, in words.
        expected: String,
    },

    /// Shares (mass or energy fractions) did not add up to one.
    #[error("{field} must sum to 1 (within 1e-9), but they sum to {}", Num(*.sum))]
    SharesDoNotSumToOne {
        /// Path of the offending input.
        field: String,
        /// The sum found.
        sum: f64,
    },

    /// A collection that must hold at least one item was empty.
    #[error("{field} is empty: {expected}")]
    Empty {
        /// Path of the offending input.
        field: String,
        /// What was expected instead.
        expected: String,
    },

    /// A name (fuel pathway, converter class, GWP set, …) is not known.
    #[error("unknown {kind} '{name}'; valid names are: {valid}")]
    UnknownName {
        /// What kind of thing was looked up (e.g. `fuel pathway`).
        kind: &'static str,
        /// The name received.
        name: String,
        /// The valid names, comma separated.
        valid: String,
    },

    /// A fuel pathway has no factors in the factor set an accounting basis uses.
    #[error(
        "fuel pathway '{pathway}' has no factors in the factor set '{factor_set}'; \
         add them with FactorSet::insert or choose another basis"
    )]
    PathwayNotInFactorSet {
        /// The pathway's name.
        pathway: String,
        /// The factor set's name.
        factor_set: String,
    },

    /// A value the accounting rule needs must come from a certificate, and none was given.
    #[error("{field}: {pathway} needs a certified value under {basis}: {rule}")]
    MissingCertifiedValue {
        /// Path of the offending input.
        field: String,
        /// The pathway's name.
        pathway: String,
        /// The accounting basis or factor set.
        basis: String,
        /// The rule that needs the value, with its source.
        rule: String,
    },

    /// A certificate was given where the rules do not allow one.
    #[error("{field}: a certificate is not allowed for {pathway} under {basis}: {rule}")]
    CertificateNotAllowed {
        /// Path of the offending input.
        field: String,
        /// The pathway's name.
        pathway: String,
        /// The accounting basis or factor set.
        basis: String,
        /// The rule, with its source.
        rule: String,
    },

    /// A methane fuel was burned in a converter for which no slip default exists.
    #[error(
        "{field}: no methane-slip (Cslip) default for {pathway} in converter class '{converter}' \
         under '{factor_set}'; give a measured value with EmissionOverrides::methane_slip \
         (FuelEU Art. 10(5): Cslip is not covered by the missing-value rule)"
    )]
    NoSlipDefault {
        /// Path of the offending input.
        field: String,
        /// The pathway's name.
        pathway: String,
        /// The converter class.
        converter: String,
        /// The factor set.
        factor_set: String,
    },

    /// A converter was asked to burn a fuel it cannot.
    #[error("{field}: converter class '{converter}' cannot burn {pathway}: {reason}")]
    IncompatibleConverter {
        /// Path of the offending input.
        field: String,
        /// The pathway's name.
        pathway: String,
        /// The converter class.
        converter: String,
        /// Why not.
        reason: String,
    },

    /// A year lies outside the range a table or regime defines.
    #[error("{field} = {year} is outside the years {regime} defines ({expected})")]
    YearOutOfRange {
        /// Path of the offending input.
        field: String,
        /// The year received.
        year: i32,
        /// The regime or table.
        regime: String,
        /// The defined range, in words.
        expected: String,
    },

    /// A computation would produce a non-finite number from finite inputs
    /// (for example a division by an energy of zero).
    #[error("{quantity} is undefined: {reason}")]
    Undefined {
        /// What was being computed.
        quantity: String,
        /// Why it cannot be computed.
        reason: String,
    },

    /// A FuelEU pool whose members' compliance balances sum to a deficit
    /// (Reg. (EU) 2023/1805 Art. 21: a pool's total balance must not be negative).
    #[error(
        "the pool of {members} ships has a total compliance balance of {} tCO2e; \
         a pool must be non-negative (Reg. (EU) 2023/1805 Art. 21)",
        Num(*.sum_t)
    )]
    PoolInDeficit {
        /// Number of ships in the pool.
        members: usize,
        /// Sum of their compliance balances, in tCO2e.
        sum_t: f64,
    },

    /// A request a regulation forbids (e.g. FuelEU borrowing in two consecutive periods).
    #[error("{field} = {} is not allowed: {rule}", Num(*.value))]
    RuleViolated {
        /// Path of the offending input.
        field: String,
        /// The value received.
        value: f64,
        /// The rule, with its source.
        rule: String,
    },

    /// An operating point asks for more than the machinery can deliver (for example a speed
    /// far above the speed at which the main engine reaches its load cap).
    #[error("{field} = {} cannot be reached: expected {expected}", Num(*.value))]
    NotReachable {
        /// Path of the offending input, e.g. `operation.speed`.
        field: String,
        /// The value received.
        value: f64,
        /// The reachable range, in words.
        expected: String,
    },

    /// A table that must be ordered (a speed–power curve) is not.
    #[error("{field} = {} breaks the table's order: expected {expected}", Num(*.value))]
    NotMonotonic {
        /// Path of the offending entry, e.g. `curve.points[2].speed_kn`.
        field: String,
        /// The value received.
        value: f64,
        /// The order expected, in words.
        expected: String,
    },

    /// An input the model needs was not given (and no default exists for it).
    #[error("{field} is missing: {expected}")]
    MissingInput {
        /// Path of the missing input, e.g. `vessel.capacity.teu`.
        field: String,
        /// What must be supplied, and why.
        expected: String,
    },

    /// Two consecutive waypoints of a route are the same point, so the leg between them has
    /// no length (a duplicated port or waypoint).
    #[error("{field}: the leg from {from} to {to} has zero length; remove the duplicate waypoint")]
    ZeroLengthLeg {
        /// Path of the second waypoint of the leg, e.g. `route.waypoints[3]`.
        field: String,
        /// The first waypoint, in words.
        from: String,
        /// The second waypoint, in words.
        to: String,
    },

    /// No route in the catalogue joins two ports under the options given (for example every
    /// known route between them uses a passage the caller asked to avoid). A restriction is
    /// never silently ignored.
    #[error("no route from {from} to {to} {constraint}; known routes: {available}")]
    NoRoute {
        /// Origin port (UN/LOCODE).
        from: String,
        /// Destination port (UN/LOCODE).
        to: String,
        /// The restriction that could not be met, in words.
        constraint: String,
        /// The routes that exist between the two ports and the passages each uses.
        available: String,
    },

    /// A position given as a sea point lies on land (route layer's land mask).
    #[error(
        "{field} = {position} is on land (Natural Earth 1:50m land mask); give a position at sea or a port"
    )]
    OnLand {
        /// Path of the offending input, e.g. `route.from`.
        field: String,
        /// The position, as `lat, lon`.
        position: String,
    },

    /// A ship is too large for a passage it must use.
    #[error(
        "{field} = {value_m} m exceeds the {limit} of {limit_m} m for {passage} ({source_note})"
    )]
    PassageLimit {
        /// Path of the offending dimension, e.g. `route.options.ship.beam_m`.
        field: String,
        /// The passage (`panama`).
        passage: String,
        /// Which limit (`Neopanamax locks maximum beam`).
        limit: String,
        /// The ship's value, m.
        value_m: f64,
        /// The published limit, m.
        limit_m: f64,
        /// Where the limit is published.
        source_note: String,
    },

    /// A scenario file could not be read: a TOML syntax error, an unknown field (a typo), a
    /// missing field or a value of the wrong type. `field` is the path inside the file
    /// (`service.ships[2].vessel.main_engine.mcr_kw`), `line` the 1-based line where known.
    #[error("{field}: {message}{}", line.map(|l| format!(" (line {l})")).unwrap_or_default())]
    ScenarioFile {
        /// Path of the offending field inside the file (`.` for the whole file).
        field: String,
        /// 1-based line of the error in the file, where the parser knows it.
        line: Option<usize>,
        /// What is wrong, as the parser says it.
        message: String,
    },

    /// A name read from an input (a port code in a rotation, a corridor or archetype in a
    /// scenario file) is not known; like [`Error::UnknownName`], with the path of the input.
    #[error("{field}: unknown {kind} '{name}'; did you mean: {valid}")]
    UnknownNameAt {
        /// Path of the offending input, e.g. `voyage.ports[1]`.
        field: String,
        /// What kind of thing was looked up (e.g. `port`).
        kind: &'static str,
        /// The name received.
        name: String,
        /// The nearest or all valid names, comma separated.
        valid: String,
    },

    /// A book-and-claim unit (a certificate's tonne, MJ or serial) was claimed a second time
    /// (double counting; ISO 14083:2023 and the GLEC Framework allow one claim per unit).
    #[error(
        "{field}: unit '{unit}' of certificate '{certificate}' is already claimed by '{claimed_by}'"
    )]
    AlreadyClaimed {
        /// Path of the offending input, e.g. `claim.units`.
        field: String,
        /// The certificate's identifier.
        certificate: String,
        /// The unit claimed twice.
        unit: String,
        /// The shipment that holds the first claim.
        claimed_by: String,
    },

    /// An input is larger than the limit that bounds the work and memory a scenario may ask
    /// for (a guard against hostile or mistaken files; the limits are documented in
    /// `docs/scenario-format.md`).
    #[error("{field} has {value} {what}; the limit is {limit}")]
    LimitExceeded {
        /// Path of the offending input, e.g. `route.ports`.
        field: String,
        /// What is counted (ports, legs, ships, years, bytes, …).
        what: &'static str,
        /// The count received.
        value: usize,
        /// The largest count accepted.
        limit: usize,
    },

    /// A relative pathway applied to a reference of another year (a 2025 value passed as the
    /// 2008 level of a 2008-based pathway), which would silently treat one year as the other.
    #[error(
        "{field}: pathway '{pathway}' is relative to {expected_year}, but the reference given is \
         a {given_year} value; state the {expected_year} level (Reference::measured or \
         Reference::sector_intensity) or the assumption that the service sits on the pathway in \
         {given_year} (Reference::on_pathway)"
    )]
    ReferenceYearMismatch {
        /// The input that carried the reference.
        field: String,
        /// The pathway's name.
        pathway: String,
        /// The pathway's reference year.
        expected_year: i32,
        /// The year of the reference given.
        given_year: i32,
    },
}

/// Expands `$on_field` with `$f` bound to the `field` of every variant that has one, and
/// `$otherwise` for the others: the one list of field-carrying variants.
macro_rules! with_field {
    ($e:expr, $f:ident => $on_field:expr, $otherwise:expr) => {
        match $e {
            Error::NonFinite { field: $f, .. }
            | Error::Negative { field: $f, .. }
            | Error::OutOfRange { field: $f, .. }
            | Error::SharesDoNotSumToOne { field: $f, .. }
            | Error::Empty { field: $f, .. }
            | Error::MissingCertifiedValue { field: $f, .. }
            | Error::CertificateNotAllowed { field: $f, .. }
            | Error::NoSlipDefault { field: $f, .. }
            | Error::IncompatibleConverter { field: $f, .. }
            | Error::YearOutOfRange { field: $f, .. }
            | Error::RuleViolated { field: $f, .. }
            | Error::NotReachable { field: $f, .. }
            | Error::NotMonotonic { field: $f, .. }
            | Error::MissingInput { field: $f, .. }
            | Error::ZeroLengthLeg { field: $f, .. }
            | Error::ScenarioFile { field: $f, .. }
            | Error::LimitExceeded { field: $f, .. }
            | Error::AlreadyClaimed { field: $f, .. }
            | Error::OnLand { field: $f, .. }
            | Error::PassageLimit { field: $f, .. }
            | Error::UnknownNameAt { field: $f, .. }
            | Error::ReferenceYearMismatch { field: $f, .. } => $on_field,
            // Listed, not `_`, so that a new variant must be sorted into one list or the other.
            Error::UnknownName { .. }
            | Error::PathwayNotInFactorSet { .. }
            | Error::Undefined { .. }
            | Error::PoolInDeficit { .. }
            | Error::NoRoute { .. } => $otherwise,
        }
    };
}

impl Error {
    /// The path of the offending input, for the variants that have one.
    pub fn field(&self) -> Option<&str> {
        with_field!(self, field => Some(field.as_str()), None)
    }

    /// The same error with its field path re-rooted: a path equal to `from` or starting with
    /// `from.` or `from[` gets `to` in place of `from` (`vessel.main_engine.mcr_kw` →
    /// `service.ships[2].vessel.main_engine.mcr_kw`). A path that does not start with `from`
    /// gets `to.` in front of it, so that every error names where in the file it arose.
    pub fn rooted(mut self, from: &str, to: &str) -> Error {
        if let Error::UnknownName { kind, name, valid } = self {
            return Error::UnknownNameAt {
                field: to.to_string(),
                kind,
                name,
                valid,
            };
        }
        let Some(field) = with_field!(&mut self, field => Some(field), None) else {
            return self;
        };
        let rest = field.strip_prefix(from).filter(|r| {
            r.is_empty() || r.starts_with('.') || r.starts_with('[') || from.is_empty()
        });
        *field = match rest {
            Some(r) if from.is_empty() && !r.is_empty() => format!("{to}.{r}"),
            Some(r) => format!("{to}{r}"),
            None if field.is_empty() => to.to_string(),
            None => format!("{to}.{field}"),
        };
        self
    }
}

/// Checks that `value` is finite and not negative; returns it unchanged.
pub(crate) fn non_negative(field: impl FnOnce() -> String, value: f64) -> Result<f64> {
    if !value.is_finite() {
        return Err(Error::NonFinite {
            field: field(),
            value,
        });
    }
    if value < 0.0 {
        return Err(Error::Negative {
            field: field(),
            value,
        });
    }
    Ok(value)
}

/// Checks that `value` is finite; returns it unchanged.
pub(crate) fn finite(field: impl FnOnce() -> String, value: f64) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::NonFinite {
            field: field(),
            value,
        })
    }
}

/// Checks that `value` is finite and within `[lo, hi]`.
pub(crate) fn in_range(field: impl Fn() -> String, value: f64, lo: f64, hi: f64) -> Result<f64> {
    finite(&field, value)?;
    if value < lo || value > hi {
        return Err(Error::OutOfRange {
            field: field(),
            value,
            expected: format!("a value from {} to {}", Num(lo), Num(hi)),
        });
    }
    Ok(value)
}

/// The entry of `all` whose `name` equals `s` once trimmed, lower-cased and with `-` and
/// spaces read as `_`; else [`Error::UnknownName`] listing every valid name.
pub(crate) fn by_name<T: Copy>(
    kind: &'static str,
    s: &str,
    all: &[T],
    name: impl Fn(T) -> &'static str,
) -> Result<T> {
    let key = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    all.iter()
        .copied()
        .find(|t| name(*t) == key)
        .ok_or_else(|| Error::UnknownName {
            kind,
            name: s.to_string(),
            valid: all.iter().map(|t| name(*t)).collect::<Vec<_>>().join(", "),
        })
}
