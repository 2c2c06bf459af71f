//! The messages of a counter visit: the receipt with its calendar file and the
//! reminder the day before (both voided when the visit moves or is cancelled),
//! and the cancellation.

use app::i18n::{Lang, t_args_in, t_in};
use app::visit::{self, BASE, VisitAnswers, VisitView};
use jiff::Timestamp;

use super::letter;
use crate::outbox::NewMessage;
use crate::services::visits::{self, Booked, REMINDER};
use crate::{AppState, services::calendar, time};

pub fn view_of(answers: &VisitAnswers, booked: &Booked) -> VisitView {
    VisitView {
        reference: booked.reference.clone(),
        token: booked.token.clone(),
        products: answers.products.clone(),
        location: answers.location,
        day: answers.day,
        start: answers.start,
        end: answers.start + answers.minutes(),
        name: answers.name.as_str().to_string(),
        email: answers.email.as_ref().map(|e| e.as_str().to_string()),
        phone: answers.phone.as_ref().map(|p| p.national()),
        cancelled: false,
        moved_to: None,
        survey_path: None,
    }
}

/// "dinsdag 1 december 2026, 9.15 tot 9.30 uur".
pub fn when(view: &VisitView, lang: Lang) -> String {
    format!(
        "{} {}, {}",
        app::callback::weekday_and_date_in(lang, view.day),
        view.day.year(),
        visit::clock_range_in(lang, view.start, view.end - view.start)
    )
}

/// One "Label: value" line of a message.
pub fn line(lang: Lang, label: &str, value: &str) -> String {
    format!("{}: {value}", t_in(lang, label))
}

/// The full copy of the visit, as in the receipt (Wmebv).
pub fn copy(view: &VisitView, lang: Lang) -> String {
    let mut lines = vec![
        line(lang, "label-reference", &view.reference),
        line(lang, "label-what-for", &view.product_names(lang)),
        line(
            lang,
            "label-where",
            &format!("{}, {}", view.location.name, view.location.address),
        ),
        line(lang, "label-when", &when(view, lang)),
        line(lang, "label-name", &view.name),
    ];
    if let Some(email) = &view.email {
        lines.push(line(lang, "label-email-short", email));
    }
    if let Some(phone) = &view.phone {
        lines.push(line(lang, "label-phone-short", phone));
    }
    lines.join("\n")
}

/// The receipt and the reminder the day before, for a resident who gave an email address.
pub fn booking_messages(
    state: &AppState,
    view: &VisitView,
    moved: bool,
    lang: Lang,
) -> Vec<NewMessage> {
    let Some(email) = view.email.clone() else {
        return Vec::new();
    };
    let link = format!("{}{}", state.public_url, visits::manage_path(&view.token));
    let ics = (
        "afspraak.ics".to_string(),
        format!("{}; method=PUBLISH", calendar::CONTENT_TYPE),
        calendar::visit_ics(view, &state.mail_domain, lang),
    );
    let received = time::date_time(lang, &time::now());
    let what = t_in(
        lang,
        if moved {
            "mail-visit-moved"
        } else {
            "mail-visit-booked"
        },
    );
    let bring = format!("{}\n{}", t_in(lang, "mail-bring"), view.bring_text(lang));
    let receipt = NewMessage {
        topic: visits::topic(&view.reference),
        kind: "ontvangst",
        recipient: email.clone(),
        subject: t_args_in(
            lang,
            "mail-visit-subject",
            &[("reference", view.reference.as_str().into())],
        ),
        body: letter(
            lang,
            &view.name,
            &[
                format!(
                    "{what} {}",
                    t_args_in(lang, "mail-visit-received", &[("at", received.into())])
                ),
                copy(view, lang),
                bring.clone(),
                t_args_in(lang, "mail-visit-manage", &[("link", link.as_str().into())]),
                t_in(lang, "mail-visit-ics"),
            ],
        ),
        attachment: Some(ics),
        send_after: None,
    };
    let mut messages = vec![receipt];
    // The day before at 9.00, Amsterdam time; not when that moment has passed.
    let remind_at = view
        .day
        .yesterday()
        .ok()
        .and_then(|d| d.at(9, 0, 0, 0).in_tz(time::ZONE).ok())
        .map(|z| z.timestamp())
        .filter(|t| *t > Timestamp::now());
    if let Some(at) = remind_at {
        messages.push(NewMessage {
            topic: visits::topic(&view.reference),
            kind: REMINDER,
            recipient: email,
            subject: t_args_in(
                lang,
                "mail-reminder-subject",
                &[("reference", view.reference.as_str().into())],
            ),
            body: letter(
                lang,
                &view.name,
                &[
                    t_in(lang, "mail-reminder-tomorrow"),
                    [
                        line(lang, "label-when", &when(view, lang)),
                        line(
                            lang,
                            "label-where",
                            &format!("{}, {}", view.location.name, view.location.address),
                        ),
                    ]
                    .join("\n"),
                    bring,
                    t_args_in(
                        lang,
                        "mail-reminder-manage",
                        &[("link", link.as_str().into())],
                    ),
                ],
            ),
            attachment: None,
            send_after: Some(at),
        });
    }
    messages
}

pub fn cancel_message(state: &AppState, view: &VisitView, lang: Lang) -> Option<NewMessage> {
    let email = view.email.clone()?;
    let mut cancelled = view.clone();
    cancelled.cancelled = true;
    Some(NewMessage {
        topic: visits::topic(&view.reference),
        kind: "annulering",
        recipient: email,
        subject: t_args_in(
            lang,
            "mail-cancel-subject",
            &[("reference", view.reference.as_str().into())],
        ),
        body: letter(
            lang,
            &view.name,
            &[
                t_in(lang, "mail-cancel-text"),
                copy(view, lang),
                t_args_in(
                    lang,
                    "mail-cancel-new",
                    &[("link", format!("{}{BASE}", state.public_url).into())],
                ),
            ],
        ),
        attachment: Some((
            "afspraak-geannuleerd.ics".to_string(),
            format!("{}; method=CANCEL", calendar::CONTENT_TYPE),
            calendar::visit_ics(&cancelled, &state.mail_domain, lang),
        )),
        send_after: None,
    })
}

/// A visit on a day its location is closed, as its message needs it.
pub struct ClosedVisit<'a> {
    pub reference: &'a str,
    pub token: &'a str,
    pub to: &'a str,
    pub name: &'a str,
    pub place: &'a str,
    pub day: jiff::civil::Date,
    pub start: u16,
}

/// The location is closed on the day of a visit: a plain message with the
/// link to choose another time (the visit's own page). In Dutch: visits do
/// not keep the resident's language.
pub fn closed_message(state: &AppState, visit: &ClosedVisit<'_>) -> NewMessage {
    let ClosedVisit {
        reference,
        token,
        to,
        name,
        place,
        day,
        start,
    } = *visit;
    let lang = Lang::Nl;
    let date = format!(
        "{} {}",
        app::callback::weekday_and_date_in(lang, day),
        day.year()
    );
    let link = format!("{}{}", state.public_url, visits::manage_path(token));
    NewMessage {
        topic: visits::topic(reference),
        kind: CLOSED,
        recipient: to.to_string(),
        subject: t_args_in(
            lang,
            "mail-visit-closed-subject",
            &[("reference", reference.into())],
        ),
        body: letter(
            lang,
            name,
            &[
                t_args_in(
                    lang,
                    "mail-visit-closed",
                    &[
                        ("place", place.into()),
                        ("date", date.into()),
                        ("time", app::i18n::clock_in(lang, start).into()),
                    ],
                ),
                t_args_in(lang, "mail-visit-closed-again", &[("link", link.into())]),
            ],
        ),
        attachment: None,
        send_after: None,
    }
}

/// The outbox kind of the message that a visit's day is closed.
pub const CLOSED: &str = "sluiting";

/// After a counter visit whose resident agreed at booking: thanks, and the
/// one satisfaction question (only when they may be asked, see
/// `services::satisfaction::mail_link`).
pub fn survey(reference: &str, to: &str, name: &str, link: &str, lang: Lang) -> NewMessage {
    NewMessage {
        topic: visits::topic(reference),
        kind: "tevredenheid",
        recipient: to.to_string(),
        subject: t_in(lang, "mail-survey-visit-subject"),
        body: letter(
            lang,
            name,
            &[
                t_in(lang, "mail-survey-visit"),
                t_args_in(lang, "mail-survey", &[("link", link.into())]),
            ],
        ),
        attachment: None,
        send_after: None,
    }
}
