//! Helped at the library over HTTP: a volunteer starts the mode, the
//! resident agrees (nothing else opens before), every page says who helps,
//! is `no-store` and suggests nothing (`autocomplete="off"`); a whole move
//! form sent in the mode has channel `bibliotheek` and the library;
//! "Klaar: alles wissen" removes every server-side trace (the test looks in
//! the store) and asks the browser to forget; ten idle minutes wipe the
//! same way and the next page says so; a handover from the library carries
//! the volunteer's note, the answers only with consent, and the library's
//! one address does not count visitors against each other.

use reqwest::StatusCode;

use crate::common::{TestApp, first_slot, nonce};

/// phone, library, helper, helper's note, shared answers.
type HandedOver = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Starts the mode at Bibliotheek Centrum as Marieke and agrees.
async fn helped(app: &TestApp) {
    let start = app.get("/hulp").await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(
        start.body.contains("Bibliotheek Noord"),
        "the libraries are offered"
    );
    let wrong = app.post("/hulp", &[("vrijwilliger", "<script>")]).await;
    assert_eq!(wrong.location.as_deref(), Some("/hulp"));
    let page = app.get("/hulp").await;
    assert!(page.body.contains("Kies de bibliotheek waar u helpt."));
    assert!(page.body.contains("Vul uw voornaam of code in."));
    let started = app
        .post(
            "/hulp",
            &[("bibliotheek", "centrum"), ("vrijwilliger", "Marieke")],
        )
        .await;
    assert_eq!(started.location.as_deref(), Some("/hulp/afspraken"));
    // Before the resident agreed, nothing else opens.
    assert_eq!(
        app.get("/producten/verhuizing").await.location.as_deref(),
        Some("/hulp/afspraken")
    );
    let agreement = app.get("/hulp/afspraken").await;
    assert!(
        agreement
            .body
            .contains("Marieke van Bibliotheek Centrum helpt u vandaag.")
    );
    let agreed = app.post("/hulp/afspraken", &[]).await;
    assert_eq!(agreed.location.as_deref(), Some("/"));
}

/// The drafts of the visit: under every draft id its browser used.
async fn visit_drafts(app: &TestApp) -> i64 {
    app.count(
        "drafts WHERE id IN (SELECT draft_id FROM assisted_drafts) \
         AND answers <> '{}'",
    )
    .await
}

#[tokio::test]
async fn a_volunteer_session_sends_a_request_and_klaar_wipes_every_trace() {
    let app = TestApp::spawn().await;
    helped(&app).await;
    let home = app.get("/").await;
    assert!(home.body.contains(
        "U wordt geholpen door Marieke van Bibliotheek Centrum. U vult zelf uw gegevens in."
    ));
    assert_eq!(home.headers["cache-control"], "no-store");
    assert!(
        !home.body.contains("aria-live"),
        "part of the page, not an interruption"
    );

    // The whole move form in the mode: no suggestions from this shared PC.
    let question = app.get("/producten/verhuizing/adres").await;
    assert!(question.body.contains("autocomplete=\"off\""));
    assert!(!question.body.contains("autocomplete=\"postal-code\""));
    app.complete_answers().await;
    let sent = app.post("/producten/verhuizing/controleren", &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let (channel, library): (String, Option<String>) =
        sqlx::query_as("SELECT channel, library FROM submissions")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        (channel.as_str(), library.as_deref()),
        ("bibliotheek", Some("centrum"))
    );

    // Something typed and not sent: a draft of this visit.
    app.post(
        "/producten/verhuizing/adres",
        &[("adres-postcode", "9999 ZZ")],
    )
    .await;
    assert!(visit_drafts(&app).await > 0);

    let done = app.post("/hulp/klaar", &[]).await;
    assert_eq!(
        done.location.as_deref(),
        Some("/hulp/klaar?bibliotheek=centrum")
    );
    assert_eq!(done.headers["clear-site-data"], "\"cache\", \"storage\"");
    let removed: Vec<&str> = done
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    for name in [
        "loket_hulp=",
        "loket_concept=",
        "loket_weergave=",
        "loket_taal=",
    ] {
        assert!(
            removed
                .iter()
                .any(|c| c.starts_with(name) && c.contains("Max-Age=0")),
            "{name} removed: {removed:?}"
        );
    }
    assert_eq!(app.count("assisted_sessions").await, 0);
    assert_eq!(
        app.count("drafts WHERE journey <> 'hulp'").await,
        0,
        "every draft of the visit is gone"
    );
    assert_eq!(app.count("assisted_drafts").await, 0);
    let end = app.get("/hulp/klaar?bibliotheek=centrum").await;
    assert!(end.body.contains("Alles is gewist"));
    assert!(
        end.body
            .contains("href=\"/tevredenheid/bibliotheek-centrum\"")
    );
    assert!(!app.get("/").await.body.contains("geholpen door"));

    // The question at the end: the resident's answer, anonymous, channel bibliotheek.
    let answer = app
        .post(
            "/tevredenheid/bibliotheek-centrum",
            &[("tevredenheid", "5")],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let (channel, kind, location): (String, String, Option<String>) =
        sqlx::query_as("SELECT channel, contact_kind, location FROM satisfaction_answers")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        (channel.as_str(), kind.as_str(), location.as_deref()),
        ("bibliotheek", "hulp", Some("centrum"))
    );
}

#[tokio::test]
async fn ten_minutes_without_activity_wipe_the_visit() {
    let app = TestApp::spawn().await;
    helped(&app).await;
    app.post(
        "/producten/verhuizing/adres",
        &[("adres-postcode", "1234 AB")],
    )
    .await;
    assert!(visit_drafts(&app).await > 0);
    // Nine minutes: still there (each request is activity).
    sqlx::query("UPDATE assisted_sessions SET seen_at = seen_at - 540")
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(app.get("/").await.body.contains("geholpen door"));
    sqlx::query("UPDATE assisted_sessions SET seen_at = seen_at - 600")
        .execute(&app.pool)
        .await
        .unwrap();
    let next = app.get("/producten/verhuizing/adres").await;
    assert_eq!(
        next.location.as_deref(),
        Some("/hulp/klaar?waarom=stil&bibliotheek=centrum")
    );
    assert_eq!(app.count("drafts WHERE journey <> 'hulp'").await, 0);
    let (wiped, helper): (Option<i64>, String) =
        sqlx::query_as("SELECT wiped_at, helper FROM assisted_sessions")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert!(wiped.is_some());
    assert_eq!(helper, "", "not even the volunteer's name stays");
    let page = app.get("/hulp/klaar?waarom=stil&bibliotheek=centrum").await;
    assert!(page.body.contains("want er gebeurde 10 minuten niets"));
}

#[tokio::test]
async fn a_handover_from_the_library_carries_the_note_and_not_the_address_limit() {
    let app = TestApp::spawn().await;
    // Thirty residents behind one address (a mobile network): the 31st waits.
    for n in 0..30 {
        let answer = app.ask_callback(&format!("06123456{n:02}")).await;
        assert!(
            answer
                .location
                .as_deref()
                .is_some_and(|l| l.starts_with("/terugbellen/")),
            "request {n}"
        );
    }
    let refused = app.ask_callback("0687654321").await;
    assert_eq!(refused.location.as_deref(), Some("/terugbellen"));

    // At the library the address does not count: only the phone number.
    helped(&app).await;
    app.post(
        "/producten/verhuizing/adres",
        &[("adres-postcode", "1234 AB"), ("adres-huisnummer", "7")],
    )
    .await;
    for (phone, consent) in [("0611111111", false), ("0622222222", true)] {
        let form = app
            .get("/terugbellen?vanaf=/producten/verhuizing/datum")
            .await;
        assert!(form.body.contains("Notitie van de vrijwilliger"));
        let mut fields = vec![
            ("formulier", nonce(&form.body)),
            ("vanaf", "/producten/verhuizing/datum".to_string()),
            ("naam", "Ayşe Özdemir".to_string()),
            ("telefoon", phone.to_string()),
            ("onderwerp", "Verhuizing doorgeven".to_string()),
            ("dagdeel", first_slot()),
            ("notitie-vrijwilliger", "De datum lukte niet.".to_string()),
        ];
        if consent {
            fields.push(("antwoorden-meesturen", "ja".to_string()));
        }
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let sent = app.post("/terugbellen", &pairs).await;
        assert!(
            sent.location
                .as_deref()
                .is_some_and(|l| l.starts_with("/terugbellen/")),
            "{phone}: {:?}",
            sent.location
        );
    }
    let rows: Vec<HandedOver> = sqlx::query_as(
        "SELECT phone, library, helper, helper_note, shared_answers FROM callback_requests \
             WHERE library IS NOT NULL ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(rows.len(), 2);
    for row in &rows {
        assert_eq!(row.1.as_deref(), Some("centrum"));
        assert_eq!(row.2.as_deref(), Some("Marieke"));
        assert_eq!(row.3.as_deref(), Some("De datum lukte niet."));
    }
    assert!(rows[0].4.is_none(), "without consent no answers go along");
    assert!(rows[1].4.is_some(), "with consent they do");
}
