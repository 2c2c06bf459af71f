//! Security regressions, each named after the problem it closes: stored XSS in
//! text areas, open redirects through control characters, 500s on odd input,
//! the headers on every route, guessing of resume codes and secret links, and
//! connections held open without a request.

use crate::common;

use std::time::Duration;

use common::{TestApp, first_slot, nonce, saved_code, sha256_hex};
use reqwest::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const PAYLOAD: &str = "</textarea><script>document.title=\"XSS\"</script><textarea>";
const ESCAPED: &str = "&lt;/textarea&gt;&lt;script&gt;";

/// How to reach each long text field of the engine: the earlier answers, then
/// the step that asks it. Every long text field in the catalogue must be here.
/// Earlier steps and their answers.
type Steps = Vec<(&'static str, Vec<(&'static str, &'static str)>)>;

/// A product, its long text field, the step that asks it, and what comes before.
type LongTextRoute = (&'static str, &'static str, &'static str, Steps);

fn long_text_routes() -> Vec<LongTextRoute> {
    vec![
        (
            "melding-openbare-ruimte",
            "plek",
            "plek",
            vec![
                ("wat", vec![("soort", "verlichting")]),
                ("plek-bekend", vec![("adres-bekend", "nee")]),
            ],
        ),
        (
            "melding-openbare-ruimte",
            "beschrijving",
            "beschrijving",
            vec![
                ("wat", vec![("soort", "verlichting")]),
                ("plek-bekend", vec![("adres-bekend", "nee")]),
                ("plek", vec![("plek", "Achter de sporthal")]),
            ],
        ),
    ]
}

fn assert_escaped(body: &str, what: &str) {
    assert!(
        !body.contains("</textarea><script>"),
        "{what}: markup came back live"
    );
    assert!(
        body.contains(ESCAPED),
        "{what}: the typed text is shown, escaped"
    );
}

#[tokio::test]
async fn stored_xss_through_a_text_area_is_escaped_in_every_long_text_field() {
    let listed: Vec<(&str, &str)> = long_text_routes()
        .iter()
        .map(|(product, field, _, _)| (*product, *field))
        .collect();
    for product in app::catalogue::all() {
        let Some(form) = &product.form else { continue };
        for field in form.steps.iter().flat_map(|s| &s.fields) {
            if matches!(field.kind, app::form::Kind::LongText) {
                assert!(
                    listed.contains(&(product.slug.as_str(), field.id.as_str())),
                    "{}: long text field {} has no route in this test",
                    product.slug,
                    field.id
                );
            }
        }
    }
    for (product, field, step, before) in long_text_routes() {
        let app = TestApp::spawn().await;
        for (earlier, answers) in &before {
            let answer = app
                .post(&format!("/producten/{product}/{earlier}"), answers)
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{product}/{earlier}");
        }
        let path = format!("/producten/{product}/{step}");
        // Saved for later: the way the payload would reach someone else.
        let saved = app
            .post(&path, &[(field, PAYLOAD), ("actie", "opslaan")])
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{path}");
        let page = app.get(&path).await;
        assert_escaped(&page.body, &path);
        let code = saved_code(
            &app.get(&format!("/producten/{product}/opgeslagen"))
                .await
                .body,
        );
        let victim = TestApp::browser();
        let resumed = app.post_as(&victim, "/verder", &[("code", &code)]).await;
        assert_eq!(resumed.status, StatusCode::SEE_OTHER);
        let page = app.get_as(&victim, &path).await;
        assert_escaped(&page.body, &format!("{path} after resuming"));
    }
}

#[tokio::test]
async fn stored_xss_through_the_callback_note_and_the_accessibility_report_is_escaped() {
    let app = TestApp::spawn().await;
    let form = app.get("/terugbellen").await.body;
    // No name: the page comes back with the error and what was typed.
    let slot = first_slot();
    let answer = app
        .post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form)),
                ("naam", ""),
                ("telefoon", "0612345678"),
                ("onderwerp", "Paspoort"),
                ("dagdeel", &slot),
                ("opmerking", PAYLOAD),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_escaped(&app.get("/terugbellen").await.body, "the callback note");

    let form = app.get("/toegankelijkheid").await.body;
    let answer = app
        .post(
            "/toegankelijkheid",
            &[
                ("formulier", &nonce(&form)),
                ("probleem", PAYLOAD),
                ("email", "geen-adres"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_escaped(
        &app.get("/toegankelijkheid").await.body,
        "the accessibility report",
    );
}

#[tokio::test]
async fn open_redirect_through_control_characters_is_refused_and_never_a_500() {
    let app = TestApp::spawn().await;
    for control in ["%09", "%0a", "%0d", "%0b", "%00", "%7f", "%20"] {
        let language = app
            .get(&format!("/taal/en?terug=/{control}/evil.example/"))
            .await;
        assert_eq!(language.status, StatusCode::SEE_OTHER, "taal {control}");
        assert_eq!(language.location.as_deref(), Some("/"), "taal {control}");
        let raw = urlencoding_decode(control);
        let display = app
            .post(
                "/weergave",
                &[
                    ("tekstgrootte", "groot"),
                    ("terug", &format!("/{raw}/evil.example/")),
                ],
            )
            .await;
        assert_eq!(display.status, StatusCode::SEE_OTHER, "weergave {control}");
        let to = display.location.expect("location");
        assert!(to.starts_with("/?"), "weergave {control}: {to}");
    }
    // A path of our own still works.
    let back = app.get("/taal/en?terug=/zoeken%3Fq%3Dpaspoort").await;
    assert_eq!(back.location.as_deref(), Some("/zoeken?q=paspoort"));
}

fn urlencoding_decode(code: &str) -> String {
    let byte = u8::from_str_radix(&code[1..], 16).expect("hex");
    char::from(byte).to_string()
}

#[tokio::test]
async fn a_path_segment_too_long_for_a_file_name_is_a_404_not_a_500() {
    let app = TestApp::spawn().await;
    let long = "a".repeat(300);
    for path in [
        format!("/{long}"),
        format!("/pkg/{long}"),
        format!("/producten/{long}"),
    ] {
        let answer = app.get(&path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{}", &path[..20]);
        assert!(answer.body.contains("<h1"), "our own page");
    }
}

/// Every route of the application with sample values for its parameters, and
/// the server's own routes: a new route cannot forget the headers.
fn every_route() -> Vec<(reqwest::Method, String)> {
    let mut routes: Vec<(reqwest::Method, String)> = leptos_axum::generate_route_list(app::App)
        .iter()
        .map(|route| {
            let path = route
                .path()
                .replace(":product", "melding-openbare-ruimte")
                .replace(":step", "wat")
                .replace(":token", "onbekend")
                .replace(":code", "ABCD2345")
                .replace("{product}", "melding-openbare-ruimte")
                .replace("{step}", "wat")
                .replace("{token}", "onbekend")
                .replace("{code}", "ABCD2345");
            (reqwest::Method::GET, path)
        })
        .collect();
    assert!(
        routes.len() >= 15,
        "the route list is read: {}",
        routes.len()
    );
    for path in [
        "/producten/melding-openbare-ruimte/wat",
        "/producten/melding-openbare-ruimte/controleren",
        "/verder",
        "/weergave",
        "/toegankelijkheid",
        "/terugbellen",
        "/terugbellen/onbekend/annuleren",
        "/afspraak/dag",
        "/afspraak/controleren",
        "/afspraak/mijn/onbekend/annuleren",
        "/afspraak/mijn/onbekend/verzetten",
    ] {
        routes.push((reqwest::Method::POST, path.to_string()));
    }
    for path in [
        "/taal/en?terug=/",
        "/verhuizen/adres",
        "/afspraak/mijn/onbekend/agenda.ics",
        "/pkg/bestaat-niet.css",
        "/favicon.svg",
        "/bestaat/niet",
    ] {
        routes.push((reqwest::Method::GET, path.to_string()));
    }
    routes
}

#[tokio::test]
async fn every_route_answers_with_the_security_headers() {
    let app = TestApp::spawn().await;
    for (method, path) in every_route() {
        let response = app
            .client
            .request(method.clone(), format!("{}{path}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(if method == reqwest::Method::POST {
                "x=1"
            } else {
                ""
            })
            .send()
            .await
            .expect("answer");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.expect("body");
        let what = format!("{method} {path} ({status})");
        assert!(!status.is_server_error(), "{what}");
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_else(|| panic!("{what}: no {name}"))
                .to_string()
        };
        let csp = header("content-security-policy");
        for part in [
            "default-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
        ] {
            assert!(csp.contains(part), "{what}: {part} in {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
        assert_eq!(header("referrer-policy"), "same-origin", "{what}");
        assert_eq!(
            header("cross-origin-opener-policy"),
            "same-origin",
            "{what}"
        );
        assert!(header("permissions-policy").contains("camera=()"), "{what}");
        assert_eq!(header("x-frame-options"), "DENY", "{what}");
        // Every inline script of a page carries the nonce the policy allows.
        let mut rest = body.as_str();
        while let Some(at) = rest.find("<script") {
            let tag = &rest[at..rest[at..].find('>').map_or(rest.len(), |end| at + end)];
            if !tag.contains(" src=") {
                let nonce = tag
                    .split("nonce=\"")
                    .nth(1)
                    .and_then(|n| n.split('"').next())
                    .unwrap_or_else(|| panic!("{what}: inline script without a nonce: {tag}"));
                assert!(
                    csp.contains(&format!("'nonce-{nonce}'")),
                    "{what}: nonce {nonce} not in {csp}"
                );
            }
            rest = &rest[at + 7..];
        }
    }
}

#[tokio::test]
async fn pages_behind_a_secret_are_neither_kept_nor_indexed() {
    let app = TestApp::spawn().await;
    for path in [
        "/verder/ABCD2345",
        "/aanvraag/onbekend",
        "/afspraak/mijn/onbekend",
        "/terugbellen/onbekend",
    ] {
        let answer = app.get(path).await;
        let header = |name: &str| {
            answer
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(String::from)
        };
        assert_eq!(
            header("cache-control").as_deref(),
            Some("no-store"),
            "{path}"
        );
        assert!(
            header("x-robots-tag").is_some_and(|v| v.contains("noindex")),
            "{path}"
        );
    }
}

/// A browser that connects from another loopback address (another resident).
fn browser_from(address: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(std::net::IpAddr::from(address))
        .build()
        .expect("client")
}

#[tokio::test]
async fn resume_codes_cannot_be_brute_forced_from_one_address() {
    let app = TestApp::spawn().await;
    // A real saved form, whose code the guesser does not know.
    let code = app.save_parking_form().await;
    let guesser = browser_from([127, 0, 0, 2]);
    for attempt in 0..10 {
        let wrong = format!("ZZZZ{attempt:04}")
            .replace('0', "A")
            .replace('1', "B");
        let answer = app.post_as(&guesser, "/verder", &[("code", &wrong)]).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "attempt {attempt}");
        assert!(answer.location.expect("back").contains("fout=1"));
    }
    // The eleventh guess is refused, even the right code, with when to try again.
    let refused = app.post_as(&guesser, "/verder", &[("code", &code)]).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: i64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=15 * 60).contains(&retry), "{retry}");
    assert!(
        refused
            .body
            .contains("Probeer het over een kwartier opnieuw")
    );
    // Secret links count too.
    assert_eq!(
        app.get_as(&guesser, "/aanvraag/onbekend").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Someone else, at another address, is not held back.
    let resident = browser_from([127, 0, 0, 3]);
    let resumed = app.post_as(&resident, "/verder", &[("code", &code)]).await;
    assert_eq!(
        resumed.location.as_deref(),
        Some("/producten/parkeervergunning/kenteken")
    );
}

#[tokio::test]
async fn guessing_spread_over_many_addresses_meets_the_total_limit() {
    let app = TestApp::spawn().await;
    // 100 addresses with 10 wrong guesses each: the total of 1,000 in a quarter.
    let mut guesses = Vec::new();
    for host in 0..100u8 {
        let client = browser_from([127, 0, 1, host + 1]);
        let base = app.base.clone();
        guesses.push(tokio::spawn(async move {
            for attempt in 0..10 {
                let answer = client
                    .get(format!("{base}/aanvraag/gok-{host}-{attempt}"))
                    .send()
                    .await
                    .expect("answer");
                assert_eq!(answer.status(), StatusCode::NOT_FOUND);
            }
        }));
    }
    for guess in guesses {
        guess.await.expect("guesser");
    }
    let fresh = browser_from([127, 0, 2, 1]);
    let answer = app.get_as(&fresh, "/aanvraag/nog-een-gok").await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
}

/// Reads until the server closes the connection; false if it is still open after `wait`.
async fn closed_within(stream: &mut tokio::net::TcpStream, wait: Duration) -> bool {
    let mut buffer = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buffer)).await {
            Err(_) => return false,
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => continue,
        }
    }
}

#[tokio::test]
async fn idle_and_half_sent_connections_are_closed_and_others_are_still_served() {
    let app = TestApp::spawn_with_idle(Duration::from_millis(700)).await;
    let addr = app.base.trim_start_matches("http://").to_string();
    let mut held = Vec::new();
    for i in 0..400 {
        let mut stream = tokio::net::TcpStream::connect(&addr)
            .await
            .expect("connect");
        if i % 2 == 0 {
            // Half a request head, never finished (slowloris).
            stream
                .write_all(b"GET / HTTP/1.1\r\nHost: loket\r\nX-Slow: ")
                .await
                .expect("write");
        } else {
            // One whole request, then silence on a keep-alive connection.
            stream
                .write_all(b"GET /favicon.svg HTTP/1.1\r\nHost: loket\r\n\r\n")
                .await
                .expect("write");
        }
        held.push(stream);
    }
    // With all of those open, a resident is served.
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    let mut closed = 0;
    for stream in &mut held {
        if closed_within(stream, Duration::from_secs(5)).await {
            closed += 1;
        }
    }
    assert_eq!(
        closed,
        held.len(),
        "every idle connection is closed by the server"
    );
    assert_eq!(app.get("/").await.status, StatusCode::OK);
}

/// The SHA-256 of a secret in hex, computed here and not by the server's code.

#[tokio::test]
async fn secrets_are_looked_up_by_their_hash_and_resume_codes_are_not_stored_in_the_clear() {
    let app = TestApp::spawn().await;
    let code = app.save_parking_form().await.replace(' ', "");
    let stored: Vec<(String,)> = sqlx::query_as("SELECT code FROM saved_drafts")
        .fetch_all(&app.pool)
        .await
        .expect("codes");
    assert_eq!(
        stored,
        vec![(sha256_hex(&code),)],
        "only the code's hash is kept"
    );

    let asked = app.ask_callback("0612345678").await;
    let link = asked.location.expect("to the request's own page");
    let token = link.rsplit('/').next().expect("token").to_string();
    let (key,): (String,) = sqlx::query_as("SELECT token_key FROM callback_requests")
        .fetch_one(&app.pool)
        .await
        .expect("key");
    assert_eq!(key, sha256_hex(&token));

    // Rows from before the keys: a clear code and a token without its key. The next
    // start gives them their keys, and both still open what they opened.
    sqlx::query("UPDATE saved_drafts SET code = $1")
        .bind(&code)
        .execute(&app.pool)
        .await
        .expect("old code");
    sqlx::query("UPDATE callback_requests SET token_key = NULL")
        .execute(&app.pool)
        .await
        .expect("old token");
    assert_eq!(
        app.get(&link).await.status,
        StatusCode::NOT_FOUND,
        "not found by the token itself"
    );
    server::Store::connect(&app.database_url())
        .await
        .expect("second start");
    assert_eq!(app.get(&link).await.status, StatusCode::OK);
    let resumed = app.post("/verder", &[("code", &code)]).await;
    assert_eq!(
        resumed.location.as_deref(),
        Some("/producten/parkeervergunning/kenteken")
    );
    let stored: (String,) = sqlx::query_as("SELECT code FROM saved_drafts")
        .fetch_one(&app.pool)
        .await
        .expect("code");
    assert_eq!(stored.0, sha256_hex(&code));
}
