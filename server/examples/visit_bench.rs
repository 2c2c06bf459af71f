//! Counter visit benchmark: N clients book and cancel over HTTP, like
//! browsers without JavaScript, for a number of seconds against a running
//! server; then the database is checked for overbooking. Prints figures, and
//! asserts nothing about time. Run through `bash .ci/bench-visits`.
//!
//! Usage: visit_bench <base urls, comma-separated> <database url> <seconds> <clients>
//! With several base URLs (servers on one database) client i uses URL i mod n.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::redirect::Policy;

#[path = "bench/shared.rs"]
mod shared;
use shared::{arg, percentile};

#[derive(Default)]
struct Tally {
    booked: AtomicU64,
    taken: AtomicU64,
    cancelled: AtomicU64,
    errors: AtomicU64,
}

/// The values of the inputs named `name` on a page.
fn values(body: &str, name: &str) -> Vec<String> {
    let needle = format!("name=\"{name}\" value=\"");
    body.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &body[i + needle.len()..];
            rest.find('"').map(|end| rest[..end].to_string())
        })
        .collect()
}

async fn post(
    client: &reqwest::Client,
    url: &str,
    fields: &[(&str, &str)],
) -> reqwest::Result<Option<String>> {
    let response = client.post(url).form(fields).send().await?;
    Ok(response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string))
}

/// One resident: choose, book, and cancel half of what was booked.
async fn client(
    base: String,
    seed: u64,
    stop: Arc<AtomicBool>,
    tally: Arc<Tally>,
    latencies: Arc<std::sync::Mutex<Vec<Duration>>>,
) {
    let Ok(client) = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
    else {
        return;
    };
    let mut n = seed;
    while !stop.load(Ordering::Relaxed) {
        n = n
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let run = async {
            post(
                &client,
                &format!("{base}/afspraak/product"),
                &[("product", "rijbewijs")],
            )
            .await?;
            post(
                &client,
                &format!("{base}/afspraak/locatie"),
                &[("locatie", "stadhuis")],
            )
            .await?;
            let days = client
                .get(format!("{base}/afspraak/dag"))
                .send()
                .await?
                .text()
                .await?;
            let days = values(&days, "dag");
            // Most residents want one of the first few days: that is where they compete.
            let Some(day) = days.get((n >> 33) as usize % days.len().clamp(1, 3)) else {
                return Ok::<_, reqwest::Error>(None);
            };
            post(&client, &format!("{base}/afspraak/dag"), &[("dag", day)]).await?;
            let times = client
                .get(format!("{base}/afspraak/tijd"))
                .send()
                .await?
                .text()
                .await?;
            let times = values(&times, "tijd");
            let Some(time) = times.get((n >> 40) as usize % times.len().clamp(1, 4)) else {
                return Ok(None);
            };
            post(&client, &format!("{base}/afspraak/tijd"), &[("tijd", time)]).await?;
            post(
                &client,
                &format!("{base}/afspraak/gegevens"),
                &[("naam", "Bewoner Test"), ("email", "bewoner@voorbeeld.nl")],
            )
            .await?;
            let check = client
                .get(format!("{base}/afspraak/controleren"))
                .send()
                .await?
                .text()
                .await?;
            let nonce = values(&check, "formulier")
                .into_iter()
                .next()
                .unwrap_or_default();
            let started = Instant::now();
            let target = post(
                &client,
                &format!("{base}/afspraak/controleren"),
                &[("formulier", &nonce)],
            )
            .await?;
            Ok(Some((started.elapsed(), target)))
        };
        match run.await {
            Ok(Some((took, Some(target)))) => {
                if let Ok(mut l) = latencies.lock() {
                    l.push(took);
                }
                if target.starts_with("/afspraak/mijn/") {
                    tally.booked.fetch_add(1, Ordering::Relaxed);
                    if (n >> 35) & 1 == 0 {
                        match post(&client, &format!("{base}{target}/annuleren"), &[]).await {
                            Ok(_) => tally.cancelled.fetch_add(1, Ordering::Relaxed),
                            Err(_) => tally.errors.fetch_add(1, Ordering::Relaxed),
                        };
                    }
                } else {
                    tally.taken.fetch_add(1, Ordering::Relaxed);
                }
            }
            Ok(_) => {
                tally.taken.fetch_add(1, Ordering::Relaxed);
            }
            Err(_) => {
                tally.errors.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bases: Vec<String> = arg(1, "http://127.0.0.1:3901")
        .split(',')
        .map(String::from)
        .collect();
    let database = arg(2, "sqlite://data/loket.db");
    let seconds: u64 = arg(3, "30").parse()?;
    let clients: u64 = arg(4, "16").parse()?;
    let stop = Arc::new(AtomicBool::new(false));
    let tally = Arc::new(Tally::default());
    let latencies = Arc::new(std::sync::Mutex::new(Vec::new()));
    let started = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|seed| {
            tokio::spawn(client(
                bases[(seed as usize) % bases.len()].clone(),
                seed + 1,
                stop.clone(),
                tally.clone(),
                latencies.clone(),
            ))
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mut sorted = latencies.lock().map(|l| l.clone()).unwrap_or_default();
    sorted.sort();
    let booked = tally.booked.load(Ordering::Relaxed);
    println!("servers                {}", bases.len());
    println!("clients                {clients}");
    println!("seconds                {elapsed:.1}");
    println!("bookings               {booked}");
    println!("bookings per second    {:.1}", booked as f64 / elapsed);
    println!(
        "time taken (told)      {}",
        tally.taken.load(Ordering::Relaxed)
    );
    println!(
        "cancelled              {}",
        tally.cancelled.load(Ordering::Relaxed)
    );
    println!(
        "errors                 {}",
        tally.errors.load(Ordering::Relaxed)
    );
    println!(
        "booking post p50       {:.1} ms",
        percentile(&sorted, 0.50).as_secs_f64() * 1000.0
    );
    println!(
        "booking post p99       {:.1} ms",
        percentile(&sorted, 0.99).as_secs_f64() * 1000.0
    );

    // Overbooking: at no moment more visits than counters, at any location on any day.
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&database).await?;
    let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT location, day, start_minute, end_minute FROM visits WHERE state = 'geboekt'",
    )
    .fetch_all(&pool)
    .await?;
    let mut overbooked = 0;
    for (location, day, start, _) in &rows {
        let counters = app::visit::location(location).map_or(0, |l| i64::from(l.counters));
        let at_once = rows
            .iter()
            .filter(|(l, d, s, e)| l == location && d == day && *s <= *start && *start < *e)
            .count() as i64;
        if at_once > counters {
            overbooked += 1;
        }
    }
    println!("visits standing        {}", rows.len());
    println!("overbooked moments     {overbooked}");
    if overbooked > 0 {
        std::process::exit(1);
    }
    Ok(())
}
