/**
 * The one place where the engine's UTF-16 offsets become LSP positions and ranges, and file
 * paths become URIs. LSP positions count UTF-16 code units too (the default `positionEncoding`),
 * so an offset converts exactly, astral characters (emoji) included.
 */
import { DiagnosticSeverity, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Span } from '../core';
import type { SeverityName } from './settings';

/** The LSP range of `[span.start, span.end)` in `doc` (offsets are UTF-16 indices). */
export function spanToRange(doc: Pick<TextDocument, 'positionAt'>, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** The UTF-16 offsets of an LSP range in `doc`; the inverse of {@link spanToRange}. */
export function rangeToSpan(doc: Pick<TextDocument, 'offsetAt'>, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/** True when `a` is at or before `b`. */
export function positionLE(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** True when two ranges share at least one position (touching ends count). */
export function rangesTouch(a: Range, b: Range): boolean {
  return positionLE(a.start, b.end) && positionLE(b.start, a.end);
}

/** The LSP severity for a severity setting; null for 'off' (no diagnostic at all). */
export function toSeverity(name: SeverityName): DiagnosticSeverity | null {
  switch (name) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    case 'hint': return DiagnosticSeverity.Hint;
    case 'off': return null;
  }
}

/** A file-system path as the URI string VS Code itself would use for it. */
export function pathToUri(fsPath: string): string {
  return URI.file(fsPath).toString();
}

/** The file-system path of a `file:` URI; null for other schemes (untitled, vscode-vfs …). */
export function uriToPath(uri: string): string | null {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : null;
}
