//! The question by mail after a counter visit: asked at booking (ticked
//! without an e-mail address is a clear problem), kept with the visit, and
//! mailed when the clerk marks the visit helped; never without consent, and
//! not again within 30 days for the same address.

use app::domain::working_days::HolidayRules;
use app::staff::roles::Role;
use reqwest::StatusCode;
use server::visits::{self, VisitRequest};

use crate::common::TestApp;
use crate::staff_common::signed_in;
use crate::visit_flow::{answer_until_contact, values};

const EMAIL: &str = "bezoek@voorbeeld.nl";

/// The mails with the question after a visit.
async fn asked(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND kind = 'tevredenheid' \
         AND subject = 'Hoe was uw bezoek aan de balie?' AND body LIKE '%/tevredenheid/%'",
    )
    .bind(EMAIL)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    n
}

/// Checks the visit in, calls it to counter 1 and marks it helped.
async fn help(app: &TestApp, clerk: &reqwest::Client, reference: &str) {
    for (step, fields) in [
        ("aankomst", vec![]),
        ("oproepen", vec![("balie", "1")]),
        ("klaar", vec![]),
    ] {
        let answer = app
            .post_as(
                clerk,
                &format!("/medewerker/balie/{reference}/{step}"),
                &fields,
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{step}");
        let back = answer.location.unwrap_or_default();
        assert!(!back.contains("al-gedaan"), "{step}: {back}");
    }
}

/// A visit booked directly (as the agenda needs one), with or without consent.
async fn booked(app: &TestApp, start: u16, survey: bool) -> String {
    let stadhuis = app::visit::location("stadhuis").unwrap();
    let rules = HolidayRules {
        good_friday: false,
        liberation_day: false,
    };
    let day = app::domain::working_days::next_working_days(crate::common::today(), 10, rules)
        .into_iter()
        .find(|d| app::visit::is_open(stadhuis, *d, rules))
        .unwrap();
    let request = VisitRequest {
        location: stadhuis,
        day,
        start,
        products: vec!["rijbewijs".into()],
        name: "Bram Bezoeker".into(),
        email: Some(EMAIL.into()),
        phone: None,
        nonce: None,
        handover: Default::default(),
        walk_in: false,
        survey_lang: survey.then(|| "nl".to_string()),
        helped: None,
    };
    visits::book(&app.store, request, rules)
        .await
        .expect("booked")
        .reference
}

#[tokio::test]
async fn a_counter_visit_is_asked_by_mail_only_with_consent() {
    let app = TestApp::spawn().await;
    answer_until_contact(&app, 0).await;
    let page = app.get("/afspraak/gegevens").await;
    assert!(
        page.body
            .contains("Stuur mij na mijn bezoek één vraag per e-mail")
    );
    // Ticked without an address: said plainly, on the address.
    let problem = app
        .post(
            "/afspraak/gegevens",
            &[
                ("naam", "Bram Bezoeker"),
                ("email", ""),
                ("na-bezoek-vragen", "ja"),
            ],
        )
        .await;
    assert_eq!(problem.location.as_deref(), Some("/afspraak/gegevens"));
    let page = app.get("/afspraak/gegevens").await;
    assert!(page.body.contains(
        "Vul uw e-mailadres in. Anders kunnen wij u na het bezoek de vraag niet sturen."
    ));
    let next = app
        .post(
            "/afspraak/gegevens",
            &[
                ("naam", "Bram Bezoeker"),
                ("email", EMAIL),
                ("na-bezoek-vragen", "ja"),
            ],
        )
        .await;
    assert_eq!(next.location.as_deref(), Some("/afspraak/controleren"));
    let check = app.get("/afspraak/controleren").await;
    assert!(check.body.contains("Vraag na het bezoek"));
    let nonce = values(&check.body, "formulier")[0].clone();
    app.post("/afspraak/controleren", &[("formulier", &nonce)])
        .await;
    let (reference, lang): (String, Option<String>) =
        sqlx::query_as("SELECT reference, survey_lang FROM visits")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(lang.as_deref(), Some("nl"));

    let clerk = signed_in(&app, "balie@voorbeeld.nl", Role::Balie).await;
    help(&app, &clerk, &reference).await;
    assert_eq!(asked(&app).await, 1, "asked once the visit was helped");
    let (kind, channel, location): (String, String, Option<String>) = sqlx::query_as(
        "SELECT contact_kind, channel, location FROM satisfaction_invitations WHERE contact_ref = $1 \
         AND contact_kind = 'bezoek'",
    )
    .bind(&reference)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((kind.as_str(), channel.as_str()), ("bezoek", "balie"));
    assert_eq!(location.as_deref(), Some("stadhuis"));

    // Without consent: no mail, although the address is known.
    let without = booked(&app, 14 * 60, false).await;
    help(&app, &clerk, &without).await;
    // With consent, the same address within 30 days: not asked again.
    let again = booked(&app, 15 * 60, true).await;
    help(&app, &clerk, &again).await;
    assert_eq!(asked(&app).await, 1);
}
