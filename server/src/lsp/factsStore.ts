/**
 * The facts in use, per workspace folder ("scope"): which facts files a folder's settings name,
 * their parsed fact base, one Checker per fact base (so its per-block cache is reused across
 * edits), the last good base when a file breaks, and the problems to show in the facts files.
 *
 * File access is injected (`readText`, `listFiles`) so the store is tested without a disk, and
 * so that the text of an open, unsaved facts file wins over what is on disk.
 */
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Checker, parseFactsFiles, type FactBase, type FactsProblem, type FileLocation } from '../core';
import { pathToUri } from './convert';
import { diagnosticSource } from './diagnostics';
import type { FactcheckSettings } from './settings';

export interface FactsStoreHost {
  /** Path of the bundled facts file, or null when there is none. */
  bundledPath: string | null;
  /** Text of a file (an open document's unsaved text first), or null when it cannot be read. */
  readText(filePath: string): string | null;
  /** Every file under `folder` (absolute paths), for glob patterns. */
  listFiles(folder: string): string[];
}

/** The facts of one workspace folder (or of documents outside any folder: `folderPath` null). */
export interface FactsScope {
  readonly key: string;
  readonly folderPath: string | null;
  /** Facts files named by the settings, resolved to absolute paths, in merge order. */
  paths: string[];
  /** Configured paths that could not be read. */
  missing: string[];
  /** The last good fact base and its checker; null until one loads. */
  base: FactBase | null;
  checker: Checker | null;
  /** Changes whenever `base` does: part of cache keys and diagnostic result ids. */
  generation: number;
  /** Problems of the last load (the last good base stays in use when there are errors). */
  problems: FactsProblem[];
  /** Texts of the files of the last good base, to turn fact locations into ranges. */
  texts: Map<string, TextDocument>;
  settingsKey: string;
  /** The facts-related settings the scope was configured with. */
  settings: FactsSettings;
  /** Paths and texts of the last load: an unchanged reload (a save) keeps the checker and its cache. */
  loadedKey: string;
}

export type FactsSettings = Pick<FactcheckSettings, 'factsFiles' | 'useBundledFacts'>;

const globMagic = /[*?[\]{}]/;

let generations = 0;

/**
 * Resolves `factsFiles` patterns against a folder: plain paths are joined to the folder
 * (absolute ones kept), globs are matched against the folder's files (relative, `/`-separated).
 * Results keep pattern order, without duplicates.
 */
export function resolveFactsPatterns(patterns: readonly string[], folderPath: string | null, listFiles: (folder: string) => string[]): string[] {
  const out: string[] = [];
  const add = (p: string): void => { if (!out.includes(p)) out.push(p); };
  let files: string[] | undefined;
  for (const pattern of patterns) {
    if (!globMagic.test(pattern)) {
      if (path.isAbsolute(pattern)) add(path.normalize(pattern));
      else if (folderPath) add(path.join(folderPath, pattern));
      continue;
    }
    if (!folderPath) continue;
    files ??= listFiles(folderPath);
    const matched = files
      .filter((f) => minimatch(path.relative(folderPath, f).split(path.sep).join('/'), pattern, { dot: true }))
      .sort();
    matched.forEach(add);
  }
  return out;
}

export class FactsStore {
  private readonly scopes = new Map<string, FactsScope>();

  constructor(private readonly host: FactsStoreHost) {}

  /** All scopes configured so far. */
  all(): FactsScope[] {
    return [...this.scopes.values()];
  }

  get(key: string): FactsScope | undefined {
    return this.scopes.get(key);
  }

  /**
   * Makes sure scope `key` follows `settings`: on first use, or when the facts-related settings
   * or the set of files they resolve to changed, the facts are (re)loaded. Returns true when the
   * scope's fact base or its problems changed.
   */
  configure(key: string, folderPath: string | null, settings: FactsSettings): boolean {
    const paths = this.pathsFor(folderPath, settings);
    const settingsKey = JSON.stringify(paths);
    const existing = this.scopes.get(key);
    if (existing) existing.settings = settings;
    if (existing && existing.settingsKey === settingsKey) return false;
    const scope: FactsScope = existing ?? {
      key, folderPath, paths, missing: [], base: null, checker: null, generation: 0, problems: [], texts: new Map(), settingsKey, settings, loadedKey: '',
    };
    scope.paths = paths;
    scope.settingsKey = settingsKey;
    this.scopes.set(key, scope);
    return this.load(scope);
  }

  private pathsFor(folderPath: string | null, settings: FactsSettings): string[] {
    const bundled = settings.useBundledFacts && this.host.bundledPath ? [this.host.bundledPath] : [];
    return [...bundled, ...resolveFactsPatterns(settings.factsFiles, folderPath, this.host.listFiles)]
      .filter((p, i, all) => all.indexOf(p) === i);
  }

  /**
   * Re-reads and re-parses the scope's files. A base with errors is not used: the last good one
   * stays. With no good base yet, the files without errors are used on their own, so one broken
   * file does not switch off the others. Returns true when the base or the problems changed.
   */
  load(scope: FactsScope): boolean {
    const problemsBefore = JSON.stringify(scope.problems);
    const inputs: { path: string; text: string }[] = [];
    scope.missing = [];
    for (const p of scope.paths) {
      const text = this.host.readText(p);
      if (text === null) scope.missing.push(p);
      else inputs.push({ path: p, text });
    }
    const loadedKey = JSON.stringify(inputs);
    if (scope.base && loadedKey === scope.loadedKey) return false;
    scope.loadedKey = loadedKey;
    const result = parseFactsFiles(inputs);
    scope.problems = result.problems;
    let base = result.base;
    let used = inputs;
    if (!base && !scope.base) {
      const broken = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.file));
      used = inputs.filter((i) => !broken.has(i.path));
      base = used.length > 0 ? parseFactsFiles(used).base : null;
    }
    if (!base) {
      // Nothing loaded at all: an empty base, so documents get no diagnostics rather than errors.
      if (scope.base) return JSON.stringify(scope.problems) !== problemsBefore;
      base = { entities: [], metrics: [], periods: [], rates: [], facts: [], files: [] };
      used = [];
    }
    scope.base = base;
    scope.checker = new Checker(base);
    scope.generation = ++generations;
    scope.texts = new Map(used.map((i) => [i.path, TextDocument.create(pathToUri(i.path), 'json', 0, i.text)]));
    return true;
  }

  /**
   * Re-resolves globs (a facts file may have been created or deleted) and reloads the scopes whose
   * files include `filePath`. Returns the scopes whose base or problems changed.
   */
  fileChanged(filePath: string): FactsScope[] {
    return this.all().filter((scope) => {
      const resolvedAgain = this.configure(scope.key, scope.folderPath, scope.settings);
      if (resolvedAgain) return true;
      return scope.paths.includes(filePath) && this.load(scope);
    });
  }

  /** Where fact `factId` is defined, from the scope's last good base; undefined when unknown. */
  factLocation(scope: FactsScope, factId: string): Location | undefined {
    const fact = scope.base?.facts.find((f) => f.id === factId);
    return fact?.location ? this.toLocation(scope, fact.location) : undefined;
  }

  private toLocation(scope: FactsScope, loc: FileLocation): Location {
    const doc = scope.texts.get(loc.file);
    const start = { line: loc.line, character: loc.column };
    const range: Range = doc
      ? { start, end: doc.positionAt(loc.offset + loc.length) }
      : { start, end: { line: loc.line, character: loc.column + loc.length } };
    return { uri: pathToUri(loc.file), range };
  }

  /**
   * Diagnostics for every facts file any scope reads, keyed by URI; files without problems map
   * to an empty list so earlier diagnostics get cleared. Problems seen by several scopes appear once.
   */
  problemDiagnostics(): Map<string, Diagnostic[]> {
    const out = new Map<string, Diagnostic[]>();
    const seen = new Set<string>();
    for (const scope of this.all()) {
      for (const p of scope.paths) if (!out.has(pathToUri(p))) out.set(pathToUri(p), []);
      for (const problem of scope.problems) {
        const id = `${problem.file}\0${problem.offset}\0${problem.message}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const uri = pathToUri(problem.file);
        const text = this.host.readText(problem.file);
        const doc = text === null ? undefined : TextDocument.create(uri, 'json', 0, text);
        const start = { line: problem.line, character: problem.column };
        const end = doc ? doc.positionAt(problem.offset + Math.max(problem.length, 0)) : { line: problem.line, character: problem.column + problem.length };
        const diagnostics = out.get(uri) ?? [];
        diagnostics.push({
          range: { start, end },
          severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          source: diagnosticSource,
          code: 'facts-file',
          message: problem.message,
        });
        out.set(uri, diagnostics);
      }
    }
    return out;
  }
}
