//! What residents download: pages and files compressed as the browser accepts,
//! files precompressed at build time sent as they are, and hashed file names
//! cached for a year while other files are kept for a day.

#[path = "api/common/mod.rs"]
mod common;

use std::io::Read;

use common::TestApp;
use reqwest::StatusCode;

/// The names the tests' site uses: hashed, as `cargo leptos build` writes them
/// with `hash-files`. Set once for this test binary (the names are per process).
fn hashed_names() -> &'static app::assets::Assets {
    app::assets::set(
        app::assets::Assets::from_hashes(
            "pkg",
            "loket",
            "js: jsHash\nwasm: wasmHash\ncss: cssHash\n",
        )
        .expect("names"),
    );
    app::assets::current()
}

async fn fetch(app: &TestApp, path: &str, accept: Option<&str>) -> reqwest::Response {
    let mut request = TestApp::browser().get(format!("{}{path}", app.base));
    if let Some(accept) = accept {
        request = request.header("accept-encoding", accept);
    }
    request.send().await.expect("answer")
}

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get_all(name)
        .iter()
        .map(|v| v.to_str().unwrap_or_default().to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(", ")
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .expect("valid brotli");
    out
}

fn ungzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("valid gzip");
    out
}

#[tokio::test]
async fn pages_are_compressed_as_the_browser_accepts_and_say_so_in_vary() {
    let app = TestApp::spawn().await;
    let plain = fetch(&app, "/", None).await;
    assert_eq!(header(&plain, "content-encoding"), "");
    let html = plain.bytes().await.expect("body");
    assert!(html.starts_with(b"<!DOCTYPE html>"));

    let br = fetch(&app, "/", Some("gzip, deflate, br, zstd")).await;
    assert_eq!(header(&br, "content-encoding"), "br");
    assert!(
        header(&br, "vary").contains("accept-encoding"),
        "{}",
        header(&br, "vary")
    );
    let body = br.bytes().await.expect("body");
    // The page carries a fresh nonce per answer, so compare all but the nonces.
    let decoded = String::from_utf8(unbrotli(&body)).expect("utf-8");
    assert!(
        decoded.starts_with("<!DOCTYPE html>") && decoded.ends_with("</html>"),
        "whole page"
    );
    assert!(
        body.len() * 3 < html.len(),
        "brotli makes the page at least three times smaller: {} of {} bytes",
        body.len(),
        html.len()
    );

    let gzip = fetch(&app, "/", Some("gzip")).await;
    assert_eq!(header(&gzip, "content-encoding"), "gzip");
    let decoded = String::from_utf8(ungzip(&gzip.bytes().await.expect("body"))).expect("utf-8");
    assert!(decoded.contains("</html>"));

    // Error pages too.
    let missing = fetch(&app, "/bestaat-niet", Some("br")).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&missing, "content-encoding"), "br");
}

#[tokio::test]
async fn hashed_files_are_immutable_precompressed_files_are_sent_as_they_are_and_others_kept_a_day()
{
    let names = hashed_names();
    let app = TestApp::spawn().await;
    let pkg = app.site_root().join("pkg");
    std::fs::create_dir_all(&pkg).expect("pkg");
    let css = "body { color: #0b0c0c; } ".repeat(200);
    std::fs::write(pkg.join("loket.cssHash.css"), &css).expect("css");
    // A precompressed copy made "at build time": the server must send these bytes.
    let mut precompressed = Vec::new();
    brotli::CompressorReader::new(css.as_bytes(), 4096, 11, 22)
        .read_to_end(&mut precompressed)
        .expect("compress");
    std::fs::write(pkg.join("loket.cssHash.css.br"), &precompressed).expect("css.br");
    std::fs::write(pkg.join("loket.wasmHash.wasm"), vec![0u8; 4096]).expect("wasm");
    std::fs::write(
        app.site_root().join("favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".repeat(10),
    )
    .expect("icon");

    assert_eq!(names.css, "/pkg/loket.cssHash.css");
    let sent = fetch(&app, &names.css, Some("gzip, deflate, br, zstd")).await;
    assert_eq!(sent.status(), StatusCode::OK);
    assert_eq!(header(&sent, "content-encoding"), "br");
    assert_eq!(
        header(&sent, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert!(header(&sent, "vary").contains("accept-encoding"));
    let body = sent.bytes().await.expect("body");
    assert_eq!(
        body.as_ref(),
        precompressed.as_slice(),
        "the file made at build time, as it is"
    );
    assert_eq!(unbrotli(&body), css.as_bytes());

    // No .gz beside it: compressed on the fly instead, same content.
    let gzip = fetch(&app, &names.css, Some("gzip")).await;
    assert_eq!(header(&gzip, "content-encoding"), "gzip");
    assert_eq!(ungzip(&gzip.bytes().await.expect("body")), css.as_bytes());

    let wasm = fetch(&app, &names.wasm, Some("br")).await;
    assert_eq!(
        header(&wasm, "content-encoding"),
        "br",
        "WebAssembly is compressed too"
    );
    assert_eq!(
        header(&wasm, "cache-control"),
        "public, max-age=31536000, immutable"
    );

    // A name that stays when its content changes is kept for a day only.
    let icon = fetch(&app, "/favicon.svg", None).await;
    assert_eq!(icon.status(), StatusCode::OK);
    assert_eq!(header(&icon, "cache-control"), "public, max-age=86400");

    // Pages link the hashed names.
    let page = fetch(&app, "/", None).await.text().await.expect("page");
    assert!(
        page.contains("href=\"/pkg/loket.cssHash.css\""),
        "the page links the hashed CSS"
    );
}

/// The `content` of every `<meta name="description">` on a page.
fn descriptions(page: &str) -> Vec<String> {
    page.match_indices("<meta name=\"description\" content=\"")
        .map(|(at, tag)| {
            let rest = &page[at + tag.len()..];
            rest[..rest.find('"').expect("closing quote")].to_string()
        })
        .collect()
}

#[tokio::test]
async fn every_page_template_has_one_description_in_the_language_of_the_page() {
    let app = TestApp::spawn().await;
    let pages = [
        ("/", "Hier regelt u zaken met de gemeente."),
        ("/zoeken?q=paspoort", "Hier regelt u zaken met de gemeente."),
        (
            "/producten/bijzondere-bijstand",
            "Heeft u hoge kosten die u niet kunt betalen?",
        ),
        ("/producten/parkeervergunning/kenteken", ""),
        ("/terugbellen", "Wij bellen u binnen 2 werkdagen."),
        ("/afspraak", "Sommige zaken regelt u aan de balie."),
        (
            "/toegankelijkheid",
            "Iedereen moet deze website kunnen gebruiken.",
        ),
        ("/privacy", "Wij vragen alleen wat wij nodig hebben."),
        ("/verder", "Hier regelt u zaken met de gemeente."),
        ("/bestaat-niet", "Lukt het niet online?"),
    ];
    for (path, starts) in pages {
        let page = app.get(path).await;
        let found = descriptions(&page.body);
        assert_eq!(found.len(), 1, "{path}: one description, found {found:?}");
        assert!(
            found[0].len() > 20,
            "{path}: a sentence, not {:?}",
            found[0]
        );
        assert!(found[0].starts_with(starts), "{path}: {:?}", found[0]);
    }
    // An error page made outside the router (a refused post) has one too.
    let refused = app
        .post_raw("/terugbellen", "text/plain", b"x".to_vec())
        .await;
    assert!(refused.status.is_client_error());
    assert_eq!(descriptions(&refused.body).len(), 1, "{}", refused.body);
    // In English, the English text.
    let english = TestApp::browser();
    app.get_as(&english, "/taal/en").await;
    let home = app.get_as(&english, "/").await;
    assert_eq!(
        descriptions(&home.body),
        vec![
            "Here you arrange things with the municipality. You can do that at any time of day."
                .to_string()
        ]
    );
}
