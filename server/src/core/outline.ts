import type { DocumentKind } from './types';
import type { BindingContext, EntityRef } from './bind';
import type { ProseBlock, TableHeader } from './prose';
import { codes, lastNonSpace } from './chars';
import { datelineLength, findDates, monthOf, MONTHS } from './markers';
import { unitAbove, type Unit } from './tables';

/**
 * What a document's structure says about the blocks below it: the title, the headings above (ATX
 * headings and wholly bold lines), a lead-in line ending in a colon, a table's header row and a
 * key-value table's "City" row. One outline is walked through one check, block by block, in
 * document order.
 */

/** What the outline needs read from blocks; the checker reads them (and may remember them). */
export interface OutlineReader {
  /** The entity, period, dateline, metric and topics a heading, title or lead-in names. */
  headingContext(block: ProseBlock): BindingContext;
  /** The one place a table's header row names, or null. */
  tableSubject(header: TableHeader): EntityRef | null;
  /** The place a two-cell row labelled as a subject names ("| City | Suzhou |"), or null. */
  rowSubject(block: ProseBlock): EntityRef | null;
}

/** Where a block stands: its document offset, whether it is a list item, quote or table row, its table's header. */
export interface BlockPlace {
  block: ProseBlock;
  /** The block's start in the document (UTF-16 offset). */
  at: number;
  item: boolean;
  /** Whether the block is (in) a block quote. */
  quote: boolean;
  /** Whether the block is an answer ("A: 50 million yuan.", 答：100亿元。) to a question above it. */
  answer: boolean;
  /**
   * Whether the block is a long labelled answer ("A: Very big. The city's …"): prose, no item, that
   * takes only its place and time from the question above it.
   */
  longAnswer: boolean;
  header: TableHeader | null;
}

/** A heading's context, kept while the headings below it are read. */
interface HeadingFrame {
  level: number;
  context: BindingContext;
}

const NO_TOPICS: readonly string[] = Object.freeze([]);

/** How far into a text (UTF-16 units) a date dates all of it: a headline and a dateline. */
const LEADING_DATE_WINDOW = 400;

/**
 * The date of a text from its first lines: a dateline ("SUZHOU, Jan. 30, 2023 —") or a line that
 * opens with a full date ("2022年1月8日 本报记者…"). A date inside the body says when something
 * happened, not when the text was written: null then.
 */
function leadingDate(text: string): { year: number; month: number } | null {
  const head = text.slice(0, LEADING_DATE_WINDOW);
  // Front matter's "date: 2023" (a full date is read with the title): the year, month unknown.
  const frontDate = FRONT_MATTER_YEAR.exec(head);
  if (frontDate) return { year: Number(frontDate[1]), month: 0 };
  let at = 0;
  for (const line of head.split('\n')) {
    const start = at;
    at += line.length + 1;
    const trimmed = line.trimStart();
    if (!trimmed) continue;
    const dateline = datelineLength(trimmed);
    const [first] = findDates(dateline ? trimmed.slice(0, dateline) : trimmed);
    // ("发帖时间：2024-02-01", "Posted: 2024-02-01": a line labelled as the date.)
    const label = first && !dateline ? DATE_LABEL.exec(trimmed)?.[0].length ?? 0 : 0;
    if (first && (dateline > 0 || first.span.start <= 2 || first.span.start === label)) return { year: first.year, month: first.month };
    // "*Working Paper No. 7, March 2022*", "Suzhou, January 2022": a short line ending in a month.
    const stamp = trimmed.length <= STAMP_LINE_MAX ? STAMP_LINE_END.exec(trimmed) : null;
    if (stamp) return { year: Number(stamp[2] ?? stamp[3]), month: monthOf(stamp[0]) };
    if (start > 0 && !/^#/.test(trimmed)) break;
  }
  return null;
}

/** A label before a date on a line of its own: when the text was posted. */
const DATE_LABEL = /^(?:发帖时间|發帖時間|发布时间|發布時間|發佈時間|更新时间|更新時間|时间|時間|日期|posted(?:\s+on)?|published(?:\s+on)?|updated(?:\s+on)?|date)\s*[:：]?\s*/i;

/** A short line at the top ending in a month and year: when the text was written. */
const STAMP_LINE_MAX = 80;
const STAMP_LINE_END = new RegExp(`(?:^|[\\s,，(（*_|—–-])(?:(${MONTHS})\\.?\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月份?)[\\s*_)）]*$`, 'i');


const FRONT_MATTER_YEAR = /^\uFEFF?(?:---|\+\+\+)[ \t]*\r?\n(?:(?!---|\+\+\+|\.\.\.)[^\n]*\n)*?(?:date|日期)[ \t]*[:=][ \t]*["']?((?:19|20)\d\d)["']?[ \t]*\r?\n/i;

/** The level a bold line heads at: below every ATX heading, so any heading ends it. */
const BOLD_HEADING_LEVEL = 7;

export class Outline {
  private title: BindingContext = { entity: null, period: null, anchor: null, anchorMonth: null, metricName: null, topics: NO_TOPICS };
  private readonly headings: HeadingFrame[] = [];
  /** The block read last. */
  private lastBlock: ProseBlock | null = null;
  /** The paragraph before the items being read: maybe their lead-in. */
  private leadInBlock: ProseBlock | null = null;
  /**
   * What that paragraph says as a lead-in, read when an item first asks (most paragraphs have no
   * items after them); null when it is none. A caption speaks for a table only (a list may be anyone's).
   */
  private leadInRead: { context: BindingContext; kind: LeadInKind } | null | undefined;
  private subjectRow: { header: TableHeader; entity: EntityRef } | null = null;
  /** The unit the last heading or unit line gave ("单位：亿元"), for the table under it. */
  private tableUnit: Unit | null = null;
  private tableMetric: string | null = null;
  /** Where a plain-text document's first block starts (-1 for Markdown): it may be a title line. */
  private readonly firstAt: number;

  constructor(private readonly reader: OutlineReader, private readonly text: string, kind: DocumentKind) {
    this.firstAt = kind === 'plaintext' ? firstBlockStart(text) : -1;
    // A date near the top (a dateline under a headline) says when the whole text was written,
    // the headline above it included.
    const dated = leadingDate(text);
    if (dated) {
      this.title.anchor = dated.year;
      this.title.anchorMonth = dated.month;
    }
  }

  /** Where the block at document offset `at` stands. */
  place(block: ProseBlock, at: number): BlockPlace {
    const prefix = block.kind === 'paragraph' ? linePrefix(this.text, at) : '';
    // An answer ("A: 50 million yuan.") is read under its question as an item under its lead-in.
    // (A bare figure right after a question is its answer too: "**How big was Suzhou's economy in 2021?**" / "About 2.3 trillion yuan.")
    const answer = block.kind === 'paragraph' && (isAnswer(block.prose, this.text, at + block.prose.length)
      || (prefix === '' && block.table === undefined && this.lastBlock?.kind === 'paragraph' && endsAsQuestion(this.lastBlock.prose) && isBareAnswer(block.prose)));
    const item = block.table !== undefined || isListItemOrRow(prefix) || answer;
    const longAnswer = !item && block.kind === 'paragraph' && prefix === '' && block.prose.length > ANSWER_MAX && isLabelledAnswer(block.prose, this.text, at + block.prose.length);
    return { block, at, item, quote: item && prefix.includes('>'), answer, longAnswer, header: block.table?.header ?? null };
  }

  /** The context `place`'s block is read in: a fresh object, the block's to change. */
  contextFor({ block, item, answer, longAnswer, header }: BlockPlace): BindingContext {
    const { title } = this;
    const context: BindingContext = { entity: title.entity, period: title.period, anchor: title.anchor, anchorMonth: title.anchorMonth, metricName: title.metricName, topics: title.topics };
    for (const h of this.headings) {
      context.topics = joinTopics(context.topics, h.context.topics);
      if (h.context.entity) context.entity = h.context.entity;
      if (h.context.period) context.period = h.context.period;
      if (h.context.anchor) {
        context.anchor = h.context.anchor;
        context.anchorMonth = h.context.anchorMonth;
      }
      // The nearest heading's metric or none: "## Population" under "# Suzhou's economy" names none.
      context.metricName = h.context.metricName ?? null;
    }
    // "Suzhou's 2021 highlights:" followed by a list, a table or a quote: the lead-in is their context.
    const lead = item || longAnswer ? this.leadIn() : null;
    // A caption speaks for a table; a question for its answer only (a list under it may be options).
    if (lead && (lead.kind === 'lead-in' || (lead.kind === 'caption' && block.table) || (lead.kind === 'question' && (answer || longAnswer)))) {
      const leadIn = lead.context;
      context.entity = leadIn.entity ?? context.entity;
      context.period = leadIn.period ?? context.period;
      if (leadIn.anchor) {
        context.anchor = leadIn.anchor;
        context.anchorMonth = leadIn.anchorMonth;
      }
      context.metricName = leadIn.metricName ?? null;
      context.topics = joinTopics(context.topics, leadIn.topics);
      // "A post shared widely on social media claimed:" + a quote: the quote is the post's claim.
      if (leadIn.reported) context.reported = true;
      if (answer && lead.kind === 'question') context.answer = true;
      // A long answer is prose that says what it measures: only its place and time come from the question.
      if (longAnswer) context.metricName = null;
    }
    // A metric named above only speaks for list items ("- 苏州：2.27万亿元"); a table's header
    // says what its columns measure.
    if (!item || block.table) context.metricName = null;
    // An infobox: a header row naming one place ("| Suzhou 苏州市 | |") is its rows' subject, and
    // so is a key-value table's "| City | Suzhou |" row above.
    if (header) context.entity = this.reader.tableSubject(header) ?? (this.subjectRow?.header === header ? this.subjectRow.entity : null) ?? context.entity;
    if (block.table) {
      context.tableUnit = this.tableUnit;
      context.tableMetric = this.tableMetric;
    }
    return context;
  }

  /** The lead-in of the items being read (see leadInRead). */
  private leadIn(): { context: BindingContext; kind: LeadInKind } | null {
    if (this.leadInRead === undefined) {
      const block = this.leadInBlock;
      const kind = block ? leadInKind(block.prose) : null;
      this.leadInRead = block && kind ? { context: this.reader.headingContext(block), kind } : null;
    }
    return this.leadInRead;
  }

  /** Takes in what `place`'s block says about the blocks after it. */
  advance({ block, at, item, header }: BlockPlace): void {
    this.lastBlock = block;
    // What the block names, read at most once however many of the uses below want it.
    let named: BindingContext | undefined;
    const own = (): BindingContext => (named ??= this.reader.headingContext(block));
    if (header && block.table?.role === 'row') {
      const entity = this.reader.rowSubject(block);
      if (entity) this.subjectRow = { header, entity };
    }
    if (!item) {
      this.leadInBlock = block.kind === 'paragraph' ? block : null;
      this.leadInRead = undefined;
    }
    // "## 2021年GDP（億元人民幣）", "单位：亿元": the unit of the table below; any other text ends it.
    if (!block.table && !(item && block.kind === 'paragraph')) {
      this.tableUnit = unitAbove(block.prose, block.kind === 'heading');
      this.tableMetric = this.tableUnit && block.kind === 'heading' ? own().metricName ?? null : null;
    }
    const { title, headings } = this;
    // A plain-text document's short first paragraph without a full stop is its title
    // ("Suzhou Municipal Bureau of Statistics\nPress release, 24 January 2022").
    const plainTitle = at === this.firstAt && isPlainTitle(block.prose);
    if (block.kind === 'title' || plainTitle || (block.kind === 'heading' && block.level === 1 && !title.entity && !title.period && headings.length === 0)) {
      const titled = own();
      const dates = titled.anchor ? titled : title;
      this.title = {
        entity: titled.entity ?? title.entity, period: titled.period ?? title.period, anchor: dates.anchor, anchorMonth: dates.anchorMonth,
        metricName: titled.metricName ?? title.metricName, topics: joinTopics(title.topics, titled.topics),
      };
    } else if (block.kind === 'heading' || (!item && isBoldHeading(this.text, at, block))) {
      const level = block.kind === 'heading' ? block.level : BOLD_HEADING_LEVEL;
      while (headings.length && headings[headings.length - 1].level >= level) headings.pop();
      headings.push({ level, context: own() });
    }
  }
}

/** How a paragraph introduces what follows: see {@link leadInKind}. */
type LeadInKind = 'lead-in' | 'caption' | 'question';

/**
 * How a paragraph introduces what follows: a 'lead-in' ends in a colon ("Suzhou's 2021
 * highlights:"), white space aside, or is short and points ahead; a 'caption' (see isCaption)
 * speaks for a table; a 'question' for its answer. Null for any other paragraph. Read from the
 * end: the pattern `[:：]\s*$` was tried at every position of every paragraph.
 */
function leadInKind(prose: string): LeadInKind | null {
  const c = lastNonSpace(prose, 0, prose.length);
  // A question leads in to its answer ("Q: How much will the city put into …?"), when it asks for
  // a level, not a change, a gap or a part ("By how much did GDP rise?", 工业贡献了多少).
  if (c === 0x3f || c === 0xff1f) return ASKS_FOR_CHANGE.test(prose) ? null : 'question';
  if (c === 0x3a || c === 0xff1a || (prose.length <= LEAD_IN_MAX && mayPointAhead(prose) && POINTS_AHEAD.test(prose))) return 'lead-in';
  return isCaption(prose, c) ? 'caption' : null;
}

/** A cheap first test for POINTS_AHEAD: every match holds one of these. */
function mayPointAhead(prose: string): boolean {
  return prose.includes('下') || prose.includes('below') || prose.includes('ollow');
}

/**
 * A caption: a line or two, short, not ended as a sentence is ("苏州市2021年主要经济指标⏎单位：亿元",
 * "Table 2. Suzhou, selected indicators"). `last` is its last non-space character.
 */
function isCaption(prose: string, last: number): boolean {
  if (prose.length > CAPTION_MAX || SENTENCE_END.has(last)) return false;
  const firstBreak = prose.indexOf('\n');
  return firstBreak < 0 || prose.indexOf('\n', firstBreak + 1) < 0;
}

const CAPTION_MAX = 60;
const SENTENCE_END = codes('.!?。！？;；…');

/**
 * A short paragraph that points at what follows ("The figures below are for 2020.", 下表为2020年数据。)
 * introduces it as a colon does.
 */
const POINTS_AHEAD = /\b(?:below|the\s+following|as\s+follows)\b|以下|如下|下表|下列/i;
const LEAD_IN_MAX = 120;

const LIST_QUOTE_OR_ROW_PREFIX = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+•]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|\|?[ \t]*)$/u;

/** The text of the line before `offset` (at most 200 UTF-16 units). */
function linePrefix(text: string, offset: number): string {
  // Walk back to the line start by hand: lastIndexOf('\r') in a file without one scans to the
  // start of the document, once per block (quadratic on a large file).
  let lineStart = offset;
  while (lineStart > 0 && offset - lineStart < 200) {
    const c = text.charCodeAt(lineStart - 1);
    if (c === 10 || c === 13) break;
    lineStart--;
  }
  return text.slice(lineStart, offset);
}

/** Whether a block whose line opens with `prefix` is a list item's text, a quote or a table row. */
function isListItemOrRow(prefix: string): boolean {
  return prefix.length > 0 && LIST_QUOTE_OR_ROW_PREFIX.test(prefix) && /[-*+•.)|>]/u.test(prefix);
}

const ASKS_FOR_CHANGE = /\bby\s+how\s+much\b|\bhow\s+(?:much|far)\s+(?:more|less|short|higher|lower|above|below)\b|\b(?:rise|rose|risen|grow|grew|grown|increase|increased|fall|fell|drop|dropped|short\s+of|gap|contribut\w*|share)\b|增长|增長|增加|减少|減少|下降|差距|贡献|貢獻|占|佔|多了|少了|相差|差多少/i;

/**
 * Whether a paragraph opens with an answer's label ("A:", 答：) and says little more than a figure;
 * not one of a quiz's options ("A: 1.5 trillion yuan" then "B: 2.27 trillion yuan"). `end` is where
 * the paragraph ends in `text`.
 */
function isAnswer(prose: string, text: string, end: number): boolean {
  return prose.length <= ANSWER_MAX && isLabelledAnswer(prose, text, end);
}

/** Whether a paragraph opens with an answer's label, not one of a quiz's options (see {@link isAnswer}). */
function isLabelledAnswer(prose: string, text: string, end: number): boolean {
  return ANSWER_LABEL.test(prose) && !OPTION_B.test(prose) && !OPTION_B_AFTER.test(text.slice(end, end + 12));
}

/** Whether a paragraph ends in a question mark. */
function endsAsQuestion(prose: string): boolean {
  const c = lastNonSpace(prose, 0, prose.length);
  return c === 0x3f || c === 0xff1f;
}

/** A short paragraph that is a figure and little else: "About 2.3 trillion yuan.", "约2.3万亿元。" */
function isBareAnswer(prose: string): boolean {
  return prose.length <= BARE_ANSWER_MAX && BARE_ANSWER.test(prose);
}

const BARE_ANSWER_MAX = 60;
const BARE_ANSWER = /^\s*(?:(?:about|around|roughly|approximately|nearly|almost|more\s+than|over|some|just\s+under|约|約|近|超过|超過|逾|大约|大約)\s*)?(?:RMB|CNY|US\$|\$|¥|￥|人民币|人民幣)?\s*[\d０-９一二三四五六七八九十两兩]/i;

/** A quiz's second option: "B:", "B.", "B）" at a line's start. */
const OPTION_B = /(?:^|\n)\s*(?:[-*+]\s*)?B\s*[:：.)）]/;
const OPTION_B_AFTER = /^\s*(?:[-*+]\s*)?B\s*[:：.)）]/;

/** An answer's label and the space after it: "A: ", "Answer:", 答：. (The prose has its emphasis marks blanked.) */
export const ANSWER_LABEL = /^\s*(?:A|Answer|答|回答)\s*[:：]\s*/;
const ANSWER_MAX = 120;

/** Where the first non-blank character of `text` is (its length when there is none). */
function firstBlockStart(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : text.length;
}

/** A title line or two: short, and not ended with a full stop, a question mark or a semicolon. */
function isPlainTitle(prose: string): boolean {
  const lines = prose.split(/\r\n|\r|\n/);
  // "🔥重磅!苏州2021年成绩单出炉!": a headline may shout; it may not end like a statement.
  return lines.length <= 3 && prose.length <= 160 && !/[.?。？；;]\s*$/.test(prose);
}

/**
 * A paragraph that is one short line, wholly bold ("**Suzhou**", "__2021年主要经济指标__"): writers
 * use it as a heading, and what it names is the context of the text below it, as a heading's is.
 */
function isBoldHeading(text: string, at: number, block: ProseBlock): boolean {
  if (block.kind !== 'paragraph' || block.table || block.prose.length > 100) return false;
  // The line opens with its emphasis marks, which the prose blanks: a cheap test first.
  let i = at;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  const c = text.charCodeAt(i);
  return (c === 0x2a || c === 0x5f) && BOLD_LINE.test(text.slice(at, at + block.prose.length));
}

/** One line, all of it strong emphasis, not ended like a sentence. */
const BOLD_LINE = /^[ \t]*(\*\*|__)(?![\s*_])[^\r\n*_]+(?<![\s.。!?！？])\1[ \t]*$/u;

/** Both lists of metric ids, sorted and without repeats; `a` itself when `b` adds nothing (most often). */
function joinTopics(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] {
  if (!b?.length) return a ?? NO_TOPICS;
  if (!a?.length) return b;
  return [...new Set([...a, ...b])].sort();
}
