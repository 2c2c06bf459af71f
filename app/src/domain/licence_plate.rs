//! Dutch licence plate (kenteken): the 14 side-codes the RDW has issued, typed
//! with or without dashes and spaces, in any case.

use super::InvalidInput;

/// A licence plate, stored with the dashes of its side-code (`12-ABC-3`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LicencePlate(String);

const EMPTY: &str = "plate-empty";
const SHAPE: &str = "plate-shape";

/// Side-codes 1 to 14 (RDW): `L` a letter, `D` a digit, `-` where the dash goes.
/// Without dashes every pattern is different, so a plate typed without dashes
/// has exactly one reading.
const SIDE_CODES: [&str; 14] = [
    "LL-DD-DD", // 1
    "DD-DD-LL", // 2
    "DD-LL-DD", // 3
    "LL-DD-LL", // 4
    "LL-LL-DD", // 5
    "DD-LL-LL", // 6
    "DD-LLL-D", // 7
    "D-LLL-DD", // 8
    "LL-DDD-L", // 9
    "L-DDD-LL", // 10
    "LLL-DD-L", // 11
    "L-DD-LLL", // 12
    "D-LL-DDD", // 13
    "DDD-LL-D", // 14
];

fn class(c: char) -> char {
    if c.is_ascii_digit() { 'D' } else { 'L' }
}

/// After how many letters and digits each dash comes.
fn dash_positions(text: &str) -> std::collections::BTreeSet<usize> {
    let mut seen = 0;
    let mut at = std::collections::BTreeSet::new();
    for c in text.chars() {
        match c {
            '-' => {
                at.insert(seen);
            }
            ' ' | '.' => {}
            _ => seen += 1,
        }
    }
    at
}

impl LicencePlate {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(InvalidInput(EMPTY));
        }
        if trimmed.chars().count() > 12 {
            return Err(InvalidInput(SHAPE));
        }
        let compact: String = trimmed
            .chars()
            .filter(|c| !matches!(c, '-' | ' ' | '.'))
            .collect::<String>()
            .to_ascii_uppercase();
        if compact.len() != 6 || !compact.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(InvalidInput(SHAPE));
        }
        let classes: String = compact.chars().map(class).collect();
        let code = SIDE_CODES
            .iter()
            .find(|code| code.replace('-', "") == classes)
            .ok_or(InvalidInput(SHAPE))?;
        // A dash the resident typed must be where the side-code has one, so
        // "1-2AB-34" is not silently read as "12-AB-34"; leaving dashes out is fine.
        if !dash_positions(trimmed).is_subset(&dash_positions(code)) {
            return Err(InvalidInput(SHAPE));
        }
        let mut out = String::with_capacity(8);
        let mut letters = compact.chars();
        for slot in code.chars() {
            if slot == '-' {
                out.push('-');
            } else if let Some(c) = letters.next() {
                out.push(c);
            }
        }
        Ok(Self(out))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_side_code_with_and_without_dashes() {
        let cases = [
            ("AB-12-34", "AB-12-34"),
            ("12-34-ab", "12-34-AB"),
            ("12AB34", "12-AB-34"),
            ("ab12cd", "AB-12-CD"),
            ("AB CD 12", "AB-CD-12"),
            ("12-ABCD", "12-AB-CD"),
            ("12ABC3", "12-ABC-3"),
            ("1-abc-23", "1-ABC-23"),
            ("AB123C", "AB-123-C"),
            ("a123bc", "A-123-BC"),
            ("ABC12D", "ABC-12-D"),
            ("A12BCD", "A-12-BCD"),
            ("1AB234", "1-AB-234"),
            ("123ab4", "123-AB-4"),
            (" gx-123-b ", "GX-123-B"),
            ("AB-1234", "AB-12-34"),
        ];
        for (raw, want) in cases {
            let got = LicencePlate::parse(raw).unwrap_or_else(|e| panic!("{raw:?}: {e}"));
            assert_eq!(got.as_str(), want, "{raw:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_plate() {
        let cases = [
            ("", EMPTY),
            ("   ", EMPTY),
            ("ABCDEF", SHAPE),
            ("123456", SHAPE),
            ("AB-12-3", SHAPE),
            ("AB-12-345", SHAPE),
            ("1-2AB-34", SHAPE),
            ("AB_12_CD", SHAPE),
            ("ÄB-12-CD", SHAPE),
            ("1A2B3C", SHAPE),
            ("AB-12-CD-EF-GH", SHAPE),
        ];
        for (raw, want) in cases {
            assert_eq!(LicencePlate::parse(raw), Err(InvalidInput(want)), "{raw:?}");
        }
    }
}
