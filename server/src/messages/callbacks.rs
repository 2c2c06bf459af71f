//! The receipt of a "bel mij terug" request.

use app::callback::{self, CallbackRequest, weekday_and_date_in};
use app::i18n::{Lang, t_args_in, t_in};

use crate::outbox::NewMessage;
use crate::{AppState, time};

/// The receipt of a callback request, when the resident gave an email address.
pub fn receipt(
    state: &AppState,
    request: &CallbackRequest,
    reference: &str,
    token: &str,
    lang: Lang,
) -> Option<NewMessage> {
    let email = request.email.as_ref()?;
    let none = t_in(lang, "mail-none");
    let note = request.note.as_deref().unwrap_or(&none);
    let line = |label: &str, value: &str| format!("{}: {value}", t_in(lang, label));
    let copy = [
        line("label-reference", reference),
        line("label-name", request.name.as_str()),
        line("label-phone-short", &request.phone.national()),
        line("label-topic", &request.topic),
        line("label-when", &request.slot.label_in(lang)),
        line("label-note", note),
    ]
    .join("\n");
    let received = time::date_time(lang, &time::now());
    let link = format!("{}{}/{token}", state.public_url, callback::PATH);
    Some(NewMessage {
        topic: format!("callback:{reference}"),
        kind: "ontvangst",
        recipient: email.as_str().to_string(),
        subject: t_args_in(
            lang,
            "mail-callback-subject",
            &[("reference", reference.into())],
        ),
        body: crate::messages::letter(
            lang,
            request.name.as_str(),
            &[
                t_args_in(lang, "mail-callback-received", &[("at", received.into())]),
                copy,
                t_args_in(
                    lang,
                    "mail-callback-when",
                    &[("due", weekday_and_date_in(lang, request.due).into())],
                ),
                t_args_in(lang, "mail-callback-manage", &[("link", link.into())]),
            ],
        ),
        attachment: None,
        send_after: None,
    })
}

/// "Niet bereikt": after the attempts without reaching the resident, a plain
/// message with a link to ask again (from the same product, when known).
pub fn missed(
    public_url: &str,
    reference: &str,
    to: &str,
    name: &str,
    product: Option<&str>,
    lang: Lang,
) -> NewMessage {
    let from = product
        .and_then(app::catalogue::by_slug)
        .map(|p| format!("?vanaf={}", p.path()))
        .unwrap_or_default();
    let link = format!("{public_url}{}{from}", callback::PATH);
    NewMessage {
        topic: format!("callback:{reference}"),
        kind: "niet-bereikt",
        recipient: to.to_string(),
        subject: t_args_in(
            lang,
            "mail-callback-missed-subject",
            &[("reference", reference.into())],
        ),
        body: crate::messages::letter(
            lang,
            name,
            &[
                t_in(lang, "mail-callback-missed"),
                t_args_in(lang, "mail-callback-missed-again", &[("link", link.into())]),
            ],
        ),
        attachment: None,
        send_after: None,
    }
}

/// After a callback that reached the resident: thanks, and the one
/// satisfaction question (only when they may be asked, see
/// `services::satisfaction::mail_link`).
pub fn survey(reference: &str, to: &str, name: &str, link: &str, lang: Lang) -> NewMessage {
    NewMessage {
        topic: format!("callback:{reference}"),
        kind: "tevredenheid",
        recipient: to.to_string(),
        subject: t_in(lang, "mail-survey-callback-subject"),
        body: crate::messages::letter(
            lang,
            name,
            &[
                t_in(lang, "mail-survey-callback"),
                t_args_in(lang, "mail-survey", &[("link", link.into())]),
            ],
        ),
        attachment: None,
        send_after: None,
    }
}
