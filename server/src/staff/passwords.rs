//! Staff passwords: Argon2id (the `argon2` crate, its default parameters,
//! OWASP's minimum), stored as PHC strings. A weak password is refused with
//! the reason. Passwords are never logged or printed.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use secrecy::{ExposeSecret, SecretString};

/// The shortest password we take (NCSC and NIST SP 800-63B: length over rules).
pub const MIN_CHARS: usize = 12;
/// Longer than anyone types; bounds the work of hashing.
pub const MAX_CHARS: usize = 256;

/// Why a password is refused.
pub fn weakness(password: &str, email: &str, name: &str) -> Option<String> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Some(format!("at least {MIN_CHARS} characters, this has {chars}"));
    }
    if chars > MAX_CHARS {
        return Some(format!("at most {MAX_CHARS} characters"));
    }
    let distinct: std::collections::BTreeSet<char> = password.chars().collect();
    if distinct.len() < 5 {
        return Some("too few different characters".into());
    }
    let lower = password.to_lowercase();
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if local.len() >= 4 && lower.contains(&local) {
        return Some("it contains the e-mail address".into());
    }
    if name
        .split_whitespace()
        .any(|part| part.len() >= 4 && lower.contains(&part.to_lowercase()))
    {
        return Some("it contains the name".into());
    }
    const COMMON: [&str; 10] = [
        "password",
        "wachtwoord",
        "welkom",
        "qwerty",
        "123456",
        "gemeente",
        "voorbeeld",
        "letmein",
        "abcdef",
        "azerty",
    ];
    if COMMON.iter().any(|c| lower.contains(c)) {
        return Some("it contains a word people often use in passwords".into());
    }
    None
}

pub fn hash(password: &SecretString) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    Ok(Argon2::default()
        .hash_password(password.expose_secret().as_bytes(), &salt)?
        .to_string())
}

/// Whether the password fits the stored hash. Without a hash (unknown account,
/// single sign-on only) a dummy hash is checked, so the time taken says nothing.
pub fn verify(password: &SecretString, stored: Option<&str>) -> bool {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| {
        hash(&SecretString::from("not a password anyone has".to_string())).unwrap_or_default()
    });
    let (phc, real) = match stored {
        Some(h) => (h, true),
        None => (dummy.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let fits = Argon2::default()
        .verify_password(password.expose_secret().as_bytes(), &parsed)
        .is_ok();
    fits && real
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passwords_are_refused_with_the_reason_and_a_good_one_verifies() {
        let weak = |p| weakness(p, "anna.jansen@voorbeeld.nl", "Anna Jansen");
        assert!(weak("kort").unwrap().contains("12"));
        assert!(weak("aaaaaaaaaaaaaa").unwrap().contains("different"));
        assert!(weak("anna.jansen-2026!").unwrap().contains("e-mail"));
        assert!(weak("Jansen-fiets-2026").unwrap().contains("name"));
        assert!(weak("Wachtwoord2026!!").unwrap().contains("often"));
        assert_eq!(weak("paars-tafel-regen-42"), None);
        let good = SecretString::from("paars-tafel-regen-42".to_string());
        let stored = hash(&good).unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify(&good, Some(&stored)));
        assert!(!verify(
            &SecretString::from("paars-tafel-regen-43".to_string()),
            Some(&stored)
        ));
        assert!(!verify(&good, None));
    }
}
