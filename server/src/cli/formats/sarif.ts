/**
 * SARIF 2.1.0 output, as GitHub code scanning takes it: one run, a rule per verdict kind, a result
 * per contradicted claim with its fix. Regions are 1-based with UTF-16 columns (`columnKind`),
 * end column exclusive.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix, Log, Region, ReportingDescriptor, Result } from 'sarif';
import type { CheckedClaim, Verdict } from '../../core';
import { LineIndex } from '../../core/lines';
import type { FileReport } from '../report';

export interface SarifOptions {
  toolVersion: string;
  /** Where the tool is documented; rules link to anchors in it. */
  informationUri: string;
  /** Folder `%SRCROOT%` stands for; relative artifact URIs are relative to it. */
  cwd: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const RULES: Record<Verdict, { short: string; full: string; level: 'error' | 'note' | 'none' }> = {
  contradicted: {
    short: 'Figure contradicts the facts file',
    full: 'A figure about a known entity, metric and period disagrees with the value its source publishes, allowing for rounding at the precision written and for qualifiers such as "more than" or "about".',
    level: 'error',
  },
  unverifiable: {
    short: 'No fact for the period of this figure',
    full: 'The figure names a known entity and metric, but the facts file has no fact for the period it is about, so it could not be checked.',
    level: 'note',
  },
  supported: {
    short: 'Figure agrees with the facts file',
    full: 'The figure agrees with a published statement of the fact (the final figure or an alternative such as an earlier estimate).',
    level: 'none',
  },
};

const VERDICTS: readonly Verdict[] = ['contradicted', 'unverifiable', 'supported'];

/** `factcheck/contradicted` and so on. */
export function ruleId(v: Verdict): string {
  return `factcheck/${v}`;
}

/**
 * Where an input lives: relative to `%SRCROOT%` (posix separators, URI-escaped) when it is under
 * `cwd`, else an absolute `file:` URI; standard input has no file.
 */
export function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  if (filePath === '<stdin>') return { uri: 'stdin' };
  const abs = path.resolve(cwd, filePath);
  const rel = path.relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(lines: LineIndex, start: number, end: number): Region {
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

/**
 * A fingerprint that survives edits elsewhere in the file: the path, the fact, the claim's text
 * and which occurrence of that (fact, text) pair it is, never its line number.
 */
function fingerprint(filePath: string, c: CheckedClaim, occurrence: number): string {
  return createHash('sha256').update(`${filePath}\0${c.factId ?? ''}\0${c.text}\0${occurrence}`).digest('hex').slice(0, 32);
}

/** The SARIF log for `reports`. */
export function toSarif(reports: readonly FileReport[], o: SarifOptions): Log {
  const rules: ReportingDescriptor[] = VERDICTS.map((v) => ({
    id: ruleId(v),
    name: v,
    shortDescription: { text: RULES[v].short },
    fullDescription: { text: RULES[v].full },
    helpUri: `${o.informationUri}#verdicts`,
    help: { text: RULES[v].full },
    defaultConfiguration: { level: RULES[v].level },
  }));
  const results: Result[] = [];
  for (const r of reports) {
    const lines = new LineIndex(r.text);
    const location = artifactLocation(r.path, o.cwd);
    const occurrences = new Map<string, number>();
    for (const c of r.claims) {
      if (c.verdict !== 'contradicted') continue;
      const key = `${c.factId ?? ''}\0${c.text}`;
      const n = occurrences.get(key) ?? 0;
      occurrences.set(key, n + 1);
      const fixes: Fix[] = c.fix
        ? [{
          description: { text: `Change to ${c.fix.newText}` },
          artifactChanges: [{
            artifactLocation: location,
            replacements: [{ deletedRegion: region(lines, c.fix.start, c.fix.end), insertedContent: { text: c.fix.newText } }],
          }],
        }]
        : [];
      results.push({
        ruleId: ruleId('contradicted'),
        ruleIndex: VERDICTS.indexOf('contradicted'),
        level: 'error',
        message: { text: c.message },
        locations: [{
          physicalLocation: {
            artifactLocation: location,
            region: { ...region(lines, c.start, c.end), snippet: { text: c.text } },
          },
        }],
        partialFingerprints: { 'factcheckClaim/v1': fingerprint(r.path, c, n) },
        ...(fixes.length > 0 ? { fixes } : {}),
        properties: { factId: c.factId, entity: c.entity, metric: c.metric, period: c.period },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'factcheck', version: o.toolVersion, semanticVersion: o.toolVersion, informationUri: o.informationUri, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(path.resolve(o.cwd)).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** Serialises {@link toSarif} with two-space indentation and a trailing newline. */
export function formatSarif(reports: readonly FileReport[], o: SarifOptions): string {
  return `${JSON.stringify(toSarif(reports, o), null, 2)}\n`;
}
