//! Signing in and out with a local account. Failed attempts are counted per
//! account and per network address (both as keyed hashes, in the database so
//! the limit holds over several servers); past the limit the password is not
//! even checked. The answer never tells whether an account exists.

use std::net::SocketAddr;

use axum::Form;
use axum::extract::{ConnectInfo, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use secrecy::SecretString;

use super::passwords;
use super::routes::back_to;
use super::sessions::{self, StaffSession};
use crate::AppState;
use crate::http::errors::AppError;
use crate::services::secret_key;
use crate::store::{staff, unix_now};

/// Failures counted over this window (seconds).
pub const WINDOW_SECS: i64 = 15 * 60;
/// Failures per account in the window before attempts are refused.
pub const PER_ACCOUNT: i64 = 5;
/// Failures per network address in the window (a shared office counts many people).
pub const PER_ADDRESS: i64 = 20;

fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    app::journey::posted(form, name).unwrap_or("")
}

fn answer(problem: &str, back: Option<&str>) -> Response {
    let mut pairs = vec![("melding", problem)];
    if let Some(back) = back {
        pairs.push(("terug", back));
    }
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    Redirect::to(&format!("{}?{query}", app::staff::BASE)).into_response()
}

/// `POST /medewerker/inloggen`.
pub async fn sign_in(
    State(state): State<AppState>,
    jar: CookieJar,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let email = field(&form, "email").trim().to_lowercase();
    let password = SecretString::from(field(&form, "wachtwoord").to_string());
    let back = back_to(field(&form, "terug"));
    let address = peer.ip().to_string();
    let account_subject = secret_key::key(&format!("staff-account:{email}"));
    let address_subject = secret_key::key(&format!("staff-address:{address}"));
    let since = unix_now() - WINDOW_SECS;
    if staff::failures_since(&state.store, &account_subject, since).await? >= PER_ACCOUNT
        || staff::failures_since(&state.store, &address_subject, since).await? >= PER_ADDRESS
    {
        tracing::warn!("staff sign-in refused: too many failures");
        return Ok(answer("wacht", back.as_deref()));
    }
    let account = if email.is_empty() || email.len() > 254 {
        None
    } else {
        staff::by_email(&state.store, &email).await?
    };
    let hash = account.as_ref().and_then(|a| a.password_hash.clone());
    // Checked on a blocking thread: Argon2id takes tens of milliseconds on purpose.
    let fits = tokio::task::spawn_blocking(move || passwords::verify(&password, hash.as_deref()))
        .await
        .unwrap_or(false);
    let account = account.filter(|a| fits && !a.disabled);
    let Some(account) = account else {
        staff::add_failure(
            &state.store,
            &[&account_subject, &address_subject],
            unix_now(),
        )
        .await?;
        tracing::info!("staff sign-in failed");
        return Ok(answer("fout", back.as_deref()));
    };
    // A form kept on this browser's run-out session of the same account comes along.
    let kept = match sessions::find(&state.store, &jar, state.secure_cookies).await? {
        sessions::Found::Expired(key) => {
            let kept = staff::session(&state.store, &key).await?;
            staff::end_session(&state.store, &key).await?;
            kept.filter(|s| s.account.id == account.id)
                .and_then(|s| s.kept_form)
        }
        _ => None,
    };
    let cookie = sessions::start(
        &state.store,
        account.id,
        state.secure_cookies,
        kept.as_deref(),
    )
    .await?;
    tracing::info!(role = %account.role, "staff signed in");
    let to = back.unwrap_or_else(|| app::staff::paths::START.to_string());
    Ok((jar.add(cookie), Redirect::to(&to)).into_response())
}

/// `POST /medewerker/uitloggen`: this session, or with `overal=ja` every session of the account.
pub async fn sign_out(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    jar: CookieJar,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    if field(&form, "overal") == "ja" {
        staff::end_all_sessions(&state.store, session.account_id).await?;
    } else {
        staff::end_session(&state.store, &session.key).await?;
    }
    let jar = jar.add(sessions::removal(state.secure_cookies));
    Ok((jar, answer("uitgelogd", None)).into_response())
}
