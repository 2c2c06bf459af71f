//! The trend page over HTTP: 26 whole weeks of a KPI from hand-made
//! records, a baseline marked by a team lead (a snapshot: correcting old
//! records later does not move it), a known drop flagged with the limits
//! worked out here, the CSV, the baseline form's problems, the role check;
//! and the demo data, whose worse period the rule must catch.

use app::domain::working_days::HolidayRules;
use app::staff::roles::Role;
use jiff::civil::Date;
use reqwest::StatusCode;

use crate::common::TestApp;
use crate::staff_common::{account, signed_in};

fn today() -> Date {
    jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .date()
}

/// The Monday `n` whole weeks before this week.
fn monday(n: i64) -> Date {
    let t = today();
    let this = t
        .checked_sub(jiff::Span::new().days(i64::from(t.weekday().to_monday_zero_offset())))
        .unwrap();
    this.checked_sub(jiff::Span::new().days(7 * n)).unwrap()
}

/// Ten registered contacts on the Tuesday of the week `n` weeks ago, `resolved` of them "zelf afgehandeld".
async fn contacts(app: &TestApp, staff: i64, n: i64, resolved: usize) {
    let day = monday(n).checked_add(jiff::Span::new().days(1)).unwrap();
    for i in 0..10 {
        let result = if i < resolved {
            "zelf afgehandeld"
        } else {
            "doorverbonden"
        };
        sqlx::query(
            "INSERT INTO contacts (nonce, at, day, channel, topic, result, staff_id, staff_team) \
             VALUES ($1, $2, $3, 'telefoon', 'Afval', $4, $5, 'KCC')",
        )
        .bind(format!("trend-{n}-{i}"))
        .bind(format!("{day}T10:00:00+01:00[Europe/Amsterdam]"))
        .bind(day.to_string())
        .bind(result)
        .bind(staff)
        .execute(&app.pool)
        .await
        .expect("contact");
    }
}

/// The rows of the table of the trend named `name`: (week cell, value cell, verdict cell).
fn rows(body: &str, name: &str) -> Vec<(String, String, String)> {
    let caption = format!("{name} per week</caption>");
    let at = body
        .find(&caption)
        .unwrap_or_else(|| panic!("table {name}"));
    let table = &body[at..at + body[at..].find("</table>").expect("end")];
    table
        .split("<tr>")
        .skip(2)
        .map(|row| {
            let cells: Vec<String> = row
                .split("</t")
                .filter_map(|c| c.rsplit('>').next())
                .map(str::to_string)
                .collect();
            (cells[0].clone(), cells[1].clone(), cells[3].clone())
        })
        .collect()
}

#[tokio::test]
async fn a_drop_is_flagged_against_the_baseline_and_the_baseline_is_a_snapshot() {
    let app = TestApp::spawn().await;
    let staff = account(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    // Weeks 26 to 3 ago: 80 % and 90 % by turns; week 2 ago nothing; last week 20 %.
    for n in 3..=26 {
        contacts(&app, staff, n, if n % 2 == 0 { 8 } else { 9 }).await;
    }
    contacts(&app, staff, 1, 2).await;

    let agent = signed_in(&app, "agent@voorbeeld.nl", Role::Kcc).await;
    for path in [
        "/medewerker/kengetallen/verloop",
        "/medewerker/kengetallen/verloop.csv",
    ] {
        assert_eq!(
            app.get_as(&agent, path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;

    // Problems with the baseline form: said, nothing stored.
    for (fields, problem) in [
        (
            ("", "2026-01-05", "2026-03-29"),
            "Geef de nulmeting een naam",
        ),
        (
            ("Q", &*monday(3).to_string(), &*today().to_string()),
            "Kies alleen weken die voorbij zijn",
        ),
        (
            ("Q", &*monday(4).to_string(), &*monday(3).to_string()),
            "Kies minstens 4 weken",
        ),
        (("Q", "5 januari", "2026-03-29"), "Vul twee datums in"),
    ] {
        let answer = app
            .post_as(
                &lead,
                "/medewerker/kengetallen/verloop",
                &[("naam", fields.0), ("van", fields.1), ("tot", fields.2)],
            )
            .await;
        assert_eq!(
            answer.location.as_deref(),
            Some("/medewerker/kengetallen/verloop"),
            "back to the top, where the summary takes focus"
        );
        let page = app.get_as(&lead, "/medewerker/kengetallen/verloop").await;
        assert!(page.body.contains(problem), "{problem}");
        assert!(page.body.contains("lk-error-summary"));
    }
    let (baselines,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM kpi_baselines")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(baselines, 0);

    // Without a baseline, the 26 weeks shown set the limits.
    let page = app.get_as(&lead, "/medewerker/kengetallen/verloop").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Er is nog geen nulmeting"));
    let resolved = rows(&page.body, "Meteen opgelost");
    assert_eq!(resolved.len(), 26, "26 whole weeks");

    // The baseline: weeks 26 to 3 ago (24 weeks, 80 and 90 by turns).
    let from = monday(26).to_string();
    let to = monday(3)
        .checked_add(jiff::Span::new().days(6))
        .unwrap()
        .to_string();
    let answer = app
        .post_as(
            &lead,
            "/medewerker/kengetallen/verloop",
            &[("naam", "0-meting test"), ("van", &from), ("tot", &to)],
        )
        .await;
    assert_eq!(
        answer.location.as_deref(),
        Some("/medewerker/kengetallen/verloop#nulmeting")
    );
    let page = app.get_as(&lead, "/medewerker/kengetallen/verloop").await;
    assert!(page.body.contains("De nulmeting is vastgelegd"));
    assert!(
        page.body
            .contains("De grenzen komen uit de nulmeting 0-meting test")
    );
    // Mean 85; every moving range 10; limits 85 -/+ 26.6: 58.4 and 111.6, cut at 100.
    let last_week = app::i18n::date_in(app::i18n::Lang::Nl, monday(1));
    let sentence = format!(
        "Meteen opgelost in de week van {last_week}: 20 %. Dat is lager dan normaal: tussen 58 % en 100 %."
    );
    assert!(page.body.contains(&sentence), "{sentence}");
    assert!(page.body.contains("Nu 20 %, nulmeting 85 %."));
    let resolved = rows(&page.body, "Meteen opgelost");
    assert_eq!(resolved[0].1, "20 %");
    assert_eq!(resolved[0].2, "Lager dan normaal");
    assert_eq!(resolved[1].1, "Geen gegevens", "week 2 ago had no contacts");
    assert!(resolved[2..].iter().all(|r| r.2 == "Nee"), "{resolved:?}");
    // A chart for every KPI, an image named by its heading.
    assert!(page.body.contains("role=\"img\""));
    assert!(page.body.contains("class=\"lk-chart__alarm\""));

    // The CSV has the same numbers.
    let csv = app
        .get_as(
            &lead,
            "/medewerker/kengetallen/verloop.csv?kpi=staff-kpi-contacts-resolved",
        )
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let line = format!(
        "staff-kpi-contacts-resolved,Meteen opgelost,{},20,percent,10,58.4,85.0,100.0,onder de grens",
        monday(1)
    );
    assert!(csv.body.contains(&line), "{}", csv.body);
    assert_eq!(csv.body.lines().count(), 27, "a header and 26 weeks");

    // Old records corrected: every contact of the baseline weeks now resolved.
    sqlx::query("UPDATE contacts SET result = 'zelf afgehandeld'")
        .execute(&app.pool)
        .await
        .unwrap();
    server::kpi_trends::refresh(&app.store, HolidayRules::default(), today())
        .await
        .expect("refresh");
    let page = app.get_as(&lead, "/medewerker/kengetallen/verloop").await;
    let resolved = rows(&page.body, "Meteen opgelost");
    assert_eq!(resolved[2].1, "100 %", "the trend shows the corrected week");
    assert!(
        page.body.contains("Nu 100 %, nulmeting 85 %."),
        "the baseline stays what it was when marked"
    );
    // A second baseline with the same name is refused.
    app.post_as(
        &lead,
        "/medewerker/kengetallen/verloop",
        &[("naam", "0-meting test"), ("van", &from), ("tot", &to)],
    )
    .await;
    let page = app.get_as(&lead, "/medewerker/kengetallen/verloop").await;
    assert!(page.body.contains("Er is al een nulmeting met deze naam"));
}

#[tokio::test]
async fn the_demo_data_s_worse_period_is_caught_by_the_rule() {
    let app = TestApp::spawn().await;
    let options = server::demo_data::Options {
        weeks: 40,
        residents: 2_000,
        seed: 7,
        calls_file: None,
    };
    let filled = server::demo_data::fill(&app.store, HolidayRules::default(), today(), &options)
        .await
        .expect("demo data");
    assert!(
        filled.calls > 1_000 && filled.contacts > 1_000 && filled.requests > 300,
        "{filled:?}"
    );
    assert!(
        server::demo_data::fill(&app.store, HolidayRules::default(), today(), &options)
            .await
            .is_err(),
        "a second fill is refused"
    );
    let lead = signed_in(&app, "lead@voorbeeld.nl", Role::Teamleider).await;
    let page = app.get_as(&lead, "/medewerker/kengetallen/verloop").await;
    assert!(
        page.body
            .contains("De grenzen komen uit de nulmeting 0-meting (voorbeeldgegevens)")
    );
    // Phone waits: newest first, so row i is the week i + 1 weeks ago; weeks 8 to 13 were worse.
    let waits = rows(&page.body, "Wachttijd, de helft");
    let flagged =
        |range: std::ops::Range<usize>| waits[range].iter().filter(|r| r.2 != "Nee").count();
    assert!(flagged(7..13) >= 5, "the worse weeks stand out: {waits:?}");
    // Beyond the limits outside the worse period: rare (noise).
    let beyond = waits[..7]
        .iter()
        .chain(&waits[13..])
        .filter(|r| r.2.ends_with("dan normaal"))
        .count();
    assert!(beyond <= 2, "the others mostly do not: {waits:?}");
    // A run flag outside it only continues the run the worse period began
    // (the run counts weeks on one side of the mean, the worse ones too).
    for i in (0..7).filter(|i| waits[*i].2.starts_with("7 weken")) {
        assert!(waits[i + 1..7].iter().all(|r| r.2 != "Nee"), "{waits:?}");
    }
    assert!(
        waits[13..].iter().all(|r| !r.2.starts_with("7 weken")),
        "{waits:?}"
    );
}
