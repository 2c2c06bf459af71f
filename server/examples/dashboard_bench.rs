//! Dashboard benchmark: fills an empty database with a year of demo data at
//! the scale of a municipality (`server::demo_data`, default 100,000
//! residents: some 400,000 contacts and 60,000 requests), computes the
//! weekly figures as the hourly refresh does (timed), signs in as a team
//! leader over HTTP and times the measuring pages (the KPI page of this
//! week and of a busy past week, computed from records; the trend page from
//! the kept weekly figures; the CSV) against the start page of the same run
//! as the baseline. Prints figures; asserts nothing about time. Run through
//! `bash .ci/bench-dashboard [--postgres]`.
//!
//! Usage: dashboard_bench <base url> <database url> <residents> <rounds>

use std::time::{Duration, Instant};

use app::domain::working_days::HolidayRules;

#[path = "bench/pages.rs"]
mod pages;

fn arg(n: usize, default: &str) -> String {
    std::env::args()
        .nth(n)
        .unwrap_or_else(|| default.to_string())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = arg(1, "http://127.0.0.1:3963");
    let url = arg(2, "sqlite://data/bench.db");
    let residents: u32 = arg(3, "100000").parse()?;
    let rounds: usize = arg(4, "20").parse()?;
    let today = jiff::Zoned::now().in_tz("Europe/Amsterdam")?.date();
    let store = server::Store::connect(&url).await?;
    let started = Instant::now();
    let options = server::demo_data::Options {
        weeks: 52,
        residents,
        seed: 1,
        calls_file: None,
    };
    let f = server::demo_data::fill(&store, HolidayRules::default(), today, &options).await?;
    println!(
        "demo data               {} contacts, {} requests, {} calls, {} visits, {} callbacks in {:.1} s",
        f.contacts,
        f.requests,
        f.calls,
        f.visits,
        f.callbacks,
        started.elapsed().as_secs_f64()
    );
    server::staff::cli::create(
        &store,
        &server::staff::cli::NewAccount {
            email: "bench@voorbeeld.nl",
            name: "Bench Teamleider",
            role: app::staff::roles::Role::Teamleider,
            team: "KCC",
            products: &[],
        },
        "paars-tafel-regen-42",
    )
    .await?;
    // What autovacuum gives a PostgreSQL database soon after a bulk load.
    if url.starts_with("postgres") {
        sqlx::query("VACUUM ANALYZE")
            .execute(store.pool_for_tests())
            .await?;
    }
    let refreshed = Instant::now();
    server::kpi_trends::refresh(&store, HolidayRules::default(), today).await?;
    println!(
        "hourly refresh          26 weeks computed and kept in {:.0} ms",
        ms(refreshed.elapsed())
    );
    store.close().await;

    let client = pages::sign_in(&base, "bench@voorbeeld.nl", "paars-tafel-regen-42").await?;
    let busy = today
        .checked_sub(jiff::Span::new().days(7 * 30))?
        .to_string();
    let pages = [
        ("start page (baseline)", "/medewerker/start".to_string(), ""),
        (
            "KPIs, this week",
            "/medewerker/kengetallen".to_string(),
            "Kengetallen",
        ),
        (
            "KPIs, a past week",
            format!("/medewerker/kengetallen?week={busy}"),
            "Kengetallen",
        ),
        (
            "trends, 26 weeks",
            "/medewerker/kengetallen/verloop".to_string(),
            "nulmeting",
        ),
        (
            "trends as CSV",
            "/medewerker/kengetallen/verloop.csv".to_string(),
            "staff-kpi-phone-p50",
        ),
    ];
    pages::time(&client, &base, &pages, rounds).await?;
    Ok(())
}
