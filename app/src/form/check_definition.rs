//! The checker of a product file's form: every problem names the step and the
//! field, so a wrong product file stops the server at start, not on a page.

use std::collections::{BTreeMap, BTreeSet};

use crate::form::*;

/// Checks a form definition; each problem is `(field path, what is wrong)`.
pub fn check_definition(form: &FormDef) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let mut wrong = |field: String, what: &str| problems.push((field, what.to_string()));
    let prefix = &form.reference_prefix;
    if prefix.len() != 2 || !prefix.bytes().all(|b| b.is_ascii_uppercase()) {
        wrong(
            "form.reference_prefix".into(),
            "two capital letters, like UB",
        );
    }
    if form.next.nl.trim().is_empty() || form.next.en.trim().is_empty() {
        wrong(
            "form.next".into(),
            "say what happens after sending, in both languages",
        );
    }
    if form.steps.is_empty() {
        wrong("form.steps".into(), "a form needs at least one step");
    }
    let slug_ok = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let mut step_slugs = BTreeSet::new();
    let mut inputs = BTreeSet::new();
    // Fields of earlier steps: a condition may only look back.
    let mut earlier: BTreeMap<&str, &FieldDef> = BTreeMap::new();
    let mut pickups = 0;
    for (i, step) in form.steps.iter().enumerate() {
        let at = format!("form.steps[{i}]");
        if !slug_ok(&step.slug) {
            wrong(
                format!("{at}.slug"),
                "only small letters, digits and dashes",
            );
        }
        if RESERVED.contains(&step.slug.as_str()) {
            wrong(
                format!("{at}.slug"),
                "this address is used by the form's own pages",
            );
        }
        if !step_slugs.insert(step.slug.as_str()) {
            wrong(format!("{at}.slug"), "two steps have this slug");
        }
        check_text(&mut wrong, &format!("{at}.title"), Some(&step.title));
        if let Some(intro) = &step.intro {
            check_text(&mut wrong, &format!("{at}.intro"), Some(intro));
        }
        if step.fields.is_empty() {
            wrong(format!("{at}.fields"), "a step asks at least one question");
        }
        check_condition(
            &mut wrong,
            &format!("{at}.show_if"),
            &step.show_if,
            &earlier,
        );
        for (j, field) in step.fields.iter().enumerate() {
            let at = format!("{at}.fields[{j}]");
            if !slug_ok(&field.id) {
                wrong(format!("{at}.id"), "only small letters, digits and dashes");
            }
            for name in field.inputs() {
                if !inputs.insert(name.clone()) {
                    wrong(
                        format!("{at}.id"),
                        &format!("the input name `{name}` is used twice"),
                    );
                }
            }
            check_text(&mut wrong, &format!("{at}.label"), Some(&field.label));
            if let Some(short) = &field.short {
                check_text(&mut wrong, &format!("{at}.short"), Some(short));
            }
            if let Some(hint) = &field.hint {
                check_text(&mut wrong, &format!("{at}.hint"), Some(hint));
            }
            if field.optional && field.kind == Kind::Consent {
                wrong(
                    format!("{at}.optional"),
                    "consent is asked because it is needed",
                );
            }
            match (&field.empty, field.optional) {
                (None, false) => wrong(
                    format!("{at}.empty"),
                    "a required question says what to do when it is left empty",
                ),
                (Some(text), _) => check_text(&mut wrong, &format!("{at}.empty"), Some(text)),
                _ => {}
            }
            let has_options = matches!(field.kind, Kind::Radios | Kind::Checkboxes | Kind::Select);
            if has_options && field.options.len() < 2 {
                wrong(format!("{at}.options"), "give at least two options");
            }
            if !has_options && !field.options.is_empty() {
                wrong(
                    format!("{at}.options"),
                    "only radios, checkboxes and a select have options",
                );
            }
            if field.kind == Kind::Select && field.options.len() < 8 {
                wrong(
                    format!("{at}.kind"),
                    "a select is only for long lists (8 options or more); use radios",
                );
            }
            let mut values = BTreeSet::new();
            for (k, option) in field.options.iter().enumerate() {
                if !slug_ok(&option.value) || !values.insert(option.value.as_str()) {
                    wrong(
                        format!("{at}.options[{k}].value"),
                        "small letters, digits and dashes, once each",
                    );
                }
                if option.nl.trim().is_empty() || option.en.trim().is_empty() {
                    wrong(
                        format!("{at}.options[{k}]"),
                        "give the option in both languages",
                    );
                }
            }
            if field.max_chars.is_some() && !matches!(field.kind, Kind::Text | Kind::LongText) {
                wrong(format!("{at}.max_chars"), "only for text");
            }
            if field.max_chars.is_some_and(|m| m == 0 || m > MAX_RAW_CHARS) {
                wrong(
                    format!("{at}.max_chars"),
                    &format!("between 1 and {MAX_RAW_CHARS}"),
                );
            }
            if (field.min.is_some() || field.max.is_some())
                && !matches!(field.kind, Kind::Number | Kind::Amount)
            {
                wrong(format!("{at}.min"), "only for numbers and amounts");
            }
            if let (Some(min), Some(max)) = (field.min, field.max)
                && min > max
            {
                wrong(format!("{at}.min"), "is above max");
            }
            if field.min.is_some_and(|m| m < 0) {
                wrong(format!("{at}.min"), "cannot be below zero");
            }
            if field.max_rows.is_some() && field.kind != Kind::People {
                wrong(format!("{at}.max_rows"), "only for people");
            }
            if field
                .max_rows
                .is_some_and(|m| m == 0 || m > MAX_PEOPLE_ROWS)
            {
                wrong(
                    format!("{at}.max_rows"),
                    &format!("between 1 and {MAX_PEOPLE_ROWS}"),
                );
            }
            for (name, text, limit) in [
                ("too_early", &field.too_early, field.earliest_days),
                ("too_late", &field.too_late, field.latest_days),
            ] {
                if let Some(text) = text {
                    check_text(&mut wrong, &format!("{at}.{name}"), Some(text));
                    if field.kind != Kind::Date || limit.is_none() {
                        wrong(
                            format!("{at}.{name}"),
                            "only for a date with that limit (earliest_days, latest_days)",
                        );
                    }
                }
            }
            if field.unit.is_some() && field.kind != Kind::Number {
                wrong(format!("{at}.unit"), "only for numbers");
            }
            if (field.earliest_days.is_some() || field.latest_days.is_some())
                && !matches!(field.kind, Kind::Date | Kind::PickupDay)
            {
                wrong(format!("{at}.earliest_days"), "only for dates");
            }
            match (field.kind, field.per_day) {
                (Kind::PickupDay, None) => wrong(
                    format!("{at}.per_day"),
                    "say how many pickups one day takes",
                ),
                (Kind::PickupDay, Some(n)) if n < 1 => wrong(format!("{at}.per_day"), "at least 1"),
                (Kind::PickupDay, _) => {
                    pickups += 1;
                    if field.earliest_days.unwrap_or(1) < 1 {
                        wrong(
                            format!("{at}.earliest_days"),
                            "a pickup is planned from tomorrow",
                        );
                    }
                    if field.optional {
                        wrong(format!("{at}.optional"), "a pickup needs its day");
                    }
                }
                (_, Some(_)) => wrong(format!("{at}.per_day"), "only for pickup days"),
                (_, None) => {}
            }
            if let (Some(a), Some(b)) = (field.earliest_days, field.latest_days)
                && a > b
            {
                wrong(format!("{at}.earliest_days"), "is after latest_days");
            }
            if let Some(token) = &field.autocomplete
                && (!AUTOCOMPLETE.contains(&token.as_str()) || !matches!(field.kind, Kind::Text))
            {
                wrong(
                    format!("{at}.autocomplete"),
                    &format!("only for text, one of {}", AUTOCOMPLETE.join(", ")),
                );
            }
            check_condition(
                &mut wrong,
                &format!("{at}.show_if"),
                &field.show_if,
                &earlier,
            );
        }
        for field in &step.fields {
            earlier.insert(&field.id, field);
        }
    }
    if pickups > 1 {
        problems.push((
            "form.steps".into(),
            "at most one pickup day in a form".into(),
        ));
    }
    problems
}

pub(crate) fn check_text(wrong: &mut impl FnMut(String, &str), at: &str, text: Option<&Text>) {
    if let Some(text) = text
        && (text.nl.trim().is_empty() || text.en.trim().is_empty())
    {
        wrong(at.to_string(), "give it in both languages");
    }
}

pub(crate) fn check_condition(
    wrong: &mut impl FnMut(String, &str),
    at: &str,
    condition: &Option<Condition>,
    earlier: &BTreeMap<&str, &FieldDef>,
) {
    let Some(condition) = condition else {
        return;
    };
    let Some(field) = earlier.get(condition.field.as_str()) else {
        wrong(
            format!("{at}.field"),
            &format!("`{}` is not a question of an earlier step", condition.field),
        );
        return;
    };
    if !field.kind.is_choice() {
        wrong(
            format!("{at}.field"),
            "only a choice (yes/no, radios, checkboxes, select) can decide",
        );
        return;
    }
    if condition.is.is_empty() {
        wrong(format!("{at}.is"), "give the values that make it apply");
    }
    for value in &condition.is {
        let known = if field.kind == Kind::YesNo {
            value == "ja" || value == "nee"
        } else {
            field.options.iter().any(|o| o.value == *value)
        };
        if !known {
            wrong(
                format!("{at}.is"),
                &format!("`{value}` is not an option of `{}`", field.id),
            );
        }
    }
}
