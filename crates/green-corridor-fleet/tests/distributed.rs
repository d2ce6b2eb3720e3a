//! Documented API test (feature `distributed`): the SQL of `tests/sql.rs` on an Apache
//! DataFusion Ballista scheduler and executor gives the single-process DataFusion numbers
//! and the kernel's.
//!
//! Worked check: 200,000 AIS-like segments of 40 vessels written as four Parquet files
//! (four partitions). `SUM(gc_co2e_t(…))`, `SUM(gc_fuel_t(…))` and `COUNT(*)` `GROUP BY
//! vessel` run
//! * on a Ballista cluster started by the test in this process
//!   (`distributed::start_local_cluster`: a scheduler serving gRPC on a free localhost
//!   port, one executor with two task slots that polls it over gRPC and serves its shuffle
//!   output over Arrow Flight on another), the client connected to `df://localhost:PORT`
//!   with four target partitions — the physical plan on the client is Ballista's
//!   `DistributedQueryExec`, so the query is not run locally;
//! * on a single-process DataFusion `SessionContext` over the same files;
//! * and by the kernel (`PreparedFleet::totals` on the same rows, checked against the
//!   single-voyage path by the library's `tests/batch_equality.rs`).
//!
//! The three agree per vessel within 1e-12 relative (the engines sum in their own
//! orders); the segment counts are equal. A fourth run on a cluster whose executor lacks
//! the functions fails with an error naming `gc_co2e_t` — the executor resolves the
//! functions by name from its own registry, the plan does not carry them.
#![cfg(feature = "distributed")]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use arrow_array::RecordBatch;
use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, UInt32Type};
use ballista::prelude::SessionConfigExt;
use datafusion::prelude::{ParquetReadOptions, SessionConfig, SessionContext};
use green_corridor::batch::{FleetTotals, PreparedFleet};
use green_corridor::prelude::AccountingBasis;
use green_corridor_fleet::{ColumnsOf, distributed, sql, testdata, write_segments_parquet};

const QUERY: &str = "SELECT vessel, \
     SUM(gc_co2e_t(vessel, phase, speed_kn, draught_m, duration_h)) AS co2e_t, \
     SUM(gc_fuel_t(vessel, phase, speed_kn, draught_m, duration_h)) AS fuel_t, \
     COUNT(*) AS segments FROM segments GROUP BY vessel ORDER BY vessel";

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs())
}

type Row = (u32, f64, f64, i64);

fn rows(batches: &[RecordBatch]) -> Vec<Row> {
    let mut rows = Vec::new();
    for b in batches {
        let v = b.column(0).as_primitive::<UInt32Type>();
        let c = b.column(1).as_primitive::<Float64Type>();
        let f = b.column(2).as_primitive::<Float64Type>();
        let s = b.column(3).as_primitive::<Int64Type>();
        for i in 0..b.num_rows() {
            rows.push((v.value(i), c.value(i), f.value(i), s.value(i)));
        }
    }
    rows
}

async fn run(ctx: &SessionContext, parts: &Path) -> datafusion::error::Result<Vec<Row>> {
    ctx.register_parquet(
        "segments",
        parts.to_str().unwrap(),
        ParquetReadOptions::default(),
    )
    .await?;
    Ok(rows(&ctx.sql(QUERY).await?.collect().await?))
}

/// 200,000 AIS-like segments of 40 vessels as four Parquet files in a fresh directory
/// `name`, the fleet, and the kernel's totals of the same rows.
struct Data {
    ships: usize,
    fleet: Arc<PreparedFleet>,
    dir: PathBuf,
    parts: PathBuf,
    kernel: FleetTotals,
}

fn data(name: &str) -> Data {
    let ships = testdata::fleet(40).unwrap();
    let fleet =
        Arc::new(PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025).unwrap()).unwrap());
    let dir = std::env::temp_dir().join(format!("gc-fleet-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let parts = dir.join("parts");
    std::fs::create_dir_all(&parts).unwrap();
    let n = 200_000;
    let batch = testdata::ais_like_segments(&ships, n, 11).unwrap();
    for k in 0..4 {
        let slice = batch.slice(k * n / 4, n / 4);
        write_segments_parquet(&parts.join(format!("part-{k}.parquet")), &[slice]).unwrap();
    }
    let cols = ColumnsOf::from_batch(&batch).unwrap();
    let kernel = fleet.totals(&cols.segments().unwrap()).unwrap().totals;
    Data {
        ships: ships.len(),
        fleet,
        dir,
        parts,
        kernel,
    }
}

/// Per vessel: `got` equals `reference` and the kernel within 1e-12 relative, counts equal.
fn assert_agree(got: &[Row], reference: &[Row], t: &FleetTotals) {
    assert_eq!(got.len(), reference.len());
    for (i, (r, l)) in got.iter().zip(reference).enumerate() {
        let fuel = t.fuel_main_t[i] + t.fuel_auxiliary_t[i] + t.fuel_boiler_t[i];
        assert_eq!((l.0, r.0), (i as u32, i as u32));
        assert!(close(r.1, l.1, 1e-12), "vessel {i}: {} vs {}", r.1, l.1);
        assert!(
            close(r.1, t.co2e_t[i], 1e-12),
            "vessel {i}: {} vs {}",
            r.1,
            t.co2e_t[i]
        );
        assert!(
            close(l.1, t.co2e_t[i], 1e-12),
            "vessel {i}: {} vs {}",
            l.1,
            t.co2e_t[i]
        );
        assert!(
            close(r.2, l.2, 1e-12) && close(r.2, fuel, 1e-12),
            "vessel {i}"
        );
        assert_eq!((l.3 as u64, r.3 as u64), (t.segments[i], t.segments[i]));
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

async fn single_process(d: &Data) -> Vec<Row> {
    let ctx = SessionContext::new_with_config(SessionConfig::new().with_target_partitions(4));
    sql::register(&ctx, d.fleet.clone());
    run(&ctx, &d.parts).await.unwrap()
}

#[test]
fn ballista_cluster_equals_single_process_datafusion_and_the_kernel() {
    let d = data("ballista");
    let (ships, fleet, parts) = (d.ships, d.fleet.clone(), d.parts.clone());
    let rt = runtime();
    let (local, remote, plan_name, without_functions) = rt.block_on(async {
        // Single process, four partitions.
        let local = single_process(&d).await;

        // Ballista: scheduler and executor on localhost.
        let url = distributed::start_local_cluster(fleet.clone(), 2)
            .await
            .unwrap();
        assert!(url.starts_with("df://localhost:"), "{url}");
        let config = SessionConfig::new_with_ballista().with_target_partitions(4);
        let ctx = distributed::connect(&url, fleet.clone(), config)
            .await
            .unwrap();
        let remote = run(&ctx, &parts).await.unwrap();
        let plan = ctx
            .sql(QUERY)
            .await
            .unwrap()
            .create_physical_plan()
            .await
            .unwrap();
        let plan_name = datafusion::physical_plan::ExecutionPlan::name(plan.as_ref()).to_owned();

        // A cluster whose executor has DataFusion's functions only.
        let url = without_functions_cluster(fleet.clone()).await;
        let config = SessionConfig::new_with_ballista().with_target_partitions(4);
        let ctx = distributed::connect(&url, fleet.clone(), config)
            .await
            .unwrap();
        let without = tokio::time::timeout(std::time::Duration::from_secs(120), async {
            run(&ctx, &parts).await
        })
        .await;
        (local, remote, plan_name, without)
    });

    assert_eq!(plan_name, "DistributedQueryExec");
    assert_eq!(local.len(), ships);
    assert_agree(&remote, &local, &d.kernel);

    match without_functions {
        Ok(Err(e)) => {
            eprintln!("executor without the functions: {e}");
            assert!(e.to_string().contains("gc_co2e_t"), "{e}");
        }
        Ok(Ok(rows)) => panic!(
            "an executor without the functions returned {} rows",
            rows.len()
        ),
        Err(_) => panic!("an executor without the functions: no answer within 120 s"),
    }
    let _ = std::fs::remove_dir_all(&d.dir);
}

/// A scheduler with the functions (so the client's logical plan decodes) and an executor
/// with Ballista's default registry only.
async fn without_functions_cluster(fleet: Arc<PreparedFleet>) -> String {
    use ballista_core::serde::BallistaCodec;
    use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
    use ballista_core::utils::default_config_producer;

    let codec = BallistaCodec::default();
    let addr = ballista_scheduler::standalone::new_standalone_scheduler_with_builder(
        distributed::session_builder(fleet),
        Arc::new(default_config_producer),
        codec.clone(),
    )
    .await
    .unwrap();
    let scheduler = SchedulerGrpcClient::connect(format!("http://localhost:{}", addr.port()))
        .await
        .unwrap();
    let env = Arc::new(
        datafusion::execution::runtime_env::RuntimeEnvBuilder::new()
            .build()
            .unwrap(),
    );
    let runtime_producer: ballista_core::RuntimeProducer = Arc::new(move |_| Ok(env.clone()));
    ballista_executor::new_standalone_executor_from_builder(
        scheduler,
        2,
        Arc::new(default_config_producer),
        runtime_producer,
        codec,
        Default::default(),
    )
    .await
    .unwrap();
    format!("df://localhost:{}", addr.port())
}

/// A child process killed when dropped (also when an assertion fails).
struct Node(Child);

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits (at most 60 s) until `port` accepts connections; fails if the node exits.
fn wait_listening(node: &mut Node, port: u16, what: &str) {
    for _ in 0..600 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Some(status) = node.0.try_wait().unwrap() {
            panic!("{what} exited: {status}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{what} not listening on {port} after 60 s");
}

/// The cluster binaries: `gc-ballista-node scheduler` and `gc-ballista-node executor` as two
/// processes on localhost, the client in the test process; the same per-vessel numbers.
#[test]
fn gc_ballista_node_processes_equal_single_process_datafusion_and_the_kernel() {
    let d = data("ballista-nodes");
    let bin = env!("CARGO_BIN_EXE_gc-ballista-node");
    let scheduler_port = free_port();
    let mut scheduler = Node(
        Command::new(bin)
            .args([
                "scheduler",
                "--bind",
                &format!("127.0.0.1:{scheduler_port}"),
            ])
            .args(["--external-host", "127.0.0.1", "--vessels", "40"])
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_listening(&mut scheduler, scheduler_port, "scheduler");
    let (flight_port, grpc_port) = (free_port(), free_port());
    let mut executor = Node(
        Command::new(bin)
            .args([
                "executor",
                "--scheduler",
                &format!("127.0.0.1:{scheduler_port}"),
            ])
            .args(["--bind", "127.0.0.1", "--external-host", "127.0.0.1"])
            .args(["--port", &flight_port.to_string()])
            .args(["--grpc-port", &grpc_port.to_string()])
            .args(["--vcores", "2", "--vessels", "40"])
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_listening(&mut executor, flight_port, "executor");

    let rt = runtime();
    let (local, remote) = rt.block_on(async {
        let local = single_process(&d).await;
        let config = SessionConfig::new_with_ballista().with_target_partitions(4);
        let url = format!("df://127.0.0.1:{scheduler_port}");
        let ctx = distributed::connect(&url, d.fleet.clone(), config)
            .await
            .unwrap();
        let remote = tokio::time::timeout(Duration::from_secs(120), run(&ctx, &d.parts))
            .await
            .expect("the cluster answers within 120 s")
            .unwrap();
        (local, remote)
    });
    assert_eq!(local.len(), d.ships);
    assert_agree(&remote, &local, &d.kernel);
    drop(executor);
    drop(scheduler);
    let _ = std::fs::remove_dir_all(&d.dir);
}
