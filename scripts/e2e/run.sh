#!/usr/bin/env bash
# End-to-end tests (issue 4): the packaged extension in code-server driven by Playwright,
# then factcheck-ls in headless Neovim. Sets up its tools once (scripts/e2e/setup.sh),
# builds and packages the .vsix, and exits non-zero if anything fails.
# Screenshots and logs of failed scenarios land in test-results/.
# Usage: bash scripts/e2e/run.sh [--skip-package]   (or: npm run test:e2e)
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { printf '[e2e] %s\n' "$*" >&2; }
start=$SECONDS

bash scripts/e2e/setup.sh

if [[ "${1:-}" != "--skip-package" ]]; then
  log "building and packaging the extension"
  rm -f factcheck-*.vsix
  # `vsce package` runs vscode:prepublish, which builds dist/ for production.
  npm run --silent package
fi
vsix=$(ls factcheck-*.vsix 2>/dev/null | head -n1 || true)
[[ -n "$vsix" ]] || { log "no .vsix at the repo root after npm run package"; exit 1; }
export FACTCHECK_E2E_VSIX="$PWD/$vsix"

rm -rf test-results
status=0
log "code-server scenarios ($vsix)"
npx mocha --timeout 180000 test/e2e/codeserver/*.test.ts || status=1
log "Neovim ($(nvim --version | head -n1))"
npx mocha --timeout 90000 test/e2e/nvim/*.test.ts || status=1

log "done in $((SECONDS - start)) s, status $status"
exit $status
