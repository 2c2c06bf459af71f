//! Configuration in layers: defaults, then the cargo-leptos and sqlx
//! conventions (`LEPTOS_*`, `DATABASE_URL`), then `LOKET_*` variables.

use std::net::SocketAddr;

use leptos::config::LeptosOptions;
use secrecy::SecretString;

/// `Debug` shows what is configured, never a secret: the database and SMTP URLs
/// (which may hold a password) print as `[REDACTED]`.
#[derive(Clone, Debug)]
pub struct Config {
    pub leptos: LeptosOptions,
    pub database_url: SecretString,
    /// Mark the draft cookie `Secure`; on for any deployment behind HTTPS.
    pub secure_cookies: bool,
    /// Callback requests a day per phone number (`LOKET_CALLBACKS_PER_DAY`, default 3).
    pub callbacks_per_day: i64,
    /// Callback requests a day per network address
    /// (`LOKET_CALLBACKS_PER_ADDRESS`, default 30; not counted in the assisted mode).
    pub callbacks_per_address: i64,
    /// Helped at the library: idle seconds before a visit is wiped
    /// (`LOKET_ASSISTED_IDLE_SECONDS`, default 600; the browser tests shorten it).
    pub assisted_idle_seconds: i64,
    /// Good Friday and Liberation Day are days off in some municipalities only.
    pub holidays: app::domain::working_days::HolidayRules,
    /// The address residents use, for links in messages (`LOKET_PUBLIC_URL`).
    pub public_url: String,
    /// `LOKET_SMTP_URL` (`smtp://host:port`); without it messages are files in `outbox_dir`.
    pub smtp_url: Option<SecretString>,
    /// `LOKET_OUTBOX_DIR`, default `data/outbox`.
    pub outbox_dir: std::path::PathBuf,
    /// `LOKET_MAIL_FROM`, default `Gemeente Voorbeeld <noreply@voorbeeld.nl>`.
    pub mail_from: String,
    /// Seconds between outbox runs (`LOKET_OUTBOX_SECONDS`, default 5).
    pub outbox_every: std::time::Duration,
    /// How long a worker holds a message it sends (`LOKET_OUTBOX_LEASE_SECONDS`, 300).
    pub outbox_lease: jiff::SignedDuration,
    /// How long a connection may wait before sending a complete request head,
    /// also between requests (`LOKET_IDLE_SECONDS`, default 10).
    pub idle: std::time::Duration,
    /// How long personal data is kept per kind (`LOKET_KEEP_*_DAYS`).
    pub retention: app::retention::Retention,
    /// Staff single sign-on: `LOKET_STAFF_OIDC_ISSUER`, `..._CLIENT_ID`,
    /// `..._CLIENT_SECRET` (all three, or none), `..._ROLE_CLAIM` (default `roles`).
    pub staff_oidc: Option<(String, String, SecretString, String)>,
}

pub const DEFAULT_MAIL_FROM: &str = "Gemeente Voorbeeld <noreply@voorbeeld.nl>";

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/loket.db";
pub const DEFAULT_ADDR: &str = "127.0.0.1:3000";
/// The name cargo-leptos gives the CSS, JS and WASM files (`[[workspace.metadata.leptos]] name`).
pub const OUTPUT_NAME: &str = "loket";

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Leptos options from the variables cargo-leptos sets, with our defaults.
pub fn leptos_options(site_root: &str, addr: SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(OUTPUT_NAME)
        .site_root(site_root)
        .site_pkg_dir(var("LEPTOS_SITE_PKG_DIR").unwrap_or_else(|| "pkg".into()))
        .site_addr(addr)
        .build()
}

impl Config {
    pub fn from_env() -> Result<Self, String> {
        let addr_text = var("LOKET_ADDR")
            .or_else(|| var("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|| DEFAULT_ADDR.into());
        let addr = addr_text
            .parse::<SocketAddr>()
            .map_err(|e| format!("address {addr_text:?}: {e}"))?;
        let site_root = var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into());
        let database_url = var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into());
        let secure_cookies = matches!(var("LOKET_SECURE_COOKIES").as_deref(), Some("1" | "true"));
        let flag = |name: &str| matches!(var(name).as_deref(), Some("1" | "true"));
        let holidays = app::domain::working_days::HolidayRules {
            good_friday: flag("LOKET_GOEDE_VRIJDAG"),
            liberation_day: flag("LOKET_BEVRIJDINGSDAG"),
        };
        let outbox_seconds =
            match var("LOKET_OUTBOX_SECONDS") {
                Some(v) => v.parse::<u64>().ok().filter(|s| *s > 0).ok_or_else(|| {
                    format!("LOKET_OUTBOX_SECONDS {v:?}: a whole number of seconds")
                })?,
                None => 5,
            };
        let outbox_lease = match var("LOKET_OUTBOX_LEASE_SECONDS") {
            Some(v) => v
                .parse::<i64>()
                .ok()
                .filter(|s| *s > 0)
                .map(jiff::SignedDuration::from_secs)
                .ok_or_else(|| {
                    format!("LOKET_OUTBOX_LEASE_SECONDS {v:?}: a whole number of seconds")
                })?,
            None => crate::outbox::LEASE,
        };
        let idle = match var("LOKET_IDLE_SECONDS") {
            Some(v) => v
                .parse::<u64>()
                .ok()
                .filter(|s| *s > 0)
                .map(std::time::Duration::from_secs)
                .ok_or_else(|| format!("LOKET_IDLE_SECONDS {v:?}: a whole number of seconds"))?,
            None => crate::http::listen::DEFAULT_IDLE,
        };
        let defaults = app::retention::Retention::default();
        let days = |name: &str, default: u32| match var(name) {
            Some(v) => v
                .parse::<u32>()
                .ok()
                .filter(|d| *d > 0)
                .ok_or_else(|| format!("{name} {v:?}: a whole number of days")),
            None => Ok(default),
        };
        let retention = app::retention::Retention {
            outbox_days: days("LOKET_KEEP_OUTBOX_DAYS", defaults.outbox_days)?,
            callback_days: days("LOKET_KEEP_CALLBACKS_DAYS", defaults.callback_days)?,
            visit_days: days("LOKET_KEEP_VISITS_DAYS", defaults.visit_days)?,
            handled_days: days("LOKET_KEEP_HANDLED_DAYS", defaults.handled_days)?,
        };
        let callbacks_per_day =
            match var("LOKET_CALLBACKS_PER_DAY") {
                Some(v) => v.parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    format!("LOKET_CALLBACKS_PER_DAY {v:?}: a whole number above 0")
                })?,
                None => app::callback::DAILY_LIMIT,
            };
        let callbacks_per_address = match var("LOKET_CALLBACKS_PER_ADDRESS") {
            Some(v) => v.parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                format!("LOKET_CALLBACKS_PER_ADDRESS {v:?}: a whole number above 0")
            })?,
            None => app::callback::DAILY_LIMIT_PER_ADDRESS,
        };
        let assisted_idle_seconds = match var("LOKET_ASSISTED_IDLE_SECONDS") {
            Some(v) => v.parse::<i64>().ok().filter(|n| *n >= 10).ok_or_else(|| {
                format!("LOKET_ASSISTED_IDLE_SECONDS {v:?}: a whole number of at least 10")
            })?,
            None => app::assisted::IDLE_MINUTES * 60,
        };
        Ok(Self {
            callbacks_per_day,
            callbacks_per_address,
            assisted_idle_seconds,
            retention,
            idle,
            leptos: leptos_options(&site_root, addr),
            database_url: database_url.into(),
            secure_cookies,
            holidays,
            public_url: var("LOKET_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}")),
            smtp_url: var("LOKET_SMTP_URL").map(SecretString::from),
            staff_oidc: match (
                var("LOKET_STAFF_OIDC_ISSUER"),
                var("LOKET_STAFF_OIDC_CLIENT_ID"),
                var("LOKET_STAFF_OIDC_CLIENT_SECRET"),
            ) {
                (Some(issuer), Some(id), Some(secret)) => Some((
                    issuer,
                    id,
                    SecretString::from(secret),
                    var("LOKET_STAFF_OIDC_ROLE_CLAIM").unwrap_or_else(|| "roles".into()),
                )),
                (None, None, None) => None,
                _ => {
                    return Err(
                        "LOKET_STAFF_OIDC_ISSUER, _CLIENT_ID and _CLIENT_SECRET go together".into(),
                    );
                }
            },
            outbox_dir: var("LOKET_OUTBOX_DIR")
                .unwrap_or_else(|| "data/outbox".into())
                .into(),
            mail_from: var("LOKET_MAIL_FROM").unwrap_or_else(|| DEFAULT_MAIL_FROM.into()),
            outbox_every: std::time::Duration::from_secs(outbox_seconds),
            outbox_lease,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_the_configuration_never_print() {
        let mut config = Config::from_env().expect("defaults");
        config.smtp_url = Some("smtps://loket:geheim-wachtwoord@mail.example".into());
        config.database_url = "postgres://loket:ander-geheim@db/loket".into();
        let printed = format!("{config:?}");
        assert!(!printed.contains("geheim"), "{printed}");
        assert!(printed.contains("REDACTED"), "{printed}");
    }
}
