//! A contact ("contactmoment") as staff register it: the channel, what it was
//! about (a product, or a few words), how it ended, and the resident's answer
//! to the one satisfaction question when it was asked. The posted form
//! becomes a [`NewContact`] here, or the problems to show; nothing past this
//! boundary holds raw fields. A contact holds no personal data.

use crate::journey::{FieldError, posted};

/// The longest topic in a staff member's own words.
pub const MAX_TOPIC_CHARS: usize = 150;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Phone,
    Counter,
    Email,
    Library,
}

impl Channel {
    pub const ALL: [Self; 4] = [Self::Phone, Self::Counter, Self::Email, Self::Library];

    /// As posted and stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "telefoon",
            Self::Counter => "balie",
            Self::Email => "e-mail",
            Self::Library => "bibliotheek",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == word)
    }

    pub fn key(self) -> String {
        format!("staff-contact-channel-{}", self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactResult {
    /// Answered in this contact: what first-contact resolution counts.
    Resolved,
    PutThrough,
    CallbackRequested,
    VisitBooked,
    RequestStarted,
}

impl ContactResult {
    pub const ALL: [Self; 5] = [
        Self::Resolved,
        Self::PutThrough,
        Self::CallbackRequested,
        Self::VisitBooked,
        Self::RequestStarted,
    ];

    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Resolved => "zelf afgehandeld",
            Self::PutThrough => "doorverbonden",
            Self::CallbackRequested => "terugbelverzoek",
            Self::VisitBooked => "afspraak gemaakt",
            Self::RequestStarted => "aanvraag gestart",
        }
    }

    /// As posted, and the end of its text key.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Resolved => "zelf-afgehandeld",
            Self::PutThrough => "doorverbonden",
            Self::CallbackRequested => "terugbelverzoek",
            Self::VisitBooked => "afspraak-gemaakt",
            Self::RequestStarted => "aanvraag-gestart",
        }
    }

    pub fn parse_slug(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.slug() == word)
    }

    pub fn parse(stored: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == stored)
    }

    pub fn key(self) -> String {
        format!("staff-contact-result-{}", self.slug())
    }
}

/// A valid contact to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewContact {
    pub channel: Channel,
    /// A product's slug from the catalogue.
    pub product: Option<String>,
    pub topic: Option<String>,
    pub result: ContactResult,
    /// 1 (zeer ontevreden) to 5 (zeer tevreden), when the resident answered.
    pub satisfaction: Option<u8>,
}

/// The field names of the form.
pub const FIELDS: [&str; 5] = ["kanaal", "product", "onderwerp", "uitkomst", "tevredenheid"];

/// The posted form as a contact, or the problems to show.
pub fn parse_contact(form: &[(String, String)]) -> Result<NewContact, Vec<FieldError>> {
    let mut errors = Vec::new();
    let channel = posted(form, "kanaal").and_then(Channel::parse);
    if channel.is_none() {
        errors.push(FieldError::single("kanaal", "staff-contact-error-channel"));
    }
    let product = posted(form, "product")
        .filter(|p| crate::catalogue::by_slug(p).is_some())
        .map(String::from);
    let topic = posted(form, "onderwerp")
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if topic.chars().count() > MAX_TOPIC_CHARS {
        errors.push(FieldError::single(
            "onderwerp",
            "staff-contact-error-topic-long",
        ));
    } else if topic.is_empty() && product.is_none() {
        errors.push(FieldError::single("product", "staff-contact-error-topic"));
    }
    let result = posted(form, "uitkomst").and_then(ContactResult::parse_slug);
    if result.is_none() {
        errors.push(FieldError::single("uitkomst", "staff-contact-error-result"));
    }
    let satisfaction = match posted(form, "tevredenheid").unwrap_or("") {
        "" | "niet-gevraagd" => Ok(None),
        n => n
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=5).contains(n))
            .map(Some)
            .ok_or(()),
    };
    if satisfaction.is_err() {
        errors.push(FieldError::single(
            "tevredenheid",
            "staff-contact-error-satisfaction",
        ));
    }
    match (channel, result, satisfaction) {
        (Some(channel), Some(result), Ok(satisfaction)) if errors.is_empty() => Ok(NewContact {
            channel,
            product,
            topic: (!topic.is_empty()).then_some(topic),
            result,
            satisfaction,
        }),
        _ => Err(errors),
    }
}

/// One contact in the list of today's.
#[derive(Clone, Debug)]
pub struct ContactRow {
    pub at: jiff::Zoned,
    pub channel: Channel,
    pub about: String,
    pub result: ContactResult,
}

/// The registration page: the form (as typed after a problem), and what this
/// staff member registered today.
#[derive(Clone, Debug, Default)]
pub struct ContactView {
    pub nonce: String,
    pub typed: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    /// The channel to preselect (the staff member's usual one).
    pub usual_channel: Option<&'static str>,
    pub saved: bool,
    pub today: Vec<ContactRow>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::test_form as form;

    #[test]
    fn a_complete_form_becomes_a_contact() {
        let contact = parse_contact(&form(&[
            ("kanaal", "telefoon"),
            ("product", "verhuizing"),
            ("onderwerp", "  adres  wijzigen "),
            ("uitkomst", "zelf-afgehandeld"),
            ("tevredenheid", "4"),
        ]))
        .expect("valid");
        assert_eq!(contact.channel, Channel::Phone);
        assert_eq!(contact.product.as_deref(), Some("verhuizing"));
        assert_eq!(contact.topic.as_deref(), Some("adres wijzigen"));
        assert_eq!(contact.result, ContactResult::Resolved);
        assert_eq!(contact.satisfaction, Some(4));
    }

    #[test]
    fn each_wrong_answer_names_its_field() {
        let cases: [(&[(&str, &str)], &str); 6] = [
            (&[("kanaal", "fax")], "kanaal"),
            (&[("uitkomst", "weet niet")], "uitkomst"),
            (&[("product", "bestaat-niet"), ("onderwerp", "")], "product"),
            (&[("tevredenheid", "6")], "tevredenheid"),
            (&[("tevredenheid", "0")], "tevredenheid"),
            (&[("onderwerp", &"x".repeat(151))], "onderwerp"),
        ];
        for (change, field) in cases {
            let mut fields = vec![
                ("kanaal", "balie"),
                ("product", ""),
                ("onderwerp", "Vraag over afval"),
                ("uitkomst", "doorverbonden"),
                ("tevredenheid", "niet-gevraagd"),
            ];
            for (k, v) in change {
                fields.retain(|(name, _)| name != k);
                fields.push((k, v));
            }
            let errors = parse_contact(&form(&fields)).expect_err(field);
            assert!(
                errors.iter().any(|e| e.field == field),
                "{field}: {errors:?}"
            );
        }
        let fine = parse_contact(&form(&[
            ("kanaal", "bibliotheek"),
            ("onderwerp", "Hulp bij DigiD"),
            ("uitkomst", "doorverbonden"),
        ]))
        .expect("satisfaction and product are optional");
        assert_eq!(fine.satisfaction, None);
    }
}
