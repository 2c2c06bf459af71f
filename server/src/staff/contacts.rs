//! Contact registration on the server: the page (a fresh one-time value, the
//! form as typed after a problem, today's contacts of this staff member) and
//! its post, which stores the contact once per form and answers with the
//! same page, empty, saying it was saved. A reached callback registers its
//! phone contact through [`record_in`] in the attempt's own transaction.

use app::staff::contact_form::{
    Channel, ContactResult, ContactRow, ContactView, FIELDS, NewContact, parse_contact,
};
use app::staff::context::StaffPage;
use app::staff::paths;
use app::staff::roles::Role;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::kept_form::{self, KeptForm};
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::services::drafts::random_hex;
use crate::store::{Conn, contacts};
use crate::{AppState, time};

/// Inside a transaction: the contact, once per `nonce`.
pub async fn record_in(
    conn: &mut Conn,
    session: &StaffSession,
    nonce: &str,
    contact: &NewContact,
) -> Result<bool, sqlx::Error> {
    let now = time::now();
    let row = contacts::Insert {
        nonce,
        at: &now.to_string(),
        day: &now.date().to_string(),
        channel: contact.channel.as_str(),
        product: contact.product.as_deref(),
        topic: contact.topic.as_deref(),
        result: contact.result.as_str(),
        satisfaction: contact.satisfaction.map(i64::from),
        staff_id: session.account_id,
        staff_team: &session.user.team,
    };
    contacts::insert(conn, &row).await
}

/// The page; `saved` after a contact was stored.
pub async fn page(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let kept = kept_form::take(&state.store, &session.key, paths::CONTACT).await?;
    let typed = kept.map(|k| k.fields).unwrap_or_default();
    let errors = if typed.is_empty() {
        Vec::new()
    } else {
        parse_contact(&typed).err().unwrap_or_default()
    };
    let lang = app::i18n::current();
    let today = contacts::of_staff_on(&state.store, session.account_id, &time::today().to_string())
        .await?
        .into_iter()
        .filter_map(|(at, channel, product, topic, result)| {
            let product = product
                .as_deref()
                .and_then(app::catalogue::by_slug)
                .map(|p| p.texts(lang).name.clone());
            let about = [product, topic]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(": ");
            Some(ContactRow {
                at: at.parse().ok()?,
                channel: Channel::parse(&channel)?,
                about,
                result: ContactResult::parse(&result)?,
            })
        })
        .collect();
    Ok(StaffPage::Contact(ContactView {
        nonce: random_hex(),
        typed,
        errors,
        usual_channel: match session.role {
            Role::Kcc => Some(Channel::Phone.as_str()),
            Role::Balie => Some(Channel::Counter.as_str()),
            _ => None,
        },
        saved: query == Some("melding=vastgelegd"),
        today,
    }))
}

/// `POST /medewerker/contact`.
pub async fn register(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let contact = match parse_contact(&form) {
        Ok(contact) => contact,
        Err(_) => {
            let kept = KeptForm {
                action: paths::CONTACT.to_string(),
                fields: form
                    .iter()
                    .filter(|(k, _)| FIELDS.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.chars().take(500).collect()))
                    .collect(),
                problem: Some("invalid".into()),
            };
            kept_form::keep(&state.store, &session.key, &kept).await?;
            return Ok(Redirect::to(paths::CONTACT).into_response());
        }
    };
    // A form without its one-time value still registers once (a fresh value).
    let nonce = app::journey::posted(&form, "formulier")
        .filter(|n| n.len() == 32 && n.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(String::from)
        .unwrap_or_else(random_hex);
    let mut tx = state.store.begin().await?;
    // Sent before (a double click): the same contact, stored once.
    record_in(&mut tx, &session, &nonce, &contact).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("{}?melding=vastgelegd", paths::CONTACT)).into_response())
}
