//! A form filled in by a KCC agent with the resident on the phone ("Verder met
//! het formulier"): the draft starts from the answers the resident handed over
//! with a callback request, and remembers who registers it, for which callback
//! request, and in which language the resident's receipt goes. The server
//! checks the agent's session again when the form is sent; only then is the
//! request stored with channel `telefoon` and the agent as its registrar.

use serde::{Deserialize, Serialize};

/// Who fills this draft in for a resident, and for which callback request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registrar {
    pub staff_id: i64,
    pub staff_name: String,
    /// The callback request's reference (`TB-...`).
    pub callback: String,
    /// The resident's language (of the callback request): the receipt goes in it.
    pub lang: String,
}
