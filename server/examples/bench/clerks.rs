//! The counter side of the queue benchmark: clerks (role `balie`) check in,
//! call, start and finish the visits booked for today at the Stadhuis, and
//! every tenth turn register a walk-in, over HTTP like browsers without
//! JavaScript. Now and then a clerk presses "Aangekomen" again on a visit
//! already checked in (as a colleague at the next desk would): the server
//! must answer "al gedaan" and change nothing. Afterwards the database is
//! checked for overbooked times and for a called number given twice.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use app::staff::roles::Role;
use reqwest::redirect::Policy;

use super::timed::timed;

pub const LOCATION: &str = "stadhuis";

#[derive(Default)]
pub struct ClerkTally {
    pub actions: AtomicU64,
    pub helped: AtomicU64,
    pub already_done: AtomicU64,
    pub walk_ins: AtomicU64,
    pub walk_ins_full: AtomicU64,
    pub errors: AtomicU64,
}

/// `visits` booked for today at the Stadhuis, never more at one minute than
/// it has counters (1 minute each, `counters` per minute), and the clerks'
/// accounts. The references, for the clerks to share out.
pub async fn seed(
    store: &server::store::Store,
    visits: u64,
    clerks: u64,
    password: &str,
) -> Result<Vec<String>, String> {
    let pool = store.pool_for_tests();
    let counters = app::visit::location(LOCATION)
        .map(|l| u64::from(l.counters))
        .ok_or("no Stadhuis")?;
    let today = jiff::Zoned::now().date().to_string();
    let mut references = Vec::new();
    for i in 0..visits {
        let reference = format!("BA-BENCH-{i:06}");
        let start = (i / counters) as i64 % 1439;
        sqlx::query(
            "INSERT INTO visits (reference, token, token_key, location, day, start_minute, end_minute, products, name, \
             created_at, state) VALUES ($1, $2, $3, $4, $5, $6, $7, 'rijbewijs', 'Bench', $8, 'geboekt')",
        )
        .bind(&reference)
        .bind(format!("visit-token-{i}"))
        .bind(format!("visit-key-{i}"))
        .bind(LOCATION)
        .bind(&today)
        .bind(start)
        .bind(start + 1)
        .bind(jiff::Zoned::now().to_string())
        .execute(pool)
        .await
        .map_err(|e| e.to_string())?;
        references.push(reference);
    }
    for c in 0..clerks {
        let email = format!("clerk{c}@voorbeeld.nl");
        let account = server::staff::cli::NewAccount {
            email: &email,
            name: "Clerk Bench",
            role: Role::Balie,
            team: "Balie",
            products: &[],
        };
        server::staff::cli::create(store, &account, password).await?;
    }
    Ok(references)
}

/// A step of a visit: its address word, the form posted, the word said after it.
type Step<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);

/// What the counter page said after a step (`melding=` of its address).
fn told(location: &str) -> &str {
    location
        .split(['?', '&'])
        .find_map(|pair| pair.strip_prefix("melding="))
        .unwrap_or("error")
}

pub struct Clerk {
    pub base: String,
    pub n: u64,
    pub password: String,
    pub visits: Arc<std::sync::Mutex<Vec<String>>>,
    pub stop: Arc<AtomicBool>,
    pub tally: Arc<ClerkTally>,
    pub latencies: Arc<std::sync::Mutex<Vec<Duration>>>,
}

impl Clerk {
    pub async fn run(self) {
        let Ok(client) = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .build()
        else {
            return;
        };
        let email = format!("clerk{}@voorbeeld.nl", self.n);
        let signed_in = client
            .post(format!("{}/medewerker/inloggen", self.base))
            .form(&[
                ("email", email.as_str()),
                ("wachtwoord", self.password.as_str()),
            ])
            .send()
            .await;
        if signed_in.is_err() {
            self.tally.errors.fetch_add(1, Ordering::Relaxed);
            return;
        }
        let counter = (self.n % 3 + 1).to_string();
        let mut turn = 0u64;
        let mut previous: Option<String> = None;
        while !self.stop.load(Ordering::Relaxed) {
            turn += 1;
            let step = async {
                if turn.is_multiple_of(10) {
                    let form = [("locatie", LOCATION), ("product", "rijbewijs")];
                    let to = self
                        .post(&client, "/medewerker/balie/inloop", &form)
                        .await?;
                    match told(&to) {
                        "inloop" => self.tally.walk_ins.fetch_add(1, Ordering::Relaxed),
                        "vol" => self.tally.walk_ins_full.fetch_add(1, Ordering::Relaxed),
                        _ => self.tally.errors.fetch_add(1, Ordering::Relaxed),
                    };
                    return Ok::<(), reqwest::Error>(());
                }
                if turn.is_multiple_of(7)
                    && let Some(reference) = &previous
                {
                    // The desk beside presses "Aangekomen" on a visit already in.
                    let path = format!("/medewerker/balie/{reference}/aankomst");
                    let to = self.post(&client, &path, &[]).await?;
                    let counter = match told(&to) {
                        "al-gedaan" => &self.tally.already_done,
                        _ => &self.tally.errors,
                    };
                    counter.fetch_add(1, Ordering::Relaxed);
                    return Ok(());
                }
                let Some(reference) = self.visits.lock().ok().and_then(|mut v| v.pop()) else {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    return Ok(());
                };
                let steps: [Step; 4] = [
                    ("aankomst", &[], "aangekomen"),
                    ("oproepen", &[("balie", counter.as_str())], "opgeroepen"),
                    ("start", &[], "gestart"),
                    ("klaar", &[], "klaar"),
                ];
                for (step, form, expected) in steps {
                    let path = format!("/medewerker/balie/{reference}/{step}");
                    let to = self.post(&client, &path, form).await?;
                    if told(&to) != expected {
                        self.tally.errors.fetch_add(1, Ordering::Relaxed);
                        return Ok(());
                    }
                }
                self.tally.helped.fetch_add(1, Ordering::Relaxed);
                previous = Some(reference);
                Ok(())
            };
            if step.await.is_err() {
                self.tally.errors.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    async fn post(
        &self,
        client: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Result<String> {
        let request = client.post(format!("{}{path}", self.base)).form(form);
        let to = timed(&self.latencies, request).await?.unwrap_or_default();
        self.tally.actions.fetch_add(1, Ordering::Relaxed);
        Ok(to)
    }
}

/// Minutes of today at the Stadhuis where more visits overlap than it has
/// counters, and called numbers given to two visits.
pub async fn check(store: &server::store::Store) -> Result<(i64, i64), sqlx::Error> {
    let pool = store.pool_for_tests();
    let counters = app::visit::location(LOCATION).map_or(0, |l| i64::from(l.counters));
    let today = jiff::Zoned::now().date().to_string();
    let (overbooked,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM visits v WHERE v.location = $1 AND v.day = $2 AND v.state = 'geboekt' \
         AND (SELECT COUNT(*) FROM visits w WHERE w.location = v.location AND w.day = v.day \
              AND w.state = 'geboekt' AND w.start_minute <= v.start_minute AND w.end_minute > v.start_minute) > $3",
    )
    .bind(LOCATION)
    .bind(&today)
    .bind(counters)
    .fetch_one(pool)
    .await?;
    let (twice,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM (SELECT call_number FROM visits WHERE location = $1 AND day = $2 \
         AND call_number IS NOT NULL GROUP BY call_number HAVING COUNT(*) > 1) AS numbers",
    )
    .bind(LOCATION)
    .bind(&today)
    .fetch_one(pool)
    .await?;
    Ok((overbooked, twice))
}
