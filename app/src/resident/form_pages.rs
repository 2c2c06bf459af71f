//! The pages the form engine renders from a product file: a question page per
//! step, check your answers, a copy before sending, and the confirmation with
//! the copy after sending. Every page works without JavaScript.

use crate::wording::Worded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error::NotFoundPage;
use crate::catalogue::{self, Product};
use crate::components::{
    CharacterCount, CharacterCounts, DateInput, Description, ErrorMessage, ErrorSummary, Layout,
    RadioOption, Radios, SentCopy, SentPanel, SummaryList, TextInput, Textarea, described_by,
    error_for, group_class, label_or_heading,
};
use crate::form::{self, FieldDef, FormDef, FormDraft, Kind, StepDef};
use crate::i18n::{self, Lang, t, t_args};
use crate::journey::FieldError;
use crate::page_context::page_context;

/// The product of this page, if it has questions.
fn product_with_form() -> Option<(&'static Product, &'static FormDef)> {
    let slug = use_params_map()
        .get_untracked()
        .get("product")
        .unwrap_or_default();
    let product = catalogue::by_slug(&slug)?;
    Some((product, product.form.as_ref()?))
}

fn message(errors: &[FieldError], field: &str) -> Option<String> {
    error_for(errors, field).map(|e| e.message())
}

#[component]
pub fn FormStepPage() -> impl IntoView {
    let step_slug = use_params_map()
        .get_untracked()
        .get("step")
        .unwrap_or_default();
    let Some((product, form, step)) = product_with_form().and_then(|(p, f)| {
        let step = f.steps.iter().find(|s| s.slug == step_slug)?;
        Some((p, f, step))
    }) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let context = page_context().form.unwrap_or_default();
    let draft = context.draft;
    let pickup_days = context.pickup_days;
    let back_to_check =
        use_query_map().get_untracked().get("terug").as_deref() == Some(form::CHECK);
    let errors = draft.errors.get(&step.slug).cloned().unwrap_or_default();
    let steps = draft.steps(form);
    let number = steps.iter().position(|s| s.slug == step.slug).unwrap_or(0) + 1;
    let step_of = i18n::step_of(
        u8::try_from(number).unwrap_or(u8::MAX),
        u8::try_from(steps.len()).unwrap_or(u8::MAX),
    );
    let name = format!("{step_of}: {}", step.title.get(lang));
    let texts = product.texts(lang);
    let title = i18n::form_title(&[&name, &texts.name], !errors.is_empty());
    let back_href = if back_to_check {
        form::path(&product.slug, form::CHECK)
    } else {
        steps
            .iter()
            .take_while(|s| s.slug != step.slug)
            .last()
            .map(|s| form::path(&product.slug, &s.slug))
            .unwrap_or_else(|| product.path())
    };
    let mut action = form::path(&product.slug, &step.slug);
    if back_to_check {
        action.push_str("?terug=controleren");
    }
    let fields: Vec<&FieldDef> = step
        .fields
        .iter()
        .filter(|f| draft.field_applies(form, f))
        .collect();
    // One question on the page: its label is the page heading.
    let single = fields.len() == 1;
    // Photos go up with the answers: the form is then sent as multipart.
    let enctype = fields
        .iter()
        .any(|f| f.kind == Kind::Photos)
        .then_some("multipart/form-data");
    // One island brings every character count of the page to life.
    let counts = fields
        .iter()
        .any(|f| f.kind == Kind::LongText)
        .then(|| view! { <CharacterCounts/> });
    let heading = (!single)
        .then(|| view! { <h1 class="lk-heading-l">{step.title.get(lang).to_string()}</h1> });
    let intro = step
        .intro
        .as_ref()
        .map(|i| view! { <p class="lk-body">{i.get(lang).to_string()}</p> });
    let inputs = fields
        .into_iter()
        .map(|f| field_view(f, &draft, &errors, single, lang, &pickup_days))
        .collect_view();
    view! {
        <Title text=title/>
        <Description text=texts.summary.clone()/>
        <Layout>
            // Back and the step counter share one row where they fit.
            <div class="lk-step-bar">
                <a class="lk-back-link" href=back_href>{t("button-back")}</a>
                <p class="lk-caption">{step_of}</p>
            </div>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=action novalidate=true class="lk-form" enctype=enctype>
                {heading}
                {intro}
                {inputs}
                {counts}
                <div class="lk-button-group">
                    <button type="submit" class="lk-button">{t("button-continue")}</button>
                    <button type="submit" class="lk-button lk-button--secondary" name="actie" value="opslaan">{t("form-save")}</button>
                </div>
            </form>
        </Layout>
    }
    .into_any()
}

/// The inputs of one question, as its kind asks.
fn field_view(
    field: &FieldDef,
    draft: &FormDraft,
    errors: &[FieldError],
    heading: bool,
    lang: Lang,
    pickup_days: &[(jiff::civil::Date, i64)],
) -> AnyView {
    let id = field.id.clone();
    let label = field.label_in(lang);
    let hint = field.hint.as_ref().map(|h| h.get(lang).to_string());
    let error = message(errors, &id);
    let value = draft.value(&id);
    match field.kind {
        Kind::Text
        | Kind::Email
        | Kind::Phone
        | Kind::Number
        | Kind::Amount
        | Kind::LicencePlate => {
            let (input_type, inputmode, width) = match field.kind {
                Kind::Email => (Some("email"), None, None),
                Kind::Phone => (Some("tel"), None, Some("lk-input--w10")),
                Kind::Number => (None, Some("numeric"), Some("lk-input--w5")),
                Kind::Amount => (None, Some("decimal"), Some("lk-input--w10")),
                Kind::LicencePlate => (None, None, Some("lk-input--w6")),
                _ => (None, None, None),
            };
            let hint = hint.or_else(|| match field.kind {
                Kind::Phone => Some(t("hint-phone")),
                Kind::Amount => Some(t("form-amount-hint")),
                Kind::LicencePlate => Some(t("form-plate-hint")),
                _ => None,
            });
            view! {
                <TextInput
                    id=id
                    label=label
                    hint=hint
                    value=value
                    error=error
                    autocomplete=field.autocomplete_token()
                    input_type=input_type
                    inputmode=inputmode
                    width=width
                    heading=heading
                />
            }
            .into_any()
        }
        Kind::LongText => {
            let limit = t_args("hint-max-chars", &[("max", field.max_chars().into())]);
            let hint = match hint {
                Some(h) => format!("{h} {limit}"),
                None => limit,
            };
            let max = field.max_chars();
            // Typing here wakes the character count island (island_loader.js).
            view! {
                <div data-wake="">
                    <Textarea id=id.clone() label=label hint=hint value=value.clone() error=error heading=heading/>
                    <CharacterCount target=id max=max value=value/>
                </div>
            }
            .into_any()
        }
        Kind::Address => {
            let inputs = field.inputs();
            let legend = legend_view(label, heading);
            let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
            let described = hint_id.clone();
            view! {
                <fieldset class="lk-fieldset" aria-describedby=described>
                    {legend}
                    {hint.map(|h| view! { <div id=hint_id class="lk-hint">{h}</div> })}
                    <TextInput id=inputs[0].clone() label=t("label-postcode") hint=t("hint-postcode") value=draft.value(&inputs[0]) error=message(errors, &inputs[0]) autocomplete="postal-code" width="lk-input--w6"/>
                    <TextInput id=inputs[1].clone() label=t("label-house-number") value=draft.value(&inputs[1]) error=message(errors, &inputs[1]) inputmode="numeric" width="lk-input--w5"/>
                    <TextInput id=inputs[2].clone() label=t("label-addition") hint=t("hint-addition") value=draft.value(&inputs[2]) error=message(errors, &inputs[2]) width="lk-input--w4"/>
                </fieldset>
            }
            .into_any()
        }
        Kind::Date => {
            let inputs = field.inputs();
            view! {
                <DateInput
                    id=id.clone()
                    legend=label
                    hint=hint.unwrap_or_else(|| t("form-date-hint"))
                    values=[draft.value(&inputs[0]), draft.value(&inputs[1]), draft.value(&inputs[2])]
                    error=error_for(errors, &id)
                    heading=heading
                />
            }
            .into_any()
        }
        Kind::Photos => {
            let photos = draft.photos(&id);
            let hint = match hint {
                Some(h) => format!("{h} {}", t("form-photos-hint")),
                None => t("form-photos-hint"),
            };
            let hint_id = format!("{id}-hint");
            let error_id = error.as_ref().map(|_| format!("{id}-error"));
            let describedby = described_by(&[Some(hint_id.clone()), error_id.clone()]);
            let can_add = photos.len() < form::MAX_PHOTOS;
            let list = (!photos.is_empty()).then(|| {
                let items = photos
                    .into_iter()
                    .map(|(photo, name)| {
                        view! {
                            <li class="lk-photos__item">
                                <span class="lk-photos__name">{name.clone()}</span>
                                <button type="submit" class="lk-button lk-button--secondary lk-photos__remove" name="verwijder-foto" value=photo>
                                    {t("form-photo-remove")}<span class="lk-visually-hidden">" " {name}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="lk-body">{t("form-photos-added")}</p>
                    <ul class="lk-photos">{items}</ul>
                }
            });
            let input = can_add.then(|| {
                view! {
                    <label class="lk-label" for=id.clone()>{t("form-photos-choose")}</label>
                    <input class="lk-file-upload" type="file" id=id.clone() name=id.clone() accept="image/jpeg,image/png" multiple=true aria-describedby=describedby.clone() aria-invalid=error_id.as_ref().map(|_| "true")/>
                }
            });
            view! {
                <div class=group_class(error.is_some())>
                    <fieldset class="lk-fieldset">
                        {legend_view(label, heading)}
                        <div id=hint_id class="lk-hint">{hint}</div>
                        <ErrorMessage id=error_id.clone() message=error.clone()/>
                        {list}
                        {input}
                    </fieldset>
                </div>
            }
            .into_any()
        }
        Kind::People => {
            let rows = draft.people_rows(field);
            let max = field.max_rows();
            let can_add = rows.len() < max;
            let title = if heading {
                view! { <h1 class="lk-heading-l">{label}</h1> }.into_any()
            } else {
                view! { <h2 class="lk-heading-m">{label}</h2> }.into_any()
            };
            let people = rows
                .into_iter()
                .enumerate()
                .map(|(row, [name, day, month, year])| {
                    let name_id = field.person_input(row, "naam");
                    let birth_id = field.person_input(row, "geboortedatum");
                    view! {
                        <fieldset class="lk-fieldset lk-person">
                            <legend class="lk-fieldset__legend lk-fieldset__legend--m">{t_args("form-person", &[("number", (row + 1).into())])}</legend>
                            <TextInput id=name_id.clone() label=t("label-full-name") value=name error=message(errors, &name_id)/>
                            <DateInput
                                id=birth_id.clone()
                                legend=t("label-birth-date")
                                hint=t("hint-birth-date")
                                values=[day, month, year]
                                error=error_for(errors, &birth_id)
                            />
                        </fieldset>
                    }
                })
                .collect_view();
            let more = if can_add {
                view! {
                    <button type="submit" class="lk-button lk-button--secondary" name="actie" value=form::ADD_ROW>
                        {t("form-people-add")}
                    </button>
                }
                .into_any()
            } else {
                view! { <p>{t_args("form-people-max", &[("max", max.into())])}</p> }.into_any()
            };
            view! {
                {title}
                {hint.map(|h| view! { <p class="lk-hint" id=format!("{id}-hint")>{h}</p> })}
                {people}
                {more}
            }
            .into_any()
        }
        Kind::PickupDay => {
            if pickup_days.is_empty() {
                return view! {
                    {legend_view(label, heading)}
                    <p>{t("form-pickup-none")}</p>
                }
                .into_any();
            }
            let options = pickup_days
                .iter()
                .map(|(day, free)| {
                    RadioOption::new(
                        day.to_string(),
                        t_args(
                            "form-pickup-day",
                            &[
                                ("day", crate::i18n::weekday_and_date_in(lang, *day).into()),
                                ("free", (*free).into()),
                            ],
                        ),
                    )
                })
                .collect();
            view! {
                <Radios name=id legend=label hint=hint options=options selected=value error=error heading=heading/>
            }
            .into_any()
        }
        Kind::YesNo | Kind::Radios => {
            let options = if field.kind == Kind::YesNo {
                vec![
                    RadioOption::new("ja", t("answer-yes")),
                    RadioOption::new("nee", t("answer-no")),
                ]
            } else {
                field
                    .options
                    .iter()
                    .map(|o| RadioOption::new(o.value.clone(), o.label(lang)))
                    .collect()
            };
            view! {
                <Radios name=id legend=label hint=hint options=options selected=value error=error heading=heading/>
            }
            .into_any()
        }
        Kind::Checkboxes => {
            let chosen = draft.values(&id);
            let hint = hint.unwrap_or_else(|| t("form-checkboxes-hint"));
            let hint_id = format!("{id}-hint");
            let error_id = error.as_ref().map(|_| format!("{id}-error"));
            let describedby = described_by(&[Some(hint_id.clone()), error_id.clone()]);
            let boxes = field
                .options
                .iter()
                .enumerate()
                .map(|(i, option)| {
                    // The first box carries the group's id, so the error summary link lands on it.
                    let box_id = if i == 0 { id.clone() } else { format!("{id}-{}", option.value) };
                    let checked = chosen.contains(&option.value);
                    view! {
                        <div class="lk-checkboxes__item">
                            <input class="lk-checkboxes__input" type="checkbox" id=box_id.clone() name=id.clone() value=option.value.clone() checked=checked/>
                            <label class="lk-label lk-checkboxes__label" for=box_id>{option.label(lang).to_string()}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class=group_class(error.is_some())>
                    <fieldset class="lk-fieldset" aria-describedby=describedby>
                        {legend_view(label, heading)}
                        <div id=hint_id class="lk-hint">{hint}</div>
                        <ErrorMessage id=error_id message=error.clone()/>
                        <div class="lk-checkboxes">{boxes}</div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        Kind::Select => {
            let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
            let error_id = error.as_ref().map(|_| format!("{id}-error"));
            let describedby = described_by(&[hint_id.clone(), error_id.clone()]);
            let options = field
                .options
                .iter()
                .map(|o| {
                    let selected = o.value == value;
                    view! { <option value=o.value.clone() selected=selected>{o.label(lang).to_string()}</option> }
                })
                .collect_view();
            view! {
                <div class=group_class(error.is_some())>
                    {label_or_heading(&id, label, heading)}
                    {hint.map(|h| view! { <div id=hint_id.clone() class="lk-hint">{h}</div> })}
                    <ErrorMessage id=error_id.clone() message=error.clone()/>
                    <select class="lk-select" id=id.clone() name=id aria-describedby=describedby aria-invalid=error_id.as_ref().map(|_| "true")>
                        <option value="">{t("form-select-choose")}</option>
                        {options}
                    </select>
                </div>
            }
            .into_any()
        }
        Kind::Consent => {
            let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
            let error_id = error.as_ref().map(|_| format!("{id}-error"));
            let describedby = described_by(&[hint_id.clone(), error_id.clone()]);
            let heading_view =
                heading.then(|| view! { <h1 class="lk-heading-l">{field.short_in(lang)}</h1> });
            view! {
                {heading_view}
                <div class=group_class(error.is_some())>
                    <ErrorMessage id=error_id.clone() message=error.clone()/>
                    <div class="lk-checkboxes__item">
                        <input class="lk-checkboxes__input" type="checkbox" id=id.clone() name=id.clone() value="ja" checked=value == "ja" aria-describedby=describedby aria-invalid=error_id.as_ref().map(|_| "true")/>
                        <label class="lk-label lk-checkboxes__label" for=id>{label}</label>
                    </div>
                    {hint.map(|h| view! { <div id=hint_id class="lk-hint lk-checkboxes__hint">{h}</div> })}
                </div>
            }
            .into_any()
        }
    }
}

fn legend_view(label: String, heading: bool) -> AnyView {
    if heading {
        view! { <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{label}</h1></legend> }.into_any()
    } else {
        view! { <legend class="lk-fieldset__legend lk-fieldset__legend--m">{label}</legend> }
            .into_any()
    }
}

/// The last question page that applies, for the check page's back link.
fn last_step<'a>(draft: &FormDraft, form: &'a FormDef) -> Option<&'a StepDef> {
    draft.steps(form).into_iter().last()
}

#[component]
pub fn FormCheckPage() -> impl IntoView {
    let Some((product, form)) = product_with_form() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let context = page_context();
    let draft = context.form.map(|c| c.draft).unwrap_or_default();
    let texts = product.texts(lang);
    let back = last_step(&draft, form)
        .map(|s| form::path(&product.slug, &s.slug))
        .unwrap_or_else(|| product.path());
    let body = match draft.to_answers(product, context.today) {
        Ok(answers) => view! {
            <SummaryList rows=form::summary(product, &answers, lang) change_links=true/>
            <p class="lk-print-hidden"><a href=form::path(&product.slug, form::COPY)>{t("form-copy-link")}</a></p>
            <h2 class="lk-heading-m">{t("check-send-now")}</h2>
            <p>{t("check-declaration")}</p>
            <form method="post" action=form::path(&product.slug, form::CHECK) class="lk-form">
                <button type="submit" class="lk-button">{t("form-send")}</button>
            </form>
        }
        .into_any(),
        Err(step) => view! {
            <p>{t("check-missing")}</p>
            <p><a href=form::path(&product.slug, &step)>{t("check-continue-questions")}</a></p>
        }
        .into_any(),
    };
    view! {
        <Title text=i18n::title(&[&t("check-title"), &texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            <a class="lk-back-link" href=back>{t("button-back")}</a>
            <h1 class="lk-heading-xl">{t("check-title")}</h1>
            {body}
        </Layout>
    }
    .into_any()
}

/// A copy of the answers before sending (Wmebv): to print or save.
#[component]
pub fn FormCopyPage() -> impl IntoView {
    let Some((product, _)) = product_with_form() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let context = page_context();
    let draft = context.form.map(|c| c.draft).unwrap_or_default();
    let texts = product.texts(lang);
    let rows = draft
        .to_answers(product, context.today)
        .map(|answers| form::summary(product, &answers, lang))
        .unwrap_or_default();
    view! {
        <Title text=i18n::title(&[&t("form-copy-title"), &texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            <a class="lk-back-link lk-print-hidden" href=form::path(&product.slug, form::CHECK)>{t("button-back")}</a>
            <h1 class="lk-heading-xl">{t("form-copy-title")}</h1>
            <p class="lk-lead">{texts.name.clone()}</p>
            <p><strong>{t("form-copy-not-sent")}</strong></p>
            <p class="lk-print-hidden lk-hint">{t("copy-print-hint")}</p>
            <SummaryList rows=rows/>
            <p class="lk-print-hidden"><a href=form::path(&product.slug, form::CHECK)>{t("form-copy-back")}</a></p>
        </Layout>
    }
    .into_any()
}

#[component]
pub fn FormConfirmationPage() -> impl IntoView {
    let Some((product, form)) = product_with_form() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let Some(submission) = page_context().form.and_then(|c| c.submission) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let texts = product.texts(lang);
    let received = i18n::date_time_in(lang, &submission.received_at);
    let mail = submission.email.map(|email| {
        view! { <p>{t_args("form-receipt-sent", &[("email", email.into())])}</p> }
    });
    view! {
        <Title text=i18n::title(&[&t("sent-title"), &texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            <SentPanel heading=t("form-sent-heading") reference=submission.reference.clone() status_path=submission.status_path/>
            {mail}
            <h2 class="lk-heading-m">{t("what-happens-now")}</h2>
            <p>{form.next.get(lang).to_string()}</p>
            <SentCopy reference=submission.reference.clone() received=received product=texts.name.clone() rows=submission.summary/>
        </Layout>
    }
    .into_any()
}

/// After "Opslaan en later verder": the code, until when, and how to come back.
#[component]
pub fn FormSavedPage() -> impl IntoView {
    let Some((product, _)) = product_with_form() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let Some(saved) = page_context().form.and_then(|c| c.saved) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let texts = product.texts(lang);
    let until = crate::domain::CalendarDate::from_date(saved.until).long(lang);
    let mail = match saved.mailed_to {
        Some(email) => t_args("form-saved-mailed", &[("email", email.into())]),
        None => t("form-saved-no-mail"),
    };
    view! {
        <Title text=i18n::title(&[&t("form-saved-title"), &texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            <div class="lk-panel">
                <h1 class="lk-panel__title">{t("form-saved-title")}</h1>
                <p class="lk-panel__body">
                    {t("form-saved-code-is")}<br/>
                    <strong class="lk-panel__reference">{saved.code.clone()}</strong>
                </p>
            </div>
            <p>{t_args("form-saved-until", &[("date", until.into())])}</p>
            <p>{mail}</p>
            <h2 class="lk-heading-m">{t("form-saved-how")}</h2>
            <p>{t("form-saved-how-text")} " " <a href=form::RESUME_PATH>{t("form-resume-title")}</a>"."</p>
            <p><a href=product.path()>{t_args("form-saved-continue", &[("product", texts.name.clone().into())])}</a></p>
        </Layout>
    }
    .into_any()
}

/// "Verder met een opgeslagen aanvraag": the code, typed or from the emailed link.
#[component]
pub fn ResumePage() -> impl IntoView {
    let from_link = use_params_map()
        .get_untracked()
        .get("code")
        .unwrap_or_default();
    let query = use_query_map().get_untracked();
    let typed = query.get("code").unwrap_or(from_link);
    let typed: String = typed.chars().take(20).collect();
    let error = query.get("fout").map(|_| t("form-resume-error"));
    let errors: Vec<FieldError> = error
        .iter()
        .map(|_| FieldError::single("code", "form-resume-error"))
        .collect();
    view! {
        <Title text=i18n::form_title(&[&t("form-resume-title")], error.is_some())/>
        <Description text=t("home-lead")/>
        <Layout>
            <ErrorSummary errors=errors/>
            <form method="post" action=form::RESUME_PATH novalidate=true class="lk-form">
                <TextInput
                    id="code"
                    label=t("form-resume-title")
                    hint=t("form-resume-hint")
                    value=typed
                    error=error
                    width="lk-input--w10"
                    heading=true
                />
                <button type="submit" class="lk-button">{t("form-resume-button")}</button>
            </form>
        </Layout>
    }
}
