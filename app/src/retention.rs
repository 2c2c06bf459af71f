//! How long personal data is kept (AVG, storage limitation), per kind. The
//! server purges what is older (`server::retention`) and the privacy page says
//! the same numbers, because both read them from here. Set once at start from
//! the configuration; the defaults are the municipality's starting point.

use std::sync::OnceLock;

/// Unfinished answers: 24 hours after the last change (the draft cookie lives as long).
pub const DRAFT_HOURS: u32 = 24;
/// "Opslaan en later verder": 30 days (the saved page and the mail say so).
pub const SAVED_DAYS: u32 = 30;
/// Photos that were never sent with a request.
pub const UNSENT_PHOTO_DAYS: u32 = 30;

/// The periods an operator can set (`LOKET_KEEP_*_DAYS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    /// Sent messages (receipts, reminders), after they were delivered or voided.
    pub outbox_days: u32,
    /// Callback requests, after they ended (called, not reached or cancelled).
    pub callback_days: u32,
    /// Counter visits, after their day.
    pub visit_days: u32,
    /// Answers and photos of a handled request, after it was handled, unless the
    /// product file says otherwise (`keep_handled_days`).
    pub handled_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            outbox_days: 30,
            callback_days: 92,
            visit_days: 92,
            handled_days: 365,
        }
    }
}

static CURRENT: OnceLock<Retention> = OnceLock::new();

/// Sets the periods for this process; only the first call counts.
pub fn set(retention: Retention) {
    let _ = CURRENT.set(retention);
}

/// The periods in force.
pub fn current() -> Retention {
    CURRENT.get().copied().unwrap_or_default()
}

impl Retention {
    /// Days the answers and photos of a handled request of this product are kept.
    pub fn handled_days_for(&self, product: &crate::catalogue::Product) -> u32 {
        product.keep_handled_days.unwrap_or(self.handled_days)
    }
}
