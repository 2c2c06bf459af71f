//! The names under which the built CSS, JavaScript and WebAssembly are served.
//!
//! With `hash-files = true` (the workspace `Cargo.toml`) cargo-leptos puts a
//! hash of each file's content in its name (`loket.<hash>.css`) and writes the
//! hashes to `hash.txt` beside the server binary. A name that changes whenever
//! the content changes can be cached by the browser for a year without asking
//! again (`static_files` in the server says so), so a second visit downloads
//! only the HTML. The server reads the hashes once at start ([`set`]); pages and
//! error pages take the names from [`current`].

use std::sync::OnceLock;

/// Paths of the three built files, as a page links them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    pub css: String,
    pub js: String,
    pub wasm: String,
    /// Whether the names carry a content hash (and may be cached for good).
    pub hashed: bool,
}

impl Assets {
    /// Names without a hash: a build without `hash-files`, and the server tests.
    pub fn plain(pkg_dir: &str, name: &str) -> Self {
        Self {
            css: format!("/{pkg_dir}/{name}.css"),
            js: format!("/{pkg_dir}/{name}.js"),
            wasm: format!("/{pkg_dir}/{name}.wasm"),
            hashed: false,
        }
    }

    /// Names from the lines of cargo-leptos's `hash.txt` (`css: <hash>`, `js: …`,
    /// `wasm: …`); `None` when a line is missing or a hash is not a plain word,
    /// so a damaged file never produces links to files that are not there.
    pub fn from_hashes(pkg_dir: &str, name: &str, text: &str) -> Option<Self> {
        let hash = |kind: &str| {
            text.lines()
                .filter_map(|line| line.split_once(':'))
                .find(|(k, _)| k.trim() == kind)
                .map(|(_, h)| h.trim())
                .filter(|h| {
                    !h.is_empty()
                        && h.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                })
        };
        Some(Self {
            css: format!("/{pkg_dir}/{name}.{}.css", hash("css")?),
            js: format!("/{pkg_dir}/{name}.{}.js", hash("js")?),
            wasm: format!("/{pkg_dir}/{name}.{}.wasm", hash("wasm")?),
            hashed: true,
        })
    }

    /// Whether `path` is one of these files under a name that changes with its
    /// content: such a file can be cached as immutable.
    pub fn is_immutable(&self, path: &str) -> bool {
        self.hashed && (path == self.css || path == self.js || path == self.wasm)
    }
}

static CURRENT: OnceLock<Assets> = OnceLock::new();

/// Sets the names for this process, once, at start; later calls change nothing.
pub fn set(assets: Assets) {
    let _ = CURRENT.set(assets);
}

/// The names set at start, or the plain names of `pkg/loket.*`.
pub fn current() -> &'static Assets {
    CURRENT.get_or_init(|| Assets::plain("pkg", "loket"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_hash_file_or_stay_plain() {
        let text = "js: 7Pq2DsJ3cHD4Uj_tBTv2Kg\nwasm: Xl0ek1NWZsBdC8gbnpmOBw\ncss: kTGoixUmgyXmFvXVakw0pw\n";
        let assets = Assets::from_hashes("pkg", "loket", text).expect("all three");
        assert_eq!(assets.css, "/pkg/loket.kTGoixUmgyXmFvXVakw0pw.css");
        assert_eq!(assets.js, "/pkg/loket.7Pq2DsJ3cHD4Uj_tBTv2Kg.js");
        assert_eq!(assets.wasm, "/pkg/loket.Xl0ek1NWZsBdC8gbnpmOBw.wasm");
        assert!(assets.is_immutable("/pkg/loket.kTGoixUmgyXmFvXVakw0pw.css"));
        assert!(!assets.is_immutable("/pkg/loket.css"));
        assert!(!assets.is_immutable("/favicon.svg"));
        // A missing line or a hash that is not a plain word: no names at all.
        assert_eq!(Assets::from_hashes("pkg", "loket", "js: a\ncss: b\n"), None);
        assert_eq!(
            Assets::from_hashes("pkg", "loket", "js: a\nwasm: ../x\ncss: b\n"),
            None
        );
        let plain = Assets::plain("pkg", "loket");
        assert_eq!(plain.css, "/pkg/loket.css");
        assert!(!plain.is_immutable("/pkg/loket.css"));
    }
}
