import type { DocumentKind, Span } from './types';
import { parseDirectiveWords } from './suppress';

/**
 * Prose extraction: which parts of a Markdown or plain-text document are running text that may
 * hold claims, with every offset a UTF-16 index into the original text.
 *
 * Why a hand-written line scanner rather than markdown-it: on the 1.2 MB Rust-book corpus,
 * markdown-it 15's block parser alone ran at 11-57 MB/s (full parse 7-17 MB/s) on the 2-core dev
 * box, and we still had to blank inline syntax afterwards, while the whole engine has to scan
 * prose at >= 20 MB/s. This scanner follows CommonMark's block rules closely enough for prose
 * (fences, indented code, HTML blocks, lists, quotes, headings, GFM tables, front matter) in a
 * single pass over the lines, and blanks inline syntax with sticky regexes on each block.
 */

export interface ProseBlock extends Span {
  /** 'heading' for ATX/setext headings, 'paragraph' for paragraphs, list items' paragraphs, table rows, blockquote paragraphs; 'title' for a front-matter `title:` value. */
  kind: 'heading' | 'paragraph' | 'title';
  /** Heading level 1-6 (0 for paragraph/title). */
  level: number;
  /**
   * The block's text with everything that is not prose replaced by spaces, the same length as
   * `text.slice(start, end)`, so index i of `prose` is document offset start + i. Line breaks
   * ('\n', '\r') are kept.
   */
  prose: string;
  /** For a GFM table's rows: where the row stands and its cells. */
  table?: TableRow;
}

/** A table row's place in its table and its cells. */
export interface TableRow {
  /** 'header' for a table's first row, 'row' for the rows below its delimiter row. */
  role: 'header' | 'row';
  /**
   * The cells' contents in column order, trimmed, block-relative (an empty cell is an empty span
   * where it stands), so a figure can be read with its column's header.
   */
  cells: Span[];
  /**
   * The table's header row (its prose and cells, relative to it), for a body row: set even when
   * the header holds no prose and so is no block of its own.
   */
  header: TableHeader | null;
}

/** A table's header row as its body rows see it. */
export interface TableHeader {
  prose: string;
  cells: Span[];
}

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Fact ids named in the directive ("<!-- factcheck-disable suzhou.gdp.2021 -->"); empty = all. */
  factIds: string[];
  /** 0-based line of the directive. */
  line: number;
}

export interface ProseDocument {
  /** In document order. */
  blocks: ProseBlock[];
  /** In document order. */
  directives: Directive[];
}

/** Front-matter keys whose values name the document's subject or date: read as its title is. */
const CONTEXT_KEYS = 'title|year|date|city|place|location|period|年份|日期|城市';
const YAML_CONTEXT_KEY = new RegExp(`^(?:${CONTEXT_KEYS})[ \\t]*:[ \\t]*`, 'i');
const DATE_KEY = /^(?:date|日期)/i;
const FULL_DATE_VALUE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
const TOML_CONTEXT_KEY = new RegExp(`^(?:${CONTEXT_KEYS})[ \\t]*=[ \\t]*`, 'i');

/**
 * Splits a document into prose blocks and finds its disable directives.
 *
 * Markdown: skips fenced and indented code, HTML blocks and comments, front matter (YAML `---` or
 * TOML `+++` at the very start; its `title` becomes a 'title' block), link reference definitions
 * and `$$` math blocks; inside blocks, inline code, HTML, link destinations, autolinks, bare URLs
 * and syntax punctuation are blanked. Plain text: every paragraph (separated by blank lines) is a
 * block, all prose; a directive on a line of its own is not prose.
 *
 * Pure function of `text`; CRLF, LF and lone CR line endings are all handled.
 */
export function extractProse(text: string, kind: DocumentKind): ProseDocument {
  const lines = splitLines(text);
  return kind === 'markdown' ? new MarkdownScanner(text, lines).run() : plainText(text, lines);
}

// ---------------------------------------------------------------------------------------------
// Lines

/** Line i is text.slice(starts[i], ends[i]) (no line break); lines are separated by \r\n, \n or \r. */
interface Lines {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Finds the lines of `text` in one pass. Typed arrays grown by doubling: pushing to plain arrays
 * made this 4x slower (3.7 ms vs 0.9 ms on the 1.2 MB corpus, most of it allocation).
 */
function splitLines(text: string): Lines {
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  let count = 0;
  const add = (end: number, next: number): void => {
    if (count + 1 >= starts.length) {
      const grownStarts = new Int32Array(starts.length * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(ends.length * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    ends[count] = end;
    starts[++count] = next;
  };
  const n = text.length;
  if (text.indexOf('\r') < 0) {
    // LF only (the usual case): native indexOf beats a charCode loop.
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) add(k, k + 1);
  } else {
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c === 10) add(k, k + 1);
      else if (c === 13) {
        const crlf = text.charCodeAt(k + 1) === 10;
        add(k, crlf ? k + 2 : k + 1);
        if (crlf) k++;
      }
    }
  }
  ends[count] = n;
  return { count: count + 1, starts, ends };
}

/** 0-based line containing `offset` (binary search). */
function lineOf(lines: Lines, offset: number): number {
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Plain text

const PLAIN_DIRECTIVE = /^\s*(?:<!--)?\s*(factcheck-[\s\S]*?)\s*(?:-->)?\s*$/;

/**
 * A plain-text paragraph with its struck-through text blanked: writers use "~~2.5 trillion~~ 2.27
 * trillion" outside Markdown too, and what they struck out is deleted.
 */
function withoutStruckText(prose: string): string {
  if (!prose.includes('~~')) return prose;
  return prose.replace(STRUCK, (m) => ' '.repeat(m.length));
}

/** "~~…~~" (within a paragraph), the text inside starting and ending with no space (as GFM's strikethrough). */
const STRUCK = /(?<!~)~~(?=[^\s~])[^~]*?[^\s~]~~(?!~)|(?<!~)~~[^\s~]~~(?!~)/g;

function plainText(text: string, lines: Lines): ProseDocument {
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start >= 0) blocks.push({ kind: 'paragraph', level: 0, start, end, prose: withoutStruckText(text.slice(start, end)), table: undefined });
    start = -1;
  };
  for (let i = 0; i < lines.count; i++) {
    const s = lines.starts[i];
    const e = lines.ends[i];
    const line = text.slice(s, e);
    if (!/\S/.test(line)) {
      close();
      continue;
    }
    const m = line.includes('factcheck-') ? PLAIN_DIRECTIVE.exec(line) : null;
    const words = m ? parseDirectiveWords(m[1]) : null;
    if (words) {
      // A directive line is not prose and ends the paragraph around it.
      close();
      const lead = line.search(/\S/);
      directives.push({ ...words, start: s + lead, end: s + line.trimEnd().length, line: i });
      continue;
    }
    if (start < 0) start = s + line.search(/\S/);
    end = s + line.trimEnd().length;
  }
  close();
  return { blocks, directives };
}

// ---------------------------------------------------------------------------------------------
// Markdown blocks

/** List markers one line may nest before the rest of it reads as text (recursion depth). */
const MAX_NESTED_MARKERS = 100;
const TAB = 9;
const SPACE = 32;
const GT = 62;

/** Tag names that open an HTML block of CommonMark type 6 (ended by a blank line). */
const BLOCK_TAGS = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details '
  + 'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html '
  + 'iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table '
  + 'tbody td tfoot th thead title tr track ul').split(' '));

/** First characters of lines that may open a block or underline one ('#', '`', '~', '<', '$', '[', '*', '-', '_', '+', '=', '|', ':', digits). */
const BLOCK_START_CHARS: boolean[] = (() => {
  const table = new Array<boolean>(128).fill(false);
  for (const ch of '#`~<$[*-_+=|:0123456789') table[ch.charCodeAt(0)] = true;
  return table;
})();

const ATX = /^(#{1,6})(?:[ \t]|$)/;
const ATX_CLOSE = /[ \t]+#+[ \t]*$|^#+[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const BULLET = /^([-+*])(?:([ \t]+)|$)/;
const ORDERED = /^(\d{1,9})[.)](?:([ \t]+)|$)/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const LINK_DEFINITION = /^\[(?!\^)(?:[^\]\\]|\\.){1,999}\]:/;
const HTML_RAW_OPEN = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s>]|\/>|$)/;
const HTML_COMPLETE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

/** How an open HTML block ends: a line containing `until`, or (null) a blank line. */
interface HtmlBlock {
  start: number;
  until: RegExp | null;
}

interface OpenBlock {
  /** Offset of the block's first character (after container markers). */
  start: number;
  /** End of its last line, without the line break. */
  end: number;
  lines: number;
  quoteDepth: number;
  /** Ranges [from, to) to blank, document offsets: container markers of continuation lines. */
  blanks: number[];
}

class MarkdownScanner implements CommentSink {
  private readonly blocks: ProseBlock[] = [];
  private readonly directives: Directive[] = [];
  /** List markers read so far on the current line (see MAX_NESTED_MARKERS). */
  private nestedMarkers = 0;
  /** The open paragraph (possibly a table's header row awaiting its delimiter row). */
  private para: OpenBlock | null = null;
  /** Inside a GFM table: rows are paragraphs until a blank line or another block. */
  private inTable = false;
  /** The header row of the table being read (see {@link TableRow.header}). */
  private tableHeader: TableHeader | null = null;
  private fence: { char: string; length: number } | null = null;
  private html: HtmlBlock | null = null;
  private inMath = false;
  /** Content columns of the open list items, innermost last (relative to the quote markers). */
  private lists: number[] = [];
  private listQuoteDepth = 0;

  constructor(private readonly text: string, private readonly lines: Lines) {}

  run(): ProseDocument {
    const n = this.lines.count;
    for (let i = this.frontMatter(); i < n; i++) this.line(i);
    this.closePara();
    if (this.html) this.closeHtml(this.text.length);
    return { blocks: this.blocks, directives: this.directives };
  }

  /** Skips front matter at the very start (after a BOM); returns the first line after it. */
  private frontMatter(): number {
    const { text, lines } = this;
    const first = text.slice(lines.starts[0], lines.ends[0]).replace(/^\uFEFF/, '').trimEnd();
    if (first !== '---' && first !== '+++') return 0;
    const closing = first === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
    for (let i = 1; i < lines.count; i++) {
      if (!closing.test(text.slice(lines.starts[i], lines.ends[i]))) continue;
      for (let j = 1; j < i; j++) this.titleLine(j, first === '---' ? ':' : '=');
      return i + 1;
    }
    return 0;
  }

  /**
   * A top-level `title: value` (YAML) or `title = "value"` (TOML) line becomes a 'title' block; so
   * do the keys that say what and when the document is about (`year: 2020`, `date`, `city`).
   */
  private titleLine(i: number, sep: string): void {
    const s = this.lines.starts[i];
    const line = this.text.slice(s, this.lines.ends[i]);
    const m = (sep === ':' ? YAML_CONTEXT_KEY : TOML_CONTEXT_KEY).exec(line);
    if (!m) return;
    // A date says when the text was written, never what its figures cover: a bare year ("date:
    // 2023") would read as their period, so only a full date counts.
    if (DATE_KEY.test(m[0]) && !FULL_DATE_VALUE.test(line.slice(m[0].length))) return;
    let at = m[0].length;
    let value = line.slice(at).trimEnd();
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2];
      at += 1;
    }
    if (!value.trim()) return;
    const start = s + at;
    this.blocks.push({ kind: 'title', level: 0, start, end: start + value.length, prose: value, table: undefined });
  }

  private line(i: number): void {
    const { text } = this;
    const lineStart = this.lines.starts[i];
    const lineEnd = this.lines.ends[i];

    if (this.fence) {
      const rest = text.slice(lineStart, lineEnd).replace(/^[ \t>]*/, '');
      const ch = this.fence.char;
      let k = 0;
      while (rest[k] === ch) k++;
      if (k >= this.fence.length && !rest.slice(k).trim()) this.fence = null;
      return;
    }
    if (this.inMath) {
      if (text.slice(lineStart, lineEnd).includes('$$')) this.inMath = false;
      return;
    }
    if (this.html) {
      const { until } = this.html;
      if (until === null) {
        if (!/\S/.test(text.slice(lineStart, lineEnd).replace(/>/g, ''))) this.closeHtml(lineStart);
        else return;
      } else {
        if (until.test(text.slice(lineStart, lineEnd))) this.closeHtml(lineEnd);
        return;
      }
    }

    // Block-quote markers: up to three spaces, '>', one optional space; any depth.
    let pos = lineStart;
    let depth = 0;
    for (;;) {
      let p = pos;
      while (p < lineEnd && p - pos < 3 && text.charCodeAt(p) === SPACE) p++;
      if (text.charCodeAt(p) !== GT) break;
      p++;
      if (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB) p++;
      pos = p;
      depth++;
    }
    // Indentation of the content, in columns (tabs to the next multiple of 4).
    let cpos = pos;
    let col = 0;
    for (; cpos < lineEnd; cpos++) {
      const c = text.charCodeAt(cpos);
      if (c === SPACE) col++;
      else if (c === TAB) col += 4 - (col % 4);
      else break;
    }
    if (cpos === lineEnd) {
      this.closePara();
      return;
    }
    this.nestedMarkers = 0;
    this.content(i, lineStart, pos, cpos, col, depth);
  }

  /**
   * Handles a non-blank line whose content starts at `cpos`, at column `col` relative to `pos`
   * (the end of its quote markers). Called again after a list marker with the item's content.
   */
  private content(i: number, lineStart: number, pos: number, cpos: number, col: number, depth: number): void {
    const { text } = this;
    const lineEnd = this.lines.ends[i];
    const c = text.charCodeAt(cpos);
    const para = this.para;

    if (depth !== this.listQuoteDepth && !(para && depth < para.quoteDepth)) {
      this.lists = [];
      this.listQuoteDepth = depth;
    }
    if (!para) while (this.lists.length && col < this.lists[this.lists.length - 1]) this.lists.pop();
    const base = this.lists.length ? this.lists[this.lists.length - 1] : 0;
    const rel = col - base;

    if (para && depth > para.quoteDepth) this.closePara();
    else if (para && rel >= 4) {
      // Indented code cannot interrupt a paragraph: a continuation line.
      this.continuePara(lineStart, pos, lineEnd);
      return;
    }
    if (!this.para && rel >= 4) return; // indented code

    // Most lines start with a letter: only the few characters that can open a block are looked at closely.
    if (c < 128 && BLOCK_START_CHARS[c] && this.blockStart(i, lineStart, pos, cpos, col, depth, c)) return;

    if (this.inTable && this.para === null && depth === this.listQuoteDepth) {
      this.emit(this.newBlock(cpos, lineEnd, depth), 'paragraph', 0, 'row');
      return;
    }
    if (this.para) this.continuePara(lineStart, pos, lineEnd);
    else this.para = this.newBlock(cpos, lineEnd, depth);
  }

  /**
   * Handles a line starting with a character that may open a block (`c`): headings, fences, HTML,
   * math, link definitions, thematic breaks, list items, setext underlines and table delimiter
   * rows. Returns false when the line is ordinary paragraph text after all.
   */
  private blockStart(i: number, lineStart: number, pos: number, cpos: number, col: number, depth: number, c: number): boolean {
    const { text } = this;
    const lineEnd = this.lines.ends[i];
    const rest = text.slice(cpos, lineEnd);
    const open = this.para;
    // Setext underline or table delimiter row under an open paragraph.
    if (open && !this.inTable && depth === open.quoteDepth) {
      if ((c === 0x3d || c === 0x2d) && SETEXT.test(rest)) {
        this.para = null;
        this.emit(open, 'heading', c === 0x3d ? 1 : 2);
        return true;
      }
      if (open.lines === 1 && (c === 0x7c || c === 0x3a || c === 0x2d) && TABLE_DELIMITER.test(rest)
        && rest.includes('-') && /(?:^|[^\\])\|/.test(text.slice(open.start, open.end))) {
        this.para = null;
        this.emit(open, 'paragraph', 0, 'header');
        this.inTable = true;
        return true;
      }
    }

    switch (c) {
      case 0x23: { // '#'
        const m = ATX.exec(rest);
        if (m) {
          this.closePara();
          this.atxHeading(cpos, lineEnd, m[1].length, depth);
          return true;
        }
        break;
      }
      case 0x60: case 0x7e: { // '`' '~'
        const m = FENCE.exec(rest);
        if (m && !(c === 0x60 && m[2].includes('`'))) {
          this.closePara();
          this.fence = { char: m[1][0], length: m[1].length };
          return true;
        }
        break;
      }
      case 0x3c: { // '<'
        const until = htmlBlockEnd(rest, !!this.para);
        if (until !== undefined) {
          this.closePara();
          this.html = { start: cpos, until };
          if (until && until.test(rest)) this.closeHtml(lineEnd);
          return true;
        }
        break;
      }
      case 0x24: // '$'
        if (rest.startsWith('$$')) {
          this.closePara();
          if (!rest.slice(2).includes('$$')) this.inMath = true;
          return true;
        }
        break;
      case 0x5b: // '['
        if (!this.para && LINK_DEFINITION.test(rest)) return true;
        break;
      default:
        break;
    }
    if ((c === 0x2a || c === 0x2d || c === 0x5f) && THEMATIC.test(rest)) {
      this.closePara();
      return true;
    }
    if (c === 0x2a || c === 0x2d || c === 0x2b || (c >= 0x30 && c <= 0x39)) {
      const ordered = c >= 0x30;
      const m = ordered ? ORDERED.exec(rest) : BULLET.exec(rest);
      const empty = m ? m[0].length === rest.length : false;
      // The first item of a list may interrupt a paragraph only when non-empty (and, if ordered,
      // numbered 1); later items of an open list always start a new item.
      if (m && (!this.para || this.lists.length > 0 || (!empty && (!ordered || m[1] === '1')))) {
        this.closePara();
        this.inTable = false;
        while (this.lists.length && col < this.lists[this.lists.length - 1]) this.lists.pop();
        const markerCols = m[0].length - (m[2]?.length ?? 0);
        const spaces = m[2] ? columns(m[2], col + markerCols) : 0;
        // Five or more spaces after the marker: the content is indented code, one space belongs to the marker.
        const contentCol = col + markerCols + (spaces >= 1 && spaces <= 4 ? spaces : 1);
        this.lists.push(contentCol);
        if (empty) return true;
        const afterMarker = cpos + markerCols;
        let p = afterMarker;
        let cc = col + markerCols;
        while (p < lineEnd && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) {
          cc += text.charCodeAt(p) === TAB ? 4 - (cc % 4) : 1;
          p++;
        }
        if (spaces > 4) {
          p = afterMarker + 1;
          cc = contentCol + 4; // indented code inside the item
        }
        // Markers nested past any real document ("- - - - … x") read as plain text: no deep recursion.
        if (++this.nestedMarkers > MAX_NESTED_MARKERS) return false;
        this.content(i, lineStart, pos, p, cc, depth);
        return true;
      }
    }

    return false;
  }

  private newBlock(start: number, end: number, depth: number): OpenBlock {
    return { start, end, lines: 1, quoteDepth: depth, blanks: [] };
  }

  private continuePara(lineStart: number, pos: number, lineEnd: number): void {
    const para = this.para as OpenBlock;
    if (pos > lineStart) para.blanks.push(lineStart, pos);
    para.end = lineEnd;
    para.lines++;
  }

  private closePara(): void {
    if (this.para) this.emit(this.para, 'paragraph', 0);
    this.para = null;
    this.inTable = false;
  }

  private atxHeading(start: number, lineEnd: number, level: number, depth: number): void {
    const block = this.newBlock(start, lineEnd, depth);
    const line = this.text.slice(start, lineEnd);
    block.blanks.push(start, start + level);
    const close = ATX_CLOSE.exec(line.slice(level));
    if (close) block.blanks.push(start + level + close.index, lineEnd);
    this.emit(block, 'heading', level);
  }

  private closeHtml(end: number): void {
    const html = this.html as HtmlBlock;
    this.html = null;
    const body = this.text.slice(html.start, end);
    if (!body.includes('factcheck-')) return;
    const re = /<!--([\s\S]*?)-->/g;
    for (let m = re.exec(body); m; m = re.exec(body)) this.directive(html.start + m.index, m[0].length, m[1]);
  }

  /** An HTML comment met inside a block (see CommentSink). */
  comment(start: number, length: number, body: string): void {
    this.directive(start, length, body);
  }

  private directive(start: number, length: number, body: string): void {
    const words = parseDirectiveWords(body);
    if (words) this.directives.push({ ...words, start, end: start + length, line: lineOf(this.lines, start) });
  }

  private emit(block: OpenBlock, kind: 'heading' | 'paragraph', level: number, table?: 'header' | 'row'): void {
    const { start, end } = block;
    const src = this.text.slice(start, end);
    const containers = block.blanks;
    for (let k = 0; k < containers.length; k++) containers[k] -= start;
    const inline: number[] = [];
    scanInline(src, table !== undefined, inline, this, start);
    const prose = blankRanges(src, containers, inline);
    const cells = table ? tableCells(src, prose) : [];
    // Each table's rows point to its own header, blank or not: never to an earlier table's.
    if (table === 'header') this.tableHeader = { prose, cells };
    if (!/\S/.test(prose)) return;
    // One shape for every block (table fields undefined elsewhere): the checker reads them all.
    this.blocks.push({ kind, level, start, end, prose, table: table ? { role: table, cells, header: table === 'row' ? this.tableHeader : null } : undefined });
  }
}

/**
 * The cells of a table row, trimmed, relative to the row: the text between its pipes (a pipe is a
 * cell border where the prose blanked it: escaped ones are text). Outer pipes open and close
 * the row without making empty cells.
 */
function tableCells(src: string, prose: string): Span[] {
  const borders: number[] = [];
  for (let k = 0; k < src.length; k++) if (src.charCodeAt(k) === 0x7c && prose.charCodeAt(k) === 0x20) borders.push(k);
  const cells: Span[] = [];
  let from = 0;
  for (let b = 0; b <= borders.length; b++) {
    const to = b < borders.length ? borders[b] : src.length;
    let start = from;
    let end = to;
    while (start < end && /\s/.test(prose[start])) start++;
    while (end > start && /\s/.test(prose[end - 1])) end--;
    const outer = (b === 0 || b === borders.length) && start === end;
    if (!outer) cells.push({ start, end });
    from = to + 1;
  }
  return cells;
}

/** Columns taken by the whitespace `ws` starting at column `col`. */
function columns(ws: string, col: number): number {
  let c = col;
  for (let k = 0; k < ws.length; k++) c += ws.charCodeAt(k) === TAB ? 4 - (c % 4) : 1;
  return c - col;
}

/**
 * Whether `line` (starting with '<') opens an HTML block, and how that block ends: a regex a later
 * line must match, or null for "at a blank line". undefined when no HTML block starts here.
 * Type 7 (any complete tag alone on its line) cannot interrupt a paragraph.
 */
function htmlBlockEnd(line: string, inParagraph: boolean): RegExp | null | undefined {
  const raw = HTML_RAW_OPEN.exec(line);
  if (raw) return new RegExp(`</${raw[1]}>`, 'i');
  if (line.startsWith('<!--')) return /-->/;
  if (line.startsWith('<?')) return /\?>/;
  if (line.startsWith('<![CDATA[')) return /\]\]>/;
  if (/^<![A-Za-z]/.test(line)) return />/;
  const tag = HTML_TAG_NAME.exec(line);
  if (tag && BLOCK_TAGS.has(tag[1].toLowerCase())) return null;
  if (!inParagraph && HTML_COMPLETE_TAG.test(line)) return null;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Inline syntax

// Not \b before a URL: "_http://x_" (emphasised URL) has no word boundary before the 'h'.
const INLINE = /[\\`<[\]*_~]|(?<![A-Za-z0-9])(?:https?:\/\/|www\.)/g;
const INLINE_TABLE = /[\\`<[\]*_~|]|(?<![A-Za-z0-9])(?:https?:\/\/|www\.)/g;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*>/y;
const EMAIL_AUTOLINK = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;
// Quoted values and other constructs are bounded so unclosed ones cannot make the scan quadratic.
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]{0,1000}"|'[^']{0,1000}'|[^\s"'=<>`]+))?)*\s*\/?>/y;
const HTML_OTHER = /<\?[\s\S]{0,1000}?\?>|<![A-Za-z][^>]{0,1000}>|<!\[CDATA\[[\s\S]{0,1000}?\]\]>/y;
/** How far a '[' looks for its ']' (keeps unbalanced brackets linear). */
const BRACKET_REACH = 1000;

function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || Number.isNaN(c);
}

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** Receives the HTML comments met in a block's inline text (where directives may hide). */
interface CommentSink {
  /** `start` is a document offset; `body` is the text between `<!--` and `-->`. */
  comment(start: number, length: number, body: string): void;
}

/**
 * Collects, as [from, to) pairs relative to `src` (one block's text), the inline syntax to blank:
 * code spans, HTML and comments, autolinks and bare URLs, link and image brackets and
 * destinations, emphasis and strikethrough runs, escaping backslashes, and (in tables) pipes.
 * HTML comments are passed to `sink` (at document offset `base` + index) so directives inside
 * paragraphs are found too.
 */
function scanInline(src: string, table: boolean, out: number[], sink: CommentSink, base: number): void {
  const re = table ? INLINE_TABLE : INLINE;
  re.lastIndex = 0;
  let links: LinkScan | null = null;
  let runs: BacktickRuns | null = null;
  let unclosedComment = false;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const i = m.index;
    const c = src.charCodeAt(i);
    switch (c) {
      case 0x5c: { // '\'
        const n = src.charCodeAt(i + 1);
        if (n === 10 || n === 13) out.push(i, i + 1); // hard break
        else if (isAsciiPunctuation(n)) {
          out.push(i, i + 1);
          re.lastIndex = i + 2; // the escaped character is literal text
        }
        break;
      }
      case 0x60: { // '`'
        let j = i + 1;
        while (src.charCodeAt(j) === 0x60) j++;
        runs ??= backtickRuns(src);
        const close = closingBackticks(runs, j, j - i);
        if (close >= 0) {
          out.push(i, close);
          re.lastIndex = close;
        } else re.lastIndex = j;
        break;
      }
      case 0x3c: { // '<'
        const comment = src.startsWith('<!--', i);
        if (comment && unclosedComment) break;
        let end = inlineHtmlEnd(src, i, sink, base);
        // "<del>2.5 trillion</del>": deleted text is no prose.
        const deleted = end > i && !comment ? DELETED_TAG.exec(src.slice(i, end)) : null;
        if (deleted) {
          const closing = new RegExp(`</${deleted[1]}\\s*>`, 'gi');
          closing.lastIndex = end;
          const close = closing.exec(src);
          if (close) end = close.index + close[0].length;
        }
        if (end > i) {
          out.push(i, end);
          re.lastIndex = end;
        } else if (comment) unclosedComment = true; // no '-->' follows: later '<!--' are text too
        break;
      }
      case 0x5b: { // '['
        links ??= { brackets: matchBrackets(src), ends: new Map<number, number>() };
        const end = linkStart(src, i, out, links);
        if (end > i) re.lastIndex = end;
        break;
      }
      case 0x5d: { // ']'
        const end = links?.ends.get(i);
        if (end !== undefined) {
          out.push(i, end);
          re.lastIndex = end;
        }
        break;
      }
      case 0x2a: case 0x5f: case 0x7e: { // '*' '_' '~'
        let j = i + 1;
        while (src.charCodeAt(j) === c) j++;
        const before = i > 0 ? src.charCodeAt(i - 1) : NaN;
        const after = src.charCodeAt(j);
        const spaced = isWhitespace(before) && isWhitespace(after);
        let syntax = !spaced;
        // snake_case is not emphasis; a single '~' is "approximately", not strikethrough.
        if (c === 0x5f && isWordChar(before) && isWordChar(after)) syntax = false;
        if (c === 0x7e && j - i !== 2) syntax = false;
        // "~~2.5 trillion~~ 2.27 trillion": struck-through text is deleted, no prose.
        if (syntax && c === 0x7e && !isWhitespace(after)) {
          let close = src.indexOf('~~', j);
          while (close > j && (isWhitespace(src.charCodeAt(close - 1)) || src.charCodeAt(close + 2) === 0x7e)) close = src.indexOf('~~', close + 2);
          if (close > j) {
            out.push(i, close + 2);
            re.lastIndex = close + 2;
            break;
          }
        }
        if (syntax) out.push(i, j);
        re.lastIndex = j;
        break;
      }
      case 0x7c: // '|'
        out.push(i, i + 1);
        break;
      default: { // a bare URL
        const end = bareUrlEnd(src, i);
        out.push(i, end);
        re.lastIndex = end;
      }
    }
  }
}

/** An opening tag of deleted text: <del>, <s>, <strike>. */
const DELETED_TAG = /^<(del|s|strike)(?:\s[^>]*)?>$/i;

/** Where backtick runs of each length start in a block: length → start indices, increasing. */
type BacktickRuns = Map<number, number[]>;

/** Indexes every backtick run of `src` once, so finding a closing run is a lookup, not a rescan. */
function backtickRuns(src: string): BacktickRuns {
  const runs: BacktickRuns = new Map();
  for (let k = src.indexOf('`'); k >= 0; k = src.indexOf('`', k)) {
    let j = k + 1;
    while (src.charCodeAt(j) === 0x60) j++;
    const list = runs.get(j - k);
    if (list) list.push(k);
    else runs.set(j - k, [k]);
    k = j;
  }
  return runs;
}

/** End (exclusive) of the first run of exactly `n` backticks starting at or after `from`, or -1. */
function closingBackticks(runs: BacktickRuns, from: number, n: number): number {
  const list = runs.get(n);
  if (!list) return -1;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? list[lo] + n : -1;
}

/** End of the inline HTML, comment or autolink at `i` (a '<'), or i when there is none. */
function inlineHtmlEnd(src: string, i: number, sink: CommentSink, base: number): number {
  if (src.startsWith('<!--', i)) {
    // No '-->' after the last one in the block: an unclosed comment is text.
    const close = src.indexOf('-->', i + 4);
    if (close < 0) return i;
    sink.comment(base + i, close + 3 - i, src.slice(i + 4, close));
    return close + 3;
  }
  for (const re of [AUTOLINK, EMAIL_AUTOLINK, HTML_TAG, HTML_OTHER]) {
    re.lastIndex = i;
    if (re.test(src)) return re.lastIndex;
  }
  return i;
}

/** Index of `ch` in src[from, from + reach), or -1 (bounded, unlike indexOf, to stay linear). */
function indexWithin(src: string, ch: number, from: number, reach: number): number {
  const limit = Math.min(src.length, from + reach);
  for (let k = from; k < limit; k++) if (src.charCodeAt(k) === ch) return k;
  return -1;
}

/** Per-block state of the link scan, computed on the first '['. */
interface LinkScan {
  /** '[' index → its matching ']' index. */
  brackets: Map<number, number>;
  /** ']' of a link → end of its destination or reference label. */
  ends: Map<number, number>;
}

/** Pairs every '[' of `src` with its ']' in one stack pass (escapes respected). */
function matchBrackets(src: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let k = src.indexOf('['); k >= 0 && k < src.length; k++) {
    const c = src.charCodeAt(k);
    if (c === 0x5c) k++;
    else if (c === 0x5b) open.push(k);
    else if (c === 0x5d && open.length) pairs.set(open.pop() as number, k);
  }
  return pairs;
}

/**
 * At a '[': a footnote reference is blanked whole (returns its end); an inline link, image or full
 * reference link has its '[' (and image '!') blanked now and its `](…)` / `][…]` registered in
 * `scan.ends` for when the scan reaches the ']' (returns i: the link text is scanned as prose).
 */
function linkStart(src: string, i: number, out: number[], scan: LinkScan): number {
  if (src.charCodeAt(i + 1) === 0x5e) { // '[^label]' footnote reference or definition
    const close = indexWithin(src, 0x5d, i + 2, 200);
    if (close > i + 2 && !/\s/.test(src.slice(i + 2, close))) {
      const end = src.charCodeAt(close + 1) === 0x3a ? close + 2 : close + 1;
      out.push(i, end);
      return end;
    }
    return i;
  }
  const close = scan.brackets.get(i);
  if (close === undefined) return i;
  const next = src.charCodeAt(close + 1);
  let end = -1;
  if (next === 0x28) end = linkDestinationEnd(src, close + 1); // '('
  else if (next === 0x5b) { // '['
    const label = indexWithin(src, 0x5d, close + 2, BRACKET_REACH);
    if (label >= 0) end = label + 1;
  }
  if (end < 0) return i;
  if (i > 0 && src.charCodeAt(i - 1) === 0x21) out.push(i - 1, i + 1); // '![' of an image
  else out.push(i, i + 1);
  scan.ends.set(close, end);
  return i;
}

/** `(dest "title")`: optional space, a destination, optional space and title, then ')'. */
const LINK_TAIL = /\([ \t]*(?:\r\n?|\n)?[ \t]*(?:<[^<>\r\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)(?:[ \t]*(?:\r\n?|\n)?[ \t]*(?:"(?:[^"\\]|\\.){0,1000}"|'(?:[^'\\]|\\.){0,1000}'|\((?:[^()\\]|\\.){0,1000}\)))?[ \t]*(?:\r\n?|\n)?[ \t]*\)/y;

/**
 * End (after the ')') of the inline link tail whose '(' is at `i`, or -1. Follows CommonMark: the
 * destination has no spaces (unless in <>) and one level of balanced parentheses here.
 */
function linkDestinationEnd(src: string, i: number): number {
  LINK_TAIL.lastIndex = i;
  return LINK_TAIL.test(src) ? LINK_TAIL.lastIndex : -1;
}

/** End of the bare URL at `i`: up to whitespace, '<' or non-ASCII, minus trailing punctuation. */
function bareUrlEnd(src: string, i: number): number {
  let j = i;
  while (j < src.length) {
    const c = src.charCodeAt(j);
    if (c <= SPACE || c >= 0x7f || c === 0x3c) break;
    j++;
  }
  // Sentence punctuation after a URL is prose; a ')' is the URL's only when balanced in it.
  for (;;) {
    const c = src[j - 1];
    if ('.,:;!?\'"*_~'.includes(c)) j--;
    else if (c === ')') {
      const url = src.slice(i, j);
      if ((url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) j--;
      else break;
    } else break;
  }
  return j;
}

/**
 * `src` with the ranges [from, to) of `a` and `b` (flattened pairs, each list in increasing order,
 * possibly overlapping) replaced by spaces, line breaks kept.
 */
function blankRanges(src: string, a: number[], b: number[]): string {
  if (a.length === 0 && b.length === 0) return src;
  let out = '';
  let at = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let from: number;
    let to: number;
    if (j >= b.length || (i < a.length && a[i] <= b[j])) {
      from = a[i];
      to = a[i + 1];
      i += 2;
    } else {
      from = b[j];
      to = b[j + 1];
      j += 2;
    }
    if (from < at) from = at;
    if (to <= from) continue;
    out += src.slice(at, from);
    const gap = src.slice(from, to);
    out += gap.indexOf('\n') < 0 && gap.indexOf('\r') < 0 ? spaces(to - from) : gap.replace(/[^\r\n]/g, ' ');
    at = to;
  }
  return out + src.slice(at);
}

const SPACES = ' '.repeat(256);

function spaces(n: number): string {
  return n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}
