//! `server demo-data --weeks N [--residents N] [--calls-file FILE]`: a year
//! (or N weeks) of plausible activity in the database named by
//! `DATABASE_URL`, so a municipality can try the dashboard before it has
//! history. Scaled to a municipality of `residents` (default 100,000: about
//! 400,000 contacts and 60,000 requests a year), with the patterns of a
//! real one: busy Mondays and quiet Fridays, a busy spring (passports before
//! the holidays) and a quiet summer and December, no counter on weekends and
//! public holidays, and one worse period (weeks 8 to 13 ago: longer waits,
//! more missed calls, slower handling) that the deviation rule must catch.
//! Phone records are written in the import's CSV format and read through
//! the import itself. The same seed gives the same data. No real person is
//! in it: names are "Voorbeeld", phone numbers are the invalid 0000000000.

use app::domain::working_days::{HolidayRules, is_working_day, working_days_between};
use app::staff::contact_form::ContactResult;
use jiff::civil::{Date, Weekday};
use jiff::{Span, Zoned};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::store::Store;
use crate::store::demo::{self, Cell};

mod write;
use write::{Rows, write_all};

pub struct Options {
    pub weeks: u32,
    pub residents: u32,
    pub seed: u64,
    /// Where to keep the generated telephony export too.
    pub calls_file: Option<std::path::PathBuf>,
}

#[derive(Debug, Default)]
pub struct Filled {
    pub contacts: usize,
    pub requests: usize,
    pub callbacks: usize,
    pub visits: usize,
    pub calls: usize,
    pub answers: usize,
}

/// The worse period, in whole weeks before this week.
const WORSE: std::ops::RangeInclusive<i64> = 8..=13;

/// Per working day, per 100,000 residents (a year has about 250).
const CONTACTS: f64 = 1600.0;
const REQUESTS: f64 = 240.0;
const CALLBACKS: f64 = 60.0;
const VISITS: f64 = 200.0;
const CALLS: f64 = 1040.0;

fn weekday_factor(day: Date) -> f64 {
    match day.weekday() {
        Weekday::Monday => 1.25,
        Weekday::Tuesday => 1.05,
        Weekday::Wednesday => 1.0,
        Weekday::Thursday => 0.95,
        Weekday::Friday => 0.75,
        _ => 0.0,
    }
}

fn season_factor(day: Date) -> f64 {
    [
        1.0, 0.95, 1.05, 1.15, 1.2, 1.15, 0.85, 0.75, 1.0, 1.0, 1.0, 0.85,
    ][day.month() as usize - 1]
}

/// `minute` minutes after the start of `day` (may run into another day).
fn at(day: Date, minute: i64) -> Option<Zoned> {
    day.to_datetime(jiff::civil::Time::midnight())
        .checked_add(Span::new().minutes(minute))
        .ok()?
        .in_tz(crate::time::ZONE)
        .ok()
}

/// A wait drawn from an exponential distribution with this mean.
fn wait(rng: &mut StdRng, mean: f64) -> i64 {
    (-mean * (1.0 - rng.random::<f64>()).ln()).round() as i64
}

fn pick<'a>(rng: &mut StdRng, choices: &[(&'a str, f64)]) -> &'a str {
    let mut u = rng.random::<f64>() * choices.iter().map(|c| c.1).sum::<f64>();
    for (choice, weight) in choices {
        if u < *weight {
            return choice;
        }
        u -= weight;
    }
    choices[choices.len() - 1].0
}

/// How many on `day`: the base times the day's and season's factors, varied a little.
fn volume(rng: &mut StdRng, base: f64, scale: f64, day: Date) -> usize {
    let expected = base * scale * weekday_factor(day) * season_factor(day);
    (expected * rng.random_range(0.9..1.1)).round() as usize
}

pub(super) fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// Fills the database; refuses when demo data is there already.
pub async fn fill(
    store: &Store,
    rules: HolidayRules,
    today: Date,
    options: &Options,
) -> Result<Filled, Box<dyn std::error::Error>> {
    let now = crate::time::now();
    let Some(staff) = demo::demo_account(store, &now.to_string()).await? else {
        return Err("demo data is there already (account voorbeeld@loket.invalid)".into());
    };
    let mut rng = StdRng::seed_from_u64(options.seed);
    let scale = f64::from(options.residents) / 100_000.0;
    let this_monday = today
        .checked_sub(Span::new().days(i64::from(today.weekday().to_monday_zero_offset())))
        .unwrap_or(today);
    let first = this_monday
        .checked_sub(Span::new().days(7 * i64::from(options.weeks)))
        .unwrap_or(this_monday);
    let products: Vec<(String, i64)> = app::catalogue::all()
        .iter()
        .filter(|p| p.form.is_some())
        .map(|p| (p.slug.clone(), p.service_norm_days.map_or(10, i64::from)))
        .collect();
    let (mut contacts, mut requests, mut events, mut callbacks, mut attempts, mut visits) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    let mut answers = Vec::new();
    // The anonymous funnel: (day, product, page) to forms passed.
    let mut funnel: std::collections::BTreeMap<(String, String, String), i64> = Default::default();
    let mut calls = String::from("call_id,queue,offered_at,answered_at,ended_at,abandoned\n");
    let mut call_count = 0;
    let mut day = first;
    while day < today {
        // Whole weeks before this week: last week is 1.
        let weeks_ago = ((this_monday - day).get_days() as i64 + 6) / 7;
        let worse = WORSE.contains(&weeks_ago);
        let open = is_working_day(day, rules);
        let d = day.to_string();
        if open {
            // Phone calls: waits and missed calls.
            for _ in 0..volume(&mut rng, CALLS, scale, day) {
                let offered = at(day, rng.random_range(8 * 60..17 * 60)).ok_or("time")?;
                let waited = wait(&mut rng, if worse { 70.0 } else { 22.0 });
                let abandoned = rng.random::<f64>() < if worse { 0.12 } else { 0.035 };
                let t = offered.timestamp().as_second();
                let answered = (!abandoned).then(|| t + waited);
                let ended = answered.unwrap_or(t + waited.min(120)) + rng.random_range(60..600);
                let stamp = |s: i64| {
                    jiff::Timestamp::from_second(s)
                        .map(|ts| {
                            ts.to_zoned(offered.time_zone().clone())
                                .strftime("%Y-%m-%dT%H:%M:%S%:z")
                                .to_string()
                        })
                        .unwrap_or_default()
                };
                call_count += 1;
                calls.push_str(&format!(
                    "demo-{}-{call_count},kcc,{},{},{},{}\n",
                    options.seed,
                    stamp(t),
                    answered.map(stamp).unwrap_or_default(),
                    stamp(ended),
                    if abandoned { "ja" } else { "nee" }
                ));
            }
            // Contacts registered by agents and clerks.
            for _ in 0..volume(&mut rng, CONTACTS, scale, day) {
                let channel = pick(
                    &mut rng,
                    &[
                        ("telefoon", 55.0),
                        ("balie", 35.0),
                        ("e-mail", 8.0),
                        ("bibliotheek", 2.0),
                    ],
                );
                let resolved = if worse { 58.0 } else { 72.0 };
                let result = pick(
                    &mut rng,
                    &[
                        (ContactResult::Resolved.as_str(), resolved),
                        ("doorverbonden", 10.0),
                        ("terugbelverzoek", 8.0),
                        ("afspraak gemaakt", 6.0),
                        ("aanvraag gestart", 4.0),
                    ],
                );
                let minute = rng.random_range(8 * 60..17 * 60);
                let score = (rng.random::<f64>() < 0.25).then(|| score(&mut rng, worse));
                contacts.push(vec![
                    text(format!("demo:{}:{}", options.seed, contacts.len())),
                    text(at(day, minute).ok_or("time")?.to_string()),
                    text(&d),
                    text(channel),
                    Cell::NoText,
                    text("Voorbeeld"),
                    text(result),
                    score.map_or(Cell::NoInt, Cell::Int),
                    Cell::Int(staff),
                    text("KCC"),
                ]);
            }
            // Callback requests and their first attempt.
            for _ in 0..volume(&mut rng, CALLBACKS, scale, day) {
                let n = callbacks.len();
                let asked = at(day, rng.random_range(8 * 60..20 * 60)).ok_or("time")?;
                let delay_days = if rng.random::<f64>() < if worse { 0.6 } else { 0.9 } {
                    rng.random_range(0..2)
                } else {
                    rng.random_range(2..5)
                };
                let first_try = asked
                    .date()
                    .checked_add(Span::new().days(delay_days))
                    .unwrap_or(day);
                let reached = rng.random::<f64>() < 0.87;
                let state = if first_try >= today {
                    "open"
                } else if reached {
                    "bereikt"
                } else {
                    "niet bereikt"
                };
                let reference = format!("DEMO-T-{}-{n:06}", options.seed);
                callbacks.push(vec![
                    text(&reference),
                    text(format!("demo-t-{}-{n}", options.seed)),
                    text(format!("demo-t-n-{}-{n}", options.seed)),
                    text("Voorbeeld"),
                    text("0000000000"),
                    text("Voorbeeld"),
                    text(first_try.to_string()),
                    text("ochtend"),
                    text(asked.to_string()),
                    text(&d),
                    text(app::domain::working_days::due_date(day, 2, rules).to_string()),
                    text(state),
                ]);
                if state != "open" {
                    let when = at(first_try, rng.random_range(9 * 60..16 * 60)).ok_or("time")?;
                    attempts.push((
                        reference,
                        when.to_string(),
                        if reached { "bereikt" } else { "niet bereikt" },
                    ));
                }
            }
            // Counter visits, appointments and walk-ins.
            for _ in 0..volume(&mut rng, VISITS, scale, day) {
                let n = visits.len();
                let walk_in = rng.random::<f64>() < 0.25;
                let start = rng.random_range(9 * 60..16 * 60);
                let no_show = !walk_in && rng.random::<f64>() < 0.06;
                let mean = if walk_in { 9.0 } else { 4.0 } * 60.0 * if worse { 1.9 } else { 1.0 };
                visits.push(vec![
                    text(format!("DEMO-B-{}-{n:06}", options.seed)),
                    text(format!("demo-b-{}-{n}", options.seed)),
                    text(pick(
                        &mut rng,
                        &[("stadhuis", 3.0), ("wijkpunt-noord", 1.0)],
                    )),
                    text(&d),
                    Cell::Int(start),
                    Cell::Int(start + 10),
                    text(&products[n % products.len()].0),
                    text("Voorbeeld"),
                    text(at(day, start - 60 * 24).ok_or("time")?.to_string()),
                    text("geboekt"),
                    Cell::Int(i64::from(walk_in)),
                    if no_show {
                        Cell::NoInt
                    } else {
                        Cell::Int(wait(&mut rng, mean))
                    },
                    text(if no_show { "niet gekomen" } else { "geholpen" }),
                ]);
            }
        }
        // Requests: online every day, at the counter and by phone on working days.
        let count = if open {
            volume(&mut rng, REQUESTS, scale, day)
        } else {
            (REQUESTS * 0.3 * scale * season_factor(day) * rng.random_range(0.9..1.1)).round()
                as usize
        };
        for _ in 0..count {
            let n = requests.len();
            let (product, norm) = &products[rng.random_range(0..products.len())];
            let channel = if open {
                pick(
                    &mut rng,
                    &[("online", 80.0), ("balie", 12.0), ("telefoon", 8.0)],
                )
            } else {
                "online"
            };
            let received = at(day, rng.random_range(7 * 60..23 * 60)).ok_or("time")?;
            let reference = format!("DEMO-A-{}-{n:06}", options.seed);
            let taken = (*norm as f64 * rng.random_range(0.3..1.15) + if worse { 4.0 } else { 0.0 })
                .round() as i64;
            let done_day = app::domain::working_days::due_date(day, taken.max(1) as usize, rules);
            let incomplete = rng.random::<f64>() < if worse { 0.22 } else { 0.1 };
            let mut history = vec![("ontvangen", received.clone())];
            if let Some(next) = at(app::domain::working_days::due_date(day, 1, rules), 10 * 60)
                .filter(|t| t.date() < today)
            {
                history.push(("in behandeling", next));
            }
            if incomplete && history.len() == 2 {
                let ask = at(app::domain::working_days::due_date(day, 2, rules), 11 * 60)
                    .ok_or("time")?;
                if ask.date() < today {
                    history.push(("aanvulling nodig", ask));
                }
            }
            let closed = done_day < today && working_days_between(day, done_day, rules) >= 1;
            if closed {
                let end = at(done_day, 14 * 60).ok_or("time")?;
                history.push((
                    if rng.random::<f64>() < 0.04 {
                        "afgewezen"
                    } else {
                        "afgehandeld"
                    },
                    end,
                ));
            }
            let status = history.last().map_or("ontvangen", |h| h.0);
            requests.push(vec![
                text(&reference),
                text(product),
                text(format!("demo-draft-{}-{n}", options.seed)),
                text("{}"),
                text(received.to_string()),
                text(channel),
                text(status),
            ]);
            for (status, when) in history {
                events.push((reference.clone(), status, when.to_string()));
            }
            if channel == "online" {
                // Each form sent passed every page; about one in three
                // started forms stops on the way (more in the worse period).
                let steps = app::catalogue::by_slug(product)
                    .and_then(|p| p.form.as_ref())
                    .map(|f| f.steps.iter().map(|s| s.slug.clone()).collect::<Vec<_>>())
                    .unwrap_or_default();
                let stopped = if rng.random::<f64>() < if worse { 0.7 } else { 0.5 } {
                    Some(rng.random_range(1..=steps.len().max(1)))
                } else {
                    None
                };
                for (i, step) in steps.iter().enumerate() {
                    let mut n = 1;
                    if stopped.is_some_and(|k| i < k) {
                        n += 1;
                    }
                    *funnel
                        .entry((d.clone(), product.clone(), step.clone()))
                        .or_default() += n;
                }
            }
            if channel == "online" && rng.random::<f64>() < 0.12 {
                answers.push(vec![
                    text("online"),
                    text("aanvraag"),
                    text(product),
                    Cell::NoText,
                    Cell::Int(score(&mut rng, worse)),
                    Cell::Int(0),
                    text(received.to_string()),
                    text(&d),
                ]);
            }
        }
        day = day.checked_add(Span::new().days(1))?;
    }
    let filled = write_all(
        store,
        options,
        Rows {
            contacts,
            requests,
            events,
            callbacks,
            attempts,
            visits,
            answers,
            calls,
        },
    )
    .await?;
    let funnel = funnel
        .into_iter()
        .map(|((day, product, step), n)| vec![text(day), text(product), text(step), Cell::Int(n)])
        .collect();
    demo::insert(
        store,
        "form_steps",
        &["day", "product", "step", "passed"],
        funnel,
    )
    .await?;
    // A baseline: the quarter before the 26 weeks the trends show (weeks 39
    // to 27 ago), before the worse period, when there is that much history.
    if options.weeks >= 39 {
        let from = this_monday.checked_sub(Span::new().days(7 * 39))?;
        let to = this_monday.checked_sub(Span::new().days(7 * 27))?;
        let marked = super::kpi_trends::mark_baseline(
            store,
            rules,
            staff,
            "0-meting (voorbeeldgegevens)",
            (&from.to_string(), &to.to_string()),
            today,
        )
        .await?;
        if let Err(problem) = marked {
            return Err(format!("the demo baseline was refused: {problem:?}").into());
        }
    }
    super::kpi_trends::refresh(store, rules, today).await?;
    Ok(filled)
}

/// A satisfaction score: mostly 4 and 5, less so in the worse period.
fn score(rng: &mut StdRng, worse: bool) -> i64 {
    let weights = if worse {
        [8.0, 12.0, 20.0, 35.0, 25.0]
    } else {
        [3.0, 5.0, 12.0, 40.0, 40.0]
    };
    pick(
        rng,
        &[
            ("1", weights[0]),
            ("2", weights[1]),
            ("3", weights[2]),
            ("4", weights[3]),
            ("5", weights[4]),
        ],
    )
    .parse()
    .unwrap_or(4)
}
