//! The only home of SQL. Everything the server keeps goes through a [`Store`]:
//! one module per aggregate (drafts, submissions, visits, callbacks, outbox, ...),
//! each a set of plain functions over the store or over a connection inside a
//! transaction that a service opened. Services (`crate::services`) hold the
//! rules; handlers never see SQL.
//!
//! Two engines behind one pool (`sqlx::Any`): SQLite, embedded, the default
//! (`sqlite://data/loket.db`), and PostgreSQL (`postgres://...`) for several
//! servers on one database. The SQL is written once, in the dialect both
//! speak (`$1` parameters, `ON CONFLICT`, `RETURNING`); what differs between
//! them lives in [`engine`]: opening, migrations, and how a transaction that
//! must not run beside another one of its kind takes its lock.

pub mod access_log;
pub mod assisted;
pub mod callback_queue;
pub mod callbacks;
pub mod calls;
pub mod contacts;
pub mod counter;
pub mod demo;
pub mod drafts;
pub mod engine;
pub mod funnel;
pub mod kpi;
pub mod kpi_weeks;
pub mod location_days;
pub mod lookups;
pub mod outbox;
pub mod panel;
pub mod person_keys;
pub mod reports;
pub mod retention;
pub mod satisfaction;
pub mod saved;
mod secret_keys;
pub mod staff;
pub mod submissions;
pub mod uploads;
pub mod visits;
pub mod work;

use sqlx::{Any, AnyConnection, AnyPool, Transaction};

pub use engine::Engine;

/// A connection inside a transaction (what `&mut *tx` gives).
pub type Conn = AnyConnection;
/// A transaction on either engine; dropped without commit, it rolls back.
pub type Tx = Transaction<'static, Any>;

/// The database, on either engine.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    engine: Engine,
}

impl Store {
    /// Opens (SQLite: creates) the database named by `url` and migrates it.
    pub async fn connect(url: &str) -> Result<Self, sqlx::Error> {
        let (pool, engine) = engine::open(url).await?;
        Ok(Self { pool, engine })
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A connection of the pool, for reads that need no transaction.
    pub async fn acquire(&self) -> Result<sqlx::pool::PoolConnection<Any>, sqlx::Error> {
        self.pool.acquire().await
    }

    /// A plain transaction.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        self.pool.begin().await
    }

    /// A transaction that runs alone among those with the same `lock`: what it
    /// reads stays true until it commits (capacity checks). SQLite takes its
    /// write lock at once (`BEGIN IMMEDIATE`, one writer for the whole file);
    /// PostgreSQL takes a transaction-scoped advisory lock on `lock`, so only
    /// transactions about the same thing wait for each other, on every server.
    pub async fn begin_exclusive(&self, lock: &str) -> Result<Tx, sqlx::Error> {
        engine::begin_exclusive(&self.pool, self.engine, lock).await
    }

    /// Inside a transaction begun with [`Store::begin`]: waits for the lock on
    /// `lock` as [`Store::begin_exclusive`] does. On SQLite a no-op: the first
    /// write of the transaction already holds the only write lock.
    pub async fn lock(&self, conn: &mut Conn, lock: &str) -> Result<(), sqlx::Error> {
        engine::lock(conn, self.engine, lock).await
    }

    /// Closes every connection (tests that stop a server).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The pool for the tests' own checks of what was stored. Not for the server:
    /// its SQL lives in this module.
    #[doc(hidden)]
    pub fn pool_for_tests(&self) -> &AnyPool {
        &self.pool
    }
}

/// Seconds since 1970 (the column type of expiry times).
pub(crate) fn unix_now() -> i64 {
    jiff::Timestamp::now().as_second()
}
