import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFactsFiles, type FactBase } from '../../server/src/core';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** Loads facts files (paths relative to the repo root) and fails loudly on any problem. */
export function loadFacts(...files: string[]): FactBase {
  const inputs = files.map((f) => ({ path: f, text: fs.readFileSync(path.join(repoRoot, f), 'utf8') }));
  const { base, problems } = parseFactsFiles(inputs);
  if (!base) throw new Error(`facts did not load: ${problems.map((p) => `${p.file}:${p.line + 1}:${p.column + 1} ${p.message}`).join('; ')}`);
  return base;
}

/** The bundled Suzhou facts. */
export function bundledFacts(): FactBase {
  return loadFacts('facts/suzhou.facts.json');
}
