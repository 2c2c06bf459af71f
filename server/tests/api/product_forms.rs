//! The products whose questions live in their product files (the form engine),
//! over HTTP without JavaScript: each product's happy path to a stored request
//! with a receipt, branching, errors that keep what was typed, the copy before
//! sending, one request for many clicks, and "Mijn aanvraag".

use crate::common;

use common::{TestApp, move_date_in, saved_code};
use reqwest::StatusCode;

pub(crate) type Steps<'a> = Vec<(&'a str, Vec<(&'a str, &'a str)>)>;

/// Posts each step and checks it leads where the next one is, ending at the check page.
async fn answer_all(app: &TestApp, product: &str, steps: &Steps<'_>) {
    for (i, (step, fields)) in steps.iter().enumerate() {
        let answer = app
            .post(&format!("/producten/{product}/{step}"), fields)
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{product}/{step}");
        let next = steps
            .get(i + 1)
            .map(|(s, _)| format!("/producten/{product}/{s}"))
            .unwrap_or_else(|| format!("/producten/{product}/controleren"));
        assert_eq!(
            answer.location.as_deref(),
            Some(next.as_str()),
            "{product}/{step} goes on to {next}"
        );
    }
}

fn happy_paths(date: &(String, String, String)) -> Vec<(&'static str, &'static str, Steps<'_>)> {
    vec![
        (
            "uittreksel-brp",
            "UB-",
            vec![
                ("soort", vec![("soort", "internationaal")]),
                ("taal", vec![("taal", "duits")]),
                ("doel", vec![("doel", "Voor een  baan in Duitsland")]),
                ("ontvangen", vec![("ontvangen", "post")]),
                (
                    "contact",
                    vec![("email", "jan@voorbeeld.nl"), ("telefoon", "")],
                ),
            ],
        ),
        (
            "melding-openbare-ruimte",
            "MO-",
            vec![
                ("wat", vec![("soort", "verlichting")]),
                ("plek-bekend", vec![("adres-bekend", "ja")]),
                (
                    "adres",
                    vec![
                        ("adres-postcode", "1234ab"),
                        ("adres-huisnummer", "12"),
                        ("adres-toevoeging", ""),
                    ],
                ),
                (
                    "beschrijving",
                    vec![("beschrijving", "De lamp brandt niet.\r\nHet is erg donker.")],
                ),
                ("fotos", vec![]),
                ("terugkoppeling", vec![("bericht", "ja")]),
                ("contact", vec![("email", "jan@voorbeeld.nl")]),
            ],
        ),
        (
            "parkeervergunning",
            "PV-",
            vec![
                ("kenteken", vec![("kenteken", "12abc3")]),
                ("eigenaar", vec![("eigenaar", "eigen")]),
                (
                    "adres",
                    vec![
                        ("adres-postcode", "1234 AB"),
                        ("adres-huisnummer", "7"),
                        ("adres-toevoeging", "a"),
                    ],
                ),
                (
                    "ingangsdatum",
                    vec![
                        ("ingangsdatum-dag", &date.0),
                        ("ingangsdatum-maand", &date.1),
                        ("ingangsdatum-jaar", &date.2),
                    ],
                ),
                (
                    "contact",
                    vec![("email", "jan@voorbeeld.nl"), ("telefoon", "0612345678")],
                ),
            ],
        ),
        (
            "kwijtschelding",
            "KW-",
            vec![
                ("aanslag", vec![("aanslagnummer", "2026-001234")]),
                (
                    "huishouden",
                    vec![("huishouden", "kinderen"), ("personen", "3")],
                ),
                ("inkomen", vec![("inkomen", "1.450,75")]),
                ("bezit", vec![("bezit", "ja")]),
                ("waarde", vec![("waarde", "2500")]),
                ("toestemming", vec![("toestemming", "ja")]),
                (
                    "contact",
                    vec![("telefoon", "06 12345678"), ("email", "jan@voorbeeld.nl")],
                ),
            ],
        ),
    ]
}

#[tokio::test]
async fn every_product_form_ends_in_one_request_with_a_receipt() {
    let app = TestApp::spawn().await;
    let date = move_date_in(14);
    let expected_answers = [
        (
            "uittreksel-brp",
            vec![
                "Duits",
                "Voor een baan in Duitsland",
                "Met de post, op mijn adres",
            ],
        ),
        (
            "melding-openbare-ruimte",
            vec![
                "Een straatlantaarn doet het niet",
                "1234 AB",
                "Het is erg donker.",
            ],
        ),
        ("parkeervergunning", vec!["12-ABC-3", "7 A", "06 12345678"]),
        (
            "kwijtschelding",
            vec![
                "€ 1.450,75",
                "3 mensen",
                "€ 2.500,00",
                "Ja, ik geef toestemming",
            ],
        ),
    ];
    for ((product, prefix, steps), (_, answers)) in happy_paths(&date).iter().zip(expected_answers)
    {
        let start = app.get(&format!("/producten/{product}")).await;
        assert!(start.body.contains("Start nu"), "{product} start page");
        let first = format!("/producten/{product}/{}", steps[0].0);
        assert!(
            start.body.contains(&format!("href=\"{first}\"")),
            "{product} starts at {first}"
        );
        assert_eq!(app.get(&first).await.status, StatusCode::OK);

        answer_all(&app, product, steps).await;
        let check = app.get(&format!("/producten/{product}/controleren")).await;
        assert_eq!(check.status, StatusCode::OK, "{product} check page");
        for answer in &answers {
            assert!(
                check.body.contains(answer),
                "{product}: check shows {answer}"
            );
        }
        assert!(
            check.body.contains("?terug=controleren"),
            "{product}: change links"
        );

        let sent = app
            .post(&format!("/producten/{product}/controleren"), &[])
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let confirmation = app
            .get(sent.location.as_deref().expect("to the confirmation"))
            .await;
        assert_eq!(confirmation.status, StatusCode::OK);
        assert!(
            confirmation.body.contains(prefix),
            "{product}: reference shown"
        );
        assert!(
            confirmation.body.contains("jan@voorbeeld.nl"),
            "{product}: receipt address"
        );
        for answer in &answers {
            assert!(
                confirmation.body.contains(answer),
                "{product}: copy has {answer}"
            );
        }
        assert_eq!(
            confirmation
                .headers
                .get("cache-control")
                .and_then(|v| v.to_str().ok()),
            Some("no-store")
        );

        let (reference, stored): (String, String) =
            sqlx::query_as("SELECT reference, answers FROM submissions WHERE product = $1")
                .bind(product)
                .fetch_one(&app.pool)
                .await
                .expect("one stored request");
        assert!(reference.starts_with(prefix));
        assert!(confirmation.body.contains(&reference));
        assert!(
            stored.contains("\"nl\"") && stored.contains("\"en\""),
            "copy in both languages"
        );
        let (subject, body): (String, String) =
            sqlx::query_as("SELECT subject, body FROM outbox WHERE topic = $1")
                .bind(format!("submission:{reference}"))
                .fetch_one(&app.pool)
                .await
                .expect("a receipt in the outbox");
        assert!(subject.contains(&reference));
        assert!(body.contains(&reference), "receipt has the reference");
        assert!(
            body.contains("ontvangen op"),
            "receipt has the time received"
        );
        assert!(
            body.contains("/aanvraag/"),
            "receipt links to Mijn aanvraag"
        );
        for answer in &answers {
            assert!(
                body.contains(answer),
                "{product}: receipt copy has {answer}"
            );
        }
        // The draft keeps nothing once the request is stored.
        let (left,): (String,) = sqlx::query_as("SELECT answers FROM drafts WHERE journey = $1")
            .bind(format!("product:{product}"))
            .fetch_one(&app.pool)
            .await
            .expect("draft row");
        assert_eq!(left, "{}");
    }
    assert_eq!(app.count("submissions").await, 4);
}

#[tokio::test]
async fn branching_asks_only_what_applies() {
    let app = TestApp::spawn().await;
    let product = "melding-openbare-ruimte";
    // A question further on is not shown before the ones it builds on.
    let ahead = app.get(&format!("/producten/{product}/beschrijving")).await;
    assert_eq!(
        ahead.location.as_deref(),
        Some("/producten/melding-openbare-ruimte/wat")
    );

    let steps: Steps = vec![
        ("wat", vec![("soort", "afval")]),
        ("plek-bekend", vec![("adres-bekend", "nee")]),
        ("plek", vec![("plek", "Het pad achter de sporthal")]),
        ("beschrijving", vec![("beschrijving", "Veel zakken afval")]),
        ("fotos", vec![]),
        ("terugkoppeling", vec![("bericht", "nee")]),
    ];
    answer_all(&app, product, &steps).await;
    // The address step does not apply: asking for it goes to what is open (the check).
    let address = app.get(&format!("/producten/{product}/adres")).await;
    assert_eq!(address.status, StatusCode::SEE_OTHER);
    let check = app.get(&format!("/producten/{product}/controleren")).await;
    assert!(check.body.contains("Het pad achter de sporthal"));
    assert!(!check.body.contains(">Adres<"), "no address row");
    assert!(!check.body.contains("E-mailadres"), "no email row");

    // Changing the answer from the check page asks the new question, then returns.
    let changed = app
        .post(
            &format!("/producten/{product}/plek-bekend?terug=controleren"),
            &[("adres-bekend", "ja")],
        )
        .await;
    assert_eq!(
        changed.location.as_deref(),
        Some("/producten/melding-openbare-ruimte/adres?terug=controleren")
    );
    let back = app
        .post(
            &format!("/producten/{product}/adres?terug=controleren"),
            &[("adres-postcode", "1234AB"), ("adres-huisnummer", "3")],
        )
        .await;
    assert_eq!(
        back.location.as_deref(),
        Some("/producten/melding-openbare-ruimte/controleren")
    );
    let check = app.get(&format!("/producten/{product}/controleren")).await;
    assert!(check.body.contains("1234 AB"));
    assert!(
        !check.body.contains("Het pad achter de sporthal"),
        "the description no longer applies"
    );
}

#[tokio::test]
async fn errors_keep_what_was_typed_and_point_to_the_field() {
    let app = TestApp::spawn().await;
    let wrong = app
        .post_and_follow(
            "/producten/parkeervergunning/kenteken",
            &[("kenteken", "1-2AB-34")],
        )
        .await;
    assert!(
        wrong.body.contains("<title>Fout: "),
        "title says there is an error"
    );
    assert!(
        wrong.body.contains("href=\"#kenteken\""),
        "summary links to the input"
    );
    assert!(wrong.body.contains("Vul een Nederlands kenteken in"));
    assert!(
        wrong.body.contains("value=\"1-2AB-34\""),
        "what was typed is kept"
    );
    assert!(wrong.body.contains("aria-invalid=\"true\""));

    let empty = app
        .post_and_follow(
            "/producten/parkeervergunning/kenteken",
            &[("kenteken", "  ")],
        )
        .await;
    assert!(
        empty.body.contains("Vul het kenteken van de auto in"),
        "the product's own message"
    );

    let app = TestApp::spawn().await;
    app.post(
        "/producten/kwijtschelding/aanslag",
        &[("aanslagnummer", "1")],
    )
    .await;
    let wrong = app
        .post_and_follow(
            "/producten/kwijtschelding/huishouden",
            &[("huishouden", "iets-anders"), ("personen", "drie")],
        )
        .await;
    assert!(
        wrong.body.contains("Kies met wie u woont"),
        "an unknown option is not accepted"
    );
    assert!(wrong.body.contains("Vul een heel getal in"));
    assert!(wrong.body.contains("value=\"drie\""));
    let refused = app
        .post_and_follow(
            "/producten/kwijtschelding/huishouden",
            &[("huishouden", "alleen"), ("personen", "1")],
        )
        .await;
    assert!(
        refused
            .body
            .contains("Hoeveel geld komt er elke maand binnen?")
    );
    let amount = app
        .post_and_follow(
            "/producten/kwijtschelding/inkomen",
            &[("inkomen", "12,345")],
        )
        .await;
    assert!(amount.body.contains("Vul een bedrag in euro in"));
}

#[tokio::test]
async fn a_copy_before_sending_and_one_request_for_many_clicks() {
    let app = TestApp::spawn().await;
    let date = move_date_in(14);
    let paths = happy_paths(&date);
    let (product, _, steps) = &paths[2];
    answer_all(&app, product, steps).await;
    let copy = app.get("/producten/parkeervergunning/kopie").await;
    assert_eq!(copy.status, StatusCode::OK);
    assert!(copy.body.contains("U heeft dit nog niet verstuurd."));
    assert!(copy.body.contains("12-ABC-3"));
    assert!(
        !copy.body.contains("Wijzigen"),
        "a copy has no change links"
    );

    let sends = (0..10).map(|_| app.post("/producten/parkeervergunning/controleren", &[]));
    for answer in futures_util::future::join_all(sends).await {
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
        assert_eq!(
            answer.location.as_deref(),
            Some("/producten/parkeervergunning/bevestiging")
        );
    }
    assert_eq!(app.count("submissions").await, 1);
    let (messages,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(messages, 1, "one receipt");
    // After sending, the check page and the copy go to the confirmation.
    let check = app.get("/producten/parkeervergunning/controleren").await;
    assert_eq!(
        check.location.as_deref(),
        Some("/producten/parkeervergunning/bevestiging")
    );
    // And the first question starts a new, empty request.
    let again = app.get("/producten/parkeervergunning/kenteken").await;
    assert!(!again.body.contains("12abc3"));
}

#[tokio::test]
async fn my_request_shows_status_and_history_only_with_the_secret() {
    let app = TestApp::spawn().await;
    let date = move_date_in(14);
    let paths = happy_paths(&date);
    let (product, _, steps) = &paths[0];
    answer_all(&app, product, steps).await;
    app.post("/producten/uittreksel-brp/controleren", &[]).await;
    let confirmation = app.get("/producten/uittreksel-brp/bevestiging").await;
    let start = confirmation
        .body
        .find("href=\"/aanvraag/")
        .expect("status link")
        + 6;
    let end = start + confirmation.body[start..].find('"').expect("end of link");
    let link = confirmation.body[start..end].to_string();

    // Another browser with the link sees it (the link is the secret), no cookie needed.
    let other = common::TestApp::browser();
    let page = other
        .get(format!("{}{link}", app.base))
        .send()
        .await
        .expect("status page");
    assert_eq!(page.status(), StatusCode::OK);
    let body = page.text().await.expect("body");
    assert!(body.contains("Mijn aanvraag"));
    assert!(body.contains("Ontvangen"));
    assert!(body.contains("Uittreksel BRP"));

    let (reference,): (String,) = sqlx::query_as("SELECT reference FROM submissions")
        .fetch_one(&app.pool)
        .await
        .expect("reference");
    assert!(
        server::status::record(
            &app.store,
            &reference,
            "aanvulling nodig",
            Some("Stuur ons een kopie van uw paspoort.")
        )
        .await
        .expect("record")
    );
    assert!(
        !server::status::record(&app.store, &reference, "weg", None)
            .await
            .expect("record"),
        "unknown status"
    );
    let page = app.get(&link).await;
    assert!(page.body.contains("Aanvulling nodig"));
    assert!(page.body.contains("Stuur ons een kopie van uw paspoort."));
    assert!(
        page.body.find("Aanvulling nodig") < page.body.rfind("Ontvangen"),
        "newest first"
    );

    // Without the secret: nothing.
    for wrong in [
        "/aanvraag/0123456789abcdef0123456789abcdef",
        "/aanvraag/kort",
        &format!("/aanvraag/{reference}"),
    ] {
        let answer = app.get(wrong).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{wrong}");
        // (The page may repeat the address typed, as in its language link; not what is behind it.)
        assert!(!answer.body.contains("Uittreksel BRP"), "{wrong}");
        assert!(!answer.body.contains("Aanvulling nodig"), "{wrong}");
    }
}

#[tokio::test]
async fn products_without_a_form_have_no_question_pages() {
    let app = TestApp::spawn().await;
    for path in [
        "/producten/paspoort-id-kaart/soort",
        "/producten/uittreksel-brp/bestaat-niet",
        "/producten/bestaat-niet/soort",
        "/producten/uittreksel-brp/bevestiging",
    ] {
        let answer = app.get(path).await;
        assert!(
            answer.status == StatusCode::NOT_FOUND
                || answer.location.as_deref() == Some("/producten/uittreksel-brp"),
            "{path}: {}",
            answer.status
        );
    }
    let posted = app
        .post("/producten/paspoort-id-kaart/soort", &[("a", "b")])
        .await;
    assert_eq!(posted.status, StatusCode::NOT_FOUND);
}

/// The pickup days the day page offers (ISO dates), first the earliest.
pub(crate) fn offered_days(page: &str) -> Vec<String> {
    page.match_indices("name=\"dag\" value=\"")
        .map(|(i, needle)| page[i + needle.len()..i + needle.len() + 10].to_string())
        .collect()
}

pub(crate) fn bulky_waste_steps() -> Steps<'static> {
    vec![
        ("spullen", vec![("spullen", "matras"), ("spullen", "bank")]),
        ("aantal", vec![("aantal", "2")]),
        (
            "adres",
            vec![("adres-postcode", "1234AB"), ("adres-huisnummer", "5")],
        ),
    ]
}

#[tokio::test]
async fn bulky_waste_is_collected_on_a_day_with_room() {
    let app = TestApp::spawn().await;
    answer_all_but_last(&app, &app.client, &bulky_waste_steps()).await;
    let page = app.get("/producten/grofvuil/dag").await;
    let days = offered_days(&page.body);
    assert!(days.len() >= 8, "two weeks of working days: {days:?}");
    assert!(
        page.body.contains("nog 20 plekken"),
        "places left are shown"
    );
    let day = days[0].clone();
    app.post("/producten/grofvuil/dag", &[("dag", &day)]).await;
    app.post(
        "/producten/grofvuil/contact",
        &[("email", "jan@voorbeeld.nl")],
    )
    .await;
    let check = app.get("/producten/grofvuil/controleren").await;
    assert!(
        check.body.contains("Een bank of stoel"),
        "checkboxes in option order"
    );
    assert!(check.body.find("Een bank of stoel") < check.body.find("Een matras of bed"));
    assert!(check.body.contains("2 stuks"));
    let sent = app.post("/producten/grofvuil/controleren", &[]).await;
    assert_eq!(
        sent.location.as_deref(),
        Some("/producten/grofvuil/bevestiging")
    );
    let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pickups WHERE day = $1")
        .bind(&day)
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(taken, 1);
    let other = TestApp::browser();
    answer_all_but_last(&app, &other, &bulky_waste_steps()).await;
    let page = app.get_as(&other, "/producten/grofvuil/dag").await;
    assert!(page.body.contains("nog 19 plekken"), "one place fewer");

    // A day we do not offer (a Sunday, or far away) is not accepted.
    let far = common::today()
        .saturating_add(jiff::ToSpan::days(60))
        .to_string();
    let refused = app
        .post_as(&other, "/producten/grofvuil/dag", &[("dag", &far)])
        .await;
    assert_eq!(refused.location.as_deref(), Some("/producten/grofvuil/dag"));
}

/// Posts every step but the day, in one browser.
pub(crate) async fn answer_all_but_last(
    app: &TestApp,
    client: &reqwest::Client,
    steps: &Steps<'_>,
) {
    for (step, fields) in steps {
        let answer = app
            .post_as(client, &format!("/producten/grofvuil/{step}"), fields)
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{step}");
    }
}

#[tokio::test]
async fn fifty_residents_for_the_last_place_of_a_day_give_exactly_one_pickup() {
    let app = TestApp::spawn().await;
    let browsers: Vec<reqwest::Client> = (0..50).map(|_| TestApp::browser()).collect();
    // (The day page comes after the questions it builds on.)
    answer_all_but_last(&app, &app.client, &bulky_waste_steps()).await;
    let page = app.get("/producten/grofvuil/dag").await;
    let days = offered_days(&page.body);
    let day = days[0].clone();
    // 19 of the day's 20 places are taken already.
    for i in 0..19 {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO submissions (reference, product, draft_id, answers, received_at, channel, status) \
             VALUES ($1, 'grofvuil', $2, '{}', '2026-11-30T09:00:00+01:00[Europe/Amsterdam]', 'online', 'ontvangen') RETURNING id",
        )
        .bind(format!("GV-TEST-{i:04}"))
        .bind(format!("earlier-{i}"))
        .fetch_one(&app.pool)
        .await
        .expect("earlier request");
        sqlx::query(
            "INSERT INTO pickups (product, day, submission_id) VALUES ('grofvuil', $1, $2)",
        )
        .bind(&day)
        .bind(id)
        .execute(&app.pool)
        .await
        .expect("earlier pickup");
    }
    for browser in &browsers {
        answer_all_but_last(&app, browser, &bulky_waste_steps()).await;
        let page = app.get_as(browser, "/producten/grofvuil/dag").await;
        assert!(
            page.body.contains("nog 1 plek)"),
            "the last place is offered"
        );
        app.post_as(browser, "/producten/grofvuil/dag", &[("dag", &day)])
            .await;
        app.post_as(browser, "/producten/grofvuil/contact", &[])
            .await;
    }
    let sends = browsers
        .iter()
        .map(|b| app.post_as(b, "/producten/grofvuil/controleren", &[]));
    let answers = futures_util::future::join_all(sends).await;
    let stored = answers
        .iter()
        .filter(|a| a.location.as_deref() == Some("/producten/grofvuil/bevestiging"))
        .count();
    let refused: Vec<usize> = answers
        .iter()
        .enumerate()
        .filter(|(_, a)| a.location.as_deref() == Some("/producten/grofvuil/dag?terug=controleren"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(stored, 1, "exactly one gets the last place");
    assert_eq!(refused.len(), 49, "the others are sent back to choose");
    let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pickups WHERE day = $1")
        .bind(&day)
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(taken, 20, "never more than the day takes");
    let (requests,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM submissions WHERE reference NOT LIKE 'GV-TEST-%'")
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(requests, 1, "nothing stored for the others");

    // One of the others: a clear message, other days, and the full day is gone.
    let other = &browsers[refused[0]];
    let page = app
        .get_as(other, "/producten/grofvuil/dag?terug=controleren")
        .await;
    assert!(
        page.body
            .contains("Deze dag is net vol geraakt. Kies een andere dag.")
    );
    let now_offered = offered_days(&page.body);
    assert!(!now_offered.contains(&day));
    assert!(!now_offered.is_empty(), "other dates are offered");
    // Choosing another day goes back to the check page and sends.
    let chosen = app
        .post_as(
            other,
            "/producten/grofvuil/dag?terug=controleren",
            &[("dag", &now_offered[0])],
        )
        .await;
    assert_eq!(
        chosen.location.as_deref(),
        Some("/producten/grofvuil/controleren")
    );
    let sent = app
        .post_as(other, "/producten/grofvuil/controleren", &[])
        .await;
    assert_eq!(
        sent.location.as_deref(),
        Some("/producten/grofvuil/bevestiging")
    );
}

/// The resume code on the saved page ("7KQ4 M2XD").
#[tokio::test]
async fn save_and_continue_later_on_another_device() {
    let app = TestApp::spawn().await;
    app.post(
        "/producten/parkeervergunning/kenteken",
        &[("kenteken", "AB-123-C")],
    )
    .await;
    // Saving keeps what is on the page, even unfinished, without checking it.
    let save = app
        .post(
            "/producten/parkeervergunning/eigenaar",
            &[("eigenaar", "zaak"), ("actie", "opslaan")],
        )
        .await;
    assert_eq!(
        save.location.as_deref(),
        Some("/producten/parkeervergunning/opgeslagen")
    );
    let page = app.get("/producten/parkeervergunning/opgeslagen").await;
    assert_eq!(page.status, StatusCode::OK);
    let code = saved_code(&page.body);
    assert!(code.chars().nth(4) == Some(' '), "{code}");
    assert!(page.body.contains("tot en met"), "says until when");
    let until = common::today().saturating_add(jiff::ToSpan::days(30));
    assert!(page.body.contains(&until.year().to_string()));
    assert!(
        page.body.contains("Schrijf de code op"),
        "no email given yet"
    );

    // Another device: the code typed as people type it.
    let phone = TestApp::browser();
    let typed = code.to_lowercase().replace(' ', "-");
    let resumed = app.post_as(&phone, "/verder", &[("code", &typed)]).await;
    assert_eq!(
        resumed.location.as_deref(),
        Some("/producten/parkeervergunning/eigenaar")
    );
    let step = app
        .get_as(&phone, "/producten/parkeervergunning/eigenaar")
        .await;
    assert!(
        step.body.contains("value=\"zaak\" checked"),
        "the saved answer is back"
    );
    let back = app
        .get_as(&phone, "/producten/parkeervergunning/kenteken")
        .await;
    assert!(back.body.contains("value=\"AB-123-C\""));

    // A wrong code: a clear answer, the typed code kept.
    let wrong = app
        .post_as(&phone, "/verder", &[("code", "7KQ4 M2XZ")])
        .await;
    assert_eq!(wrong.status, StatusCode::SEE_OTHER);
    let page = app
        .get_as(&phone, wrong.location.as_deref().expect("back"))
        .await;
    assert!(page.body.contains("<title>Fout: "));
    assert!(page.body.contains("Wij kennen deze code niet"));
    assert!(page.body.contains("value=\"7KQ4 M2XZ\""));
    // The emailed link fills the code in.
    let link = app
        .get_as(&phone, &format!("/verder/{}", code.replace(' ', "")))
        .await;
    assert!(
        link.body
            .contains(&format!("value=\"{}\"", code.replace(' ', "")))
    );
}

#[tokio::test]
async fn a_saved_form_mails_its_link_once_and_is_removed_when_sent() {
    let app = TestApp::spawn().await;
    let date = move_date_in(14);
    let paths = happy_paths(&date);
    let (product, _, steps) = &paths[0];
    answer_all(&app, product, steps).await;
    for _ in 0..2 {
        let save = app
            .post(
                "/producten/uittreksel-brp/doel",
                &[("doel", "Voor een huurhuis"), ("actie", "opslaan")],
            )
            .await;
        assert_eq!(
            save.location.as_deref(),
            Some("/producten/uittreksel-brp/opgeslagen")
        );
    }
    let page = app.get("/producten/uittreksel-brp/opgeslagen").await;
    assert!(page.body.contains("gestuurd naar jan@voorbeeld.nl"));
    let code = saved_code(&page.body).replace(' ', "");
    let mails: Vec<(String,)> = sqlx::query_as("SELECT body FROM outbox WHERE kind = 'opgeslagen'")
        .fetch_all(&app.pool)
        .await
        .expect("mails");
    assert_eq!(mails.len(), 1, "the link is sent once");
    assert!(mails[0].0.contains(&format!("/verder/{code}")));
    assert_eq!(app.count("saved_drafts").await, 1, "one code for this form");

    let sent = app.post("/producten/uittreksel-brp/controleren", &[]).await;
    assert_eq!(
        sent.location.as_deref(),
        Some("/producten/uittreksel-brp/bevestiging")
    );
    let check = app.get("/producten/uittreksel-brp/bevestiging").await;
    assert!(
        check.body.contains("Voor een huurhuis"),
        "the changed answer was sent"
    );
    assert_eq!(
        app.count("saved_drafts").await,
        0,
        "sent: the saved copy is gone"
    );
    let resumed = app.post("/verder", &[("code", &code)]).await;
    assert!(
        resumed
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/verder?fout=1"))
    );
}

const BOUNDARY: &str = "loket-test-boundary";

/// A multipart body with these files (field, file name, bytes) and text fields.
fn multipart(files: &[(&str, &str, &[u8])], fields: &[(&str, &str)]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for (name, file_name, bytes) in files {
        body.extend(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .as_bytes(),
        );
        body.extend(*bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn send_photos(
    app: &TestApp,
    files: &[(&str, &str, &[u8])],
    fields: &[(&str, &str)],
) -> common::Answer {
    app.post_raw(
        "/producten/melding-openbare-ruimte/fotos",
        &format!("multipart/form-data; boundary={BOUNDARY}"),
        multipart(files, fields),
    )
    .await
}

#[tokio::test]
async fn photos_are_recognised_by_content_limited_and_stored_without_their_location() {
    let app = TestApp::spawn().await;
    let steps: Steps = vec![
        ("wat", vec![("soort", "groen")]),
        ("plek-bekend", vec![("adres-bekend", "nee")]),
        ("plek", vec![("plek", "Het park")]),
        (
            "beschrijving",
            vec![("beschrijving", "Een tak ligt op het pad")],
        ),
    ];
    for (step, fields) in &steps {
        app.post(
            &format!("/producten/melding-openbare-ruimte/{step}"),
            fields,
        )
        .await;
    }
    let page = app.get("/producten/melding-openbare-ruimte/fotos").await;
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    assert!(page.body.contains("accept=\"image/jpeg,image/png\""));
    let camera = include_bytes!("../fixtures/camera-with-gps.jpg");

    // A letter renamed to .jpg: not a photo, and the page says so at the field.
    let renamed = send_photos(&app, &[("fotos", "brief.jpg", b"%PDF-1.7 a letter")], &[]).await;
    assert_eq!(
        renamed.location.as_deref(),
        Some("/producten/melding-openbare-ruimte/fotos")
    );
    let page = app.get("/producten/melding-openbare-ruimte/fotos").await;
    assert!(
        page.body
            .contains("Dit bestand is geen foto. Kies een JPG- of PNG-bestand.")
    );
    assert!(
        page.body.contains("href=\"#fotos\""),
        "the summary links to the file input"
    );

    // Over 5 MB: refused without being kept.
    let big = vec![0xFFu8; 5 * 1024 * 1024 + 1];
    send_photos(&app, &[("fotos", "groot.jpg", &big)], &[]).await;
    let page = app.get("/producten/melding-openbare-ruimte/fotos").await;
    assert!(page.body.contains("Deze foto is groter dan 5 MB."));
    assert_eq!(app.count("uploads").await, 0);

    // A camera photo with its GPS position: stored without it, and the journey goes on.
    let sent = send_photos(&app, &[("fotos", "C:\\Foto's\\IMG_0001.jpg", camera)], &[]).await;
    assert_eq!(
        sent.location.as_deref(),
        Some("/producten/melding-openbare-ruimte/terugkoppeling")
    );
    let (name, kind, bytes): (String, String, Vec<u8>) =
        sqlx::query_as("SELECT file_name, content_type, bytes FROM uploads")
            .fetch_one(&app.pool)
            .await
            .expect("stored photo");
    assert_eq!(name, "IMG_0001.jpg");
    assert_eq!(kind, "image/jpeg");
    let stored = String::from_utf8_lossy(&bytes);
    assert!(
        !stored.contains("GPS") && !stored.contains("Jan"),
        "metadata removed"
    );
    assert!(bytes.starts_with(&[0xFF, 0xD8]) && stored.contains("JFIF"));

    // Back on the page: the photo is listed; three more make four, one too many.
    let page = app.get("/producten/melding-openbare-ruimte/fotos").await;
    assert!(page.body.contains("IMG_0001.jpg"));
    let more = [
        ("fotos", "a.jpg", &camera[..]),
        ("fotos", "b.jpg", &camera[..]),
        ("fotos", "c.jpg", &camera[..]),
    ];
    send_photos(&app, &more, &[]).await;
    let page = app.get("/producten/melding-openbare-ruimte/fotos").await;
    assert!(
        page.body
            .contains("U kunt hoogstens 3 foto&#x27;s toevoegen")
            || page.body.contains("U kunt hoogstens 3 foto's toevoegen")
    );
    assert_eq!(app.count("uploads").await, 3);
    assert!(
        !page.body.contains("type=\"file\""),
        "no input when 3 are there"
    );

    // Remove one, then send: the two left belong to the request.
    let (first,): (String,) = sqlx::query_as("SELECT id FROM uploads WHERE file_name = 'a.jpg'")
        .fetch_one(&app.pool)
        .await
        .expect("id");
    let removed = app
        .post(
            "/producten/melding-openbare-ruimte/fotos",
            &[("verwijder-foto", &first)],
        )
        .await;
    assert_eq!(
        removed.location.as_deref(),
        Some("/producten/melding-openbare-ruimte/fotos")
    );
    assert_eq!(app.count("uploads").await, 2);
    app.post("/producten/melding-openbare-ruimte/fotos", &[])
        .await;
    app.post(
        "/producten/melding-openbare-ruimte/terugkoppeling",
        &[("bericht", "nee")],
    )
    .await;
    let check = app
        .get("/producten/melding-openbare-ruimte/controleren")
        .await;
    assert!(check.body.contains("IMG_0001.jpg") && check.body.contains("b.jpg"));
    app.post("/producten/melding-openbare-ruimte/controleren", &[])
        .await;
    let (linked,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM uploads WHERE submission_id IS NOT NULL")
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(linked, 2);
}

#[tokio::test]
async fn a_question_page_takes_large_bodies_only_as_photos() {
    let app = TestApp::spawn().await;
    let huge = format!("doel={}", "A".repeat(server::BODY_LIMIT + 1));
    let answer = app
        .post_raw(
            "/producten/uittreksel-brp/doel",
            "application/x-www-form-urlencoded",
            huge.into_bytes(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(answer.body.contains("<html"), "our own page");
    let json = app
        .post_raw(
            "/producten/uittreksel-brp/doel",
            "application/json",
            b"{\"doel\":1}".to_vec(),
        )
        .await;
    assert_eq!(json.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let text = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"doel\"\r\n\r\n{}\r\n--{BOUNDARY}--\r\n",
        "A".repeat(server::BODY_LIMIT + 1)
    );
    let answer = app
        .post_raw(
            "/producten/uittreksel-brp/doel",
            &format!("multipart/form-data; boundary={BOUNDARY}"),
            text.into_bytes(),
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "text in a multipart post counts too"
    );
}
