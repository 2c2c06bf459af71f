//! An email address, checked by the `email_address` crate (RFC 5321/5322).

use std::str::FromStr;

use super::InvalidInput;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

const SHAPE: &str = "email-shape";

impl Email {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let trimmed = raw.trim();
        let parsed =
            email_address::EmailAddress::from_str(trimmed).map_err(|_| InvalidInput(SHAPE))?;
        // RFC 5321 allows `name@localhost`; a resident's address always has a domain with a dot.
        let domain = parsed.domain();
        if !domain.contains('.')
            || domain.starts_with('[')
            || domain.ends_with('.')
            || trimmed.len() > 254
        {
            return Err(InvalidInput(SHAPE));
        }
        Ok(Self(parsed.as_str().to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        for ok in [
            "naam@voorbeeld.nl",
            " j.de.vries+loket@gemeente.example.nl ",
            "o'brien@mail.ie",
        ] {
            assert!(Email::parse(ok).is_ok(), "{ok:?}");
        }
        for bad in [
            "",
            "naam",
            "naam@",
            "@voorbeeld.nl",
            "naam@localhost",
            "naam@voorbeeld.",
            "naam voorbeeld@nl.nl",
            "naam@@voorbeeld.nl",
        ] {
            assert_eq!(Email::parse(bad), Err(InvalidInput(SHAPE)), "{bad:?}");
        }
    }
}
