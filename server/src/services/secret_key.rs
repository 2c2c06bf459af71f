//! Secrets are looked up by their SHA-256, never by themselves.
//!
//! A database compares values byte by byte and stops at the first difference,
//! so the time an index look-up takes says how many leading bytes of a guess
//! were right. Looking up the hash of what was typed instead leaks only how much
//! of a *hash* was right, which says nothing about the secret: every look-up of
//! a resume code, a status link, a visit link or a callback link goes through
//! [`key`]. (Tokens are 128 random bits, so a plain hash is enough; resume codes
//! are 8 characters of 25, about 37 bits, which is why failed look-ups are also
//! limited, `lookup_limit`.)
//!
//! Resume codes are stored only as this key (`saved_drafts.code`). Tokens are
//! kept in the clear beside their key (`token_key`), because a resent form
//! (same nonce) must be answered with the same link; see the migration
//! `20261201000013_secret_keys.sql` and `store::secret_keys` for rows from before it.

use sha2::{Digest, Sha256};

/// The look-up key of a secret: its SHA-256 in lower-case hex (64 characters).
pub fn key(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_the_sha256_of_the_secret_and_differs_per_secret() {
        // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assert_eq!(
            key("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_ne!(key("7KQ4M2XD"), key("7KQ4M2XE"));
        assert_eq!(key("7KQ4M2XD").len(), 64);
    }
}
