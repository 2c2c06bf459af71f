//! Staff single sign-on against a real OpenID Provider: panva's oidc-provider
//! (OpenID Certified), started on loopback with Node for each test, its
//! development login pages filled over HTTP like a browser would. The role
//! comes from the `roles` claim; a changed state, a replayed state, a wrong
//! nonce or a token without a Loket role are refused.

use std::process::{Child, Command, Stdio};

use reqwest::{Client, StatusCode};

use crate::common::TestApp;

struct Provider {
    child: Child,
    base: String,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port")
}

/// Starts the provider for this app's redirect URI and waits for its discovery document.
async fn provider(port: u16, app: &TestApp) -> Provider {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../end2end/oidc/provider.mjs");
    let child = Command::new("node")
        .arg(script)
        .arg(port.to_string())
        .arg(format!("{}/medewerker/sso/terug", app.base))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("node with end2end/node_modules (npm ci in end2end) runs the OpenID Provider");
    let base = format!("http://127.0.0.1:{port}");
    let provider = Provider { child, base };
    let client = Client::new();
    for _ in 0..100 {
        let found = client
            .get(format!(
                "{}/.well-known/openid-configuration",
                provider.base
            ))
            .send()
            .await;
        if found.is_ok_and(|r| r.status() == StatusCode::OK) {
            return provider;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the OpenID Provider did not start");
}

fn location(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(String::from)
}

fn absolute(base: &str, to: &str) -> String {
    if to.starts_with("http") {
        to.to_string()
    } else {
        format!("{base}{to}")
    }
}

/// Signs in at the provider as `login`; the URL it sends the browser back to Loket with.
async fn sign_in_at_provider(
    app: &TestApp,
    provider: &Provider,
    browser: &Client,
    login: &str,
) -> String {
    let start = browser
        .get(format!("{}/medewerker/sso", app.base))
        .send()
        .await
        .expect("start");
    assert_eq!(start.status(), StatusCode::SEE_OTHER);
    let mut next = location(&start).expect("to the provider");
    assert!(next.starts_with(&provider.base), "{next}");
    assert!(next.contains("code_challenge=") && next.contains("code_challenge_method=S256"));
    assert!(next.contains("nonce=") && next.contains("state="));
    for _ in 0..12 {
        if next.starts_with(&app.base) {
            return next;
        }
        let page = browser.get(&next).send().await.expect("provider page");
        if let Some(to) = location(&page) {
            next = absolute(&provider.base, &to);
            continue;
        }
        let body = page.text().await.expect("body");
        let action_at = body.find("action=\"").expect("a form") + 8;
        let action = &body[action_at..action_at + body[action_at..].find('"').expect("end")];
        let fields: Vec<(&str, &str)> = if body.contains("value=\"login\"") {
            vec![
                ("prompt", "login"),
                ("login", login),
                ("password", "elk-wachtwoord"),
            ]
        } else {
            vec![("prompt", "consent")]
        };
        let posted = browser
            .post(absolute(&provider.base, action))
            .form(&fields)
            .send()
            .await
            .expect("post");
        next = absolute(
            &provider.base,
            &location(&posted).expect("redirect after the form"),
        );
    }
    panic!("the provider never sent the browser back");
}

async fn with_provider() -> (TestApp, Provider) {
    let port = free_port();
    let app = TestApp::spawn_with_oidc(&format!("http://127.0.0.1:{port}")).await;
    let provider = provider(port, &app).await;
    (app, provider)
}

#[tokio::test]
async fn single_sign_on_gives_the_role_of_the_claim_with_pkce_state_and_nonce() {
    let (app, provider) = with_provider().await;
    let page = app.get("/medewerker").await;
    assert!(
        page.body.contains("Inloggen met uw gemeenteaccount"),
        "offered when configured"
    );
    let browser = TestApp::browser();
    let back = sign_in_at_provider(&app, &provider, &browser, "anna").await;
    let landed = browser.get(&back).send().await.expect("back at Loket");
    assert_eq!(landed.status(), StatusCode::OK, "{:?}", location(&landed));
    let cookie = landed
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("loket_medewerker="))
        .expect("a session cookie")
        .to_string();
    assert!(
        cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let start = app.get_as(&browser, "/medewerker/start").await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(
        start
            .body
            .contains("Ingelogd als Anna Sso (Behandelaar, Burgerzaken)"),
        "role from `loket.behandelaar`"
    );
    let (hash,): (Option<String>,) = sqlx::query_as(
        "SELECT password_hash FROM staff_accounts WHERE email = 'anna.sso@voorbeeld.nl'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(hash, None, "no local password for a single sign-on account");

    // The same way back a second time: the state was taken once.
    let again = TestApp::browser();
    let replay = app.get_as(&again, &back.replacen(&app.base, "", 1)).await;
    assert_eq!(replay.location.as_deref(), Some("/medewerker?melding=sso"));
    assert_eq!(
        app.get_as(&again, "/medewerker/start").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_changed_state_a_wrong_nonce_or_no_loket_role_is_refused() {
    let (app, provider) = with_provider().await;
    let refused = |answer: &crate::common::Answer| {
        answer.location.as_deref() == Some("/medewerker?melding=sso")
    };

    // A state changed on the way.
    let browser = TestApp::browser();
    let back = sign_in_at_provider(&app, &provider, &browser, "anna").await;
    let state_at = back.find("state=").unwrap() + 6;
    let mut tampered = back.clone();
    tampered.replace_range(state_at..state_at + 4, "XXXX");
    let answer = app
        .get_as(&browser, &tampered.replacen(&app.base, "", 1))
        .await;
    assert!(refused(&answer), "{:?}", answer.location);
    let page = app.get_as(&browser, "/medewerker?melding=sso").await;
    assert!(
        page.body
            .contains("Inloggen met uw gemeenteaccount lukte niet")
    );
    assert_eq!(
        app.get_as(&browser, "/medewerker/start").await.status,
        StatusCode::SEE_OTHER
    );

    // The right state from another browser (no state cookie): refused.
    let other = TestApp::browser();
    let back = sign_in_at_provider(&app, &provider, &browser, "anna").await;
    assert!(refused(
        &app.get_as(&other, &back.replacen(&app.base, "", 1)).await
    ));

    // A nonce that does not match the ID token's.
    let browser = TestApp::browser();
    let back = sign_in_at_provider(&app, &provider, &browser, "anna").await;
    sqlx::query("UPDATE staff_oidc_logins SET nonce = 'een-andere-nonce'")
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(refused(
        &app.get_as(&browser, &back.replacen(&app.base, "", 1)).await
    ));
    assert_eq!(
        app.get_as(&browser, "/medewerker/start").await.status,
        StatusCode::SEE_OTHER
    );

    // A token without a Loket role.
    let browser = TestApp::browser();
    let back = sign_in_at_provider(&app, &provider, &browser, "zonderrol").await;
    assert!(refused(
        &app.get_as(&browser, &back.replacen(&app.base, "", 1)).await
    ));
    assert_eq!(app.count("staff_sessions").await, 0);
}
