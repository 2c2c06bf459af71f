//! Helped at the library: the assisted mode for volunteers of the
//! Informatiepunt Digitale Overheid. A volunteer starts it at `/hulp` with
//! the library and their first name or code (no account); the resident reads
//! and agrees what the volunteer does and does not do; every page then says
//! who helps, and "Klaar: alles wissen" (or [`IDLE_MINUTES`] without
//! activity) removes every trace of the visit on the server. The libraries
//! are data (`app/libraries.toml`), read and checked when the server starts.

use serde::{Deserialize, Serialize};

use crate::journey::{FieldError, field};

/// Where a volunteer starts the mode (a library can make it the PC's start page).
pub const BASE: &str = "/hulp";
/// What the volunteer does and does not do: the resident agrees (POST) or stops.
pub const AGREE: &str = "/hulp/afspraken";
/// POST: "Klaar: alles wissen". GET: the end page (wiped; the question).
pub const DONE: &str = "/hulp/klaar";
/// POST (from the page's script): the resident is still here.
pub const STILL_HERE: &str = "/hulp/verder";
/// Without activity for this long, everything is wiped.
pub const IDLE_MINUTES: i64 = 10;

static IDLE_SECONDS: std::sync::atomic::AtomicI64 =
    std::sync::atomic::AtomicI64::new(IDLE_MINUTES * 60);

/// Sets the idle time once at start (`LOKET_ASSISTED_IDLE_SECONDS`: the
/// browser tests shorten it to see the warning; residents get 10 minutes).
pub fn set_idle_seconds(seconds: i64) {
    IDLE_SECONDS.store(seconds.max(10), std::sync::atomic::Ordering::Relaxed);
}

/// Seconds without activity before everything is wiped.
pub fn idle_seconds() -> i64 {
    IDLE_SECONDS.load(std::sync::atomic::Ordering::Relaxed)
}

/// With scripts, the warning comes after four fifths of the idle time (8 of 10 minutes).
pub fn warn_seconds() -> i64 {
    idle_seconds() * 4 / 5
}
/// The longest first name or volunteer code.
pub const MAX_HELPER_CHARS: usize = 30;

/// A library with an Informatiepunt Digitale Overheid.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Library {
    pub slug: String,
    /// What follows "Bibliotheek": "Centrum".
    pub name: String,
    pub address: String,
}

#[cfg(feature = "ssr")]
mod files {
    use std::sync::LazyLock;

    use super::Library;

    #[derive(serde::Deserialize)]
    struct File {
        library: Vec<Library>,
    }

    fn parse(text: &str) -> Result<Vec<Library>, String> {
        let file: File = toml::from_str(text).map_err(|e| format!("libraries.toml: {e}"))?;
        for (i, l) in file.library.iter().enumerate() {
            let slug_ok = !l.slug.is_empty()
                && l.slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !slug_ok || l.name.trim().is_empty() {
                return Err(format!(
                    "libraries.toml: library {} needs a slug (a-z, 0-9, -) and a name",
                    i + 1
                ));
            }
            if file.library[..i].iter().any(|o| o.slug == l.slug) {
                return Err(format!("libraries.toml: the slug {} is used twice", l.slug));
            }
        }
        Ok(file.library)
    }

    static LIBRARIES: LazyLock<Result<Vec<Library>, String>> =
        LazyLock::new(|| parse(include_str!("../libraries.toml")));

    /// Checked when the server starts: it does not start on a mistake.
    pub fn check() -> Result<(), String> {
        LIBRARIES.as_ref().map(|_| ()).map_err(Clone::clone)
    }

    pub fn all() -> &'static [Library] {
        LIBRARIES.as_deref().unwrap_or_default()
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn the_file_is_read_and_mistakes_are_named() {
            assert!(super::check().is_ok());
            assert!(super::all().len() >= 2);
            let twice = "[[library]]\nslug = \"a\"\nname = \"A\"\naddress = \"x\"\n".repeat(2);
            assert!(super::parse(&twice).unwrap_err().contains("twice"));
            assert!(
                super::parse("[[library]]\nslug = \"A B\"\nname = \"A\"\naddress = \"x\"").is_err()
            );
        }
    }
}

#[cfg(feature = "ssr")]
pub use files::{all as libraries, check as check_libraries};

/// The library with this slug.
#[cfg(feature = "ssr")]
pub fn library(slug: &str) -> Option<&'static Library> {
    libraries().iter().find(|l| l.slug == slug)
}

/// Who helps, on every page of the mode (the banner), and what the mode changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assisted {
    pub helper: String,
    pub library: String,
    pub library_slug: String,
    /// The resident agreed; until then only the agreement page is shown.
    pub agreed: bool,
}

/// The start form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StartDraft {
    pub library: String,
    pub helper: String,
    pub errors: Vec<FieldError>,
}

impl StartDraft {
    /// Keeps what was posted and checks it against `known` library slugs;
    /// the library's slug and the helper's name when both are good.
    pub fn apply(&mut self, form: &[(String, String)], known: &[&str]) -> Option<(String, String)> {
        self.library = field(form, "bibliotheek");
        self.helper = field(form, "vrijwilliger");
        let mut errors = Vec::new();
        if !known.contains(&self.library.as_str()) {
            errors.push(FieldError::single("bibliotheek", "help-error-library"));
        }
        let helper = self.helper.trim();
        let helper_ok = !helper.is_empty()
            && helper.chars().count() <= MAX_HELPER_CHARS
            && helper
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\''));
        if !helper_ok {
            errors.push(FieldError::single("vrijwilliger", "help-error-helper"));
        }
        self.errors = errors;
        self.errors
            .is_empty()
            .then(|| (self.library.clone(), helper.to_string()))
    }
}

/// Why the mode ended, as the end page says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// "Klaar: alles wissen".
    Done,
    /// Ten minutes without activity.
    Idle,
}

/// The pages of the mode itself.
#[derive(Clone, Debug)]
pub enum HelpPage {
    /// `/hulp`: choose the library, give a first name or code.
    Start {
        draft: StartDraft,
        libraries: Vec<(String, String)>,
    },
    /// `/hulp/afspraken`: what the volunteer does and does not do.
    Agree,
    /// `/hulp/klaar`: everything is wiped; the question for the resident
    /// (about the help at this library, anonymous, like the counter tablet).
    Ended {
        why: Ended,
        library: Option<(String, String)>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_volunteer_gives_a_known_library_and_a_short_name() {
        let known = ["centrum", "noord"];
        let mut draft = StartDraft::default();
        assert_eq!(draft.apply(&form(&[]), &known), None);
        assert_eq!(draft.errors.len(), 2);
        assert_eq!(
            draft.apply(
                &form(&[("bibliotheek", "centrum"), ("vrijwilliger", " Marieke ")]),
                &known
            ),
            Some(("centrum".into(), "Marieke".into()))
        );
        assert_eq!(
            draft.apply(
                &form(&[("bibliotheek", "elders"), ("vrijwilliger", "V-12")]),
                &known
            ),
            None
        );
        let long = "a".repeat(MAX_HELPER_CHARS + 1);
        assert_eq!(
            draft.apply(
                &form(&[("bibliotheek", "noord"), ("vrijwilliger", &long)]),
                &known
            ),
            None
        );
        assert_eq!(
            draft.apply(
                &form(&[("bibliotheek", "noord"), ("vrijwilliger", "<b>")]),
                &known
            ),
            None
        );
    }
}
