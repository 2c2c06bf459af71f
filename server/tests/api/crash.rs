//! Survives a crash: two server processes (the real binary) on one database,
//! residents sending forms, booking visits and asking callbacks through both,
//! and one server killed with SIGKILL in the middle and started again. A
//! resident whose server vanished sends the same form again to the other one
//! (same cookies, same one-time value), as a browser's retry would. Afterwards:
//! every request that got its confirmation is stored exactly once, nothing is
//! stored without one, and every message reached the SMTP server, each once,
//! except at most the one the killed server had on the wire (sent again with
//! the same Message-ID, see the assertion).
//! Runs on SQLite (two processes on one file) and on PostgreSQL.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use reqwest::Client;
use tokio::sync::Mutex;

use crate::common::{TestApp, database_url, first_slot, nonce, sha256_hex};
use crate::outbox::{Killed, smtp_sink};
use crate::visit_flow::values;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts the server binary on `port`; waits until it answers.
async fn start(port: u16, database: &str, site: &Path, smtp: u16) -> Killed {
    let child = Killed(
        Command::new(env!("CARGO_BIN_EXE_server"))
            .env("LOKET_ADDR", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", database)
            .env("LEPTOS_SITE_ROOT", site)
            .env("LOKET_SMTP_URL", format!("smtp://127.0.0.1:{smtp}"))
            .env("LOKET_OUTBOX_SECONDS", "1")
            .env("LOKET_OUTBOX_LEASE_SECONDS", "2")
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server binary"),
    );
    let probe = TestApp::browser();
    for _ in 0..200 {
        if probe
            .get(format!("http://127.0.0.1:{port}/"))
            .send()
            .await
            .is_ok()
        {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server on {port} did not start");
}

/// A resident's browser with two servers to reach: the preferred one first,
/// the other when a request fails (the server is gone), the same request again.
struct Resident {
    client: Client,
    servers: [String; 2],
    prefer: usize,
}

impl Resident {
    async fn get(&mut self, path: &str) -> String {
        loop {
            let url = format!("{}{path}", self.servers[self.prefer]);
            match self.client.get(url).send().await {
                Ok(r) => match r.text().await {
                    Ok(body) => return body,
                    Err(_) => self.prefer = 1 - self.prefer,
                },
                Err(_) => self.prefer = 1 - self.prefer,
            }
        }
    }

    /// Posts until a server answers; the `Location` it answered with.
    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> String {
        loop {
            let url = format!("{}{path}", self.servers[self.prefer]);
            match self.client.post(url).form(fields).send().await {
                Ok(r) if r.status().is_redirection() => {
                    return r
                        .headers()
                        .get("location")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_string();
                }
                Ok(r) => panic!("POST {path}: {}", r.status()),
                Err(_) => {
                    self.prefer = 1 - self.prefer;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        }
    }
}

/// What residents were told: per kind, the secret tokens of their confirmations.
type Confirmed = Arc<Mutex<HashMap<&'static str, Vec<String>>>>;

async fn callback(r: &mut Resident, n: usize, confirmed: &Confirmed) {
    let form = r.get("/terugbellen").await;
    let phone = format!("06{:08}", 10_000_000 + n);
    let email = format!("bewoner{n}@voorbeeld.nl");
    let to = r
        .post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form)),
                ("naam", "Jan de Vries"),
                ("telefoon", &phone),
                ("email", &email),
                ("onderwerp", "Vraag"),
                ("dagdeel", &first_slot()),
            ],
        )
        .await;
    if let Some(token) = to.strip_prefix("/terugbellen/") {
        confirmed
            .lock()
            .await
            .entry("callback")
            .or_default()
            .push(token.into());
    }
}

async fn visit(r: &mut Resident, n: usize, confirmed: &Confirmed) {
    r.post("/afspraak/product", &[("product", "paspoort-id-kaart")])
        .await;
    r.post("/afspraak/locatie", &[("locatie", "stadhuis")])
        .await;
    // A page that answered without choices (an error while the killed
    // server's lock was still held) books nothing: this resident tries again.
    let days = values(&r.get("/afspraak/dag").await, "dag");
    if days.is_empty() {
        return;
    }
    let day = days[n % days.len()].clone();
    r.post("/afspraak/dag", &[("dag", &day)]).await;
    let times = values(&r.get("/afspraak/tijd").await, "tijd");
    if times.is_empty() {
        return;
    }
    let time = times[n % times.len()].clone();
    r.post("/afspraak/tijd", &[("tijd", &time)]).await;
    let email = format!("bewoner{n}@voorbeeld.nl");
    r.post(
        "/afspraak/gegevens",
        &[("naam", "Sam de Boer"), ("email", &email), ("telefoon", "")],
    )
    .await;
    let check = r.get("/afspraak/controleren").await;
    let Some(nonce) = values(&check, "formulier").into_iter().next() else {
        return;
    };
    let to = r
        .post("/afspraak/controleren", &[("formulier", &nonce)])
        .await;
    if let Some(token) = to.strip_prefix("/afspraak/mijn/") {
        confirmed
            .lock()
            .await
            .entry("visit")
            .or_default()
            .push(token.into());
    }
}

async fn extract(r: &mut Resident, n: usize, confirmed: &Confirmed) {
    let email = format!("bewoner{n}@voorbeeld.nl");
    for (step, fields) in [
        ("soort", vec![("soort", "internationaal")]),
        ("taal", vec![("taal", "duits")]),
        ("doel", vec![("doel", "Voor een baan in Duitsland")]),
        ("ontvangen", vec![("ontvangen", "post")]),
        ("contact", vec![("email", email.as_str()), ("telefoon", "")]),
    ] {
        r.post(&format!("/producten/uittreksel-brp/{step}"), &fields)
            .await;
    }
    let to = r.post("/producten/uittreksel-brp/controleren", &[]).await;
    if to == "/producten/uittreksel-brp/bevestiging" {
        let page = r.get(&to).await;
        let start = page.find("href=\"/aanvraag/").expect("status link") + 16;
        let end = start + page[start..].find('"').expect("end of link");
        confirmed
            .lock()
            .await
            .entry("submission")
            .or_default()
            .push(page[start..end].to_string());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_server_killed_mid_flight_loses_and_doubles_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let database = database_url(dir.path()).await;
    // Migrated once before the servers start, as a deployment does.
    let store = server::Store::connect(&database).await.expect("database");
    let received = dir.path().join("received");
    std::fs::create_dir_all(&received).expect("folder");
    let (sink, smtp) = smtp_sink(&received);
    let _sink = Killed(sink);
    let ports = [free_port(), free_port()];
    let first = start(ports[0], &database, dir.path(), smtp).await;
    let _second = start(ports[1], &database, dir.path(), smtp).await;
    let servers = ports.map(|p| format!("http://127.0.0.1:{p}"));

    let confirmed: Confirmed = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let residents: Vec<_> = (0..8)
        .map(|i| {
            let mut resident = Resident {
                client: TestApp::browser(),
                servers: servers.clone(),
                prefer: i % 2,
            };
            let (confirmed, stop) = (confirmed.clone(), stop.clone());
            tokio::spawn(async move {
                let mut n = i;
                while !stop.load(Ordering::Relaxed) {
                    match n % 3 {
                        0 => callback(&mut resident, n, &confirmed).await,
                        1 => visit(&mut resident, n, &confirmed).await,
                        _ => extract(&mut resident, n, &confirmed).await,
                    }
                    n += 8;
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(3)).await;
    // SIGKILL: no shutdown, open transactions and SMTP sessions cut off.
    drop(first);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let _first_again = start(ports[0], &database, dir.path(), smtp).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    stop.store(true, Ordering::Relaxed);
    for resident in residents {
        resident.await.expect("a resident");
    }

    // Every message due leaves (reminders wait for the day before): what the
    // killed server held goes after its lease.
    let pool = store.pool_for_tests();
    let mut waiting = i64::MAX;
    for _ in 0..300 {
        let now = server::outbox::stamp(jiff::Timestamp::now());
        (waiting,) = sqlx::query_as(
            "SELECT COUNT(*) FROM outbox WHERE (state = 'wachtend' AND send_after <= $1) OR state = 'mislukt'",
        )
        .bind(&now)
        .fetch_one(pool)
        .await
        .expect("outbox");
        if waiting == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let confirmed = confirmed.lock().await;
    let mut report = Vec::new();
    for (kind, table) in [
        ("callback", "callback_requests"),
        ("visit", "visits"),
        ("submission", "submissions"),
    ] {
        let tokens = confirmed.get(kind).cloned().unwrap_or_default();
        let (stored,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(pool)
            .await
            .expect("count");
        for token in &tokens {
            let (n,): (i64,) = sqlx::query_as(&format!(
                "SELECT COUNT(*) FROM {table} WHERE token_key = $1"
            ))
            .bind(sha256_hex(token))
            .fetch_one(pool)
            .await
            .expect("count");
            assert_eq!(n, 1, "a confirmed {kind} is stored exactly once");
        }
        assert!(!tokens.is_empty(), "some {kind} went through");
        assert_eq!(
            stored as usize,
            tokens.len(),
            "no {kind} stored without its confirmation, none twice"
        );
        report.push(format!(
            "{kind}: {} confirmed, {stored} stored",
            tokens.len()
        ));
    }
    let (sent,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE state = 'verzonden'")
        .fetch_one(pool)
        .await
        .expect("sent");
    let mut ids: Vec<String> = std::fs::read_dir(&received)
        .expect("received")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .filter_map(|e| {
            let text = std::fs::read_to_string(e.path()).ok()?;
            text.lines()
                .find(|l| l.to_ascii_lowercase().starts_with("message-id:"))
                .map(|l| l[11..].trim().to_string())
        })
        .collect();
    let delivered = ids.len();
    ids.sort();
    ids.dedup();
    println!(
        "crash test: {}; outbox {sent} sent, {waiting} due and not sent; SMTP received {delivered}, {} distinct",
        report.join("; "),
        ids.len()
    );
    assert_eq!(waiting, 0, "every message due was sent");
    assert_eq!(ids.len() as i64, sent, "every sent message arrived");
    // The one message the killed server may have had on the wire: the SMTP server
    // took it, the kill came before our mark. It goes again with the same
    // Message-ID (mail systems drop such a duplicate); no client can close that
    // window (outbox/mod.rs). The worker sends one message at a time, so one kill
    // can repeat at most one message; anything more is a bug (a lease too short
    // found one: leases ran from the start of a run, not from the send).
    assert!(
        delivered - ids.len() <= 1,
        "at most the message in flight at the kill arrived twice: {delivered} for {} ids",
        ids.len()
    );
}
