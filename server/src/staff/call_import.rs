//! The upload of the telephony platform's CSV export on the KPI page (team
//! leads), beside `server import-calls FILE`: the same check and import
//! (`services::calls`); the result waits for the KPI page in the session's
//! kept form. A file is read up to the upload limit of one file.

use app::staff::paths;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::kept_form::{self, KeptForm};
use super::sessions::StaffSession;
use crate::AppState;
use crate::http::errors::AppError;
use crate::http::posted::Posted;
use crate::services::calls;

/// The word in the kept form that marks an import's result.
pub const KEPT: &str = "gesprekken";

/// `POST /medewerker/kengetallen/gesprekken` (multipart, field `bestand`).
pub async fn upload(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    headers: axum::http::HeaderMap,
    Posted { files, .. }: Posted,
) -> Result<Response, AppError> {
    // A bad line is put into words in the staff member's language.
    let lang = app::i18n::lang_of(&headers);
    let file = files.into_iter().find(|f| f.field == "bestand");
    let fields: Vec<(String, String)> = match file.map(|f| f.bytes) {
        None => vec![("uitkomst".into(), "geen-bestand".into())],
        Some(Err(_)) => vec![("uitkomst".into(), "te-groot".into())],
        Some(Ok(bytes)) => match calls::import(&state.store, &bytes).await? {
            Ok(done) => {
                tracing::info!(new = done.new, known = done.known, "calls imported");
                vec![
                    ("uitkomst".into(), "ingelezen".into()),
                    ("nieuw".into(), done.new.to_string()),
                    ("bekend".into(), done.known.to_string()),
                ]
            }
            Err(bad) => vec![
                ("uitkomst".into(), "fout".into()),
                ("regel".into(), bad.line.to_string()),
                ("probleem".into(), bad.problem.words(lang)),
            ],
        },
    };
    let kept = KeptForm {
        action: paths::KPI_CALLS.to_string(),
        fields,
        problem: Some(KEPT.to_string()),
    };
    kept_form::keep(&state.store, &session.key, &kept).await?;
    Ok(Redirect::to(paths::KPI).into_response())
}

/// The result of the upload just made, for the KPI page.
pub async fn result(
    state: &AppState,
    session: &StaffSession,
) -> Result<Option<app::staff::kpi_views::CallImport>, sqlx::Error> {
    use app::staff::kpi_views::CallImport;
    let Some(kept) = kept_form::take(&state.store, &session.key, paths::KPI_CALLS).await? else {
        return Ok(None);
    };
    let number = |name: &str| {
        kept.field(name)
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    Ok(match kept.field("uitkomst") {
        Some("ingelezen") => Some(CallImport::Imported {
            new: number("nieuw"),
            known: number("bekend"),
        }),
        Some("fout") => Some(CallImport::BadLine {
            line: number("regel"),
            problem: kept.field("probleem").unwrap_or_default().to_string(),
        }),
        Some("te-groot") => Some(CallImport::TooBig),
        Some("geen-bestand") => Some(CallImport::NoFile),
        _ => None,
    })
}
