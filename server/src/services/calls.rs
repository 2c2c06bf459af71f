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

use app::i18n::{Lang, t_args_in, t_in};
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
    pub problem: Problem,
}

/// What is wrong with a line, put into words in the reader's language.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// The CSV itself cannot be read (the csv crate's words, English).
    Unreadable(String),
    Header,
    TooMany,
    Columns(usize),
    NotATime {
        column: &'static str,
        text: String,
    },
    NotShort {
        column: &'static str,
    },
    NotYesNo(String),
    AbandonedAnswered,
    AnsweredMissing,
    BeforeOffered,
}

impl Problem {
    /// The problem in `lang` (column names stay as the file has them).
    pub fn words(&self, lang: Lang) -> String {
        let column = |key: &str, column: &str| t_args_in(lang, key, &[("column", column.into())]);
        match self {
            Problem::Unreadable(why) => t_args_in(
                lang,
                "calls-problem-unreadable",
                &[("why", why.clone().into())],
            ),
            Problem::Header => t_args_in(
                lang,
                "calls-problem-header",
                &[("header", HEADER.join(",").into())],
            ),
            Problem::TooMany => {
                t_args_in(lang, "calls-problem-too-many", &[("max", MAX_CALLS.into())])
            }
            Problem::Columns(n) => t_args_in(
                lang,
                "calls-problem-columns",
                &[("found", (*n).into()), ("expected", HEADER.len().into())],
            ),
            Problem::NotATime { column, text } => t_args_in(
                lang,
                "calls-problem-time",
                &[("column", (*column).into()), ("text", text.clone().into())],
            ),
            Problem::NotShort { column: c } => column("calls-problem-short", c),
            Problem::NotYesNo(text) => t_args_in(
                lang,
                "calls-problem-yes-no",
                &[("text", text.clone().into())],
            ),
            Problem::AbandonedAnswered => t_in(lang, "calls-problem-abandoned-answered"),
            Problem::AnsweredMissing => t_in(lang, "calls-problem-answered-missing"),
            Problem::BeforeOffered => t_in(lang, "calls-problem-before"),
        }
    }
}

impl std::fmt::Display for BadLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem.words(Lang::En))
    }
}

fn time(text: &str, column: &'static str) -> Result<i64, Problem> {
    text.trim()
        .parse::<Timestamp>()
        .map(|t| t.as_second())
        .map_err(|_| Problem::NotATime {
            column,
            text: text.chars().take(40).collect(),
        })
}

fn short(text: &str, column: &'static str) -> Result<String, Problem> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 64 || text.chars().any(char::is_control) {
        return Err(Problem::NotShort { column });
    }
    Ok(text.to_string())
}

fn call(record: &csv::StringRecord) -> Result<Call, Problem> {
    if record.len() != HEADER.len() {
        return Err(Problem::Columns(record.len()));
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
        other => return Err(Problem::NotYesNo(other.chars().take(40).collect())),
    };
    match (abandoned, answered_at) {
        (true, Some(_)) => return Err(Problem::AbandonedAnswered),
        (false, None) => return Err(Problem::AnsweredMissing),
        _ => {}
    }
    if answered_at.is_some_and(|a| a < offered_at) || ended_at < offered_at {
        return Err(Problem::BeforeOffered);
    }
    let day = Timestamp::from_second(offered_at)
        .map_err(|_| Problem::NotATime {
            column: "offered_at",
            text: offered_at.to_string(),
        })?
        .to_zoned(
            TimeZone::get("Europe/Amsterdam").map_err(|e| Problem::Unreadable(e.to_string()))?,
        )
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
        problem: Problem::Unreadable(e.to_string()),
    })?;
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    if names != HEADER {
        return Err(BadLine {
            line: 1,
            problem: Problem::Header,
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
            problem: Problem::Unreadable(e.to_string()),
        })?;
        if calls.len() >= MAX_CALLS {
            return Err(BadLine {
                line,
                problem: Problem::TooMany,
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
            assert!(problem.to_string().contains(words), "{bad}: {problem}");
        }
        let header = parse(b"id,queue\n").expect_err("header");
        assert_eq!(header.line, 1);
    }
}
