/** Expanding the CLI's PATH arguments into the list of files to check. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isCheckedFile } from '../node/documents';

/** One input: a file path (as given, or joined under the directory given) or stdin. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface CollectResult {
  inputs: Input[];
  /** `path: problem` lines for arguments that could not be read. */
  errors: string[];
}

/** Folders a directory walk never enters: dependencies and dot-folders (.git, .vscode …). */
function skipDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Expands `args` (relative to `cwd`) into inputs. A file argument is taken whatever its
 * extension; a directory is walked recursively for `.md`, `.markdown` and `.txt` files in sorted
 * order, following symbolic links but never a folder twice. Files named twice are checked once.
 */
export function collectInputs(args: readonly string[], cwd: string): CollectResult {
  const inputs: Input[] = [];
  const errors: string[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  let stdinSeen = false;

  const addFile = (shown: string, real: string): void => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    inputs.push({ kind: 'file', path: shown });
  };

  const walk = (shown: string, real: string): void => {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(real).sort();
    } catch (e) {
      errors.push(`${shown}: ${describe(e)}`);
      return;
    }
    for (const name of names) {
      const childShown = path.join(shown, name);
      const childReal = path.join(real, name);
      let stat;
      try {
        stat = statSync(childReal);
      } catch {
        continue; // a dangling link inside a tree is not the user's argument: skip it
      }
      if (stat.isDirectory()) {
        if (!skipDirectory(name)) walk(childShown, realpathOr(childReal));
      } else if (stat.isFile() && isCheckedFile(name)) {
        addFile(childShown, realpathOr(childReal));
      }
    }
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!stdinSeen) inputs.push({ kind: 'stdin' });
      stdinSeen = true;
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch (e) {
      errors.push(`${arg}: ${describe(e)}`);
      continue;
    }
    if (stat.isDirectory()) walk(arg, realpathOr(abs));
    else addFile(arg, realpathOr(abs));
  }
  return { inputs, errors };
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** A file-system error as a short phrase: "no such file or directory". */
export function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    default: return e instanceof Error ? e.message : String(e);
  }
}
