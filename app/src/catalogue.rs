//! The product catalogue: one TOML file per product in `app/products/`, with
//! its texts in Dutch and English, its channel, fee, what you need and the
//! words residents use to find it. The files are embedded at build time
//! (`build.rs`), checked when the server starts (a mistake names the file, the
//! field and what is wrong, and the server refuses to start) and by a test.

use serde::Deserialize;

use crate::i18n::Lang;

/// How a product is arranged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// A form on this site.
    Online,
    /// Only at the counter (by law, or because the clerk must see you).
    Balie,
    /// Too personal or complex for a form: a callback or a visit.
    Persoonlijk,
}

/// The texts of a product in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    /// "Paspoort of ID-kaart".
    pub name: String,
    /// One sentence for the home page and the search results.
    pub summary: String,
    /// The start page's opening.
    pub intro: String,
    /// Why it is arranged this way (counter, personal, not online yet).
    #[serde(default)]
    pub why: String,
    /// What you need.
    pub needs: Vec<String>,
    /// How long it takes ("Het maken duurt ongeveer 5 werkdagen.").
    pub duration: String,
    /// Words residents search with ("id kaart", "identiteitskaart").
    pub search: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// The file name without `.toml`; also the last part of the start page address.
    pub slug: String,
    /// A key `topic-{topic}` in the translation files: the home page groups by it.
    pub topic: String,
    /// The order on the home page and in search results with the same score.
    pub order: u32,
    pub channel: Channel,
    /// Online products whose form is built; until then the start page leads to a person.
    #[serde(default)]
    pub form_ready: bool,
    /// The product to tick when booking a counter visit for it.
    #[serde(default)]
    pub visit_product: Option<String>,
    /// Demo fee in cents; none when it is free.
    #[serde(default)]
    pub fee_cents: Option<i64>,
    pub nl: Texts,
    pub en: Texts,
    /// The questions, when the form engine asks them (see `crate::form`).
    #[serde(default)]
    pub form: Option<crate::form::FormDef>,
    /// Days the answers and photos of a handled request are kept, when this
    /// product needs another period than `LOKET_KEEP_HANDLED_DAYS` (see `crate::retention`).
    #[serde(default)]
    pub keep_handled_days: Option<u32>,
}

pub use crate::form::BASE;

impl crate::form::FormOwner for Product {
    fn slug(&self) -> &str {
        &self.slug
    }
    fn form_def(&self) -> Option<&crate::form::FormDef> {
        self.form.as_ref()
    }
}
/// Reference prefixes of the journeys that are not product forms.
#[cfg(feature = "ssr")]
const OTHER_PREFIXES: [&str; 3] = [
    crate::domain::reference::CALLBACK_PREFIX,
    crate::domain::reference::VISIT_PREFIX,
    crate::domain::reference::REPORT_PREFIX,
];
pub const SEARCH_PATH: &str = "/zoeken";
/// Longest search we look at.
pub const MAX_QUERY_CHARS: usize = 100;

impl Product {
    pub fn texts(&self, lang: Lang) -> &Texts {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// The start page of the product.
    pub fn path(&self) -> String {
        format!("{BASE}/{}", self.slug)
    }

    /// Can the resident arrange it on this site now?
    pub fn online_now(&self) -> bool {
        self.channel == Channel::Online && self.form_ready
    }
}

#[cfg(feature = "ssr")]
mod files {
    include!(concat!(env!("OUT_DIR"), "/products.rs"));
}

/// Reads and checks product files; every problem names the file and the field.
#[cfg(feature = "ssr")]
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

#[cfg(feature = "ssr")]
static CATALOGUE: std::sync::LazyLock<Result<Vec<Product>, Vec<String>>> =
    std::sync::LazyLock::new(|| parse(files::FILES));

/// Checks the embedded product files; the server calls this at start.
#[cfg(feature = "ssr")]
pub fn check() -> Result<usize, String> {
    match &*CATALOGUE {
        Ok(products) => Ok(products.len()),
        Err(problems) => Err(problems.join("\n")),
    }
}

/// Every product, in the order of the home page (none if the files are wrong:
/// the server does not start then).
pub fn all() -> &'static [Product] {
    #[cfg(feature = "ssr")]
    {
        CATALOGUE.as_ref().map(Vec::as_slice).unwrap_or(&[])
    }
    #[cfg(not(feature = "ssr"))]
    {
        &[]
    }
}

pub fn by_slug(slug: &str) -> Option<&'static Product> {
    all().iter().find(|p| p.slug == slug)
}

/// The product whose pages this path belongs to (`/producten/x`, `/producten/x/datum`).
pub fn for_path(path: &str) -> Option<&'static Product> {
    all().iter().find(|p| {
        let start = p.path();
        path == start || path.starts_with(&format!("{start}/"))
    })
}

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

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_product_files_are_valid() {
        let count = check().unwrap_or_else(|e| panic!("product files:\n{e}"));
        assert!(count >= 9, "the whole catalogue: {count}");
    }

    #[test]
    fn a_mistake_names_the_file_the_field_and_what_is_wrong() {
        let good = files::FILES
            .iter()
            .find(|(f, _)| *f == "paspoort-id-kaart.toml")
            .expect("passport file")
            .1;
        let cases = [
            (
                good.replace("channel = \"balie\"", "channel = \"fax\""),
                "unknown variant `fax`",
            ),
            (
                good.replace("topic = \"documenten\"", "topic = \"ruimtevaart\""),
                "field `topic`: no key `topic-ruimtevaart`",
            ),
            (
                good.replace(
                    "visit_product = \"paspoort-id-kaart\"",
                    "visit_product = \"taart\"",
                ),
                "field `visit_product`: `taart` is not a counter product",
            ),
            (
                good.replace("slug = \"paspoort-id-kaart\"", "slug = \"paspoort\""),
                "field `slug`: must be the file name",
            ),
            (
                good.replacen("name = \"Paspoort of ID-kaart\"", "name = \"\"", 1),
                "field `nl.name`: is empty",
            ),
            (
                good.replacen("\nsearch = [", "\nzoekwoorden = [", 1),
                "unknown field `zoekwoorden`",
            ),
        ];
        for (text, want) in cases {
            let problems = parse(&[("paspoort-id-kaart.toml", &text)]).expect_err(want);
            assert!(
                problems.iter().any(|p| p.starts_with("products/paspoort-id-kaart.toml: ") && p.contains(want)),
                "{want}: {problems:?}"
            );
        }
        let twice = parse(&[
            ("paspoort-id-kaart.toml", good),
            ("paspoort-id-kaart.toml", good),
        ]);
        assert!(
            twice
                .expect_err("same page twice")
                .iter()
                .any(|p| p.contains("two products have the start page"))
        );
    }

    fn found(query: &str) -> Vec<&'static str> {
        search(query).iter().map(|p| p.slug.as_str()).collect()
    }

    #[test]
    fn search_knows_the_words_residents_use() {
        let cases = [
            ("id kaart", "paspoort-id-kaart"),
            ("ID-kaart", "paspoort-id-kaart"),
            ("identiteitskaart", "paspoort-id-kaart"),
            ("adreswijziging", "verhuizing"),
            ("verhuizen", "verhuizing"),
            ("lantaarnpaal kapot", "melding-openbare-ruimte"),
            ("vuilnis", "grofvuil"),
            ("bank ophalen", "grofvuil"),
            ("parkeren", "parkeervergunning"),
            ("rijbewijs verlopen", "rijbewijs"),
            ("passport", "paspoort-id-kaart"),
            ("moving house", "verhuizing"),
        ];
        for (query, first) in cases {
            let results = found(query);
            assert_eq!(
                results.first().copied(),
                Some(first),
                "{query}: {results:?}"
            );
        }
        assert!(found("ruimteschip").is_empty());
        assert!(
            found("de het een").is_empty(),
            "stop words alone find nothing"
        );
        assert!(found(&"x".repeat(10_000)).is_empty());
    }
}
