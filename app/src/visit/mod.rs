//! Counter visits ("afspraak aan de balie"): locations with opening hours and
//! counters, products with a visit length, and the start times a day offers.
//! Times are civil times in Europe/Amsterdam; the daylight-saving changes fall
//! at night, outside any opening hours, so a civil time names one instant.

pub const BASE: &str = "/afspraak";
pub const CHECK_PATH: &str = "/afspraak/controleren";
/// The secret link of a booked visit: `/afspraak/mijn/{token}`.
pub const MANAGE_BASE: &str = "/afspraak/mijn";
pub const TOTAL_STEPS: u8 = 5;
/// How far ahead a visit can be booked, in days.
pub const DAYS_AHEAD: i64 = 28;

/// Visits start on this grid, in minutes.
pub const START_EVERY_MINUTES: u16 = 15;

mod clock;
mod draft;
#[cfg(feature = "ssr")]
mod location_files;
mod places;
#[cfg(test)]
mod tests;
mod view;

pub use crate::i18n::clock_in;
pub use clock::*;
pub use draft::*;
#[cfg(feature = "ssr")]
pub use location_files::check_locations;
pub use places::*;
pub use view::*;
