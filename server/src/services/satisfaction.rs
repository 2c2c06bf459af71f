//! Invitations to the satisfaction question. An invitation's token is
//! derived from the contact's own secret token (the status link of a
//! request, the link of a callback request or a visit), so the confirmation
//! page can show the question's link without a second secret to keep: the
//! derived value says nothing of the token it came from, and the database
//! keeps only its SHA-256. An invitation runs 14 days and is answered once.

use sha2::{Digest, Sha256};

use crate::services::secret_key;
use crate::store::{Store, satisfaction, unix_now};

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

/// The invitation of this contact (made the first time it is asked for);
/// the address of its question.
pub async fn invite(
    store: &Store,
    contact_token: &str,
    contact: &Contact<'_>,
) -> Result<String, sqlx::Error> {
    let token = token_for(contact_token);
    let now = unix_now();
    satisfaction::invite(
        store,
        &satisfaction::Invitation {
            token_key: &secret_key::key(&token),
            contact_kind: contact.kind,
            contact_ref: contact.reference,
            channel: contact.channel,
            product: contact.product,
            location: contact.location,
            created_at: now,
            expires_at: now + app::satisfaction::VALID_DAYS * 24 * 3600,
        },
    )
    .await?;
    Ok(app::satisfaction::path(&token))
}

/// The invitation behind a token from an address; nothing for one we never make.
pub async fn find(store: &Store, token: &str) -> Result<Option<Found>, sqlx::Error> {
    if token.len() != 32 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    satisfaction::find(store, &secret_key::key(token)).await
}
