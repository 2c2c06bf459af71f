//! Secrets and personal data never reach the log: the server's whole log, at
//! the most detailed level of every crate, is captured while a resident saves a
//! form, resumes it, asks a callback and opens its secret link; none of the
//! resume code, the link's token, the draft cookie, the name or the phone number
//! may appear in it.

#[path = "api/common/mod.rs"]
mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::{TestApp, first_slot, nonce};
use reqwest::StatusCode;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log").extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn secrets_and_personal_data_never_reach_the_log() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        // Everything, except the test's own HTTP client and its cookie jar.
        .with_env_filter(tracing_subscriber::EnvFilter::new(
            "trace,reqwest=off,cookie_store=off,hyper_util::client=off",
        ))
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();
    let app = TestApp::spawn().await;
    let code = app.save_parking_form().await;
    let other = TestApp::browser();
    let resumed = app.post_as(&other, "/verder", &[("code", &code)]).await;
    assert_eq!(resumed.status, StatusCode::SEE_OTHER);
    let cookie = resumed
        .headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .and_then(|v| v.split_once('='))
        .map(|(_, value)| value.to_string())
        .expect("draft cookie");
    let form = app.get("/terugbellen").await.body;
    let sent = app
        .post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form)),
                ("naam", "Wilhelmina Zwanenburg"),
                ("telefoon", "06 98765432"),
                ("onderwerp", "Parkeervergunning"),
                ("dagdeel", &first_slot()),
            ],
        )
        .await;
    let link = sent.location.expect("secret link");
    assert_eq!(app.get(&link).await.status, StatusCode::OK);
    let token = link.trim_start_matches("/terugbellen/").to_string();

    let log = String::from_utf8_lossy(&captured.0.lock().expect("log")).to_string();
    assert!(
        log.len() > 1_000,
        "the log was captured ({} bytes)",
        log.len()
    );
    let code_plain = code.replace(' ', "");
    for secret in [
        code.as_str(),
        code_plain.as_str(),
        token.as_str(),
        cookie.as_str(),
        "Zwanenburg",
        "98765432",
        "AB-123-C",
    ] {
        if let Some(at) = log.find(secret) {
            let line = log[..at].rsplit('\n').next().unwrap_or_default();
            panic!("{secret:?} is in the log: {line}");
        }
    }
}
