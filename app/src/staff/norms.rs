//! The norms the KPIs are shown against, from `app/config/norms.toml`
//! (embedded at build time, like the product and location files), checked
//! when the server starts: a missing or unknown field, or a share above 100,
//! stops it with the field's name.

use std::sync::LazyLock;

use serde::Deserialize;

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Norms {
    pub phone_answer_seconds: u32,
    pub phone_within_percent: u32,
    pub phone_abandoned_max_percent: u32,
    pub callback_working_days: u32,
    pub callback_within_percent: u32,
    pub counter_wait_minutes: u32,
    pub counter_within_percent: u32,
    pub counter_no_show_max_percent: u32,
    pub requests_within_percent: u32,
    pub requests_complete_percent: u32,
    pub first_contact_resolution_percent: u32,
    pub satisfied_percent: u32,
}

const FILE: &str = include_str!("../../config/norms.toml");

/// Reads a norms file; the problem names the field.
pub fn parse(text: &str) -> Result<Norms, String> {
    let norms: Norms = toml::from_str(text).map_err(|e| format!("config/norms.toml: {e}"))?;
    let shares = [
        ("phone_within_percent", norms.phone_within_percent),
        (
            "phone_abandoned_max_percent",
            norms.phone_abandoned_max_percent,
        ),
        ("callback_within_percent", norms.callback_within_percent),
        ("counter_within_percent", norms.counter_within_percent),
        (
            "counter_no_show_max_percent",
            norms.counter_no_show_max_percent,
        ),
        ("requests_within_percent", norms.requests_within_percent),
        ("requests_complete_percent", norms.requests_complete_percent),
        (
            "first_contact_resolution_percent",
            norms.first_contact_resolution_percent,
        ),
        ("satisfied_percent", norms.satisfied_percent),
    ];
    if let Some((field, _)) = shares.iter().find(|(_, v)| *v > 100) {
        return Err(format!(
            "config/norms.toml: {field} is a share: at most 100"
        ));
    }
    Ok(norms)
}

static NORMS: LazyLock<Result<Norms, String>> = LazyLock::new(|| parse(FILE));

/// Checked at start: the server does not run on a wrong norms file.
pub fn check() -> Result<Norms, String> {
    NORMS.clone()
}

/// The norms (after [`check`] passed at start).
pub fn current() -> Norms {
    NORMS.clone().unwrap_or(Norms {
        phone_answer_seconds: 20,
        phone_within_percent: 80,
        phone_abandoned_max_percent: 5,
        callback_working_days: 2,
        callback_within_percent: 90,
        counter_wait_minutes: 10,
        counter_within_percent: 80,
        counter_no_show_max_percent: 10,
        requests_within_percent: 90,
        requests_complete_percent: 85,
        first_contact_resolution_percent: 70,
        satisfied_percent: 80,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_reads_and_mistakes_name_the_field() {
        assert_eq!(check().map(|n| n.counter_wait_minutes), Ok(10));
        let unknown = format!("{FILE}\nphone_norm = 3\n");
        assert!(parse(&unknown).unwrap_err().contains("phone_norm"));
        let share = FILE.replace("satisfied_percent = 80", "satisfied_percent = 180");
        assert!(parse(&share).unwrap_err().contains("satisfied_percent"));
        let missing = FILE.replace("counter_wait_minutes = 10", "");
        assert!(
            parse(&missing)
                .unwrap_err()
                .contains("counter_wait_minutes")
        );
    }
}
