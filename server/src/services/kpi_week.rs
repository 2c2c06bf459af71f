//! The KPIs of one week (Monday to Sunday), or of any run of days, computed
//! from the period's raw records with the definitions of `app::staff::kpi_views`, each beside its
//! norm from `config/norms.toml`: for the KPI page (the week asked for) and
//! for the weekly figures the trends are drawn from (`kpi_trends`). No
//! personal data is read: only times, states, channels and results.

use app::domain::working_days::{HolidayRules, due_date, working_days_between};
use app::staff::kpi_views::{Funnel, Kpi, KpiGroup, LibraryFigures, Unit};
use jiff::civil::Date;

use crate::store::{Store, kpi};

/// A week's KPIs in their groups, the channel mix (text key, count) and
/// the online funnel per product.
pub struct WeekFigures {
    pub groups: Vec<KpiGroup>,
    pub channels: Vec<(String, i64)>,
    pub funnel: Vec<Funnel>,
    /// Per library: requests, callback requests and visits made in the assisted mode.
    pub libraries: Vec<LibraryFigures>,
}

/// A request of the week with its history (status, time), oldest first.
struct Request {
    product: String,
    channel: String,
    received: String,
    events: Vec<(String, String)>,
}

fn day_of(at: &str) -> Option<Date> {
    at.get(..10)?.parse().ok()
}

fn zoned(at: &str) -> Option<jiff::Zoned> {
    at.parse().ok()
}

/// The figures of the week that starts on `monday`.
pub async fn figures(
    store: &Store,
    rules: HolidayRules,
    monday: Date,
) -> Result<WeekFigures, sqlx::Error> {
    let sunday = monday
        .checked_add(jiff::Span::new().days(6))
        .unwrap_or(monday);
    figures_between(store, rules, monday, sunday).await
}

/// The figures of the days `first` to `last` (a week, or a quarter for the
/// council report), by the same definitions.
pub async fn figures_between(
    store: &Store,
    rules: HolidayRules,
    first: Date,
    last: Date,
) -> Result<WeekFigures, sqlx::Error> {
    let norms = app::staff::norms::current();
    let (from, to) = (first.to_string(), last.to_string());

    // Phone: from the telephony platform's calls (imported).
    let calls = crate::store::calls::of_days(store, &from, &to).await?;
    let norm_answer = i64::from(norms.phone_answer_seconds);
    let waits: Vec<i64> = calls
        .iter()
        .filter_map(|(offered, answered, _, _)| answered.map(|a| a - offered))
        .collect();
    let answered_in_time = waits.iter().filter(|w| **w <= norm_answer).count() as i64;
    let abandoned = calls.iter().filter(|c| c.3 == 1).count() as i64;
    let offered = calls.len() as i64;
    let phone_group = KpiGroup {
        key: "staff-kpi-group-phone".into(),
        kpis: vec![
            Kpi::count("staff-kpi-phone-offered", offered),
            Kpi::share_at_least(
                "staff-kpi-phone-in-time",
                answered_in_time,
                offered,
                norms.phone_within_percent,
            ),
            Kpi::percentile_of("staff-kpi-phone-p50", &waits, 50, Unit::Seconds),
            Kpi::percentile_of("staff-kpi-phone-p90", &waits, 90, Unit::Seconds),
            Kpi::share_at_most(
                "staff-kpi-phone-abandoned",
                abandoned,
                offered,
                norms.phone_abandoned_max_percent,
            ),
        ],
    };

    // Callbacks: called back within the norm's working days, the time to the
    // first attempt, and the share not reached.
    let callbacks = kpi::callbacks(store, &from, &to).await?;
    let mut in_time = 0;
    let mut hours = Vec::new();
    for (created, _, _, first) in &callbacks {
        let (Some(asked), Some(first)) = (zoned(created), first.as_deref().and_then(zoned)) else {
            continue;
        };
        let due = due_date(asked.date(), norms.callback_working_days as usize, rules);
        if first.date() <= due {
            in_time += 1;
        }
        let seconds = (first.timestamp().as_second() - asked.timestamp().as_second()).max(0);
        hours.push(seconds / 3600);
    }
    let closed = callbacks.iter().filter(|c| c.2 != "open").count() as i64;
    let missed = callbacks.iter().filter(|c| c.2 == "niet bereikt").count() as i64;
    let callback_group = KpiGroup {
        key: "staff-kpi-group-callbacks".into(),
        kpis: vec![
            Kpi::count("staff-kpi-callbacks-asked", callbacks.len() as i64),
            Kpi::share_at_least(
                "staff-kpi-callbacks-in-time",
                in_time,
                callbacks.len() as i64,
                norms.callback_within_percent,
            ),
            Kpi::percentile_of("staff-kpi-callbacks-p50", &hours, 50, Unit::Hours),
            Kpi::percentile_of("staff-kpi-callbacks-p90", &hours, 90, Unit::Hours),
            Kpi::share_only("staff-kpi-callbacks-missed", missed, closed),
        ],
    };

    // Counter: the stored waiting times, appointments and walk-ins apart; no-shows.
    let visits = kpi::visits(store, &from, &to).await?;
    let norm_seconds = i64::from(norms.counter_wait_minutes) * 60;
    let mut counter_kpis = Vec::new();
    let kinds = [
        (
            0,
            [
                "staff-kpi-counter-booked-in-time",
                "staff-kpi-counter-booked-p50",
                "staff-kpi-counter-booked-p90",
            ],
        ),
        (
            1,
            [
                "staff-kpi-counter-walk-in-in-time",
                "staff-kpi-counter-walk-in-p50",
                "staff-kpi-counter-walk-in-p90",
            ],
        ),
    ];
    for (walk_in, [in_time_key, p50_key, p90_key]) in kinds {
        let waits: Vec<i64> = visits
            .iter()
            .filter(|v| v.0 == walk_in)
            .filter_map(|v| v.1)
            .collect();
        let minutes: Vec<i64> = waits.iter().map(|s| (s + 59) / 60).collect();
        let within = waits.iter().filter(|s| **s <= norm_seconds).count() as i64;
        counter_kpis.push(Kpi::share_at_least(
            in_time_key,
            within,
            waits.len() as i64,
            norms.counter_within_percent,
        ));
        counter_kpis.push(Kpi::percentile_of(p50_key, &minutes, 50, Unit::Minutes));
        counter_kpis.push(Kpi::percentile_of(p90_key, &minutes, 90, Unit::Minutes));
    }
    let ended = visits.iter().filter(|v| v.2.is_some()).count() as i64;
    let no_shows = visits
        .iter()
        .filter(|v| v.2.as_deref() == Some("niet gekomen"))
        .count() as i64;
    counter_kpis.push(Kpi::share_at_most(
        "staff-kpi-counter-no-show",
        no_shows,
        ended,
        norms.counter_no_show_max_percent,
    ));

    // Requests: lead time in working days to done, within the product's norm,
    // and "in één keer goed" (never "aanvulling nodig").
    let rows = kpi::requests(store, &from, &to).await?;
    let mut requests: Vec<Request> = Vec::new();
    let mut last_id = None;
    for (id, product, channel, received, status, at) in rows {
        if last_id != Some(id) {
            requests.push(Request {
                product,
                channel,
                received,
                events: Vec::new(),
            });
            last_id = Some(id);
        }
        if let (Some(status), Some(at), Some(last)) = (status, at, requests.last_mut()) {
            last.events.push((status, at));
        }
    }
    let mut days = Vec::new();
    let (mut done, mut within, mut complete) = (0, 0, 0);
    for Request {
        product,
        received,
        events,
        ..
    } in &requests
    {
        let finished = events
            .iter()
            .rev()
            .find(|(s, _)| s == "afgehandeld" || s == "afgewezen");
        let (Some((_, at)), Some(start)) = (finished, day_of(received)) else {
            continue;
        };
        let Some(end) = day_of(at) else { continue };
        done += 1;
        let taken = working_days_between(start, end, rules);
        days.push(taken);
        let norm = app::catalogue::by_slug(product)
            .and_then(|p| p.service_norm_days)
            .map_or(10, i64::from);
        if taken <= norm {
            within += 1;
        }
        if !events.iter().any(|(s, _)| s == "aanvulling nodig") {
            complete += 1;
        }
    }
    let request_group = KpiGroup {
        key: "staff-kpi-group-requests".into(),
        kpis: vec![
            Kpi::count("staff-kpi-requests-received", requests.len() as i64),
            Kpi::share_at_least(
                "staff-kpi-requests-in-time",
                within,
                done,
                norms.requests_within_percent,
            ),
            Kpi::percentile_of("staff-kpi-requests-p50", &days, 50, Unit::WorkingDays),
            Kpi::percentile_of("staff-kpi-requests-p90", &days, 90, Unit::WorkingDays),
            Kpi::share_at_least(
                "staff-kpi-requests-complete",
                complete,
                done,
                norms.requests_complete_percent,
            ),
        ],
    };

    // Contacts: first-contact resolution; and the channel mix of the week.
    let contacts = kpi::contacts(store, &from, &to).await?;
    let resolved = contacts
        .iter()
        .filter(|(_, r)| r == app::staff::contact_form::ContactResult::Resolved.as_str())
        .count() as i64;
    let contact_group = KpiGroup {
        key: "staff-kpi-group-contacts".into(),
        kpis: vec![Kpi::share_at_least(
            "staff-kpi-contacts-resolved",
            resolved,
            contacts.len() as i64,
            norms.first_contact_resolution_percent,
        )],
    };
    let count =
        |f: &dyn Fn(&(String, String)) -> bool| contacts.iter().filter(|c| f(c)).count() as i64;
    let channels = vec![
        (
            "staff-kpi-channel-online-requests".to_string(),
            requests.iter().filter(|r| r.channel == "online").count() as i64,
        ),
        (
            "staff-kpi-channel-library-requests".to_string(),
            requests
                .iter()
                .filter(|r| r.channel == "bibliotheek")
                .count() as i64,
        ),
        (
            "staff-kpi-channel-phone-requests".to_string(),
            requests.iter().filter(|r| r.channel == "telefoon").count() as i64,
        ),
        (
            "staff-kpi-channel-callbacks".to_string(),
            callbacks.len() as i64,
        ),
        (
            "staff-kpi-channel-visits".to_string(),
            visits.iter().filter(|v| v.0 == 0).count() as i64,
        ),
        (
            "staff-kpi-channel-walk-ins".to_string(),
            visits.iter().filter(|v| v.0 == 1).count() as i64,
        ),
        (
            "staff-kpi-channel-phone".to_string(),
            count(&|c| c.0 == "telefoon"),
        ),
        (
            "staff-kpi-channel-counter".to_string(),
            count(&|c| c.0 == "balie"),
        ),
        (
            "staff-kpi-channel-email".to_string(),
            count(&|c| c.0 == "e-mail"),
        ),
        (
            "staff-kpi-channel-library".to_string(),
            count(&|c| c.0 == "bibliotheek"),
        ),
    ];
    // Online: the anonymous funnel (forms passing each page for the first
    // time), completion (sent online over forms started: their first page
    // passed) and digital take-up (requests sent online over all requests).
    let passed = crate::store::funnel::of_days(store, &from, &to).await?;
    let sent = crate::store::funnel::sent_online(store, &from, &to).await?;
    let mut funnel = Vec::new();
    for product in app::catalogue::all() {
        let Some(form) = &product.form else { continue };
        let steps: Vec<(String, i64)> = form
            .steps
            .iter()
            .map(|step| {
                let n = passed
                    .iter()
                    .find(|(p, s, _)| *p == product.slug && *s == step.slug)
                    .map_or(0, |r| r.2);
                (step.slug.clone(), n)
            })
            .collect();
        let sent = sent
            .iter()
            .find(|(p, _)| *p == product.slug)
            .map_or(0, |r| r.1);
        if steps.iter().any(|s| s.1 > 0) || sent > 0 {
            funnel.push(Funnel {
                product: product.slug.clone(),
                steps,
                sent,
            });
        }
    }
    let started: i64 = funnel
        .iter()
        .filter_map(|f| f.steps.first())
        .map(|s| s.1)
        .sum();
    let finished: i64 = funnel.iter().map(|f| f.sent).sum();
    // GOV.UK's digital take-up counts assisted digital: sent at the library too.
    let online = requests
        .iter()
        .filter(|r| r.channel == "online" || r.channel == "bibliotheek")
        .count() as i64;
    let online_group = KpiGroup {
        key: "staff-kpi-group-online".into(),
        kpis: vec![
            Kpi::count("staff-kpi-online-started", started),
            Kpi::share_only("staff-kpi-online-completion", finished, started),
            Kpi::share_only("staff-kpi-online-take-up", online, requests.len() as i64),
        ],
    };
    let satisfaction_group = satisfaction(store, &from, &to, norms.satisfied_percent).await?;
    let made = kpi::libraries(store, &from, &to).await?;
    let libraries = app::assisted::libraries()
        .iter()
        .map(|l| {
            let of = |kind: &str| {
                made.iter()
                    .filter(|(lib, k, _)| *lib == l.slug && k == kind)
                    .map(|r| r.2)
                    .sum()
            };
            LibraryFigures {
                name: l.name.clone(),
                requests: of("aanvraag"),
                callbacks: of("terugbelverzoek"),
                visits: of("afspraak"),
            }
        })
        .collect();
    Ok(WeekFigures {
        libraries,
        funnel,
        groups: vec![
            phone_group,
            callback_group,
            KpiGroup {
                key: "staff-kpi-group-counter".into(),
                kpis: counter_kpis,
            },
            request_group,
            online_group,
            contact_group,
            satisfaction_group,
        ],
        channels,
    })
}

/// Satisfaction: the share of answers 4 or 5 of 5, over all answers and per
/// channel, from the question (online, by mail, on the tablet) and from the
/// answers registered with contacts; given from 30 answers on.
async fn satisfaction(
    store: &Store,
    from: &str,
    to: &str,
    norm: u32,
) -> Result<KpiGroup, sqlx::Error> {
    let counts = crate::store::satisfaction::counts(store, from, to).await?;
    // "online-aanvraag" is asked online about a request; "contact-balie" was
    // registered by a clerk: the channel is what the answer is about.
    let channel = |key: &str| match key.strip_prefix("contact-") {
        Some(channel) => channel.to_string(),
        None => key.split_once('-').map_or(key, |(c, _)| c).to_string(),
    };
    let of = |wanted: Option<&str>| {
        let mut part = 0;
        let mut whole = 0;
        for (key, score, n) in &counts {
            if wanted.is_none_or(|w| channel(key) == w) {
                whole += n;
                if *score >= 4 {
                    part += n;
                }
            }
        }
        (part, whole)
    };
    let kpis = [
        ("staff-kpi-satisfaction-all", None),
        ("staff-kpi-satisfaction-online", Some("online")),
        ("staff-kpi-satisfaction-phone", Some("telefoon")),
        ("staff-kpi-satisfaction-counter", Some("balie")),
        ("staff-kpi-satisfaction-library", Some("bibliotheek")),
    ]
    .into_iter()
    .map(|(key, wanted)| {
        let (part, whole) = of(wanted);
        Kpi::satisfied(key, part, whole, norm)
    })
    .collect();
    Ok(KpiGroup {
        key: "staff-kpi-group-satisfaction".into(),
        kpis,
    })
}
