//! One HTTP request of a load example, timed: its latency is kept, and the
//! answer's `Location` (or "error" for a failed status) returned.

use std::time::{Duration, Instant};

pub async fn timed(
    latencies: &std::sync::Mutex<Vec<Duration>>,
    request: reqwest::RequestBuilder,
) -> reqwest::Result<Option<String>> {
    let started = Instant::now();
    let response = request.send().await?;
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let ok = response.status().is_success() || response.status().is_redirection();
    let _ = response.bytes().await?;
    if let Ok(mut l) = latencies.lock() {
        l.push(started.elapsed());
    }
    if !ok {
        return Ok(Some("error".into()));
    }
    Ok(location)
}
