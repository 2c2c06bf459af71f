//! Work list benchmark: fills the database with N requests (spread over the
//! products with a form, every status, received over the last 120 days),
//! signs in as a team leader over HTTP and times the work list pages a staff
//! member opens (newest first, overdue only, sorted by status, a deep page, one
//! status), each against the start page measured in the same run (the same
//! guard and session, no list) as the baseline. Prints figures; asserts nothing
//! about time. Run through `bash .ci/bench-worklist [--postgres]`.
//!
//! Usage: worklist_bench <base url> <database url> <requests> <rounds>

use std::time::Instant;

#[path = "bench/pages.rs"]
mod pages;

fn arg(n: usize, default: &str) -> String {
    std::env::args()
        .nth(n)
        .unwrap_or_else(|| default.to_string())
}

const STATUSES: [&str; 5] = [
    "ontvangen",
    "in behandeling",
    "aanvulling nodig",
    "afgehandeld",
    "afgewezen",
];

async fn fill(url: &str, count: usize) -> Result<(), Box<dyn std::error::Error>> {
    let store = server::Store::connect(url).await?;
    server::staff::cli::create(
        &store,
        &server::staff::cli::NewAccount {
            email: "bench@voorbeeld.nl",
            name: "Bench Teamleider",
            role: app::staff::roles::Role::Teamleider,
            team: "Burgerzaken",
            products: &[],
        },
        "paars-tafel-regen-42",
    )
    .await?;
    let products: Vec<String> = app::catalogue::all()
        .iter()
        .filter(|p| p.form.is_some())
        .map(|p| p.slug.clone())
        .collect();
    let pool = store.pool_for_tests().clone();
    let today = jiff::Zoned::now().in_tz("Europe/Amsterdam")?;
    let mut done = 0;
    while done < count {
        let batch = (count - done).min(500);
        let mut tx = pool.begin().await?;
        let mut sql = String::from(
            "INSERT INTO submissions (reference, product, draft_id, answers, received_at, channel, status) VALUES ",
        );
        for i in 0..batch {
            let n = done + i;
            let at = today.checked_sub(jiff::SignedDuration::from_mins(
                (n % (120 * 24 * 60)) as i64,
            ))?;
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!(
                "('BN-{n:09}', '{}', 'bench/{n}', '{{}}', '{}', 'online', '{}')",
                products[n % products.len()],
                at,
                STATUSES[n % STATUSES.len()],
            ));
        }
        sqlx::query(&sql).execute(&mut *tx).await?;
        tx.commit().await?;
        done += batch;
    }
    // What autovacuum gives a PostgreSQL table in a deployment soon after a bulk
    // load: the planner's statistics. SQLite runs as the server leaves it.
    if url.starts_with("postgres") {
        sqlx::query("VACUUM ANALYZE submissions")
            .execute(&pool)
            .await?;
    }
    store.close().await;
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = arg(1, "http://127.0.0.1:3952");
    let url = arg(2, "sqlite://data/bench.db");
    let count: usize = arg(3, "100000").parse()?;
    let rounds: usize = arg(4, "40").parse()?;
    let filled = Instant::now();
    fill(&url, count).await?;
    println!(
        "filled                  {count} requests in {:.1} s",
        filled.elapsed().as_secs_f64()
    );
    let client = pages::sign_in(&base, "bench@voorbeeld.nl", "paars-tafel-regen-42").await?;
    let lists = [
        ("newest first", "/medewerker/aanvragen"),
        ("overdue only", "/medewerker/aanvragen?te-laat=ja"),
        (
            "sorted by status",
            "/medewerker/aanvragen?sorteer=status&richting=op",
        ),
        ("page 2000", "/medewerker/aanvragen?pagina=2000"),
        (
            "one status",
            "/medewerker/aanvragen?status=aanvulling+nodig",
        ),
    ];
    let mut pages = vec![("start page (baseline)", "/medewerker/start".to_string(), "")];
    pages.extend(lists.map(|(name, path)| (name, path.to_string(), "<tbody>")));
    pages::time(&client, &base, &pages, rounds).await?;
    Ok(())
}
