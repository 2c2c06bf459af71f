//! Accessibility reports on the staff side over HTTP: a resident's report
//! appears in the list, its view is logged, a reply is kept after a problem,
//! mailed to the resident and closes the report; roles without the area are refused.

use app::staff::roles::Role;
use reqwest::StatusCode;

use crate::common::{TestApp, nonce};
use crate::staff_common::signed_in;

#[tokio::test]
async fn a_report_is_answered_by_mail_and_closed() {
    let app = TestApp::spawn().await;
    let statement = app.get("/toegankelijkheid").await;
    let fields = [
        ("formulier", nonce(&statement.body)),
        (
            "probleem",
            "De knop Doorgaan is niet te zien in hoog contrast.".to_string(),
        ),
        ("pagina", "/afspraak/tijd".to_string()),
        ("email", "jan@voorbeeld.nl".to_string()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = app.post("/toegankelijkheid", &fields).await;
    let reference = sent.location.unwrap().split("gemeld=").nth(1).unwrap()[..12].to_string();

    let handler = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    assert_eq!(
        app.get_as(&handler, "/medewerker/meldingen").await.status,
        StatusCode::FORBIDDEN
    );
    let lead = signed_in(&app, "lisa@voorbeeld.nl", Role::Teamleider).await;
    let list = app.get_as(&lead, "/medewerker/meldingen").await;
    assert!(list.body.contains(&reference) && list.body.contains("Open"));
    let page = app
        .get_as(&lead, &format!("/medewerker/meldingen/{reference}"))
        .await;
    assert!(page.body.contains("niet te zien in hoog contrast"));
    let (logged,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM access_log WHERE record_kind = 'melding' AND record_id = $1 AND action = 'view'",
    )
    .bind(&reference)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(logged, 1);

    let reply = format!("/medewerker/meldingen/{reference}/antwoord");
    let empty = app
        .post_as(&lead, &reply, &[("antwoord", " "), ("afsluiten", "ja")])
        .await;
    let again = app.get_as(&lead, empty.location.as_deref().unwrap()).await;
    assert!(again.body.contains("Schrijf een antwoord"));
    let text = "Dank u. Wij hebben de kleur van de knop aangepast.";
    app.post_as(&lead, &reply, &[("antwoord", text), ("afsluiten", "ja")])
        .await;
    let closed = app
        .get_as(&lead, &format!("/medewerker/meldingen/{reference}"))
        .await;
    assert!(closed.body.contains(text) && closed.body.contains("Deze melding is afgehandeld"));
    assert!(!closed.body.contains("name=\"antwoord\""));
    let (mails,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'antwoord' AND recipient = 'jan@voorbeeld.nl' AND body LIKE $1",
    )
    .bind(format!("%{text}%"))
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(mails, 1);
    // Closed: a second reply adds nothing.
    app.post_as(&lead, &reply, &[("antwoord", "Nog iets")])
        .await;
    assert_eq!(app.count("accessibility_report_replies").await, 1);
}
