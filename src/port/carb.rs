//! California At-Berth Regulation: *Control Measure for Ocean-Going Vessels At Berth*, Cal.
//! Code Regs. tit. 17, § 93130 et seq. (CARB, 2020 rule, operative 1 January 2021), per
//! vessel visit.
//!
//! | rule | section |
//! |---|---|
//! | a shore-power vessel plugs in at every visit to a terminal that has commissioned it (or deemed it compatible) | § 93130.7(a) |
//! | otherwise the auxiliary engines meet the performance standard of § 93130.5(d)(1) through a CARB-approved emission control strategy (CAECS: shore power or an approved alternative) at each visit, from the Table 1 date of the vessel type | § 93130.7(b), Table 1 |
//! | Table 1: container and refrigerated-cargo vessels and passenger vessels 1 Jan 2023; ro-ro and tankers visiting LA/Long Beach 1 Jan 2025; all other tankers 1 Jan 2027 | § 93130.7(b) |
//! | safety and emergency event: no reduction required for that part of the visit, if approved | § 93130.8(a) |
//! | bulk and general cargo vessels: not subject to § 93130.7(b), report only | § 93130.8(b) |
//! | first commissioning visit of a vessel to a terminal, if it connected successfully | § 93130.8(c) |
//! | visit to a low-activity terminal (< 20 visits of the vessel type in both 2021 and 2022) | § 93130.10(a) |
//! | vessel incident event (VIE, fleet's allowance of 5 % of its visits) and terminal incident event (TIE) | § 93130.2 definitions, § 93130.18 Table 6 |
//!
//! The crate decides a visit from what the user states (the control used, any exception
//! claimed); it does not audit approvals (the Executive Officer does). An exception is reported
//! as `Excepted` with its section, never silently as compliant.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::route::Date;

/// California ports the crate knows by UN/LOCODE: Los Angeles (USLAX), Long Beach (USLGB),
/// Oakland (USOAK), San Francisco (USSFO), San Diego (USSAN), Port Hueneme (USNTD). The 2007
/// rule named these six ports (CARB shore-power page); the 2020 rule covers every
/// terminal in California, so a visit elsewhere in the state is stated with
/// [`Visit::in_california`].
pub const CALIFORNIA_PORTS: [&str; 6] = ["USLAX", "USLGB", "USOAK", "USSFO", "USSAN", "USNTD"];

/// Whether `locode` is one of [`CALIFORNIA_PORTS`].
pub fn is_california_port(locode: &str) -> bool {
    CALIFORNIA_PORTS.contains(&locode)
}

/// Vessel types of § 93130.7(b) Table 1 (and the bulk/general-cargo exception).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CarbVesselType {
    /// Container vessel (from 1 Jan 2023).
    Container,
    /// Refrigerated-cargo vessel (from 1 Jan 2023).
    RefrigeratedCargo,
    /// Passenger vessel (from 1 Jan 2023).
    Passenger,
    /// Roll-on roll-off vessel (from 1 Jan 2025).
    RoRo,
    /// Tanker visiting Los Angeles or Long Beach (from 1 Jan 2025).
    TankerLosAngelesLongBeach,
    /// Any other tanker (from 1 Jan 2027).
    TankerOther,
    /// Bulk or general cargo vessel (§ 93130.8(b): not subject to § 93130.7(b)).
    BulkOrGeneralCargo,
}

impl CarbVesselType {
    /// The Table 1 compliance start date, or `None` for bulk and general cargo vessels.
    pub fn compliance_start(self) -> Option<Date> {
        let d = |y| Date::new(y, 1, 1).ok();
        match self {
            CarbVesselType::Container
            | CarbVesselType::RefrigeratedCargo
            | CarbVesselType::Passenger => d(2023),
            CarbVesselType::RoRo | CarbVesselType::TankerLosAngelesLongBeach => d(2025),
            CarbVesselType::TankerOther => d(2027),
            CarbVesselType::BulkOrGeneralCargo => None,
        }
    }
}

/// How the auxiliary-engine emissions were controlled at berth during the visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AtBerthControl {
    /// Connected to shore power for the visit.
    ShorePower,
    /// A CARB-approved emission control strategy other than shore power (e.g. a barge- or
    /// land-based capture and control system), § 93130.5.
    ApprovedControlStrategy,
    /// Auxiliary engines ran uncontrolled.
    None,
}

/// An exception claimed for a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CarbException {
    /// Safety and emergency event, approved by the Executive Officer, § 93130.8(a).
    SafetyAndEmergency,
    /// First commissioning visit to the terminal, with a successful connection, § 93130.8(c).
    VesselCommissioning,
    /// Visit to a low-activity terminal (< 20 visits of the type in both 2021 and 2022),
    /// § 93130.10(a).
    LowActivityTerminal,
    /// A vessel incident event from the fleet's allowance, § 93130.2 and § 93130.18.
    VesselIncidentEvent,
    /// A terminal incident event from the terminal's allowance, § 93130.2 and § 93130.18.
    TerminalIncidentEvent,
}

impl CarbException {
    /// The section of 17 CCR that grants it.
    pub fn section(self) -> &'static str {
        match self {
            CarbException::SafetyAndEmergency => "17 CCR § 93130.8(a)",
            CarbException::VesselCommissioning => "17 CCR § 93130.8(c)",
            CarbException::LowActivityTerminal => "17 CCR § 93130.10(a)",
            CarbException::VesselIncidentEvent => "17 CCR §§ 93130.2, 93130.18 (VIE)",
            CarbException::TerminalIncidentEvent => "17 CCR §§ 93130.2, 93130.18 (TIE)",
        }
    }
}

/// One vessel visit to a berth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Visit {
    /// The port (UN/LOCODE).
    pub port: String,
    /// Whether the berth is in California (defaults to [`is_california_port`] of `port` in
    /// [`Visit::new`]).
    pub in_california: bool,
    /// Date of the visit.
    pub date: Date,
    /// The vessel type.
    pub vessel_type: CarbVesselType,
    /// Whether the vessel is fitted for shore power and commissioned (or deemed compatible) at
    /// this terminal, § 93130.7(a).
    pub vessel_commissioned_for_shore_power: bool,
    /// Whether the berth offers shore power.
    pub berth_has_shore_power: bool,
    /// The control used.
    pub control: AtBerthControl,
    /// The exception claimed, if any.
    pub exception: Option<CarbException>,
}

impl Visit {
    /// A visit with `in_california` from the port list and no exception.
    pub fn new(
        port: &str,
        date: Date,
        vessel_type: CarbVesselType,
        vessel_commissioned_for_shore_power: bool,
        berth_has_shore_power: bool,
        control: AtBerthControl,
    ) -> Self {
        Self {
            port: port.to_string(),
            in_california: is_california_port(port),
            date,
            vessel_type,
            vessel_commissioned_for_shore_power,
            berth_has_shore_power,
            control,
            exception: None,
        }
    }

    /// The same visit with an exception claimed.
    pub fn with_exception(mut self, exception: CarbException) -> Self {
        self.exception = Some(exception);
        self
    }
}

/// The outcome of a visit under the regulation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum CarbOutcome {
    /// The regulation does not require a reduction for this visit.
    NotApplicable {
        /// Why, with the section.
        reason: String,
    },
    /// The visit meets § 93130.7.
    Compliant {
        /// The control used.
        by: AtBerthControl,
        /// The rule met.
        rule: String,
    },
    /// The visit relies on an exception (subject to CARB's approval and audit).
    Excepted {
        /// The exception.
        exception: CarbException,
        /// Its section.
        section: String,
    },
    /// The visit does not meet the regulation.
    NonCompliant {
        /// What is missing, with the section.
        reason: String,
    },
}

/// Assesses one visit (see the module table).
///
/// Errors: a commissioning exception without a shore-power connection (§ 93130.8(c) requires
/// a successful connection) — `visit.exception`.
///
/// ```
/// use green_corridor::port::carb::*;
/// use green_corridor::route::Date;
/// let v = Visit::new("USLAX", Date::new(2025, 7, 1)?, CarbVesselType::Container, true, true,
///                    AtBerthControl::ShorePower);
/// assert!(matches!(assess_visit(&v)?, CarbOutcome::Compliant { .. }));
/// // The same ship running its gensets at a shore-power berth breaks § 93130.7(a).
/// let v = Visit { control: AtBerthControl::ApprovedControlStrategy, ..v };
/// assert!(matches!(assess_visit(&v)?, CarbOutcome::NonCompliant { .. }));
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn assess_visit(visit: &Visit) -> Result<CarbOutcome> {
    if !visit.in_california {
        return Ok(CarbOutcome::NotApplicable {
            reason: format!(
                "{} is not a California berth (17 CCR § 93130.7 applies to vessel operators \
                 that visit a berth or terminal in California)",
                visit.port
            ),
        });
    }
    if visit.exception == Some(CarbException::VesselCommissioning)
        && visit.control != AtBerthControl::ShorePower
    {
        return Err(Error::RuleViolated {
            field: "visit.exception".into(),
            value: 0.0,
            rule: "a commissioning exception needs a successful shore-power connection during \
                the visit (17 CCR § 93130.8(c))"
                .into(),
        });
    }
    let Some(start) = visit.vessel_type.compliance_start() else {
        return Ok(CarbOutcome::NotApplicable {
            reason: "bulk and general cargo vessels are not subject to § 93130.7(b); they \
                report visits only (17 CCR § 93130.8(b))"
                .into(),
        });
    };
    if visit.date < start {
        return Ok(CarbOutcome::NotApplicable {
            reason: format!(
                "visit before the {start} compliance start of {:?} vessels (17 CCR \
                 § 93130.7(b) Table 1)",
                visit.vessel_type
            ),
        });
    }
    if let Some(x) = visit.exception {
        return Ok(CarbOutcome::Excepted {
            exception: x,
            section: x.section().to_string(),
        });
    }
    let must_plug = visit.vessel_commissioned_for_shore_power && visit.berth_has_shore_power;
    Ok(match visit.control {
        AtBerthControl::ShorePower if !visit.berth_has_shore_power => CarbOutcome::NonCompliant {
            reason: "shore power stated at a berth without shore power".into(),
        },
        AtBerthControl::ShorePower => CarbOutcome::Compliant {
            by: AtBerthControl::ShorePower,
            rule: "shore power is a CAECS (17 CCR §§ 93130.7(a), 93130.7(b))".into(),
        },
        AtBerthControl::ApprovedControlStrategy if must_plug => CarbOutcome::NonCompliant {
            reason: "a commissioned shore-power vessel must plug in at a shore-power terminal \
                (17 CCR § 93130.7(a)); an alternative CAECS does not replace it"
                .into(),
        },
        AtBerthControl::ApprovedControlStrategy => CarbOutcome::Compliant {
            by: AtBerthControl::ApprovedControlStrategy,
            rule: "a CARB-approved emission control strategy meeting § 93130.5(d)(1) \
                (17 CCR § 93130.7(b))"
                .into(),
        },
        AtBerthControl::None => CarbOutcome::NonCompliant {
            reason: "no CARB-approved emission control strategy and no exception (17 CCR \
                § 93130.7(b)); a VIE, TIE or the remediation fund (§ 93130.15) may cover it"
                .into(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visit(control: AtBerthControl) -> Visit {
        Visit::new(
            "USLGB",
            Date::new(2025, 3, 1).unwrap(),
            CarbVesselType::Container,
            true,
            true,
            control,
        )
    }

    #[test]
    fn table_1_dates() {
        let y = |t: CarbVesselType| t.compliance_start().map(|d| d.year());
        assert_eq!(y(CarbVesselType::Container), Some(2023));
        assert_eq!(y(CarbVesselType::RefrigeratedCargo), Some(2023));
        assert_eq!(y(CarbVesselType::RoRo), Some(2025));
        assert_eq!(y(CarbVesselType::TankerLosAngelesLongBeach), Some(2025));
        assert_eq!(y(CarbVesselType::TankerOther), Some(2027));
        assert_eq!(y(CarbVesselType::BulkOrGeneralCargo), None);
    }

    #[test]
    fn outcomes() {
        assert!(matches!(
            assess_visit(&visit(AtBerthControl::None)).unwrap(),
            CarbOutcome::NonCompliant { .. }
        ));
        // No shore power at the berth: an approved alternative complies.
        let v = Visit {
            berth_has_shore_power: false,
            ..visit(AtBerthControl::ApprovedControlStrategy)
        };
        assert!(matches!(
            assess_visit(&v).unwrap(),
            CarbOutcome::Compliant { .. }
        ));
        // A ro-ro in 2024 is before its Table 1 date.
        let v = Visit {
            vessel_type: CarbVesselType::RoRo,
            date: Date::new(2024, 6, 1).unwrap(),
            ..visit(AtBerthControl::None)
        };
        assert!(matches!(
            assess_visit(&v).unwrap(),
            CarbOutcome::NotApplicable { .. }
        ));
        // Yangshan is outside California.
        let v = Visit::new(
            "CNYSA",
            Date::new(2025, 3, 1).unwrap(),
            CarbVesselType::Container,
            true,
            true,
            AtBerthControl::None,
        );
        assert!(matches!(
            assess_visit(&v).unwrap(),
            CarbOutcome::NotApplicable { .. }
        ));
        let v = visit(AtBerthControl::None).with_exception(CarbException::TerminalIncidentEvent);
        assert_eq!(
            assess_visit(&v).unwrap(),
            CarbOutcome::Excepted {
                exception: CarbException::TerminalIncidentEvent,
                section: "17 CCR §§ 93130.2, 93130.18 (TIE)".into()
            }
        );
        let bad = visit(AtBerthControl::None).with_exception(CarbException::VesselCommissioning);
        assert_eq!(
            assess_visit(&bad).unwrap_err().field(),
            Some("visit.exception")
        );
    }
}
