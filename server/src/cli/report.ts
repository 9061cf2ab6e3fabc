/** What the CLI found in each file: the input of every output format. */
import type { CheckedClaim, Verdict } from '../core';

export interface FileReport {
  /** As given on the command line, or joined under a directory given; `<stdin>` for `-`. */
  path: string;
  /** The checked text (without BOM); claim offsets index it. */
  text: string;
  /** Every recognised claim, sorted by `start`. */
  claims: CheckedClaim[];
  /** Fixes applied by `--fix` before `claims` were found (0 without `--fix`). */
  fixed: number;
}

export interface Summary {
  files: number;
  claims: number;
  contradicted: number;
  supported: number;
  unverifiable: number;
  /** Claims rewritten by `--fix`. */
  fixed: number;
}

/** Counts claims by verdict over all reports. */
export function summarize(reports: readonly FileReport[]): Summary {
  const s: Summary = { files: reports.length, claims: 0, contradicted: 0, supported: 0, unverifiable: 0, fixed: 0 };
  for (const r of reports) {
    s.fixed += r.fixed;
    for (const c of r.claims) {
      s.claims++;
      s[c.verdict satisfies Verdict]++;
    }
  }
  return s;
}

/** The CLI's exit status for a set of reports: 1 when any claim is contradicted, else 0. */
export function exitCodeFor(reports: readonly FileReport[]): 0 | 1 {
  return reports.some((r) => r.claims.some((c) => c.verdict === 'contradicted')) ? 1 : 0;
}

/** "1 claim", "2 claims". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
