//! The KPI page over HTTP: known records of this week (callbacks with and
//! without a timely first attempt, counter visits with stored waiting times,
//! registered contacts, a request handled) give the figures the definitions
//! say, beside their norms; only team leads may open it.

use app::staff::roles::Role;
use reqwest::StatusCode;

use crate::common::TestApp;
use crate::staff_common::signed_in;

/// The figure in the row of a KPI, as the page shows it.
fn figure(body: &str, name: &str) -> String {
    let row = format!("<th scope=\"row\">{name}</th>");
    let at = body.find(&row).unwrap_or_else(|| panic!("row {name}"));
    let rest = &body[at + row.len()..];
    let start = rest.find('>').expect("cell") + 1;
    rest[start..start + rest[start..].find('<').expect("end")].to_string()
}

/// Now where the municipality is: days and weeks are counted there.
fn amsterdam_now() -> jiff::Zoned {
    jiff::Zoned::now().in_tz("Europe/Amsterdam").expect("tz")
}

async fn callback(app: &TestApp, n: u32, first_attempt_days: Option<i64>) {
    let now = amsterdam_now();
    let today = now.date().to_string();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO callback_requests (reference, token, nonce, name, phone, topic, preferred_day, day_part, \
         created_at, created_day, due_by, state) VALUES ($1, $2, $3, 'Test', '+31612345678', 'Vraag', $4, \
         'ochtend', $5, $4, $4, 'open') RETURNING id",
    )
    .bind(format!("TB-KPI-{n}"))
    .bind(format!("kpi-token-{n}"))
    .bind(format!("kpi-nonce-{n}"))
    .bind(&today)
    .bind(now.to_string())
    .fetch_one(&app.pool)
    .await
    .expect("callback");
    if let Some(days) = first_attempt_days {
        let at = now.checked_add(jiff::Span::new().days(days)).unwrap();
        sqlx::query("INSERT INTO callback_attempts (callback_id, at, outcome) VALUES ($1, $2, 'niet bereikt')")
            .bind(id)
            .bind(at.to_string())
            .execute(&app.pool)
            .await
            .expect("attempt");
    }
}

async fn visit(app: &TestApp, n: u32, walk_in: i64, waited: Option<i64>, outcome: &str) {
    sqlx::query(
        "INSERT INTO visits (reference, token, token_key, location, day, start_minute, end_minute, products, name, \
         created_at, state, walk_in, waiting_seconds, outcome) \
         VALUES ($1, $2, $3, 'stadhuis', $4, 600, 610, 'rijbewijs', 'Test', $5, 'geboekt', $6, $7, $8)",
    )
    .bind(format!("BA-KPI-{n}"))
    .bind(format!("kpi-visit-{n}"))
    .bind(format!("kpi-visit-key-{n}"))
    .bind(amsterdam_now().date().to_string())
    .bind(amsterdam_now().to_string())
    .bind(walk_in)
    .bind(waited)
    .bind(outcome)
    .execute(&app.pool)
    .await
    .expect("visit");
}

#[tokio::test]
async fn the_week_s_records_give_the_defined_figures() {
    let app = TestApp::spawn().await;
    callback(&app, 1, Some(0)).await;
    callback(&app, 2, Some(10)).await;
    callback(&app, 3, None).await;
    visit(&app, 1, 0, Some(300), "geholpen").await;
    visit(&app, 2, 0, Some(900), "geholpen").await;
    visit(&app, 3, 1, Some(120), "geholpen").await;
    visit(&app, 4, 0, None, "niet gekomen").await;
    let (handled, _) = crate::staff_common::sent_move(&app).await;
    crate::staff_common::sent_move(&app).await;
    assert!(
        server::status::record(&app.store, &handled, "afgehandeld", None)
            .await
            .expect("status")
    );
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    for result in ["zelf-afgehandeld", "doorverbonden"] {
        let form = app.get_as(&agent, "/medewerker/contact").await;
        let answer = app
            .post_as(
                &agent,
                "/medewerker/contact",
                &[
                    ("formulier", &crate::common::nonce(&form.body)),
                    ("kanaal", "telefoon"),
                    ("onderwerp", "Afvalpas"),
                    ("uitkomst", result),
                ],
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(
        app.get_as(&agent, "/medewerker/kengetallen").await.status,
        StatusCode::FORBIDDEN
    );

    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let page = app.get_as(&lead, "/medewerker/kengetallen").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = page.body;
    assert_eq!(figure(&body, "Verzoeken"), "3");
    assert_eq!(
        figure(&body, "Op tijd gebeld"),
        "33 %",
        "1 of 3 within 2 working days"
    );
    assert_eq!(
        figure(&body, "Afspraken: op tijd geholpen"),
        "50 %",
        "300 s in, 900 s out"
    );
    assert_eq!(
        figure(&body, "Afspraken: wachttijd, 9 van de 10"),
        "15 min."
    );
    assert_eq!(figure(&body, "Inloop: wachttijd, de helft"), "2 min.");
    assert_eq!(figure(&body, "Niet gekomen"), "25 %", "1 of 4 visits ended");
    assert_eq!(figure(&body, "Meteen opgelost"), "50 %");
    assert_eq!(figure(&body, "Telefoon, vastgelegd contact"), "2");
    assert_eq!(figure(&body, "Ontvangen"), "2");
    assert_eq!(
        figure(&body, "Op tijd afgehandeld"),
        "100 %",
        "1 handled, the same day"
    );
    assert_eq!(figure(&body, "In één keer goed"), "100 %");
    assert_eq!(figure(&body, "Aanvragen online"), "2");
    // Online: two moves started and sent through the form, nothing else.
    assert_eq!(figure(&body, "Formulieren begonnen"), "2");
    assert_eq!(figure(&body, "Online afgerond"), "100 %");
    assert_eq!(figure(&body, "Digitaal gebruik"), "100 %");
    assert!(
        body.contains("Verhuizing doorgeven: formulieren per pagina"),
        "the funnel's table"
    );
    assert!(
        body.contains("Nee, onder de norm"),
        "33 % is under the 90 % norm"
    );
    assert!(body.contains("Zo rekenen wij"));
}

/// Answers on the counter tablet of today: `happy` of them 4 or 5, the rest 2.
async fn tablet_answers(app: &TestApp, happy: u32, unhappy: u32) {
    let now = amsterdam_now();
    for n in 0..happy + unhappy {
        let score = if n < happy { 4 + i64::from(n % 2) } else { 2 };
        sqlx::query(
            "INSERT INTO satisfaction_answers (invitation_id, channel, contact_kind, product, location, score, \
             improve, call_me, answered_at, day) VALUES (NULL, 'balie', 'tablet', NULL, 'stadhuis', $1, NULL, 0, $2, $3)",
        )
        .bind(score)
        .bind(now.to_string())
        .bind(now.date().to_string())
        .execute(&app.pool)
        .await
        .expect("answer");
    }
}

#[tokio::test]
async fn satisfaction_is_a_kpi_given_from_30_answers_on() {
    let app = TestApp::spawn().await;
    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let body = app.get_as(&lead, "/medewerker/kengetallen").await.body;
    assert_eq!(figure(&body, "Tevreden, alle kanalen"), "Geen gegevens");
    tablet_answers(&app, 23, 6).await;
    let body = app.get_as(&lead, "/medewerker/kengetallen").await.body;
    assert_eq!(
        figure(&body, "Tevreden, alle kanalen"),
        "Te weinig antwoorden"
    );
    assert_eq!(figure(&body, "Tevreden, balie"), "Te weinig antwoorden");
    tablet_answers(&app, 1, 0).await;
    let body = app.get_as(&lead, "/medewerker/kengetallen").await.body;
    assert_eq!(figure(&body, "Tevreden, alle kanalen"), "80 %", "24 of 30");
    assert_eq!(figure(&body, "Tevreden, balie"), "80 %");
    assert_eq!(figure(&body, "Tevreden, online"), "Geen gegevens");
    // The week page of the answers counts the tablet too.
    let week = app.get_as(&lead, "/medewerker/tevredenheid").await.body;
    assert_eq!(figure(&week, "Balie: tablet bij de balie"), "30");
}
