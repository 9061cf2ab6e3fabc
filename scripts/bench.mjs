// `npm run bench`: bundles the engine benchmark with esbuild, as the CLI and the server are
// bundled, and runs it; then runs the language-server benchmark against dist/server.js.
// Measured here: the engine under tsx's per-file transform ran about a quarter slower than
// bundled (cross-module calls go through export getters), so tsx would misreport the product.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['bench/run.ts'],
  outfile: 'out/bench/run.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  logLevel: 'warning',
});
const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['out/bench/run.js']);
run(['--import', 'tsx', 'bench/lsp.ts']);
