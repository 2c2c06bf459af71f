//! Joining and leaving the inwonerpanel. Joining writes the member and, when
//! they chose e-mail, the welcome mail with the leave link, in one
//! transaction; the leave link's token is shown once and kept only as its
//! SHA-256. Leaving removes the member's row.

use app::i18n::{Lang, t_args_in, t_in};
use app::panel::{Reach, SignUp, TIMES_A_YEAR, Via};

use crate::outbox::{self, NewMessage};
use crate::services::{drafts::random_hex, secret_key};
use crate::store::{Store, panel};

/// A member just added: the leave link's token, and whether it was mailed.
pub struct Joined {
    pub token: String,
    pub mailed: bool,
}

/// Who signs up, how, and in which language to write.
pub struct Joining<'a> {
    pub sign_up: &'a SignUp,
    pub via: Via,
    /// The form's one-time value: a resent form signs up once.
    pub nonce: Option<&'a str>,
    /// The staff member who signed the resident up (phone, counter).
    pub registered_by: Option<i64>,
    pub lang: Lang,
}

/// Adds the member; `None` when this form signed up before.
pub async fn join(
    store: &Store,
    public_url: &str,
    joining: &Joining<'_>,
) -> Result<Option<Joined>, sqlx::Error> {
    let token = random_hex();
    let (email, phone) = match &joining.sign_up.reach {
        Reach::Email(e) => (Some(e.as_str().to_string()), None),
        Reach::Phone(p) => (None, Some(p.e164().to_string())),
    };
    let name = joining.sign_up.name.as_str();
    let mut tx = store.begin().await?;
    let Some(id) = panel::join(
        &mut tx,
        &panel::NewMember {
            name,
            email: email.as_deref(),
            phone: phone.as_deref(),
            via: joining.via.slug(),
            joined_day: &crate::time::today().to_string(),
            leave_key: &secret_key::key(&token),
            nonce: joining.nonce,
            registered_by: joining.registered_by,
        },
    )
    .await?
    else {
        return Ok(None);
    };
    if let Some(to) = &email {
        let link = format!("{public_url}{}", app::panel::leave_path(&token));
        let lang = joining.lang;
        let mail = NewMessage {
            topic: format!("panel:{id}"),
            kind: "inwonerpanel",
            recipient: to.clone(),
            subject: t_in(lang, "mail-panel-subject"),
            body: crate::messages::letter(
                lang,
                name,
                &[t_args_in(
                    lang,
                    "mail-panel",
                    &[("times", TIMES_A_YEAR.into()), ("link", link.into())],
                )],
            ),
            attachment: None,
            send_after: None,
        };
        outbox::enqueue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(Some(Joined {
        token,
        mailed: email.is_some(),
    }))
}

/// Whether the leave link's token belongs to a member.
pub async fn is_member(store: &Store, token: &str) -> Result<bool, sqlx::Error> {
    panel::is_member(store, &secret_key::key(token)).await
}

/// Removes the member of the leave link's token; whether there was one.
pub async fn leave(store: &Store, token: &str) -> Result<bool, sqlx::Error> {
    panel::leave(store, &secret_key::key(token)).await
}
