//! What differs between the two engines: how a database is opened and
//! migrated, and how a transaction takes the lock that keeps a capacity check
//! true until it commits. Everything else is the same SQL on both.
//!
//! SQLite: every commit is durable before it returns (`synchronous = FULL`, in
//! WAL mode an fsync of the log per commit): a resident who sees a confirmation
//! page keeps it across a power cut, not only across a crash of the process.
//! `LOKET_SQLITE_SYNCHRONOUS=normal` exists only to measure that difference
//! (`.ci/bench-visits`); never set it in a deployment.
//!
//! PostgreSQL: the server's own defaults (`synchronous_commit = on`) give the
//! same promise; the locks are advisory and transaction-scoped, so a crashed
//! server's locks go with its connections.

use std::time::Duration;

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};

use super::{Conn, Tx};

/// Which database the store talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// The engine a `DATABASE_URL` names; `None` for anything else.
    pub fn of_url(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }

    /// What a subselect that picks a row to take from a queue ends with:
    /// PostgreSQL skips rows a concurrent taker holds (so 20 agents pick 20
    /// different requests instead of racing for the first); SQLite has one
    /// writer at a time and needs nothing.
    pub fn skip_locked(self) -> &'static str {
        match self {
            Self::Sqlite => "",
            Self::Postgres => " FOR UPDATE SKIP LOCKED",
        }
    }
}

/// Connections per server: enough for the requests that wait on one lock and
/// those that do not; PostgreSQL's own limit is shared by every server.
const MAX_CONNECTIONS: u32 = 8;

/// What every SQLite connection is set to; the durability read once at start.
fn sqlite_pragmas(foreign_keys: bool) -> String {
    let synchronous = match std::env::var("LOKET_SQLITE_SYNCHRONOUS").as_deref() {
        Ok("normal") => "NORMAL",
        _ => "FULL",
    };
    let foreign_keys = if foreign_keys { "ON" } else { "OFF" };
    format!(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; \
         PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = {foreign_keys};"
    )
}

async fn sqlite_pool(
    options: AnyPoolOptions,
    url: &str,
    foreign_keys: bool,
) -> Result<AnyPool, sqlx::Error> {
    let pragmas: std::sync::Arc<str> = sqlite_pragmas(foreign_keys).into();
    options
        .after_connect(move |conn, _| {
            let pragmas = pragmas.clone();
            Box::pin(async move {
                conn.execute(&*pragmas).await?;
                Ok(())
            })
        })
        .connect(&sqlite_url(url)?)
        .await
}

/// SQLite's migrations run on a connection of their own with foreign keys
/// off, as SQLite's procedure for changing a table asks (a CHECK cannot be
/// altered: the table is rebuilt and renamed, and the tables that refer to
/// it must not follow the rename); each migration is one transaction, and
/// the references are checked before the server's own pool opens.
async fn migrate_sqlite(url: &str) -> Result<(), sqlx::Error> {
    let pool = sqlite_pool(AnyPoolOptions::new().max_connections(1), url, false).await?;
    sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
    let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&pool)
        .await?;
    pool.close().await;
    if let Some((table,)) = broken.first() {
        return Err(sqlx::Error::Configuration(
            format!("after the migrations, {table} refers to rows that are gone").into(),
        ));
    }
    Ok(())
}

/// A SQLite URL that creates the file when it is missing, with its folder made.
fn sqlite_url(url: &str) -> Result<String, sqlx::Error> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:"
        && let Some(dir) = std::path::Path::new(path)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(sqlx::Error::Io)?;
    }
    Ok(if query.contains("mode=") {
        url.to_string()
    } else if query.is_empty() {
        format!("{url}?mode=rwc")
    } else {
        format!("{url}&mode=rwc")
    })
}

/// Opens the pool and runs the engine's migrations.
pub(super) async fn open(url: &str) -> Result<(AnyPool, Engine), sqlx::Error> {
    sqlx::any::install_default_drivers();
    let engine = Engine::of_url(url).ok_or_else(|| {
        sqlx::Error::Configuration("DATABASE_URL: use sqlite://... or postgres://...".into())
    })?;
    let options = AnyPoolOptions::new()
        .max_connections(MAX_CONNECTIONS)
        .acquire_timeout(Duration::from_secs(30));
    let pool = match engine {
        // An in-memory database lives in its one pool: migrated there.
        Engine::Sqlite if url.contains(":memory:") => {
            let pool = sqlite_pool(options, url, true).await?;
            sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
            pool
        }
        Engine::Sqlite => {
            migrate_sqlite(url).await?;
            sqlite_pool(options, url, true).await?
        }
        Engine::Postgres => {
            let pool = options.connect(url).await?;
            // Several servers may start at once: the migrator holds an advisory lock.
            sqlx::migrate!("./migrations/postgres").run(&pool).await?;
            pool
        }
    };
    super::secret_keys::backfill(&pool).await?;
    Ok((pool, engine))
}

/// See [`super::Store::begin_exclusive`].
pub(super) async fn begin_exclusive(
    pool: &AnyPool,
    engine: Engine,
    key: &str,
) -> Result<Tx, sqlx::Error> {
    match engine {
        // IMMEDIATE takes the write lock at the start: a second booking waits
        // (busy_timeout) and then sees the first one, instead of both reading "free".
        Engine::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        Engine::Postgres => {
            let mut tx = pool.begin().await?;
            lock(&mut tx, engine, key).await?;
            Ok(tx)
        }
    }
}

/// See [`super::Store::lock`].
pub(super) async fn lock(conn: &mut Conn, engine: Engine, key: &str) -> Result<(), sqlx::Error> {
    if engine == Engine::Postgres {
        // `::text`: the lock function returns void, which no driver reads.
        sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))::text")
            .bind(key)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
