//! The council report over HTTP: the last quarter that is over, its figure
//! computed over the whole quarter, a week that dropped flagged by the rule
//! (worked out here), a small count not published, a later quarter refused
//! for the last one over, and only team leads may open it.

use app::staff::council_views::Quarter;
use app::staff::roles::Role;
use jiff::civil::Date;
use reqwest::StatusCode;

use crate::common::TestApp;
use crate::staff_common::{account, signed_in};

/// `total` registered contacts on `day`, `resolved` of them "zelf afgehandeld".
async fn contacts(
    app: &TestApp,
    staff: i64,
    day: Date,
    channel: &str,
    total: usize,
    resolved: usize,
) {
    for i in 0..total {
        let result = if i < resolved {
            "zelf afgehandeld"
        } else {
            "doorverbonden"
        };
        sqlx::query(
            "INSERT INTO contacts (nonce, at, day, channel, topic, result, staff_id, staff_team) \
             VALUES ($1, $2, $3, $4, 'Afval', $5, $6, 'KCC')",
        )
        .bind(format!("raad-{day}-{channel}-{i}"))
        .bind(format!("{day}T10:00:00+02:00[Europe/Amsterdam]"))
        .bind(day.to_string())
        .bind(channel)
        .bind(result)
        .bind(staff)
        .execute(&app.pool)
        .await
        .expect("contact");
    }
}

/// The cells of the row of `name` in the report.
fn row(body: &str, name: &str) -> Vec<String> {
    let start = format!("<th scope=\"row\">{name}</th>");
    let at = body.find(&start).unwrap_or_else(|| panic!("row {name}"));
    let rest = &body[at + start.len()..];
    let rest = &rest[..rest.find("</tr>").expect("row end")];
    rest.split("</td>")
        .filter_map(|cell| cell.rsplit('>').next())
        .filter(|c| !c.trim().is_empty())
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn the_council_sees_the_last_quarter_with_its_deviations_and_no_small_counts() {
    let app = TestApp::spawn().await;
    let today = jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .date();
    let quarter = Quarter::of(today).previous();
    let staff = account(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    let weeks = quarter.mondays();
    let dip = weeks[6];
    for monday in &weeks {
        let tuesday = monday.tomorrow().unwrap();
        let resolved = if *monday == dip { 2 } else { 9 };
        contacts(&app, staff, tuesday, "telefoon", 10, resolved).await;
    }
    // Three mails in the week of the dip, all resolved: too few to publish as a channel.
    contacts(&app, staff, dip.tomorrow().unwrap(), "e-mail", 3, 3).await;

    let agent = signed_in(&app, "agent@voorbeeld.nl", Role::Kcc).await;
    assert_eq!(
        app.get_as(&agent, "/medewerker/kengetallen/raad")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let page = app.get_as(&lead, "/medewerker/kengetallen/raad").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = page.body;
    let title = format!(
        "Raadsinformatie dienstverlening, kwartaal {} van {}",
        quarter.number, quarter.year
    );
    assert!(body.contains(&title), "{title}");
    // 12 weeks of 9 of 10, one of 5 of 13: 113 of 133 is 85 %; the norm is 70 %.
    let resolved = row(&body, "Meteen opgelost");
    assert_eq!(resolved[0], "85 %", "{resolved:?}");
    assert_eq!(resolved[1..3], ["70 %", "Ja"], "{resolved:?}");
    // Without a baseline the 13 weeks set the limits: 12 x 90 and 38, mean
    // 86.0, mean moving range 104 / 12 = 8.67, lower limit 62.9: the dip is out.
    assert_eq!(
        resolved[4],
        format!("1 van {}", weeks.len()),
        "{resolved:?}"
    );
    let dip_words = app::i18n::date_in(app::i18n::Lang::Nl, dip);
    let noticed = format!("Meteen opgelost, week van {dip_words}: lager dan normaal.");
    assert!(body.contains(&noticed), "{noticed}");
    assert!(body.contains("Er is nog geen nulmeting."));
    // Channels: 130 by phone are published, 3 mails are not.
    assert_eq!(row(&body, "Telefoon, vastgelegd contact"), vec!["130"]);
    assert_eq!(
        row(&body, "E-mail, vastgelegd contact"),
        vec!["Minder dan 5: niet gepubliceerd"]
    );

    // A quarter not over yet is not reported: the last one over is shown.
    let later = app
        .get_as(
            &lead,
            &format!(
                "/medewerker/kengetallen/raad?kwartaal={}",
                Quarter::of(today).slug()
            ),
        )
        .await;
    assert!(later.body.contains(&title));
    // An earlier quarter without records: nothing measured, nothing flagged.
    let earlier = app
        .get_as(
            &lead,
            &format!(
                "/medewerker/kengetallen/raad?kwartaal={}",
                quarter.previous().slug()
            ),
        )
        .await;
    assert_eq!(row(&earlier.body, "Meteen opgelost")[0], "Geen gegevens");
}
