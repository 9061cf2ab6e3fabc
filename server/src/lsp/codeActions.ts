/**
 * Code actions, built statelessly from what the diagnostics carry (`data`) and, for Fix All,
 * from the claims of the current document version. Every edit is a versioned TextDocumentEdit
 * pinned to the version it was computed for; a diagnostic from another version gets no action,
 * so a stale fix can never land on moved text.
 */
import {
  CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type Position, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { extractProse, type CheckedClaim, type DocumentKind } from '../core';
import { spanToRange } from './convert';
import { isFactcheckDiagnostic, type FactcheckDiagnosticData } from './diagnostics';

/** The kind `editor.codeActionsOnSave` asks for to fix every factcheck problem on save. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.factcheck`;
export const fixAllTitle = 'Fix all factcheck problems';
export const ignoreTitle = 'Ignore this claim';

/**
 * Whether an action of `kind` answers a request restricted to `only`. Kinds are hierarchical
 * ("source" covers "source.fixAll.factcheck"). With no `only`, the client wants quick fixes and
 * refactorings, not source actions, which it asks for by kind.
 */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return !kind.startsWith(CodeActionKind.Source);
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** A workspace edit of one document, pinned to `version` (or plain `changes` for clients without documentChanges). */
export function pinnedEdit(uri: string, version: number, edits: TextEdit[], versioned = true): WorkspaceEdit {
  return versioned
    ? { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] }
    : { changes: { [uri]: edits } };
}

/** "Change to 2.27 trillion yuan": the preferred quick fix of one contradicted diagnostic of this version. */
export function quickFix(doc: TextDocument, diagnostic: Diagnostic & { data: FactcheckDiagnosticData }, versioned = true): CodeAction | null {
  const { data } = diagnostic;
  if (data.verdict !== 'contradicted' || !data.fix || data.version !== doc.version) return null;
  return {
    title: `Change to ${data.fix.fixedFigure}`,
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    diagnostics: [diagnostic],
    edit: pinnedEdit(doc.uri, doc.version, [{ range: data.fix.range, newText: data.fix.newText }], versioned),
  };
}

/**
 * The text of a disable directive for `factId` (all facts when null) in a document of `kind`,
 * without indentation or EOL: `disable-line` switches off its own line, `disable-next-line` the next.
 */
export function disableComment(keyword: 'disable-line' | 'disable-next-line', kind: DocumentKind, factId: string | null): string {
  const words = factId ? `factcheck-${keyword} ${factId}` : `factcheck-${keyword}`;
  return kind === 'markdown' ? `<!-- ${words} -->` : words;
}

/**
 * Where a comment at the end of a Markdown line goes so the line renders as before: before
 * trailing white space, before an ATX heading's closing #s, and before the backslash of a hard
 * line break (an odd run of backslashes; an even one is escaped backslashes).
 */
function endOfLineInsertion(lineText: string): number {
  let end = lineText.length - (/[ \t]*$/.exec(lineText)?.[0].length ?? 0);
  const body = lineText.slice(0, end);
  const closing = /^[ \t]*(?:>[ \t]?)*[ \t]*#{1,6}[ \t].*?([ \t]+#+)$/.exec(body);
  if (closing) return end - closing[1].length;
  let backslashes = 0;
  while (backslashes < end && body[end - 1 - backslashes] === '\\') backslashes++;
  if (backslashes % 2 === 1) end--;
  return end;
}

/** Paragraph lines read around a claim, at most, each way. */
const PARAGRAPH_REACH = 200;

/** The first (`step` -1) or last (`step` 1) line of the paragraph holding `line`: up to a blank line. */
function paragraphEdge(doc: TextDocument, line: number, step: -1 | 1): number {
  let edge = line;
  for (let k = 0; k < PARAGRAPH_REACH; k++) {
    const next = edge + step;
    if (next < 0 || next >= doc.lineCount) break;
    if (!/\S/.test(doc.getText({ start: { line: next, character: 0 }, end: { line: next + 1, character: 0 } }))) break;
    edge = next;
  }
  return edge;
}

/**
 * "Ignore this claim". In Markdown: a disable-line comment at the end of the claim's line (see
 * `endOfLineInsertion`), so no paragraph, list or table is split and the sentences after it keep
 * their entity and period (a comment line would end the paragraph). When the line ends inside
 * something that runs on (a code span, an HTML tag or comment), the comment would not read as
 * one: then, as in plain text, a disable-next-line directive goes on its own line before the
 * claim's line, with that line's indentation (and block-quote markers) and the document's line
 * ending.
 */
export function ignoreAction(doc: TextDocument, kind: DocumentKind, diagnostic: Diagnostic & { data: FactcheckDiagnosticData }, versioned = true): CodeAction | null {
  if (diagnostic.data.version !== doc.version) return null;
  const line = diagnostic.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  let at: Position | null = null;
  let newText = '';
  if (kind === 'markdown') {
    const inline = { line, character: endOfLineInsertion(lineText) };
    const comment = ` ${disableComment('disable-line', kind, diagnostic.data.factId)}`;
    // Read the edited paragraph alone, not the whole document (this runs on every code-action
    // request): nothing inline runs across a blank line, and the claim's line is prose, so a
    // directive found there is one in place; a paragraph misread alone only means the fallback.
    const from = paragraphEdge(doc, line, -1);
    const to = paragraphEdge(doc, line, 1);
    const before = doc.getText({ start: { line: from, character: 0 }, end: inline });
    const after = doc.getText({ start: inline, end: { line: to + 1, character: 0 } });
    if (extractProse(before + comment + after, 'markdown').directives.some((d) => d.kind === 'disable-line' && d.line === line - from)) {
      at = inline;
      newText = comment;
    }
  }
  if (!at) {
    const prefix = (kind === 'markdown' ? /^[ \t]*(?:>[ \t]?)*/ : /^[ \t]*/).exec(lineText)?.[0] ?? '';
    const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
    at = { line, character: 0 };
    newText = `${prefix}${disableComment('disable-next-line', kind, diagnostic.data.factId)}${eol}`;
  }
  return {
    title: ignoreTitle,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: pinnedEdit(doc.uri, doc.version, [{ range: { start: at, end: at }, newText }], versioned),
  };
}

/**
 * The edits of every contradicted claim's fix, in document order. `claims` must come from
 * `doc`'s current text. Overlapping fixes (which the engine should not produce) keep the first.
 */
export function fixAllEdits(doc: TextDocument, claims: readonly CheckedClaim[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const claim of claims) {
    if (claim.verdict !== 'contradicted' || !claim.fix || claim.fix.start < lastEnd) continue;
    edits.push({ range: spanToRange(doc, claim.fix), newText: claim.fix.newText });
    lastEnd = claim.fix.end;
  }
  return edits;
}

/** "Fix all factcheck problems" of the given action kind; null when there is nothing to fix. */
export function fixAllAction(doc: TextDocument, edits: TextEdit[], kind: string, versioned = true): CodeAction | null {
  if (edits.length === 0) return null;
  return { title: fixAllTitle, kind, edit: pinnedEdit(doc.uri, doc.version, edits, versioned) };
}

export interface CodeActionInput {
  doc: TextDocument;
  kind: DocumentKind;
  /** The diagnostics the client sent in the request context. */
  diagnostics: readonly Diagnostic[];
  only: readonly string[] | undefined;
  /** Claims of `doc`'s current version; called only when Fix All is wanted. */
  claims: () => readonly CheckedClaim[];
  /** False when contradicted claims are switched off: then nothing is a "problem" to fix. */
  fixContradicted: boolean;
  /** Whether the client accepts versioned `documentChanges`. */
  versioned: boolean;
}

/**
 * All actions for a code-action request: per diagnostic the quick fix and "Ignore this claim";
 * Fix All as a quick fix when the document has more than one fix; Fix All as
 * `source.fixAll.factcheck` when the client asks for that kind (fix on save).
 */
export function buildCodeActions(input: CodeActionInput): CodeAction[] {
  const { doc, only, versioned } = input;
  const actions: CodeAction[] = [];
  const ours = input.diagnostics.filter(isFactcheckDiagnostic);
  let edits: TextEdit[] | undefined;
  const allEdits = (): TextEdit[] => (edits ??= fixAllEdits(doc, input.claims()));
  if (kindRequested(only, CodeActionKind.QuickFix)) {
    for (const diagnostic of ours) {
      const fix = quickFix(doc, diagnostic, versioned);
      if (fix) actions.push(fix);
    }
    for (const diagnostic of ours) {
      const ignore = ignoreAction(doc, input.kind, diagnostic, versioned);
      if (ignore) actions.push(ignore);
    }
    // With a single fix in the document, "Fix all" would only repeat the quick fix.
    if (input.fixContradicted && actions.some((a) => a.isPreferred) && allEdits().length > 1) {
      const all = fixAllAction(doc, allEdits(), CodeActionKind.QuickFix, versioned);
      if (all) actions.push(all);
    }
  }
  if (only && input.fixContradicted && kindRequested(only, fixAllKind)) {
    const all = fixAllAction(doc, allEdits(), fixAllKind, versioned);
    if (all) actions.push(all);
  }
  return actions;
}
