//! A booked visit as its secret link shows it.

use jiff::civil::Date;

use crate::i18n::{Lang, t_in};

use super::*;

impl VisitView {
    /// "Rijbewijs verlengen, Paspoort of ID-kaart aanvragen".
    pub fn product_names(&self, lang: Lang) -> String {
        self.products
            .iter()
            .map(|p| p.name_in(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What to bring for all products of the visit (each thing once).
    pub fn bring(&self, lang: Lang) -> Vec<String> {
        let mut keys: Vec<&str> = Vec::new();
        for key in self.products.iter().flat_map(|p| p.bring.iter().copied()) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        keys.into_iter().map(|k| t_in(lang, k)).collect()
    }

    /// The list of what to bring as plain text lines ("- ...").
    pub fn bring_text(&self, lang: Lang) -> String {
        self.bring(lang)
            .iter()
            .map(|b| format!("- {b}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A booked visit as its secret link shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitView {
    pub reference: String,
    pub token: String,
    pub products: Vec<&'static VisitProduct>,
    pub location: &'static Location,
    pub day: Date,
    pub start: u16,
    pub end: u16,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub cancelled: bool,
    /// The secret token of the visit that replaced this one.
    pub moved_to: Option<String>,
    /// The satisfaction question for this visit (its page only).
    pub survey_path: Option<String>,
}
