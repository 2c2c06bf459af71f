//! The telephony platform's calls, imported from its CSV export (the platform
//! is not ours). One documented format, read with the `csv` crate:
//!
//! ```text
//! call_id,queue,offered_at,answered_at,ended_at,abandoned
//! c-1001,kcc,2026-12-04T09:15:02+01:00,2026-12-04T09:15:20+01:00,2026-12-04T09:19:41+01:00,nee
//! c-1002,kcc,2026-12-04T09:16:10+01:00,,2026-12-04T09:17:02+01:00,ja
//! ```
//!
//! Times are RFC 3339 with their offset; `answered_at` is empty for a call
//! nobody answered; `abandoned` is `ja` or `nee` (`yes`/`no`, `true`/`false`,
//! `1`/`0` are read too). Every line is checked before anything is stored: a
//! bad line is reported with its line number and nothing of the file is
//! stored; a good file is stored in one transaction. A call id already
//! imported is left as it is (an overlapping export adds only new calls).

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::store::{Store, calls};

/// The columns, in this order.
pub const HEADER: [&str; 6] = [
    "call_id",
    "queue",
    "offered_at",
    "answered_at",
    "ended_at",
    "abandoned",
];
/// At most this many calls in one file.
pub const MAX_CALLS: usize = 500_000;

/// One call as the file gives it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub call_id: String,
    pub queue: String,
    pub offered_at: i64,
    pub answered_at: Option<i64>,
    pub ended_at: i64,
    pub abandoned: bool,
    /// The day offered in Europe/Amsterdam.
    pub day: String,
}

/// What is wrong with a file: the line (1 is the header) and what.
#[derive(Debug, PartialEq, Eq)]
pub struct BadLine {
    pub line: u64,
    pub problem: String,
}

impl std::fmt::Display for BadLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

fn time(text: &str, column: &str) -> Result<i64, String> {
    text.trim()
        .parse::<Timestamp>()
        .map(|t| t.as_second())
        .map_err(|_| {
            format!("{column} is not a time with its offset (2026-12-04T09:15:02+01:00): {text:?}")
        })
}

fn short(text: &str, column: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 64 || text.chars().any(char::is_control) {
        return Err(format!("{column} must be 1 to 64 characters"));
    }
    Ok(text.to_string())
}

fn call(record: &csv::StringRecord) -> Result<Call, String> {
    if record.len() != HEADER.len() {
        return Err(format!(
            "{} columns, expected {}",
            record.len(),
            HEADER.len()
        ));
    }
    let field = |i: usize| record.get(i).unwrap_or("");
    let offered_at = time(field(2), "offered_at")?;
    let answered_at = match field(3).trim() {
        "" => None,
        text => Some(time(text, "answered_at")?),
    };
    let ended_at = time(field(4), "ended_at")?;
    let abandoned = match field(5).trim().to_lowercase().as_str() {
        "ja" | "yes" | "true" | "1" => true,
        "nee" | "no" | "false" | "0" => false,
        other => return Err(format!("abandoned must be ja or nee: {other:?}")),
    };
    match (abandoned, answered_at) {
        (true, Some(_)) => return Err("an abandoned call has no answered_at".into()),
        (false, None) => return Err("a call not abandoned needs answered_at".into()),
        _ => {}
    }
    if answered_at.is_some_and(|a| a < offered_at) || ended_at < offered_at {
        return Err("a time before offered_at".into());
    }
    let day = Timestamp::from_second(offered_at)
        .map_err(|e| e.to_string())?
        .to_zoned(TimeZone::get("Europe/Amsterdam").map_err(|e| e.to_string())?)
        .date()
        .to_string();
    Ok(Call {
        call_id: short(field(0), "call_id")?,
        queue: short(field(1), "queue")?,
        offered_at,
        answered_at,
        ended_at,
        abandoned,
        day,
    })
}

/// Every call of a file, or the first bad line.
pub fn parse(bytes: &[u8]) -> Result<Vec<Call>, BadLine> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(bytes);
    let header = reader.headers().map_err(|e| BadLine {
        line: 1,
        problem: e.to_string(),
    })?;
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    if names != HEADER {
        return Err(BadLine {
            line: 1,
            problem: format!("the header must be {}", HEADER.join(",")),
        });
    }
    let mut calls = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map_or(i as u64 + 2, |p| p.line());
        let record = record.map_err(|e| BadLine {
            line,
            problem: e.to_string(),
        })?;
        if calls.len() >= MAX_CALLS {
            return Err(BadLine {
                line,
                problem: format!("more than {MAX_CALLS} calls in one file"),
            });
        }
        calls.push(call(&record).map_err(|problem| BadLine { line, problem })?);
    }
    Ok(calls)
}

/// What an import did.
#[derive(Debug, PartialEq, Eq)]
pub struct Imported {
    pub new: u64,
    pub known: u64,
}

/// Checks the whole file, then stores its calls in one transaction.
pub async fn import(store: &Store, bytes: &[u8]) -> Result<Result<Imported, BadLine>, sqlx::Error> {
    let calls = match parse(bytes) {
        Ok(calls) => calls,
        Err(bad) => return Ok(Err(bad)),
    };
    let mut tx = store.begin().await?;
    let mut new = 0;
    for call in &calls {
        if calls::insert(&mut tx, call).await? {
            new += 1;
        }
    }
    tx.commit().await?;
    Ok(Ok(Imported {
        new,
        known: calls.len() as u64 - new,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "call_id,queue,offered_at,answered_at,ended_at,abandoned\n\
        c-1,kcc,2026-12-04T09:15:02+01:00,2026-12-04T09:15:20+01:00,2026-12-04T09:19:41+01:00,nee\n\
        c-2,kcc,2026-12-04T23:30:00+00:00,,2026-12-04T23:31:00+00:00,ja\n";

    #[test]
    fn a_good_file_reads_with_amsterdam_days() {
        let calls = parse(GOOD.as_bytes()).expect("good");
        assert_eq!(calls.len(), 2);
        assert_eq!(
            calls[0].answered_at.map(|a| a - calls[0].offered_at),
            Some(18)
        );
        assert!(calls[1].abandoned);
        assert_eq!(
            calls[1].day, "2026-12-05",
            "23.30 UTC is the next day in Amsterdam"
        );
    }

    #[test]
    fn a_bad_line_is_named_by_its_number() {
        for (bad, line, words) in [
            (
                "c-3,kcc,gisteren,,2026-12-04T10:00:00+01:00,ja",
                4,
                "offered_at",
            ),
            (
                "c-3,kcc,2026-12-04T10:00:00+01:00,,2026-12-04T10:01:00+01:00,misschien",
                4,
                "abandoned",
            ),
            (
                "c-3,kcc,2026-12-04T10:00:00+01:00,,2026-12-04T10:01:00+01:00,nee",
                4,
                "needs answered_at",
            ),
            ("c-3,kcc,2026-12-04T10:00:00+01:00", 4, "columns"),
            (
                ",kcc,2026-12-04T10:00:00+01:00,,2026-12-04T10:01:00+01:00,ja",
                4,
                "call_id",
            ),
        ] {
            let file = format!("{GOOD}{bad}\n");
            let problem = parse(file.as_bytes()).expect_err(bad);
            assert_eq!(problem.line, line, "{bad}");
            assert!(
                problem.problem.contains(words),
                "{bad}: {}",
                problem.problem
            );
        }
        let header = parse(b"id,queue\n").expect_err("header");
        assert_eq!(header.line, 1);
    }
}
