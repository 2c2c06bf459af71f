//! Invitations to the satisfaction question. An invitation's token is
//! derived from the contact's own secret token (the status link of a
//! request, the link of a callback request or a visit), so the confirmation
//! page can show the question's link without a second secret to keep: the
//! derived value says nothing of the token it came from, and the database
//! keeps only its SHA-256. An invitation runs 14 days and is answered once.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::services::secret_key;
use crate::store::{Conn, Store, satisfaction, unix_now};

pub use crate::store::satisfaction::Found;

/// The question's token for a contact with this secret token: 128 bits as hex.
pub fn token_for(contact_token: &str) -> String {
    let digest = Sha256::digest(format!("tevredenheid:{contact_token}").as_bytes());
    hex::encode(&digest[..16])
}

/// What a contact is, for its invitation.
pub struct Contact<'a> {
    /// `aanvraag`, `terugbelverzoek` or `afspraak`.
    pub kind: &'a str,
    pub reference: &'a str,
    /// How the contact was made: `online`, `telefoon`, `balie`, `bibliotheek`.
    pub channel: &'a str,
    pub product: Option<&'a str>,
    pub location: Option<&'a str>,
}

/// The invitation row of a contact, running 14 days from now.
fn invitation<'a>(token_key: &'a str, contact: &Contact<'a>) -> satisfaction::Invitation<'a> {
    let now = unix_now();
    satisfaction::Invitation {
        token_key,
        contact_kind: contact.kind,
        contact_ref: contact.reference,
        channel: contact.channel,
        product: contact.product,
        location: contact.location,
        created_at: now,
        expires_at: now + app::satisfaction::VALID_DAYS * 24 * 3600,
    }
}

/// The invitation of this contact (made the first time it is asked for);
/// the address of its question.
pub async fn invite(
    store: &Store,
    contact_token: &str,
    contact: &Contact<'_>,
) -> Result<String, sqlx::Error> {
    let token = token_for(contact_token);
    let key = secret_key::key(&token);
    satisfaction::invite(store, &invitation(&key, contact)).await?;
    Ok(app::satisfaction::path(&token))
}

/// The invitation behind a token from an address; nothing for one we never make.
pub async fn find(store: &Store, token: &str) -> Result<Option<Found>, sqlx::Error> {
    if token.len() != 32 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    satisfaction::find(store, &secret_key::key(token)).await
}

/// The keyed hash (HMAC-SHA256) of a resident's e-mail address that the
/// 30-day rule is kept by. The key is the servers' shared `person` key
/// (random, made once); without it the hash of a known address cannot be
/// computed, unlike a plain SHA-256, so the table says nothing about who
/// was asked. `None` for what is not an e-mail address.
pub async fn person_key(store: &Store, email: &str) -> Result<Option<String>, sqlx::Error> {
    let Some(term) = app::domain::person_key::PersonTerm::email(email) else {
        return Ok(None);
    };
    let key =
        satisfaction::server_key(store, "person", &crate::services::drafts::random_hex()).await?;
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_bytes()) else {
        return Ok(None);
    };
    mac.update(term.text().as_bytes());
    Ok(Some(hex::encode(mac.finalize().into_bytes())))
}

/// Inside the transaction that closes a contact: the full address of its
/// question for a mail, when the resident may be asked: the invitation is
/// still open (not answered on the confirmation page) and this address was
/// not asked in the last 30 days (then it counts as asked today). The
/// invitation gets its 14 days from now.
pub async fn mail_link(
    conn: &mut Conn,
    public_url: &str,
    person_key: Option<&str>,
    contact_token: &str,
    contact: &Contact<'_>,
) -> Result<Option<String>, sqlx::Error> {
    let Some(person_key) = person_key else {
        return Ok(None);
    };
    let token = token_for(contact_token);
    let key = secret_key::key(&token);
    let open = satisfaction::invite_open(conn, &invitation(&key, contact)).await?;
    if !open {
        return Ok(None);
    }
    let today = crate::time::today();
    let since = today
        .checked_sub(jiff::Span::new().days(i64::from(app::satisfaction::ASK_AGAIN_DAYS)))
        .unwrap_or(today);
    if !satisfaction::ask_once(conn, person_key, &today.to_string(), &since.to_string()).await? {
        return Ok(None);
    }
    Ok(Some(format!(
        "{public_url}{}",
        app::satisfaction::path(&token)
    )))
}
