/** The human format: one line per claim, like eslint's compact and markdownlint's output. */
import type { CheckedClaim, Verdict } from '../../core';
import { LineIndex } from '../../core/lines';
import { plural, summarize, type FileReport } from '../report';

export interface TextOptions {
  /** Leave out unverifiable claims. */
  quiet: boolean;
  /** List supported claims too. */
  verbose: boolean;
  /** Wrap severities and the summary in ANSI colours. */
  color: boolean;
}

/** Severity words per verdict; supported claims print as "ok" and only with `verbose`. */
export const SEVERITY: Record<Verdict, string> = { contradicted: 'error', unverifiable: 'info', supported: 'ok' };

const ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;

function paint(on: boolean, style: keyof typeof ANSI, s: string): string {
  return on ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s;
}

function shown(c: CheckedClaim, o: TextOptions): boolean {
  if (c.verdict === 'supported') return o.verbose;
  if (c.verdict === 'unverifiable') return !o.quiet;
  return true;
}

/**
 * Formats reports as `path:line:col  severity  message  [factId]` lines (1-based line and UTF-16
 * column of the claim's start), then "fixed N claims in PATH" lines for `--fix` and a summary
 * such as "2 contradicted, 5 supported, 1 unverifiable in 3 files". Ends with a newline.
 */
export function formatText(reports: readonly FileReport[], o: TextOptions): string {
  const rows: { where: string; severity: Verdict; message: string; factId: string | null }[] = [];
  for (const r of reports) {
    const lines = new LineIndex(r.text);
    for (const c of r.claims) {
      if (!shown(c, o)) continue;
      const p = lines.positionAt(c.start);
      rows.push({ where: `${r.path}:${p.line}:${p.column}`, severity: c.verdict, message: c.message, factId: c.factId });
    }
  }
  const whereWidth = Math.max(0, ...rows.map((r) => r.where.length));
  const out: string[] = [];
  for (const row of rows) {
    const sev = SEVERITY[row.severity].padEnd(5);
    const style = row.severity === 'contradicted' ? 'red' : row.severity === 'unverifiable' ? 'cyan' : 'green';
    const id = row.factId ? `  ${paint(o.color, 'dim', `[${row.factId}]`)}` : '';
    out.push(`${row.where.padEnd(whereWidth)}  ${paint(o.color, style, sev)}  ${row.message}${id}`);
  }
  for (const r of reports) {
    if (r.fixed > 0) out.push(`fixed ${plural(r.fixed, 'claim')} in ${r.path}`);
  }
  out.push(summaryLine(reports, o.color));
  return `${out.join('\n')}\n`;
}

/** "2 contradicted, 5 supported, 1 unverifiable in 3 files", red when anything is contradicted. */
export function summaryLine(reports: readonly FileReport[], color: boolean): string {
  const s = summarize(reports);
  const line = `${s.contradicted} contradicted, ${s.supported} supported, ${s.unverifiable} unverifiable in ${plural(s.files, 'file')}`;
  return paint(color, s.contradicted > 0 ? 'red' : 'green', line);
}
