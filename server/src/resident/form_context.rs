//! What a page of a product form needs before it renders (`prepare`, called
//! by the page-context table), and where a resident belongs instead (an
//! unanswered question first, a sent form to its confirmation).

use app::catalogue::{self, Product};
use app::form::{self, FormDraft};
use app::i18n::Lang;
use app::page_context::{FormContext, FormSubmissionView, SavedView};
use axum_extra::extract::CookieJar;

use crate::services::drafts::{self, DraftId};
use crate::services::submissions::{self, StoredForm};
use crate::{AppState, services::saved, time};

use crate::services::drafts::form_journey as journey;

/// The draft of this product in this browser, and what was sent from it.
pub(crate) async fn current(
    state: &AppState,
    jar: &CookieJar,
    product: &Product,
) -> Result<Option<(DraftId, FormDraft, Option<submissions::Stored>)>, sqlx::Error> {
    let Some(id) = drafts::id_from(jar) else {
        return Ok(None);
    };
    let Some(draft) = crate::store::drafts::load(&state.store, &id, &journey(product)).await?
    else {
        return Ok(None);
    };
    let sent = submissions::find(&state.store, &submissions::draft_key(&id, product)).await?;
    Ok(Some((id, draft, sent)))
}

/// A product with questions and the page asked for, from `/producten/<slug>/<page>`.
pub fn parse_path(path: &str) -> Option<(&'static Product, String)> {
    let rest = path.strip_prefix(catalogue::BASE)?.strip_prefix('/')?;
    let (slug, page) = rest.split_once('/')?;
    if page.is_empty() || page.contains('/') {
        return None;
    }
    let product = catalogue::by_slug(slug).filter(|p| p.form.is_some() && p.online_now())?;
    Some((product, page.to_string()))
}

/// The working days a pickup can be planned on now (free or not).
pub(crate) fn pickup_window(state: &AppState, field: &form::FieldDef) -> Vec<jiff::civil::Date> {
    let (first, last) = field.pickup_window(time::today());
    let mut days = Vec::new();
    let mut day = first;
    while day <= last {
        if app::domain::working_days::is_working_day(day, state.holidays) {
            days.push(day);
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    days
}

pub enum Prepared {
    Page(Box<FormContext>),
    Redirect(String),
}

/// What a page of the form needs, or where the resident should be instead.
pub async fn prepare(
    state: &AppState,
    jar: &CookieJar,
    product: &'static Product,
    page: &str,
    query: Option<&str>,
    lang: Lang,
) -> Result<Prepared, sqlx::Error> {
    let today = time::today();
    let mut context = FormContext::default();
    // Free days are counted only for the page that offers them.
    if let Some((_, field)) = form::pickup_step(product).filter(|(step, _)| step.slug == page) {
        let days = pickup_window(state, field);
        context.pickup_days = submissions::free_pickup_days(
            &state.store,
            &product.slug,
            &days,
            field.per_day.unwrap_or(0),
        )
        .await?;
    }
    let found = current(state, jar, product).await?;
    let sent = found.as_ref().and_then(|(_, _, s)| s.as_ref());
    if page == form::CONFIRMATION {
        let Some(stored) = sent else {
            return Ok(Prepared::Redirect(product.path()));
        };
        let Ok(saved) = serde_json::from_str::<StoredForm>(&stored.answers) else {
            return Ok(Prepared::Redirect(product.path()));
        };
        // The satisfaction question for this request, one click away.
        let survey_path = match &stored.token {
            Some(token) => Some(
                crate::services::satisfaction::invite(
                    &state.store,
                    token,
                    &crate::services::satisfaction::Contact {
                        kind: "aanvraag",
                        reference: &stored.reference,
                        channel: &stored.channel,
                        product: Some(&product.slug),
                        location: None,
                    },
                )
                .await?,
            ),
            None => None,
        };
        context.submission = Some(FormSubmissionView {
            survey_path,
            reference: stored.reference.clone(),
            received_at: stored.received_at.clone(),
            summary: saved.summary.get(lang.code()).cloned().unwrap_or_default(),
            email: saved.email,
            status_path: stored
                .token
                .as_ref()
                .map(|token| format!("{}/{token}", app::STATUS_BASE)),
        });
        return Ok(Prepared::Page(Box::new(context)));
    }
    if page == form::SAVED {
        let code = found.as_ref().and_then(|(_, draft, _)| {
            draft
                .saved_code
                .clone()
                .map(|c| (c, draft.saved_mail_to.clone()))
        });
        let Some((code, mailed_to)) = code else {
            return Ok(Prepared::Redirect(product.path()));
        };
        let Some(expires) = saved::expires_at(&state.store, &code).await? else {
            return Ok(Prepared::Redirect(product.path()));
        };
        context.saved = Some(SavedView {
            code: saved::display(&code),
            until: crate::resident::saved_routes::local_date(expires),
            mailed_to,
        });
        return Ok(Prepared::Page(Box::new(context)));
    }
    if sent.is_some() && (page == form::CHECK || page == form::COPY) {
        return Ok(Prepared::Redirect(form::path(
            &product.slug,
            form::CONFIRMATION,
        )));
    }
    // A sent draft is finished: its question pages start afresh.
    if let Some((_, draft, None)) = found {
        context.draft = draft;
    }
    let draft = &context.draft;
    if page == form::CHECK || page == form::COPY {
        if let Err(step) = draft.to_answers(product, today) {
            return Ok(Prepared::Redirect(form::path(&product.slug, &step)));
        }
        return Ok(Prepared::Page(Box::new(context)));
    }
    let Some(form) = &product.form else {
        return Ok(Prepared::Page(Box::new(context)));
    };
    let steps = draft.steps(form);
    let Some(index) = steps.iter().position(|s| s.slug == page) else {
        // Not a step, or one that does not apply to these answers.
        if form.steps.iter().any(|s| s.slug == page) {
            let to = draft
                .first_open_step(product, today)
                .map(|s| form::path(&product.slug, &s))
                .unwrap_or_else(|| form::path(&product.slug, form::CHECK));
            return Ok(Prepared::Redirect(to));
        }
        return Ok(Prepared::Page(Box::new(context)));
    };
    // Never ahead of the first question still open (the page would lack what it builds on).
    let back_to_check = query.is_some_and(|q| q.contains("terug=controleren"));
    if let Some(open) = draft.first_open_step(product, today)
        && let Some(open_index) = steps.iter().position(|s| s.slug == open)
        && index > open_index
        && !back_to_check
    {
        return Ok(Prepared::Redirect(form::path(&product.slug, &open)));
    }
    Ok(Prepared::Page(Box::new(context)))
}
