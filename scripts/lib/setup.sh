# Shared by scripts/build, scripts/demo and scripts/test: install what is missing,
# quickly when it is already there. A fresh machine has the Rust toolchain, Node and
# Python; everything else comes from crates.io, npm and Debian packages.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
WASM_PACK_VERSION="0.15.1"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen version the lock file pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

cargo_install() { # name version binary
  local name=$1 version=$2
  # --locked first (reproducible); the registry mirror may lack a locked version, then resolve.
  cargo install "$name" --version "$version" --locked || cargo install "$name" --version "$version"
}

ensure_wasm_tools() {
  ensure_wasm_target
  local want
  want=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (matches Cargo.lock)"
    cargo_install wasm-bindgen-cli "$want"
  fi
  if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
    say "installing wasm-pack $WASM_PACK_VERSION"
    cargo_install wasm-pack "$WASM_PACK_VERSION"
  fi
}

ensure_node_modules() {
  # npm ci when node_modules is missing or older than the lock file.
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm packages (binaryen for wasm-opt, playwright-core, axe-core, typescript, xz-decompress)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

ensure_xz() {
  # scripts/lib/build-offline.mjs compresses the offline edition's payloads with xz.
  if command -v xz >/dev/null; then return; fi
  say "installing xz-utils from Debian packages"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y xz-utils
}

ensure_chromium() {
  # A CJK font is only for legible screenshots (the widget uses the system's fonts);
  # poppler-utils reads the printout PDFs in the offline tests.
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && command -v pdftotext >/dev/null \
    && fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk'; then
    return
  fi
  say "installing Chromium, ChromeDriver, a CJK font and poppler-utils from Debian packages"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver fonts-wqy-microhei poppler-utils
}
