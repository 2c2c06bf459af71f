//! The receipt of an accessibility report, when the resident gave an address.

use app::accessibility::Report;
use app::i18n::{Lang, t_args_in, t_in};

use crate::outbox::NewMessage;
use crate::time;

pub fn receipt(reference: &str, report: &Report, lang: Lang) -> Option<NewMessage> {
    let email = report.email.as_ref()?;
    Some(NewMessage {
        topic: format!("report:{reference}"),
        kind: "ontvangst",
        recipient: email.as_str().to_string(),
        subject: t_args_in(
            lang,
            "mail-report-subject",
            &[("reference", reference.into())],
        ),
        body: crate::messages::letter(
            lang,
            &t_in(lang, "mail-resident"),
            &[
                t_args_in(
                    lang,
                    "mail-report-received",
                    &[("at", time::date_time(lang, &time::now()).into())],
                ),
                [
                    format!("{}: {reference}", t_in(lang, "label-number")),
                    format!(
                        "{}: {}",
                        t_in(lang, "label-page"),
                        report
                            .page
                            .clone()
                            .unwrap_or_else(|| t_in(lang, "summary-empty"))
                    ),
                    format!("{}: {}", t_in(lang, "label-problem"), report.description),
                ]
                .join("\n"),
                t_in(lang, "mail-report-next"),
            ],
        ),
        attachment: None,
        send_after: None,
    })
}

/// Staff's reply to a report, to the address the resident gave.
pub fn reply(reference: &str, to: &str, text: &str) -> NewMessage {
    let lang = Lang::Nl;
    NewMessage {
        topic: format!("report:{reference}"),
        kind: "antwoord",
        recipient: to.to_string(),
        subject: t_args_in(
            lang,
            "mail-report-reply-subject",
            &[("reference", reference.into())],
        ),
        body: crate::messages::letter(
            lang,
            &t_in(lang, "mail-resident"),
            &[format!("{}\n\n{text}", t_in(lang, "mail-report-reply"))],
        ),
        ..NewMessage::default()
    }
}
