//! "Mijn aanvraag": the status of a submission and its history, found only
//! through the secret token in the link from the confirmation and the receipt.

use crate::services::drafts::DraftId;
use crate::store::{self, Store, submissions};
use crate::time;
use app::domain::RequestStatus;
use app::page_context::RequestStatusView;
use app::staff::roles::Role;

/// The request behind a secret token; none for anything else (nothing personal leaks).
pub async fn view_context(
    store: &Store,
    token: &str,
) -> Result<Option<RequestStatusView>, sqlx::Error> {
    // Tokens have the shape of a draft id: anything else is not looked up.
    if DraftId::parse(token).is_none() {
        return Ok(None);
    }
    let row = submissions::by_token_key(store, &crate::services::secret_key::key(token)).await?;
    let Some((id, reference, product, status)) = row else {
        return Ok(None);
    };
    let history = submissions::events(store, id)
        .await?
        .into_iter()
        .filter_map(|(at, status, note)| {
            Some((at.parse().ok()?, RequestStatus::parse(&status)?, note))
        })
        .collect();
    let Some(status) = RequestStatus::parse(&status) else {
        return Ok(None);
    };
    // The access log, as the resident may see it: when, which team, which role.
    let looked = store::access_log::for_record(store, "aanvraag", &reference)
        .await?
        .into_iter()
        .filter_map(|(at, team, role)| Some((at.parse().ok()?, team, Role::parse(&role)?)))
        .collect();
    let addition = if status == RequestStatus::NeedsMore {
        store::work::missing_by_token_key(store, &crate::services::secret_key::key(token))
            .await?
            .map(|(_, missing)| (missing, format!("{}/{token}/aanvullen", app::STATUS_BASE)))
    } else {
        None
    };
    Ok(Some(RequestStatusView {
        reference,
        product,
        status,
        history,
        looked,
        addition,
        addition_error: None,
        addition_text: String::new(),
        added: false,
    }))
}

/// The resident's addition to a request that waits for one, with the history
/// entry that returns it to "in behandeling". False when it does not wait (any more).
pub async fn add_addition(store: &Store, token: &str, text: &str) -> Result<bool, sqlx::Error> {
    if DraftId::parse(token).is_none() {
        return Ok(false);
    }
    let Some((id, _)) =
        store::work::missing_by_token_key(store, &crate::services::secret_key::key(token)).await?
    else {
        return Ok(false);
    };
    let now = time::now().to_string();
    let mut tx = store.begin().await?;
    if !store::work::add_addition(&mut tx, id, text, &now).await? {
        return Ok(false);
    }
    submissions::add_event(&mut tx, id, RequestStatus::InProgress, None, &now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Records a new status with what staff tell the resident. For the back office;
/// there is no staff screen yet, so only tests call it for now.
pub async fn record(
    store: &Store,
    reference: &str,
    status: &str,
    note: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let Some(status) = RequestStatus::parse(status) else {
        return Ok(false);
    };
    let mut tx = store.begin().await?;
    let Some(id) = submissions::set_status(&mut tx, reference, status).await? else {
        return Ok(false);
    };
    submissions::add_event(&mut tx, id, status, note, &time::now().to_string()).await?;
    tx.commit().await?;
    Ok(true)
}
