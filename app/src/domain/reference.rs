//! The reference a resident quotes: `VH-7KQ4-M2XD`, without look-alike characters.

/// Letters and digits that cannot be mistaken for one another when read aloud
/// or copied by hand: no 0/O, 1/I/L, 5/S, 8/B, U/V.
pub const ALPHABET: &[u8] = b"234679ACDEFGHJKMNPQRTWXYZ";

/// The prefixes of the journeys that are not product forms (a product's own
/// prefix is in its file; the catalogue checks that none clashes).
pub const CALLBACK_PREFIX: &str = "TB";
pub const VISIT_PREFIX: &str = "BA";
pub const REPORT_PREFIX: &str = "TG";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference(String);

impl Reference {
    /// Builds a reference from a product prefix and eight random indexes;
    /// the caller supplies the randomness so this stays pure.
    pub fn from_random(prefix: &str, random: [u8; 8]) -> Self {
        let mut out = String::with_capacity(prefix.len() + 10);
        out.push_str(prefix);
        for (i, byte) in random.iter().enumerate() {
            if i % 4 == 0 {
                out.push('-');
            }
            out.push(char::from(ALPHABET[usize::from(*byte) % ALPHABET.len()]));
        }
        Self(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_and_alphabet() {
        let r = Reference::from_random("VH", [0, 1, 2, 3, 250, 251, 252, 255]);
        assert_eq!(r.as_str().len(), 12);
        assert!(r.as_str().starts_with("VH-"));
        assert_eq!(&r.as_str()[7..8], "-");
        for c in r.as_str()[3..].chars().filter(|c| *c != '-') {
            assert!(
                !"0O1IL5S8BUV".contains(c),
                "look-alike {c} in {}",
                r.as_str()
            );
        }
    }

    #[test]
    fn alphabet_has_no_look_alikes() {
        for c in "0O1IL5S8BUV".bytes() {
            assert!(!ALPHABET.contains(&c), "{}", char::from(c));
        }
    }
}
