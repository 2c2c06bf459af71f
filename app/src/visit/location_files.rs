//! The counter locations as data (`app/locations/<slug>.toml`, embedded by
//! the build script): name, address, counters, opening hours per weekday and
//! extra closed days. Checked when the server starts; each mistake names the
//! file and the field, as for the product files.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use jiff::civil::{Date, Time};
use serde::Deserialize;

use super::Location;

mod files {
    include!(concat!(env!("OUT_DIR"), "/locations.rs"));
}

const WEEKDAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocationFile {
    slug: String,
    name: String,
    address: String,
    counters: u16,
    #[serde(default)]
    closures: Vec<String>,
    #[serde(default)]
    hours: BTreeMap<String, String>,
}

static LOCATIONS: LazyLock<Result<Vec<Location>, Vec<String>>> =
    LazyLock::new(|| parse(files::FILES));

/// Checks the embedded location files; the server calls this at start.
pub fn check_locations() -> Result<usize, String> {
    match &*LOCATIONS {
        Ok(locations) => Ok(locations.len()),
        Err(problems) => Err(problems.join("\n")),
    }
}

pub(super) fn all() -> &'static [Location] {
    LOCATIONS.as_ref().map(Vec::as_slice).unwrap_or(&[])
}

/// "9.00" or "13.30": a time on the 5-minute grid of start times.
fn clock(text: &str) -> Option<Time> {
    let (h, m) = text.trim().split_once(['.', ':'])?;
    let (h, m): (i8, i8) = (h.parse().ok()?, m.parse().ok()?);
    (m % 5 == 0).then_some(())?;
    Time::new(h, m, 0, 0).ok()
}

pub(crate) fn parse(files: &[(&str, &str)]) -> Result<Vec<Location>, Vec<String>> {
    let mut locations = Vec::new();
    let mut problems = Vec::new();
    for (file, text) in files {
        let raw = match toml::from_str::<LocationFile>(text) {
            Ok(raw) => raw,
            Err(e) => {
                problems.push(format!("locations/{file}: {}", e.message()));
                continue;
            }
        };
        let mut wrong = |field: &str, what: &str| {
            problems.push(format!("locations/{file}: field `{field}`: {what}"));
        };
        let stem = file.trim_end_matches(".toml");
        if raw.slug != stem {
            wrong("slug", &format!("must be the file name, `{stem}`"));
        }
        if raw.name.trim().is_empty() {
            wrong("name", "must not be empty");
        }
        if !(1..=50).contains(&raw.counters) {
            wrong("counters", "a number from 1 to 50");
        }
        let mut hours = [None; 7];
        for (day, span) in &raw.hours {
            let Some(index) = WEEKDAYS.iter().position(|w| w == day) else {
                wrong(&format!("hours.{day}"), "a weekday: maandag to zondag");
                continue;
            };
            match span
                .split_once('-')
                .and_then(|(a, b)| Some((clock(a)?, clock(b)?)))
            {
                Some((open, close)) if open < close => hours[index] = Some((open, close)),
                _ => wrong(
                    &format!("hours.{day}"),
                    "opening and closing time like \"9.00-17.00\" (minutes in steps of 5, opening first)",
                ),
            }
        }
        if hours.iter().all(Option::is_none) {
            wrong("hours", "open on at least one weekday");
        }
        let mut closures = Vec::new();
        for (i, day) in raw.closures.iter().enumerate() {
            match day.parse::<Date>() {
                Ok(d) => closures.push(d),
                Err(_) => wrong(&format!("closures[{i}]"), "a date like 2026-12-31"),
            }
        }
        locations.push(Location {
            slug: raw.slug,
            name: raw.name,
            address: raw.address,
            counters: raw.counters,
            hours,
            closures,
        });
    }
    let mut seen = std::collections::BTreeSet::new();
    for l in &locations {
        if !seen.insert(l.slug.clone()) {
            problems.push(format!("locations: `{}` twice", l.slug));
        }
    }
    if locations.is_empty() && problems.is_empty() {
        problems.push("locations/: no location file".into());
    }
    if problems.is_empty() {
        Ok(locations)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_files_are_right_and_read_as_the_old_table() {
        assert_eq!(check_locations(), Ok(2));
        let stadhuis = crate::visit::location("stadhuis").expect("stadhuis");
        assert_eq!(stadhuis.counters, 3);
        assert_eq!(
            stadhuis.hours[3],
            Some((Time::constant(9, 0, 0, 0), Time::constant(20, 0, 0, 0)))
        );
        assert_eq!(stadhuis.hours[5], None);
    }

    #[test]
    fn each_mistake_names_the_file_and_the_field() {
        let bad = r#"
slug = "elders"
name = "Elders"
address = "Straat 1"
counters = 0
closures = ["morgen"]
[hours]
maandag = "17.00-9.00"
feestdag = "9.00-12.00"
dinsdag = "9.03-12.00"
"#;
        let problems = parse(&[("ergens.toml", bad)]).expect_err("wrong");
        for field in [
            "slug",
            "counters",
            "closures[0]",
            "hours.maandag",
            "hours.feestdag",
            "hours.dinsdag",
        ] {
            assert!(
                problems
                    .iter()
                    .any(|p| p.contains("locations/ergens.toml")
                        && p.contains(&format!("`{field}`"))),
                "{field}: {problems:?}"
            );
        }
        let unknown = "slug = \"x\"\nname = \"X\"\naddress = \"A\"\ncounters = 1\nbalies = 2\n";
        assert!(
            parse(&[("x.toml", unknown)]).is_err(),
            "an unknown field is refused"
        );
    }
}
