//! The inputs of a question of kind Kind::Photos.

use leptos::prelude::*;

use crate::components::{ErrorMessage, described_by, group_class};
use crate::form::{self};
use crate::i18n::t;

use super::Question;
use super::legend_view;

pub(super) fn view(question: Question<'_>) -> AnyView {
    let Question {
        draft,
        heading,
        id,
        label,
        hint,
        error,
        value: _,
        ..
    } = question;
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
