//! Times of a visit in words: "9.15 uur", "9.15 tot 9.45 uur", the part of the day.

use crate::i18n::{Lang, bare_clock, t, t_args_in};

use super::*;

/// "9.15 uur" / "9.15".
pub fn clock(minute: u16) -> String {
    clock_in(crate::i18n::current(), minute)
}

/// "9.15 tot 9.45 uur" / "9.15 to 9.45".
pub fn clock_range(start: u16, minutes: u16) -> String {
    clock_range_in(crate::i18n::current(), start, minutes)
}

pub fn clock_range_in(lang: Lang, start: u16, minutes: u16) -> String {
    t_args_in(
        lang,
        "clock-range",
        &[
            ("from", bare_clock(start).into()),
            ("to", bare_clock(start + minutes).into()),
        ],
    )
}

/// The part of the day a start time belongs to, for the time page's groups.
pub fn day_part(minute: u16) -> String {
    t(match minute {
        m if m < 12 * 60 => "day-part-morning",
        m if m < 17 * 60 => "day-part-afternoon",
        _ => "day-part-evening",
    })
}
