//! Something went wrong on our side: `AppError` logs it without personal data
//! (the error names the step, never a value) and answers 500, which
//! `guards::error_pages` turns into the one calm error page. Handlers and page
//! loaders return `Result<_, AppError>` and use `?`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug)]
pub enum AppError {
    /// The database failed or refused (never a resident's mistake: those are
    /// answered as field errors before anything is stored).
    Storage(sqlx::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        Self::Storage(e)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            Self::Storage(e) => tracing::error!(error = %e, "database error"),
        }
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    }
}

/// For a handler that answers a `Response` itself: the same as `AppError`.
pub(crate) fn unexpected(e: sqlx::Error) -> Response {
    AppError::from(e).into_response()
}
