//! The receipt of a sent form.

use app::catalogue::Product;
use app::form::{self, Answers};
use app::i18n::{Lang, t_args_in, t_in};

use crate::outbox::NewMessage;
use crate::time;

/// The receipt (Wmebv): reference, time received and the full copy of the answers.
pub fn receipt(
    product: &Product,
    answers: &Answers,
    to: &str,
    reference: &str,
    status_link: &str,
    lang: Lang,
) -> NewMessage {
    let texts = product.texts(lang);
    let received = time::date_time(lang, &time::now());
    let copy = form::summary(product, answers, lang)
        .into_iter()
        .map(|row| {
            let answer = row
                .answer
                .map(|lines| lines.join(", "))
                .unwrap_or_else(|| t_in(lang, "summary-empty"));
            format!("{}: {answer}", row.question)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let next = product
        .form
        .as_ref()
        .map(|f| f.next.get(lang).to_string())
        .unwrap_or_default();
    NewMessage {
        topic: format!("submission:{reference}"),
        kind: "ontvangst",
        recipient: to.to_string(),
        subject: t_args_in(
            lang,
            "mail-form-subject",
            &[
                ("product", texts.name.clone().into()),
                ("reference", reference.into()),
            ],
        ),
        body: crate::messages::letter(
            lang,
            &t_in(lang, "mail-resident"),
            &[
                t_args_in(
                    lang,
                    "mail-form-received",
                    &[
                        ("product", texts.name.clone().into()),
                        ("at", received.into()),
                    ],
                ),
                t_args_in(
                    lang,
                    "mail-form-reference",
                    &[("reference", reference.into())],
                ),
                next,
                t_args_in(lang, "mail-form-status", &[("link", status_link.into())]),
                format!("{}\n{copy}", t_in(lang, "mail-form-copy")),
            ],
        ),
        ..NewMessage::default()
    }
}
