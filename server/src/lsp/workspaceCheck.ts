/**
 * Which files "Check Workspace" reads: Markdown and text files of a workspace folder, minus
 * what `files.exclude` and `factcheck.exclude` leave out. No file access of its own: the walker is injected.
 */
import { minimatch } from 'minimatch';
import { isCheckedFile } from '../node/documents';

/**
 * The glob patterns that are on in a `files.exclude` value. Conditional entries
 * (`{ "when": "$(basename).ts" }`) depend on sibling files and are not applied.
 */
export function enabledExcludes(filesExclude: unknown): string[] {
  if (typeof filesExclude !== 'object' || filesExclude === null) return [];
  return Object.entries(filesExclude as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => glob);
}

/**
 * Whether `relPath` (`/`-separated, relative to the workspace folder) is excluded by one of
 * `globs`, itself or through one of its parent directories: "**\/.git" excludes ".git/HEAD".
 */
export function isExcluded(relPath: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const parts = relPath.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (globs.some((g) => minimatch(prefix, g, { dot: true }))) return true;
  }
  return false;
}

/**
 * The files of a folder that Check Workspace reads, in walk order. `walk` lists files under
 * the folder as `/`-separated relative paths and prunes the directories its callback rejects,
 * so excluded trees (node_modules) are never read.
 */
export function filesToCheck(walk: (skipDir: (relDir: string) => boolean) => string[], toRelative: (file: string) => string, excludes: readonly string[]): string[] {
  return walk((relDir) => isExcluded(relDir, excludes))
    .filter((file) => isCheckedFile(file) && !isExcluded(toRelative(file), excludes));
}
