//! The accessibility statement's report form: a problem with the site,
//! stored as a request for the staff side.

use serde::{Deserialize, Serialize};

use crate::domain::Email;
use crate::journey::{FieldError, field, optional_email};

pub const PATH: &str = "/toegankelijkheid";
pub use crate::domain::reference::REPORT_PREFIX as REFERENCE_PREFIX;
pub const MAX_DESCRIPTION_CHARS: usize = 1000;

/// The form as typed, kept on the server through an error round trip.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportDraft {
    pub description: String,
    pub page: String,
    pub email: String,
    pub errors: Vec<FieldError>,
}

/// A valid report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub description: String,
    pub page: Option<String>,
    pub email: Option<Email>,
}

impl ReportDraft {
    pub fn apply(&mut self, form: &[(String, String)]) -> Option<Report> {
        self.description = form
            .iter()
            .find(|(k, _)| k == "probleem")
            .map(|(_, v)| v.chars().take(MAX_DESCRIPTION_CHARS + 100).collect())
            .unwrap_or_default();
        self.page = field(form, "pagina");
        self.email = field(form, "email");
        let mut errors = Vec::new();
        let description = self.description.trim();
        if description.is_empty() {
            errors.push(FieldError::single("probleem", "a11y-error-empty"));
        } else if description.chars().count() > MAX_DESCRIPTION_CHARS {
            errors.push(FieldError::single("probleem", "a11y-error-long"));
        }
        let email = optional_email(&self.email, &mut errors);
        self.errors = errors;
        if !self.errors.is_empty() {
            return None;
        }
        let page = self.page.trim();
        Some(Report {
            description: description.to_string(),
            page: (!page.is_empty()).then(|| page.to_string()),
            email,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::test_form as form;

    #[test]
    fn a_report_needs_a_description_and_checks_an_optional_address() {
        let mut draft = ReportDraft::default();
        assert!(draft.apply(&form(&[("email", "x@")])).is_none());
        let fields: Vec<&str> = draft.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["probleem", "email"]);
        assert_eq!(draft.email, "x@", "kept as typed");
        let report = draft
            .apply(&form(&[
                ("probleem", " De knop is niet te zien. "),
                ("pagina", "/afspraak/tijd"),
            ]))
            .expect("valid");
        assert_eq!(report.description, "De knop is niet te zien.");
        assert_eq!(report.page.as_deref(), Some("/afspraak/tijd"));
        assert!(
            draft
                .apply(&form(&[("probleem", &"x".repeat(1001))]))
                .is_none()
        );
    }
}
