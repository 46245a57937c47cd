#!/usr/bin/env bash
# Set up a real, headless VS Code (code-server) plus Debian's Chromium for the
# end-to-end tests in test/e2e/.
#
# Idempotent and cached:
#   * Debian packages are installed only when `dpkg-query` says one is missing.
#   * The npm/native-build steps run only when the marker file in the cache
#     folder does not name this exact code-server version + Node ABI.
# A second run takes well under a few seconds.
#
# Usage:  bash scripts/setup-e2e.sh            (as root, or with sudo available)
# Env:    E2E_CACHE_DIR       install folder (default: <repo>/.cache/code-server)
#         CODE_SERVER_VERSION (default: 4.100.3)
#         E2E_FORCE=1         redo the npm steps even if the marker is present
# Prints on its last line:  CODE_SERVER_ENTRY=<path to entry.js>
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE_DIR="${E2E_CACHE_DIR:-$REPO_ROOT/.cache/code-server}"
NODE_ABI="$(node -p 'process.versions.modules')"
MARKER="$CACHE_DIR/.setup-complete"
MARKER_CONTENT="code-server@$CODE_SERVER_VERSION node-abi=$NODE_ABI"
VSCODE_DIR="$CACHE_DIR/node_modules/code-server/lib/vscode"
ENTRY="$CACHE_DIR/node_modules/code-server/out/node/entry.js"

log() { printf '[setup-e2e] %s\n' "$*"; }
t0=$SECONDS

# ---------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------
APT_PACKAGES=(build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev
  libsecret-1-dev ripgrep chromium)
# node-gyp needs a python3; the project's machines have one (pyenv), a bare
# Debian may not.
command -v python3 >/dev/null 2>&1 || APT_PACKAGES+=(python3)

is_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

missing=()
for p in "${APT_PACKAGES[@]}"; do
  is_installed "$p" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  log "apt: all ${#APT_PACKAGES[@]} packages present, skipping"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { log "need root (or sudo) to install: ${missing[*]}"; exit 1; }
    SUDO="sudo"
  fi
  log "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q "${missing[@]}"
fi

for bin in /usr/bin/chromium /usr/bin/rg; do
  [ -x "$bin" ] || { log "expected $bin after apt step, not found"; exit 1; }
done

# ---------------------------------------------------------------------------
# 2-4. code-server from npm, with its native modules built for this Node
# ---------------------------------------------------------------------------
mkdir -p "$CACHE_DIR"
# Serialise concurrent setups (e.g. two terminals) on the same cache folder.
exec 9>"$CACHE_DIR/.setup.lock"
flock 9

cached_ok() {
  [ "${E2E_FORCE:-0}" != 1 ] &&
    [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$MARKER_CONTENT" ] &&
    [ -f "$ENTRY" ] && [ -L "$VSCODE_DIR/node_modules.asar" ] &&
    [ -x "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg" ]
}

if cached_ok; then
  log "npm: $MARKER_CONTENT already set up in $CACHE_DIR, skipping"
else
  rm -f "$MARKER"
  log "npm: setting up $MARKER_CONTENT in $CACHE_DIR"

  # A package.json of its own, so npm never walks up to the repo's package.json.
  if [ ! -f "$CACHE_DIR/package.json" ]; then
    printf '{\n  "name": "e2e-code-server-cache",\n  "private": true\n}\n' >"$CACHE_DIR/package.json"
  fi

  # code-server's own postinstall refuses root and tries a download: skip it
  # and do its useful parts by hand below.
  log "npm: install --ignore-scripts code-server@$CODE_SERVER_VERSION"
  (cd "$CACHE_DIR" && npm install --ignore-scripts --no-audit --no-fund \
    --save-exact "code-server@$CODE_SERVER_VERSION")

  log "npm: install VS Code's runtime deps in lib/vscode (--omit=dev)"
  (cd "$VSCODE_DIR" && npm install --ignore-scripts --omit=dev --no-audit --no-fund)

  log "npm: rebuild VS Code's native modules for node $(node -v)"
  (cd "$VSCODE_DIR" && npm_config_yes=true npm rebuild kerberos node-pty \
    @parcel/watcher @vscode/spdlog @vscode/sqlite3 native-watchdog @vscode/deviceid)

  log "ripgrep: use Debian's /usr/bin/rg (the npm package would download one)"
  mkdir -p "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin"
  cp -f /usr/bin/rg "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg"
  chmod +x "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg"

  log "link node_modules.asar -> node_modules"
  if [ -e "$VSCODE_DIR/node_modules.asar" ] && [ ! -L "$VSCODE_DIR/node_modules.asar" ]; then
    rm -rf "$VSCODE_DIR/node_modules.asar"
  fi
  ln -sfn node_modules "$VSCODE_DIR/node_modules.asar"

  log "bin: remote-cli and helper links, as code-server's postinstall makes them"
  ln -sfn code-linux.sh "$VSCODE_DIR/bin/remote-cli/code-server"
  ln -sfn browser-linux.sh "$VSCODE_DIR/bin/helpers/browser.sh"

  log "npm: install built-in extensions' shared deps (typescript) in lib/vscode/extensions"
  (cd "$VSCODE_DIR/extensions" && npm install --ignore-scripts --omit=dev --no-audit --no-fund)

  log "npm: rebuild argon2 for code-server itself"
  (cd "$CACHE_DIR" && npm rebuild argon2)

  printf '%s\n' "$MARKER_CONTENT" >"$MARKER"
  log "npm: done, marker written to $MARKER"
fi

log "ready in $((SECONDS - t0)) s"
echo "CODE_SERVER_ENTRY=$ENTRY"
