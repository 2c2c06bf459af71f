//! Language choice (cookie, Accept-Language, Dutch), amounts and numbers per
//! language, and every key the code uses present in both translation files.

use super::*;

#[test]
fn the_cookie_wins_then_accept_language_then_dutch() {
    assert_eq!(
        Lang::from_headers(Some("loket_taal=en"), Some("nl-NL")),
        Lang::En
    );
    assert_eq!(
        Lang::from_headers(Some("a=b; loket_taal=nl"), Some("en")),
        Lang::Nl
    );
    assert_eq!(Lang::from_headers(Some("loket_taal=fr"), None), Lang::Nl);
    assert_eq!(Lang::from_headers(None, None), Lang::Nl);
}

#[cfg(feature = "ssr")]
#[test]
fn accept_language_picks_the_best_of_ours() {
    assert_eq!(Lang::from_headers(None, Some("en-GB,en;q=0.9")), Lang::En);
    assert_eq!(Lang::from_headers(None, Some("en-US,nl;q=0.8")), Lang::En);
    assert_eq!(Lang::from_headers(None, Some("nl-BE,en;q=0.5")), Lang::Nl);
    assert_eq!(Lang::from_headers(None, Some("de-DE,en;q=0.7")), Lang::En);
    assert_eq!(Lang::from_headers(None, Some("de-DE,fr")), Lang::Nl);
    assert_eq!(
        Lang::from_headers(None, Some("fr;q=1,en;q=0.1,nl;q=0.9")),
        Lang::Nl
    );
    assert_eq!(Lang::from_headers(None, Some(";;;,,=")), Lang::Nl);
}

#[test]
fn amounts_and_numbers_follow_the_language() {
    assert_eq!(euros(Lang::Nl, 1500), "€ 15,00");
    assert_eq!(euros(Lang::En, 1500), "€15.00");
    assert_eq!(euros(Lang::Nl, 1_234_567), "€ 12.345,67");
    assert_eq!(euros(Lang::En, 5), "€0.05");
    assert_eq!(number(Lang::Nl, 1250), "1.250");
    assert_eq!(number(Lang::En, 1_000_000), "1,000,000");
    assert_eq!(number(Lang::En, 999), "999");
}

/// Every key used in the code (`t("…")`, `t_args("…"`, `t_in(…, "…")`) is in
/// both files, both files have the same keys, and every key resolves.
#[cfg(feature = "ssr")]
#[test]
fn every_key_exists_in_both_languages() {
    let nl = file_keys(Lang::Nl);
    let en = file_keys(Lang::En);
    assert!(
        nl.len() > 50,
        "the Dutch file looks empty: {} keys",
        nl.len()
    );
    let mut problems = Vec::new();
    for key in &nl {
        if !en.contains(key) {
            problems.push(format!("`{key}` is in nl/main.ftl but not in en/main.ftl"));
        }
    }
    for key in &en {
        if !nl.contains(key) {
            problems.push(format!("`{key}` is in en/main.ftl but not in nl/main.ftl"));
        }
    }
    for (file, key) in used_keys() {
        for (lang, keys) in [("nl", &nl), ("en", &en)] {
            if !keys.contains(&key) {
                problems.push(format!("{file} uses `{key}`, missing in {lang}/main.ftl"));
            }
        }
    }
    if let Err(e) = check_files() {
        problems.push(e);
    }
    assert!(
        problems.is_empty(),
        "translation problems:\n{}",
        problems.join("\n")
    );
}

/// Keys in the Rust sources of the app and the server.
#[cfg(feature = "ssr")]
fn used_keys() -> Vec<(String, String)> {
    let mut used = Vec::new();
    for file in source_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        for marker in ["t(\"", "t_args(\"", "t_in(lang, \"", "t_args_in(lang, \""] {
            for (i, _) in text.match_indices(marker) {
                // `t(` only as a whole word (not `get(` or `part(`).
                if marker == "t(\"" {
                    let before = text[..i].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                }
                let rest = &text[i + marker.len()..];
                if let Some(end) = rest.find('"') {
                    let key = &rest[..end];
                    // Only literal keys; examples in comments are not code.
                    if !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        used.push((file.display().to_string(), key.to_string()));
                    }
                }
            }
        }
    }
    assert!(
        used.len() > 50,
        "the key scan found only {} keys",
        used.len()
    );
    // Keys also travel as plain literals (error keys, consts): any literal that
    // looks like a key of a known group ("visit-error-…") must be one.
    let groups: std::collections::BTreeSet<String> = file_keys(Lang::Nl)
        .iter()
        .filter_map(|k| k.split_once('-').map(|(g, _)| g.to_string()))
        .collect();
    // Literals that only start a key built in code.
    const KEY_STARTS: [&str; 1] = ["date-missing"];
    for file in source_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let looks_like_key = literal.contains('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && literal
                    .split_once('-')
                    .is_some_and(|(g, _)| groups.contains(g));
            if looks_like_key && !KEY_STARTS.contains(&literal) {
                used.push((file.display().to_string(), literal.to_string()));
            }
        }
    }
    used
}

#[cfg(feature = "ssr")]
fn source_files() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [root.join("src"), root.join("../server/src")] {
        collect_rs(&dir, &mut files);
    }
    files
}

#[cfg(feature = "ssr")]
fn collect_rs(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
