//! New references for residents to quote (`VH-7KQ4-M2XD`, `TB-...`), uniformly
//! random over the alphabet without look-alike characters.

use app::domain::{REFERENCE_ALPHABET, Reference};
use rand::Rng;

pub fn new_reference(prefix: &str) -> Reference {
    let mut random = [0u8; 8];
    let mut rng = rand::rng();
    for byte in &mut random {
        *byte = rng.random_range(0..u8::try_from(REFERENCE_ALPHABET.len()).unwrap_or(u8::MAX));
    }
    Reference::from_random(prefix, random)
}
