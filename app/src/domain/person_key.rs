//! What a resident can be found by on the staff side ("klantbeeld"): a
//! postcode with house number, a phone number, an e-mail address or a whole
//! name, each in one normal form, so "06-12345678" finds "+31612345678" and
//! "1234 ab" finds "1234AB". The server keeps only a keyed hash of each term
//! beside the record, never the term itself.

use super::{Email, PhoneNumber, Postcode};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersonTerm {
    /// Postcode without space, upper case, and the house number.
    Address(String, u32),
    /// E.164.
    Phone(String),
    /// Lower case.
    Email(String),
    /// Lower case, single spaces.
    Name(String),
}

impl PersonTerm {
    /// What the server hashes.
    pub fn text(&self) -> String {
        match self {
            Self::Address(postcode, number) => format!("adres:{postcode}:{number}"),
            Self::Phone(e164) => format!("telefoon:{e164}"),
            Self::Email(email) => format!("email:{email}"),
            Self::Name(name) => format!("naam:{name}"),
        }
    }

    /// The field it came from, for the access log (never the value).
    pub fn field(&self) -> &'static str {
        match self {
            Self::Address(..) => "adres",
            Self::Phone(_) => "telefoon",
            Self::Email(_) => "email",
            Self::Name(_) => "naam",
        }
    }

    pub fn address(postcode: &str, number: u32) -> Option<Self> {
        let postcode = Postcode::parse(postcode).ok()?;
        Some(Self::Address(postcode.as_str().replace(' ', ""), number))
    }

    pub fn phone(raw: &str) -> Option<Self> {
        PhoneNumber::parse(raw)
            .ok()
            .map(|p| Self::Phone(p.e164().to_string()))
    }

    pub fn email(raw: &str) -> Option<Self> {
        Email::parse(raw)
            .ok()
            .map(|e| Self::Email(e.as_str().to_lowercase()))
    }

    pub fn name(raw: &str) -> Option<Self> {
        let name = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        (name.chars().count() >= 2 && name.chars().count() <= 200).then_some(Self::Name(name))
    }
}

#[cfg(test)]
mod tests {
    use super::PersonTerm;

    #[test]
    fn what_people_type_finds_what_was_stored() {
        assert_eq!(
            PersonTerm::phone("06-12345678"),
            PersonTerm::phone("+31 6 12345678")
        );
        assert_eq!(
            PersonTerm::phone("0612345678").map(|t| t.text()),
            Some("telefoon:+31612345678".to_string())
        );
        assert_eq!(
            PersonTerm::address("1234 ab", 7),
            PersonTerm::address("1234AB", 7)
        );
        assert_ne!(
            PersonTerm::address("1234AB", 7),
            PersonTerm::address("1234AB", 8)
        );
        assert_eq!(
            PersonTerm::email(" Jan@Voorbeeld.NL "),
            PersonTerm::email("jan@voorbeeld.nl")
        );
        assert_eq!(
            PersonTerm::name("  Jan   de Vries "),
            PersonTerm::name("jan de vries")
        );
        assert_eq!(PersonTerm::name("x"), None);
        assert_eq!(PersonTerm::phone("12"), None);
    }
}
