//! The inwonerpanel over HTTP: a resident joins after reading what it means
//! (problems first; consent is its own tick; a resent form joins once), gets
//! the leave link on the page and by mail (the store keeps only its hash),
//! and leaves with a button, not by the link alone; an agent signs a
//! resident up by phone; the team lead sees the members per way of signing
//! up (in the access log) and removes one; the roles are checked.

use app::staff::roles::Role;
use reqwest::StatusCode;

use crate::common::TestApp;
use crate::staff_common::signed_in;
use crate::visit_flow::values;

const EMAIL: &str = "panel@voorbeeld.nl";

/// The leave link on a page.
fn leave_link(body: &str) -> String {
    let at = body.find("/inwonerpanel/afmelden/").expect("leave link");
    body[at..at + "/inwonerpanel/afmelden/".len() + 32].to_string()
}

#[tokio::test]
async fn a_resident_joins_the_panel_and_leaves_it_with_a_button() {
    let app = TestApp::spawn().await;
    let page = app.get("/inwonerpanel").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers["cache-control"], "no-store");
    assert!(
        page.body
            .contains("Wij vragen u hooguit 4 keer per jaar iets.")
    );
    let nonce = values(&page.body, "formulier")[0].clone();

    // Nothing ticked: every problem said, nobody joined.
    let problem = app.post("/inwonerpanel", &[("formulier", &nonce)]).await;
    assert_eq!(problem.location.as_deref(), Some("/inwonerpanel"));
    let page = app.get("/inwonerpanel").await;
    for words in [
        "Vul uw naam in.",
        "Kies hoe wij u vragen mogen stellen",
        "Vink aan dat u wilt meedoen.",
    ] {
        assert!(page.body.contains(words), "{words}");
    }
    assert_eq!(app.count("panel_members").await, 0);

    let form = [
        ("formulier", nonce.as_str()),
        ("naam", "Henk Jansen"),
        ("bereikbaar", "e-mail"),
        ("email", EMAIL),
        ("telefoon", "06 12345678"),
        ("meedoen", "ja"),
    ];
    let joined = app.post("/inwonerpanel", &form).await;
    assert_eq!(joined.location.as_deref(), Some("/inwonerpanel"));
    // A double click: one member.
    app.post("/inwonerpanel", &form).await;
    assert_eq!(app.count("panel_members").await, 1);
    let page = app.get("/inwonerpanel").await;
    assert!(
        page.body
            .contains("U bent aangemeld voor het inwonerpanel.")
    );
    let leave = leave_link(&page.body);
    let token = leave.rsplit('/').next().unwrap().to_string();
    let (email, phone, via, key): (Option<String>, Option<String>, String, String) =
        sqlx::query_as("SELECT email, phone, via, leave_key FROM panel_members")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(email.as_deref(), Some(EMAIL));
    assert_eq!(phone, None, "only the way chosen is kept");
    assert_eq!(via, "online");
    assert_ne!(key, token, "the store keeps the hash of the leave token");
    let (mails,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND kind = 'inwonerpanel' AND body LIKE $2",
    )
    .bind(EMAIL)
    .bind(format!("%{leave}%"))
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(mails, 1, "the leave link by mail");

    // The link alone (a mail scanner opens it) removes nobody.
    let sure = app.get(&leave).await;
    assert!(sure.body.contains("Wilt u stoppen?"));
    assert_eq!(app.count("panel_members").await, 1);
    let left = app.post(&leave, &[]).await;
    assert_eq!(left.location.as_deref(), Some(leave.as_str()));
    assert_eq!(app.count("panel_members").await, 0);
    assert!(app.get(&leave).await.body.contains("U bent gestopt"));
    assert_eq!(
        app.get("/inwonerpanel/afmelden/niet-van-ons").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_agent_signs_up_by_phone_and_the_team_lead_sees_how_members_joined() {
    let app = TestApp::spawn().await;
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    assert_eq!(
        app.get_as(&agent, "/medewerker/inwonerpanel").await.status,
        StatusCode::FORBIDDEN,
        "names and addresses: team leads only"
    );
    let behandelaar = signed_in(&app, "b@voorbeeld.nl", Role::Behandelaar).await;
    assert_eq!(
        app.get_as(&behandelaar, "/medewerker/inwonerpanel/aanmelden")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // A problem: no way chosen, no consent.
    let answer = app
        .post_as(
            &agent,
            "/medewerker/inwonerpanel/aanmelden",
            &[
                ("naam", "Truus Bakker"),
                ("bereikbaar", "telefoon"),
                ("telefoon", "0612345678"),
            ],
        )
        .await;
    assert_eq!(
        answer.location.as_deref(),
        Some("/medewerker/inwonerpanel/aanmelden")
    );
    let page = app
        .get_as(&agent, "/medewerker/inwonerpanel/aanmelden")
        .await;
    assert!(page.body.contains("Kies hoe de inwoner zich aanmeldt"));
    assert!(page.body.contains("Truus Bakker"), "what was typed stays");
    app.post_as(
        &agent,
        "/medewerker/inwonerpanel/aanmelden",
        &[
            ("via", "telefoon"),
            ("naam", "Truus Bakker"),
            ("bereikbaar", "telefoon"),
            ("telefoon", "0612345678"),
            ("meedoen", "ja"),
        ],
    )
    .await;
    let page = app
        .get_as(&agent, "/medewerker/inwonerpanel/aanmelden")
        .await;
    assert!(page.body.contains("De inwoner is aangemeld."));
    let (via, by): (String, Option<i64>) =
        sqlx::query_as("SELECT via, registered_by FROM panel_members")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(via, "telefoon");
    assert!(by.is_some());

    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let page = app.get_as(&lead, "/medewerker/inwonerpanel").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("1 leden."));
    assert!(page.body.contains("Truus Bakker") && page.body.contains("+31612345678"));
    let row = "<th scope=\"row\">Via de telefoon</th><td class=\"lk-table__number\">1</td>";
    assert!(page.body.contains(row), "{row}");
    let id: (i64,) = sqlx::query_as("SELECT id FROM panel_members")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let removed = app
        .post_as(
            &lead,
            &format!("/medewerker/inwonerpanel/{}/verwijderen", id.0),
            &[],
        )
        .await;
    assert_eq!(
        removed.location.as_deref(),
        Some("/medewerker/inwonerpanel?melding=verwijderd")
    );
    assert_eq!(app.count("panel_members").await, 0);
    let logged: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM access_log WHERE record_kind = 'inwonerpanel'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(logged.0, 3, "the sign-up, the view and the removal");
}
