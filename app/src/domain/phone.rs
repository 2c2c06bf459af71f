//! A Dutch phone number (mobile or landline), checked against the numbering
//! plan by the `phonenumber` crate (a port of Google's libphonenumber).

use phonenumber::{Mode, country};

use super::InvalidInput;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber(String);

const SHAPE: &str = "phone-shape";

impl PhoneNumber {
    /// Accepts `0612345678`, `06-12345678`, `+31 6 1234 5678`, `0031612345678`,
    /// `020-1234567`, `(010) 123 45 67`.
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.len() > 30 {
            return Err(InvalidInput(SHAPE));
        }
        let allowed =
            |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '+' | '.');
        if !trimmed.chars().all(allowed) {
            return Err(InvalidInput(SHAPE));
        }
        let number =
            phonenumber::parse(Some(country::Id::NL), trimmed).map_err(|_| InvalidInput(SHAPE))?;
        let dutch = number.country().id() == Some(country::Id::NL);
        if !dutch || !phonenumber::is_valid(&number) {
            return Err(InvalidInput(SHAPE));
        }
        Ok(Self(number.format().mode(Mode::E164).to_string()))
    }

    /// `+31612345678`.
    pub fn e164(&self) -> &str {
        &self.0
    }

    /// The notation people in the Netherlands read: `06 12345678`, `020 123 4567`.
    pub fn national(&self) -> String {
        phonenumber::parse(Some(country::Id::NL), &self.0)
            .map(|n| n.format().mode(Mode::National).to_string())
            .unwrap_or_else(|_| self.0.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_notations() {
        let cases = [
            ("0612345678", "+31612345678"),
            ("06-12345678", "+31612345678"),
            ("06 1234 5678", "+31612345678"),
            ("+31 6 12345678", "+31612345678"),
            ("+31612345678", "+31612345678"),
            ("0031612345678", "+31612345678"),
            ("020-1234567", "+31201234567"),
            ("020 123 4567", "+31201234567"),
            ("(010) 123 45 67", "+31101234567"),
            ("0591-123456", "+31591123456"),
        ];
        for (raw, want) in cases {
            let got = PhoneNumber::parse(raw).unwrap_or_else(|e| panic!("{raw:?}: {e}"));
            assert_eq!(got.e164(), want, "{raw:?}");
        }
    }

    #[test]
    fn refused_numbers() {
        for bad in [
            "",
            "06",
            "061234567",
            "06123456789",
            "12345",
            "+44 20 7946 0958",
            "06-1234567a",
            "tel: 0612345678",
            "0000000000",
        ] {
            assert_eq!(PhoneNumber::parse(bad), Err(InvalidInput(SHAPE)), "{bad:?}");
        }
    }

    #[test]
    fn national_notation() {
        let n = PhoneNumber::parse("+31612345678").expect("valid");
        assert!(n.national().starts_with("06"), "{}", n.national());
    }
}
