/**
 * Entry point of `factcheck-ls` (bundled to dist/server.js). The transport comes from the
 * command line, as vscode-languageserver reads it: `--stdio` for Neovim, Helix and other editors,
 * `--node-ipc` for the VS Code client, `--socket=PORT` or `--pipe=NAME`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { bundledFactsPath } from '../node/factsFiles';
import { startServer } from './server';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
const args = process.argv.slice(2);

if (args.includes('--version')) {
  process.stdout.write('factcheck-ls 0.1.0\n');
} else if (args.includes('--help') || !args.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write('Usage: factcheck-ls --stdio | --node-ipc | --socket=PORT | --pipe=NAME\nThe factcheck language server: see README.md, "Editors".\n');
  process.exitCode = args.includes('--help') ? 0 : 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  let bundled: string | null = null;
  try {
    bundled = bundledFactsPath();
  } catch (error) {
    // A broken install: run on the configured facts files alone rather than not at all.
    process.stderr.write(`factcheck-ls: ${String(error)}\n`);
  }
  startServer(connection, { bundledFactsPath: bundled });
  connection.listen();
}
