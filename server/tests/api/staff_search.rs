//! "Klantbeeld" over HTTP: a resident found by phone, e-mail, postcode with
//! house number, name or reference across requests and callback requests;
//! every term must match; each role sees what it may; every search and what
//! it showed in the access log (the fields, never the values); older records
//! indexed at start.

use app::staff::roles::Role;
use reqwest::StatusCode;

use crate::common::{TestApp, first_slot, nonce};
use crate::staff_common::{sent_move, signed_in};

/// A callback request from Ayşe Özdemir, 06 12345678, naam@voorbeeld.nl; its reference.
async fn callback(app: &TestApp) -> String {
    let resident = TestApp::browser();
    let form = app.get_as(&resident, "/terugbellen").await;
    let sent = app
        .post_as(
            &resident,
            "/terugbellen",
            &[
                ("formulier", &nonce(&form.body)),
                ("naam", "Ayşe  Özdemir"),
                ("telefoon", "06 12345678"),
                ("onderwerp", "Verhuizing"),
                ("dagdeel", &first_slot()),
                ("email", "Naam@Voorbeeld.nl"),
            ],
        )
        .await;
    let page = app
        .get_as(&resident, sent.location.as_deref().expect("sent"))
        .await;
    let at = page.body.find("TB-").expect("reference");
    page.body[at..at + 12].to_string()
}

#[tokio::test]
async fn a_resident_is_found_across_channels_by_what_the_agent_knows() {
    let app = TestApp::spawn().await;
    let (request, _) = sent_move(&app).await;
    let asked = callback(&app).await;
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;

    // A telephony system opens the results directly.
    let by_phone = app
        .get_as(&agent, "/medewerker/zoeken?telefoon=0612345678")
        .await;
    assert_eq!(by_phone.status, StatusCode::OK);
    assert!(
        by_phone
            .body
            .contains(&format!("href=\"/medewerker/terugbellen/{asked}\"")),
        "the callback, a link"
    );
    assert!(
        !by_phone.body.contains(&request),
        "the move gave no phone number"
    );

    let by_mail = app
        .get_as(&agent, "/medewerker/zoeken?email=naam%40voorbeeld.nl")
        .await
        .body;
    assert!(
        by_mail.contains(&request) && by_mail.contains(&asked),
        "both gave this address"
    );
    assert!(by_mail.contains("2 gevonden"));
    assert!(
        !by_mail.contains(&format!("href=\"/medewerker/aanvragen/{request}\"")),
        "an agent sees the request's status, without a link to its answers"
    );
    let newest_first = by_mail.find(&asked).unwrap() < by_mail.find(&request).unwrap();
    assert!(newest_first, "newest first");

    let by_address = app
        .get_as(&agent, "/medewerker/zoeken?postcode=1234+ab&huisnummer=12")
        .await
        .body;
    assert!(by_address.contains(&request));
    let by_name = app
        .get_as(&agent, "/medewerker/zoeken?naam=ay%C5%9Fe+%C3%B6zdemir")
        .await
        .body;
    assert!(
        by_name.contains(&asked),
        "the whole name, any case and spacing"
    );
    let both = app
        .get_as(
            &agent,
            "/medewerker/zoeken?naam=ay%C5%9Fe+%C3%B6zdemir&postcode=1234AB&huisnummer=12",
        )
        .await
        .body;
    assert!(both.contains("Niets gevonden"), "every term must match");
    let by_reference = app
        .get_as(
            &agent,
            &format!("/medewerker/zoeken?nummer={}", asked.to_lowercase()),
        )
        .await
        .body;
    assert!(by_reference.contains(&format!("/medewerker/terugbellen/{asked}")));

    // The access log: each record shown, the fields searched on, never the values.
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT action, record_kind, record_id, purpose FROM access_log WHERE action = 'search' ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert!(rows.contains(&(
        "search".into(),
        "terugbelverzoek".into(),
        asked.clone(),
        "klantbeeld: zoeken op telefoon".into()
    )));
    assert!(
        rows.iter()
            .any(|r| r.1 == "aanvraag" && r.2 == request && r.3 == "klantbeeld: zoeken op email")
    );
    assert!(
        rows.iter()
            .any(|r| r.1 == "zoekopdracht" && r.3 == "klantbeeld: zoeken op adres,naam"),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .all(|r| !r.3.contains("0612345678") && !r.3.contains("voorbeeld")),
        "never the values"
    );

    // A team leader may open the request; a counter clerk does not see callbacks.
    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let seen = app
        .get_as(&lead, "/medewerker/zoeken?email=naam@voorbeeld.nl")
        .await
        .body;
    assert!(seen.contains(&format!("href=\"/medewerker/aanvragen/{request}\"")));
    let clerk = signed_in(&app, "balie@voorbeeld.nl", Role::Balie).await;
    let seen = app
        .get_as(&clerk, "/medewerker/zoeken?email=naam@voorbeeld.nl")
        .await
        .body;
    assert!(
        seen.contains(&request) && !seen.contains(&asked),
        "no callbacks for the counter"
    );
    let admin = signed_in(&app, "beheer@voorbeeld.nl", Role::Beheer).await;
    assert_eq!(
        app.get_as(&admin, "/medewerker/zoeken?telefoon=0612345678")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn bad_search_terms_are_named_and_nothing_is_searched() {
    let app = TestApp::spawn().await;
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    for (query, message) in [
        ("telefoon=12", "Nederlands telefoonnummer"),
        ("postcode=1234&huisnummer=1", "postcode in zoals 1234 AB"),
        ("postcode=1234AB", "Vul het huisnummer in"),
        ("email=geen", "e-mailadres in zoals"),
        ("nummer=%3Cscript%3E", "referentienummer"),
        ("naam=", "ten minste"),
    ] {
        let page = app
            .get_as(&agent, &format!("/medewerker/zoeken?{query}"))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert!(page.body.contains(message), "{query}: {message}");
        assert!(page.body.contains("lk-error-summary"), "{query}");
        assert!(!page.body.contains("<script>"), "{query}");
    }
    assert_eq!(app.count("access_log").await, 0, "no search was made");
}

#[tokio::test]
async fn records_from_before_the_index_are_found_after_the_start() {
    let app = TestApp::spawn().await;
    let asked = callback(&app).await;
    // A request made before the index existed: its keys were never written.
    sqlx::query("DELETE FROM person_keys")
        .execute(&app.pool)
        .await
        .unwrap();
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    let before = app
        .get_as(&agent, "/medewerker/zoeken?telefoon=0612345678")
        .await
        .body;
    assert!(!before.contains(&asked));
    let indexed = server::index_older(&app.store).await.expect("indexed");
    assert_eq!(indexed, 1);
    assert_eq!(
        server::index_older(&app.store).await.expect("again"),
        0,
        "once"
    );
    let after = app
        .get_as(&agent, "/medewerker/zoeken?telefoon=0612345678")
        .await
        .body;
    assert!(after.contains(&asked));
    let (kept,): (String,) = sqlx::query_as("SELECT key FROM person_keys LIMIT 1")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(
        !kept.contains("612345678") && !kept.contains('@'),
        "only keyed hashes"
    );
}
