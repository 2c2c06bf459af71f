//! `TestApp`: the real router on a random port with a fresh database, driven
//! over HTTP the way a browser without JavaScript would. The database is a
//! SQLite file, or with `LOKET_TEST_POSTGRES` (a server URL) a schema of its
//! own on that PostgreSQL server: the same tests on both engines.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the helper"
)]

use std::net::SocketAddr;

use reqwest::redirect::Policy;
use reqwest::{Client, StatusCode};

pub struct TestApp {
    pub base: String,
    pub client: Client,
    pub store: server::Store,
    /// For the tests' own checks of what was stored (the server's SQL is in its store).
    pub pool: sqlx::AnyPool,
    url: String,
    _dir: tempfile::TempDir,
}

pub struct Answer {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with_idle(server::listen::DEFAULT_IDLE).await
    }

    /// The app with its connections closed after `idle` without a request head.
    pub async fn spawn_with_idle(idle: std::time::Duration) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = database_url(dir.path()).await;
        Self::serve(url, dir, idle).await
    }

    /// A second server on this one's database (its own router, port and pool),
    /// as in a deployment with several servers.
    pub async fn beside(&self) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        Self::serve(self.url.clone(), dir, server::listen::DEFAULT_IDLE).await
    }

    /// The real router on a free port, on the database at `url`, with the
    /// server's own accept loop and its connection limits.
    async fn serve(url: String, dir: tempfile::TempDir, idle: std::time::Duration) -> Self {
        Self::serve_with(url, dir, idle, None).await
    }

    /// The app with staff single sign-on at the OpenID Provider `issuer`.
    pub async fn spawn_with_oidc(issuer: &str) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = database_url(dir.path()).await;
        Self::serve_with(url, dir, server::listen::DEFAULT_IDLE, Some(issuer)).await
    }

    async fn serve_with(
        url: String,
        dir: tempfile::TempDir,
        idle: std::time::Duration,
        oidc_issuer: Option<&str>,
    ) -> Self {
        let store = server::Store::connect(&url).await.expect("database");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr: SocketAddr = listener.local_addr().expect("addr");
        let options = server::config::leptos_options(&dir.path().display().to_string(), addr);
        let mut state = server::AppState::new(options, store.clone(), false);
        state.public_url = format!("http://{addr}").into();
        if let Some(issuer) = oidc_issuer {
            state.oidc = Some(
                server::staff::oidc::Oidc::new(server::staff::oidc::OidcConfig {
                    issuer: issuer.to_string(),
                    client_id: "loket".into(),
                    client_secret: "loket-test-geheim-dat-lang-genoeg-is".to_string().into(),
                    role_claim: "roles".into(),
                    public_url: format!("http://{addr}"),
                })
                .expect("oidc"),
            );
        }
        let router = server::router(state);
        tokio::spawn(server::listen::serve(
            listener,
            router,
            idle,
            std::future::pending(),
        ));
        Self {
            base: format!("http://{addr}"),
            client: Self::browser(),
            pool: store.pool_for_tests().clone(),
            store,
            url,
            _dir: dir,
        }
    }

    /// A fresh browser: its own cookie jar, redirects not followed so tests see them.
    pub fn browser() -> Client {
        Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .build()
            .expect("client")
    }

    async fn answer(response: reqwest::Response) -> Answer {
        let status = response.status();
        let headers = response.headers().clone();
        let location = headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(String::from);
        let body = response.text().await.expect("body");
        Answer {
            status,
            location,
            body,
            headers,
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.get_as(&self.client, path).await
    }

    /// Gets a page in another browser (its own cookies).
    pub async fn get_as(&self, client: &Client, path: &str) -> Answer {
        Self::answer(
            client
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .expect("get"),
        )
        .await
    }

    /// A page asked for with one extra header (a language, a cookie), as text.
    pub async fn get_with(&self, path: &str, header: &str, value: &str) -> String {
        self.client
            .get(format!("{}{path}", self.base))
            .header(header, value)
            .send()
            .await
            .expect("page")
            .text()
            .await
            .expect("body")
    }

    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        self.post_as(&self.client, path, fields).await
    }

    /// Posts from another browser (its own cookies).
    pub async fn post_as(&self, client: &Client, path: &str, fields: &[(&str, &str)]) -> Answer {
        let body = serde_urlencoded_pairs(fields);
        let request = client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        Self::answer(request.send().await.expect("post")).await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Answer {
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body);
        Self::answer(request.send().await.expect("post")).await
    }

    /// Posts and, like a browser, follows the 303 to the page it leads to.
    pub async fn post_and_follow(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let answer = self.post(path, fields).await;
        assert_eq!(
            answer.status,
            StatusCode::SEE_OTHER,
            "POST {path} should redirect; body: {}",
            answer.body
        );
        self.get(answer.location.as_deref().expect("location"))
            .await
    }

    /// Saves a parking permit form after its first answer ("Opslaan en later
    /// verder") and returns the resume code as the page shows it ("7KQ4 M2XD").
    pub async fn save_parking_form(&self) -> String {
        self.post(
            "/producten/parkeervergunning/kenteken",
            &[("kenteken", "AB-123-C"), ("actie", "opslaan")],
        )
        .await;
        saved_code(
            &self
                .get("/producten/parkeervergunning/opgeslagen")
                .await
                .body,
        )
    }

    /// Asks "Bel mij terug" with valid answers and this phone number.
    pub async fn ask_callback(&self, phone: &str) -> Answer {
        let form = self.get("/terugbellen").await;
        self.post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form.body)),
                ("naam", "Jan de Vries"),
                ("telefoon", phone),
                ("onderwerp", "Vraag"),
                ("dagdeel", &first_slot()),
            ],
        )
        .await
    }

    /// The folder the app serves its static files from (its site root).
    pub fn site_root(&self) -> &std::path::Path {
        self._dir.path()
    }

    /// The URL of this app's database, to open it as a second server would.
    pub fn database_url(&self) -> String {
        self.url.clone()
    }

    pub async fn count(&self, table: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&self.pool)
            .await
            .expect("count");
        n
    }

    /// Walks the whole journey with valid answers, up to check your answers.
    pub async fn complete_answers(&self) {
        let date = move_date_in(7);
        let steps: [(&str, Vec<(&str, &str)>); 4] = [
            (
                "/producten/verhuizing/adres",
                vec![
                    ("adres-postcode", "1234 ab"),
                    ("adres-huisnummer", "12"),
                    ("adres-toevoeging", "a"),
                ],
            ),
            (
                "/producten/verhuizing/datum",
                vec![
                    ("verhuisdatum-dag", &date.0),
                    ("verhuisdatum-maand", &date.1),
                    ("verhuisdatum-jaar", &date.2),
                ],
            ),
            (
                "/producten/verhuizing/meeverhuizers",
                vec![("meeverhuizers", "nee")],
            ),
            (
                "/producten/verhuizing/contact",
                vec![("email", "naam@voorbeeld.nl"), ("telefoon", "06-12345678")],
            ),
        ];
        for (path, fields) in steps {
            let answer = self.post(path, &fields).await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        }
    }
}

/// Whether these tests run on PostgreSQL (`LOKET_TEST_POSTGRES` is set).
pub fn on_postgres() -> Option<String> {
    std::env::var("LOKET_TEST_POSTGRES")
        .ok()
        .filter(|url| !url.is_empty())
}

/// The database of one test, named after its folder `dir` (so a test that
/// opens it again, as a restarted server would, finds the same data): a SQLite
/// file in `dir`, or a schema of that name on `LOKET_TEST_POSTGRES`.
pub async fn database_url(dir: &std::path::Path) -> String {
    let Some(server_url) = on_postgres() else {
        return format!("sqlite://{}/loket.db", dir.display());
    };
    let name: String = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let schema = format!("test_{name}");
    sqlx::any::install_default_drivers();
    let mut admin = <sqlx::AnyConnection as sqlx::Connection>::connect(&server_url)
        .await
        .expect("LOKET_TEST_POSTGRES: a PostgreSQL server");
    sqlx::query(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
        .execute(&mut admin)
        .await
        .expect("schema");
    let _ = sqlx::Connection::close(admin).await;
    let separator = if server_url.contains('?') { '&' } else { '?' };
    format!("{server_url}{separator}options=-c%20search_path%3D{schema}")
}

/// Today in Europe/Amsterdam, the municipality's calendar (not the machine's: between
/// 23.00 and midnight UTC the two differ by a day).
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .date()
}

/// Today plus `days` in Europe/Amsterdam, as the three form fields.
pub fn move_date_in(days: i64) -> (String, String, String) {
    let today = today();
    let date = today
        .checked_add(jiff::Span::new().days(days))
        .expect("date");
    (
        date.day().to_string(),
        date.month().to_string(),
        date.year().to_string(),
    )
}

fn serde_urlencoded_pairs(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).expect("form encoding")
}

/// The one-time value a form carries (a hidden field).
pub fn nonce(page: &str) -> String {
    let needle = "name=\"formulier\" value=\"";
    let start = page.find(needle).expect("nonce field") + needle.len();
    page[start..start + 32].to_string()
}

/// The morning of the first working day, as the callback form offers it.
pub fn first_slot() -> String {
    use app::domain::working_days::{HolidayRules, next_working_days};
    let today = today();
    format!(
        "{}/ochtend",
        next_working_days(today, 1, HolidayRules::default())[0]
    )
}

/// The resume code a saved page shows ("7KQ4 M2XD").
pub fn saved_code(page: &str) -> String {
    let start =
        page.find("lk-panel__reference\">").expect("code shown") + "lk-panel__reference\">".len();
    page[start..start + 9].to_string()
}

/// The look-up key the server keeps for a secret: its SHA-256 in hex.
pub fn sha256_hex(secret: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(secret.as_bytes()))
}
