//! Writing the generated demo rows: the calls through the telephony
//! import, everything else in bulk (`store::demo`), requests' events and
//! callbacks' attempts after their parents (by reference).

use std::collections::HashMap;

use super::{Filled, Options, text};
use crate::store::Store;
use crate::store::demo::{self, Cell};

pub(super) struct Rows {
    pub(super) contacts: Vec<Vec<Cell>>,
    pub(super) requests: Vec<Vec<Cell>>,
    /// Per request event: the request's reference, status, time.
    pub(super) events: Vec<(String, &'static str, String)>,
    pub(super) callbacks: Vec<Vec<Cell>>,
    /// Per first attempt: the callback's reference, time, outcome.
    pub(super) attempts: Vec<(String, String, &'static str)>,
    pub(super) visits: Vec<Vec<Cell>>,
    pub(super) answers: Vec<Vec<Cell>>,
    pub(super) calls: String,
}

pub(super) async fn write_all(
    store: &Store,
    options: &Options,
    rows: Rows,
) -> Result<Filled, Box<dyn std::error::Error>> {
    let mut filled = Filled::default();
    if let Some(path) = &options.calls_file {
        std::fs::write(path, &rows.calls).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    match crate::services::calls::import(store, rows.calls.as_bytes()).await? {
        Ok(done) => filled.calls = done.new as usize,
        Err(bad) => return Err(format!("the generated calls do not import: {bad}").into()),
    }
    filled.contacts = demo::insert(
        store,
        "contacts",
        &[
            "nonce",
            "at",
            "day",
            "channel",
            "product",
            "topic",
            "result",
            "satisfaction",
            "staff_id",
            "staff_team",
        ],
        rows.contacts,
    )
    .await?;
    filled.requests = demo::insert(
        store,
        "submissions",
        &[
            "reference",
            "product",
            "draft_id",
            "answers",
            "received_at",
            "channel",
            "status",
        ],
        rows.requests,
    )
    .await?;
    let prefix = format!("DEMO-A-{}-", options.seed);
    let ids: HashMap<String, i64> = demo::ids_by_reference(store, "submissions", &prefix)
        .await?
        .into_iter()
        .map(|(id, r)| (r, id))
        .collect();
    let events = rows
        .events
        .into_iter()
        .filter_map(|(r, status, at)| Some(vec![Cell::Int(*ids.get(&r)?), text(status), text(at)]))
        .collect();
    demo::insert(
        store,
        "submission_events",
        &["submission_id", "status", "at"],
        events,
    )
    .await?;
    filled.callbacks = demo::insert(
        store,
        "callback_requests",
        &[
            "reference",
            "token",
            "nonce",
            "name",
            "phone",
            "topic",
            "preferred_day",
            "day_part",
            "created_at",
            "created_day",
            "due_by",
            "state",
        ],
        rows.callbacks,
    )
    .await?;
    let prefix = format!("DEMO-T-{}-", options.seed);
    let ids: HashMap<String, i64> = demo::ids_by_reference(store, "callback_requests", &prefix)
        .await?
        .into_iter()
        .map(|(id, r)| (r, id))
        .collect();
    let attempts = rows
        .attempts
        .into_iter()
        .filter_map(|(r, at, outcome)| {
            Some(vec![Cell::Int(*ids.get(&r)?), text(at), text(outcome)])
        })
        .collect();
    demo::insert(
        store,
        "callback_attempts",
        &["callback_id", "at", "outcome"],
        attempts,
    )
    .await?;
    filled.visits = demo::insert(
        store,
        "visits",
        &[
            "reference",
            "token",
            "location",
            "day",
            "start_minute",
            "end_minute",
            "products",
            "name",
            "created_at",
            "state",
            "walk_in",
            "waiting_seconds",
            "outcome",
        ],
        rows.visits,
    )
    .await?;
    filled.answers = demo::insert(
        store,
        "satisfaction_answers",
        &[
            "channel",
            "contact_kind",
            "product",
            "location",
            "score",
            "call_me",
            "answered_at",
            "day",
        ],
        rows.answers,
    )
    .await?;
    Ok(filled)
}
