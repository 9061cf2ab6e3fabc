/**
 * Reading and writing the documents factcheck checks, shared by the CLI and the language server.
 * The engine sees text without a byte-order mark; writing puts the mark back, so a fix changes
 * nothing but the fixed ranges.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentKind } from '../core';

/** Extensions checked when a directory is searched, lower case with the dot. */
export const CHECKED_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);

/** The kind a file is checked as, decided by its extension (case-insensitive); anything unknown is plain text. */
export function documentKindFor(filePath: string): DocumentKind {
  return MARKDOWN_EXTENSIONS.has(path.extname(filePath).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** True for the files a directory walk picks up (`.md`, `.markdown`, `.txt`). */
export function isCheckedFile(filePath: string): boolean {
  return CHECKED_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

/** A document read from disk. */
export interface LoadedDocument {
  /** The path as the caller gave it. */
  path: string;
  /** The text without a leading BOM; every offset the engine returns indexes this string. */
  text: string;
  /** Whether the file started with a UTF-8 BOM (restored by {@link writeDocument}). */
  bom: boolean;
  kind: DocumentKind;
}

/** Removes a leading U+FEFF, reporting whether there was one. */
export function stripBom(raw: string): { text: string; bom: boolean } {
  return raw.charCodeAt(0) === 0xfeff ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
}

/** Reads a UTF-8 document. Throws the file system's error (ENOENT, EISDIR, EACCES …). */
export function readDocument(filePath: string, kind: DocumentKind = documentKindFor(filePath)): LoadedDocument {
  const { text, bom } = stripBom(readFileSync(filePath, 'utf8'));
  return { path: filePath, text, bom, kind };
}

/** Writes `text` (BOM-less, as checked) back to `filePath`, restoring the BOM when the original had one. */
export function writeDocument(filePath: string, text: string, bom: boolean): void {
  writeFileSync(filePath, bom ? `\ufeff${text}` : text, 'utf8');
}
