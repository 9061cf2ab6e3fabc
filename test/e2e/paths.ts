/**
 * Where the end-to-end tests find their tools and put their results. Shared by the
 * code-server scenarios and the Neovim test; every path is absolute.
 */
import * as path from 'node:path';

/** The repository root. */
export const repoRoot = path.resolve(__dirname, '..', '..');
/** The git-ignored tool folder that scripts/e2e/setup.sh fills (code-server, playwright-core). */
export const toolsDir = process.env.FACTCHECK_E2E_TOOLS ?? path.join(repoRoot, '.e2e');
/** code-server's launcher script, run with this Node. */
export const codeServerBin = path.join(toolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Debian's Chromium, which Playwright drives (Playwright's own browser download is not possible here). */
export const chromiumPath = process.env.FACTCHECK_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots and logs of failed scenarios (git-ignored). */
export const resultsDir = path.join(repoRoot, 'test-results');
/** The fixture workspaces; scenarios copy them, never use them in place. */
export const fixturesDir = path.join(repoRoot, 'test', 'e2e', 'fixtures');
/** The packaged extension that `npm run package` writes, unless FACTCHECK_E2E_VSIX names another. */
export const vsixPath = process.env.FACTCHECK_E2E_VSIX ?? path.join(repoRoot, 'factcheck-0.1.0.vsix');
