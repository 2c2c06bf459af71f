//! A path on this site to return to (`terug`, `vanaf`): the one parser for every
//! address a resident's browser hands us to go back to. It accepts only an
//! absolute path of visible ASCII (so no tab, newline or NUL that a browser would
//! drop to reach another site, and nothing a `Location` header cannot carry), never
//! `//host` or a backslash, and drops the fragment.

/// Longest return path we keep; anything longer is refused.
pub const MAX_CHARS: usize = 300;

/// A path of our own, safe to put in a `Location` header or a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalPath(String);

impl LocalPath {
    /// The path, or `None` when it could lead anywhere but this site.
    pub fn parse(raw: &str) -> Option<Self> {
        let path = raw.split('#').next().unwrap_or_default();
        let visible = |b: u8| (0x21..=0x7e).contains(&b);
        let safe = path.len() <= MAX_CHARS
            && path.starts_with('/')
            && !path.starts_with("//")
            && path.bytes().all(|b| visible(b) && b != b'\\');
        safe.then(|| Self(path.to_string()))
    }

    /// The path, or `/` when it is not one of ours.
    pub fn or_home(raw: &str) -> Self {
        Self::parse(raw).unwrap_or_else(|| Self("/".into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_redirect_is_refused_for_every_way_out_of_the_site() {
        for raw in [
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "/\t/evil.example/",
            "/\n/evil.example/",
            "/\r/evil.example/",
            "/\u{b}/evil.example/",
            "/\0/evil.example/",
            "/ /evil.example/",
            "/\u{7f}/evil.example/",
            "/ë",
            "evil.example",
            "",
        ] {
            assert_eq!(LocalPath::parse(raw), None, "{raw:?}");
            assert_eq!(LocalPath::or_home(raw).as_str(), "/", "{raw:?}");
        }
        assert_eq!(
            LocalPath::parse(&format!("/{}", "a".repeat(MAX_CHARS))),
            None
        );
    }

    #[test]
    fn a_path_of_ours_is_kept_without_its_fragment() {
        assert_eq!(
            LocalPath::parse("/producten/verhuizing/adres?terug=controleren#weergave")
                .unwrap()
                .as_str(),
            "/producten/verhuizing/adres?terug=controleren"
        );
        assert_eq!(LocalPath::parse("/").unwrap().as_str(), "/");
        assert_eq!(
            LocalPath::parse("/zoeken?q=id%20kaart").unwrap().as_str(),
            "/zoeken?q=id%20kaart"
        );
    }
}
