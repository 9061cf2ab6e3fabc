import type { Directive } from './prose';

/**
 * Disable comments: their syntax (shared by Markdown comments and plain-text lines) and what they
 * switch off. Offsets are UTF-16 indices into the document text.
 */

/** Built from the directives once per document; answers whether a claim is switched off. */
export interface Suppressions {
  /** True when a claim starting at document offset `offset` about `factId` is switched off. */
  isSuppressed(offset: number, factId: string | null): boolean;
}

/** The parsed words of one directive, before it is placed in the document. */
export interface DirectiveWords {
  kind: Directive['kind'];
  factIds: string[];
}

// Longest keyword first so "disable-next-line" is not read as "disable".
const KEYWORD = /^factcheck-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;
const FACT_ID = /^[\w.:-]+$/;

/**
 * Reads the words of a directive: `factcheck-disable`, `factcheck-enable`,
 * `factcheck-disable-next-line` or `factcheck-disable-line`, then optional space-separated fact ids, then an optional
 * `-- reason`. `body` is the comment's inside (or a plain-text line), surrounding whitespace
 * allowed. Returns null when it is not a directive (an unknown keyword, or words that are not ids).
 */
export function parseDirectiveWords(body: string): DirectiveWords | null {
  const trimmed = body.trim();
  const m = KEYWORD.exec(trimmed);
  if (!m) return null;
  let rest = trimmed.slice(m[0].length);
  const reason = rest.search(/(?:^|\s)--(?:\s|$)/);
  if (reason >= 0) rest = rest.slice(0, reason);
  const factIds = rest.split(/\s+/).filter((w) => w.length > 0);
  if (!factIds.every((id) => FACT_ID.test(id))) return null;
  return { kind: m[1] as Directive['kind'], factIds };
}

/** A stretch of the document switched off by a disable-next-line or disable-line directive. */
interface LineRule extends Directive {
  from: number;
  to: number;
}

/**
 * Builds the suppressions of a document from its directives (as found by `extractProse`).
 * `disable` … `enable` switch claims off from the end of the disable comment to the start of the
 * enable comment (to the end of the document when never re-enabled); `disable-next-line` switches
 * off the next non-blank line after the directive's line, `disable-line` the directive's own line
 * (a comment at the end of a line, which splits no paragraph). Fact ids limit a directive to those
 * facts: a directive naming ids never suppresses a claim whose factId is null, and
 * `factcheck-enable <id>` after a bare `factcheck-disable` re-enables only that fact.
 */
export function buildSuppressions(text: string, directives: Directive[]): Suppressions {
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start);
  const lineRules: LineRule[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-line') {
      const own = lineAround(text, d.start);
      lineRules.push({ ...d, from: own.start, to: own.end });
    } else if (d.kind === 'disable-next-line') {
      const next = nextNonBlankLine(text, d.end);
      if (next) lineRules.push({ ...d, from: next.start, to: next.end });
    }
  }
  const names = (d: Directive, factId: string | null): boolean =>
    d.factIds.length === 0 || (factId !== null && d.factIds.includes(factId));

  return {
    isSuppressed(offset: number, factId: string | null): boolean {
      for (const rule of lineRules) if (offset >= rule.from && offset < rule.to && names(rule, factId)) return true;
      // Replay the disable/enable comments before the claim; the last one that concerns it wins.
      let off = false;
      for (const d of regions) {
        if (d.end > offset) break;
        if (names(d, factId)) off = d.kind === 'disable';
      }
      return off;
    },
  };
}

/**
 * The line after the one containing `offset` that has non-blank text, as [start, end) without its
 * line break; null at the end of the document.
 */
function nextNonBlankLine(text: string, offset: number): { start: number; end: number } | null {
  const eol = /\r\n?|\n/g;
  eol.lastIndex = offset;
  let m = eol.exec(text);
  while (m) {
    const start = m.index + m[0].length;
    m = eol.exec(text);
    const end = m ? m.index : text.length;
    if (/\S/.test(text.slice(start, end))) return { start, end };
    if (!m) break;
  }
  return null;
}

/** The line containing `offset`, as [start, end) without its line break. */
function lineAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}
