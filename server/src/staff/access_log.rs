//! Writing the access log, and its CSV export for `beheer`. A view is logged
//! before the page is shown, in its own transaction: when the row cannot be
//! written the page is not shown (the error page instead). A change is logged
//! inside the change's own transaction ([`record_in`]). Never the personal
//! data itself: what kind of record, which one, and why.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::store::{Conn, Store, access_log};
use crate::{AppState, time};

#[derive(Clone, Copy, Debug)]
pub enum Action {
    View,
    Change,
    Export,
    Search,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::View => "view",
            Action::Change => "change",
            Action::Export => "export",
            Action::Search => "search",
        }
    }
}

/// Inside the transaction of a change: its row.
pub async fn record_in(
    conn: &mut Conn,
    session: &StaffSession,
    action: Action,
    kind: &str,
    id: &str,
    purpose: &str,
) -> Result<(), sqlx::Error> {
    let at = time::now().to_string();
    let entry = access_log::Entry {
        at: &at,
        staff_id: session.account_id,
        role: session.role.as_str(),
        team: &session.user.team,
        action: action.as_str(),
        record_kind: kind,
        record_id: id,
        purpose,
    };
    access_log::insert(conn, &entry).await
}

/// A view (or export, or search) on its own, committed before the data is shown.
pub async fn record(
    store: &Store,
    session: &StaffSession,
    action: Action,
    kind: &str,
    id: &str,
    purpose: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = store.begin().await?;
    record_in(&mut tx, session, action, kind, id, purpose).await?;
    tx.commit().await
}

#[derive(serde::Deserialize)]
pub struct ExportQuery {
    record: Option<String>,
}

/// `GET /medewerker/inzage.csv`: the log (or one record's rows) as CSV, the export itself logged.
pub async fn export(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Query(query): Query<ExportQuery>,
) -> Result<Response, AppError> {
    let record: String = query
        .record
        .unwrap_or_default()
        .trim()
        .chars()
        .take(60)
        .collect();
    let filter = (!record.is_empty()).then_some(record.as_str());
    record_log_export(&state.store, &session, filter).await?;
    let (rows, _) = access_log::page(&state.store, filter, 1_000_000, 0).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "at",
        "staff",
        "role",
        "team",
        "action",
        "record_kind",
        "record_id",
        "purpose",
    ];
    let write = |out: &mut csv::Writer<Vec<u8>>| -> Result<(), csv::Error> {
        out.write_record(header)?;
        for r in &rows {
            out.write_record([
                &r.at,
                &r.staff,
                &r.role,
                &r.team,
                &r.action,
                &r.record_kind,
                &r.record_id,
                &r.purpose,
            ])?;
        }
        out.flush()?;
        Ok(())
    };
    write(&mut out).map_err(|e| AppError::from(sqlx::Error::Protocol(e.to_string())))?;
    let body = out
        .into_inner()
        .map_err(|e| AppError::from(sqlx::Error::Protocol(e.to_string())))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"inzage-log.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

async fn record_log_export(
    store: &Store,
    session: &StaffSession,
    filter: Option<&str>,
) -> Result<(), sqlx::Error> {
    record(
        store,
        session,
        Action::Export,
        "inzage-log",
        filter.unwrap_or("alles"),
        "export inzage-log",
    )
    .await
}
