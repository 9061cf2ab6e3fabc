import type { CheckedClaim, ClaimedValue, DocumentKind, ExpectedValue, FactBase, FactDef, Span, Statement, TextEdit, Verdict } from './types';
import { Binder, type BindingContext, type BoundFigure, type EntityRef } from './bind';
import { Lexicon, type NameHit } from './lexicon';
import { extractProse, type Directive, type ProseBlock, type ProseDocument, type TableHeader } from './prose';
import { splitChunks } from './chunks';
import { splitSentences } from './sentences';
import { cellSentences, readColumns, withoutUnitBracket, withoutCellUnits, isUnitCell, withoutTotalWords, type CellSentence, type Column, type TableWords } from './tables';
import { findNumbers, mayHoldFigure, type NumberMention } from './numbers';
import { isIdeograph } from './chars';
import { inner } from './memo';
import { buildSuppressions } from './suppress';
import { lookupFact } from './lookup';
import { compare, CONVERSION_SLACK, isLowerBound } from './verify';
import { claimedValue, proposeFix } from './fix';
import { claimReach, debunksAbove } from './markers';
import { ANSWER_LABEL, Outline, type OutlineReader } from './outline';
import { formatLike } from './format';
import {
  contradictedMessage, statementDisplay, subjectInPeriod, supportedMessage, unverifiableMessage, type MessageInput,
} from './message';

/**
 * Checks a whole document. Offsets in the result are UTF-16 indices into `text`.
 * Claims are sorted by `start`; claims switched off by disable comments are left out.
 */
export function checkDocument(text: string, kind: DocumentKind, facts: FactBase): CheckedClaim[] {
  return new Checker(facts, { incremental: false }).check(text, kind);
}

/** Binders (and their name tries) are costly to build and read-only but for a cache: one per fact base. */
const binders = new WeakMap<FactBase, Binder>();

function binderFor(facts: FactBase): Binder {
  let binder = binders.get(facts);
  if (!binder) {
    binder = new Binder(facts);
    binders.set(facts, binder);
  }
  return binder;
}

/**
 * A claim with offsets relative to its block, as cached; `text` is filled in when it is placed in
 * the document (the block's prose may differ from the document's text inside the figure).
 */
type BlockClaim = CheckedClaim;

interface ChunkEntry {
  doc: ProseDocument;
  used: number;
}

/**
 * The fact a claim is compared with, as the claim shows it. Immutable and the same for every claim
 * about one statement written in the same units, so it is shared (a claim-dense document has
 * thousands): one per statement and way of writing it.
 */
function expectedValue(fact: FactDef, statement: Statement, matched: ExpectedValue['matched'], inClaimUnits: string): ExpectedValue {
  const byWriting = inner(expectedValues, statement);
  let expected = byWriting.get(inClaimUnits);
  if (!expected) {
    expected = {
      factId: fact.id,
      value: statement.value,
      unit: statement.unit,
      qualifier: statement.qualifier,
      status: statement.status,
      period: fact.period ?? null,
      matched,
      source: statement.source,
      display: statementDisplay(statement),
      displayInClaimUnits: inClaimUnits,
    };
    byWriting.set(inClaimUnits, expected);
  }
  return expected;
}

const expectedValues = new WeakMap<Statement, Map<string, ExpectedValue>>();

/** What a claim says, before it is judged (block-relative offsets). */
interface ClaimReading {
  start: number;
  end: number;
  entity: string;
  metric: string;
  period: string | null;
  periodFrom: CheckedClaim['periodFrom'];
  claimed: CheckedClaim['claimed'];
}

/** A judged claim: one function builds them all, so every claim has one shape. */
function makeClaim(read: ClaimReading, verdict: Verdict, factId: string | null, expected: ExpectedValue | null, message: string, fix: TextEdit | null): BlockClaim {
  return {
    start: read.start,
    end: read.end,
    text: '',
    verdict,
    factId,
    entity: read.entity,
    metric: read.metric,
    period: read.period,
    periodFrom: read.periodFrom,
    claimed: read.claimed,
    expected,
    message,
    fix,
  };
}

/**
 * A block's claim placed in the document: offsets moved by `at`, the figure's text filled in.
 * One object literal, so every claim has the same shape (spreads were a tenth of the time); a
 * cached block's claims stay as they are, for the next check.
 */
function placedCopy(c: BlockClaim, at: number, text: string): CheckedClaim {
  const start = c.start + at;
  const end = c.end + at;
  return {
    start,
    end,
    text: text.slice(start, end),
    verdict: c.verdict,
    factId: c.factId,
    entity: c.entity,
    metric: c.metric,
    period: c.period,
    periodFrom: c.periodFrom,
    claimed: c.claimed,
    expected: c.expected,
    message: c.message,
    fix: c.fix && { start: c.fix.start + at, end: c.fix.end + at, newText: c.fix.newText },
  };
}

/**
 * Places a claim nothing else holds (a one-shot check's) by moving it: a claim-dense document has
 * thousands, and a copy of each was a tenth of the garbage.
 */
function placeInPlace(c: BlockClaim, at: number, text: string): CheckedClaim {
  c.start += at;
  c.end += at;
  c.text = text.slice(c.start, c.end);
  if (c.fix) {
    c.fix.start += at;
    c.fix.end += at;
  }
  return c;
}

/**
 * The block's names cut into its sentences, offsets made sentence-relative: what
 * `lexicon.find` finds in each sentence, without a second walk. Undefined when a name runs
 * across a sentence boundary ("U.S."), where a sentence alone may read a shorter name.
 */
function namesBySentence(names: readonly NameHit[], sentences: readonly Span[]): NameHit[][] | undefined {
  const out: NameHit[][] = sentences.map(() => []);
  let s = 0;
  for (const h of names) {
    while (s < sentences.length && sentences[s].end <= h.start) s++;
    if (s === sentences.length || h.start < sentences[s].start || h.end > sentences[s].end) return undefined;
    const at = sentences[s].start;
    // The first sentence usually starts the block: its names need no moving.
    out[s].push(at === 0 ? h : { start: h.start - at, end: h.end - at, kind: h.kind, ids: h.ids, text: h.text });
  }
  return out;
}

/** The start of the last figure in `mentions` (in order) starting before `offset`; 0 if none. */
function previousStart(mentions: readonly NumberMention[], offset: number): number {
  let start = 0;
  for (const m of mentions) {
    if (m.start >= offset) break;
    start = m.start;
  }
  return start;
}

/**
 * Whether `prose` holds nothing but names (places, periods), figures and punctuation: "苏州：2.27万亿元"
 * but not "Investment: 2.6 trillion yuan", whose own label names another measure than the heading's.
 */
function onlyNamesAndFigures(prose: string, names: NameHit[], anyName = false): boolean {
  // Places and periods label an item; a measure word ("investment", 人均) makes it another figure.
  // A table's row label may name measures too: the cell's reading then sees them ("per capita").
  const labels = anyName ? names : names.filter((h) => h.kind === 'entity' || h.kind === 'reference' || h.kind === 'other-place' || h.kind === 'other-area' || h.kind === 'period');
  const figures = findNumbers(prose, { barriers: Lexicon.barriers(names) });
  const cut: Span[] = [...labels, ...figures];
  // "人民幣3,000萬元（約3,600萬港元）": a figure's conversion in brackets says nothing else.
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(prose); m; m = BRACKETED.exec(prose)) {
    const end = m.index + m[0].length;
    cut.push({ start: m.index, end });
  }
  let rest = '';
  let at = 0;
  for (const s of cut.sort((a, b) => a.start - b.start)) {
    if (s.start > at) rest += prose.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  rest += prose.slice(at);
  return !/\p{L}/u.test(rest);
}

/**
 * A claim read in a made-up text moved onto the real one: the part [from, to) of the made-up text
 * stands at `onto` in the real one. The claim is cut to that part, and its fix kept only when it
 * lies inside it (a fix never touches text that is not the writer's).
 */
function moveOnto(claim: BlockClaim, from: number, to: number, onto: number): BlockClaim {
  const shift = onto - from;
  claim.start = Math.max(claim.start, from) + shift;
  claim.end = Math.min(claim.end, to) + shift;
  const fix = claim.fix;
  if (fix) claim.fix = fix.start >= from && fix.end <= to ? { start: fix.start + shift, end: fix.end + shift, newText: fix.newText } : null;
  return claim;
}

/**
 * `text` with the given spans blanked and the given pieces written over it (each as long as what it
 * replaces), its length kept: a table row's prose without its figure cells and label units.
 */
function blankSpans(text: string, spans: readonly Span[], pieces: readonly { at: number; text: string }[] = []): string {
  const chars = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = ' ';
  for (const p of pieces) for (let i = 0; i < p.text.length; i++) chars[p.at + i] = p.text[i];
  return chars.join('');
}

/** Words after an answer's figure that qualify it: a part, a forecast, another year's. */
const ANSWER_QUALIFIED = /其中|包括|包含|含|预测|預測|预计|預計|预期|預期|\b(?:includ\w*|forecast\w*|estimat\w*|project\w*|expected|target\w*|figure|data)\b/i;

/** A bracketed figure alone, a conversion mostly: "（約3,600萬港元）", "(about US$352 billion)", "(2021)". */
const BRACKETED = /[（(]\s*(?:约合?|約合?|折合|合|about|around|roughly|approximately|approx\.|≈|~)?\s*(?:US\$|HK\$|NT\$|\$|€|£|¥)?\s*[\d０-９][\d０-９.,，]*\s*(?:万亿|萬億|万|萬|亿|億|兆|trillion|billion|million|tn|bn|mn)?\s*(?:港元|港币|港幣|美元|欧元|歐元|新台币|新台幣|台币|台幣|日元|日圓|英镑|英鎊|澳门元|澳門元|US\s+dollars|dollars|USD|HKD|TWD|EUR)?\s*[）)]/gi;

/** A currency in a figure's own words. */
const CURRENCY_MARK = /[元¥￥$]|\b(?:yuan|RMB|CNY|USD|dollars?|renminbi)\b|人民币|人民幣/i;

/**
 * The state a block's sentences are bound in, from the context above it: each sentence updates
 * it for the next (the entity and period it names, a dateline), so it is the block's own copy.
 */
function sentenceState(context: BindingContext): BindingContext {
  return { entity: context.entity, period: context.period, anchor: context.anchor ?? null, anchorMonth: context.anchorMonth ?? null, topics: context.topics };
}

/** A key-value table's label for what the table is about. */
const SUBJECT_LABEL = /^(?:city|name|place|municipality|prefecture|subject|城市|名称|名稱|城市名称|城市名稱|地区|地區|市)$/i;

/**
 * Whether a "more than N" claim is wrong only for saying too little: the fact is above the most
 * the claim allows ("over 1 trillion yuan" for 2.27 trillion).
 */
function understates(claimed: ClaimedValue, fact: FactDef): boolean {
  return isLowerBound(claimed.qualifier) && claimed.unit === fact.unit && claimed.upper !== undefined && fact.value >= claimed.upper;
}

/** The year a figure is said of: the year its sentence names, else the year its text was written; null when neither is known. */
function yearSaidOf(figure: BoundFigure): number | null {
  return figure.periodFrom === 'sentence' && /^\d{4}$/.test(figure.period ?? '') ? Number(figure.period) : figure.writtenIn;
}

/** The year of a fact's source (NaN when its source gives no date). */
function sourceYear(fact: FactDef): number {
  return Number(fact.source.date?.slice(0, 4));
}

/** Whether a text written in `year` is written in the year after `period` (when its figures are out and still the latest). */
function writtenJustAfter(year: number, period: string | null): boolean {
  // (Only a year's fact has a year to be after: a plan period's holds whenever its text was written.)
  return period === null || !/^\d{4}/.test(period) || year === Number(period.slice(0, 4)) + 1;
}

/** How many checks a cached block survives unused (several open documents share one checker). */
const CACHE_GENERATIONS = 8;

/**
 * A checker bound to one fact base. It splits a document into independent chunks (paragraphs and
 * whole code blocks, see {@link splitChunks}) and remembers each chunk's prose and each block's
 * claims, so re-checking an edited document only re-reads the chunk that changed: a keystroke costs
 * one line scan of the document plus one paragraph.
 */
export class Checker {
  private readonly binder: Binder;
  private readonly chunks = new Map<string, ChunkEntry>();
  private readonly plainChunks = new Map<string, ChunkEntry>();
  /** Keyed by block objects, which live as long as their chunk's entry: no big string keys. */
  private readonly claims = new WeakMap<ProseBlock, Map<string, BlockClaim[]>>();
  private readonly headingContexts = new WeakMap<ProseBlock, BindingContext>();
  private generation = 0;

  private readonly incremental: boolean;

  /** What the last check had to read afresh: chunks split, chunks re-read, blocks re-judged. */
  readonly stats = { chunks: 0, chunksRead: 0, blocksRead: 0 };

  /**
   * `incremental` (default true) keeps chunk and block results between checks, for an editor that
   * re-checks a document on every keystroke; a one-shot check is faster without the bookkeeping.
   */
  constructor(readonly facts: FactBase, options: { incremental?: boolean } = {}) {
    this.binder = binderFor(facts);
    this.incremental = options.incremental ?? true;
  }

  /** Checks `text`; see {@link checkDocument}. */
  check(text: string, kind: DocumentKind): CheckedClaim[] {
    this.generation++;
    this.stats.chunks = this.stats.chunksRead = this.stats.blocksRead = 0;
    const directives: Directive[] = [];
    const out: CheckedClaim[] = [];
    const outline = new Outline(this.outlineReader, text, kind);
    const place = this.incremental ? placedCopy : placeInPlace;
    const chunks = this.incremental ? splitChunks(text, kind) : [{ start: 0, end: text.length, line: 0 }];
    this.stats.chunks = chunks.length;
    // Where the claims of the block quote just read start in `out` (-1: the last block was no quote).
    let quoteClaims = -1;
    for (const chunk of chunks) {
      const doc = this.incremental ? this.chunkProse(text.slice(chunk.start, chunk.end), kind) : extractProse(text, kind);
      for (const d of doc.directives) directives.push({ ...d, start: d.start + chunk.start, end: d.end + chunk.start, line: d.line + chunk.line });
      for (const block of doc.blocks) {
        const where = outline.place(block, chunk.start + block.start);
        if (where.quote) {
          if (quoteClaims < 0) quoteClaims = out.length;
        } else if (quoteClaims >= 0) {
          // "> Suzhou pays RMB100m to every company…" then "This claim … misstates the policy": the
          // quote was someone else's claim, not the writer's.
          if (block.kind === 'paragraph' && !where.item && debunksAbove(block.prose)) out.length = quoteClaims;
          quoteClaims = -1;
        }
        for (const c of this.blockClaims(block, outline.contextFor(where), where.header)) out.push(place(c, where.at, text));
        outline.advance(where);
      }
    }
    this.prune();
    const suppressions = buildSuppressions(text, directives);
    return out.filter((c) => !suppressions.isSuppressed(c.start, c.factId));
  }

  /** What the document's outline reads from its blocks (see {@link Outline}). */
  private readonly outlineReader: OutlineReader = {
    headingContext: (block) => this.headingContext(block),
    tableSubject: (header) => this.tableSubject(header),
    rowSubject: (block) => this.rowSubject(block),
  };

  /** The prose of one chunk (offsets relative to it), remembered by its text. */
  private chunkProse(chunkText: string, kind: DocumentKind): ProseDocument {
    const cache = kind === 'markdown' ? this.chunks : this.plainChunks;
    const hit = cache.get(chunkText);
    if (hit) {
      hit.used = this.generation;
      return hit.doc;
    }
    const doc = extractProse(chunkText, kind);
    this.stats.chunksRead++;
    cache.set(chunkText, { doc, used: this.generation });
    return doc;
  }

  /** What a heading or title names, remembered with the block (blocks are kept by chunkProse). */
  private headingContext(block: ProseBlock): BindingContext {
    if (!this.incremental) return this.binder.readContext(block.prose);
    let ctx = this.headingContexts.get(block);
    if (!ctx) {
      ctx = this.binder.readContext(block.prose);
      this.headingContexts.set(block, ctx);
    }
    return ctx;
  }

  /**
   * Claims of a block in a context, remembered with the block object (a table row's header is
   * fixed with it: both come from one chunk's reading).
   */
  private blockClaims(block: ProseBlock, context: BindingContext, header: TableHeader | null): BlockClaim[] {
    if (!this.incremental) return this.readAnyBlock(block, context, header);
    const key = `${context.entity ? `${context.entity.own ? '+' : '-'}${context.entity.id}` : ''}\u0000${context.period ?? ''}\u0000${context.anchor ?? ''}.${context.anchorMonth ?? ''}\u0000${context.metricName ?? ''}\u0000${context.topics?.join(',') ?? ''}\u0000${context.tableUnit ? `${context.tableUnit.before}|${context.tableUnit.after}` : ''}\u0000${context.tableMetric ?? ''}\u0000${context.reported ? 'r' : ''}${context.answer ? 'a' : ''}`;
    const byContext = inner(this.claims, block);
    let claims = byContext.get(key);
    if (!claims) {
      claims = this.readAnyBlock(block, context, header);
      byContext.set(key, claims);
    }
    return claims;
  }

  /** The one place a table's header row names, as its rows' subject; null when it names none or several. */
  private tableSubject(header: TableHeader): EntityRef | null {
    return this.onePlace(header.prose);
  }

  /** The place a two-cell row labelled as a subject names ("| City | Suzhou |", "| 城市 | 苏州 |"); null for any other row. */
  private rowSubject(block: ProseBlock): EntityRef | null {
    // Empty cells aside ("| City | Suzhou | |" under "| Field | Value | Source |").
    const cells = (block.table?.cells ?? []).filter((c) => c.end > c.start);
    if (cells.length !== 2 || !SUBJECT_LABEL.test(block.prose.slice(cells[0].start, cells[0].end))) return null;
    return this.onePlace(block.prose.slice(cells[1].start, cells[1].end));
  }

  /** The one place `text` names, ours or another; null when it names none or several. */
  private onePlace(text: string): EntityRef | null {
    const places = this.binder.lexicon.find(text).filter((h) => h.kind === 'entity' || h.kind === 'other-place');
    const ids = new Set(places.map((h) => (h.kind === 'entity' ? `+${h.ids[0]}` : `-${h.text.toLowerCase()}`)));
    if (ids.size !== 1) return null;
    const [h] = places;
    return h.kind === 'entity' ? { id: h.ids[0], own: true } : { id: h.text, own: false };
  }

  /** Each table's columns, read once for all its rows (keyed by the header row's block). */
  private readonly columns = new WeakMap<TableHeader, Column[]>();

  /** What table cells are read with: the names this checker knows (see {@link TableWords}). */
  private readonly tableWords: TableWords = {
    isPlainLabel: (label) => {
      const names = this.binder.lexicon.find(label);
      // A label that names a metric says what its row measures ("Per capita GDP", 经济总量, 首次入选世界500强);
      // one that does not, under a GDP column, is a part of it ("Per capita", 第一产业, "Digital economy").
      if (names.some((h) => h.kind === 'metric')) return true;
      if (names.some((h) => h.kind === 'blocker' || h.kind === 'other-measure')) return false;
      // Words for the whole ("Total", 合计) label the whole; names of places and periods, its owner and time.
      const text = withoutTotalWords(label);
      return onlyNamesAndFigures(text, this.binder.lexicon.find(text), true);
    },
    isInformative: (header) => /(?:19|20)\d\d/u.test(header) || this.binder.lexicon.find(header).length > 0,
    namesMeasure: (text) => text !== '' && this.binder.lexicon.find(text).some((h) => h.kind === 'metric' || h.kind === 'other-measure' || h.kind === 'blocker'),
  };

  /** A block's claims: its prose's, and for a table row, its figure cells' (see {@link cellSentences}). */
  private readAnyBlock(block: ProseBlock, context: BindingContext, header: TableHeader | null): BlockClaim[] {
    // A quote or list a lead-in reports ("近日网传：") repeats someone else's claim.
    if (context.reported) return [];
    // "## Suzhou GDP (100 million yuan)": the unit of what follows, no figure of its own.
    if (block.kind === 'heading') return this.readBlock(withoutUnitBracket(block.prose), context);
    // "| District | GDP (100 million yuan) |": a header's units are no figures either.
    if (block.table?.role === 'header') return this.readBlock(withoutCellUnits(block.prose, block.table.cells), context);
    if (block.table?.role !== 'row' || !header) return this.readBlock(block.prose, context);
    let columns = this.columns.get(header);
    if (!columns) {
      columns = readColumns(header.prose, header.cells, this.tableWords);
      this.columns.set(header, columns);
    }
    const cells = cellSentences(block.prose, block.table.cells, columns, this.tableWords, context.tableUnit ?? null, context.tableMetric ?? null);
    if (!cells.length) return this.readBlock(block.prose, context);
    // A row with figure cells is read cell by cell, each in its own sentence. Its other cells are
    // labels (names, years, units; see cellSentences) or notes; a note with a figure of its own
    // ("| 2021 | 2.27 | Industrial output topped 5 trillion yuan |") is read as the row's prose is.
    // (A label's unit, "GDP (100 million yuan)", is no figure of its own.)
    const figureCells = cells.map((c) => c.cell);
    // (A cell that is a unit by itself, "| 100 million yuan |", is the row's unit, no note.)
    const notes = block.table.cells.filter((c) => !figureCells.includes(c) && !isUnitCell(block.prose.slice(c.start, c.end)))
      .map((c) => ({ at: c.start, text: withoutUnitBracket(block.prose.slice(c.start, c.end)) }));
    // (An amount, not a bare number: "Fortune Global 500" in a label is a name.)
    const isAmount = (m: NumberMention): boolean => !m.isYear && (m.currency !== null || m.style.scaleText !== null || m.percent || m.unit !== null);
    const out: BlockClaim[] = notes.some((n) => findNumbers(n.text).some(isAmount)) ? this.readBlock(blankSpans(block.prose, figureCells, notes), context) : [];
    for (const cell of cells) out.push(...this.readCell(cell, context));
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * The claims of one figure cell, read in its sentence and moved onto the cell: the claim covers
   * the cell's text (the unit the table gives is not in it), and a fix is kept only when it stays
   * inside that text.
   */
  private readCell({ cell, sentence, at }: CellSentence, context: BindingContext): BlockClaim[] {
    const reading = this.binder.read(sentence);
    const state = sentenceState(context);
    const cellEnd = at + (cell.end - cell.start);
    const out: BlockClaim[] = [];
    for (const figure of this.binder.bindSentence(sentence, state, reading)) {
      // The figure may take in the unit written around the cell's text ("US$352 billion").
      if (figure.mention.end <= at || figure.mention.start >= cellEnd) continue;
      const claim = this.judge(figure, sentence, { start: 0, end: sentence.length }, reading.mentions);
      if (claim) out.push(moveOnto(claim, at, cellEnd, cell.start));
    }
    return out;
  }

  /** Forgets chunks no check has used for a while (the block caches go with them). */
  private prune(): void {
    for (const cache of [this.chunks, this.plainChunks]) {
      if (cache.size < 2048) continue;
      for (const [key, entry] of cache) if (this.generation - entry.used > CACHE_GENERATIONS) cache.delete(key);
    }
  }

  /** Claims of one block's prose, offsets relative to the block. */
  private readBlock(prose: string, context: BindingContext): BlockClaim[] {
    this.stats.blocksRead++;
    // Most prose has no figure at all, and names (the costly part) only matter up to the last
    // sentence with one: earlier sentences may name the entity or period a later figure needs.
    if (!mayHoldFigure(prose)) return [];
    // Nor can a block claim anything without a metric name in it.
    const names = this.binder.lexicon.find(prose);
    if (!names.some((h) => h.kind === 'metric')) return context.metricName ? this.readUnderMetric(prose, context, context.metricName) : [];
    const sentences = splitSentences(prose);
    const sentenceNames = namesBySentence(names, sentences);
    const texts = sentences.map((span) => prose.slice(span.start, span.end));
    const readings = texts.map((sentence, i) => this.binder.read(sentence, sentenceNames?.[i]));
    let last = -1;
    for (let i = 0; i < readings.length; i++) if (readings[i].mentions.some((m) => !m.isYear)) last = i;
    const claims: BlockClaim[] = [];
    const state = sentenceState(context);
    for (let i = 0; i <= last; i++) {
      const span = sentences[i];
      const sentence = texts[i];
      for (const figure of this.binder.bindSentence(sentence, state, readings[i])) {
        const claim = this.judge(figure, sentence, span, readings[i].mentions);
        if (claim) claims.push(claim);
      }
    }
    return claims;
  }

  /**
   * A list item or table row that names no metric, read after the one its heading or lead-in
   * names ("GDP: 苏州：2.27万亿元" for "- 苏州：2.27万亿元" under "## 江苏主要城市2021年GDP"); the
   * claims are moved back onto the prose, and a fix is kept only inside it.
   */
  private readUnderMetric(prose: string, context: BindingContext, metricName: string): BlockClaim[] {
    // "A: 50 million yuan." under "Q: What does a company get for …?": the answer's label is no word of it.
    const label = ANSWER_LABEL.exec(prose);
    if (label) prose = ' '.repeat(label[0].length) + prose.slice(label[0].length);
    if (!onlyNamesAndFigures(prose, this.binder.lexicon.find(prose))) {
      // "答：約三千五百年。蘇州始建於公元前514年…": an answer gives its figure first, then goes on.
      // (Only when what follows says nothing of the figure: no other figure, year, place or part.)
      const first = context.answer ? splitSentences(prose)[0] : undefined;
      if (!first || first.end >= prose.length || !this.saysNothingOfFigure(prose.slice(first.end))) return [];
      prose = prose.slice(0, first.end);
      if (!onlyNamesAndFigures(prose, this.binder.lexicon.find(prose))) return [];
    }
    const prefix = `${metricName}${isIdeograph(metricName.charCodeAt(metricName.length - 1)) ? '：' : ': '}`;
    const shift = prefix.length;
    const claims = this.readBlock([prefix, prose].join(''), { ...context, metricName: null });
    // An amount must say it is money ("2.27兆元", "$352 billion"): "- Suzhou: 12.85 million" counts people.
    const money = (c: BlockClaim): boolean => (c.claimed.unit !== 'CNY' && c.claimed.unit !== 'USD') || CURRENCY_MARK.test(prose.slice(c.start - shift, c.end - shift));
    return claims.filter((c) => c.start >= shift && money(c)).map((c) => moveOnto(c, shift, shift + prose.length, 0));
  }

  /**
   * Whether the sentences after an answer's figure leave it as it is: no amount or year of their
   * own ("这是2023年的数据", "其中区级2000万元"), no place ("this is Suzhou in Anhui"), no part or forecast.
   * (A date long past may stand: "蘇州始建於公元前514年".)
   */
  private saysNothingOfFigure(rest: string): boolean {
    if (ANSWER_QUALIFIED.test(rest)) return false;
    if (findNumbers(rest).some((m) => m.currency !== null || m.percent || m.style.scaleText !== null || m.value >= 1900)) return false;
    return !this.binder.lexicon.find(rest).some((h) => h.kind === 'other-place' || h.kind === 'period' || h.kind === 'metric');
  }

  /** Decides one bound figure against the facts; null when it is no claim about a fact. */
  private judge(figure: BoundFigure, sentence: string, at: Span, sentenceFigures: readonly NumberMention[]): BlockClaim | null {
    const { facts } = this;
    const { mention, metric } = figure;
    const found = lookupFact(facts, figure.entity, metric.id, figure.period, figure.periodFrom);
    // A target or forecast says nothing about a reported figure; only a plan can be checked by it.
    if (figure.target && (!found.fact || found.fact.status !== 'plan')) return null;
    const entity = facts.entities.find((e) => e.id === figure.entity);
    const claimText = sentence.slice(mention.start, mention.end);
    const input: MessageInput = { facts, entity, metric, period: found.period, periodFrom: found.periodFrom, claimText };
    // Only a lower bound ("more than N") reaches above its figure.
    const reach = isLowerBound(mention.qualifier) ? claimReach(sentence, mention) : 'near';
    const claimed = claimedValue(mention, metric, reach);
    const read: ClaimReading = { start: at.start + mention.start, end: at.start + mention.end, entity: figure.entity, metric: metric.id, period: found.period, periodFrom: found.periodFrom, claimed };
    const fact = found.fact;
    // "In 2008, after 30 years of reform and opening up", "SUZHOU, Dec. 18, 2008 -- Thirty years of
    // reform…": a duration counted to a year long before the fact's source says nothing about the fact.
    // (Only when the years between matter: 2,500 years of history in a 2019 text are still 2,500.)
    if (fact && fact.period === undefined && metric.unit === 'years') {
      const countedTo = yearSaidOf(figure);
      const yearsBefore = countedTo === null ? 0 : sourceYear(fact) - countedTo;
      if (yearsBefore > 1 && yearsBefore > fact.value * 0.03) return null;
    }
    if (!fact) {
      return makeClaim(read, 'unverifiable', null, null, unverifiableMessage(input), null);
    }
    // "In 2025 Suzhou raised its reward … to 50 million yuan": a fact with no period holds as of its
    // source; a figure said of a later year may be a later one.
    if (fact.period === undefined && metric.unit !== 'years') {
      const saidOf = yearSaidOf(figure);
      if (saidOf !== null && saidOf > sourceYear(fact)) {
        const reason = `${claimText.trim()} is said of ${saidOf}; the facts file's figure is from ${fact.source.date}, and it may have changed since.`;
        return makeClaim(read, 'unverifiable', fact.id, null, reason, null);
      }
    }
    // "Suzhou's economy tops 2.4 trillion yuan" over a dateline of 2023: a figure without a period
    // in a text written well after the latest fact is about a later year than the fact's.
    // (So is one in a text written before that fact's year was out: "date: 2021-03-01" over
    // "全市地区生产总值2.02万亿元" gives the year before.)
    if (found.periodFrom === 'latest' && figure.writtenIn !== null && !writtenJustAfter(figure.writtenIn, found.period)) {
      const reason = `${claimText.trim()} gives no period, and the text is dated ${figure.writtenIn}; the latest fact is for ${found.period}.`;
      return makeClaim(read, 'unverifiable', fact.id, null, reason, null);
    }
    const { verdict: raw, matched, reason: openReason } = compare(facts, fact, claimed);
    const statement = matched === 'primary' ? fact : fact.alternatives[matched];
    const written = this.writtenLikeClaim(fact, figure, sentence);
    const inClaimUnits = written?.trim() ?? '';
    const expected = expectedValue(fact, statement, matched, inClaimUnits);
    // "last year" with no date to count from may mean another year than the latest fact's.
    if (raw === 'contradicted' && figure.periodGuessed) {
      const reason = `${claimText.trim()} is about a year relative to when the text was written, and no date says when; ${subjectInPeriod(input)} was ${expected.display}.`;
      return makeClaim(read, 'unverifiable', fact.id, expected, reason, null);
    }
    // A conversion beside a figure may use another rate than ours: a contradiction only when it is
    // wrong at any rate a writer could use (CONVERSION_SLACK either way).
    if (raw === 'contradicted' && figure.conversion && compare(facts, fact, claimed, CONVERSION_SLACK).verdict !== 'contradicted') {
      const reason = `Cannot confirm the conversion ${claimText.trim()} with the facts file's rate; ${subjectInPeriod(input)} was ${expected.display}.`;
      return makeClaim(read, 'unverifiable', fact.id, expected, reason, null);
    }
    if (raw === 'unverifiable' && openReason === 'too-precise') {
      const reason = `${claimText.trim()} is more precise than the facts file's ${expected.display}, which cannot confirm or refute it.`;
      return makeClaim(read, 'unverifiable', fact.id, expected, reason, null);
    }
    if (raw === 'unverifiable') {
      return makeClaim(read, 'unverifiable', fact.id, expected, unverifiableMessage(input, `No exchange rate in the facts file to compare ${claimText.trim()} with ${expected.display}.`), null);
    }
    if (raw === 'supported') return makeClaim(read, 'supported', fact.id, expected, supportedMessage(input, statement, matched !== 'primary'), null);
    const fix = proposeFix({ facts, fact, metric, mention, source: sentence, barriers: figure.barriers, written, reach, readFrom: previousStart(sentenceFigures, mention.start) });
    return makeClaim(read, 'contradicted', fact.id, expected, contradictedMessage(input, fact, inClaimUnits, understates(claimed, fact)),
      fix && { start: at.start + fix.start, end: at.start + fix.end, newText: fix.newText });
  }

  /**
   * The fact's value written the way the claim is written ("2.27 trillion yuan"), for messages and
   * as the first wording of a fix; undefined when the claim is in another currency.
   */
  private writtenLikeClaim(fact: FactDef, figure: BoundFigure, sentence: string): string | undefined {
    const { mention } = figure;
    if (mention.currency && mention.currency !== fact.unit) return undefined;
    return formatLike(mention, sentence, { value: fact.value, currency: mention.currency, qualifier: fact.qualifier, decimals: Math.max(2, mention.style.decimals) });
  }
}
