/**
 * Node-side facts-file access shared by the CLI and the language server: where the bundled facts
 * live, and reading files from disk before the pure engine parses them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFactsFiles, type FactsFileInput, type FactsParseResult } from '../core/facts';

/** The bundled facts, relative to the package (or extension) root. */
const BUNDLED = path.join('facts', 'suzhou.facts.json');

/**
 * Absolute path of the bundled facts/suzhou.facts.json, found by walking up from __dirname (works
 * from dist/*.js bundles, from the .vsix layout <ext>/dist + <ext>/facts, and from sources under
 * server/src/node run via tsx). Throws when no ancestor holds it (a broken install).
 */
export function bundledFactsPath(start: string = __dirname): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, BUNDLED);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`bundled facts not found: no ${BUNDLED} above ${start}`);
  }
}

/**
 * Reads and parses the files (in order, merged); an unreadable file becomes a problem at line 0,
 * column 0 and leaves `base` null. `inputs` holds the text of every file that could be read.
 */
export function loadFactsFiles(paths: string[]): FactsParseResult & { inputs: FactsFileInput[] } {
  const inputs: FactsFileInput[] = [];
  const unreadable: FactsParseResult['problems'] = [];
  for (const p of paths) {
    try {
      inputs.push({ path: p, text: fs.readFileSync(p, 'utf8') });
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e);
      unreadable.push({ file: p, line: 0, column: 0, offset: 0, length: 0, message: `cannot read facts file: ${reason}`, severity: 'error' });
    }
  }
  const result = parseFactsFiles(inputs);
  // Keep the files' order: problems of the second file come after those of the first.
  const order = new Map(paths.map((p, i) => [p, i]));
  const problems = [...unreadable, ...result.problems].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { base: unreadable.length ? null : result.base, problems, inputs };
}
