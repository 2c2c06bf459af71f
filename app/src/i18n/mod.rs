//! Languages: Dutch (the default) and English. Every interface text is a key in
//! `app/locales/{nl,en}/main.ftl` (Fluent), looked up on the server while
//! rendering. The choice is a cookie (not personal data); without it the first
//! visit follows `Accept-Language`. A test checks that every key used in the
//! code exists in both files, and that both files have the same keys.

use serde::{Deserialize, Serialize};

pub const COOKIE: &str = "loket_taal";
/// `GET /taal/{code}?terug=/path` sets the language and returns to the page.
pub const PATH: &str = "/taal";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, for `<html lang>` and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn other(self) -> Self {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    /// The language's name in itself, for the switch ("English" on a Dutch page).
    pub fn own_name(self) -> String {
        t_in(self, "lang-own-name")
    }

    /// Reads the request: the cookie first, then `Accept-Language`, then Dutch.
    pub fn from_headers(cookie: Option<&str>, accept_language: Option<&str>) -> Self {
        if let Some(lang) = cookie
            .and_then(|header| crate::display::cookie_value(header, COOKIE))
            .and_then(Lang::from_code)
        {
            return lang;
        }
        accept_language.map(negotiate).unwrap_or_default()
    }
}

/// The best of our languages for an `Accept-Language` header (Dutch when none fits).
#[cfg(feature = "ssr")]
fn negotiate(header: &str) -> Lang {
    use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
    // A header is short; a very long one is not worth parsing.
    if header.len() > 500 {
        return Lang::default();
    }
    // The parser keeps the header's order; the quality values decide, so sort
    // by them first (a stable sort keeps the order of equal ones).
    let mut ranked: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && q > 0.0).then_some((q, tag))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let sorted = ranked
        .iter()
        .map(|(_, tag)| *tag)
        .collect::<Vec<_>>()
        .join(",");
    let requested = accepted_languages::parse(&sorted);
    let available = [loader::NL.clone(), loader::EN.clone()];
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    match chosen.first() {
        Some(id) if **id == loader::EN => Lang::En,
        _ => Lang::Nl,
    }
}

#[cfg(not(feature = "ssr"))]
fn negotiate(_header: &str) -> Lang {
    Lang::default()
}

/// The language of the request being rendered.
pub fn current() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        if let Some(lang) = use_context::<Lang>() {
            return lang;
        }
        use_context::<http::request::Parts>()
            .map(|parts| lang_of(&parts.headers))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::default()
    }
}

/// The language a request asks for.
#[cfg(feature = "ssr")]
pub fn lang_of(headers: &http::HeaderMap) -> Lang {
    let cookie = headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(";");
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Lang::from_headers(Some(&cookie), accept)
}

/// The text of `key` in the language of the request.
pub fn t(key: &str) -> String {
    t_in(current(), key)
}

/// The text of `key` with its placeables filled, in the language of the request.
pub fn t_args(key: &str, args: &[(&str, Arg)]) -> String {
    t_args_in(current(), key, args)
}

/// A value for a placeable: text, or a number (for plural choices).
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Number(value)
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(value as i64)
    }
}

#[cfg(feature = "ssr")]
mod loader {
    use std::sync::LazyLock;

    use fluent_templates::LanguageIdentifier;
    use fluent_templates::langid;

    pub static NL: LanguageIdentifier = langid!("nl");
    pub static EN: LanguageIdentifier = langid!("en");

    fluent_templates::static_loader! {
        pub static LOCALES = {
            locales: "./locales",
            fallback_language: "nl",
            // No Unicode isolation marks around filled-in values: the pages are
            // left-to-right only, and the marks would end up in every copy.
            customise: |bundle| bundle.set_use_isolating(false),
        };
    }

    pub fn id(lang: super::Lang) -> &'static LanguageIdentifier {
        match lang {
            super::Lang::Nl => &NL,
            super::Lang::En => &EN,
        }
    }

    /// Forces the files to load (a syntax error shows at start, not on a page).
    pub static LOADED: LazyLock<()> = LazyLock::new(|| {
        use fluent_templates::Loader;
        let _ = LOCALES.lookup(&NL, "lang-own-name");
    });
}

/// Checks the translation files: each parses without errors, and both have the
/// same keys. The server calls this at start and refuses to run on an error.
#[cfg(feature = "ssr")]
pub fn check_files() -> Result<(), String> {
    use fluent_templates::fluent_bundle::FluentResource;
    std::sync::LazyLock::force(&loader::LOADED);
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(file_text(lang).to_string()) {
            for error in errors {
                problems.push(format!("locales/{}/main.ftl: {error:?}", lang.code()));
            }
        }
        let others = file_keys(lang.other());
        for key in file_keys(lang) {
            if !others.contains(&key) {
                problems.push(format!(
                    "key `{key}` is in locales/{}/main.ftl but missing in locales/{}/main.ftl",
                    lang.code(),
                    lang.other().code()
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

pub(crate) fn file_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("../../locales/nl/main.ftl"),
        Lang::En => include_str!("../../locales/en/main.ftl"),
    }
}

/// The message ids of a language's file (lines `key = ...` at the start).
pub fn file_keys(lang: Lang) -> Vec<String> {
    file_text(lang)
        .lines()
        .filter_map(|line| {
            let (key, _) = line.split_once('=')?;
            let key = key.trim_end();
            let first = key.chars().next()?;
            (first.is_ascii_alphabetic()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| key.to_string())
        })
        .collect()
}

pub fn t_in(lang: Lang, key: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        use fluent_templates::Loader;
        loader::LOCALES
            .try_lookup(loader::id(lang), key)
            .unwrap_or_else(|| {
                // A missing key is a bug the key test catches; never a broken page.
                tracing_key_missing(key);
                key.to_string()
            })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        key.to_string()
    }
}

pub fn t_args_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    #[cfg(feature = "ssr")]
    {
        use std::borrow::Cow;
        use std::collections::HashMap;

        use fluent_templates::Loader;
        use fluent_templates::fluent_bundle::FluentValue;
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(s) => FluentValue::from(s.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (Cow::Owned(name.to_string()), value)
            })
            .collect();
        loader::LOCALES
            .try_lookup_with_args(loader::id(lang), key, &map)
            .unwrap_or_else(|| {
                tracing_key_missing(key);
                key.to_string()
            })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, args);
        key.to_string()
    }
}

#[cfg(feature = "ssr")]
fn tracing_key_missing(key: &str) {
    leptos::logging::warn!("translation key missing: {key}");
}

/// A page title: "Nieuw adres - Verhuizing doorgeven - Gemeente Voorbeeld",
/// as plain text.
pub fn raw_title(parts: &[&str]) -> String {
    t_args("title-suffix", &[("title", parts.join(" - ").into())])
}

/// "Stap 2 van 4" / "Step 2 of 4".
pub fn step_of(number: u8, total: u8) -> String {
    t_args(
        "step-of",
        &[
            ("number", i64::from(number).into()),
            ("total", i64::from(total).into()),
        ],
    )
}

/// The title for leptos_meta's `<Title>`, escaped: leptos_meta 0.8 writes the
/// text into `<title>` as it is, so a search for `</title><script>` would
/// otherwise end the title and start a script.
pub fn title(parts: &[&str]) -> String {
    for_meta(raw_title(parts))
}

/// The title of a page, starting with "Fout: " when it shows errors, so screen
/// readers hear that first.
pub fn form_title(parts: &[&str], has_errors: bool) -> String {
    if has_errors {
        for_meta(t_args(
            "title-error-prefix",
            &[("title", raw_title(parts).into())],
        ))
    } else {
        title(parts)
    }
}

fn for_meta(text: String) -> String {
    #[cfg(feature = "ssr")]
    {
        html_escape::encode_text(&text).into_owned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        text
    }
}

mod format;

pub use format::{
    bare_clock, clock_in, date_in, date_time_in, euros, number, weekday_and_date,
    weekday_and_date_in,
};

#[cfg(test)]
mod tests;
