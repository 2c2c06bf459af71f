//! The mail when staff change a request's status: the new status, their
//! message, and the link to Mijn aanvraag (and to add what is missing).

use app::catalogue::Product;
use app::domain::RequestStatus;
use app::i18n::{Lang, t_args_in, t_in};

use crate::outbox::NewMessage;

pub struct StatusMail<'a> {
    pub product: &'a Product,
    pub reference: &'a str,
    pub status: RequestStatus,
    pub message: Option<&'a str>,
    pub status_link: &'a str,
    pub to: &'a str,
    pub lang: Lang,
    /// The satisfaction question's address, when the request is closed and the resident may be asked.
    pub survey: Option<&'a str>,
}

pub fn changed(mail: &StatusMail<'_>) -> NewMessage {
    let lang = mail.lang;
    let name = mail.product.texts(lang).name.clone();
    let mut paragraphs = vec![t_args_in(
        lang,
        "mail-status-changed",
        &[
            ("product", name.into()),
            ("status", t_in(lang, &mail.status.key()).into()),
        ],
    )];
    if let Some(message) = mail.message {
        paragraphs.push(format!("{}\n{message}", t_in(lang, "mail-status-message")));
    }
    if mail.status == RequestStatus::NeedsMore {
        paragraphs.push(t_args_in(
            lang,
            "mail-addition-link",
            &[("link", format!("{}/aanvullen", mail.status_link).into())],
        ));
    }
    paragraphs.push(t_args_in(
        lang,
        "mail-status-link",
        &[("link", mail.status_link.into())],
    ));
    if let Some(link) = mail.survey {
        paragraphs.push(t_args_in(lang, "mail-survey", &[("link", link.into())]));
    }
    NewMessage {
        topic: format!("submission:{}", mail.reference),
        kind: "status",
        recipient: mail.to.to_string(),
        subject: t_args_in(
            lang,
            "mail-status-subject",
            &[("reference", mail.reference.into())],
        ),
        body: crate::messages::letter(lang, &t_in(lang, "mail-resident"), &paragraphs),
        ..NewMessage::default()
    }
}
