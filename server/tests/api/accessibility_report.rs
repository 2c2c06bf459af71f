//! The accessibility statement and its report form over HTTP without JavaScript.

use crate::common;

use common::{TestApp, nonce};
use reqwest::StatusCode;

#[tokio::test]
async fn a_problem_is_reported_once_as_a_request_with_a_receipt() {
    let app = TestApp::spawn().await;
    let statement = app.get("/toegankelijkheid?vanaf=/afspraak/tijd").await;
    assert_eq!(statement.status, StatusCode::OK);
    assert!(statement.body.contains("WCAG 2.2, niveau AA"));
    assert!(
        statement.body.contains(r#"value="/afspraak/tijd""#),
        "the page is prefilled"
    );
    let home = app.get("/").await;
    assert!(
        home.body
            .contains(r#"<a href="/toegankelijkheid">Toegankelijkheid</a>"#)
    );

    let empty = app
        .post_and_follow(
            "/toegankelijkheid",
            &[("formulier", &nonce(&statement.body)), ("email", "jan@")],
        )
        .await;
    assert!(empty.body.contains("<title>Fout: Toegankelijkheid"));
    assert!(empty.body.contains("Schrijf wat er niet goed ging"));
    assert!(empty.body.contains(r#"value="jan@""#), "kept as typed");
    assert_eq!(app.count("accessibility_reports").await, 0);

    let fields = [
        ("formulier", nonce(&empty.body)),
        (
            "probleem",
            "De tijden zijn niet te lezen in hoog contrast.".to_string(),
        ),
        ("pagina", "/afspraak/tijd".to_string()),
        ("email", "jan@voorbeeld.nl".to_string()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = app.post("/toegankelijkheid", &fields).await;
    let again = app.post("/toegankelijkheid", &fields).await;
    let location = sent.location.expect("redirect");
    assert!(
        location.starts_with("/toegankelijkheid?gemeld=TG-"),
        "{location}"
    );
    assert_eq!(
        again.location.as_deref(),
        Some(location.as_str()),
        "resent: the same report"
    );
    assert_eq!(app.count("accessibility_reports").await, 1);
    let (state, page): (String, Option<String>) =
        sqlx::query_as("SELECT state, page FROM accessibility_reports")
            .fetch_one(&app.pool)
            .await
            .expect("report");
    assert_eq!(
        (state.as_str(), page.as_deref()),
        ("open", Some("/afspraak/tijd"))
    );
    assert_eq!(
        app.count("outbox").await,
        1,
        "a receipt to the given address"
    );
    let thanks = app.get(location.split('#').next().expect("path")).await;
    assert!(thanks.body.contains("Bedankt voor uw melding"));
}
