//! Opening the SQLite database (file created and migrated on start).
//!
//! Every commit is durable before it returns (`synchronous = FULL`, in WAL mode
//! an fsync of the log per commit): a resident who sees a confirmation page keeps
//! it across a power cut, not only across a crash of the process. With `NORMAL`
//! the last commits could be lost when the machine loses power.
//! `LOKET_SQLITE_SYNCHRONOUS=normal` exists only to measure that difference
//! (`.ci/bench-visits`); never set it in a deployment.

use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

/// The durability of commits: `FULL` unless measured otherwise on purpose.
fn synchronous() -> SqliteSynchronous {
    match std::env::var("LOKET_SQLITE_SYNCHRONOUS").as_deref() {
        Ok("normal") => SqliteSynchronous::Normal,
        _ => SqliteSynchronous::Full,
    }
}

pub async fn connect(url: &str) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(synchronous())
        .busy_timeout(Duration::from_secs(10))
        .foreign_keys(true);
    if let Some(dir) = options
        .get_filename()
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(sqlx::Error::Io)?;
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    crate::secret_key::backfill(&pool).await?;
    Ok(pool)
}
