/**
 * The `factcheck` command, with its surroundings (streams, environment, facts loading, engine)
 * passed in so tests run it in-process with fakes. `main.ts` wires in the real ones.
 */
import path from 'node:path';
import type { CheckedClaim, DocumentKind, FactBase, FactsProblem, TextEdit } from '../core';
import { readDocument, stripBom, writeDocument, type LoadedDocument } from '../node/documents';
import { parseArgs, USAGE, type CliOptions } from './args';
import { collectInputs, describe } from './files';
import { applyEdits } from './fix';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { exitCodeFor, type FileReport } from './report';

/** Exit statuses: no contradiction, at least one, and usage / input / facts-file errors. */
export const EXIT_OK = 0;
export const EXIT_CONTRADICTED = 1;
export const EXIT_ERROR = 2;

/** The process around the command. */
export interface CliIO {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stdout(s: string): void;
  stderr(s: string): void;
  /** All of standard input, decoded as UTF-8. */
  readStdin(): Promise<string>;
}

/** What the command builds on. */
export interface CliDeps {
  version: string;
  /** Documentation address for `--help` and SARIF rules. */
  informationUri: string;
  bundledFactsPath(): string;
  /** Loads and merges facts files (absolute paths); problems carry 0-based line and column. */
  loadFactsFiles(paths: string[]): { base: FactBase | null; problems: FactsProblem[] };
  /** Returns a checker for one fact base, reused for every input. */
  createChecker(facts: FactBase): (text: string, kind: DocumentKind) => CheckedClaim[];
}

/** A document to check, read before anything is written. */
interface Pending {
  doc: LoadedDocument;
  /** False for stdin, which `--fix` never writes. */
  onDisk: boolean;
}

/**
 * Runs `factcheck` with `argv` (without `node` and the script) and returns the exit status.
 * Never throws for bad input: every problem becomes a stderr message and status 2.
 */
export async function run(argv: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`factcheck: ${parsed.error}\nRun 'factcheck --help' for usage.\n`);
    return EXIT_ERROR;
  }
  const o = parsed.options;
  if (o.help) {
    io.stdout(`${USAGE}\nDocumentation: ${deps.informationUri}\n`);
    return EXIT_OK;
  }
  if (o.version) {
    io.stdout(`${deps.version}\n`);
    return EXIT_OK;
  }

  const facts = loadFacts(o, io, deps);
  if (!facts) return EXIT_ERROR;

  const collected = collectInputs(o.paths, io.cwd);
  const errors = [...collected.errors];
  const pending: Pending[] = [];
  for (const input of collected.inputs) {
    if (input.kind === 'stdin') {
      try {
        const { text, bom } = stripBom(await io.readStdin());
        pending.push({ doc: { path: '<stdin>', text, bom, kind: o.stdinKind }, onDisk: false });
      } catch (e) {
        errors.push(`<stdin>: ${describe(e)}`);
      }
      continue;
    }
    try {
      const doc = readDocument(path.resolve(io.cwd, input.path));
      pending.push({ doc: { ...doc, path: input.path }, onDisk: true });
    } catch (e) {
      errors.push(`${input.path}: ${describe(e)}`);
    }
  }
  // Read everything before writing anything: a bad argument must not leave half the files fixed.
  if (errors.length > 0) {
    io.stderr(errors.map((e) => `factcheck: ${e}\n`).join(''));
    return EXIT_ERROR;
  }

  const check = deps.createChecker(facts);
  const reports: FileReport[] = [];
  let failed = false;
  for (const { doc, onDisk } of pending) {
    try {
      reports.push(checkOne(doc, onDisk && o.fix, check, io.cwd));
    } catch (e) {
      failed = true;
      io.stderr(`factcheck: ${doc.path}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }

  io.stdout(render(reports, o, io, deps));
  return failed ? EXIT_ERROR : exitCodeFor(reports);
}

/** Checks one document; with `fix`, rewrites it with the fixes of its contradicted claims and checks again. */
function checkOne(
  doc: LoadedDocument, fix: boolean, check: (text: string, kind: DocumentKind) => CheckedClaim[], cwd: string,
): FileReport {
  const claims = check(doc.text, doc.kind);
  if (!fix) return { path: doc.path, text: doc.text, claims, fixed: 0 };
  const edits: TextEdit[] = claims.flatMap((c) => (c.verdict === 'contradicted' && c.fix ? [c.fix] : []));
  if (edits.length === 0) return { path: doc.path, text: doc.text, claims, fixed: 0 };
  const { text, applied } = applyEdits(doc.text, edits);
  writeDocument(path.resolve(cwd, doc.path), text, doc.bom);
  return { path: doc.path, text, claims: check(text, doc.kind), fixed: applied.length };
}

/** Loads the facts in use, printing `file:line:col: severity: message` (1-based) for each problem. */
function loadFacts(o: CliOptions, io: CliIO, deps: CliDeps): FactBase | null {
  const paths = o.facts.length > 0 ? o.facts.map((f) => path.resolve(io.cwd, f)) : [deps.bundledFactsPath()];
  let loaded: { base: FactBase | null; problems: FactsProblem[] };
  try {
    loaded = deps.loadFactsFiles(paths);
  } catch (e) {
    io.stderr(`factcheck: cannot load facts: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  for (const p of loaded.problems) {
    io.stderr(`${shownPath(p.file, io.cwd)}:${p.line + 1}:${p.column + 1}: ${p.severity}: ${p.message}\n`);
  }
  if (!loaded.base || loaded.problems.some((p) => p.severity === 'error')) {
    io.stderr('factcheck: invalid facts file; nothing was checked\n');
    return null;
  }
  return loaded.base;
}

/** A path relative to `cwd` when it lies under it, else as is. */
function shownPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, p));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** Whether text output gets colour: `--color`/`--no-color`, else FORCE_COLOR, NO_COLOR, a terminal. */
export function useColor(o: Pick<CliOptions, 'color'>, io: Pick<CliIO, 'env' | 'stdoutIsTTY'>): boolean {
  if (o.color !== null) return o.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

function render(reports: FileReport[], o: CliOptions, io: CliIO, deps: CliDeps): string {
  switch (o.format) {
    case 'json': return formatJson(reports);
    case 'sarif': return formatSarif(reports, { toolVersion: deps.version, informationUri: deps.informationUri, cwd: io.cwd });
    case 'text': return formatText(reports, { quiet: o.quiet, verbose: o.verbose, color: useColor(o, io) });
  }
}
