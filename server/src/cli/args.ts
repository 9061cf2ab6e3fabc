/** Command-line parsing for `factcheck`: argv in, options or a usage error out. Pure. */
import type { DocumentKind } from '../core';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  /** Facts files given with `--facts`; empty means the bundled facts. */
  facts: string[];
  format: OutputFormat;
  fix: boolean;
  /** Text format: leave out unverifiable claims. */
  quiet: boolean;
  /** Text format: list supported claims too. */
  verbose: boolean;
  /** null: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  color: boolean | null;
  /** How `-` (stdin) is read. */
  stdinKind: DocumentKind;
  /** Files, directories and `-`, in the order given. */
  paths: string[];
  help: boolean;
  version: boolean;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: factcheck [options] PATH...

Checks economic figures in Markdown (.md, .markdown) and plain-text (.txt) files against a facts
file. PATH is a file, a directory (searched recursively, skipping node_modules and dot-folders)
or - for standard input.

Options:
  --facts FILE          facts file to use instead of the bundled one (repeatable; merged)
  --format FORMAT       text (default), json or sarif
  --fix                 rewrite files with the proposed fixes, then check again
  --stdin-kind KIND     how to read -: plaintext (default) or markdown
  -q, --quiet           text format: report contradicted claims only
  --verbose             text format: list supported claims too
  --color, --no-color   force or disable colour (default: on for a terminal, off with NO_COLOR)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 no contradicted claim, 1 at least one, 2 usage error, unreadable input or
invalid facts file.
`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const KINDS: readonly DocumentKind[] = ['plaintext', 'markdown'];

/** Options that take a value, as `--name VALUE` or `--name=VALUE`. */
const VALUE_OPTIONS = new Set(['--facts', '--format', '--stdin-kind']);

/**
 * Parses `argv` (without `node` and the script). Everything after `--` is a path; a lone `-` is
 * stdin. Needs at least one path unless `--help` or `--version` is given.
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  const o: CliOptions = {
    facts: [], format: 'text', fix: false, quiet: false, verbose: false, color: null,
    stdinKind: 'plaintext', paths: [], help: false, version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      o.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    if (VALUE_OPTIONS.has(name)) {
      if (name !== arg) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined || value === '') return { ok: false, error: `option ${name} needs a value` };
    } else if (name !== arg) {
      return { ok: false, error: `option ${name} takes no value` };
    }
    switch (name) {
      case '--facts':
        o.facts.push(value as string);
        break;
      case '--format':
        if (!FORMATS.includes(value as OutputFormat)) {
          return { ok: false, error: `unknown format '${value}' (expected ${FORMATS.join(', ')})` };
        }
        o.format = value as OutputFormat;
        break;
      case '--stdin-kind':
        if (!KINDS.includes(value as DocumentKind)) {
          return { ok: false, error: `unknown --stdin-kind '${value}' (expected ${KINDS.join(' or ')})` };
        }
        o.stdinKind = value as DocumentKind;
        break;
      case '--fix': o.fix = true; break;
      case '-q': case '--quiet': o.quiet = true; break;
      case '--verbose': o.verbose = true; break;
      case '--color': o.color = true; break;
      case '--no-color': o.color = false; break;
      case '-h': case '--help': o.help = true; break;
      case '-v': case '--version': o.version = true; break;
      default:
        return { ok: false, error: `unknown option ${name}` };
    }
  }
  if (o.help || o.version) return { ok: true, options: o };
  if (o.paths.length === 0) return { ok: false, error: 'no input: give files, directories or - for stdin' };
  if (o.fix && o.paths.includes('-')) return { ok: false, error: '--fix cannot rewrite standard input' };
  if (o.quiet && o.verbose) return { ok: false, error: '--quiet and --verbose exclude each other' };
  return { ok: true, options: o };
}
