//! The search: residents' own words ("verhuizen", "paspoort kwijt") matched
//! against each product's texts and search words, in lower case, with signs
//! as spaces and without stop words.

use super::*;

/// Lower case, with dashes and signs as spaces: "ID-kaart!" becomes "id kaart".
fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that say nothing about what the resident looks for.
const STOP_WORDS: [&str; 24] = [
    "de", "het", "een", "ik", "wil", "mijn", "van", "voor", "aan", "en", "is", "in", "op", "hoe",
    "the", "a", "an", "i", "want", "my", "to", "of", "for", "how",
];

/// Products for what a resident typed, best first. Matches the words residents
/// use (in both languages), whole phrases first, then single words.
pub fn search(query: &str) -> Vec<&'static Product> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let query = normalise(&query);
    let words: Vec<&str> = query
        .split(' ')
        .filter(|w| w.chars().count() >= 2 && !STOP_WORDS.contains(w))
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let padded = format!(" {query} ");
    let mut scored: Vec<(u32, &'static Product)> = all()
        .iter()
        .filter_map(|product| {
            let mut score = 0;
            let mut haystack = Vec::new();
            for texts in [&product.nl, &product.en] {
                for phrase in &texts.search {
                    let phrase = normalise(phrase);
                    if !phrase.is_empty() && padded.contains(&format!(" {phrase} ")) {
                        score += 3 * u32::try_from(phrase.split(' ').count()).unwrap_or(1);
                    }
                    haystack.push(phrase);
                }
                haystack.push(normalise(&texts.name));
            }
            let haystack_words: Vec<&str> = haystack.iter().flat_map(|h| h.split(' ')).collect();
            for word in &words {
                // A word of 4 letters or more also finds longer words that start with it.
                if haystack_words
                    .iter()
                    .any(|h| h == word || (word.chars().count() >= 4 && h.starts_with(word)))
                {
                    score += 1;
                }
            }
            (score > 0).then_some((score, product))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.order.cmp(&b.1.order)));
    scored.into_iter().map(|(_, p)| p).collect()
}
