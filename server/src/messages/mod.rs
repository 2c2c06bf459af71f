//! Every letter and mail to residents, one function per kind, in the
//! resident's language: what a receipt, a reminder or a cancellation says.
//! The outbox (`crate::outbox`) stores and delivers them.

pub mod callbacks;
pub mod reports;
pub mod saved;
pub mod status;
pub mod submissions;
pub mod visits;

use app::i18n::{Lang, t_args_in, t_in};

/// A message body: paragraphs, then the greeting and the municipality.
pub fn letter(lang: Lang, name: &str, paragraphs: &[String]) -> String {
    let mut parts = vec![t_args_in(lang, "mail-greeting", &[("name", name.into())])];
    parts.extend(paragraphs.iter().cloned());
    parts.push(format!(
        "{}\n{}",
        t_in(lang, "mail-regards"),
        t_in(lang, "municipality")
    ));
    parts.join("\n\n") + "\n"
}
