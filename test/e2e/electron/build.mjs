// Bundles the @vscode/test-electron runner and its mocha suite to out/e2e/electron/. VS Code
// loads the suite as CommonJS in its extension host; 'vscode' and node_modules stay external.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    runTest: 'test/e2e/electron/runTest.ts',
    'suite/index': 'test/e2e/electron/suite/index.ts',
    'suite/extension.test': 'test/e2e/electron/suite/extension.test.ts',
  },
  outdir: 'out/e2e/electron',
  bundle: true,
  packages: 'external',
  external: ['vscode'],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
});
