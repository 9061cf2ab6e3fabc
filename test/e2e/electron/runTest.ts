/**
 * Runs the extension's integration tests in real VS Code with @vscode/test-electron: the oldest
 * version package.json supports and the current stable, each with a fresh user-data folder,
 * other extensions disabled and a copy of the fixture workspace (the tests change settings).
 *
 *   npm run test:vscode             (needs to download VS Code; VSCODE_VERSIONS="1.100.0 stable")
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

// Bundled to out/e2e/electron/runTest.js.
const root = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<void> {
  const versions = (process.env.VSCODE_VERSIONS ?? '1.100.0 stable').split(/\s+/).filter(Boolean);
  for (const version of versions) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-e2e-'));
    const workspace = path.join(scratch, 'workspace');
    fs.cpSync(path.join(root, 'test', 'e2e', 'electron', 'fixture'), workspace, { recursive: true });
    try {
      await runTests({
        version,
        extensionDevelopmentPath: root,
        extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
        // The workspace must be passed in launchArgs, or VS Code opens an empty window.
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user-data')],
        extensionTestsEnv: { FACTCHECK_E2E_WORKSPACE: workspace },
      });
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error('VS Code integration tests failed:', error);
  process.exit(1);
});
