//! The product files and the search, tested on the real catalogue.

#[cfg(all(test, feature = "ssr"))]
use super::*;

#[test]
fn the_product_files_are_valid() {
    let count = check().unwrap_or_else(|e| panic!("product files:\n{e}"));
    assert!(count >= 9, "the whole catalogue: {count}");
}

#[test]
fn a_mistake_names_the_file_the_field_and_what_is_wrong() {
    let good = files::FILES
        .iter()
        .find(|(f, _)| *f == "paspoort-id-kaart.toml")
        .expect("passport file")
        .1;
    let cases = [
        (
            good.replace("channel = \"balie\"", "channel = \"fax\""),
            "unknown variant `fax`",
        ),
        (
            good.replace("topic = \"documenten\"", "topic = \"ruimtevaart\""),
            "field `topic`: no key `topic-ruimtevaart`",
        ),
        (
            good.replace(
                "visit_product = \"paspoort-id-kaart\"",
                "visit_product = \"taart\"",
            ),
            "field `visit_product`: `taart` is not a counter product",
        ),
        (
            good.replace("slug = \"paspoort-id-kaart\"", "slug = \"paspoort\""),
            "field `slug`: must be the file name",
        ),
        (
            good.replacen("name = \"Paspoort of ID-kaart\"", "name = \"\"", 1),
            "field `nl.name`: is empty",
        ),
        (
            good.replacen("\nsearch = [", "\nzoekwoorden = [", 1),
            "unknown field `zoekwoorden`",
        ),
    ];
    for (text, want) in cases {
        let problems = parse(&[("paspoort-id-kaart.toml", &text)]).expect_err(want);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("products/paspoort-id-kaart.toml: ") && p.contains(want)),
            "{want}: {problems:?}"
        );
    }
    let twice = parse(&[
        ("paspoort-id-kaart.toml", good),
        ("paspoort-id-kaart.toml", good),
    ]);
    assert!(
        twice
            .expect_err("same page twice")
            .iter()
            .any(|p| p.contains("two products have the start page"))
    );
}

fn found(query: &str) -> Vec<&'static str> {
    search(query).iter().map(|p| p.slug.as_str()).collect()
}

#[test]
fn search_knows_the_words_residents_use() {
    let cases = [
        ("id kaart", "paspoort-id-kaart"),
        ("ID-kaart", "paspoort-id-kaart"),
        ("identiteitskaart", "paspoort-id-kaart"),
        ("adreswijziging", "verhuizing"),
        ("verhuizen", "verhuizing"),
        ("lantaarnpaal kapot", "melding-openbare-ruimte"),
        ("vuilnis", "grofvuil"),
        ("bank ophalen", "grofvuil"),
        ("parkeren", "parkeervergunning"),
        ("rijbewijs verlopen", "rijbewijs"),
        ("passport", "paspoort-id-kaart"),
        ("moving house", "verhuizing"),
    ];
    for (query, first) in cases {
        let results = found(query);
        assert_eq!(
            results.first().copied(),
            Some(first),
            "{query}: {results:?}"
        );
    }
    assert!(found("ruimteschip").is_empty());
    assert!(
        found("de het een").is_empty(),
        "stop words alone find nothing"
    );
    assert!(found(&"x".repeat(10_000)).is_empty());
}
