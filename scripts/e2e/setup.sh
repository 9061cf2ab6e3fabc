#!/usr/bin/env bash
# One-time setup of the end-to-end tools (issue 4): Debian's chromium, ripgrep, neovim
# and a CJK font, then code-server and playwright-core in the git-ignored tool folder .e2e/,
# installed from the npm registry without any of their download steps.
#
# Idempotent: a stamp file records the recipe it completed; with a matching stamp and
# the key binaries present the script does nothing. Bump RECIPE to force a re-install.
# Usage: bash scripts/e2e/setup.sh [--force]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
TOOLS="${FACTCHECK_E2E_TOOLS:-$ROOT/.e2e}"
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.64.1
RECIPE="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION recipe=1"
STAMP="$TOOLS/.setup-stamp"
# Other npm installs may run beside this one in a shared checkout; serialise ours with theirs.
NPM_LOCK="${FACTCHECK_NPM_LOCK:-/tmp/npm.lock}"

log() { printf '[e2e-setup] %s\n' "$*" >&2; }
npm_locked() { flock "$NPM_LOCK" npm "$@"; }

apt_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v rg >/dev/null || missing+=(ripgrep)
  command -v nvim >/dev/null || missing+=(neovim)
  # VS Code's native kerberos module builds against these headers.
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  # A CJK font, so Chinese text renders (screenshots, and glyph geometry for squiggles).
  dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
  if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
      log "missing Debian packages: ${missing[*]} (run as root or install them first)"
      exit 1
    fi
    log "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

is_set_up() {
  [[ -f "$STAMP" && "$(cat "$STAMP")" == "$RECIPE" ]] &&
    [[ -x "$TOOLS/node_modules/.bin/code-server" ]] &&
    [[ -d "$TOOLS/node_modules/playwright-core" ]] &&
    [[ -d "$TOOLS/node_modules/code-server/lib/vscode/node_modules" ]]
}

apt_packages
if [[ "${1:-}" != "--force" ]] && is_set_up; then
  log "already set up ($RECIPE) in $TOOLS"
  exit 0
fi

start=$SECONDS
rm -f "$STAMP"
mkdir -p "$TOOLS"
cd "$TOOLS"
# A package.json of its own keeps these tools out of the project's dependencies.
[[ -f package.json ]] || printf '{\n  "name": "factcheck-e2e-tools",\n  "private": true\n}\n' > package.json

log "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION (scripts off: they would download)"
npm_locked install --no-audit --no-fund --ignore-scripts \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"

VSCODE="$TOOLS/node_modules/code-server/lib/vscode"
cd "$VSCODE"
log "npm install in code-server/lib/vscode"
npm_locked install --no-audit --no-fund --omit=dev --ignore-scripts
# @vscode/ripgrep's install script downloads a binary; Debian's rg stands in for it.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
log "npm rebuild in code-server/lib/vscode (native modules)"
npm_config_yes=true npm_locked rebuild
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
log "npm install in code-server/lib/vscode/extensions"
(cd extensions && npm_locked install --no-audit --no-fund --omit=dev)

cd "$TOOLS"
log "npm rebuild argon2"
npm_locked rebuild argon2

"$TOOLS/node_modules/.bin/code-server" --version >/dev/null
echo "$RECIPE" > "$STAMP"
log "done in $((SECONDS - start)) s"
