# Shared by .ci/serve and .ci/test: where builds go and how tools get installed.
# Each install is skipped when the tool is already there in the right version.

set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# CI clones afresh each time; a target folder outside the clone keeps builds warm.
if [ -z "${CARGO_TARGET_DIR:-}" ]; then
  if [ -d /work ] && [ -w /work ]; then export CARGO_TARGET_DIR=/work/target; else export CARGO_TARGET_DIR="$repo/target"; fi
fi
export PATH="$HOME/.cargo/bin:$PATH"

WASM_BINDGEN_VERSION=0.2.129
CARGO_LEPTOS_VERSION=0.3.10
BINARYEN_VERSION=132.0.0
CARGO_DENY_VERSION=0.20.2

step() { printf '\n==> %s\n' "$*"; }

# Writes NAME.br and NAME.gz beside each CSS, JS and WASM file of the site, as
# `cargo leptos build --release --precompress` does for release builds.
precompress_site() {
  local f
  for f in "$1"/pkg/*.css "$1"/pkg/*.js "$1"/pkg/*.wasm; do
    [ -f "$f" ] || continue
    brotli -f -k -q 11 "$f"
    gzip -f -k -9 "$f"
  done
}

install_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must match Cargo.lock)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    step "installing cargo-leptos $CARGO_LEPTOS_VERSION (25 to 40 minutes on 2 cores, once per machine)"
    cargo install "cargo-leptos@$CARGO_LEPTOS_VERSION" --locked --features no_downloads
  fi
  if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
    step "installing wasm-opt from the npm package binaryen@$BINARYEN_VERSION"
    npm install --global "binaryen@$BINARYEN_VERSION"
  fi
}

install_test_tools() {
  if ! cargo deny --version 2>/dev/null | grep -q " $CARGO_DENY_VERSION"; then
    step "installing cargo-deny $CARGO_DENY_VERSION (about 10 minutes on 2 cores, once per machine)"
    cargo install "cargo-deny@$CARGO_DENY_VERSION" --locked
  fi
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v brotli >/dev/null || missing+=(brotli)
  # The Nu HTML Checker (npm vnu-jar) runs on Java.
  command -v java >/dev/null || missing+=(default-jre-headless)
  if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]} from Debian"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
  if [ ! -d end2end/node_modules/@playwright/test ] || [ ! -d end2end/node_modules/@axe-core/playwright ] \
    || [ ! -f end2end/node_modules/vnu-jar/build/dist/vnu.jar ]; then
    step "installing the end2end npm packages"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}

# A throw-away PostgreSQL on loopback for the server tests on the second engine:
# Debian's server, installed when missing, a fresh cluster in a temporary folder
# (fsync off unless LOKET_PG_DURABLE is set: it holds nothing worth a power
# cut), stopped when the script ends.
# Sets LOKET_TEST_POSTGRES to a URL the tests create their schemas in.
start_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    step "installing PostgreSQL from Debian"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  local port="${LOKET_PG_PORT:-54329}"
  # Benchmarks keep PostgreSQL's own durability (every commit flushed), as SQLite's FULL.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ -n "${LOKET_PG_DURABLE:-}" ] && durability=""
  PG_DIR="$(mktemp -d /tmp/loket-pg.XXXXXX)"
  local run_as=()
  # PostgreSQL refuses to run as root; Debian's package has a postgres user.
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_DIR"
    run_as=(runuser -u postgres --)
  fi
  step "starting PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$port"
  "${run_as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U loket --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=400 $durability" start >/dev/null
  PG_BIN="$bin"
  PG_RUN_AS=("${run_as[@]}")
  trap stop_postgres EXIT
  export LOKET_TEST_POSTGRES="postgres://loket@127.0.0.1:$port/postgres"
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

# For the benchmarks: starts the release server on port $1 with DATABASE_URL
# $2 (its outbox in "$data/outbox-$1"), adds its pid to the array `servers`
# and waits until it answers.
serve_on() {
  LOKET_ADDR="127.0.0.1:$1" LEPTOS_SITE_ROOT="$repo/target/site" DATABASE_URL="$2" \
    LOKET_OUTBOX_DIR="$data/outbox-$1" RUST_LOG=warn "$CARGO_TARGET_DIR/release/server" >/dev/null 2>&1 &
  servers+=($!)
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$1/" >/dev/null && return; sleep 0.2; done
  echo "server on $1 did not start" >&2
  exit 1
}
