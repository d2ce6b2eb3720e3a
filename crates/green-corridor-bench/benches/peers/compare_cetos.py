#!/usr/bin/env python3
"""Peer comparison: the same 100,000 ship-hour segments through RISE `cetos` (PyPI) and
through green-corridor's batch engine (`examples/batch_csv.rs`).

Not run in CI. See README.md in this directory for setup, the workload, the agreement
criteria and the cetos defects this workload steers around.

    python3 crates/green-corridor-bench/benches/peers/compare_cetos.py [--segments 100000] [--vessels 200] [--seed 7]
"""

import argparse
import csv
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

from cetos import imo  # pip install cetos

# Phase codes of green_corridor::batch::phase_code -> cetos operation modes.
PHASES = {0: "at_berth", 1: "anchored", 2: "manoeuvring", 3: "at_sea", 4: "at_sea"}
ENGINES = {"SSD": "slow_speed_diesel", "MSD": "medium_speed_diesel", "HSD": "high_speed_diesel"}
FUELS = {"HFO": "hfo", "MDO": "mdo_mgo"}


def make_fleet(n, rng):
    """Bulk carriers, containers >= 1,000 TEU and general cargo ships only (see README:
    cetos' eta_w typo for containers < 1,000 TEU and its broken tanker/LG/reefer tables)."""
    fleet = []
    for k in range(n):
        kind = k % 3
        if kind == 0:
            ship_type, cetos_type, size = "bulk", "bulk_carrier", rng.uniform(12_000, 180_000)
        elif kind == 1:
            ship_type, cetos_type, size = "container", "container", rng.uniform(1_000, 20_000)
        else:
            ship_type, cetos_type, size = "general_cargo", "general_cargo", rng.uniform(3_000, 30_000)
        engine = rng.choice(["SSD", "MSD", "HSD"] if kind == 2 else ["SSD", "MSD"])
        fuel = rng.choice(["HFO", "MDO"])
        year = rng.choice([1980, 1995, 2005, 2015])
        age = "before_1984" if year <= 1983 else ("1984-2000" if year <= 2000 else "after_2000")
        fleet.append(
            {
                "name": f"ship{k}",
                "ship_type": ship_type,
                "capacity": round(size),
                "build_year": year,
                "design_speed_kn": round(rng.uniform(12.0, 23.0), 2),
                "design_draught_m": round(rng.uniform(7.0, 16.0), 2),
                "mcr_kw": round(rng.uniform(3_000.0, 59_000.0 if kind == 1 else 20_000.0)),
                "engine": engine,
                "fuel": fuel,
                "cetos": {
                    "type": cetos_type,
                    "size": round(size),
                    "length": 200.0,
                    "beam": 32.0,
                    "double_ended": False,
                    "number_of_propulsion_engines": 1,
                    "propulsion_engine_type": engine,
                    "propulsion_engine_age": age,
                    "propulsion_engine_fuel_type": fuel,
                },
            }
        )
        c = fleet[-1]["cetos"]
        c["design_speed"] = fleet[-1]["design_speed_kn"]
        c["design_draft"] = fleet[-1]["design_draught_m"]
        c["propulsion_engine_power"] = fleet[-1]["mcr_kw"]
    return fleet


def make_segments(fleet, n, rng):
    rows = []
    for _ in range(n):
        vi = rng.randrange(len(fleet))
        v = fleet[vi]
        u = rng.random()
        if u < 0.6:  # at sea, 45-105 % of design speed (cetos refuses > 110 %)
            phase = rng.choice([3, 4])
            speed = v["design_speed_kn"] * rng.uniform(0.45, 1.05)
        elif u < 0.7:
            phase, speed = 2, rng.uniform(3.0, 8.0)
        else:
            # At berth / at anchor with speed 0: cetos burns no propulsion fuel in these modes,
            # green-corridor (like Vessel::operate) applies Eq. 8 to any speed > 0 (README).
            phase, speed = rng.choice([0, 1]), 0.0
        # Half the rows at design draught (no exponent difference, see README).
        draught = v["design_draught_m"] if rng.random() < 0.5 else v["design_draught_m"] * rng.uniform(0.7, 1.0)
        rows.append((vi, phase, speed, draught, rng.uniform(0.25, 6.0)))
    return rows


def run_cetos(fleet, rows):
    """Per-segment fuel (kg) by cetos' own per-segment functions, as its
    estimate_fuel_consumption does for each leg: propulsion kg/h x h (limit_7_percent=False),
    auxiliary and boiler kg/h x h. The auxiliary/boiler rate depends only on the vessel and
    the mode, so it is computed once per (vessel, mode) and cached, as a fair user of cetos
    would (the Rust side likewise prepares it once per vessel and phase)."""
    out = []
    aux_cache = {}
    t0 = time.perf_counter()
    for vi, phase, speed, draught, hours in rows:
        vd = fleet[vi]["cetos"]
        mode = PHASES[phase]
        if phase >= 2:
            me = imo.estimate_instantanous_fuel_consumption_of_propulsion_engines(
                vd, speed, draught, limit_7_percent=False
            ) * hours
        else:
            me = 0.0
        key = (vi, mode)
        rates = aux_cache.get(key)
        if rates is None:
            rates = imo.estimate_instantaneous_fuel_consumption_of_auxiliary_systems(vd, mode)
            aux_cache[key] = rates
        aux, boiler = rates
        out.append((me, aux * hours, boiler * hours))
    return out, time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--segments", type=int, default=100_000)
    ap.add_argument("--vessels", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--features", default="", help="cargo features for the Rust side, e.g. rayon")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    fleet = make_fleet(args.vessels, rng)
    rows = make_segments(fleet, args.segments, rng)
    repo = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))

    with tempfile.TemporaryDirectory() as tmp:
        vessels_csv = os.path.join(tmp, "vessels.csv")
        segments_csv = os.path.join(tmp, "segments.csv")
        out_csv = os.path.join(tmp, "out.csv")
        with open(vessels_csv, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["name", "ship_type", "capacity", "build_year", "design_speed_kn",
                        "design_draught_m", "mcr_kw", "engine_type", "fuel"])
            for v in fleet:
                w.writerow([v["name"], v["ship_type"], v["capacity"], v["build_year"],
                            v["design_speed_kn"], v["design_draught_m"], v["mcr_kw"],
                            ENGINES[v["engine"]], FUELS[v["fuel"]]])
        with open(segments_csv, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["vessel", "phase", "speed_kn", "draught_m", "duration_h"])
            w.writerows(rows)
        cmd = ["cargo", "run", "--quiet", "--release", "--example", "batch_csv"]
        if args.features:
            cmd += ["--features", args.features]
        cmd += ["--", vessels_csv, segments_csv, out_csv, str(args.repeats)]
        rust = json.loads(subprocess.run(cmd, cwd=repo, check=True, capture_output=True,
                                         text=True).stdout.strip().splitlines()[-1])
        with open(out_csv) as f:
            ours = [tuple(float(x) for x in r) for r in list(csv.reader(f))[1:]]

    # The same statistic on both sides: the median of `repeats` runs (the Rust side reports
    # the median of its `repeats` runs of PreparedFleet::compute_into, parsing excluded).
    cetos_runs = []
    for _ in range(max(1, args.repeats)):
        theirs, t = run_cetos(fleet, rows)
        cetos_runs.append(t)
    cetos_s = statistics.median(cetos_runs)

    # Agreement. Tolerances: 1e-9 relative where both models are the same equation
    # (auxiliary engines and boilers; propulsion at design draught); 0.3 % for propulsion
    # at 70-100 % of design draught, where cetos' draught exponent 2/3 and the study's 0.66
    # differ by (T/T_ref)^(0.0067) <= 0.24 %.
    worst = {"main_design_draught": 0.0, "main_other_draught": 0.0, "auxiliary": 0.0, "boiler": 0.0}
    fails = 0
    for (vi, phase, speed, draught, hours), o, t in zip(rows, ours, theirs):
        at_design = draught == fleet[vi]["design_draught_m"]
        for key, a, b, tol in [
            ("main_design_draught" if at_design else "main_other_draught", o[0] * 1e3, t[0],
             1e-9 if at_design else 3e-3),
            ("auxiliary", o[1] * 1e3, t[1], 1e-9),
            ("boiler", o[2] * 1e3, t[2], 1e-9),
        ]:
            rel = abs(a - b) / max(abs(a), abs(b)) if max(abs(a), abs(b)) > 0 else 0.0
            worst[key] = max(worst[key], rel)
            if rel > tol:
                fails += 1
                if fails <= 10:
                    print(f"MISMATCH row vessel={vi} phase={phase} v={speed:.3f} T={draught:.3f} "
                          f"{key}: ours {a:.6f} kg, cetos {b:.6f} kg ({rel:.2e})", file=sys.stderr)

    ours_s = rust["median_compute_s"]
    report = {
        "segments": len(rows),
        "vessels": len(fleet),
        "cetos_version": getattr(__import__("importlib.metadata").metadata, "version")("cetos"),
        "statistic": f"median of {max(1, args.repeats)} runs, both sides",
        "cetos_seconds": cetos_s,
        "cetos_runs": cetos_runs,
        "green_corridor_seconds": ours_s,
        "green_corridor_best_seconds": rust["best_compute_s"],
        "green_corridor_end_to_end_seconds": rust["end_to_end_s"],
        "green_corridor_repeats": rust["repeats"],
        "green_corridor_rayon": rust["rayon"],
        "speed_ratio": cetos_s / ours_s if ours_s > 0 else math.inf,
        "speed_ratio_end_to_end": cetos_s / rust["end_to_end_s"] if rust["end_to_end_s"] > 0 else math.inf,
        "worst_relative_difference": worst,
        "rows_out_of_tolerance": fails,
        "row_errors_rust": rust["row_errors"],
    }
    print(json.dumps(report, indent=2))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
