//! The Loket server binary: reads configuration, opens the database and serves.

use tracing_subscriber::EnvFilter;

/// mimalloc instead of the system allocator: a page render is thousands of small
/// allocations: 23 % more pages per core uncompressed, 10 % with brotli, measured
/// side by side (README, "Throughput").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let config = match server::config::Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("configuration error: {e}");
            std::process::exit(2);
        }
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("staff") {
        match server::staff_command(&config, &args[1..]).await {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    if args.first().map(String::as_str) == Some("import-calls") {
        let Some(path) = args.get(1) else {
            eprintln!("usage: server import-calls FILE");
            std::process::exit(2);
        };
        match server::import_calls(&config, path).await {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    if args.first().map(String::as_str) == Some("demo-data") {
        match server::demo_data(&config, &args[1..]).await {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    if let Err(e) = server::run(config).await {
        tracing::error!(error = %e, "server stopped");
        std::process::exit(1);
    }
}
