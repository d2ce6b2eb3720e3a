//! `gc-ballista-node`: one Ballista scheduler or executor per process with the
//! green-corridor segment functions compiled in (feature `distributed`).
//!
//! ```text
//! gc-ballista-node scheduler [--bind 0.0.0.0:50050] [--external-host HOST] [--vessels N]
//! gc-ballista-node executor --scheduler HOST:50050 [--bind 0.0.0.0] [--external-host HOST]
//!                           [--port 50051] [--grpc-port 50052] [--vcores N] [--vessels N]
//! ```
//!
//! The stock `ballista-scheduler` and `ballista-executor` binaries cannot run the queries:
//! a plan names `gc_co2e_t` and each node must resolve the name itself. This program is
//! those two binaries' process entry points (`scheduler_process::start_server`,
//! `executor_process::start_executor_process`) with
//! [`distributed::session_builder`] and [`distributed::function_registry`] plugged in.
//!
//! The fleet is the synthetic `testdata::fleet(N)` (default 40 vessels) under FuelEU 2025
//! accounting — the fleet of `tests/distributed.rs`. For your own fleet replace
//! `fleet()` with code building your vessels; **every node and the client must build the
//! same fleet** (same vessels, same order, same basis), since only the function name
//! travels with the plan.

use std::error::Error;
use std::net::SocketAddr;
use std::sync::Arc;

use ballista_executor::executor_process::{ExecutorProcessConfig, start_executor_process};
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;
use green_corridor::batch::PreparedFleet;
use green_corridor::prelude::AccountingBasis;
use green_corridor_fleet::{distributed, testdata};

type Res<T> = Result<T, Box<dyn Error>>;

const USAGE: &str = "usage:\n  gc-ballista-node scheduler [--bind ADDR:PORT] [--external-host HOST] [--vessels N]\n  \
gc-ballista-node executor --scheduler HOST:PORT [--bind ADDR] [--external-host HOST] [--port P] [--grpc-port P] [--vcores N] [--vessels N]";

/// The fleet every node serves (see the module documentation).
fn fleet(vessels: usize) -> Res<Arc<PreparedFleet>> {
    let ships = testdata::fleet(vessels)?;
    Ok(Arc::new(PreparedFleet::new(
        &ships,
        &AccountingBasis::fueleu(2025)?,
    )?))
}

/// `--name value` pairs after the subcommand; an unknown name or a missing value is an error.
fn options<'a>(args: &'a [String], known: &[&str]) -> Res<Vec<(&'a str, &'a str)>> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(name) = it.next() {
        if !known.contains(&name.as_str()) {
            return Err(format!("unknown option {name}\n{USAGE}").into());
        }
        let Some(value) = it.next() else {
            return Err(format!("{name} needs a value\n{USAGE}").into());
        };
        out.push((name.as_str(), value.as_str()));
    }
    Ok(out)
}

fn parse<T: std::str::FromStr>(name: &str, value: &str) -> Res<T>
where
    T::Err: std::fmt::Display,
{
    value
        .parse()
        .map_err(|e| format!("{name} {value}: {e}").into())
}

async fn scheduler(args: &[String]) -> Res<()> {
    let mut bind = "0.0.0.0:50050".to_owned();
    let mut external_host = None;
    let mut vessels = 40;
    for (name, value) in options(args, &["--bind", "--external-host", "--vessels"])? {
        match name {
            "--bind" => bind = value.to_owned(),
            "--external-host" => external_host = Some(value.to_owned()),
            _ => vessels = parse(name, value)?,
        }
    }
    let addr: SocketAddr = parse("--bind", &bind)?;
    let mut config = SchedulerConfig::default()
        .with_override_session_builder(distributed::session_builder(fleet(vessels)?));
    config.bind_host = addr.ip().to_string();
    config.bind_port = addr.port();
    if let Some(host) = external_host {
        config.external_host = host;
    }
    let cluster = BallistaCluster::new_from_config(&config).await?;
    eprintln!("gc-ballista-node: scheduler on {addr} ({vessels} vessels)");
    start_server(cluster, addr, Arc::new(config)).await?;
    Ok(())
}

async fn executor(args: &[String]) -> Res<()> {
    let known = [
        "--scheduler",
        "--bind",
        "--external-host",
        "--port",
        "--grpc-port",
        "--vcores",
        "--vessels",
    ];
    let mut config = ExecutorProcessConfig {
        bind_host: "0.0.0.0".to_owned(),
        ..Default::default()
    };
    let mut scheduler = None;
    let mut vessels = 40;
    for (name, value) in options(args, &known)? {
        match name {
            "--scheduler" => scheduler = Some(value),
            "--bind" => config.bind_host = value.to_owned(),
            "--external-host" => config.external_host = Some(value.to_owned()),
            "--port" => config.port = parse(name, value)?,
            "--grpc-port" => config.grpc_port = parse(name, value)?,
            "--vcores" => config.vcores = parse(name, value)?,
            _ => vessels = parse(name, value)?,
        }
    }
    let Some(scheduler) = scheduler else {
        return Err(format!("executor needs --scheduler HOST:PORT\n{USAGE}").into());
    };
    let Some((host, port)) = scheduler.rsplit_once(':') else {
        return Err(format!("--scheduler {scheduler}: expected HOST:PORT").into());
    };
    config.scheduler_host = host.to_owned();
    config.scheduler_port = parse("--scheduler", port)?;
    config.override_function_registry =
        Some(Arc::new(distributed::function_registry(&fleet(vessels)?)));
    eprintln!(
        "gc-ballista-node: executor on {}:{} (gRPC {}), scheduler {scheduler}, {} task slots, {vessels} vessels",
        config.bind_host, config.port, config.grpc_port, config.vcores
    );
    start_executor_process(Arc::new(config)).await?;
    Ok(())
}

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        return Err(USAGE.into());
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match command.as_str() {
        "scheduler" => runtime.block_on(scheduler(rest)),
        "executor" => runtime.block_on(executor(rest)),
        _ => Err(format!("unknown command {command}\n{USAGE}").into()),
    }
}
