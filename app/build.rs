//! Embeds every product definition in `products/` (one TOML file per product)
//! and every counter location in `locations/`, so adding a product or a
//! location is adding a file: no Rust. The files are checked when the server
//! starts (`app::catalogue::check`, `app::visit::check_locations`) and by tests.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    embed("products", "products.rs");
    embed("locations", "locations.rs");
}

/// Writes `out` with `FILES`: the name and text of every TOML file in `folder`.
fn embed(folder: &str, out: &str) {
    // Read when the script runs, not when it was compiled: a build script
    // compiled for another checkout sharing the target directory would
    // otherwise look in that checkout (or in one that is gone).
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join(folder);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .expect("the folder can be read");
    files.sort();
    let mut code = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join(out);
    std::fs::write(out, code).expect("write the embedded files");
}
