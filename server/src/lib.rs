//! Loket's server: the axum router around the Leptos application, the
//! database, and the services that own the rules needing storage.

pub mod config;
mod http;
mod messages;
pub mod outbox;
mod resident;
mod services;
pub mod staff;
pub mod store;
mod time;

// The paths tests and the binary use.
pub use http::listen;
pub use services::{counter, demo_data, kpi_trends, retention, status, visits};

use std::sync::Arc;

use app::domain::working_days::HolidayRules;
use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::routing::{any, get, post};
use leptos::config::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use secrecy::ExposeSecret;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

pub use store::Store;

use http::{context, guards, html_tidy, lookup_limit, security_headers, static_files};
use resident::{callbacks, display_routes, form_routes, reports, saved_routes, visit_routes};
use services::drafts;

/// Largest request body we read: generous for any form, far below what could hurt.
pub const BODY_LIMIT: usize = 32 * 1024;
/// Largest body of a question page with photos (3 photos of 5 MB and room to spare);
/// its text fields still count against `BODY_LIMIT`.
pub const UPLOAD_BODY_LIMIT: usize = 32 * 1024 * 1024;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos: LeptosOptions,
    pub store: Store,
    pub secure_cookies: bool,
    pub stylesheet: Arc<str>,
    pub holidays: HolidayRules,
    /// Where residents reach us, for links in messages.
    #[from_ref(skip)]
    pub public_url: Arc<str>,
    /// The sender's domain: in calendar UIDs and Message-IDs.
    #[from_ref(skip)]
    pub mail_domain: Arc<str>,
    /// Staff single sign-on, when configured.
    #[from_ref(skip)]
    pub oidc: Option<Arc<staff::oidc::Oidc>>,
    /// Callback requests a day per phone number.
    #[from_ref(skip)]
    pub callbacks_per_day: i64,
    /// Callback requests a day per network address (not counted in the assisted mode).
    #[from_ref(skip)]
    pub callbacks_per_address: i64,
}

impl AppState {
    pub fn new(leptos: LeptosOptions, store: Store, secure_cookies: bool) -> Self {
        let stylesheet = app::assets::current().css.as_str().into();
        Self {
            leptos,
            store,
            secure_cookies,
            stylesheet,
            holidays: HolidayRules::default(),
            public_url: "http://127.0.0.1:3000".into(),
            mail_domain: "voorbeeld.nl".into(),
            oidc: None,
            callbacks_per_day: app::callback::DAILY_LIMIT,
            callbacks_per_address: app::callback::DAILY_LIMIT_PER_ADDRESS,
        }
    }
}

/// The whole application; tests call this without binding a port.
/// Gives records from before the klantbeeld index their search keys (run at
/// start; public for the test that makes such a record).
pub use services::person_keys::index_older;

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(app::App);
    let shell_options = state.leptos.clone();
    let static_files = static_files::service(state.leptos.site_root.as_ref());
    let router = Router::new()
        .route(context::OLD_MOVE_BASE, any(context::old_move_address))
        .route(context::OLD_MOVE_ROUTE, any(context::old_move_address))
        .route(form_routes::CHECK_ROUTE, post(form_routes::submit_form))
        .route(form_routes::RESUME_ROUTE, post(saved_routes::resume))
        .route(
            form_routes::STEP_ROUTE,
            post(form_routes::submit_step).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(display_routes::ROUTE, post(display_routes::save))
        .route(
            display_routes::LANGUAGE_ROUTE,
            get(display_routes::set_language),
        )
        .route(reports::ROUTE, post(reports::submit))
        .route(
            crate::resident::satisfaction::ROUTE,
            post(crate::resident::satisfaction::submit),
        )
        .route(app::panel::BASE, post(crate::resident::panel::submit))
        .route(app::assisted::BASE, post(crate::resident::help::start))
        .route(app::assisted::AGREE, post(crate::resident::help::agree))
        .route(app::assisted::DONE, post(crate::resident::help::done))
        .route(
            app::assisted::STILL_HERE,
            post(crate::resident::help::still_here),
        )
        .route(
            crate::resident::panel::LEAVE_ROUTE,
            post(crate::resident::panel::leave),
        )
        .route(
            "/wachtkamer/{location}/nummers",
            get(context::waiting_room_numbers),
        )
        .route(callbacks::FORM_ROUTE, post(callbacks::submit_callback))
        .route(callbacks::CANCEL_ROUTE, post(callbacks::cancel_callback))
        .route(visit_routes::CHECK_ROUTE, post(visit_routes::submit_check))
        .route(visit_routes::STEP_ROUTE, post(visit_routes::submit_step))
        .route(
            visit_routes::CALENDAR_ROUTE,
            get(visit_routes::calendar_file),
        )
        .route(visit_routes::CANCEL_ROUTE, post(visit_routes::cancel))
        .route(visit_routes::MOVE_ROUTE, post(visit_routes::start_move))
        .route(
            resident::additions::ROUTE,
            post(resident::additions::submit),
        );
    staff::routes(router)
        .leptos_routes(&state, routes, move || app::shell(shell_options.clone()))
        .fallback_service(static_files)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            context::page_context,
        ))
        // Helped at the library: the mode's session around the page context.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::http::assisted_mode::assisted_mode,
        ))
        // Every staff address passes the one guard: session, role, page context.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            staff::guard::guard,
        ))
        .layer(axum::middleware::from_fn(guards::check_origin))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            lookup_limit::guard,
        ))
        // Pages differ by the language and display cookies and by Accept-Language:
        // a cache between us and the resident must keep them apart.
        .layer(SetResponseHeaderLayer::if_not_present(
            axum::http::header::VARY,
            axum::http::HeaderValue::from_static("Accept-Language, Cookie"),
        ))
        // Inside error_pages, so even a panic ends in our own page.
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guards::error_pages,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // Valid HTML: the framework's markers and stray scripts tidied (html_tidy.rs).
        .layer(axum::middleware::from_fn(html_tidy::layer))
        // Brotli or gzip, as the browser accepts (`Vary: Accept-Encoding`), for every
        // page and every file not compressed at build time, at level 3: measured on
        // the home page, 6 % more bytes than level 4 (3,935 against 3,708) for about
        // a quarter more pages per core (README, "Throughput").
        .layer(CompressionLayer::new().quality(tower_http::CompressionLevel::Precise(3)))
        // Outermost: every answer, error pages included, gets the security headers.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security_headers::add,
        ))
        .with_state(state)
}

/// `server staff ...`: opens (and migrates) the database and runs one account command.
pub async fn staff_command(
    config: &config::Config,
    args: &[String],
) -> Result<String, Box<dyn std::error::Error>> {
    app::catalogue::check().map_err(|e| format!("product files:\n{e}"))?;
    let store = Store::connect(config.database_url.expose_secret()).await?;
    let result = staff::cli::run(&store, args).await;
    store.close().await;
    Ok(result?)
}

/// `server import-calls FILE`: the telephony platform's CSV export, checked
/// whole and stored in one transaction (`services::calls`); what it did.
pub async fn import_calls(
    config: &config::Config,
    path: &str,
) -> Result<String, Box<dyn std::error::Error>> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let store = Store::connect(config.database_url.expose_secret()).await?;
    let result = services::calls::import(&store, &bytes).await;
    store.close().await;
    match result? {
        Ok(done) => Ok(format!(
            "{} calls imported, {} were there already",
            done.new, done.known
        )),
        Err(bad) => Err(format!("{path}: {bad}; nothing was imported").into()),
    }
}

/// `server demo-data --weeks N [--residents N] [--seed N] [--calls-file FILE]`:
/// fills the database with demo activity (`services::demo_data`).
pub async fn demo_data(
    config: &config::Config,
    args: &[String],
) -> Result<String, Box<dyn std::error::Error>> {
    let mut options = services::demo_data::Options {
        weeks: 52,
        residents: 100_000,
        seed: 1,
        calls_file: None,
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<u32>()
                .map_err(|_| format!("{flag}: not a number: {value}"))
        };
        match flag.as_str() {
            "--weeks" => options.weeks = number()?.clamp(1, 260),
            "--residents" => options.residents = number()?.clamp(100, 2_000_000),
            "--seed" => options.seed = u64::from(number()?),
            "--calls-file" => options.calls_file = Some(value.into()),
            _ => return Err(format!("unknown option {flag}; usage: server demo-data --weeks N [--residents N] [--seed N] [--calls-file FILE]").into()),
        }
    }
    let store = Store::connect(config.database_url.expose_secret()).await?;
    let started = std::time::Instant::now();
    let result = services::demo_data::fill(&store, config.holidays, time::today(), &options).await;
    store.close().await;
    let f = result?;
    Ok(format!(
        "demo data for {} weeks, {} residents, in {:.1} s: {} contacts, {} requests, {} callback requests, {} visits, {} calls, {} satisfaction answers",
        options.weeks,
        options.residents,
        started.elapsed().as_secs_f64(),
        f.contacts,
        f.requests,
        f.callbacks,
        f.visits,
        f.calls,
        f.answers
    ))
}

/// Opens the database, runs the migrations, cleans up and serves until Ctrl-C.
pub async fn run(config: config::Config) -> Result<(), Box<dyn std::error::Error>> {
    // A broken or incomplete translation file stops the server here, not on a page.
    app::i18n::check_files().map_err(|e| format!("translation files:\n{e}"))?;
    // So do wrong product definitions: each problem names the file and the field.
    let products = app::catalogue::check().map_err(|e| format!("product files:\n{e}"))?;
    tracing::info!(products, "catalogue loaded");
    let locations = app::visit::check_locations().map_err(|e| format!("location files:\n{e}"))?;
    tracing::info!(locations, "counter locations loaded");
    app::staff::norms::check().map_err(|e| format!("norms file:\n{e}"))?;
    app::assisted::check_libraries().map_err(|e| format!("libraries file:\n{e}"))?;
    let store = Store::connect(config.database_url.expose_secret()).await?;
    tracing::info!(engine = ?store.engine(), "database open");
    staff::cli::first_run_hint(&store).await;
    drafts::spawn_cleanup(store.clone());
    app::retention::set(config.retention);
    app::assisted::set_idle_seconds(config.assisted_idle_seconds);
    retention::spawn_purge(store.clone(), config.retention);
    services::counter::spawn_closing(store.clone(), config.holidays);
    services::kpi_trends::spawn_refresh(store.clone(), config.holidays);
    services::assisted::spawn_idle_wipe(store.clone());
    // Records from before the klantbeeld index get their keys once, beside serving.
    let indexing = store.clone();
    tokio::spawn(async move {
        match services::person_keys::index_older(&indexing).await {
            Ok(records) => tracing::info!(records, "older records indexed for search"),
            Err(error) => tracing::warn!(%error, "indexing older records for search failed"),
        }
    });
    let mut mailer = outbox::Mailer::new(
        config.smtp_url.as_ref().map(|url| url.expose_secret()),
        config.outbox_dir.clone(),
        &config.mail_from,
    )?;
    let mail_domain: Arc<str> = mailer.domain.clone().into();
    mailer.lease = config.outbox_lease;
    outbox::spawn_worker(store.clone(), mailer, config.outbox_every);
    let addr = config.leptos.site_addr;
    let mut leptos = config.leptos;
    let assets =
        static_files::built_names(&leptos.site_root, &leptos.site_pkg_dir, &leptos.output_name);
    // The island loader then links the hashed JS and WebAssembly too.
    leptos.hash_files = assets.hashed;
    tracing::info!(css = %assets.css, hashed = assets.hashed, "built files");
    app::assets::set(assets);
    let mut state = AppState::new(leptos, store, config.secure_cookies);
    state.holidays = config.holidays;
    state.callbacks_per_day = config.callbacks_per_day;
    state.callbacks_per_address = config.callbacks_per_address;
    state.public_url = config.public_url.trim_end_matches('/').into();
    state.mail_domain = mail_domain;
    if let Some((issuer, client_id, client_secret, role_claim)) = config.staff_oidc {
        state.oidc = Some(staff::oidc::Oidc::new(staff::oidc::OidcConfig {
            issuer,
            client_id,
            client_secret,
            role_claim,
            public_url: state.public_url.to_string(),
        })?);
        tracing::info!("staff single sign-on configured");
    }
    listen::raise_open_file_limit();
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(%addr, "Loket is listening");
    listen::serve(listener, router(state), config.idle, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await;
    Ok(())
}
