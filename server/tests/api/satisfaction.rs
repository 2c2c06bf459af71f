//! The one satisfaction question over HTTP: offered on the confirmation page
//! of a sent request, answered once (a second post stores nothing), a
//! problem named with what was typed kept, an unknown token answered 404, and
//! the answer stored without personal data beside the optional text.

use reqwest::StatusCode;

use crate::common::TestApp;

/// The address of the question on the confirmation page of a sent move.
async fn survey_of_sent_move(app: &TestApp) -> String {
    app.complete_answers().await;
    let confirmation = app
        .post_and_follow("/producten/verhuizing/controleren", &[])
        .await;
    assert_eq!(confirmation.status, StatusCode::OK);
    assert!(confirmation.body.contains("Eén vraag over vandaag"));
    let at = confirmation
        .body
        .find("href=\"/tevredenheid/")
        .expect("the question's link");
    let rest = &confirmation.body[at + 6..];
    rest[..rest.find('"').expect("end")].to_string()
}

#[tokio::test]
async fn a_request_is_answered_once_with_a_problem_first() {
    let app = TestApp::spawn().await;
    let survey = survey_of_sent_move(&app).await;
    assert_eq!(survey.len(), "/tevredenheid/".len() + 32, "{survey}");
    // The confirmation page again: the same invitation, not a second one.
    let again = app.get("/producten/verhuizing/bevestiging").await;
    assert!(again.body.contains(&survey));
    assert_eq!(app.count("satisfaction_invitations").await, 1);

    let page = app.get(&survey).await;
    assert_eq!(page.status, StatusCode::OK);
    for words in [
        "Hoe tevreden bent u over hoe wij u vandaag hebben geholpen?",
        "Zeer ontevreden",
        "Zeer tevreden",
        "Wat kunnen wij beter doen? (optioneel)",
        "Mogen wij u hierover bellen? (optioneel)",
    ] {
        assert!(page.body.contains(words), "{words}");
    }

    // No score: said, and the text kept.
    let problem = app
        .post(
            &survey,
            &[("beter", "Het formulier vroeg twee keer mijn adres")],
        )
        .await;
    assert_eq!(problem.location.as_deref(), Some(survey.as_str()));
    let page = app.get(&survey).await;
    assert!(page.body.contains("Kies hoe tevreden u bent"));
    assert!(
        page.body
            .contains("Het formulier vroeg twee keer mijn adres")
    );
    assert_eq!(app.count("satisfaction_answers").await, 0);

    let fields = [
        ("tevredenheid", "2"),
        ("beter", "Het formulier vroeg twee keer mijn adres"),
        ("bellen", "ja"),
    ];
    let sent = app.post(&survey, &fields).await;
    assert_eq!(
        sent.location.as_deref(),
        Some(format!("{survey}?bedankt=ja").as_str())
    );
    let thanks = app.get(&format!("{survey}?bedankt=ja")).await;
    assert!(thanks.body.contains("Uw antwoord is ontvangen"));
    // A second click stores nothing and says it was answered.
    let twice = app.post(&survey, &fields).await;
    assert_eq!(twice.location.as_deref(), Some(survey.as_str()));
    assert!(app.get(&survey).await.body.contains("al beantwoord"));
    assert_eq!(app.count("satisfaction_answers").await, 1);

    let (score, improve, call_me, kind, channel, product): (
        i64,
        Option<String>,
        i64,
        String,
        String,
        Option<String>,
    ) = sqlx::query_as(
        "SELECT score, improve, call_me, contact_kind, channel, product FROM satisfaction_answers",
    )
    .fetch_one(&app.pool)
    .await
    .expect("answer");
    assert_eq!(score, 2);
    assert_eq!(
        improve.as_deref(),
        Some("Het formulier vroeg twee keer mijn adres")
    );
    assert_eq!(call_me, 1);
    assert_eq!(
        (kind.as_str(), channel.as_str(), product.as_deref()),
        ("aanvraag", "online", Some("verhuizing"))
    );

    // A year on, the text goes; the score stays for the figures.
    let keep = app::retention::Retention::default();
    let soon = jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .checked_add(jiff::Span::new().days(364))
        .unwrap();
    let purged = server::retention::purge(&app.store, keep, &soon)
        .await
        .expect("purge");
    assert_eq!(purged.remarks, 0);
    let later = jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .checked_add(jiff::Span::new().days(366))
        .unwrap();
    let purged = server::retention::purge(&app.store, keep, &later)
        .await
        .expect("purge");
    assert_eq!(purged.remarks, 1);
    let (score, improve): (i64, Option<String>) =
        sqlx::query_as("SELECT score, improve FROM satisfaction_answers")
            .fetch_one(&app.pool)
            .await
            .expect("answer");
    assert_eq!((score, improve), (2, None));
}

#[tokio::test]
async fn a_token_we_never_made_or_one_run_out_is_no_question() {
    let app = TestApp::spawn().await;
    let unknown = "/tevredenheid/0123456789abcdef0123456789abcdef";
    assert_eq!(app.get(unknown).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.post(unknown, &[("tevredenheid", "5")]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/tevredenheid/<script>").await.status,
        StatusCode::NOT_FOUND
    );
    let survey = survey_of_sent_move(&app).await;
    sqlx::query("UPDATE satisfaction_invitations SET expires_at = 0")
        .execute(&app.pool)
        .await
        .expect("run out");
    assert!(app.get(&survey).await.body.contains("werkt niet meer"));
    app.post(&survey, &[("tevredenheid", "5")]).await;
    assert_eq!(app.count("satisfaction_answers").await, 0);
}

#[tokio::test]
async fn the_team_lead_sees_the_week_follows_up_and_only_the_team_lead_may() {
    use app::staff::roles::Role;
    let app = TestApp::spawn().await;
    let survey = survey_of_sent_move(&app).await;
    app.post(
        &survey,
        &[
            ("tevredenheid", "1"),
            ("beter", "Niemand belde terug"),
            ("bellen", "ja"),
        ],
    )
    .await;
    let agent = crate::staff_common::signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    assert_eq!(
        app.get_as(&agent, "/medewerker/tevredenheid").await.status,
        StatusCode::FORBIDDEN,
        "the texts are for team leads"
    );
    let lead = crate::staff_common::signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let page = app.get_as(&lead, "/medewerker/tevredenheid").await;
    assert_eq!(page.status, StatusCode::OK);
    for words in [
        "Online: aanvraag",
        "Niemand belde terug",
        "Zeer ontevreden",
        "Hoe deze cijfers tot stand komen",
        "VH-",
        "Antwoorden per product in deze week",
    ] {
        assert!(page.body.contains(words), "{words}");
    }
    // The move's row: 1 answer, average 1,0, too few for a share.
    let row = "<th scope=\"row\">Verhuizing doorgeven</th><td class=\"lk-table__number\">1</td>\
               <td class=\"lk-table__number\">1,0</td><td class=\"lk-table__number\">Te weinig antwoorden</td>";
    assert!(page.body.contains(row), "{}", page.body);
    let id: (i64,) = sqlx::query_as("SELECT id FROM satisfaction_answers")
        .fetch_one(&app.pool)
        .await
        .expect("answer");
    let done = app
        .post_as(
            &lead,
            &format!("/medewerker/tevredenheid/{}/opgevolgd", id.0),
            &[],
        )
        .await;
    assert_eq!(
        done.location.as_deref(),
        Some("/medewerker/tevredenheid?melding=opgevolgd")
    );
    let after = app
        .get_as(&lead, "/medewerker/tevredenheid?melding=opgevolgd")
        .await;
    assert!(
        after.body.contains("Er is niemand om te bellen"),
        "{}",
        after.body
    );
    let logged: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM access_log WHERE record_kind = 'tevredenheid'")
            .fetch_one(&app.pool)
            .await
            .expect("log");
    assert_eq!(logged.0, 3, "two views and the follow-up");
}

#[tokio::test]
async fn a_callback_request_has_its_own_question_but_not_once_cancelled() {
    let app = TestApp::spawn().await;
    let asked = app.ask_callback("06 12345678").await;
    let page = app.get(asked.location.as_deref().expect("link")).await;
    assert!(
        page.body.contains("Eén vraag over vandaag"),
        "{}",
        page.body
    );
    let kind: (String, String) =
        sqlx::query_as("SELECT contact_kind, channel FROM satisfaction_invitations")
            .fetch_one(&app.pool)
            .await
            .expect("invitation");
    assert_eq!(kind, ("terugbelverzoek".to_string(), "online".to_string()));
    let link = asked.location.expect("link");
    app.post(&format!("{link}/annuleren"), &[]).await;
    let cancelled = app.get(&link).await;
    assert!(!cancelled.body.contains("Eén vraag over vandaag"));
}
