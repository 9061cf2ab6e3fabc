/**
 * The JSON format, version 1. Stable: fields may be added, never renamed or removed without a
 * version bump. Lines and columns are 1-based; columns count UTF-16 code units; `endLine` /
 * `endColumn` point just past the claim's last character (exclusive), as in SARIF.
 */
import type { CheckedClaim, ClaimedValue, ExpectedValue, Qualifier, Verdict } from '../../core';
import { LineIndex } from '../../core/lines';
import { summarize, type FileReport, type Summary } from '../report';

export interface JsonClaim {
  factId: string | null;
  verdict: Verdict;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the file's text (after a BOM, if any), `end` exclusive. */
  start: number;
  end: number;
  text: string;
  entity: string;
  metric: string;
  period: string | null;
  periodFrom: CheckedClaim['periodFrom'];
  claimed: ClaimedValue;
  expected: ExpectedValue | null;
  message: string;
  fix: { newText: string; line: number; column: number; endLine: number; endColumn: number } | null;
}

export interface JsonFile {
  path: string;
  /** Claims rewritten by `--fix` before this check (0 without it). */
  fixed: number;
  claims: JsonClaim[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
  summary: Summary;
}

/** The JSON document for `reports`: every input file, every recognised claim of any verdict. */
export function toJsonReport(reports: readonly FileReport[]): JsonReport {
  return {
    version: 1,
    files: reports.map((r) => {
      const lines = new LineIndex(r.text);
      return { path: r.path, fixed: r.fixed, claims: r.claims.map((c) => toJsonClaim(c, lines)) };
    }),
    summary: summarize(reports),
  };
}

function toJsonClaim(c: CheckedClaim, lines: LineIndex): JsonClaim {
  const s = lines.positionAt(c.start);
  const e = lines.positionAt(c.end);
  let fix: JsonClaim['fix'] = null;
  if (c.fix) {
    const fs = lines.positionAt(c.fix.start);
    const fe = lines.positionAt(c.fix.end);
    fix = { newText: c.fix.newText, line: fs.line, column: fs.column, endLine: fe.line, endColumn: fe.column };
  }
  return {
    factId: c.factId,
    verdict: c.verdict,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    start: c.start,
    end: c.end,
    text: c.text,
    entity: c.entity,
    metric: c.metric,
    period: c.period,
    periodFrom: c.periodFrom,
    claimed: {
      value: c.claimed.value, unit: c.claimed.unit, qualifier: c.claimed.qualifier satisfies Qualifier, precision: c.claimed.precision,
      ...(c.claimed.upper !== undefined ? { upper: c.claimed.upper } : {}),
    },
    expected: c.expected,
    message: c.message,
    fix,
  };
}

/** Serialises {@link toJsonReport} with two-space indentation and a trailing newline. */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(toJsonReport(reports), null, 2)}\n`;
}
