//! Drafts: a journey's answers kept on the server, found through an opaque,
//! random id in an HttpOnly cookie. A draft expires 24 hours after its last change.

use std::time::Duration;

use rand::RngCore;

use crate::store::Store;

pub const COOKIE: &str = "loket_concept";
/// Behind HTTPS every cookie carries this prefix: the browser then only accepts it
/// over HTTPS, for the whole site and from this host (no `Domain`).
pub const SECURE_PREFIX: &str = "__Host-";
/// The journeys a draft can belong to; one draft per journey per browser.
pub const CALLBACK: &str = "terugbellen";
pub const VISIT: &str = "afspraak";
pub const REPORT: &str = "melding";
/// What a resident typed on the addition page before a problem.
pub const ADDITION: &str = "aanvulling";

/// A draft id: 128 random bits as 32 lower-case hex digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftId(String);

impl DraftId {
    pub fn new() -> Self {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Anything that is not exactly the shape we issue is ignored (a fresh draft starts).
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 32 && raw.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .then(|| Self(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The store keys drafts by the id's text.
impl std::ops::Deref for DraftId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// The name a cookie of ours gets: with the `__Host-` prefix behind HTTPS.
pub fn cookie_name(name: &str, secure: bool) -> String {
    if secure {
        format!("{SECURE_PREFIX}{name}")
    } else {
        name.to_string()
    }
}

/// The draft id this browser sent, under either name (a deployment that just
/// moved to HTTPS still has the old one).
pub fn id_from(jar: &axum_extra::extract::CookieJar) -> Option<DraftId> {
    jar.get(&cookie_name(COOKIE, true))
        .or_else(|| jar.get(COOKIE))
        .and_then(|c| DraftId::parse(c.value()))
}

/// A random value for one-time use (form nonces, secret links): 128 bits as hex.
pub fn random_hex() -> String {
    DraftId::new().0
}

/// The draft kind of a product form: one draft per product per browser.
pub fn form_journey(product: &app::catalogue::Product) -> String {
    format!("product:{}", product.slug)
}

/// A form's one-time value as we issue it (32 hex digits), or empty for
/// anything else: a forged value never reaches the database.
pub fn form_nonce(raw: &str) -> String {
    DraftId::parse(raw).map(|id| id.0).unwrap_or_default()
}

/// Every 15 minutes: expired drafts, unsent photos, expired saved forms and the
/// callback counts of earlier days go.
/// Safe on every server at once (each is one `DELETE` of what has expired).
pub fn spawn_cleanup(store: Store) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(15 * 60));
        loop {
            tick.tick().await;
            match crate::store::drafts::purge_expired(&store).await {
                Ok(n) if n > 0 => tracing::info!(removed = n, "expired drafts removed"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not remove expired drafts"),
            }
            match crate::store::uploads::purge_unsent(&store).await {
                Ok(n) if n > 0 => tracing::info!(removed = n, "unsent photos removed"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not remove unsent photos"),
            }
            let today = crate::time::today().to_string();
            if let Err(e) = crate::store::callbacks::purge_address_counts(&store, &today).await {
                tracing::warn!(error = %e, "could not forget old callback counts");
            }
            match crate::store::saved::purge_expired(&store).await {
                Ok(n) if n > 0 => tracing::info!(removed = n, "expired saved forms removed"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not remove expired saved forms"),
            }
        }
    });
}
