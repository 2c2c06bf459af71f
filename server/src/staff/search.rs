//! "Klantbeeld" on the server: the search page's loader. What was asked is
//! parsed into terms (`app::staff::search_views`), hashed and looked up in
//! the index of each record's terms; only what the role may see is shown;
//! every record shown is in the access log (action `search`, with the fields
//! searched on, never their values) before the page is rendered, or one row
//! for a search that found nothing.

use app::domain::RequestStatus;
use app::staff::callback_views::CallbackState;
use app::staff::context::StaffPage;
use app::staff::paths;
use app::staff::roles::{Area, Role};
use app::staff::search_views::{FIELDS, SearchRow, SearchView, parse_search};

use super::access_log::{self, Action};
use super::handled::products_for;
use super::sessions::StaffSession;
use crate::AppState;
use crate::http::errors::AppError;
use crate::services::person_keys::{self, CALLBACK, REQUEST, VISIT};
use crate::store::person_keys as index;

pub async fn page(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let pairs = super::frame::pairs(query);
    let typed: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, _)| FIELDS.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.chars().take(200).collect()))
        .collect();
    let asked = match parse_search(&pairs) {
        Ok(Some(asked)) => asked,
        Ok(None) => {
            return Ok(StaffPage::Search(SearchView {
                typed,
                ..SearchView::default()
            }));
        }
        Err(errors) => {
            return Ok(StaffPage::Search(SearchView {
                typed,
                errors,
                ..SearchView::default()
            }));
        }
    };
    let mut records = if asked.terms.is_empty() {
        Vec::new()
    } else {
        person_keys::search(&state.store, &asked.terms).await?
    };
    if let Some(reference) = &asked.reference {
        if asked.terms.is_empty() {
            records = [REQUEST, CALLBACK, VISIT]
                .into_iter()
                .map(|kind| (reference.clone(), kind.to_string()))
                .collect();
        } else {
            records.retain(|(r, _)| r == reference);
        }
    }
    let handled = products_for(&state.store, session).await?;
    let lang = app::i18n::current();
    let role = session.role;
    let mut rows: Vec<SearchRow> = index::summaries(&state.store, &records)
        .await?
        .into_iter()
        .filter_map(|(kind, reference, at, about, status)| {
            let at: jiff::Zoned = at.parse().ok()?;
            match kind.as_str() {
                REQUEST => {
                    // A behandelaar sees the requests of their own products only.
                    if role == Role::Behandelaar && !handled.contains(&about) {
                        return None;
                    }
                    let status = RequestStatus::parse(&status)?;
                    Some(SearchRow {
                        kind: REQUEST,
                        kind_key: "staff-search-kind-aanvraag",
                        link: role.may(Area::Requests).then(|| paths::request(&reference)),
                        about: app::catalogue::by_slug(&about)
                            .map(|p| p.texts(lang).name.clone())
                            .unwrap_or(about),
                        state_key: status.key(),
                        reference,
                        at,
                    })
                }
                CALLBACK if role.may(Area::Callbacks) => Some(SearchRow {
                    kind: CALLBACK,
                    kind_key: "staff-search-kind-terugbelverzoek",
                    link: Some(paths::callback(&reference)),
                    state_key: CallbackState::parse(&status)?.key().to_string(),
                    reference,
                    at,
                    about,
                }),
                VISIT if matches!(role, Role::Kcc | Role::Balie | Role::Teamleider) => {
                    Some(SearchRow {
                        kind: VISIT,
                        kind_key: "staff-search-kind-afspraak",
                        link: None,
                        state_key: format!("staff-search-visit-{status}"),
                        about: about
                            .split(',')
                            .map(|slug| {
                                app::catalogue::by_slug(slug)
                                    .map(|p| p.texts(lang).name.clone())
                                    .unwrap_or_else(|| slug.to_string())
                            })
                            .collect::<Vec<_>>()
                            .join(", "),
                        reference,
                        at,
                    })
                }
                _ => None,
            }
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.at.timestamp()));
    // Logged before anything is shown: no rows, no page.
    let purpose = format!("klantbeeld: zoeken op {}", asked.fields());
    let mut tx = state.store.begin().await?;
    if rows.is_empty() {
        access_log::record_in(
            &mut tx,
            session,
            Action::Search,
            "zoekopdracht",
            "-",
            &purpose,
        )
        .await?;
    }
    for row in &rows {
        access_log::record_in(
            &mut tx,
            session,
            Action::Search,
            row.kind,
            &row.reference,
            &purpose,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(StaffPage::Search(SearchView {
        typed,
        errors: Vec::new(),
        searched: true,
        rows,
    }))
}
