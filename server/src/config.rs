//! Configuration in layers: defaults, then the cargo-leptos and sqlx
//! conventions (`LEPTOS_*`, `DATABASE_URL`), then `LOKET_*` variables.

use std::net::SocketAddr;

use leptos::config::LeptosOptions;

#[derive(Clone, Debug)]
pub struct Config {
    pub leptos: LeptosOptions,
    pub database_url: String,
    /// Mark the draft cookie `Secure`; on for any deployment behind HTTPS.
    pub secure_cookies: bool,
    /// Good Friday and Liberation Day are days off in some municipalities only.
    pub holidays: app::domain::working_days::HolidayRules,
}

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
        Ok(Self {
            leptos: leptos_options(&site_root, addr),
            database_url,
            secure_cookies,
            holidays,
        })
    }
}
