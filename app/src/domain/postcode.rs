//! Dutch postcode: four digits (no leading zero) and two letters.

use super::{InvalidInput, squash_spaces};

/// A Dutch postcode, stored as `1234 AB`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Postcode(String);

const EMPTY: &str = "postcode-empty";
const SHAPE: &str = "postcode-shape";
const UNUSED: &str = "postcode-unused";

impl Postcode {
    /// Accepts what people type: spaces, lower case, a dash between the parts.
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let squashed = squash_spaces(raw);
        if squashed.is_empty() {
            return Err(InvalidInput(EMPTY));
        }
        let compact: String = squashed
            .chars()
            .filter(|c| *c != ' ' && *c != '-')
            .collect::<String>()
            .to_ascii_uppercase();
        let bytes = compact.as_bytes();
        let shape_ok = bytes.len() == 6
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && bytes[4..].iter().all(u8::is_ascii_uppercase);
        if !shape_ok {
            return Err(InvalidInput(SHAPE));
        }
        // PostNL never issues a leading zero, nor the letter pairs SA, SD and SS.
        if bytes[0] == b'0' || matches!(&compact[4..], "SA" | "SD" | "SS") {
            return Err(InvalidInput(UNUSED));
        }
        Ok(Self(format!("{} {}", &compact[..4], &compact[4..])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_notations_people_type() {
        let cases = [
            ("1234ab", "1234 AB"),
            (" 1234 AB ", "1234 AB"),
            ("1234-ab", "1234 AB"),
            ("1234  Ab", "1234 AB"),
            ("9999zz", "9999 ZZ"),
            ("1000 AA", "1000 AA"),
        ];
        for (raw, want) in cases {
            let got = Postcode::parse(raw).unwrap_or_else(|e| panic!("{raw:?}: {e}"));
            assert_eq!(got.as_str(), want, "input {raw:?}");
        }
    }

    #[test]
    fn rejects_what_postnl_never_issues() {
        let cases = [
            ("", EMPTY, "empty"),
            ("   ", EMPTY, "only spaces"),
            ("0123 AB", UNUSED, "leading zero"),
            ("1234 SA", UNUSED, "SA is not used"),
            ("1234 SD", UNUSED, "SD is not used"),
            ("1234 SS", UNUSED, "SS is not used"),
            ("123 AB", SHAPE, "three digits"),
            ("12345 AB", SHAPE, "five digits"),
            ("1234 A", SHAPE, "one letter"),
            ("1234 ABC", SHAPE, "three letters"),
            ("ABCD 12", SHAPE, "swapped"),
            ("1234 Äb", SHAPE, "non-ascii letter"),
            ("1234 a1", SHAPE, "digit in letters"),
        ];
        for (raw, want, why) in cases {
            assert_eq!(
                Postcode::parse(raw),
                Err(InvalidInput(want)),
                "{why}: {raw:?}"
            );
        }
    }
}
