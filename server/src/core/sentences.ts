import type { Span } from './types';
import { isDigitCode, isIdeograph } from './chars';

/**
 * Sentence and clause boundaries in prose (English and Chinese), with regexes only: Intl.Segmenter
 * is slow and runs out of memory on large input. All spans are UTF-16 offsets into the string given.
 */

/** Words that end in '.' without ending a sentence (case as written; checked before the '.'). */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Mt', 'Jr', 'Sr', 'No', 'Nos', 'no', 'Fig', 'fig', 'Vol', 'vol', 'pp',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'e.g', 'i.e', 'U.S', 'U.K', 'U.N', 'E.U', 'P.R.C', 'etc', 'vs', 'approx', 'Approx', 'ca', 'cf', 'al',
  'Co', 'Ltd', 'Inc', 'Corp', 'Bros', 'Dept', 'Gov', 'Govt', 'est', 'Est', 'Rd', 'Ave',
]);

/**
 * Candidate sentence ends:
 * - full-width 。！？； (and a full stop '．') end a sentence at once;
 * - ASCII . ! ? end one when followed by whitespace (checked further below), an ideograph or the end;
 * - closing quotes and brackets right after the mark belong to the sentence;
 * - a blank line, or a line break before a list marker.
 */
const BOUNDARY = /([。！？；．]|[.!?]+)([”’"'」』）)\]】》]*)|\r?\n[ \t\u3000]*(?:\r?\n|\r|$)|\r[ \t\u3000]*(?:\r|$)|(?=(?:\r\n?|\n)[ \t\u3000]*(?:(?:[-*+•·▪]|\d{1,3}[.)])[ \t\u3000]|\d{1,3}、|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、))/gu;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

function isLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff);
}

function isLetterOrDot(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e;
}

/** Whether the ASCII '.' at `dot` ends the sentence, given what precedes it. */
function periodEnds(prose: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && isLetterOrDot(prose.charCodeAt(k - 1))) k--;
  const word = prose.slice(k, dot);
  if (ABBREVIATIONS.has(word)) return false;
  // An initial ("J. K. Rowling"); also the inner dots of "U.S.A".
  if (/^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return false;
  return true;
}

/**
 * Sentence spans (relative to `prose`, a ProseBlock.prose string) in order, covering all non-blank
 * text, each trimmed of surrounding whitespace.
 *
 * English: ends at . ! ? (and closing quotes/brackets after them) followed by whitespace and then
 * not a lowercase letter; not after decimals (2.2), abbreviations (Mr. Dr. Jan. e.g. U.S. etc. …)
 * or initials. Scale abbreviations (bn. mn. tn.) do end a sentence: "2.3 bn. The city" is two. Chinese: ends at 。！？；!? (full-width and ASCII) and after closing quotes ”」』）
 * that follow them. A blank line or a line break before a list marker also ends a sentence.
 */
export function splitSentences(prose: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  // No inner closure here: tsx/esbuild wrap closures in __name(), which cost 10% on short blocks.
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(prose); m; m = BOUNDARY.exec(prose)) {
    const end = m.index + m[0].length;
    if (m[0].length === 0) {
      // A list item starts on the next line.
      from = cutAt(prose, from, m.index, spans);
      BOUNDARY.lastIndex = m.index + 1;
      continue;
    }
    const mark = m[1];
    if (mark === undefined) { // a blank line
      from = cutAt(prose, from, end, spans);
      continue;
    }
    if (!/^[.!?]+$/.test(mark)) { // full-width: always ends, but for a decimal point between digits (２．２７)
      if (mark === '．' && isDigitCode(prose.charCodeAt(m.index - 1)) && isDigitCode(prose.charCodeAt(m.index + 1))) continue;
      from = cutAt(prose, from, end, spans);
      continue;
    }
    const next = prose.charCodeAt(end);
    if (Number.isNaN(next) || isIdeograph(next)) {
      if (mark !== '.' || periodEnds(prose, m.index)) from = cutAt(prose, from, end, spans);
      continue;
    }
    if (!isSpace(next)) continue; // 2.2, e.g, file.md, "?!x"
    let k = end;
    while (k < prose.length && isSpace(prose.charCodeAt(k))) k++;
    if (k >= prose.length) {
      from = cutAt(prose, from, end, spans);
      continue;
    }
    if (isLower(prose.charCodeAt(k))) continue;
    if (mark.endsWith('.') && mark.length === 1 && !periodEnds(prose, m.index)) continue;
    from = cutAt(prose, from, end, spans);
  }
  pushTrimmed(prose, from, prose.length, spans);
  return prose.indexOf('\n') < 0 ? spans : splitRecordLines(prose, spans);
}

/**
 * `spans` with each run of record lines cut into its lines: lines that each give a label and a
 * figure ("Suzhou GDP 2020: 2.02 trillion yuan⏎Suzhou GDP 2021: 2.27 trillion yuan", tab-separated
 * rows) are statements of their own, however they are wrapped.
 */
function splitRecordLines(prose: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let from = span.start;
    let lineStart = span.start;
    // Whether the line starting at lineStart is a record: each line is read once, as the next line
    // and then as the current one.
    let record: boolean | null = null;
    for (let nl = prose.indexOf('\n', lineStart); nl >= 0 && nl < span.end; nl = prose.indexOf('\n', lineStart)) {
      const next = prose.indexOf('\n', nl + 1);
      const nextEnd = next < 0 || next > span.end ? span.end : next;
      record ??= isRecordLine(prose.slice(lineStart, nl));
      const nextRecord = isRecordLine(prose.slice(nl + 1, nextEnd));
      if (record && nextRecord) from = cutAt(prose, from, nl, out);
      record = nextRecord;
      lineStart = nl + 1;
    }
    pushTrimmed(prose, from, span.end, out);
  }
  return out;
}

/**
 * A line that gives a label and a figure: "Suzhou GDP 2021: 2.27 trillion yuan", "2021⇥苏州GDP⇥22718.34亿元",
 * or a record of fields: a CSV row ("Suzhou, 2021, GDP 22,718.34亿元, growth 8.7%", "\"Suzhou\",\"2021\",…")
 * or a key=value line ("industrial_output_2021 = 4.1万亿元").
 */
function isRecordLine(line: string): boolean {
  return line.length <= RECORD_LINE_MAX && (RECORD_LINE.test(line) || ((line.includes(',') || line.includes('=')) && (isCsvRow(line) || KEY_VALUE.test(line))));
}

/** Whether a line is three or more short fields parted by commas, one holding a digit (a prose line's clauses run longer). */
function isCsvRow(line: string): boolean {
  // (Most lines have fewer than three commas: counted before anything else.)
  let commas = 0;
  for (let at = line.indexOf(','); at >= 0 && commas < 3; at = line.indexOf(',', at + 1)) commas++;
  if (commas < 2 || !/\d/.test(line)) return false;
  if (QUOTED_ROW.test(line)) return true;
  // (A wrapped line of prose has clauses of several words, and often ends in a comma.)
  const fields = line.split(',');
  return fields.length >= 4 && !/,\s*$/.test(line) && fields.every((f) => f.length <= CSV_FIELD_MAX && f.trim().split(/\s+/).length <= CSV_FIELD_WORDS);
}

const QUOTED_ROW = /^\s*"[^"\n]*"(?:\s*,\s*"[^"\n]*"){2,}\s*$/;
const CSV_FIELD_WORDS = 3;

const CSV_FIELD_MAX = 60;
const KEY_VALUE = /^\s*[\w.-]{1,40}\s*=\s*\S[^\n]*\d/;

const RECORD_LINE_MAX = 120;
const RECORD_LINE = /^[^:：\t]{1,60}[:：\t][^\n]*\d/u;

/** Pushes the sentence [from, to) (see pushTrimmed) and returns where the next one starts. */
function cutAt(prose: string, from: number, to: number, spans: Span[]): number {
  pushTrimmed(prose, from, to, spans);
  return to;
}

/** Pushes [from, to) minus leading and trailing whitespace, unless it is all whitespace. */
function pushTrimmed(text: string, from: number, to: number, out: Span[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/**
 * Separators between clauses: , ， ; ； : ： 、 and brackets, and the words and / but / while /
 * whereas between spaces. A comma or colon between digits (22,718.34; 10:30) is part of a number.
 */
// (" | " parts a line of plain-text fields: "GDP 2021: 2.27T RMB | 规上工业: 4万亿+"; a spaced dash before a
// question parts a clause: "… can claim 20 million yuan — will Suzhou match that?", not an appositive's.)
const CLAUSE_BREAK = /(?<!\d)[,:]|[,:](?!\d)|[;，；：、()（）]|\s(?:and|but|while|whereas)(?=\s)|\s\|(?=\s)|\s[—–](?=\s+(?:will|would|can|could|does|did|do|is|are|was|were|how|what|why|who|when|where|should|shall)\b)/g;

/**
 * Clauses of a sentence (spans relative to `sentence`), in order, trimmed, without their
 * separators; used to prefer bindings within the same clause.
 */
export function splitClauses(sentence: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    pushTrimmed(sentence, from, m.index, spans);
    from = m.index + m[0].length;
  }
  pushTrimmed(sentence, from, sentence.length, spans);
  return spans;
}
