//! Handling requests on the staff side over HTTP: from received to handled
//! with the resident told at each step, "aanvulling nodig" both ways, two
//! colleagues changing the same request at once, and the access log (a row for
//! each view and change; no row, no page).

use app::staff::roles::Role;
use reqwest::StatusCode;

use crate::common::TestApp;
use crate::staff_common::{sent_move, signed_in, version};

#[tokio::test]
async fn a_request_from_received_to_handled_with_the_resident_told_each_step() {
    let app = TestApp::spawn().await;
    let (reference, status_path) = sent_move(&app).await;
    let staff = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let list = app.get_as(&staff, "/medewerker/aanvragen").await;
    assert!(list.body.contains(&reference));
    assert!(list.body.contains("<caption"));
    assert!(
        list.body
            .contains("<th scope=\"col\" aria-sort=\"descending\">")
    );
    assert!(
        list.body.contains("0 van 5 werkdagen"),
        "days open against the norm"
    );
    let page = app
        .get_as(&staff, &format!("/medewerker/aanvragen/{reference}"))
        .await;
    assert!(
        page.body.contains("1234 AB"),
        "the answers with their questions"
    );
    assert!(page.body.contains("Aan mij toewijzen"));
    let take = app
        .post_as(
            &staff,
            &format!("/medewerker/aanvragen/{reference}/toewijzen"),
            &[("versie", &version(&page.body))],
        )
        .await;
    assert_eq!(take.status, StatusCode::SEE_OTHER);
    let mine = app.get_as(&staff, "/medewerker/aanvragen?mijn=ja").await;
    assert!(mine.body.contains(&reference) && mine.body.contains("Sam Visser"));

    let steps = [
        ("in behandeling", "Wij zijn gestart met uw verhuizing."),
        ("afgehandeld", "Uw nieuwe adres staat in de BRP."),
    ];
    for (status, message) in steps {
        let page = app
            .get_as(&staff, &format!("/medewerker/aanvragen/{reference}"))
            .await;
        let changed = app
            .post_as(
                &staff,
                &format!("/medewerker/aanvragen/{reference}/status"),
                &[
                    ("versie", &version(&page.body)),
                    ("nieuwe-status", status),
                    ("bericht", message),
                ],
            )
            .await;
        assert_eq!(
            changed.location,
            Some(format!("/medewerker/aanvragen/{reference}")),
            "{status}"
        );
        let resident = app.get_as(&TestApp::browser(), &status_path).await;
        assert!(
            resident.body.contains(message),
            "the resident sees the message ({status})"
        );
        let (mails,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'status' AND recipient = 'naam@voorbeeld.nl' AND body LIKE $1",
        )
        .bind(format!("%{message}%"))
        .fetch_one(&app.pool)
        .await
        .unwrap();
        assert_eq!(mails, 1, "one mail for {status}");
    }
    let closed = app
        .get_as(&staff, &format!("/medewerker/aanvragen/{reference}"))
        .await;
    assert!(closed.body.contains("Deze aanvraag is afgesloten"));
    assert!(!closed.body.contains("name=\"nieuwe-status\""));
    // A jump the table does not allow (at the right version): refused, nothing changed.
    let (current,): (i64,) = sqlx::query_as("SELECT version FROM submissions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let jump = app
        .post_as(
            &staff,
            &format!("/medewerker/aanvragen/{reference}/status"),
            &[
                ("versie", &current.to_string()),
                ("nieuwe-status", "ontvangen"),
            ],
        )
        .await;
    assert_eq!(jump.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, events): (String, i64) =
        sqlx::query_as("SELECT status, (SELECT COUNT(*) FROM submission_events) FROM submissions")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), events), ("afgehandeld", 3));
    // The resident sees who looked: by team and role, never by name.
    let resident = app.get_as(&TestApp::browser(), &status_path).await;
    assert!(
        resident
            .body
            .contains("Een behandelaar van Burgerzaken bekeek of wijzigde uw aanvraag op")
    );
    assert!(!resident.body.contains("Sam Visser"));
    // Another product's handler, or a tampered reference: the same 404.
    let other = signed_in(&app, "kees@voorbeeld.nl", Role::Behandelaar).await;
    sqlx::query("DELETE FROM staff_products WHERE account_id = (SELECT id FROM staff_accounts WHERE email = 'kees@voorbeeld.nl')")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(
        app.get_as(&other, &format!("/medewerker/aanvragen/{reference}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(&staff, "/medewerker/aanvragen/VH-0000-0000")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(&staff, "/medewerker/aanvragen/%3Cscript%3E")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn more_needed_goes_to_the_resident_and_comes_back_without_starting_over() {
    let app = TestApp::spawn().await;
    let (reference, status_path) = sent_move(&app).await;
    let staff = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let request = format!("/medewerker/aanvragen/{reference}");
    let post = |status: &'static str, message: &'static str| {
        let staff = staff.clone();
        let request = request.clone();
        let app = &app;
        async move {
            let page = app.get_as(&staff, &request).await;
            app.post_as(
                &staff,
                &format!("{request}/status"),
                &[
                    ("versie", &version(&page.body)),
                    ("nieuwe-status", status),
                    ("bericht", message),
                ],
            )
            .await
        }
    };
    post("in behandeling", "").await;
    // Saying what is missing is required; the choice is kept.
    post("aanvulling nodig", "").await;
    let page = app.get_as(&staff, &request).await;
    assert!(page.body.contains("Schrijf wat er ontbreekt"));
    assert!(page.body.contains("value=\"aanvulling nodig\" checked"));
    let missing = "Stuur een kopie van uw huurcontract.";
    post("aanvulling nodig", missing).await;
    let (mail,): (String,) =
        sqlx::query_as("SELECT body FROM outbox WHERE kind = 'status' ORDER BY id DESC LIMIT 1")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert!(mail.contains(&format!("{status_path}/aanvullen")), "{mail}");

    let resident = TestApp::browser();
    let mine = app.get_as(&resident, &status_path).await;
    assert!(
        mine.body.contains(missing)
            && mine
                .body
                .contains(&format!("href=\"{status_path}/aanvullen\""))
    );
    let add = format!("{status_path}/aanvullen");
    assert_eq!(app.get_as(&resident, &add).await.status, StatusCode::OK);
    let empty = app.post_as(&resident, &add, &[("aanvulling", "  ")]).await;
    let page = app
        .get_as(&resident, empty.location.as_deref().unwrap())
        .await;
    assert!(page.body.contains("Schrijf uw aanvulling"));
    let long = "x".repeat(app::MAX_ADDITION_CHARS + 1);
    let too_long = app.post_as(&resident, &add, &[("aanvulling", &long)]).await;
    let page = app
        .get_as(&resident, too_long.location.as_deref().unwrap())
        .await;
    assert!(page.body.contains(&long), "what was typed is kept");
    let sent = app
        .post_as(
            &resident,
            &add,
            &[("aanvulling", "Het huurcontract loopt vanaf 1 januari.")],
        )
        .await;
    assert_eq!(sent.location, Some(format!("{status_path}?aangevuld=ja")));
    let thanks = app
        .get_as(&resident, sent.location.as_deref().unwrap())
        .await;
    assert!(thanks.body.contains("Wij hebben uw aanvulling ontvangen"));
    // Sent twice: the request no longer waits, nothing is added again.
    app.post_as(&resident, &add, &[("aanvulling", "Nog een keer.")])
        .await;
    assert_eq!(
        app.get_as(&resident, &add).await.status,
        StatusCode::NOT_FOUND
    );

    let list = app.get_as(&staff, "/medewerker/aanvragen").await;
    assert!(list.body.contains("Aanvulling ontvangen"));
    let page = app.get_as(&staff, &request).await;
    assert!(
        page.body
            .contains("Het huurcontract loopt vanaf 1 januari.")
    );
    assert!(!page.body.contains("Nog een keer."));
    let (status, additions): (String, i64) = sqlx::query_as(
        "SELECT status, (SELECT COUNT(*) FROM submission_additions) FROM submissions",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((status.as_str(), additions), ("in behandeling", 1));
}

#[tokio::test]
async fn two_colleagues_at_once_one_change_wins_and_the_other_keeps_their_typing() {
    let app = TestApp::spawn().await;
    let (reference, _) = sent_move(&app).await;
    let anna = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let lisa = signed_in(&app, "lisa@voorbeeld.nl", Role::Teamleider).await;
    let request = format!("/medewerker/aanvragen/{reference}");
    // A team leader sees every product's requests.
    let list = app.get_as(&lisa, "/medewerker/aanvragen").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&reference));
    let v = version(&app.get_as(&anna, &request).await.body);
    assert_eq!(v, version(&app.get_as(&lisa, &request).await.body));
    let action = format!("{request}/status");
    let from_anna = [
        ("versie", v.as_str()),
        ("nieuwe-status", "in behandeling"),
        ("bericht", "Bericht van Anna"),
    ];
    let from_lisa = [
        ("versie", v.as_str()),
        ("nieuwe-status", "in behandeling"),
        ("bericht", "Bericht van Lisa"),
    ];
    let (a, b) = tokio::join!(
        app.post_as(&anna, &action, &from_anna),
        app.post_as(&lisa, &action, &from_lisa),
    );
    assert_eq!(
        (a.status, b.status),
        (StatusCode::SEE_OTHER, StatusCode::SEE_OTHER)
    );
    let (events,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM submission_events WHERE staff_id IS NOT NULL")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(events, 1, "exactly one change");
    let anna_page = app.get_as(&anna, &request).await.body;
    let lisa_page = app.get_as(&lisa, &request).await.body;
    let told = |page: &str| page.contains("Een collega heeft deze aanvraag net gewijzigd");
    assert!(told(&anna_page) ^ told(&lisa_page), "exactly one is told");
    let loser = if told(&anna_page) {
        (&anna_page, "Anna")
    } else {
        (&lisa_page, "Lisa")
    };
    assert!(
        loser.0.contains(&format!("Bericht van {}", loser.1)),
        "their typing is kept"
    );
    assert!(loser.0.contains("De status is nu: In behandeling"));
}

#[tokio::test]
async fn the_access_log_has_a_row_per_view_and_change_and_no_row_means_no_page() {
    let app = TestApp::spawn().await;
    let (reference, _) = sent_move(&app).await;
    let staff = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let request = format!("/medewerker/aanvragen/{reference}");
    let page = app.get_as(&staff, &request).await;
    app.post_as(
        &staff,
        &format!("{request}/toewijzen"),
        &[("versie", &version(&page.body))],
    )
    .await;
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT action, record_kind, record_id, staff_role FROM access_log ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        rows,
        vec![
            (
                "view".into(),
                "aanvraag".into(),
                reference.clone(),
                "behandelaar".into()
            ),
            (
                "change".into(),
                "aanvraag".into(),
                reference.clone(),
                "behandelaar".into()
            ),
        ]
    );
    // The list itself holds no personal data: not logged per row.
    app.get_as(&staff, "/medewerker/aanvragen").await;
    assert_eq!(app.count("access_log").await, 2);
    // Append only, even for the application's own database rights.
    assert!(
        sqlx::query("UPDATE access_log SET purpose = 'x'")
            .execute(&app.pool)
            .await
            .is_err()
    );
    assert!(
        sqlx::query("DELETE FROM access_log")
            .execute(&app.pool)
            .await
            .is_err()
    );

    let beheer = signed_in(&app, "beheer@voorbeeld.nl", Role::Beheer).await;
    let log = app
        .get_as(&beheer, &format!("/medewerker/inzage?record={reference}"))
        .await;
    assert!(log.body.contains("2 regels") && log.body.contains("Sam Visser"));
    let csv = app.get_as(&beheer, "/medewerker/inzage.csv").await;
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let mut lines = csv.body.lines();
    assert_eq!(
        lines.next(),
        Some("at,staff,role,team,action,record_kind,record_id,purpose")
    );
    assert!(csv.body.contains(&format!(",view,aanvraag,{reference},")));
    assert_eq!(app.count("access_log").await, 3, "the export is logged too");

    // When the row cannot be written, the page is not shown.
    let refuse = if crate::common::on_postgres().is_some() {
        vec![
            "CREATE FUNCTION refuse_log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'full'; END; $$",
            "CREATE TRIGGER refuse_log BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION refuse_log()",
        ]
    } else {
        vec![
            "CREATE TRIGGER refuse_log BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'full'); END",
        ]
    };
    for statement in refuse {
        sqlx::query(statement).execute(&app.pool).await.unwrap();
    }
    let refused = app.get_as(&staff, &request).await;
    assert_eq!(refused.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        !refused.body.contains("1234 AB"),
        "no answers without a log row"
    );
    let photo = app
        .get_as(&staff, &format!("{request}/foto/0123456789abcdef"))
        .await;
    assert_eq!(photo.status, StatusCode::INTERNAL_SERVER_ERROR);
}

#[tokio::test]
async fn the_work_list_marks_and_filters_what_is_overdue_and_sorts_by_links() {
    let app = TestApp::spawn().await;
    let (old, _) = sent_move(&app).await;
    let (new, _) = sent_move(&app).await;
    // Received a month ago (a state HTTP cannot make): past the norm of 5 working days.
    let month_ago = jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .unwrap()
        .checked_sub(jiff::Span::new().days(30))
        .unwrap()
        .to_string();
    sqlx::query("UPDATE submissions SET received_at = $1 WHERE reference = $2")
        .bind(&month_ago)
        .bind(&old)
        .execute(&app.pool)
        .await
        .unwrap();
    let staff = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let all = app.get_as(&staff, "/medewerker/aanvragen").await;
    assert!(all.body.contains("1 tot en met 2 van 2 aanvragen"));
    assert!(all.body.contains("Te laat"), "said in words");
    assert!(all.body.find(&new) < all.body.find(&old), "newest first");
    let overdue = app.get_as(&staff, "/medewerker/aanvragen?te-laat=ja").await;
    assert!(overdue.body.contains(&old) && !overdue.body.contains(&new));
    assert!(overdue.body.contains("1 tot en met 1 van 1 aanvragen"));
    let oldest = app
        .get_as(&staff, "/medewerker/aanvragen?richting=op")
        .await;
    assert!(
        oldest.body.find(&old) < oldest.body.find(&new),
        "oldest first"
    );
    assert!(oldest.body.contains("aria-sort=\"ascending\""));
    let unassigned = app
        .get_as(&staff, "/medewerker/aanvragen?vrij=ja&mijn=ja")
        .await;
    assert!(unassigned.body.contains("Geen aanvragen gevonden."));
}
