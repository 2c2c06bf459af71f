//! What the staff tests share: accounts, signing in, a sent request to handle.

use reqwest::{Client, StatusCode};

use crate::common::{Answer, TestApp};
use app::staff::roles::Role;

pub const PASSWORD: &str = "paars-tafel-regen-42";

/// A local account with [`PASSWORD`]; a behandelaar handles `verhuizing`.
pub async fn account(app: &TestApp, email: &str, role: Role) -> i64 {
    let products = if role == Role::Behandelaar {
        vec!["verhuizing".to_string()]
    } else {
        Vec::new()
    };
    server::staff::cli::create(
        &app.store,
        &server::staff::cli::NewAccount {
            email,
            name: "Sam Visser",
            role,
            team: "Burgerzaken",
            products: &products,
        },
        PASSWORD,
    )
    .await
    .expect("account")
}

pub async fn sign_in(app: &TestApp, client: &Client, email: &str, password: &str) -> Answer {
    app.post_as(
        client,
        "/medewerker/inloggen",
        &[("email", email), ("wachtwoord", password)],
    )
    .await
}

/// A browser signed in as a new account with this role.
pub async fn signed_in(app: &TestApp, email: &str, role: Role) -> Client {
    account(app, email, role).await;
    let client = TestApp::browser();
    let answer = sign_in(app, &client, email, PASSWORD).await;
    assert_eq!(
        answer.location.as_deref(),
        Some("/medewerker/start"),
        "{email} signs in"
    );
    client
}

/// A move sent by a resident (with an e-mail address): its reference and Mijn aanvraag path.
pub async fn sent_move(app: &TestApp) -> (String, String) {
    let resident = TestApp::browser();
    let answers = [
        (
            "/producten/verhuizing/adres",
            vec![("adres-postcode", "1234 ab"), ("adres-huisnummer", "12")],
        ),
        (
            "/producten/verhuizing/meeverhuizers",
            vec![("meeverhuizers", "nee")],
        ),
        (
            "/producten/verhuizing/contact",
            vec![("email", "naam@voorbeeld.nl")],
        ),
    ];
    let date = crate::common::move_date_in(7);
    let dated = [
        ("verhuisdatum-dag", date.0.as_str()),
        ("verhuisdatum-maand", date.1.as_str()),
        ("verhuisdatum-jaar", date.2.as_str()),
    ];
    let first = &answers[0];
    assert_eq!(
        app.post_as(&resident, first.0, &first.1).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.post_as(&resident, "/producten/verhuizing/datum", &dated)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    for (path, fields) in &answers[1..] {
        assert_eq!(
            app.post_as(&resident, path, fields).await.status,
            StatusCode::SEE_OTHER,
            "{path}"
        );
    }
    let sent = app
        .post_as(&resident, "/producten/verhuizing/controleren", &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let confirmation = app
        .get_as(&resident, sent.location.as_deref().expect("to"))
        .await;
    let start = confirmation
        .body
        .find("href=\"/aanvraag/")
        .expect("status link")
        + 6;
    let end = start + confirmation.body[start..].find('"').expect("end");
    let status_path = confirmation.body[start..end].to_string();
    let reference = confirmation
        .body
        .split("VH-")
        .nth(1)
        .map(|rest| format!("VH-{}", &rest[..9]))
        .expect("reference");
    (reference, status_path)
}

/// The version the request's page carries in its forms.
pub fn version(page: &str) -> String {
    let needle = "name=\"versie\" value=\"";
    let start = page.find(needle).expect("version field") + needle.len();
    let end = start + page[start..].find('"').expect("end");
    page[start..end].to_string()
}
