// Bundles the extension client, the language server and the CLI into dist/ with esbuild.
// Runs on `npm install`/`npm ci` (the `prepare` script), so `npx factcheck` works right after.
import * as esbuild from 'esbuild';
import { rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
// Clean first: stale bundles or source maps must never ship in the .vsix.
rmSync(path.join(root, 'dist'), { recursive: true, force: true });

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server', external: [] },
  { in: 'server/src/cli/main.ts', out: 'cli', external: [] },
].filter((e) => existsSync(path.join(root, e.in)));

await Promise.all(entries.map((e) => esbuild.build({
  absWorkingDir: root,
  entryPoints: [e.in],
  outfile: `dist/${e.out}.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: e.external,
  // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow; use its ES build.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
})));
