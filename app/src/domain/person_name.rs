//! A person's full name as they write it, with diacritics and particles.

use super::{InvalidInput, squash_spaces};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName(String);

const EMPTY: &str = "name-empty";
const TOO_LONG: &str = "name-too-long";
const CHARACTERS: &str = "name-characters";

impl PersonName {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let name = squash_spaces(raw);
        if name.is_empty() {
            return Err(InvalidInput(EMPTY));
        }
        if name.chars().count() > 100 {
            return Err(InvalidInput(TOO_LONG));
        }
        let allowed = |c: char| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.');
        if !name.chars().all(allowed) || !name.chars().any(char::is_alphabetic) {
            return Err(InvalidInput(CHARACTERS));
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_people_have() {
        let cases = [
            ("Özdemir", "Özdemir"),
            ("d'Ancona", "d'Ancona"),
            ("van 't Hek", "van 't Hek"),
            ("  Jan   de  Vries ", "Jan de Vries"),
            ("Anne-Marie Çelik", "Anne-Marie Çelik"),
            ("J.P. Balkenende", "J.P. Balkenende"),
            ("Zoë d’Hondt", "Zoë d’Hondt"),
            ("Łukasz Wiśniewski", "Łukasz Wiśniewski"),
        ];
        for (raw, want) in cases {
            assert_eq!(
                PersonName::parse(raw).map(|n| n.0),
                Ok(want.to_string()),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn refused_names() {
        let long = "a".repeat(101);
        let cases = [
            ("", EMPTY),
            ("   ", EMPTY),
            (long.as_str(), TOO_LONG),
            ("R2D2", CHARACTERS),
            ("<script>", CHARACTERS),
            ("--", CHARACTERS),
            ("Jan;drop", CHARACTERS),
        ];
        for (raw, want) in cases {
            assert_eq!(PersonName::parse(raw), Err(InvalidInput(want)), "{raw:?}");
        }
    }
}
