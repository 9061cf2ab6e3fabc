/**
 * The `factcheck` command with its real process, facts loader and engine wired into {@link run}.
 * `main.ts` is the entry that starts it; tests import this module and call {@link main}.
 */
import { Checker } from '../core';
import { bundledFactsPath, loadFactsFiles } from '../node/factsFiles';
import pkg from '../../../package.json';
import { run, type CliDeps, type CliIO } from './run';

/** Where factcheck is documented (the README); SARIF rules link to its sections. */
export const INFORMATION_URI = (pkg as { homepage?: string }).homepage ?? 'https://github.com/factcheck/factcheck';

/** The real facts loader and engine. */
export const defaultDeps: CliDeps = {
  version: pkg.version,
  informationUri: INFORMATION_URI,
  bundledFactsPath,
  loadFactsFiles: (paths) => loadFactsFiles(paths),
  createChecker: (facts) => {
    const checker = new Checker(facts, { incremental: false });
    return (text, kind) => checker.check(text, kind);
  },
};

/** The running process as a {@link CliIO}. */
export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit status. */
export function main(argv: readonly string[], io: CliIO = processIO(), deps: CliDeps = defaultDeps): Promise<number> {
  return run(argv, io, deps);
}
