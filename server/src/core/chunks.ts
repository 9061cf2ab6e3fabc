import type { DocumentKind, Span } from './types';

/** A stretch of a document that can be read for prose on its own. */
export interface Chunk extends Span {
  /** 0-based line of `start` in the document. */
  line: number;
}

/** Block-quote markers, list markers and indentation before a line's content. */
const CONTAINER = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*/;
/** A fence: backticks with no backtick after them, or tildes (as prose.ts reads them). */
const FENCE_OPEN = /^(`{3,})[^`]*$|^(~{3,})/;
const RAW_OPEN = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*$/;

/**
 * Splits a document into chunks that read the same alone as in place, so a changed paragraph only
 * costs its own chunk: the language server re-reads nothing else on a keystroke.
 *
 * A chunk ends at a blank line after which no Markdown block carries on: not inside a fenced code
 * block, an HTML comment or a raw HTML block (script, pre, style, textarea), nor before an indented
 * line (indented code, a list item's continuation), nor before a line that could open front matter
 * or a setext underline. Front matter stays whole in the first chunk. Plain text splits at every
 * blank line. Chunks cover the whole text, in order, without gaps.
 */
export function splitChunks(text: string, kind: DocumentKind): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let fence: string | null = null;
  let comment = false;
  let raw: string | null = null;
  let previousBlank = false;
  let line = 0;
  let pos = 0;
  const n = text.length;
  const first = firstLine(text).replace(/^\uFEFF/, '').trimEnd();
  const frontMatterEnd = kind === 'markdown' && FRONT_MATTER.test(first) ? (first === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/) : null;
  let frontMatter = frontMatterEnd !== null;
  let math = false;
  while (pos < n) {
    let eol = pos;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const next = eol < n && text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    const blank = isBlank(text, pos, eol);
    // Plain text needs nothing but blank lines; Markdown reads each line's start for its state.
    const content = kind === 'markdown' && !blank ? text.slice(pos, eol) : '';
    if (previousBlank && !blank && pos > chunkStart && !fence && !comment && !raw && !math && !frontMatter && startsFlush(content, kind)) {
      chunks.push({ start: chunkStart, end: pos, line: chunkLine });
      chunkStart = pos;
      chunkLine = line;
    }
    if (kind === 'markdown' && !blank) {
      // Containers are read through: a fence or math block opened in a quote or list item runs
      // until its closing line, as prose.ts reads it.
      const inner = content.slice(CONTAINER.exec(content)?.[0].length ?? 0);
      if (frontMatter) {
        if (line > 0 && frontMatterEnd!.test(content)) frontMatter = false;
      } else if (fence) {
        const close = /^(`{3,}|~{3,})[ \t]*$/.exec(inner);
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null;
      } else if (math) {
        if (content.includes('$$')) math = false;
      } else if (comment) {
        if (content.includes('-->')) comment = false;
      } else if (raw) {
        if (content.toLowerCase().includes(`</${raw}>`)) raw = null;
      } else {
        const f = FENCE_OPEN.exec(inner);
        if (f) fence = f[1] ?? f[2];
        else if (inner.startsWith('$$') && !inner.slice(2).includes('$$')) math = true;
        else {
          const r = RAW_OPEN.exec(inner);
          if (r && !content.toLowerCase().includes(`</${r[1].toLowerCase()}>`)) raw = r[1].toLowerCase();
          // A comment still open at the end of the line keeps later blank lines inside it.
          const open = content.lastIndexOf('<!--');
          if (open >= 0 && content.indexOf('-->', open + 4) < 0) comment = true;
        }
      }
    }
    previousBlank = blank;
    pos = next;
    line++;
  }
  if (chunkStart < n || chunks.length === 0) chunks.push({ start: chunkStart, end: n, line: chunkLine });
  return chunks;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

function firstLine(text: string): string {
  const m = /^[^\r\n]*/.exec(text);
  return m ? m[0] : '';
}

/** A line a new chunk may start with: not indented, and nothing that reads differently alone. */
function startsFlush(content: string, kind: DocumentKind): boolean {
  if (kind === 'plaintext') return true;
  const c = content.charCodeAt(0);
  if (c === 32 || c === 9) return false;
  // Would read as front matter at the start of a chunk, or continue a block above.
  return !FRONT_MATTER.test(content) && !/^(?:=+|-+)[ \t]*$/.test(content);
}
