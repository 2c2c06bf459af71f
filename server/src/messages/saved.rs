//! The mail with a saved form's resume code and link ("opslaan en later verder").

use app::catalogue::Product;
use app::form;
use app::i18n::{Lang, t_args_in, t_in};

use crate::outbox::NewMessage;
use crate::services::saved;

/// To `to`: the code, the link that opens the form with it, and until when
/// (`until`, already worded) it is kept.
pub fn link(
    public_url: &str,
    product: &Product,
    code: &str,
    to: &str,
    until: String,
    lang: Lang,
) -> NewMessage {
    let link = format!("{public_url}{}/{code}", form::RESUME_PATH);
    let name = product.texts(lang).name.clone();
    NewMessage {
        topic: format!("saved:{code}"),
        kind: "opgeslagen",
        recipient: to.to_string(),
        subject: t_args_in(lang, "mail-saved-subject", &[("product", name.into())]),
        body: super::letter(
            lang,
            &t_in(lang, "mail-resident"),
            &[
                t_args_in(
                    lang,
                    "mail-saved-text",
                    &[("code", saved::display(code).into())],
                ),
                t_args_in(lang, "mail-saved-link", &[("link", link.into())]),
                t_args_in(lang, "mail-saved-until", &[("date", until.into())]),
            ],
        ),
        ..NewMessage::default()
    }
}
