//! The telephony import through the real command (`server import-calls
//! FILE`): a good file stored whole, an overlapping one adds only new calls,
//! a bad line named by its number with nothing stored; and the phone KPIs
//! the team lead then sees.

use std::process::Command;

use app::staff::roles::Role;
use reqwest::StatusCode;

use crate::common::TestApp;
use crate::staff_common::signed_in;

const HEADER: &str = "call_id,queue,offered_at,answered_at,ended_at,abandoned\n";

/// A line for a call offered now, answered after `wait` seconds (or abandoned).
fn line(id: &str, wait: Option<i64>) -> String {
    let now = jiff::Timestamp::now();
    let at = |s: i64| (now + jiff::SignedDuration::from_secs(s)).to_string();
    match wait {
        Some(w) => format!("{id},kcc,{},{},{},nee\n", at(0), at(w), at(w + 120)),
        None => format!("{id},kcc,{},,{},ja\n", at(0), at(40)),
    }
}

fn import(app: &TestApp, text: &str) -> (bool, String, String) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("calls.csv");
    std::fs::write(&path, text).expect("file");
    let out = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("import-calls")
        .arg(&path)
        .env("DATABASE_URL", app.database_url())
        .env("RUST_LOG", "error")
        .output()
        .expect("the server binary");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn calls_are_imported_whole_or_not_at_all_and_counted() {
    let app = TestApp::spawn().await;
    let first = format!("{HEADER}{}{}", line("c-1", Some(10)), line("c-2", Some(45)));
    let (ok, out, err) = import(&app, &first);
    assert!(ok, "{err}");
    assert!(
        out.contains("2 calls imported, 0 were there already"),
        "{out}"
    );

    let bad = format!("{first}{}c-4,kcc,gisteren,,x,ja\n", line("c-3", None));
    let (ok, _, err) = import(&app, &bad);
    assert!(!ok);
    assert!(
        err.contains("line 5") && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(
        app.count("call_records").await,
        2,
        "not even c-3 of that file"
    );

    let overlapping = format!("{first}{}", line("c-3", None));
    let (ok, out, err) = import(&app, &overlapping);
    assert!(ok, "{err}");
    assert!(
        out.contains("1 calls imported, 2 were there already"),
        "{out}"
    );

    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let page = app.get_as(&lead, "/medewerker/kengetallen").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = page.body;
    for (row, figure) in [
        ("Oproepen", "3"),
        ("Snel opgenomen", "33 %"),
        ("Wachttijd, 9 van de 10", "45 sec."),
        ("Gemiste oproepen", "33 %"),
    ] {
        let cell =
            format!("<th scope=\"row\">{row}</th><td class=\"lk-table__number\">{figure}</td>");
        assert!(body.contains(&cell), "{row}: {figure}");
    }
}

/// Posts a file as a browser does (multipart, field `bestand`) as `client`.
async fn upload(app: &TestApp, client: &reqwest::Client, text: &str) -> Option<String> {
    let body = format!(
        "--grens\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"calls.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n{text}\r\n--grens--\r\n"
    );
    let answer = client
        .post(format!("{}/medewerker/kengetallen/gesprekken", app.base))
        .header("content-type", "multipart/form-data; boundary=grens")
        .body(body)
        .send()
        .await
        .expect("upload");
    answer
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(String::from)
}

#[tokio::test]
async fn a_team_lead_uploads_the_export_on_the_kpi_page() {
    let app = TestApp::spawn().await;
    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let bad = format!(
        "{HEADER}{}c-9,kcc,2026-12-04T10:00:00+01:00,,,ja\n",
        line("c-8", Some(5))
    );
    assert_eq!(
        upload(&app, &lead, &bad).await.as_deref(),
        Some("/medewerker/kengetallen")
    );
    let page = app.get_as(&lead, "/medewerker/kengetallen").await.body;
    assert!(
        page.contains("Niets ingelezen. Regel 3 klopt niet"),
        "{page}"
    );
    assert!(
        page.contains("ended_at is geen tijd met de afwijking van UTC"),
        "the line's problem in the staff member's language: {page}"
    );
    assert_eq!(app.count("call_records").await, 0);

    let good = format!("{HEADER}{}", line("c-8", Some(5)));
    upload(&app, &lead, &good).await;
    let page = app.get_as(&lead, "/medewerker/kengetallen").await.body;
    assert!(page.contains("Ingelezen: 1 nieuwe gesprekken"), "{page}");
    assert_eq!(app.count("call_records").await, 1);
    // Said once: the next view of the page is the page alone.
    let again = app.get_as(&lead, "/medewerker/kengetallen").await.body;
    assert!(!again.contains("Ingelezen:"));

    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    let refused = agent
        .post(format!("{}/medewerker/kengetallen/gesprekken", app.base))
        .header("content-type", "multipart/form-data; boundary=grens")
        .body("--grens--\r\n")
        .send()
        .await
        .expect("post");
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}
