//! Something went wrong on our side: logged without personal data, answered
//! with a calm page (`guards::error_pages` renders every 5xx as one).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

pub(crate) fn unexpected(e: sqlx::Error) -> Response {
    tracing::error!(error = %e, "database error");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
