//! Plain language (B1), checked over all Dutch content a resident can read: the
//! translation file and every product file. A sentence has at most 20 words;
//! a page (a section of the translation file, or one product) averages at most
//! 14. The counting is the one the accessibility gate uses on rendered pages
//! (`end2end/a11y/dom.js`).

pub const MAX_SENTENCE_WORDS: usize = 20;
pub const MAX_AVERAGE_WORDS: f64 = 14.0;

/// A text split into sentences: a full stop, question or exclamation mark ends
/// one when white space and a capital, a digit or a quote follow ("8.30 uur"
/// and "1.250" stay whole).
pub fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let ends = matches!(c, '.' | '!' | '?')
            && chars.get(i + 1) == Some(&' ')
            && chars
                .get(i + 2)
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || "'‘“\"".contains(*n));
        if ends {
            out.push(current.trim().to_string());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

/// Words with at least one letter or digit ("–" and "€" alone are not words).
pub fn words(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The problems of one page's texts, each naming the page and the sentence.
pub fn check_page(page: &str, texts: &[String]) -> Vec<String> {
    let all: Vec<String> = texts.iter().flat_map(|t| sentences(t)).collect();
    let mut problems: Vec<String> = all
        .iter()
        .filter(|s| words(s) > MAX_SENTENCE_WORDS)
        .map(|s| {
            format!(
                "{page}: sentence of {} words (at most {MAX_SENTENCE_WORDS}): \"{s}\"",
                words(s)
            )
        })
        .collect();
    let total: usize = all.iter().map(|s| words(s)).sum();
    if !all.is_empty() {
        let average = total as f64 / all.len() as f64;
        if average > MAX_AVERAGE_WORDS {
            problems.push(format!(
                "{page}: sentences average {average:.1} words (at most {MAX_AVERAGE_WORDS})"
            ));
        }
    }
    problems
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::catalogue::Product;
    use crate::i18n::{Lang, file_text};

    #[test]
    fn splits_like_the_gate() {
        assert_eq!(
            sentences("Kom om 8.30 uur. Het kost € 1.250,50! Neem   uw pas mee? ja"),
            [
                "Kom om 8.30 uur.",
                "Het kost € 1.250,50!",
                "Neem uw pas mee? ja"
            ]
        );
        assert_eq!(words("Het kost € 12 – of niet."), 5);
        let long = "een ".repeat(21);
        let problems = check_page("test", &[long]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("sentence of 21 words"));
        assert!(check_page("test", &["Kort. Ook kort.".into()]).is_empty());
    }

    /// The Dutch texts of the translation file, per section (`## Name`).
    fn translation_pages() -> Vec<(String, Vec<String>)> {
        let mut pages: Vec<(String, Vec<String>)> = vec![("main.ftl".into(), Vec::new())];
        for line in file_text(Lang::Nl).lines() {
            let trimmed = line.trim();
            if let Some(section) = trimmed.strip_prefix("## ") {
                pages.push((format!("nl/main.ftl, {section}"), Vec::new()));
                continue;
            }
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed == "}" {
                continue;
            }
            // "key = text", or a variant of a selector: "[one] text", "*[other] text".
            let text = if line.starts_with(char::is_whitespace) {
                trimmed.split_once(']').map(|(_, t)| t).unwrap_or(trimmed)
            } else {
                trimmed.split_once('=').map(|(_, t)| t).unwrap_or("")
            };
            let text = text.trim();
            if !text.is_empty()
                && !text.ends_with("->")
                && let Some((_, texts)) = pages.last_mut()
            {
                texts.push(text.to_string());
            }
        }
        pages
    }

    /// The Dutch texts of one product file, from its start page to its last question.
    fn product_texts(product: &Product) -> Vec<String> {
        let nl = &product.nl;
        let mut texts = vec![
            nl.name.clone(),
            nl.summary.clone(),
            nl.intro.clone(),
            nl.why.clone(),
            nl.duration.clone(),
        ];
        texts.extend(nl.needs.iter().cloned());
        if let Some(form) = &product.form {
            texts.push(form.next.nl.clone());
            for step in &form.steps {
                texts.push(step.title.nl.clone());
                texts.extend(step.intro.iter().map(|i| i.nl.clone()));
                for field in &step.fields {
                    texts.push(field.label.nl.clone());
                    for text in [&field.short, &field.hint, &field.empty, &field.unit]
                        .into_iter()
                        .flatten()
                    {
                        texts.push(text.nl.clone());
                    }
                    texts.extend(field.options.iter().map(|o| o.nl.clone()));
                }
            }
        }
        texts.retain(|t| !t.trim().is_empty());
        texts
    }

    #[test]
    fn all_dutch_content_is_plain_language() {
        let mut problems = Vec::new();
        for (page, texts) in translation_pages() {
            problems.extend(check_page(&page, &texts));
        }
        let products = crate::catalogue::all();
        assert!(products.len() >= 9, "the product files were read");
        for product in products {
            problems.extend(check_page(
                &format!("products/{}.toml", product.slug),
                &product_texts(product),
            ));
        }
        assert!(problems.is_empty(), "not B1:\n{}", problems.join("\n"));
    }
}
