//! A staff form kept on the session between a post and the page it returns
//! to: after a problem (what went wrong and what was typed), and across a
//! run-out session (given back once after signing in again).

use serde::{Deserialize, Serialize};

use crate::store::{Store, staff};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct KeptForm {
    /// Where the form posted.
    pub action: String,
    pub fields: Vec<(String, String)>,
    /// A word for what went wrong (`meanwhile:<status>`, `no-status`, ...), or
    /// `restored` after signing in again.
    pub problem: Option<String>,
}

impl KeptForm {
    pub fn field(&self, name: &str) -> Option<&str> {
        app::journey::posted(&self.fields, name)
    }
}

pub async fn keep(store: &Store, session_key: &str, form: &KeptForm) -> Result<(), sqlx::Error> {
    let json = serde_json::to_string(form).unwrap_or_default();
    staff::keep_form(store, session_key, &json).await
}

/// The kept form, taken off the session, if it was posted to `action`.
pub async fn take(
    store: &Store,
    session_key: &str,
    action: &str,
) -> Result<Option<KeptForm>, sqlx::Error> {
    let Some(json) = staff::take_kept_form(store, session_key).await? else {
        return Ok(None);
    };
    Ok(serde_json::from_str::<KeptForm>(&json)
        .ok()
        .filter(|f| f.action == action))
}
