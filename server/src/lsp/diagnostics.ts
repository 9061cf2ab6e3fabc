/**
 * Checked claims → LSP diagnostics. Pure: the document, the claims and the settings in,
 * diagnostics out; the server decides when to publish them (pull or push).
 */
import type { Diagnostic, DiagnosticRelatedInformation, Location, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedClaim } from '../core';
import { spanToRange, toSeverity } from './convert';
import type { FactcheckSettings } from './settings';

/** `Diagnostic.source` of every factcheck diagnostic. */
export const diagnosticSource = 'factcheck';

/**
 * What a factcheck diagnostic carries in `data`, so that code actions can be built from the
 * diagnostic alone (no server-side table of pending fixes).
 */
export interface FactcheckDiagnosticData {
  /** Version of the document the diagnostic was computed for; edits are pinned to it. */
  version: number;
  verdict: 'contradicted' | 'unverifiable';
  factId: string | null;
  /**
   * The engine's replacement, as a range in that same version, and the claim's figure as it reads
   * once fixed ("2.27 trillion yuan" when only "2.5" is replaced); null when there is no fix.
   */
  fix: { range: Range; newText: string; fixedFigure: string } | null;
}

/** The claim's text with its fix applied, when the fix lies inside the claim; else the fix's text. */
export function fixedFigure(claim: CheckedClaim): string | null {
  const fix = claim.fix;
  if (!fix) return null;
  if (fix.start < claim.start || fix.end > claim.end) return fix.newText;
  return claim.text.slice(0, fix.start - claim.start) + fix.newText + claim.text.slice(fix.end - claim.start);
}

export interface DiagnosticsOptions {
  settings: Pick<FactcheckSettings, 'severity'>;
  /** Where a fact is defined in its facts file; undefined when not known. */
  factLocation(factId: string): Location | undefined;
}

/**
 * One diagnostic per contradicted or unverifiable claim whose severity setting is not 'off';
 * supported claims never get one. Ranges are the claims' UTF-16 spans in `doc`, and `data.version`
 * is `doc.version`, so `claims` must have been computed from exactly this version's text.
 */
export function claimsToDiagnostics(doc: TextDocument, claims: readonly CheckedClaim[], options: DiagnosticsOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const claim of claims) {
    if (claim.verdict === 'supported') continue;
    const severity = toSeverity(options.settings.severity[claim.verdict]);
    if (severity === null) continue;
    const data: FactcheckDiagnosticData = {
      version: doc.version,
      verdict: claim.verdict,
      factId: claim.factId,
      fix: claim.fix ? { range: spanToRange(doc, claim.fix), newText: claim.fix.newText, fixedFigure: fixedFigure(claim) ?? claim.fix.newText } : null,
    };
    const diagnostic: Diagnostic = {
      range: spanToRange(doc, claim),
      severity,
      source: diagnosticSource,
      code: claim.verdict,
      message: claim.message,
      data,
    };
    const url = claim.expected?.source.url;
    if (url) diagnostic.codeDescription = { href: url };
    const factId = claim.expected?.factId ?? claim.factId;
    const location = factId ? options.factLocation(factId) : undefined;
    if (location && factId) {
      const related: DiagnosticRelatedInformation = { location, message: `Fact ${factId} in its facts file` };
      diagnostic.relatedInformation = [related];
    }
    out.push(diagnostic);
  }
  return out;
}

function isRange(value: unknown): value is Range {
  const r = value as Range | null;
  return typeof r === 'object' && r !== null && typeof r.start?.line === 'number' && typeof r.start?.character === 'number'
    && typeof r.end?.line === 'number' && typeof r.end?.character === 'number';
}

/**
 * Whether `diagnostic` is one of ours with well-formed `data`. Diagnostics come back from the
 * client in code-action requests, so they are checked rather than trusted.
 */
export function isFactcheckDiagnostic(diagnostic: Diagnostic): diagnostic is Diagnostic & { data: FactcheckDiagnosticData } {
  if (diagnostic.source !== diagnosticSource) return false;
  const d = diagnostic.data as Partial<FactcheckDiagnosticData> | null | undefined;
  if (typeof d !== 'object' || d === null || typeof d.version !== 'number') return false;
  if (d.verdict !== 'contradicted' && d.verdict !== 'unverifiable') return false;
  if (d.factId !== null && typeof d.factId !== 'string') return false;
  if (d.fix === null) return true;
  return typeof d.fix === 'object' && isRange(d.fix.range) && typeof d.fix.newText === 'string' && typeof d.fix.fixedFigure === 'string';
}
