//! The engine's tests: one product that uses every kind of field, and each rule.
//! One kind of thing repeated (a test per rule), so longer than 400 lines.

use super::*;
use jiff::ToSpan;
use jiff::civil::Date;

use crate::catalogue::Product;
use crate::i18n::Lang;
use crate::journey::test_form as posted;
use crate::wording::Worded;

/// A product that uses every kind of field, and a branch.
const ALL_KINDS: &str = r#"
slug = "proef"
topic = "geld"
order = 1
channel = "online"
form_ready = true
[nl]
name = "Proef"
summary = "s"
intro = "i"
needs = ["n"]
duration = "d"
search = ["proef"]
[en]
name = "Trial"
summary = "s"
intro = "i"
needs = ["n"]
duration = "d"
search = ["trial"]
[form]
reference_prefix = "PR"
next = { nl = "Wij kijken ernaar.", en = "We look at it." }

[[form.steps]]
slug = "een"
title = { nl = "Een", en = "One" }
[[form.steps.fields]]
id = "naam"
kind = "text"
label = { nl = "Naam", en = "Name" }
empty = { nl = "Vul uw naam in", en = "Enter your name" }
max_chars = 10
[[form.steps.fields]]
id = "aantal"
kind = "number"
label = { nl = "Aantal", en = "Number" }
empty = { nl = "Vul het aantal in", en = "Enter the number" }
unit = { nl = "stuks", en = "items" }
min = 1
max = 5
[[form.steps.fields]]
id = "bedrag"
kind = "amount"
label = { nl = "Bedrag", en = "Amount" }
optional = true
max = 1000000
[[form.steps.fields]]
id = "kenteken"
kind = "licence_plate"
label = { nl = "Kenteken", en = "Plate" }
empty = { nl = "Vul het kenteken in", en = "Enter the plate" }

[[form.steps]]
slug = "twee"
title = { nl = "Twee", en = "Two" }
[[form.steps.fields]]
id = "kleur"
kind = "checkboxes"
label = { nl = "Kleur", en = "Colour" }
empty = { nl = "Kies een kleur", en = "Choose a colour" }
options = [
  { value = "rood", nl = "Rood", en = "Red" },
  { value = "blauw", nl = "Blauw", en = "Blue" },
]
[[form.steps.fields]]
id = "dag"
kind = "date"
label = { nl = "Dag", en = "Day" }
empty = { nl = "Vul de dag in", en = "Enter the day" }
earliest_days = 0
latest_days = 30
[[form.steps.fields]]
id = "akkoord"
kind = "consent"
label = { nl = "Ik ga akkoord", en = "I agree" }
empty = { nl = "Geef toestemming", en = "Give permission" }

[[form.steps]]
slug = "drie"
title = { nl = "Drie", en = "Three" }
show_if = { field = "kleur", is = ["blauw"] }
[[form.steps.fields]]
id = "adres"
kind = "address"
label = { nl = "Adres", en = "Address" }
empty = { nl = "Vul het adres in", en = "Enter the address" }
[[form.steps.fields]]
id = "uitleg"
kind = "long_text"
label = { nl = "Uitleg", en = "Explanation" }
optional = true
max_chars = 20

[[form.steps]]
slug = "vier"
title = { nl = "Vier", en = "Four" }
[[form.steps.fields]]
id = "email"
kind = "email"
label = { nl = "E-mailadres", en = "Email" }
optional = true
[[form.steps.fields]]
id = "vraag"
kind = "yes_no"
label = { nl = "Vraag", en = "Question" }
empty = { nl = "Kies ja of nee", en = "Choose yes or no" }
"#;

fn product() -> Product {
    let product: Product = toml::from_str(ALL_KINDS).expect("the test product parses");
    let problems = check_definition(product.form.as_ref().expect("a form"));
    assert!(problems.is_empty(), "{problems:?}");
    product
}

fn today() -> Date {
    jiff::civil::date(2026, 11, 30)
}

fn step<'a>(product: &'a Product, slug: &str) -> &'a StepDef {
    product
        .form
        .as_ref()
        .and_then(|f| f.steps.iter().find(|s| s.slug == slug))
        .expect("step")
}

fn keys(draft: &FormDraft, step: &str) -> Vec<(String, String)> {
    draft.errors[step]
        .iter()
        .map(|e| (e.anchor.clone(), e.key.clone()))
        .collect()
}

const STEP_ONE: [(&str, &str); 4] = [
    ("naam", "Jan"),
    ("aantal", "3"),
    ("bedrag", "€ 1.250,50"),
    ("kenteken", "12abc3"),
];

fn moved() -> &'static Product {
    crate::catalogue::by_slug("verhuizing").expect("the move is a product")
}

fn person(n: usize, name: &str, born: (&str, &str, &str)) -> Vec<(String, String)> {
    let at = |part: &str| format!("persoon-{n}-{part}");
    vec![
        (at("naam"), name.to_string()),
        (at("geboortedatum-dag"), born.0.to_string()),
        (at("geboortedatum-maand"), born.1.to_string()),
        (at("geboortedatum-jaar"), born.2.to_string()),
    ]
}

#[test]
fn people_rows_are_added_checked_dropped_when_blank_and_forgotten() {
    let product = moved();
    let people = step(product, "personen");
    let mut draft = FormDraft::default();
    draft.apply(
        product,
        step(product, "meeverhuizers"),
        &posted(&[("meeverhuizers", "ja")]),
        today(),
        false,
    );
    let field = &people.fields[0];
    // "Nog iemand toevoegen" keeps the first row and adds an empty one.
    let mut form = person(1, "Ayşe Özdemir", ("3", "4", "2015"));
    form.push(("actie".into(), ADD_ROW.into()));
    assert_eq!(
        draft.apply(product, people, &form, today(), false),
        Outcome::Stay("personen".into())
    );
    let rows = draft.people_rows(field);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], "Ayşe Özdemir");
    assert_eq!(rows[1], <[String; 4]>::default());
    // Not more rows than the file allows.
    for _ in 0..12 {
        let mut form: Vec<(String, String)> = (1..=draft.people_rows(field).len())
            .flat_map(|n| person(n, "", ("", "", "")))
            .collect();
        form.push(("actie".into(), ADD_ROW.into()));
        draft.apply(product, people, &form, today(), false);
    }
    assert_eq!(draft.people_rows(field).len(), 8);
    // Each wrong row is named; an empty row between them is dropped first.
    let mut form = person(1, "R2D2", ("1", "1", "2000"));
    form.extend(person(2, "", ("", "", "")));
    form.extend(person(3, "", ("1", "1", "1850")));
    form.extend(person(4, "Jan", ("1", "1", "2999")));
    assert_eq!(
        draft.apply(product, people, &form, today(), false),
        Outcome::Stay("personen".into())
    );
    assert_eq!(draft.people_rows(field).len(), 3, "the blank row is gone");
    assert_eq!(
        keys(&draft, "personen"),
        [
            ("persoon-1-naam", "name-characters"),
            ("persoon-2-naam", "form-error-person-name"),
            ("persoon-2-geboortedatum-dag", "form-error-birth-old"),
            ("persoon-3-geboortedatum-dag", "form-error-birth-future"),
        ]
        .map(|(a, k)| (a.to_string(), k.to_string()))
    );
    // Nobody filled in: the product's own message at the first name.
    draft.apply(
        product,
        people,
        &person(1, " ", ("", "", "")),
        today(),
        false,
    );
    assert_eq!(
        keys(&draft, "personen"),
        [(
            "persoon-1-naam".to_string(),
            "form:verhuizing:persoon".to_string()
        )]
    );
    let mut form = person(1, "Ayşe Özdemir", ("3", "4", "2015"));
    form.extend(person(2, "Joost van 't Hek", ("29", "2", "2012")));
    assert_eq!(
        draft.apply(product, people, &form, today(), false),
        Outcome::Next("contact".into())
    );
    let lines = match draft.check_field("verhuizing", field, today()) {
        Ok(Some(value)) => value.lines(field, Lang::Nl),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        lines,
        [
            "Ayşe Özdemir, geboren op 3 april 2015",
            "Joost van 't Hek, geboren op 29 februari 2012"
        ]
    );
    // Nobody moves along after all: the names are not kept (AVG).
    draft.apply(
        product,
        step(product, "meeverhuizers"),
        &posted(&[("meeverhuizers", "nee")]),
        today(),
        false,
    );
    assert!(
        draft.raw.keys().all(|k| !k.starts_with("persoon-")),
        "{:?}",
        draft.raw
    );
}

#[test]
fn a_product_can_word_its_own_date_limits() {
    let product = moved();
    let mut draft = FormDraft::default();
    let date = |days: i64| {
        let d = today().saturating_add(days.days());
        vec![
            ("verhuisdatum-dag".to_string(), d.day().to_string()),
            ("verhuisdatum-maand".to_string(), d.month().to_string()),
            ("verhuisdatum-jaar".to_string(), d.year().to_string()),
        ]
    };
    let datum = step(product, "datum");
    for (days, ok) in [(-6, false), (-5, true), (0, true), (28, true), (29, false)] {
        let outcome = draft.apply(product, datum, &date(days), today(), false);
        assert_eq!(outcome != Outcome::Stay("datum".into()), ok, "{days} days");
    }
    draft.apply(product, datum, &date(-6), today(), false);
    let error = &draft.errors["datum"][0];
    assert_eq!(error.key, "form:verhuizing:verhuisdatum:too_early");
    let message = error.message();
    assert_eq!(
        message,
        "Deze datum is meer dan 5 dagen geleden. Vul een datum in vanaf 25 november 2026. Bent u eerder verhuisd? Bel dan 14 0123"
    );
}

#[test]
fn each_kind_refuses_what_it_cannot_use_and_keeps_it() {
    let product = product();
    let mut draft = FormDraft::default();
    let outcome = draft.apply(
        &product,
        step(&product, "een"),
        &posted(&[
            ("naam", "Jan Janssen de Vries"),
            ("aantal", "9"),
            ("bedrag", "12,345"),
            ("kenteken", "1-2AB-34"),
        ]),
        today(),
        false,
    );
    assert_eq!(outcome, Outcome::Stay("een".into()));
    assert_eq!(
        keys(&draft, "een"),
        [
            ("naam", "form-error-too-long"),
            ("aantal", "form-error-number-range"),
            ("bedrag", "form-error-amount"),
            ("kenteken", "plate-shape"),
        ]
        .map(|(a, k)| (a.to_string(), k.to_string()))
    );
    // Nothing typed is lost: the page shows it again.
    assert_eq!(draft.value("naam"), "Jan Janssen de Vries");

    let outcome = draft.apply(
        &product,
        step(&product, "een"),
        &posted(&[]),
        today(),
        false,
    );
    assert_eq!(outcome, Outcome::Stay("een".into()));
    // Empty required answers get the product file's message; optional ones none.
    assert_eq!(
        keys(&draft, "een"),
        [
            ("naam", "form:proef:naam"),
            ("aantal", "form:proef:aantal"),
            ("kenteken", "form:proef:kenteken"),
        ]
        .map(|(a, k)| (a.to_string(), k.to_string()))
    );

    let outcome = draft.apply(
        &product,
        step(&product, "twee"),
        &posted(&[
            ("kleur", "groen"),
            ("dag-dag", "1"),
            ("dag-maand", "1"),
            ("dag-jaar", "2027"),
        ]),
        today(),
        false,
    );
    assert_eq!(outcome, Outcome::Stay("twee".into()));
    assert_eq!(
        keys(&draft, "twee"),
        [
            ("kleur", "form:proef:kleur"),
            ("dag-dag", "form-error-date-after"),
            ("akkoord", "form:proef:akkoord"),
        ]
        .map(|(a, k)| (a.to_string(), k.to_string()))
    );
}

#[test]
fn branching_asks_only_what_applies_and_forgets_the_rest() {
    let product = product();
    let form = product.form.as_ref().expect("form");
    let mut draft = FormDraft::default();
    assert_eq!(
        draft.apply(
            &product,
            step(&product, "een"),
            &posted(&STEP_ONE),
            today(),
            false
        ),
        Outcome::Next("twee".into())
    );
    let two = |colour: &'static str| {
        posted(&[
            ("kleur", colour),
            ("dag-dag", "5"),
            ("dag-maand", "12"),
            ("dag-jaar", "2026"),
            ("akkoord", "ja"),
        ])
    };
    assert_eq!(
        draft.apply(
            &product,
            step(&product, "twee"),
            &two("blauw"),
            today(),
            false
        ),
        Outcome::Next("drie".into())
    );
    assert_eq!(
        draft.apply(
            &product,
            step(&product, "drie"),
            &posted(&[("adres-postcode", "1234ab"), ("adres-huisnummer", "12")]),
            today(),
            false
        ),
        Outcome::Next("vier".into())
    );
    assert_eq!(
        draft.apply(
            &product,
            step(&product, "vier"),
            &posted(&[("vraag", "nee")]),
            today(),
            false
        ),
        Outcome::Check
    );
    let answers = draft.to_answers(&product, today()).expect("complete");
    let rows = summary(&product, &answers, Lang::Nl);
    let questions: Vec<&str> = rows.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(
        questions,
        [
            "Naam",
            "Aantal",
            "Bedrag",
            "Kenteken",
            "Kleur",
            "Dag",
            "Akkoord",
            "Adres",
            "Uitleg",
            "E-mailadres",
            "Vraag"
        ]
        .map(|q| if q == "Akkoord" { "Ik ga akkoord" } else { q })
    );
    let answer = |q: &str| {
        rows.iter()
            .find(|r| r.question == q)
            .and_then(|r| r.answer.clone())
    };
    assert_eq!(answer("Bedrag"), Some(vec!["€ 1.250,50".to_string()]));
    assert_eq!(answer("Kenteken"), Some(vec!["12-ABC-3".to_string()]));
    assert_eq!(answer("Aantal"), Some(vec!["3 stuks".to_string()]));
    assert_eq!(
        answer("Adres"),
        Some(vec!["1234 AB".to_string(), "12".to_string()])
    );
    assert_eq!(
        answer("Uitleg"),
        None,
        "an optional answer left empty has a row"
    );
    assert_eq!(rows[0].change_path.as_deref(), Some("/producten/proef/een"));

    // Red instead of blue: step three no longer applies; its answers are gone.
    assert_eq!(
        draft.apply(
            &product,
            step(&product, "twee"),
            &two("rood"),
            today(),
            true
        ),
        Outcome::Check
    );
    assert!(!draft.steps(form).iter().any(|s| s.slug == "drie"));
    assert!(!draft.raw.contains_key("adres-postcode"), "{:?}", draft.raw);
    let answers = draft.to_answers(&product, today()).expect("complete");
    let rows = summary(&product, &answers, Lang::En);
    assert!(
        !rows
            .iter()
            .any(|r| r.question == "Address" || r.question == "Explanation")
    );
    assert_eq!(
        rows.iter()
            .find(|r| r.question == "Colour")
            .and_then(|r| r.answer.clone()),
        Some(vec!["Red".to_string()])
    );

    // Blue again: step three is asked again, never skipped.
    assert_eq!(
        draft.apply(
            &product,
            step(&product, "twee"),
            &two("blauw"),
            today(),
            true
        ),
        Outcome::Next("drie".into())
    );
    assert_eq!(draft.to_answers(&product, today()), Err("drie".to_string()));
}

#[test]
fn a_date_that_was_valid_can_expire() {
    let product = product();
    let mut draft = FormDraft::default();
    draft.apply(
        &product,
        step(&product, "een"),
        &posted(&STEP_ONE),
        today(),
        false,
    );
    draft.apply(
        &product,
        step(&product, "twee"),
        &posted(&[
            ("kleur", "rood"),
            ("dag-dag", "1"),
            ("dag-maand", "12"),
            ("dag-jaar", "2026"),
            ("akkoord", "ja"),
        ]),
        today(),
        false,
    );
    draft.apply(
        &product,
        step(&product, "vier"),
        &posted(&[("vraag", "ja")]),
        today(),
        false,
    );
    assert!(draft.to_answers(&product, today()).is_ok());
    let later = jiff::civil::date(2026, 12, 2);
    assert_eq!(draft.to_answers(&product, later), Err("twee".to_string()));
    assert_eq!(
        draft.first_open_step(&product, later),
        Some("twee".to_string())
    );
}

#[test]
fn amounts_as_people_type_them() {
    let cases = [
        ("12", Some(1200)),
        ("12,5", Some(1250)),
        ("12,50", Some(1250)),
        ("€ 1.250,50", Some(125_050)),
        ("€1.250", Some(125_000)),
        ("1.250", Some(125_000)),
        ("12.50", Some(1250)),
        ("€1,250.50", Some(125_050)),
        ("1,000.5", Some(100_050)),
        ("0", Some(0)),
        ("", None),
        ("12,505", None),
        ("-5", None),
        ("twaalf", None),
        ("1,2,3", None),
        ("99999999999999999", None),
    ];
    for (raw, want) in cases {
        assert_eq!(parse_cents(raw), want, "{raw:?}");
    }
}

#[test]
fn wrong_definitions_are_named() {
    let broken = [
        (
            r#"show_if = { field = "kleur", is = ["blauw"] }"#,
            r#"show_if = { field = "email", is = ["ja"] }"#,
            "form.steps[2].show_if.field",
        ),
        (
            r#"show_if = { field = "kleur", is = ["blauw"] }"#,
            r#"show_if = { field = "kleur", is = ["paars"] }"#,
            "form.steps[2].show_if.is",
        ),
        (
            r#"kind = "checkboxes""#,
            r#"kind = "select""#,
            "form.steps[1].fields[0].kind",
        ),
        (
            r#"slug = "vier""#,
            r#"slug = "controleren""#,
            "form.steps[3].slug",
        ),
        (
            r#"id = "uitleg""#,
            r#"id = "adres-postcode""#,
            "form.steps[2].fields[1].id",
        ),
        (
            "empty = { nl = \"Geef toestemming\", en = \"Give permission\" }",
            "optional = true",
            "form.steps[1].fields[2].optional",
        ),
        (
            "empty = { nl = \"Vul de dag in\", en = \"Enter the day\" }",
            "",
            "form.steps[1].fields[1].empty",
        ),
        (
            r#"reference_prefix = "PR""#,
            r#"reference_prefix = "pr1""#,
            "form.reference_prefix",
        ),
        (
            r#"max_chars = 10"#,
            r#"max_chars = 10
unit = { nl = "x", en = "x" }"#,
            "form.steps[0].fields[0].unit",
        ),
        (
            r#"max_chars = 10"#,
            r#"max_chars = 10
max_rows = 3"#,
            "form.steps[0].fields[0].max_rows",
        ),
        (
            "latest_days = 30",
            "latest_days = 30\ntoo_early = { nl = \"Te vroeg\", en = \"\" }",
            "form.steps[1].fields[1].too_early",
        ),
        (
            "latest_days = 30",
            "too_late = { nl = \"Te laat: {date}\", en = \"Too late: {date}\" }",
            "form.steps[1].fields[1].too_late",
        ),
    ];
    for (from, to, field) in broken {
        assert!(ALL_KINDS.contains(from), "{from}");
        let text = ALL_KINDS.replacen(from, to, 1);
        let product: Product = toml::from_str(&text).expect("still TOML");
        let problems = check_definition(product.form.as_ref().expect("form"));
        assert!(
            problems.iter().any(|(f, _)| f == field),
            "{to}: expected a problem at {field}, got {problems:?}"
        );
    }
}

#[test]
fn optional_questions_say_so() {
    let product = product();
    let field = &step(&product, "een").fields[2];
    assert_eq!(field.label_in(Lang::Nl), "Bedrag (optioneel)");
    assert_eq!(field.label_in(Lang::En), "Amount (optional)");
}
