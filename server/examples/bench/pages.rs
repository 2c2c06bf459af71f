//! What the page benchmarks share: signing a staff member in over HTTP and
//! timing pages against the first one (the baseline of the same run).

use std::time::{Duration, Instant};

use reqwest::redirect::Policy;

/// A client with the session of `email` (cookies kept, redirects not followed).
pub async fn sign_in(
    base: &str,
    email: &str,
    password: &str,
) -> Result<reqwest::Client, Box<dyn std::error::Error>> {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()?;
    let signed = client
        .post(format!("{base}/medewerker/inloggen"))
        .form(&[("email", email), ("wachtwoord", password)])
        .send()
        .await?;
    if signed
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        != Some("/medewerker/start")
    {
        return Err("sign-in failed".into());
    }
    Ok(client)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Times each page (name, path, text its body must hold) `rounds` times and
/// prints p50, p90, max, the p50 against the first page's and the size.
pub async fn time(
    client: &reqwest::Client,
    base: &str,
    pages: &[(&str, String, &str)],
    rounds: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut baseline = 0.0;
    println!(
        "{:<24}{:>10}{:>10}{:>10}{:>12}{:>10}",
        "page", "p50 ms", "p90 ms", "max ms", "x baseline", "KB"
    );
    for (name, path, expect) in pages {
        let mut times = Vec::with_capacity(rounds);
        let mut size = 0;
        for _ in 0..rounds {
            let started = Instant::now();
            let response = client
                .get(format!("{base}{path}"))
                .header("accept-language", "nl")
                .send()
                .await?;
            let status = response.status();
            let body = response.text().await?;
            times.push(started.elapsed());
            size = body.len();
            if !status.is_success() || !body.contains(expect) {
                return Err(format!("{path}: {status}").into());
            }
        }
        times.sort();
        let at = |p: f64| ms(times[((times.len() as f64 - 1.0) * p).round() as usize]);
        let p50 = at(0.5);
        if baseline == 0.0 {
            baseline = p50;
        }
        println!(
            "{name:<24}{p50:>10.1}{:>10.1}{:>10.1}{:>12.1}{:>10.0}",
            at(0.9),
            at(1.0),
            p50 / baseline,
            size as f64 / 1024.0
        );
    }
    Ok(())
}
