/**
 * Entry point of `factcheck`, bundled to dist/cli.js and started by bin/factcheck.js. Importing
 * this module runs the command: import ./cli for the function.
 */
import { main } from './cli';

// `factcheck … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// exitCode rather than exit(): a piped stdout must drain before the process ends.
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`factcheck: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
