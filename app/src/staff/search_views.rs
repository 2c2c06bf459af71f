//! "Klantbeeld": the search on the staff side. What was asked (postcode with
//! house number, name, phone, e-mail, reference) parsed into terms, or the
//! problems to show; and what the results page shows. The same query string
//! opens the results directly (`/medewerker/zoeken?telefoon=0612345678`), so
//! a telephony system can open them on an incoming call.

use crate::domain::HouseNumber;
use crate::domain::person_key::PersonTerm;
use crate::journey::{FieldError, posted};

/// The inputs of the search form, in its order.
pub const FIELDS: [&str; 6] = [
    "postcode",
    "huisnummer",
    "naam",
    "telefoon",
    "email",
    "nummer",
];

/// What to search for: every term must match; or one reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchQuery {
    pub terms: Vec<PersonTerm>,
    pub reference: Option<String>,
}

impl SearchQuery {
    /// The fields used, for the access log (never the values).
    pub fn fields(&self) -> String {
        let mut fields: Vec<&str> = self.terms.iter().map(PersonTerm::field).collect();
        if self.reference.is_some() {
            fields.push("nummer");
        }
        fields.join(",")
    }
}

/// `Ok(None)` when nothing was asked (the empty form).
pub fn parse_search(pairs: &[(String, String)]) -> Result<Option<SearchQuery>, Vec<FieldError>> {
    let value = |name: &str| posted(pairs, name).unwrap_or("").trim().to_string();
    if FIELDS.iter().all(|f| posted(pairs, f).is_none()) {
        return Ok(None);
    }
    let mut errors = Vec::new();
    let mut terms = Vec::new();
    let (postcode, number) = (value("postcode"), value("huisnummer"));
    if !postcode.is_empty() || !number.is_empty() {
        match (
            crate::domain::Postcode::parse(&postcode),
            HouseNumber::parse(&number),
        ) {
            (Err(e), _) => errors.push(FieldError::single("postcode", e.0)),
            (_, Err(e)) => errors.push(FieldError::single("huisnummer", e.0)),
            (Ok(p), Ok(n)) => terms.extend(PersonTerm::address(p.as_str(), n.get())),
        }
    }
    let name = value("naam");
    if !name.is_empty() {
        match PersonTerm::name(&name) {
            Some(term) => terms.push(term),
            None => errors.push(FieldError::single("naam", "staff-search-error-name")),
        }
    }
    let phone = value("telefoon");
    if !phone.is_empty() {
        match PersonTerm::phone(&phone) {
            Some(term) => terms.push(term),
            None => errors.push(FieldError::single("telefoon", "phone-shape")),
        }
    }
    let email = value("email");
    if !email.is_empty() {
        match PersonTerm::email(&email) {
            Some(term) => terms.push(term),
            None => errors.push(FieldError::single("email", "email-shape")),
        }
    }
    let reference = value("nummer").to_ascii_uppercase();
    let reference = (!reference.is_empty()).then_some(reference);
    if reference
        .as_deref()
        .is_some_and(|r| r.len() > 20 || !r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        errors.push(FieldError::single("nummer", "staff-search-error-reference"));
    }
    if errors.is_empty() && terms.is_empty() && reference.is_none() {
        errors.push(FieldError::single("postcode", "staff-search-error-nothing"));
    }
    if errors.is_empty() {
        Ok(Some(SearchQuery { terms, reference }))
    } else {
        Err(errors)
    }
}

/// One record found.
#[derive(Clone, Debug)]
pub struct SearchRow {
    /// As the access log names it: `aanvraag`, `terugbelverzoek`, `afspraak`.
    pub kind: &'static str,
    /// The key of its kind's name ("Aanvraag", "Terugbelverzoek", "Afspraak").
    pub kind_key: &'static str,
    pub reference: String,
    pub at: jiff::Zoned,
    /// The product or topic.
    pub about: String,
    /// The key of its state's words.
    pub state_key: String,
    /// Its page, when this role may open it.
    pub link: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct SearchView {
    pub typed: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    /// A search was made (so "nothing found" can be said).
    pub searched: bool,
    /// Newest first.
    pub rows: Vec<SearchRow>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::test_form as form;

    #[test]
    fn a_query_becomes_terms_and_bad_parts_are_named() {
        assert_eq!(parse_search(&form(&[])), Ok(None));
        let query = parse_search(&form(&[("telefoon", "06-12345678")]))
            .expect("valid")
            .expect("asked");
        assert_eq!(query.terms, vec![PersonTerm::phone("0612345678").unwrap()]);
        assert_eq!(query.fields(), "telefoon");
        let both = parse_search(&form(&[
            ("postcode", "1234 ab"),
            ("huisnummer", "7"),
            ("nummer", "tb-7kq4-m2xd"),
        ]))
        .expect("valid")
        .expect("asked");
        assert_eq!(both.reference.as_deref(), Some("TB-7KQ4-M2XD"));
        assert_eq!(both.fields(), "adres,nummer");
        for (fields, field) in [
            (vec![("postcode", "1234")], "postcode"),
            (
                vec![("postcode", "1234AB"), ("huisnummer", "")],
                "huisnummer",
            ),
            (vec![("telefoon", "12")], "telefoon"),
            (vec![("email", "geen-adres")], "email"),
            (vec![("nummer", "TB-<script>")], "nummer"),
            (vec![("naam", "")], "postcode"),
        ] {
            let errors = parse_search(&form(&fields)).expect_err(field);
            assert!(
                errors.iter().any(|e| e.field == field),
                "{field}: {errors:?}"
            );
        }
    }
}
