//! Display preferences: text size, contrast, extra spacing, less motion.
//! They are not personal data: kept in a cookie, read while rendering on the
//! server, so the first paint is already right (no flash), and applied as
//! classes on `<html>` that `style/display.css` turns into the modes.

use serde::{Deserialize, Serialize};

pub const COOKIE: &str = "loket_weergave";
pub const PATH: &str = "/weergave";
/// The id of the switch, so a post returns to the same spot.
pub const ANCHOR: &str = "weergave";
/// Added to the page address after saving: the switch opens and says it was saved.
pub const SAVED_QUERY: &str = "weergave=opgeslagen";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    ExtraLarge,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::ExtraLarge];

    pub fn slug(self) -> &'static str {
        match self {
            TextSize::Standard => "standaard",
            TextSize::Large => "groot",
            TextSize::ExtraLarge => "extra-groot",
        }
    }

    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Contrast {
    #[default]
    Standard,
    High,
}

impl Contrast {
    pub const ALL: [Contrast; 2] = [Contrast::Standard, Contrast::High];

    pub fn slug(self) -> &'static str {
        match self {
            Contrast::Standard => "standaard",
            Contrast::High => "hoog",
        }
    }

    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Display {
    pub text: TextSize,
    pub contrast: Contrast,
    /// Extra line, paragraph, letter and word spacing.
    pub spacing: bool,
    /// Less motion, on top of the system's `prefers-reduced-motion`.
    pub calm: bool,
}

impl Display {
    /// Reads the cookie value ("groot.hoog.ruim.rustig"); anything unknown is ignored.
    pub fn from_cookie(value: &str) -> Self {
        let mut display = Display::default();
        for token in value.split('.').take(8) {
            if let Some(text) = token.strip_prefix("tekst-").and_then(TextSize::from_slug) {
                display.text = text;
            } else if let Some(contrast) = token
                .strip_prefix("contrast-")
                .and_then(Contrast::from_slug)
            {
                display.contrast = contrast;
            } else if token == "ruim" {
                display.spacing = true;
            } else if token == "rustig" {
                display.calm = true;
            }
        }
        display
    }

    pub fn to_cookie(self) -> String {
        let mut tokens = vec![
            format!("tekst-{}", self.text.slug()),
            format!("contrast-{}", self.contrast.slug()),
        ];
        if self.spacing {
            tokens.push("ruim".into());
        }
        if self.calm {
            tokens.push("rustig".into());
        }
        tokens.join(".")
    }

    /// The posted switch; a missing or unknown value is the standard.
    pub fn from_form(form: &[(String, String)]) -> Self {
        let value = |name: &str| {
            form.iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
                .unwrap_or("")
        };
        Display {
            text: TextSize::from_slug(value("tekstgrootte")).unwrap_or_default(),
            contrast: Contrast::from_slug(value("contrast")).unwrap_or_default(),
            spacing: value("ruimte") == "ja",
            calm: value("beweging") == "ja",
        }
    }

    /// The classes on `<html>`.
    pub fn classes(self) -> String {
        let mut classes = vec![
            format!("lk-text-{}", self.text.slug()),
            format!("lk-contrast-{}", self.contrast.slug()),
        ];
        if self.spacing {
            classes.push("lk-spacing".into());
        }
        if self.calm {
            classes.push("lk-calm".into());
        }
        classes.join(" ")
    }
}

/// The preferences of the request being rendered (the standard outside a request).
pub fn current() -> Display {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        if let Some(display) = use_context::<Display>() {
            return display;
        }
        use_context::<http::request::Parts>()
            .map(|parts| from_headers(&parts.headers))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Display::default()
    }
}

/// A path of our own to return to, never another site; `/` otherwise
/// (see [`crate::domain::LocalPath`], the one parser of return paths).
pub fn local_path(raw: &str) -> String {
    crate::domain::LocalPath::or_home(raw).into_string()
}

/// The preferences a request carries in its cookie.
#[cfg(feature = "ssr")]
pub fn from_headers(headers: &http::HeaderMap) -> Display {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|header| cookie_value(header, COOKIE))
        .map(Display::from_cookie)
        .unwrap_or_default()
}

/// The value of one cookie in a `Cookie` header ("a=1; loket_taal=en"), also
/// under its `__Host-` name (behind HTTPS).
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name || key.strip_prefix("__Host-") == Some(name))
        .map(|(_, value)| value.trim())
}

/// Where to go back to after saving: a path of our own, never another site.
pub fn return_path(raw: &str) -> String {
    let without_fragment = local_path(raw);
    let without_fragment = without_fragment.as_str();
    // Drop an earlier "saved" marker so it is not repeated.
    let (path, query) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && *p != SAVED_QUERY)
        .collect();
    let mut target = path.to_string();
    target.push('?');
    for part in kept {
        target.push_str(part);
        target.push('&');
    }
    target.push_str(SAVED_QUERY);
    target.push('#');
    target.push_str(ANCHOR);
    target
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::test_form as form;

    #[test]
    fn the_cookie_round_trips_and_ignores_what_it_does_not_know() {
        let display = Display {
            text: TextSize::ExtraLarge,
            contrast: Contrast::High,
            spacing: true,
            calm: false,
        };
        assert_eq!(display.to_cookie(), "tekst-extra-groot.contrast-hoog.ruim");
        assert_eq!(Display::from_cookie(&display.to_cookie()), display);
        assert_eq!(
            Display::from_cookie("tekst-reusachtig.<script>.rustig"),
            Display {
                calm: true,
                ..Display::default()
            }
        );
        assert_eq!(
            display.classes(),
            "lk-text-extra-groot lk-contrast-hoog lk-spacing"
        );
    }

    #[test]
    fn the_form_sets_every_preference() {
        let display = Display::from_form(&form(&[
            ("tekstgrootte", "groot"),
            ("contrast", "hoog"),
            ("beweging", "ja"),
        ]));
        assert_eq!(display.text, TextSize::Large);
        assert_eq!(display.contrast, Contrast::High);
        assert!(!display.spacing && display.calm);
        assert_eq!(Display::from_form(&[]), Display::default());
    }

    #[test]
    fn saving_returns_to_the_same_page_and_spot_only_on_this_site() {
        assert_eq!(
            return_path("/producten/verhuizing/adres?terug=controleren"),
            "/producten/verhuizing/adres?terug=controleren&weergave=opgeslagen#weergave"
        );
        assert_eq!(
            return_path("/afspraak?weergave=opgeslagen#weergave"),
            "/afspraak?weergave=opgeslagen#weergave"
        );
        let home = "/?weergave=opgeslagen#weergave";
        assert_eq!(return_path("https://evil.example/"), home);
        assert_eq!(return_path("//evil.example/"), home);
        assert_eq!(return_path("/\\evil.example"), home);
        assert_eq!(return_path("/\t/evil.example/"), home);
    }
}
