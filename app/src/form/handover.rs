//! The answers a resident handed over with a callback request (only with
//! consent): the raw draft as typed, shown to the agent as the questions and
//! answers the resident saw, never as input names. Answers are shown as typed,
//! checked or not: the agent completes them with the resident, in a draft
//! started from them ([`FormDraft::from_handed_over`]).

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::{FormDef, FormDraft, FormOwner, Kind, Outcome, PERSON_PARTS, Registrar};
use crate::i18n::{Lang, t_in};
use crate::journey::SummaryRow;

/// The rows for every question that has something typed, in the form's order.
pub fn handed_over(
    form: &FormDef,
    raw: &BTreeMap<String, Vec<String>>,
    lang: Lang,
) -> Vec<SummaryRow> {
    let first = |name: &str| {
        raw.get(name)
            .and_then(|v| v.first())
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for field in form.steps.iter().flat_map(|s| s.fields.iter()) {
        let lines: Vec<String> = match field.kind {
            // Photos stay with the request once it is sent; a consent box says nothing here.
            Kind::Photos | Kind::Consent => continue,
            Kind::Address | Kind::Date => {
                let sep = if field.kind == Kind::Date { "-" } else { " " };
                let parts: Vec<String> = field.inputs().iter().map(|i| first(i)).collect();
                let line = parts
                    .iter()
                    .filter(|p| !p.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(sep);
                vec![line]
            }
            Kind::People => (0..field.max_rows())
                .filter_map(|row| {
                    let part = |i: usize| first(&field.person_input(row, PERSON_PARTS[i]));
                    let name = part(0);
                    let born = [part(1), part(2), part(3)]
                        .into_iter()
                        .filter(|p| !p.is_empty())
                        .collect::<Vec<_>>()
                        .join("-");
                    match (name.is_empty(), born.is_empty()) {
                        (true, true) => None,
                        (_, true) => Some(name),
                        _ => Some(format!("{name} ({born})")),
                    }
                })
                .collect(),
            Kind::YesNo => raw
                .get(&field.id)
                .into_iter()
                .flatten()
                .map(|v| match v.as_str() {
                    "ja" => t_in(lang, "yes"),
                    "nee" => t_in(lang, "no"),
                    other => other.to_string(),
                })
                .collect(),
            Kind::Radios | Kind::Checkboxes | Kind::Select => raw
                .get(&field.id)
                .into_iter()
                .flatten()
                .map(|v| {
                    field
                        .options
                        .iter()
                        .find(|o| o.value == *v)
                        .map(|o| o.label(lang).to_string())
                        .unwrap_or_else(|| v.clone())
                })
                .collect(),
            _ => raw.get(&field.id).cloned().unwrap_or_default(),
        };
        let lines: Vec<String> = lines
            .into_iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        rows.push(SummaryRow {
            question: field.short_in(lang),
            answer: Some(lines),
            change_path: None,
        });
    }
    rows
}

impl FormDraft {
    /// A draft for the agent from the answers handed over: each step with
    /// something typed is checked as if the resident had sent it, up to the
    /// first step with nothing typed or with a problem (shown there). The
    /// agent goes on from [`FormDraft::first_open_step`].
    pub fn from_handed_over(
        product: &(impl FormOwner + ?Sized),
        raw: &BTreeMap<String, Vec<String>>,
        today: Date,
        registrar: Registrar,
    ) -> Self {
        let mut draft = FormDraft {
            registrar: Some(registrar),
            ..FormDraft::default()
        };
        let Some(form) = product.form_def() else {
            return draft;
        };
        let mut index = 0;
        while let Some(step) = draft.steps(form).get(index).copied() {
            let posted: Vec<(String, String)> = step
                .fields
                .iter()
                .filter(|f| f.kind != Kind::Photos)
                .flat_map(|f| f.inputs())
                .flat_map(|name| {
                    raw.get(&name)
                        .into_iter()
                        .flatten()
                        .map(move |v| (name.clone(), v.clone()))
                })
                .collect();
            if posted.iter().all(|(_, v)| v.trim().is_empty()) {
                // Nothing typed here: the agent asks it, without a problem shown.
                draft.keep(step, &posted);
                break;
            }
            match draft.apply(product, step, &posted, today, false) {
                Outcome::Stay(_) => break,
                Outcome::Next(_) | Outcome::Check => index += 1,
            }
        }
        draft
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn answers_show_with_their_questions_and_choice_labels() {
        let product = crate::catalogue::by_slug("verhuizing").expect("product");
        let form = product.form.as_ref().expect("form");
        let mut raw = BTreeMap::new();
        raw.insert("adres-postcode".to_string(), vec!["1234AB".to_string()]);
        raw.insert("adres-huisnummer".to_string(), vec!["7".to_string()]);
        raw.insert("meeverhuizers".to_string(), vec!["nee".to_string()]);
        raw.insert("onbekend-veld".to_string(), vec!["x".to_string()]);
        let rows = handed_over(form, &raw, Lang::Nl);
        let text: Vec<(String, Vec<String>)> = rows
            .into_iter()
            .map(|r| (r.question, r.answer.unwrap_or_default()))
            .collect();
        assert!(
            text.iter().any(|(_, a)| a == &vec!["1234AB 7".to_string()]),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|(_, a)| a == &vec!["Nee, ik verhuis alleen".to_string()]),
            "{text:?}"
        );
        assert!(
            !text
                .iter()
                .any(|(q, a)| q.contains("onbekend") || a.contains(&"x".to_string())),
            "an input the form does not have is not shown: {text:?}"
        );
        assert!(
            text.iter().all(|(q, _)| !q.contains('-')),
            "questions, not input names: {text:?}"
        );
    }

    fn registrar() -> Registrar {
        Registrar {
            staff_id: 7,
            staff_name: "Karim".into(),
            callback: "TB-AAAA-BBBB".into(),
            lang: "nl".into(),
        }
    }

    fn raw(pairs: &[(&str, &str)]) -> BTreeMap<String, Vec<String>> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), vec![v.to_string()]))
            .collect()
    }

    #[test]
    fn steps_with_good_answers_are_done_and_the_agent_goes_on_at_the_first_open_one() {
        let product = crate::catalogue::by_slug("verhuizing").expect("product");
        let today: Date = "2027-03-01".parse().expect("day");
        let draft = FormDraft::from_handed_over(
            product,
            &raw(&[("adres-postcode", "1234 ab"), ("adres-huisnummer", "7")]),
            today,
            registrar(),
        );
        assert_eq!(draft.registrar, Some(registrar()));
        assert!(draft.completed.contains("adres"), "{draft:?}");
        assert_eq!(
            draft.first_open_step(product, today).as_deref(),
            Some("datum")
        );
        assert!(
            draft.errors.is_empty(),
            "no problem shown on an unasked step"
        );
    }

    #[test]
    fn a_wrong_handed_over_answer_stops_there_with_its_problem() {
        let product = crate::catalogue::by_slug("verhuizing").expect("product");
        let today: Date = "2027-03-01".parse().expect("day");
        let draft = FormDraft::from_handed_over(
            product,
            &raw(&[("adres-postcode", "12"), ("adres-huisnummer", "7")]),
            today,
            registrar(),
        );
        assert!(!draft.completed.contains("adres"));
        assert!(draft.errors.contains_key("adres"), "{draft:?}");
        assert_eq!(draft.value("adres-postcode"), "12", "kept as typed");
    }
}
