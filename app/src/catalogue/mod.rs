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
    /// The service norm: within how many working days (weekends and public
    /// holidays skipped) a request is handled. Every product with a form has one.
    #[serde(default)]
    pub service_norm_days: Option<u32>,
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

#[cfg(feature = "ssr")]
mod check;
mod search;
#[cfg(all(test, feature = "ssr"))]
mod tests;

#[cfg(feature = "ssr")]
pub use check::parse;
pub use search::search;
