//! The satisfaction question by mail and on the counter tablet: in the
//! mail that says a request is closed and after a callback that reached the resident; a resident (one
//! e-mail address, across channels) is asked at most once in 30 days; the
//! survey tables keep only a keyed hash of the address (the test reads
//! them); a contact answered on its confirmation page is not asked again;
//! the tablet at the counter stores the location, score and text only.

use app::staff::roles::Role;
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::common::TestApp;
use crate::staff_common::{sent_move, signed_in, version};

/// invitation, channel, kind, location, score, text, call me.
type TabletRow = (
    Option<i64>,
    String,
    String,
    Option<String>,
    i64,
    Option<String>,
    i64,
);

const EMAIL: &str = "naam@voorbeeld.nl";

/// Takes the request and moves it to "in behandeling", then to `last`.
async fn close(app: &TestApp, staff: &reqwest::Client, reference: &str, last: &str) {
    let path = format!("/medewerker/aanvragen/{reference}");
    let page = app.get_as(staff, &path).await;
    app.post_as(
        staff,
        &format!("{path}/toewijzen"),
        &[("versie", &version(&page.body))],
    )
    .await;
    for status in ["in behandeling", last] {
        let page = app.get_as(staff, &path).await;
        let changed = app
            .post_as(
                staff,
                &format!("{path}/status"),
                &[
                    ("versie", &version(&page.body)),
                    ("nieuwe-status", status),
                    ("bericht", "Klaar."),
                ],
            )
            .await;
        assert_eq!(changed.status, StatusCode::SEE_OTHER, "{status}");
    }
}

/// The status mails to the resident with the question's link in them.
async fn asked_by_mail(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND body LIKE '%/tevredenheid/%'",
    )
    .bind(EMAIL)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    n
}

#[tokio::test]
async fn a_closed_request_asks_once_in_30_days_and_keeps_no_address() {
    let app = TestApp::spawn().await;
    let staff = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let (first, _) = sent_move(&app).await;
    close(&app, &staff, &first, "afgehandeld").await;
    assert_eq!(asked_by_mail(&app).await, 1, "the closing mail asks");
    let (body,): (String,) = sqlx::query_as(
        "SELECT body FROM outbox WHERE recipient = $1 AND body LIKE '%/tevredenheid/%'",
    )
    .bind(EMAIL)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(body.contains("Eén vraag: hoe tevreden bent u"), "{body}");
    // The link works, for this request's question.
    let link = body
        .split_whitespace()
        .find(|w| w.contains("/tevredenheid/"))
        .unwrap();
    let path = &link[link.find("/tevredenheid/").unwrap()..];
    let question = app.get_as(&TestApp::browser(), path).await;
    assert_eq!(question.status, StatusCode::OK);
    assert!(
        question
            .body
            .contains("Hoe tevreden bent u over hoe wij u vandaag hebben geholpen?")
    );

    // A second request from the same address, closed the same day: not asked again.
    let (second, _) = sent_move(&app).await;
    close(&app, &staff, &second, "afgehandeld").await;
    assert_eq!(asked_by_mail(&app).await, 1, "30 days across requests");

    // What the survey tables keep: a keyed hash, not the address nor its plain hash.
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT person_key, asked_day FROM satisfaction_asked")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(rows.len(), 1);
    let plain = hex::encode(Sha256::digest(EMAIL.as_bytes()));
    assert_ne!(rows[0].0, plain);
    assert!(!rows[0].0.contains("naam") && rows[0].0.len() == 64);
    // 31 days later the same resident may be asked again.
    sqlx::query("UPDATE satisfaction_asked SET asked_day = '2000-01-01'")
        .execute(&app.pool)
        .await
        .unwrap();
    let (third, _) = sent_move(&app).await;
    close(&app, &staff, &third, "afgewezen").await;
    assert_eq!(asked_by_mail(&app).await, 2, "after 30 days, asked again");
}

#[tokio::test]
async fn a_contact_answered_on_its_confirmation_page_is_not_asked_by_mail() {
    let app = TestApp::spawn().await;
    let staff = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let (reference, status_path) = sent_move(&app).await;
    // The resident answers the question the confirmation page offered (its
    // token is derived from the status link's, as the server derives it).
    let resident = TestApp::browser();
    let token = status_path.rsplit('/').next().unwrap();
    let derived = Sha256::digest(format!("tevredenheid:{token}").as_bytes());
    let path = format!("/tevredenheid/{}", hex::encode(&derived[..16]));
    assert_eq!(app.get_as(&resident, &path).await.status, StatusCode::OK);
    let answered = app
        .post_as(&resident, &path, &[("tevredenheid", "5")])
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    close(&app, &staff, &reference, "afgehandeld").await;
    assert_eq!(asked_by_mail(&app).await, 0, "one answer per contact");
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM satisfaction_asked")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(n, 0, "not counted as asked");
}

#[tokio::test]
async fn the_counter_tablet_asks_without_anything_about_the_visitor() {
    let app = TestApp::spawn().await;
    let tablet = TestApp::browser();
    let page = app.get_as(&tablet, "/tevredenheid/stadhuis").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("Hoe tevreden bent u over hoe wij u vandaag hebben geholpen?")
    );
    assert!(page.body.contains("Over uw bezoek aan Stadhuis vandaag"));
    assert!(
        !page.body.contains("name=\"bellen\""),
        "nobody to call back"
    );
    assert_eq!(
        app.get_as(&tablet, "/tevredenheid/nergens").await.status,
        StatusCode::NOT_FOUND
    );
    // No score: the problem, and what was typed stays.
    app.post_as(
        &tablet,
        "/tevredenheid/stadhuis",
        &[("beter", "Meer stoelen")],
    )
    .await;
    let page = app.get_as(&tablet, "/tevredenheid/stadhuis").await;
    assert!(page.body.contains("lk-error-summary") && page.body.contains("Meer stoelen"));
    let sent = app
        .post_as(
            &tablet,
            "/tevredenheid/stadhuis",
            &[
                ("tevredenheid", "4"),
                ("beter", "Meer stoelen"),
                ("bellen", "ja"),
            ],
        )
        .await;
    assert_eq!(
        sent.location.as_deref(),
        Some("/tevredenheid/stadhuis?bedankt=ja")
    );
    let thanks = app
        .get_as(&tablet, "/tevredenheid/stadhuis?bedankt=ja")
        .await;
    assert!(thanks.body.contains("Volgende bezoeker"));
    let next = app.get_as(&tablet, "/tevredenheid/stadhuis").await;
    assert!(
        !next.body.contains("Meer stoelen"),
        "the next visitor sees an empty form"
    );
    // A second answer at once (a double tap) is refused with a word.
    app.post_as(&tablet, "/tevredenheid/stadhuis", &[("tevredenheid", "1")])
        .await;
    let page = app.get_as(&tablet, "/tevredenheid/stadhuis").await;
    assert!(
        page.body
            .contains("Er is net een antwoord gegeven op deze tablet")
    );
    let rows: Vec<TabletRow> = sqlx::query_as(
        "SELECT invitation_id, channel, contact_kind, location, score, improve, call_me \
             FROM satisfaction_answers",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        rows,
        vec![(
            None,
            "balie".to_string(),
            "tablet".to_string(),
            Some("stadhuis".to_string()),
            4,
            Some("Meer stoelen".to_string()),
            0
        )]
    );
}
