//! Callback queue and counter benchmark: N agents work the queue over HTTP
//! like browsers without JavaScript ("Volgende oppakken", open the request,
//! record an attempt: reached or not, half and half) while M clerks check in,
//! call, start and finish today's visits and register walk-ins
//! (`bench/clerks.rs`), for a number of seconds against running servers on
//! one database; then the database is checked for what two agents holding
//! one request would leave behind, for overbooked times and for a called
//! number given twice. Prints figures and asserts nothing about time. Run
//! through `bash .ci/bench-queue`.
//!
//! Usage: queue_bench <base urls, comma-separated> <database url> <seconds> <agents> <requests> <clerks>
//! With several base URLs (servers on one database) agent i and clerk i use URL i mod n.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use app::staff::roles::Role;
use reqwest::redirect::Policy;

#[path = "bench/shared.rs"]
mod shared;
use shared::{arg, percentile};
#[path = "bench/timed.rs"]
mod timed;
use timed::timed;
#[path = "bench/clerks.rs"]
mod clerks;

/// Visits booked for today for the clerks: more than 4 clerks help in 30 s.
const VISITS: u64 = 3000;

const PASSWORD: &str = "paars-tafel-regen-42";

#[derive(Default)]
struct Tally {
    actions: AtomicU64,
    taken: AtomicU64,
    recorded: AtomicU64,
    empty: AtomicU64,
    errors: AtomicU64,
}

/// The database as residents left it: `requests` open callback requests.
async fn seed(store: &server::store::Store, requests: u64, agents: u64) -> Result<(), String> {
    let pool = store.pool_for_tests();
    let today = jiff::Zoned::now().date();
    for i in 0..requests {
        let due = today
            .checked_add(jiff::Span::new().days((i % 3) as i64))
            .map_err(|e| e.to_string())?;
        sqlx::query(
            "INSERT INTO callback_requests (reference, token, nonce, name, phone, topic, preferred_day, day_part, \
             created_at, created_day, due_by, state) VALUES ($1, $2, $3, 'Bench', '+31612345678', 'Vraag', $4, $5, $6, $4, $7, 'open')",
        )
        .bind(format!("TB-BENCH-{i:06}"))
        .bind(format!("token-{i}"))
        .bind(format!("nonce-{i}"))
        .bind(today.to_string())
        .bind(if i.is_multiple_of(2) { "ochtend" } else { "middag" })
        .bind(jiff::Zoned::now().to_string())
        .bind(due.to_string())
        .execute(pool)
        .await
        .map_err(|e| e.to_string())?;
    }
    for a in 0..agents {
        let email = format!("agent{a}@voorbeeld.nl");
        let account = server::staff::cli::NewAccount {
            email: &email,
            name: "Agent Bench",
            role: Role::Kcc,
            team: "KCC",
            products: &[],
        };
        server::staff::cli::create(store, &account, PASSWORD).await?;
    }
    Ok(())
}

async fn agent(
    base: String,
    n: u64,
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
    let email = format!("agent{n}@voorbeeld.nl");
    let signed_in = client
        .post(format!("{base}/medewerker/inloggen"))
        .form(&[("email", email.as_str()), ("wachtwoord", PASSWORD)])
        .send()
        .await;
    if signed_in.is_err() {
        tally.errors.fetch_add(1, Ordering::Relaxed);
        return;
    }
    let mut seed = n + 1;
    while !stop.load(Ordering::Relaxed) {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let step = async {
            let next = client
                .post(format!("{base}/medewerker/terugbellen/volgende"))
                .form(&[("dagdeel", "")]);
            let to = timed(&latencies, next).await?.unwrap_or_default();
            tally.actions.fetch_add(1, Ordering::Relaxed);
            if to.contains("melding=leeg") {
                tally.empty.fetch_add(1, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(50)).await;
                return Ok::<(), reqwest::Error>(());
            }
            if !to.starts_with("/medewerker/terugbellen/TB-") {
                tally.errors.fetch_add(1, Ordering::Relaxed);
                return Ok(());
            }
            tally.taken.fetch_add(1, Ordering::Relaxed);
            timed(&latencies, client.get(format!("{base}{to}"))).await?;
            tally.actions.fetch_add(1, Ordering::Relaxed);
            let outcome = if (seed >> 33).is_multiple_of(2) {
                "beantwoord"
            } else {
                "niet-bereikt"
            };
            let recorded = timed(
                &latencies,
                client
                    .post(format!("{base}{to}/poging"))
                    .form(&[("uitkomst", outcome), ("notitie", "")]),
            )
            .await?
            .unwrap_or_default();
            tally.actions.fetch_add(1, Ordering::Relaxed);
            if recorded.starts_with("/medewerker/terugbellen?melding=") {
                tally.recorded.fetch_add(1, Ordering::Relaxed);
            } else {
                tally.errors.fetch_add(1, Ordering::Relaxed);
            }
            Ok(())
        };
        if step.await.is_err() {
            tally.errors.fetch_add(1, Ordering::Relaxed);
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
    let agents: u64 = arg(4, "20").parse()?;
    let requests: u64 = arg(5, "20000").parse()?;
    let clerk_count: u64 = arg(6, "4").parse()?;
    let store = server::store::Store::connect(&database).await?;
    seed(&store, requests, agents).await?;
    let visits = clerks::seed(&store, VISITS, clerk_count, PASSWORD).await?;
    let visits = Arc::new(std::sync::Mutex::new(visits));
    let clerk_tally = Arc::new(clerks::ClerkTally::default());
    let clerk_latencies = Arc::new(std::sync::Mutex::new(Vec::new()));

    let stop = Arc::new(AtomicBool::new(false));
    let tally = Arc::new(Tally::default());
    let latencies = Arc::new(std::sync::Mutex::new(Vec::new()));
    let started = Instant::now();
    let mut tasks: Vec<_> = (0..agents)
        .map(|n| {
            tokio::spawn(agent(
                bases[(n as usize) % bases.len()].clone(),
                n,
                stop.clone(),
                tally.clone(),
                latencies.clone(),
            ))
        })
        .collect();
    for n in 0..clerk_count {
        let clerk = clerks::Clerk {
            base: bases[(n as usize) % bases.len()].clone(),
            n,
            password: PASSWORD.to_string(),
            visits: visits.clone(),
            stop: stop.clone(),
            tally: clerk_tally.clone(),
            latencies: clerk_latencies.clone(),
        };
        tasks.push(tokio::spawn(clerk.run()));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mut sorted = latencies.lock().map(|l| l.clone()).unwrap_or_default();
    sorted.sort();
    let actions = tally.actions.load(Ordering::Relaxed);
    let count = |c: &AtomicU64| c.load(Ordering::Relaxed);
    println!("servers                {}", bases.len());
    println!("agents                 {agents}");
    println!("seconds                {elapsed:.1}");
    println!("actions                {actions}");
    println!("actions per second     {:.1}", actions as f64 / elapsed);
    println!("requests taken         {}", count(&tally.taken));
    println!("attempts recorded      {}", count(&tally.recorded));
    println!("queue empty (told)     {}", count(&tally.empty));
    println!("errors                 {}", count(&tally.errors));
    println!(
        "action p50             {:.1} ms",
        percentile(&sorted, 0.50).as_secs_f64() * 1000.0
    );
    println!(
        "action p99             {:.1} ms",
        percentile(&sorted, 0.99).as_secs_f64() * 1000.0
    );

    // Two agents holding one request would each record on it: more than one
    // "bereikt", more than two "niet bereikt", or an attempt after it closed.
    let pool = store.pool_for_tests();
    let (double,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM (SELECT callback_id FROM callback_attempts GROUP BY callback_id \
         HAVING SUM(CASE WHEN outcome = 'bereikt' THEN 1 ELSE 0 END) > 1 \
         OR SUM(CASE WHEN outcome = 'niet bereikt' THEN 1 ELSE 0 END) > 2 \
         OR (SUM(CASE WHEN outcome = 'bereikt' THEN 1 ELSE 0 END) = 1 \
             AND MAX(CASE WHEN outcome = 'bereikt' THEN id ELSE 0 END) < MAX(id))) AS twice",
    )
    .fetch_one(pool)
    .await?;
    let (attempts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM callback_attempts")
        .fetch_one(pool)
        .await?;
    println!("attempts stored        {attempts}");
    println!("held by two agents     {double}");

    let mut sorted = clerk_latencies
        .lock()
        .map(|l| l.clone())
        .unwrap_or_default();
    sorted.sort();
    let clerk_actions = clerk_tally.actions.load(Ordering::Relaxed);
    println!("clerks                 {clerk_count}");
    println!("clerk actions          {clerk_actions}");
    println!(
        "clerk actions/second   {:.1}",
        clerk_actions as f64 / elapsed
    );
    println!("visits helped          {}", count(&clerk_tally.helped));
    println!(
        "told 'al gedaan'       {}",
        count(&clerk_tally.already_done)
    );
    println!("walk-ins booked        {}", count(&clerk_tally.walk_ins));
    println!(
        "walk-ins told full     {}",
        count(&clerk_tally.walk_ins_full)
    );
    println!("clerk errors           {}", count(&clerk_tally.errors));
    println!(
        "clerk action p50       {:.1} ms",
        percentile(&sorted, 0.50).as_secs_f64() * 1000.0
    );
    println!(
        "clerk action p99       {:.1} ms",
        percentile(&sorted, 0.99).as_secs_f64() * 1000.0
    );
    let (overbooked, twice) = clerks::check(&store).await?;
    println!("overbooked times       {overbooked}");
    println!("numbers given twice    {twice}");
    if double > 0 || attempts != count(&tally.recorded) as i64 || overbooked > 0 || twice > 0 {
        std::process::exit(1);
    }
    Ok(())
}
