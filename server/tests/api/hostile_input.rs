//! Hostile input at scale: generated requests (a fixed seed, so a failure can be
//! replayed) to every POST route and every question page of every product:
//! random and oversized values, NUL bytes, invalid UTF-8, duplicated and missing
//! fields, wrong content types, broken multipart and injection strings. No
//! answer may be a 5xx, no markup may come back unescaped, and the page still
//! loads afterwards with the same browser (its draft is intact).

use crate::common;

use common::TestApp;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// Markup that must never come back as markup.
const INJECTIONS: [&str; 6] = [
    "<script>lkInjected()</script>",
    "\"><b lk-injected>",
    "'><svg onload=lkInjected()>",
    "</textarea><b lk-injected>",
    "' OR 1=1; DROP TABLE drafts; --",
    "{{7*7}}${7*7}",
];

fn value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => "[ -~]{0,30}".prop_map(String::into_bytes),
        2 => any::<String>().prop_map(String::into_bytes),
        2 => prop::sample::select(INJECTIONS.to_vec()).prop_map(|s| s.as_bytes().to_vec()),
        1 => prop::collection::vec(any::<u8>(), 0..64),
        1 => (1usize..40_000).prop_map(|n| vec![b'a'; n]),
        1 => Just(b"\0\0\0".to_vec()),
        1 => Just(vec![0xff, 0xfe, 0xc3, 0x28]),
    ]
}

/// The fields a generated post may carry: the page's own names and strangers.
fn names_for(path: &str) -> Vec<String> {
    let mut names: Vec<String> = [
        "formulier",
        "actie",
        "terug",
        "vanaf",
        "code",
        "naam",
        "telefoon",
        "email",
        "onderwerp",
        "dagdeel",
        "opmerking",
        "probleem",
        "tekstgrootte",
        "contrast",
        "product",
        "locatie",
        "dag",
        "tijd",
        "x\0y",
        "ë",
        "",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for product in app::catalogue::all() {
        let Some(form) = &product.form else { continue };
        for step in &form.steps {
            if path.ends_with(&format!("/{}", step.slug)) {
                for field in &step.fields {
                    for suffix in [
                        "",
                        "-postcode",
                        "-huisnummer",
                        "-toevoeging",
                        "-dag",
                        "-maand",
                        "-jaar",
                        "-0-naam",
                    ] {
                        names.push(format!("{}{suffix}", field.id));
                    }
                }
            }
        }
    }
    names
}

fn percent(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("%{b:02X}")).collect()
}

fn pick<S: Strategy>(runner: &mut TestRunner, strategy: S) -> S::Value {
    strategy.new_tree(runner).expect("value").current()
}

/// One generated request body: its content type and bytes.
fn body(runner: &mut TestRunner, names: &[String]) -> (String, Vec<u8>) {
    let shape = pick(runner, 0u8..10);
    let fields = pick(runner, 0usize..8);
    let mut pairs: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    for _ in 0..fields {
        let name = names[pick(runner, 0..names.len())].clone().into_bytes();
        pairs.push((name, pick(runner, value())));
    }
    // Duplicated fields.
    if shape == 1 && !pairs.is_empty() {
        pairs.push(pairs[0].clone());
    }
    let urlencoded = || {
        pairs
            .iter()
            .map(|(k, v)| format!("{}={}", percent(k), percent(v)))
            .collect::<Vec<_>>()
            .join("&")
            .into_bytes()
    };
    match shape {
        2 => ("text/plain".into(), urlencoded()),
        3 => ("application/json".into(), b"{\"naam\": [1, 2".to_vec()),
        4 => (
            "multipart/form-data; boundary=lk".into(),
            b"--lk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nhalf".to_vec(),
        ),
        5 => ("multipart/form-data".into(), urlencoded()),
        6 => {
            // Raw, not percent-encoded: invalid UTF-8 and NUL in the body itself.
            let mut raw = Vec::new();
            for (k, v) in &pairs {
                raw.extend_from_slice(k);
                raw.push(b'=');
                raw.extend_from_slice(v);
                raw.push(b'&');
            }
            ("application/x-www-form-urlencoded".into(), raw)
        }
        _ => ("application/x-www-form-urlencoded".into(), urlencoded()),
    }
}

fn routes() -> Vec<String> {
    let mut routes = Vec::new();
    for product in app::catalogue::all() {
        let Some(form) = &product.form else { continue };
        for step in &form.steps {
            routes.push(format!("/producten/{}/{}", product.slug, step.slug));
        }
        routes.push(format!("/producten/{}/controleren", product.slug));
    }
    for path in [
        "/verder",
        "/weergave",
        "/toegankelijkheid",
        "/terugbellen",
        "/terugbellen/onbekend/annuleren",
        "/afspraak/product",
        "/afspraak/locatie",
        "/afspraak/dag",
        "/afspraak/tijd",
        "/afspraak/gegevens",
        "/afspraak/controleren",
        "/afspraak/mijn/onbekend/annuleren",
        "/afspraak/mijn/onbekend/verzetten",
        "/producten/bestaat-niet/stap",
        "/verhuizen/adres",
    ] {
        routes.push(path.to_string());
    }
    routes
}

#[tokio::test]
async fn generated_hostile_posts_never_give_a_5xx_or_echo_markup() {
    let app = TestApp::spawn().await;
    let mut runner = TestRunner::deterministic();
    let routes = routes();
    let per_route = 50;
    let mut sent = 0;
    let mut statuses = std::collections::BTreeMap::new();
    for path in &routes {
        let names = names_for(path);
        let browser = TestApp::browser();
        for case in 0..per_route {
            let (content_type, bytes) = body(&mut runner, &names);
            let response = browser
                .post(format!("{}{path}", app.base))
                .header("content-type", &content_type)
                .body(bytes.clone())
                .send()
                .await
                .expect("answer");
            let status = response.status();
            let location = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .map(String::from);
            let text = response.text().await.unwrap_or_default();
            sent += 1;
            *statuses.entry(status.as_u16()).or_insert(0) += 1;
            let replay = format!(
                "POST {path} case {case} ({content_type}): {:?}",
                String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
            );
            assert!(!status.is_server_error(), "{status} for {replay}");
            for marker in ["<script>lkInjected", "<b lk-injected", "<svg onload"] {
                assert!(!text.contains(marker), "markup echoed for {replay}");
            }
            // The page the post led to (or the page itself) still loads.
            let next = location.unwrap_or_else(|| path.clone());
            if next.starts_with('/') {
                let page = browser
                    .get(format!("{}{next}", app.base))
                    .send()
                    .await
                    .expect("page");
                let page_status = page.status();
                let page_text = page.text().await.unwrap_or_default();
                assert!(
                    !page_status.is_server_error(),
                    "GET {next} gave {page_status} after {replay}"
                );
                for marker in ["<script>lkInjected", "<b lk-injected", "<svg onload"] {
                    assert!(
                        !page_text.contains(marker),
                        "markup echoed on {next} after {replay}"
                    );
                }
            }
        }
    }
    println!(
        "{sent} generated posts over {} routes; answers by status: {statuses:?}",
        routes.len()
    );
    assert!(sent >= 2_000, "{sent}");
}
