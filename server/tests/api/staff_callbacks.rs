//! The KCC's callback queue over HTTP: a request worked to "bereikt" with the
//! handed-over answers shown as questions, two attempts without reaching the
//! resident ("niet bereikt", with the message), two agents taking the same
//! request at once (exactly one holds it), a hold that runs out, and the
//! access log of each view and change.

use app::staff::roles::Role;
use reqwest::{Client, StatusCode};

use crate::common::{TestApp, first_slot, nonce};
use crate::staff_common::signed_in;

/// A callback request sent by a resident of their own browser; its reference.
/// With `from_form`, asked from the move form's date step with its answers shared.
/// Each has a phone number of its own; the daily count per network address
/// (every test resident is 127.0.0.1) is forgotten first, as for residents
/// behind different addresses.
async fn ask(app: &TestApp, email: Option<&str>, from_form: bool) -> String {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 100;
    sqlx::query("DELETE FROM callback_addresses")
        .execute(&app.pool)
        .await
        .expect("forget the address counts");
    let resident = TestApp::browser();
    let mut fields: Vec<(&str, String)> = vec![
        ("naam", "Ayşe Özdemir".into()),
        ("telefoon", format!("06 123456{n:02}")),
        ("onderwerp", "Verhuizing doorgeven".into()),
        ("dagdeel", first_slot()),
    ];
    let form_path = if from_form {
        app.post_as(
            &resident,
            "/producten/verhuizing/adres",
            &[("adres-postcode", "1234AB"), ("adres-huisnummer", "7")],
        )
        .await;
        fields.push(("vanaf", "/producten/verhuizing/datum".into()));
        fields.push(("antwoorden-meesturen", "ja".into()));
        "/terugbellen?vanaf=/producten/verhuizing/datum"
    } else {
        "/terugbellen"
    };
    if let Some(email) = email {
        fields.push(("email", email.into()));
    }
    let form = app.get_as(&resident, form_path).await;
    fields.push(("formulier", nonce(&form.body)));
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = app.post_as(&resident, "/terugbellen", &borrowed).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "callback asked");
    let page = app
        .get_as(&resident, sent.location.as_deref().expect("link"))
        .await;
    let at = page.body.find("TB-").expect("reference shown");
    page.body[at..at + 12].to_string()
}

async fn state_of(app: &TestApp, reference: &str) -> (String, Option<String>, Option<i64>) {
    sqlx::query_as("SELECT state, result, held_by FROM callback_requests WHERE reference = $1")
        .bind(reference)
        .fetch_one(&app.pool)
        .await
        .expect("request")
}

async fn take(app: &TestApp, agent: &Client, reference: &str) -> String {
    let path = format!("/medewerker/terugbellen/{reference}");
    let answer = app.post_as(agent, &format!("{path}/oppakken"), &[]).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.location.as_deref(), Some(path.as_str()));
    app.get_as(agent, &path).await.body
}

async fn attempt(
    app: &TestApp,
    agent: &Client,
    reference: &str,
    outcome: &str,
    note: &str,
) -> String {
    let answer = app
        .post_as(
            agent,
            &format!("/medewerker/terugbellen/{reference}/poging"),
            &[("uitkomst", outcome), ("notitie", note)],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let to = answer.location.expect("to");
    app.get_as(agent, &to).await.body
}

async fn log_rows(app: &TestApp, reference: &str) -> Vec<(String, String)> {
    sqlx::query_as(
        "SELECT action, purpose FROM access_log WHERE record_kind = 'terugbelverzoek' AND record_id = $1 ORDER BY id",
    )
    .bind(reference)
    .fetch_all(&app.pool)
    .await
    .expect("log")
}

#[tokio::test]
async fn an_agent_works_a_request_to_reached_with_the_answers_as_questions() {
    let app = TestApp::spawn().await;
    let reference = ask(&app, Some("ayse@voorbeeld.nl"), true).await;
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;

    let queue = app.get_as(&agent, "/medewerker/terugbellen").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.body.contains(&reference), "in the queue");
    assert!(queue.body.contains("Volgende oppakken"));
    assert!(
        !queue.body.contains("Ayşe"),
        "the queue shows no names: opening a request is what the log records"
    );

    let page = take(&app, &agent, &reference).await;
    for words in [
        "U heeft dit verzoek opgepakt",
        "href=\"tel:+316123456",
        "Hoe ging het gesprek?",
    ] {
        assert!(page.contains(words), "{words}");
    }
    assert!(
        page.contains("1234AB 7"),
        "the handed-over address, as typed"
    );
    assert!(
        !page.contains("adres-postcode"),
        "questions, never input names"
    );
    assert!(page.contains("Verhuizing doorgeven"));

    // No outcome chosen: said, and the note kept.
    let again = attempt(&app, &agent, &reference, "", "Eerst even zoeken").await;
    assert!(again.contains("Kies hoe het gesprek ging"), "{again}");
    assert!(again.contains("Eerst even zoeken"), "the note is kept");
    assert_eq!(state_of(&app, &reference).await.0, "open");
    // A note over the limit: said, nothing recorded.
    let long = "x".repeat(1001);
    let again = attempt(&app, &agent, &reference, "beantwoord", &long).await;
    assert!(again.contains("De notitie is te lang"));
    assert_eq!(app.count("callback_attempts").await, 0);

    let queue = attempt(&app, &agent, &reference, "beantwoord", "Adres uitgelegd").await;
    assert!(queue.contains("Gesprek vastgelegd voor"), "{queue}");
    assert!(
        !queue.contains(&format!(">{reference}<")),
        "no longer in the queue"
    );
    let (state, result, held) = state_of(&app, &reference).await;
    assert_eq!(
        (state.as_str(), result.as_deref(), held),
        ("bereikt", Some("beantwoord"), None)
    );
    let (outcome, note): (String, Option<String>) =
        sqlx::query_as("SELECT outcome, note FROM callback_attempts")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        (outcome.as_str(), note.as_deref()),
        ("bereikt", Some("Adres uitgelegd"))
    );

    // The call is a phone contact, with the product the resident came from.
    let contact: (String, Option<String>, String) =
        sqlx::query_as("SELECT channel, product, result FROM contacts")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        contact,
        (
            "telefoon".into(),
            Some("verhuizing".into()),
            "zelf afgehandeld".into()
        )
    );

    // A second attempt on a closed request records nothing.
    let closed = attempt(&app, &agent, &reference, "niet-bereikt", "").await;
    assert!(closed.contains("niet meer van u"), "{closed}");
    assert_eq!(app.count("callback_attempts").await, 1);

    let rows = log_rows(&app, &reference).await;
    let actions: Vec<&str> = rows.iter().map(|(a, _)| a.as_str()).collect();
    assert!(actions.contains(&"view"), "{rows:?}");
    assert_eq!(
        rows.iter().filter(|(a, _)| a == "change").count(),
        2,
        "taking and the attempt: {rows:?}"
    );

    // Only roles that call back see the queue.
    let clerk = signed_in(&app, "balie@voorbeeld.nl", Role::Balie).await;
    assert_eq!(
        app.get_as(&clerk, "/medewerker/terugbellen").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(&clerk, &format!("/medewerker/terugbellen/{reference}"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn two_attempts_not_reached_make_it_missed_and_tell_the_resident() {
    let app = TestApp::spawn().await;
    let with_mail = ask(&app, Some("ayse@voorbeeld.nl"), true).await;
    let without = ask(&app, None, false).await;
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    let before = app.count("outbox").await;

    for reference in [&with_mail, &without] {
        take(&app, &agent, reference).await;
        let queue = attempt(&app, &agent, reference, "niet-bereikt", "Voicemail").await;
        assert!(
            queue.contains("Het verzoek staat weer in de wachtrij"),
            "{queue}"
        );
        let (state, _, held) = state_of(&app, reference).await;
        assert_eq!((state.as_str(), held), ("open", None), "back in the queue");
        take(&app, &agent, reference).await;
        let queue = attempt(&app, &agent, reference, "niet-bereikt", "").await;
        assert!(queue.contains("is niet bereikt en is klaar"), "{queue}");
        assert_eq!(state_of(&app, reference).await.0, "niet bereikt");
    }
    let messages: Vec<(String, String, String)> =
        sqlx::query_as("SELECT recipient, subject, body FROM outbox WHERE kind = 'niet-bereikt'")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(messages.len(), 1, "only where an address is known");
    let (to, subject, body) = &messages[0];
    assert_eq!(to, "ayse@voorbeeld.nl");
    assert!(subject.contains(&with_mail), "{subject}");
    assert!(
        body.contains("/terugbellen?vanaf=/producten/verhuizing"),
        "a link to ask again, from the same product: {body}"
    );
    assert_eq!(app.count("outbox").await, before + 1);
}

#[tokio::test]
async fn two_agents_taking_the_same_request_at_once_exactly_one_holds_it() {
    let app = TestApp::spawn().await;
    let anna = signed_in(&app, "anna@voorbeeld.nl", Role::Kcc).await;
    let bram = signed_in(&app, "bram@voorbeeld.nl", Role::Kcc).await;
    let (anna_id,): (i64,) =
        sqlx::query_as("SELECT id FROM staff_accounts WHERE email = 'anna@voorbeeld.nl'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    for round in 0..6 {
        let reference = ask(&app, None, false).await;
        let path = format!("/medewerker/terugbellen/{reference}/oppakken");
        let (a, b) = tokio::join!(
            app.post_as(&anna, &path, &[]),
            app.post_as(&bram, &path, &[])
        );
        assert_eq!(
            (a.status, b.status),
            (StatusCode::SEE_OTHER, StatusCode::SEE_OTHER)
        );
        let (_, _, held) = state_of(&app, &reference).await;
        let page = format!("/medewerker/terugbellen/{reference}");
        let (winner, loser) = if held == Some(anna_id) {
            (&anna, &bram)
        } else {
            (&bram, &anna)
        };
        assert!(held.is_some(), "round {round}: one of them holds it");
        let lost = app.get_as(loser, &page).await.body;
        assert!(
            lost.contains("Een collega was u net voor"),
            "round {round}: {lost}"
        );
        assert!(
            lost.contains("Sam Visser heeft dit verzoek opgepakt"),
            "who has it"
        );
        assert!(
            !lost.contains("Hoe ging het gesprek?"),
            "no attempt form for the loser"
        );
        let won = app.get_as(winner, &page).await.body;
        assert!(won.contains("Hoe ging het gesprek?"));
    }
    // "Volgende oppakken" at once for the last free request: one gets it, one hears the queue is empty.
    sqlx::query("UPDATE callback_requests SET state = 'geannuleerd'")
        .execute(&app.pool)
        .await
        .unwrap();
    let last = ask(&app, None, false).await;
    let (a, b) = tokio::join!(
        app.post_as(&anna, "/medewerker/terugbellen/volgende", &[]),
        app.post_as(&bram, "/medewerker/terugbellen/volgende", &[])
    );
    let mut places: Vec<String> = [a, b]
        .into_iter()
        .map(|x| x.location.expect("to"))
        .collect();
    places.sort();
    assert_eq!(
        places,
        [
            format!("/medewerker/terugbellen/{last}"),
            "/medewerker/terugbellen?melding=leeg".to_string()
        ]
    );
    let empty = app
        .get_as(&anna, "/medewerker/terugbellen?melding=leeg")
        .await
        .body;
    assert!(empty.contains("Er is geen vrij verzoek meer"));
}

#[tokio::test]
async fn a_request_not_finished_in_30_minutes_goes_back_to_the_queue() {
    let app = TestApp::spawn().await;
    let reference = ask(&app, None, false).await;
    let anna = signed_in(&app, "anna@voorbeeld.nl", Role::Kcc).await;
    let bram = signed_in(&app, "bram@voorbeeld.nl", Role::Kcc).await;
    take(&app, &anna, &reference).await;
    let (until,): (i64,) = sqlx::query_as("SELECT held_until FROM callback_requests")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let now = jiff::Timestamp::now().as_second();
    assert!(
        (29 * 60..=30 * 60).contains(&(until - now)),
        "held for 30 minutes: {}",
        until - now
    );
    let busy = app
        .get_as(&bram, &format!("/medewerker/terugbellen/{reference}"))
        .await
        .body;
    assert!(
        busy.contains("heeft dit verzoek opgepakt"),
        "held while it runs"
    );
    // Thirty minutes later (the hold's end moved back: the clock cannot be).
    sqlx::query("UPDATE callback_requests SET held_until = $1")
        .bind(now - 1)
        .execute(&app.pool)
        .await
        .unwrap();
    let queue = app.get_as(&bram, "/medewerker/terugbellen").await.body;
    assert!(queue.contains(&reference));
    let page = take(&app, &bram, &reference).await;
    assert!(
        page.contains("U heeft dit verzoek opgepakt"),
        "free again: Bram takes it"
    );
    // Anna's late attempt records nothing and says so.
    let late = attempt(&app, &anna, &reference, "beantwoord", "").await;
    assert!(late.contains("niet meer van u"), "{late}");
    assert_eq!(app.count("callback_attempts").await, 0);
    assert_eq!(state_of(&app, &reference).await.0, "open");
}

#[tokio::test]
async fn an_agent_completes_the_form_on_the_phone_and_sends_it_as_registrar() {
    let app = TestApp::spawn().await;
    let reference = ask(&app, Some("ayse@voorbeeld.nl"), true).await;
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    let open_form = format!("/medewerker/terugbellen/{reference}/formulier");
    let page = format!("/medewerker/terugbellen/{reference}");
    let drafts = app.count("drafts").await;

    // Only the agent holding the request opens its form.
    let refused = app.post_as(&agent, &open_form, &[]).await;
    assert_eq!(refused.location.as_deref(), Some(page.as_str()));
    assert_eq!(app.count("drafts").await, drafts, "no draft for the agent");

    let held = take(&app, &agent, &reference).await;
    assert!(held.contains("Verder met het formulier"), "{held}");
    let opened = app.post_as(&agent, &open_form, &[]).await;
    assert_eq!(
        opened.location.as_deref(),
        Some("/producten/verhuizing/datum"),
        "the handed-over address is done: the agent goes on at the date"
    );
    let step = app.get_as(&agent, "/producten/verhuizing/datum").await;
    assert!(
        step.body.contains(&format!("terugbelverzoek {reference}")),
        "{}",
        step.body
    );
    assert!(!step.body.contains("Opslaan en later verder"));
    // Opening it again goes on with the same draft, never a second one.
    let again = app.post_as(&agent, &open_form, &[]).await;
    assert_eq!(again.location, opened.location);
    assert_eq!(app.count("drafts").await, drafts + 1);

    let date = crate::common::move_date_in(7);
    for (path, fields) in [
        (
            "/producten/verhuizing/datum",
            vec![
                ("verhuisdatum-dag", date.0.as_str()),
                ("verhuisdatum-maand", date.1.as_str()),
                ("verhuisdatum-jaar", date.2.as_str()),
            ],
        ),
        (
            "/producten/verhuizing/meeverhuizers",
            vec![("meeverhuizers", "nee")],
        ),
        (
            "/producten/verhuizing/contact",
            vec![("email", "ayse@voorbeeld.nl")],
        ),
    ] {
        let answer = app.post_as(&agent, path, &fields).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
    }
    let check = app
        .get_as(&agent, "/producten/verhuizing/controleren")
        .await;
    assert!(check.body.contains("1234 AB"), "{}", check.body);

    // The agent's session ended: nothing is sent, nothing is lost.
    sqlx::query("UPDATE staff_sessions SET last_seen = 0")
        .execute(&app.pool)
        .await
        .expect("run out");
    let stopped = app
        .post_as(&agent, "/producten/verhuizing/controleren", &[])
        .await;
    let to = stopped.location.expect("to sign in");
    assert!(
        to.starts_with("/medewerker?melding=verlopen&terug="),
        "{to}"
    );
    assert_eq!(app.count("submissions").await, 0);
    let signed = crate::staff_common::sign_in(
        &app,
        &agent,
        "kcc@voorbeeld.nl",
        crate::staff_common::PASSWORD,
    )
    .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    let back = app.post_as(&agent, &open_form, &[]).await;
    assert_eq!(
        back.location.as_deref(),
        Some("/producten/verhuizing/controleren"),
        "every answer kept"
    );

    let before = app.count("outbox").await;
    let sent = app
        .post_as(&agent, "/producten/verhuizing/controleren", &[])
        .await;
    assert_eq!(
        sent.location.as_deref(),
        Some(page.as_str()),
        "back to the request"
    );
    let (request, channel, registrar, via): (String, String, Option<i64>, Option<String>) =
        sqlx::query_as("SELECT reference, channel, registered_by, via_callback FROM submissions")
            .fetch_one(&app.pool)
            .await
            .expect("stored once");
    let agent_id: (i64,) =
        sqlx::query_as("SELECT id FROM staff_accounts WHERE email = 'kcc@voorbeeld.nl'")
            .fetch_one(&app.pool)
            .await
            .expect("agent");
    assert_eq!(channel, "telefoon");
    assert_eq!(registrar, Some(agent_id.0));
    assert_eq!(via.as_deref(), Some(reference.as_str()));
    let (to, kind): (String, String) =
        sqlx::query_as("SELECT recipient, kind FROM outbox ORDER BY id DESC LIMIT 1")
            .fetch_one(&app.pool)
            .await
            .expect("receipt");
    assert_eq!(
        (to.as_str(), kind.as_str()),
        ("ayse@voorbeeld.nl", "ontvangst")
    );
    assert_eq!(app.count("outbox").await, before + 1);

    // The request's page has the outcome ready; a resent form stores nothing new.
    let after = app.get_as(&agent, &page).await.body;
    assert!(after.contains("De aanvraag is verstuurd"), "{after}");
    assert!(after.contains(&request), "the reference is in the note");
    let resent = app
        .post_as(&agent, "/producten/verhuizing/controleren", &[])
        .await;
    assert_eq!(
        resent.location.as_deref(),
        Some("/producten/verhuizing/bevestiging")
    );
    assert_eq!(app.count("submissions").await, 1);
    let logged = log_rows(&app, &reference).await;
    assert!(
        logged.iter().filter(|(action, _)| action == "view").count() >= 3,
        "each opening of the form is logged: {logged:?}"
    );
    let handled: (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM access_log WHERE record_kind = 'aanvraag' AND record_id = $1",
    )
    .bind(&request)
    .fetch_one(&app.pool)
    .await
    .expect("log");
    assert_eq!(handled.0, 1, "sending it is in the access log");

    // Staff see who registered it.
    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let detail = app
        .get_as(&lead, &format!("/medewerker/aanvragen/{request}"))
        .await;
    assert!(
        detail.body.contains("Telefoon, ingevuld door Sam Visser"),
        "{}",
        detail.body
    );
}

#[tokio::test]
async fn a_reached_resident_is_asked_by_mail_once_in_30_days() {
    let app = TestApp::spawn().await;
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    let survey_mails = |to: &'static str| {
        let pool = app.pool.clone();
        async move {
            let (n,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM outbox WHERE kind = 'tevredenheid' AND recipient = $1 \
                 AND body LIKE '%/tevredenheid/%'",
            )
            .bind(to)
            .fetch_one(&pool)
            .await
            .unwrap();
            n
        }
    };
    // Reached, with an address: thanks and the question.
    let first = ask(&app, Some("ayse@voorbeeld.nl"), false).await;
    take(&app, &agent, &first).await;
    attempt(&app, &agent, &first, "beantwoord", "").await;
    assert_eq!(survey_mails("ayse@voorbeeld.nl").await, 1);
    // The same resident again within 30 days: not asked again.
    let second = ask(&app, Some("AYSE@voorbeeld.nl"), false).await;
    take(&app, &agent, &second).await;
    attempt(&app, &agent, &second, "beantwoord", "").await;
    assert_eq!(
        survey_mails("ayse@voorbeeld.nl").await + survey_mails("AYSE@voorbeeld.nl").await,
        1,
        "one address, however written"
    );
    // Not reached, or no address: no question by mail.
    let third = ask(&app, None, false).await;
    take(&app, &agent, &third).await;
    attempt(&app, &agent, &third, "beantwoord", "").await;
    let (all,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE kind = 'tevredenheid'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(all, 1);
}
