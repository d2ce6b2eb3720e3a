//! The segment functions on an Apache DataFusion Ballista cluster (feature `distributed`).
//!
//! Ballista runs a DataFusion query on a **scheduler** and one or more **executors**: the
//! client sends the logical plan over gRPC to the scheduler, which plans it into stages
//! and sends each task's physical plan to an executor; executors read their share of the
//! Parquet files, exchange shuffled partitions over Arrow Flight, and the client fetches
//! the result. A plan carries a scalar function **by name only** (its protobuf form has no
//! code), so every node must resolve `gc_co2e_t` and the other [`sql`]
//! functions itself:
//!
//! | node | what it needs | here |
//! |---|---|---|
//! | client | the functions in its `SessionContext` (to plan the SQL) | [`connect`] |
//! | scheduler | the functions in the session state it builds per client session (to decode the logical plan) | [`session_builder`] |
//! | executor | the functions in its function registry (to decode each task's physical plan) | [`function_registry`] |
//!
//! **Every node must build the same fleet** (the same vessels, in the same order, and the
//! same accounting basis): the name `gc_co2e_t` resolves to whatever fleet the executor
//! was started with, and nothing in the plan can check that.
//!
//! [`start_local_cluster`] starts a scheduler and an executor in this process, serving
//! gRPC on `localhost` (the test `tests/distributed.rs`); the `gc-ballista-node` binary of
//! this crate (`src/bin/gc-ballista-node.rs`) runs one scheduler or one executor per
//! process for a real cluster (`docs/batch.md`, section 9).

use std::sync::Arc;

use ballista::prelude::SessionContextExt;
use ballista_core::error::{BallistaError, Result as BallistaResult};
use ballista_core::registry::BallistaFunctionRegistry;
use ballista_core::serde::BallistaCodec;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::utils::{default_config_producer, default_session_builder};
use ballista_core::{ConfigProducer, RuntimeProducer};
use ballista_scheduler::scheduler_server::SessionBuilder;
use datafusion::common::Result as DfResult;
use datafusion::execution::runtime_env::RuntimeEnvBuilder;
use datafusion::execution::{FunctionRegistry, SessionStateBuilder};
use datafusion::prelude::{SessionConfig, SessionContext};

use crate::{PreparedFleet, sql};

/// The scheduler's default gRPC port (Ballista's, also used by `df://host` without a port).
pub const DEFAULT_SCHEDULER_PORT: u16 = 50050;

/// How many times [`start_local_cluster`] tries to reach its scheduler, 100 ms apart
/// (the scheduler is already listening when it returns, so the first try normally works).
pub const SCHEDULER_CONNECT_ATTEMPTS: u32 = 50;

/// The scheduler's session builder: Ballista's default session state (its optimizer
/// rules and DataFusion's functions) plus the five segment functions of `fleet`.
/// For `SchedulerConfig::with_override_session_builder` or
/// `ballista_scheduler::standalone::new_standalone_scheduler_with_builder`.
pub fn session_builder(fleet: Arc<PreparedFleet>) -> SessionBuilder {
    Arc::new(move |config: SessionConfig| {
        let mut state = default_session_builder(config)?;
        for udf in sql::functions(&fleet) {
            state.register_udf(Arc::new(udf))?;
        }
        Ok(state)
    })
}

/// The executor's function registry: DataFusion's functions (Ballista's default registry)
/// plus the five segment functions of `fleet`. For
/// `ExecutorProcessConfig::override_function_registry` or
/// `ballista_executor::new_standalone_executor_from_builder`.
pub fn function_registry(fleet: &Arc<PreparedFleet>) -> BallistaFunctionRegistry {
    let mut registry = BallistaFunctionRegistry::default();
    for udf in sql::functions(fleet) {
        registry
            .scalar_functions
            .insert(udf.name().to_owned(), Arc::new(udf));
    }
    registry
}

/// A client context for the scheduler at `url` (`df://host:port`) with the segment
/// functions of `fleet` registered, so `ctx.sql(…)` plans queries calling them.
/// `config` is the session's configuration (e.g. `SessionConfig::new_with_ballista()`
/// `.with_target_partitions(n)`); it is upgraded with Ballista's settings.
///
/// Nothing is sent until a query runs; an unreachable scheduler is an error of the query.
pub async fn connect(
    url: &str,
    fleet: Arc<PreparedFleet>,
    config: SessionConfig,
) -> DfResult<SessionContext> {
    let state = SessionStateBuilder::new()
        .with_default_features()
        .with_config(config)
        .build();
    // Registered after the upgrade to a Ballista state, which resets the function list to
    // DataFusion's defaults.
    let ctx = SessionContext::remote_with_state(url, state).await?;
    sql::register(&ctx, fleet);
    Ok(ctx)
}

/// Starts a Ballista scheduler and one executor with `vcores` task slots in this process
/// (on the caller's Tokio runtime), both with the segment functions of `fleet`, and returns
/// the scheduler's address for [`connect`], `df://localhost:PORT`.
///
/// The scheduler serves gRPC on a free `localhost` port; the executor polls it for tasks
/// over gRPC and serves its shuffle output over Arrow Flight on another free `localhost`
/// port (Ballista's standalone builders). Both run until the runtime shuts down.
///
/// # Errors
/// Ballista's error if a server cannot bind or start, or
/// [`BallistaError::GrpcConnectionError`] if the scheduler cannot be reached after
/// [`SCHEDULER_CONNECT_ATTEMPTS`] attempts.
pub async fn start_local_cluster(
    fleet: Arc<PreparedFleet>,
    vcores: usize,
) -> BallistaResult<String> {
    let config_producer: ConfigProducer = Arc::new(default_config_producer);
    let codec = BallistaCodec::default();
    let addr = ballista_scheduler::standalone::new_standalone_scheduler_with_builder(
        session_builder(fleet.clone()),
        config_producer.clone(),
        codec.clone(),
    )
    .await?;
    let scheduler_url = format!("http://localhost:{}", addr.port());

    let mut attempts = 0;
    let scheduler = loop {
        match SchedulerGrpcClient::connect(scheduler_url.clone()).await {
            Ok(client) => break client,
            Err(e) => {
                attempts += 1;
                if attempts >= SCHEDULER_CONNECT_ATTEMPTS {
                    return Err(BallistaError::GrpcConnectionError(format!(
                        "scheduler {scheduler_url} not reachable after {attempts} attempts: {e}"
                    )));
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
        }
    };

    let runtime = Arc::new(RuntimeEnvBuilder::new().build()?);
    let runtime_producer: RuntimeProducer = Arc::new(move |_| Ok(runtime.clone()));
    ballista_executor::new_standalone_executor_from_builder(
        scheduler,
        vcores,
        config_producer,
        runtime_producer,
        codec,
        function_registry(&fleet),
    )
    .await?;
    Ok(format!("df://localhost:{}", addr.port()))
}
