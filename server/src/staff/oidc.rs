//! Single sign-on for staff with OpenID Connect (the `openidconnect` crate):
//! the authorization code flow with PKCE and a nonce, the state bound to the
//! browser by a cookie and kept (hashed) in the database for 10 minutes, so it
//! works with several servers. The role comes from a configurable claim of the
//! verified ID token (Entra ID app roles and Keycloak client roles both give a
//! `roles` list); a value that is not one of Loket's roles gives no access.
//! An account is made or updated from the token at each sign-in; the provider
//! is the truth, so a disabled Loket account stays disabled.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
    TokenResponse,
};
use secrecy::{ExposeSecret, SecretString};

use super::routes::back_to;
use super::sessions;
use crate::AppState;
use crate::http::errors::AppError;
use crate::services::secret_key;
use crate::store::{staff, unix_now};
use app::staff::roles::Role;

/// The client as `from_provider_metadata` makes it: authorization URL set,
/// token and userinfo URLs as the provider's metadata says.
type ProviderClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// How long a sign-in at the provider may take, in seconds.
pub const LOGIN_SECS: i64 = 10 * 60;
pub const STATE_COOKIE: &str = "loket_sso";

/// The provider as configured (`LOKET_STAFF_OIDC_*`).
pub struct OidcConfig {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: SecretString,
    /// The claim holding the roles (default `roles`).
    pub role_claim: String,
    /// Loket's own address, for the redirect URI (`<public>/medewerker/sso/terug`).
    pub public_url: String,
}

/// The configuration with the provider's discovered metadata, fetched once.
pub struct Oidc {
    config: OidcConfig,
    http: openidconnect::reqwest::Client,
    metadata: tokio::sync::OnceCell<CoreProviderMetadata>,
}

impl Oidc {
    pub fn new(config: OidcConfig) -> Result<Arc<Self>, String> {
        let http = openidconnect::reqwest::Client::builder()
            // Following redirects would let a provider send us anywhere (SSRF).
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Arc::new(Self {
            config,
            http,
            metadata: tokio::sync::OnceCell::new(),
        }))
    }

    /// The client for the provider as discovered, with our redirect URI.
    async fn client(&self) -> Result<ProviderClient, String> {
        let metadata = self.metadata().await?.clone();
        let redirect = RedirectUrl::new(self.redirect_uri()).map_err(|e| e.to_string())?;
        Ok(CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(
                self.config.client_secret.expose_secret().to_string(),
            )),
        )
        .set_redirect_uri(redirect))
    }

    fn redirect_uri(&self) -> String {
        format!(
            "{}{}",
            self.config.public_url.trim_end_matches('/'),
            app::staff::paths::OIDC_RETURN
        )
    }

    async fn metadata(&self) -> Result<&CoreProviderMetadata, String> {
        self.metadata
            .get_or_try_init(|| async {
                let issuer =
                    IssuerUrl::new(self.config.issuer.clone()).map_err(|e| e.to_string())?;
                CoreProviderMetadata::discover_async(issuer, &self.http)
                    .await
                    .map_err(|e| format!("discovery: {e}"))
            })
            .await
    }
}

fn failed(why: &str) -> Response {
    // The reason goes to the log, without anything personal; the page says it plainly.
    tracing::warn!(reason = why, "staff single sign-on refused");
    Redirect::to(&format!("{}?melding=sso", app::staff::BASE)).into_response()
}

#[derive(serde::Deserialize)]
pub struct StartQuery {
    terug: Option<String>,
}

/// `GET /medewerker/sso`: off to the provider with a fresh state, nonce and PKCE challenge.
pub async fn start(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(query): Query<StartQuery>,
) -> Result<Response, AppError> {
    let Some(oidc) = state.oidc.clone() else {
        return Ok(axum::http::StatusCode::NOT_FOUND.into_response());
    };
    let client = match oidc.client().await {
        Ok(client) => client,
        Err(e) => return Ok(failed(&e)),
    };
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        .url();
    let back = query.terug.as_deref().and_then(back_to);
    staff::insert_login(
        &state.store,
        &secret_key::key(csrf.secret()),
        nonce.secret(),
        verifier.secret(),
        back.as_deref(),
        unix_now(),
    )
    .await?;
    // Lax, not Strict: the provider's redirect back is a navigation from another site.
    let cookie = Cookie::build((STATE_COOKIE, csrf.secret().clone()))
        .path(app::staff::paths::OIDC_RETURN)
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .max_age(cookie::time::Duration::seconds(LOGIN_SECS))
        .build();
    Ok((jar.add(cookie), Redirect::to(url.as_str())).into_response())
}

#[derive(serde::Deserialize)]
pub struct ReturnQuery {
    code: Option<String>,
    state: Option<String>,
}

/// The roles in the claim `name` of the ID token's payload (a list or one string).
fn roles_in(id_token: &str, name: &str) -> Vec<String> {
    let Some(payload) = id_token.split('.').nth(1) else {
        return Vec::new();
    };
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload) else {
        return Vec::new();
    };
    let Ok(claims) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return Vec::new();
    };
    match claims.get(name) {
        Some(serde_json::Value::String(one)) => vec![one.clone()],
        Some(serde_json::Value::Array(many)) => many
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// A role word as providers send it: `behandelaar`, or prefixed (`loket.behandelaar`, `loket-behandelaar`).
pub fn role_of(values: &[String]) -> Option<Role> {
    values.iter().find_map(|v| {
        let word = v.rsplit(['.', '-', ':', '/']).next().unwrap_or(v);
        Role::parse(&word.to_lowercase())
    })
}

/// `GET /medewerker/sso/terug`: checks the state, exchanges the code (with the
/// PKCE verifier), verifies the ID token and its nonce, and signs the staff member in.
pub async fn finish(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(query): Query<ReturnQuery>,
) -> Result<Response, AppError> {
    let Some(oidc) = state.oidc.clone() else {
        return Ok(axum::http::StatusCode::NOT_FOUND.into_response());
    };
    let (Some(code), Some(returned)) = (query.code, query.state) else {
        return Ok(failed("no code or state"));
    };
    // The state must be the one this browser was sent off with.
    let bound = jar.get(STATE_COOKIE).is_some_and(|c| c.value() == returned);
    let jar = jar.remove(Cookie::build(STATE_COOKIE).path(app::staff::paths::OIDC_RETURN));
    // Taken once, whatever happens next: a state is never used twice.
    let login = staff::take_login(
        &state.store,
        &secret_key::key(&returned),
        unix_now() - LOGIN_SECS,
    )
    .await?;
    let (Some((nonce, verifier, back)), true) = (login, bound) else {
        return Ok(failed("unknown, expired or foreign state"));
    };
    let client = match oidc.client().await {
        Ok(client) => client,
        Err(e) => return Ok(failed(&e)),
    };
    let Ok(request) = client.exchange_code(AuthorizationCode::new(code)) else {
        return Ok(failed("no token endpoint"));
    };
    let token = match request
        .set_pkce_verifier(PkceCodeVerifier::new(verifier))
        .request_async(&oidc.http)
        .await
    {
        Ok(token) => token,
        Err(_) => return Ok(failed("code exchange")),
    };
    let Some(id_token) = token.id_token() else {
        return Ok(failed("no id token"));
    };
    let verifier = client.id_token_verifier();
    let claims = match id_token.claims(&verifier, &Nonce::new(nonce)) {
        Ok(claims) => claims,
        Err(_) => return Ok(failed("id token or nonce")),
    };
    let Some(email) = claims.email().map(|e| e.as_str().trim().to_lowercase()) else {
        return Ok(failed("no email claim"));
    };
    let name = claims
        .name()
        .and_then(|n| n.get(None))
        .map(|n| n.as_str().to_string())
        .unwrap_or_else(|| email.clone());
    // Read from the token just verified (signature, issuer, audience, nonce).
    let Some(role) = role_of(&roles_in(&id_token.to_string(), &oidc.config.role_claim)) else {
        return Ok(failed("no Loket role in the claim"));
    };
    let created = crate::time::now().to_string();
    let Some(account) =
        staff::upsert_sso_account(&state.store, &email, &name, role.as_str(), &created).await?
    else {
        return Ok(failed("account disabled"));
    };
    let cookie = sessions::start(&state.store, account, state.secure_cookies, None).await?;
    tracing::info!(role = role.as_str(), "staff signed in with single sign-on");
    let to = back.unwrap_or_else(|| app::staff::paths::START.to_string());
    // A page, not a redirect: the session cookie is SameSite=Strict, and a browser
    // does not send it on a redirect chain that started at the provider's site.
    let page = format!(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Ingelogd</title>\
         <meta http-equiv=\"refresh\" content=\"0;url={to}\"></head>\
         <body><main><p>U bent ingelogd. <a href=\"{to}\">Verder</a></p></main></body></html>"
    );
    Ok((jar.add(cookie), Html(page)).into_response())
}
