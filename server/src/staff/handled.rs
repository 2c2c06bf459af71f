//! What a staff member handles: the products of their role and assignment,
//! and a request of one of those products (anything else is a 404 to them).

use super::sessions::StaffSession;
use crate::AppState;
use crate::store::work::{self, Detail};
use crate::store::{Store, staff};

/// The products whose requests this staff member handles.
pub async fn products_for(
    store: &Store,
    session: &StaffSession,
) -> Result<Vec<String>, sqlx::Error> {
    if session.role.sees_all_products() {
        return Ok(app::catalogue::all()
            .iter()
            .filter(|p| p.form.is_some())
            .map(|p| p.slug.clone())
            .collect());
    }
    staff::products_of(store, session.account_id).await
}

/// The request with this reference, if this staff member handles its product.
/// Anything else (unknown, tampered, another team's) is the same 404.
pub async fn handled_request(
    state: &AppState,
    session: &StaffSession,
    reference: &str,
) -> Result<Option<Detail>, sqlx::Error> {
    if reference.len() > 40
        || !reference
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Ok(None);
    }
    let Some(found) = work::detail(&state.store, reference).await? else {
        return Ok(None);
    };
    let products = products_for(&state.store, session).await?;
    Ok(products.contains(&found.product).then_some(found))
}
