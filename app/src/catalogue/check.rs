//! The rules of a product file: what must be there, what may not clash with
//! another product or journey, and the form's own checker; every problem names
//! the file and the field, so a wrong file stops the server at start.

use super::*;

/// Reference prefixes of the journeys that are not product forms.
#[cfg(feature = "ssr")]
const OTHER_PREFIXES: [&str; 3] = [
    crate::domain::reference::CALLBACK_PREFIX,
    crate::domain::reference::VISIT_PREFIX,
    crate::domain::reference::REPORT_PREFIX,
];
/// Reads and checks product files; every problem names the file and the field.
pub fn parse(files: &[(&str, &str)]) -> Result<Vec<Product>, Vec<String>> {
    let mut products = Vec::new();
    let mut problems = Vec::new();
    for (file, text) in files {
        match toml::from_str::<Product>(text) {
            Ok(product) => {
                let mut wrong = |field: &str, what: &str| {
                    problems.push(format!("products/{file}: field `{field}`: {what}"));
                };
                let stem = file.trim_end_matches(".toml");
                if product.slug != stem {
                    wrong("slug", &format!("must be the file name, `{stem}`"));
                }
                if product.slug.is_empty()
                    || !product
                        .slug
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    wrong("slug", "only small letters, digits and dashes");
                }
                if !crate::i18n::file_keys(Lang::Nl).contains(&format!("topic-{}", product.topic)) {
                    wrong(
                        "topic",
                        &format!("no key `topic-{}` in the translation files", product.topic),
                    );
                }
                if product.form_ready && product.channel != Channel::Online {
                    wrong("form_ready", "only an online product has a form");
                }
                if product.form_ready && product.form.is_none() {
                    wrong("form", "a product with a form needs its questions ([form])");
                }
                if product.form.is_some() && product.channel != Channel::Online {
                    wrong("form", "only an online product has a form");
                }
                if product.form.is_some() && product.service_norm_days.is_none() {
                    wrong(
                        "service_norm_days",
                        "a product with a form needs its service norm in working days",
                    );
                }
                if product.service_norm_days == Some(0) {
                    wrong("service_norm_days", "at least 1 working day");
                }
                if product.keep_handled_days == Some(0) {
                    wrong("keep_handled_days", "at least 1 day");
                }
                if let Some(form) = &product.form {
                    for (field, what) in crate::form::check_definition(form) {
                        wrong(&field, &what);
                    }
                    if OTHER_PREFIXES.contains(&form.reference_prefix.as_str()) {
                        wrong("form.reference_prefix", "already used by another journey");
                    }
                }
                match &product.visit_product {
                    Some(visit) if crate::visit::product(visit).is_none() => wrong(
                        "visit_product",
                        &format!("`{visit}` is not a counter product"),
                    ),
                    None if product.channel == Channel::Balie => {
                        wrong("visit_product", "a counter product needs one")
                    }
                    _ => {}
                }
                if product.fee_cents.is_some_and(|c| c < 0) {
                    wrong("fee_cents", "cannot be below zero");
                }
                for (code, texts) in [("nl", &product.nl), ("en", &product.en)] {
                    for (name, value) in [
                        ("name", &texts.name),
                        ("summary", &texts.summary),
                        ("intro", &texts.intro),
                        ("duration", &texts.duration),
                    ] {
                        if value.trim().is_empty() {
                            wrong(&format!("{code}.{name}"), "is empty");
                        }
                    }
                    if !product.online_now() && texts.why.trim().is_empty() {
                        wrong(
                            &format!("{code}.why"),
                            "say why this is not (yet) a form on this site",
                        );
                    }
                    if texts.needs.is_empty() || texts.needs.iter().any(|n| n.trim().is_empty()) {
                        wrong(&format!("{code}.needs"), "list what the resident needs");
                    }
                    if texts.search.is_empty() {
                        wrong(
                            &format!("{code}.search"),
                            "give the words residents search with",
                        );
                    }
                }
                products.push(product);
            }
            Err(e) => problems.push(format!("products/{file}: {}", e.message())),
        }
    }
    let mut prefixes: Vec<&str> = products
        .iter()
        .filter_map(|p| p.form.as_ref().map(|f| f.reference_prefix.as_str()))
        .collect();
    prefixes.sort_unstable();
    for pair in prefixes.windows(2) {
        if pair[0] == pair[1] {
            problems.push(format!(
                "two products have the reference prefix {}",
                pair[0]
            ));
        }
    }
    let mut paths: Vec<String> = products.iter().map(Product::path).collect();
    paths.sort();
    for pair in paths.windows(2) {
        if pair[0] == pair[1] {
            problems.push(format!("two products have the start page {}", pair[0]));
        }
    }
    products.sort_by_key(|p| p.order);
    if problems.is_empty() {
        Ok(products)
    } else {
        Err(problems)
    }
}
