//! `/medewerker`: the sign-in form (e-mail address and password). It never
//! says whether an account exists; after too many failures it says to wait.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::{SignInProblem, SignInView};
use super::layout::StaffLayout;
use super::paths;
use crate::components::TextInput;
use crate::i18n::{self, t};

#[component]
pub fn SignInPage(view: SignInView) -> impl IntoView {
    let (problem, alert) = match view.problem {
        Some(SignInProblem::Wrong) => (Some(t("staff-sign-in-wrong")), true),
        Some(SignInProblem::Slowed) => (Some(t("staff-sign-in-slowed")), true),
        Some(SignInProblem::SingleSignOn) => (Some(t("staff-sign-in-sso-failed")), true),
        Some(SignInProblem::Expired) => (Some(t("staff-sign-in-expired")), false),
        Some(SignInProblem::SignedOut) => (Some(t("staff-signed-out")), false),
        None => (None, false),
    };
    let notice = problem.map(|text| {
        if alert {
            view! {
                <div class="lk-error-summary" id="foutmeldingen" tabindex="-1" autofocus=true>
                    <div role="alert">
                        <h2 class="lk-error-summary__title">{t("error-summary-title")}</h2>
                        // Linked to the first field, as every error summary is.
                        <ul class="lk-error-summary__list"><li><a href="#email">{text}</a></li></ul>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! { <div class="lk-notice" role="status"><p>{text}</p></div> }.into_any()
        }
    });
    let back = view
        .back_to
        .clone()
        .map(|to| view! { <input type="hidden" name="terug" value=to/> });
    view! {
        <Title text=i18n::title(&[&t("staff-sign-in-title")])/>
        <StaffLayout user=None>
            {notice}
            <h1 class="lk-heading-xl">{t("staff-sign-in-title")}</h1>
            <p>{t("staff-sign-in-lead")}</p>
            <form method="post" action=paths::SIGN_IN novalidate=true>
                {back}
                <TextInput id="email" label=t("staff-email") value=view.email.clone()
                    autocomplete="username" input_type="email" width="lk-input--w20"/>
                <div class="lk-form-group">
                    <label class="lk-label" for="wachtwoord">{t("staff-password")}</label>
                    <input class="lk-input lk-input--w20" id="wachtwoord" name="wachtwoord"
                        type="password" autocomplete="current-password"/>
                </div>
                <button type="submit" class="lk-button">{t("staff-sign-in")}</button>
            </form>
            {view.single_sign_on.then(|| view! {
                <p><a class="lk-button lk-button--secondary" href=paths::OIDC_START>{t("staff-sign-in-sso")}</a></p>
            })}
        </StaffLayout>
    }
}
