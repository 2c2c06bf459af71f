//! The staff side over HTTP, signing in and who may go where: local accounts
//! (right, wrong, disabled, slowed), the permission table on every route with
//! every role, a run-out session that keeps what was typed, signing out.

use app::staff::roles::{Area, Role};
use reqwest::StatusCode;
use server::staff::routes::{Access, ROUTES};

use crate::common::TestApp;
use crate::staff_common::{PASSWORD, account, sent_move, sign_in, signed_in, version};

#[tokio::test]
async fn signing_in_right_wrong_disabled_and_slowed() {
    let app = TestApp::spawn().await;
    let form = app.get("/medewerker").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("<label for=\"email\" class=\"lk-label\">E-mailadres</label>")
    );
    assert!(
        form.body
            .contains("<label for=\"wachtwoord\" class=\"lk-label\">Wachtwoord</label>")
    );
    assert!(form.body.contains("autocomplete=\"current-password\""));
    assert_eq!(form.headers["cache-control"], "no-store");
    assert!(
        form.headers["x-robots-tag"]
            .to_str()
            .unwrap()
            .contains("noindex")
    );

    account(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let browser = TestApp::browser();
    let wrong = sign_in(&app, &browser, "anna@voorbeeld.nl", "niet-het-wachtwoord").await;
    let unknown = sign_in(&app, &browser, "niemand@voorbeeld.nl", PASSWORD).await;
    assert_eq!(
        wrong.location, unknown.location,
        "never says whether the account exists"
    );
    let page = app
        .get_as(&browser, wrong.location.as_deref().unwrap())
        .await;
    assert!(
        page.body
            .contains("Het e-mailadres of het wachtwoord klopt niet")
    );
    assert!(!wrong.headers.contains_key("set-cookie"));

    let right = sign_in(&app, &browser, "Anna@Voorbeeld.nl ", PASSWORD).await;
    assert_eq!(right.location.as_deref(), Some("/medewerker/start"));
    let cookie = right.headers["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("loket_medewerker="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let id = cookie.split(['=', ';']).nth(1).unwrap().to_string();
    let (stored,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff_sessions WHERE key = $1")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(
        stored, 0,
        "the database keeps only the hash of the session id"
    );
    let start = app.get_as(&browser, "/medewerker/start").await;
    assert!(
        start
            .body
            .contains("Ingelogd als Sam Visser (Behandelaar, Burgerzaken)")
    );
    assert_eq!(start.headers["cache-control"], "no-store");

    // Disabled: the session ends at once and signing in fails the same way.
    server::staff::cli::run(
        &app.store,
        &[
            "disable".into(),
            "--email".into(),
            "anna@voorbeeld.nl".into(),
        ],
    )
    .await
    .expect("disable");
    let after = app.get_as(&browser, "/medewerker/start").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    let again = sign_in(&app, &browser, "anna@voorbeeld.nl", PASSWORD).await;
    assert_eq!(again.location, wrong.location);

    // Slowed: after 5 failures for an account even the right password waits.
    account(&app, "bram@voorbeeld.nl", Role::Kcc).await;
    let other = TestApp::browser();
    for _ in 0..5 {
        sign_in(&app, &other, "bram@voorbeeld.nl", "fout-fout-fout-1").await;
    }
    let slowed = sign_in(&app, &other, "bram@voorbeeld.nl", PASSWORD).await;
    assert!(
        slowed
            .location
            .as_deref()
            .unwrap()
            .contains("melding=wacht"),
        "{:?}",
        slowed.location
    );
    let page = app
        .get_as(&other, slowed.location.as_deref().unwrap())
        .await;
    assert!(page.body.contains("Wacht 15 minuten"));
    let (kept,): (String,) = sqlx::query_as("SELECT subject FROM staff_signin_failures LIMIT 1")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(
        !kept.contains("bram") && !kept.contains("127.0.0.1"),
        "only keyed hashes are kept"
    );
}

#[tokio::test]
async fn every_staff_route_with_every_role_follows_the_permission_table() {
    let app = TestApp::spawn().await;
    let (reference, _) = sent_move(&app).await;
    let concrete = |pattern: &str| {
        pattern
            .replace("{reference}", &reference)
            .replace("{photo}", "0123456789abcdef")
    };
    // Without a session every staff route but the sign-in leads to the sign-in page.
    let nobody = TestApp::browser();
    for route in &ROUTES {
        let path = concrete(route.pattern);
        let answer = if route.method == "POST" {
            app.post_as(&nobody, &path, &[("versie", "0")]).await
        } else {
            app.get_as(&nobody, &path).await
        };
        match route.access {
            Access::Public => assert_ne!(answer.status, StatusCode::FORBIDDEN, "{path}"),
            Access::Staff(_) => {
                assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
                assert!(
                    answer
                        .location
                        .as_deref()
                        .unwrap()
                        .starts_with("/medewerker"),
                    "{path}"
                );
            }
        }
    }
    let mut checked = 0;
    for role in Role::ALL {
        let client = signed_in(&app, &format!("{}@voorbeeld.nl", role.as_str()), role).await;
        // Signing out last: it ends the session the other rows use.
        let mut routes: Vec<_> = ROUTES.iter().collect();
        routes.sort_by_key(|r| r.pattern == app::staff::paths::SIGN_OUT);
        for route in routes {
            let path = concrete(route.pattern);
            let answer = if route.method == "POST" {
                app.post_as(&client, &path, &[("versie", "999")]).await
            } else {
                app.get_as(&client, &path).await
            };
            let allowed = match route.access {
                Access::Public => true,
                Access::Staff(area) => role.may(area),
            };
            if allowed {
                assert_ne!(answer.status, StatusCode::FORBIDDEN, "{role:?} {path}");
                // Signed in, a staff route never sends the browser back to the sign-in page.
                let to_sign_in = answer
                    .location
                    .as_deref()
                    .is_some_and(|l| l.starts_with("/medewerker?"));
                let leads_there =
                    route.pattern == app::staff::paths::SIGN_OUT || route.access == Access::Public;
                assert!(!to_sign_in || leads_there, "{role:?} {path}");
            } else {
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{role:?} {path}");
                assert!(!answer.body.contains("naam@voorbeeld.nl"));
            }
            checked += 1;
        }
    }
    assert_eq!(checked, ROUTES.len() * Role::ALL.len());
    // The table says what it should: the work stays with who does it.
    assert!(!Role::Kcc.may(Area::Requests) && !Role::Behandelaar.may(Area::AccessLog));
    // A staff address not in the table does not exist, for anyone.
    let beheer = TestApp::browser();
    sign_in(&app, &beheer, "beheer@voorbeeld.nl", PASSWORD).await;
    assert_eq!(
        app.get_as(&beheer, "/medewerker/geheim").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_session_that_ran_out_says_why_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let (reference, _) = sent_move(&app).await;
    let staff = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let page = app
        .get_as(&staff, &format!("/medewerker/aanvragen/{reference}"))
        .await;
    let v = version(&page.body);
    sqlx::query("UPDATE staff_sessions SET last_seen = last_seen - 1801")
        .execute(&app.pool)
        .await
        .unwrap();
    let typed = "Wij starten met uw verhuizing. Dit duurt een week.";
    let post = app
        .post_as(
            &staff,
            &format!("/medewerker/aanvragen/{reference}/status"),
            &[
                ("versie", &v),
                ("nieuwe-status", "in behandeling"),
                ("bericht", typed),
            ],
        )
        .await;
    let to = post.location.clone().unwrap();
    assert!(
        to.starts_with("/medewerker?melding=verlopen&terug="),
        "{to}"
    );
    let (status,): (String,) = sqlx::query_as("SELECT status FROM submissions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "ontvangen", "nothing changed on a run-out session");
    let form = app.get_as(&staff, &to).await;
    assert!(form.body.contains("U was 30 minuten niet actief"));
    assert!(form.body.contains(&format!(
        "name=\"terug\" value=\"/medewerker/aanvragen/{reference}\""
    )));
    let back = app
        .post_as(
            &staff,
            "/medewerker/inloggen",
            &[
                ("email", "anna@voorbeeld.nl"),
                ("wachtwoord", PASSWORD),
                ("terug", &format!("/medewerker/aanvragen/{reference}")),
            ],
        )
        .await;
    assert_eq!(
        back.location,
        Some(format!("/medewerker/aanvragen/{reference}"))
    );
    let restored = app
        .get_as(&staff, &format!("/medewerker/aanvragen/{reference}"))
        .await;
    assert!(restored.body.contains(typed), "the typed message is back");
    assert!(restored.body.contains("value=\"in behandeling\" checked"));
    assert!(restored.body.contains("staat er weer"));
    // Given back once.
    let later = app
        .get_as(&staff, &format!("/medewerker/aanvragen/{reference}"))
        .await;
    assert!(!later.body.contains(typed));
    // 10 hours in all ends it too, however busy.
    sqlx::query("UPDATE staff_sessions SET created_at = created_at - 36001")
        .execute(&app.pool)
        .await
        .unwrap();
    let expired = app.get_as(&staff, "/medewerker/start").await;
    assert!(expired.location.unwrap().contains("melding=verlopen"));
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_account() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, "anna@voorbeeld.nl", Role::Behandelaar).await;
    let laptop = TestApp::browser();
    sign_in(&app, &laptop, "anna@voorbeeld.nl", PASSWORD).await;
    let out = app.post_as(&desk, "/medewerker/uitloggen", &[]).await;
    assert_eq!(
        out.location.as_deref(),
        Some("/medewerker?melding=uitgelogd")
    );
    assert_eq!(
        app.get_as(&desk, "/medewerker/start").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.get_as(&laptop, "/medewerker/start").await.status,
        StatusCode::OK,
        "the other stays"
    );
    let desk = TestApp::browser();
    sign_in(&app, &desk, "anna@voorbeeld.nl", PASSWORD).await;
    app.post_as(&desk, "/medewerker/uitloggen", &[("overal", "ja")])
        .await;
    assert_eq!(
        app.get_as(&laptop, "/medewerker/start").await.status,
        StatusCode::SEE_OTHER
    );
}
