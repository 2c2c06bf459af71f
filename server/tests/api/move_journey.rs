//! "Verhuizing doorgeven" over HTTP without JavaScript: the whole journey,
//! validation with values kept, change links, double submission, bad input.

use crate::common;

use common::{TestApp, move_date_in, saved_code};
use reqwest::StatusCode;

/// One person moving along, as typed in the first row.
const AYSE: [(&str, &str); 4] = [
    ("persoon-1-naam", "Ayşe Özdemir"),
    ("persoon-1-geboortedatum-dag", "3"),
    ("persoon-1-geboortedatum-maand", "4"),
    ("persoon-1-geboortedatum-jaar", "2015"),
];

/// Answers every step before `step` validly: a page further than the first
/// open question sends the resident back to that question.
async fn answer_steps_before(app: &TestApp, step: &str) {
    let date = move_date_in(3);
    let valid: [(&str, Vec<(&str, &str)>); 4] = [
        (
            "adres",
            vec![("adres-postcode", "1234AB"), ("adres-huisnummer", "1")],
        ),
        (
            "datum",
            vec![
                ("verhuisdatum-dag", &date.0),
                ("verhuisdatum-maand", &date.1),
                ("verhuisdatum-jaar", &date.2),
            ],
        ),
        ("meeverhuizers", vec![("meeverhuizers", "ja")]),
        ("personen", AYSE.to_vec()),
    ];
    for (before, answers) in valid.iter().take_while(|(s, _)| *s != step) {
        let answer = app
            .post(&format!("/producten/verhuizing/{before}"), answers)
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{before}");
    }
}

#[tokio::test]
async fn the_whole_journey_ends_in_one_stored_submission_with_a_copy() {
    let app = TestApp::spawn().await;
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.body.contains("href=\"/producten/verhuizing\""),
        "home lists the product"
    );
    assert!(
        home.body.contains("Hulp nodig?"),
        "help block on the home page"
    );

    let start = app.get("/producten/verhuizing").await;
    assert!(start.body.contains("Start nu"));

    let date = move_date_in(10);
    let page = app
        .post_and_follow(
            "/producten/verhuizing/adres",
            &[
                ("adres-postcode", " 1234 ab "),
                ("adres-huisnummer", "12"),
                ("adres-toevoeging", ""),
            ],
        )
        .await;
    assert!(
        page.body.contains("Stap 2 van 4: Verhuisdatum"),
        "address leads to the date"
    );
    let page = app
        .post_and_follow(
            "/producten/verhuizing/datum",
            &[
                ("verhuisdatum-dag", &date.0),
                ("verhuisdatum-maand", &date.1),
                ("verhuisdatum-jaar", &date.2),
            ],
        )
        .await;
    assert!(page.body.contains("Verhuist er iemand met u mee?"));
    let page = app
        .post_and_follow(
            "/producten/verhuizing/meeverhuizers",
            &[("meeverhuizers", "ja")],
        )
        .await;
    assert!(page.body.contains("Wie verhuist er met u mee?"));
    let page = app
        .post_and_follow(
            "/producten/verhuizing/personen",
            &[
                ("persoon-1-naam", "Ayşe Özdemir"),
                ("persoon-1-geboortedatum-dag", "3"),
                ("persoon-1-geboortedatum-maand", "4"),
                ("persoon-1-geboortedatum-jaar", "2015"),
                ("actie", "toevoegen"),
            ],
        )
        .await;
    assert!(
        page.body.contains("persoon-2-naam"),
        "a second row after 'Nog iemand toevoegen'"
    );
    assert!(
        page.body.contains("value=\"Ayşe Özdemir\""),
        "first person kept"
    );
    let page = app
        .post_and_follow(
            "/producten/verhuizing/personen",
            &[
                ("persoon-1-naam", "Ayşe Özdemir"),
                ("persoon-1-geboortedatum-dag", "3"),
                ("persoon-1-geboortedatum-maand", "4"),
                ("persoon-1-geboortedatum-jaar", "2015"),
                ("persoon-2-naam", "Joost van 't Hek"),
                ("persoon-2-geboortedatum-dag", "29"),
                ("persoon-2-geboortedatum-maand", "2"),
                ("persoon-2-geboortedatum-jaar", "2012"),
                ("actie", "doorgaan"),
            ],
        )
        .await;
    assert!(
        page.body.contains("Stap 5 van 5: Contactgegevens"),
        "the people page counts as a step once someone moves along"
    );
    let check = app
        .post_and_follow(
            "/producten/verhuizing/contact",
            &[("email", ""), ("telefoon", "020 123 4567")],
        )
        .await;
    assert!(
        check.body.contains("Controleer uw antwoorden"),
        "{}",
        check.body
    );
    for expected in [
        "Nieuw adres",
        "1234 AB",
        "Ja, er verhuist iemand mee",
        "Ayşe Özdemir, geboren op 3 april 2015",
        "Joost van 't Hek",
        "29 februari 2012",
        "Niet ingevuld",
        "020 123 4567",
    ] {
        assert!(
            check.body.contains(expected),
            "check page shows {expected:?}"
        );
    }

    let confirmation = app
        .post_and_follow("/producten/verhuizing/controleren", &[])
        .await;
    assert_eq!(confirmation.status, StatusCode::OK);
    assert!(
        confirmation
            .body
            .contains("Wij hebben uw aanvraag ontvangen")
    );
    assert!(
        confirmation
            .body
            .contains("Wij verwerken uw verhuizing binnen 5 werkdagen"),
        "what happens next, from the product file"
    );
    let (reference, answers, channel, status): (String, String, String, String) =
        sqlx::query_as("SELECT reference, answers, channel, status FROM submissions")
            .fetch_one(&app.pool)
            .await
            .expect("one submission");
    assert!(
        confirmation.body.contains(&reference),
        "confirmation shows the reference"
    );
    assert!(
        confirmation.body.contains("Joost van 't Hek"),
        "confirmation holds the copy"
    );
    assert_eq!((channel.as_str(), status.as_str()), ("online", "ontvangen"));
    assert!(answers.contains("\"postcode\":\"1234 AB\""), "{answers}");
    // The report can be followed on Mijn aanvraag.
    let start = confirmation
        .body
        .find("href=\"/aanvraag/")
        .expect("status link")
        + 6;
    let end = start + confirmation.body[start..].find('"').expect("end");
    let status_page = app.get(&confirmation.body[start..end]).await;
    assert!(
        status_page.body.contains("Verhuizing doorgeven") && status_page.body.contains(&reference)
    );
    assert!(
        reference.starts_with("VH-") && reference.len() == 12,
        "{reference}"
    );
    let (draft_answers,): (String,) = sqlx::query_as("SELECT answers FROM drafts")
        .fetch_one(&app.pool)
        .await
        .expect("draft");
    assert_eq!(draft_answers, "{}", "the draft keeps no answers once sent");
}

/// (step, fields, field id with the error, message part, value that must be kept)
type InvalidCase<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str, &'a str, &'a str);

#[tokio::test]
async fn each_invalid_answer_is_explained_at_the_field_and_kept() {
    let app = TestApp::spawn().await;
    // (step, fields, field id with the error, message part, value that must be kept)
    let too_late = move_date_in(29);
    let too_early = move_date_in(-6);
    let kept_late = format!("value=\"{}\"", too_late.2);
    let cases: Vec<InvalidCase> = vec![
        (
            "adres",
            vec![("adres-postcode", ""), ("adres-huisnummer", "12")],
            "adres-postcode",
            "Vul de postcode in",
            "value=\"12\"",
        ),
        (
            "adres",
            vec![("adres-postcode", "1234 SS"), ("adres-huisnummer", "1")],
            "adres-postcode",
            "Deze postcode bestaat niet",
            "value=\"1234 SS\"",
        ),
        (
            "adres",
            vec![("adres-postcode", "1234AB"), ("adres-huisnummer", "0")],
            "adres-huisnummer",
            "tussen 1 en 99999",
            "value=\"1234AB\"",
        ),
        (
            "adres",
            vec![
                ("adres-postcode", "1234AB"),
                ("adres-huisnummer", "3"),
                ("adres-toevoeging", "abcde"),
            ],
            "adres-toevoeging",
            "hoogstens 4",
            "value=\"abcde\"",
        ),
        (
            "datum",
            vec![
                ("verhuisdatum-dag", "31"),
                ("verhuisdatum-maand", "4"),
                ("verhuisdatum-jaar", "2027"),
            ],
            "verhuisdatum",
            "Deze datum bestaat niet",
            "value=\"31\"",
        ),
        (
            "datum",
            vec![
                ("verhuisdatum-dag", "29"),
                ("verhuisdatum-maand", "2"),
                ("verhuisdatum-jaar", "2027"),
            ],
            "verhuisdatum",
            "Deze datum bestaat niet",
            "value=\"29\"",
        ),
        (
            "datum",
            vec![
                ("verhuisdatum-dag", too_late.0.as_str()),
                ("verhuisdatum-maand", too_late.1.as_str()),
                ("verhuisdatum-jaar", too_late.2.as_str()),
            ],
            "verhuisdatum",
            "hoogstens 4 weken",
            &kept_late,
        ),
        (
            "datum",
            vec![
                ("verhuisdatum-dag", too_early.0.as_str()),
                ("verhuisdatum-maand", too_early.1.as_str()),
                ("verhuisdatum-jaar", too_early.2.as_str()),
            ],
            "verhuisdatum",
            "meer dan 5 dagen geleden",
            "",
        ),
        (
            "datum",
            vec![
                ("verhuisdatum-dag", "3"),
                ("verhuisdatum-maand", ""),
                ("verhuisdatum-jaar", ""),
            ],
            "verhuisdatum",
            "Vul ook de maand en het jaar in",
            "value=\"3\"",
        ),
        (
            "meeverhuizers",
            vec![],
            "meeverhuizers",
            "Kies of er iemand met u meeverhuist",
            "",
        ),
        (
            "personen",
            vec![
                ("persoon-1-naam", "R2D2"),
                ("persoon-1-geboortedatum-dag", "1"),
                ("persoon-1-geboortedatum-maand", "1"),
                ("persoon-1-geboortedatum-jaar", "2000"),
            ],
            "persoon-1-naam",
            "alleen letters",
            "value=\"R2D2\"",
        ),
        (
            "contact",
            vec![("email", "naam@"), ("telefoon", "")],
            "email",
            "naam@voorbeeld.nl",
            "value=\"naam@\"",
        ),
        (
            "contact",
            vec![("email", ""), ("telefoon", "12345")],
            "telefoon",
            "Nederlands telefoonnummer",
            "value=\"12345\"",
        ),
    ];
    for (step, fields, field, message, kept) in cases {
        answer_steps_before(&app, step).await;
        let path = format!("/producten/verhuizing/{step}");
        let answer = app.post(&path, &fields).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{step} {field}");
        assert_eq!(
            answer.location.as_deref(),
            Some(path.as_str()),
            "{step} {field}: back to the same page"
        );
        let page = app.get(&path).await;
        let why = format!("{step} / {field} / {message}");
        assert!(
            page.body.contains("<title>Fout: "),
            "{why}: title starts with Fout"
        );
        assert!(
            page.body.contains("Er is een probleem"),
            "{why}: error summary"
        );
        assert!(page.body.contains(message), "{why}: message");
        assert!(
            page.body.contains(&format!("id=\"{field}-error\"")),
            "{why}: message at the field"
        );
        assert!(
            page.body.contains("aria-invalid=\"true\""),
            "{why}: aria-invalid"
        );
        assert!(page.body.contains(kept), "{why}: typed value kept");
    }
}

#[tokio::test]
async fn change_link_returns_to_check_your_answers() {
    let app = TestApp::spawn().await;
    app.complete_answers().await;
    let check = app.get("/producten/verhuizing/controleren").await;
    assert_eq!(check.status, StatusCode::OK);
    assert!(
        check
            .body
            .contains("href=\"/producten/verhuizing/adres?terug=controleren\"")
    );
    let change = app
        .get("/producten/verhuizing/adres?terug=controleren")
        .await;
    assert!(
        change.body.contains("value=\"1234 ab\""),
        "answer shown for changing"
    );
    assert!(
        change
            .body
            .contains("action=\"/producten/verhuizing/adres?terug=controleren\"")
    );
    let back = app
        .post(
            "/producten/verhuizing/adres?terug=controleren",
            &[("adres-postcode", "9999 zz"), ("adres-huisnummer", "7")],
        )
        .await;
    assert_eq!(
        back.location.as_deref(),
        Some("/producten/verhuizing/controleren")
    );
    let check = app.get("/producten/verhuizing/controleren").await;
    assert!(check.body.contains("9999 ZZ"));
}

#[tokio::test]
async fn check_page_sends_unfinished_journeys_to_the_open_question() {
    let app = TestApp::spawn().await;
    let answer = app.get("/producten/verhuizing/controleren").await;
    assert_eq!(
        (answer.status, answer.location.as_deref()),
        (StatusCode::SEE_OTHER, Some("/producten/verhuizing/adres"))
    );
    app.post(
        "/producten/verhuizing/adres",
        &[("adres-postcode", "1234AB"), ("adres-huisnummer", "1")],
    )
    .await;
    let answer = app.get("/producten/verhuizing/controleren").await;
    assert_eq!(
        answer.location.as_deref(),
        Some("/producten/verhuizing/datum")
    );
    let submit = app.post("/producten/verhuizing/controleren", &[]).await;
    assert_eq!(
        submit.location.as_deref(),
        Some("/producten/verhuizing/datum"),
        "cannot send an unfinished report"
    );
    assert_eq!(app.count("submissions").await, 0);
}

#[tokio::test]
async fn submitting_twice_stores_one_submission() {
    let app = TestApp::spawn().await;
    app.complete_answers().await;
    // A double (or impatient tenfold) click: posts at the same moment, then a resent POST later.
    let posts = (0..10).map(|_| app.post("/producten/verhuizing/controleren", &[]));
    let mut answers = futures_util::future::join_all(posts).await;
    answers.push(app.post("/producten/verhuizing/controleren", &[]).await);
    for answer in answers {
        assert_eq!(
            answer.location.as_deref(),
            Some("/producten/verhuizing/bevestiging"),
            "{}",
            answer.status
        );
    }
    assert_eq!(app.count("submissions").await, 1);
    let check = app.get("/producten/verhuizing/controleren").await;
    assert_eq!(
        check.location.as_deref(),
        Some("/producten/verhuizing/bevestiging"),
        "a sent report is not shown for sending again"
    );
}

#[tokio::test]
async fn answers_survive_a_refresh_and_a_new_tab() {
    let app = TestApp::spawn().await;
    app.post(
        "/producten/verhuizing/adres",
        &[("adres-postcode", "1234AB"), ("adres-huisnummer", "5")],
    )
    .await;
    for _ in 0..2 {
        let page = app.get("/producten/verhuizing/adres").await;
        assert!(page.body.contains("value=\"1234AB\""));
        assert_eq!(
            page.headers
                .get("cache-control")
                .and_then(|v| v.to_str().ok()),
            Some("no-store")
        );
    }
}

#[tokio::test]
async fn confirmation_is_only_for_the_browser_that_sent_it() {
    let app = TestApp::spawn().await;
    app.complete_answers().await;
    app.post("/producten/verhuizing/controleren", &[]).await;
    let stranger = TestApp::browser();
    let answer = stranger
        .get(format!("{}/producten/verhuizing/bevestiging", app.base))
        .send()
        .await
        .expect("get");
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    let body = answer.text().await.unwrap_or_default();
    assert!(
        !body.contains("VH-"),
        "no reference or answers for another browser"
    );
}

#[tokio::test]
async fn people_typed_halfway_are_saved_and_come_back_on_another_device() {
    let app = TestApp::spawn().await;
    answer_steps_before(&app, "personen").await;
    // Two rows, the second without its date of birth yet: saved unchecked.
    let save = app
        .post(
            "/producten/verhuizing/personen",
            &[
                AYSE.as_slice(),
                &[
                    ("persoon-2-naam", "Joost van 't Hek"),
                    ("persoon-2-geboortedatum-dag", ""),
                    ("persoon-2-geboortedatum-maand", ""),
                    ("persoon-2-geboortedatum-jaar", ""),
                    ("actie", "opslaan"),
                ],
            ]
            .concat(),
        )
        .await;
    assert_eq!(
        save.location.as_deref(),
        Some("/producten/verhuizing/opgeslagen")
    );
    let page = app.get("/producten/verhuizing/opgeslagen").await;
    let code = saved_code(&page.body);

    let phone = TestApp::browser();
    let resumed = app.post_as(&phone, "/verder", &[("code", &code)]).await;
    assert_eq!(
        resumed.location.as_deref(),
        Some("/producten/verhuizing/personen")
    );
    let people = app.get_as(&phone, "/producten/verhuizing/personen").await;
    assert!(people.body.contains("value=\"Ayşe Özdemir\""));
    assert!(
        people.body.contains("id=\"persoon-2-naam\"")
            && people.body.contains("value=\"Joost van 't Hek\""),
        "the second row is back as typed"
    );
    assert!(
        !people.body.contains("id=\"persoon-3-naam\""),
        "no rows are made up"
    );
    // Continuing names what is missing in the second row.
    let mut rows = AYSE.to_vec();
    rows.push(("persoon-2-naam", "Joost van 't Hek"));
    let answer = app
        .post_as(&phone, "/producten/verhuizing/personen", &rows)
        .await;
    assert_eq!(
        answer.location.as_deref(),
        Some("/producten/verhuizing/personen")
    );
    let page = app.get_as(&phone, "/producten/verhuizing/personen").await;
    assert!(
        page.body.contains("Vul de geboortedatum in van persoon 2"),
        "{}",
        page.body
    );
    rows.extend([
        ("persoon-2-geboortedatum-dag", "29"),
        ("persoon-2-geboortedatum-maand", "2"),
        ("persoon-2-geboortedatum-jaar", "2012"),
    ]);
    let answer = app
        .post_as(&phone, "/producten/verhuizing/personen", &rows)
        .await;
    assert_eq!(
        answer.location.as_deref(),
        Some("/producten/verhuizing/contact")
    );
}
