//! Contact registration over HTTP: a contact stored once per form (a resent
//! post adds nothing), bad input answered with what was typed kept, the
//! channel preselected by role, today's contacts listed, and who may use it.

use app::staff::roles::Role;
use reqwest::StatusCode;

use crate::common::{TestApp, nonce};
use crate::staff_common::signed_in;

/// A bad case: what it is, the fields posted, the message expected.
type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);

type Stored = (
    String,
    Option<String>,
    Option<String>,
    String,
    Option<i64>,
    String,
);

async fn stored(app: &TestApp) -> Vec<Stored> {
    sqlx::query_as(
        "SELECT channel, product, topic, result, satisfaction, staff_team FROM contacts ORDER BY id",
    )
    .fetch_all(&app.pool)
    .await
    .expect("contacts")
}

#[tokio::test]
async fn a_contact_is_registered_once_and_listed() {
    let app = TestApp::spawn().await;
    let clerk = signed_in(&app, "balie@voorbeeld.nl", Role::Balie).await;
    let form = app.get_as(&clerk, "/medewerker/contact").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("value=\"balie\" checked"),
        "a counter clerk's channel is chosen for them"
    );
    assert!(
        form.body
            .contains("Hoe tevreden bent u over hoe wij u vandaag hebben geholpen?")
    );
    let once = nonce(&form.body);
    let fields = [
        ("formulier", once.as_str()),
        ("kanaal", "balie"),
        ("product", "paspoort-id-kaart"),
        ("onderwerp", ""),
        ("uitkomst", "zelf-afgehandeld"),
        ("tevredenheid", "5"),
    ];
    let sent = app.post_as(&clerk, "/medewerker/contact", &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(
        sent.location.as_deref(),
        Some("/medewerker/contact?melding=vastgelegd")
    );
    // The same form again (a double click): nothing more.
    app.post_as(&clerk, "/medewerker/contact", &fields).await;
    assert_eq!(
        stored(&app).await,
        vec![(
            "balie".to_string(),
            Some("paspoort-id-kaart".to_string()),
            None,
            "zelf afgehandeld".to_string(),
            Some(5),
            "Burgerzaken".to_string()
        )]
    );
    let page = app
        .get_as(&clerk, "/medewerker/contact?melding=vastgelegd")
        .await;
    assert!(page.body.contains("Het contact is vastgelegd"));
    assert!(page.body.contains("Vandaag door u vastgelegd: 1 contact"));
    assert_ne!(nonce(&page.body), once, "a new form for the next contact");

    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    let form = app.get_as(&agent, "/medewerker/contact").await;
    assert!(form.body.contains("value=\"telefoon\" checked"));
    assert!(
        form.body.contains("Vandaag door u vastgelegd: 0 contacten"),
        "only one's own contacts"
    );
    let handler = signed_in(&app, "behandelaar@voorbeeld.nl", Role::Behandelaar).await;
    assert_eq!(
        app.get_as(&handler, "/medewerker/contact").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn bad_input_is_answered_and_what_was_typed_is_kept() {
    let app = TestApp::spawn().await;
    let agent = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    let form = app.get_as(&agent, "/medewerker/contact").await;
    let cases: [Case; 4] = [
        (
            "no result",
            &[("kanaal", "telefoon"), ("onderwerp", "Afvalpas kwijt")],
            "Kies hoe het contact afliep",
        ),
        (
            "no topic",
            &[("kanaal", "telefoon"), ("uitkomst", "doorverbonden")],
            "Kies een product of schrijf het onderwerp",
        ),
        (
            "unknown channel",
            &[
                ("kanaal", "fax"),
                ("onderwerp", "Afvalpas kwijt"),
                ("uitkomst", "doorverbonden"),
            ],
            "Kies hoe het contact was",
        ),
        (
            "satisfaction 9",
            &[
                ("kanaal", "telefoon"),
                ("onderwerp", "Afvalpas kwijt"),
                ("uitkomst", "doorverbonden"),
                ("tevredenheid", "9"),
            ],
            "Kies een antwoord van 1 tot en met 5",
        ),
    ];
    for (case, fields, message) in cases {
        let mut fields = fields.to_vec();
        let once = nonce(&form.body);
        fields.push(("formulier", &once));
        let sent = app.post_as(&agent, "/medewerker/contact", &fields).await;
        assert_eq!(
            sent.location.as_deref(),
            Some("/medewerker/contact"),
            "{case}"
        );
        let page = app.get_as(&agent, "/medewerker/contact").await.body;
        assert!(page.contains(message), "{case}: {message}");
        assert!(page.contains("lk-error-summary"), "{case}");
        if fields
            .iter()
            .any(|(k, v)| *k == "onderwerp" && !v.is_empty())
        {
            assert!(
                page.contains("value=\"Afvalpas kwijt\""),
                "{case}: the topic is kept"
            );
        }
    }
    assert!(stored(&app).await.is_empty(), "nothing stored");
}
