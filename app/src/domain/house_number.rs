//! House number (1 to 99999) and its optional addition ("toevoeging").

use super::InvalidInput;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HouseNumber(u32);

const EMPTY: &str = "house-number-empty";
const DIGITS_ONLY: &str = "house-number-digits";
const LETTER_IN_NUMBER: &str = "house-number-letter";
const RANGE: &str = "house-number-range";

impl HouseNumber {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(InvalidInput(EMPTY));
        }
        if !trimmed.chars().all(|c| c.is_ascii_digit()) {
            let digits_then_rest = trimmed.starts_with(|c: char| c.is_ascii_digit());
            return Err(InvalidInput(if digits_then_rest {
                LETTER_IN_NUMBER
            } else {
                DIGITS_ONLY
            }));
        }
        // More than 5 significant digits cannot be in range; avoid overflow on long input.
        let significant = trimmed.trim_start_matches('0');
        if significant.is_empty() || significant.len() > 5 {
            return Err(InvalidInput(RANGE));
        }
        let value: u32 = significant.parse().map_err(|_| InvalidInput(RANGE))?;
        Ok(Self(value))
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

/// An addition such as `A`, `2`, `BIS` or `3HG`: 1 to 4 letters or digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Addition(String);

const ADDITION: &str = "addition-shape";

impl Addition {
    /// An empty answer means "no addition" (`Ok(None)`).
    pub fn parse(raw: &str) -> Result<Option<Self>, InvalidInput> {
        let compact: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if compact.is_empty() {
            return Ok(None);
        }
        if compact.chars().count() > 4 || !compact.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(InvalidInput(ADDITION));
        }
        Ok(Some(Self(compact.to_ascii_uppercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn house_numbers() {
        let ok = [("1", 1), (" 12 ", 12), ("99999", 99999), ("007", 7)];
        for (raw, want) in ok {
            assert_eq!(
                HouseNumber::parse(raw).map(HouseNumber::get),
                Ok(want),
                "{raw:?}"
            );
        }
        let bad = [
            ("", EMPTY),
            ("0", RANGE),
            ("000", RANGE),
            ("100000", RANGE),
            ("99999999999999999999999", RANGE),
            ("12a", LETTER_IN_NUMBER),
            ("12 a", LETTER_IN_NUMBER),
            ("-3", DIGITS_ONLY),
            ("twaalf", DIGITS_ONLY),
            ("١٢", DIGITS_ONLY),
        ];
        for (raw, want) in bad {
            assert_eq!(HouseNumber::parse(raw), Err(InvalidInput(want)), "{raw:?}");
        }
    }

    #[test]
    fn additions() {
        let ok = [
            ("", None),
            ("  ", None),
            ("a", Some("A")),
            ("bis", Some("BIS")),
            ("2-hg", Some("2HG")),
            ("1234", Some("1234")),
        ];
        for (raw, want) in ok {
            let got = Addition::parse(raw).unwrap_or_else(|e| panic!("{raw:?}: {e}"));
            assert_eq!(got.as_ref().map(Addition::as_str), want, "{raw:?}");
        }
        for raw in ["12345", "a/b", "ä", "<b>"] {
            assert_eq!(Addition::parse(raw), Err(InvalidInput(ADDITION)), "{raw:?}");
        }
    }
}
