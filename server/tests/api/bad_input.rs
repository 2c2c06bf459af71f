//! Bad input gets a clear answer and loses nothing: never a panic or a 500.

use crate::common;

use common::TestApp;
use reqwest::StatusCode;

fn assert_error_page(answer: &common::Answer, status: StatusCode, why: &str) {
    assert_eq!(answer.status, status, "{why}");
    assert!(
        answer.body.contains("<html lang=\"nl\""),
        "{why}: a real page"
    );
    assert!(
        answer.body.contains("Hulp nodig?"),
        "{why}: with the help block"
    );
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413_with_a_page() {
    let app = TestApp::spawn().await;
    let huge = format!("postcode={}", "A".repeat(server::BODY_LIMIT + 1));
    let answer = app
        .post_raw(
            "/producten/verhuizing/adres",
            "application/x-www-form-urlencoded",
            huge.into_bytes(),
        )
        .await;
    assert_error_page(&answer, StatusCode::PAYLOAD_TOO_LARGE, "oversized body");
}

#[tokio::test]
async fn garbage_gets_a_4xx_page_never_a_500() {
    let app = TestApp::spawn().await;
    let cases: Vec<(&str, &str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "/producten/verhuizing/adres",
            "application/json",
            b"{\"postcode\":1}".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "json instead of a form",
        ),
        (
            "/producten/verhuizing/adres",
            "multipart/form-data; boundary=x",
            b"--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".to_vec(),
            StatusCode::BAD_REQUEST,
            "multipart cut off",
        ),
        (
            "/producten/verhuizing/adres",
            "text/plain",
            b"postcode=1234AB".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "plain text",
        ),
        (
            "/producten/verhuizing/onbekend",
            "application/x-www-form-urlencoded",
            b"a=b".to_vec(),
            StatusCode::NOT_FOUND,
            "unknown step",
        ),
        (
            "/producten/verhuizing/bevestiging",
            "application/x-www-form-urlencoded",
            b"a=b".to_vec(),
            StatusCode::METHOD_NOT_ALLOWED,
            "post to a page",
        ),
        (
            "/",
            "application/x-www-form-urlencoded",
            b"a=b".to_vec(),
            StatusCode::METHOD_NOT_ALLOWED,
            "post to home",
        ),
    ];
    for (path, content_type, body, status, why) in cases {
        let answer = app.post_raw(path, content_type, body).await;
        assert_error_page(&answer, status, why);
    }
    // Form decoding is lenient: binary garbage reads as wrong answers, shown on the page.
    let answer = app
        .post_raw(
            "/producten/verhuizing/adres",
            "application/x-www-form-urlencoded",
            vec![0xff, 0xfe, b'=', 0x00, b'&', b'%'],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "binary garbage");
    let page = app.get("/producten/verhuizing/adres").await;
    assert!(
        page.body
            .contains("Vul de postcode en het huisnummer van uw nieuwe adres in"),
        "binary garbage is answered on the page"
    );
    let answer = app.get("/bestaat-niet").await;
    assert_error_page(&answer, StatusCode::NOT_FOUND, "unknown page");
    let answer = app.get("/producten/verhuizing/bestaat-niet").await;
    assert_error_page(&answer, StatusCode::NOT_FOUND, "unknown step page");
}

#[tokio::test]
async fn unknown_fields_and_overlong_values_are_answered_plainly() {
    let app = TestApp::spawn().await;
    let long = "9".repeat(5000);
    let answer = app
        .post(
            "/producten/verhuizing/adres",
            &[
                ("adres-postcode", &long),
                ("adres-huisnummer", &long),
                ("x", "y"),
                ("x", "z"),
            ],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let page = app.get("/producten/verhuizing/adres").await;
    assert!(page.body.contains("Vul een postcode in zoals 1234 AB"));
    assert!(page.body.contains("tussen 1 en 99999"));
}

#[tokio::test]
async fn a_tampered_or_unknown_draft_id_starts_fresh() {
    let app = TestApp::spawn().await;
    for cookie in [
        "loket_concept=../../etc/passwd",
        "loket_concept=00000000000000000000000000000000",
        "loket_concept='; DROP TABLE drafts;--",
    ] {
        let answer = app
            .client
            .get(format!("{}/producten/verhuizing/adres", app.base))
            .header("cookie", cookie)
            .send()
            .await
            .expect("get");
        assert_eq!(answer.status(), StatusCode::OK, "{cookie}");
        let body = answer.text().await.expect("body");
        assert!(body.contains("value=\"\""), "{cookie}: empty form");
    }
    let answer = app
        .client
        .post(format!("{}/producten/verhuizing/controleren", app.base))
        .header("cookie", "loket_concept=ffffffffffffffffffffffffffffffff")
        .send()
        .await
        .expect("post");
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("submissions").await, 0);
}

#[tokio::test]
async fn a_post_from_another_site_is_refused() {
    let app = TestApp::spawn().await;
    let answer = app
        .client
        .post(format!("{}/producten/verhuizing/adres", app.base))
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("postcode=1234AB&huisnummer=1")
        .send()
        .await
        .expect("post");
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("drafts").await, 0, "nothing stored");
}

#[tokio::test]
async fn an_expired_draft_starts_fresh() {
    let app = TestApp::spawn().await;
    app.post(
        "/producten/verhuizing/adres",
        &[("adres-postcode", "1234AB"), ("adres-huisnummer", "5")],
    )
    .await;
    sqlx::query("UPDATE drafts SET updated_at = updated_at - 86401")
        .execute(&app.pool)
        .await
        .expect("age");
    let page = app.get("/producten/verhuizing/adres").await;
    assert!(
        !page.body.contains("1234AB"),
        "an expired draft is not shown"
    );
}

#[tokio::test]
async fn a_failure_on_our_side_gives_a_calm_page_and_keeps_the_answers() {
    let app = TestApp::spawn().await;
    app.complete_answers().await;
    // PostgreSQL keeps the tables that refer to it unless told to drop those links too.
    let drop = if common::on_postgres().is_some() {
        "DROP TABLE submissions CASCADE"
    } else {
        "DROP TABLE submissions"
    };
    sqlx::query(drop)
        .execute(&app.pool)
        .await
        .expect("break the database");
    let answer = app.post("/producten/verhuizing/controleren", &[]).await;
    assert_error_page(
        &answer,
        StatusCode::INTERNAL_SERVER_ERROR,
        "database failure",
    );
    assert!(answer.body.contains("Uw gegevens zijn niet kwijt"));
    let (answers,): (String,) = sqlx::query_as("SELECT answers FROM drafts")
        .fetch_one(&app.pool)
        .await
        .expect("draft");
    assert!(
        answers.contains("1234 ab"),
        "the answers are still there to send again"
    );
}
