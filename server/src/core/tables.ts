/**
 * Figures in table cells: a cell that holds nothing but a figure ("2.72", "22718.3") says what it
 * says only with its row's labels and its column's header ("| Suzhou | 2.72 |" under "| City |
 * 2021 GDP (trillion yuan) |"). Each such cell is read in a sentence made of those, with the unit
 * a header or label gives in brackets written around the figure: "Suzhou 2021 GDP 2.72 trillion
 * yuan". Offsets are UTF-16, relative to the row's block.
 */
import type { Span } from './types';
import { findNumbers, footnoteMarkEnd } from './numbers';
import { isIdeograph } from './chars';

/** A figure cell and the sentence it is read in. */
export interface CellSentence {
  /** The cell, relative to its row's block. */
  cell: Span;
  /** Labels, then the column's header, then the cell's text in the unit the table gives it. */
  sentence: string;
  /** Where the cell's text stands in `sentence`. */
  at: number;
}

/** What the reader of a table knows of words (the checker's names): see {@link cellSentences}. */
export interface TableWords {
  /**
   * Whether a row label is one a figure can be read with: nothing but names of places, periods,
   * metrics and the like, years, and words for a whole ("Total", 合计). A label of anything else
   * ("Primary sector", 第一产业, "Digital economy") makes its row a part of the whole the header
   * names, which no fact is about.
   */
  isPlainLabel(label: string): boolean;
  /** Whether a header says something a figure needs: a name, a year. */
  isInformative(header: string): boolean;
  /** Whether a label or header names a measure (a metric, another measure, a blocker such as "per capita"). */
  namesMeasure(text: string): boolean;
}

/** A unit as written around a figure: "US$" before and " billion" after, or "亿元" after. */
export interface Unit {
  before: string;
  after: string;
}

/** A unit in brackets at the end of a header or label: "(trillion yuan)", "（亿元）", "(%)". */
const BRACKETED_UNIT = /[(（]\s*([^()（）]{1,24}?)\s*[)）]\s*$/u;
/** English for 亿 and 万, as statistical tables write them: "(100 million yuan)", "(10,000 yuan)". */
const MYRIAD_UNITS: [RegExp, string][] = [
  [/^100\s+million\s+(?:yuan|RMB|renminbi)$/i, '亿元'],
  [/^100\s+million\s+(?:US\s+dollars|USD|US\$|dollars)$/i, '亿美元'],
  [/^(?:10,000|10\s+thousand)\s+(?:yuan|RMB|renminbi)$/i, '万元'],
];
/** A currency code before a scale word: "US$ billion", "RMB trillion", "¥ bn". */
const CURRENCY_FIRST = /^(US\$|HK\$|\$|RMB|CNY|USD|¥|￥)\s*(.+)$/u;
/** Words for a whole, in a row label: the row is the total the header names, not a part of it. */
const TOTAL_WORDS = /\b(?:total|overall|whole\s+city|all)\b|合计|合計|总计|總計|总量|總量|全市|全年/gi;

/**
 * Whether `text` is read as one figure from its start to its end that has a scale, a currency, a
 * percent sign or a Chinese classifier ("1亿元", "US$1 billion", "1个").
 */
function readsAsAmount(text: string): boolean {
  const found = findNumbers(text);
  return found.length === 1 && found[0].start === 0 && found[0].end === text.length
    && (found[0].style.scaleText !== null || found[0].currency !== null || found[0].percent || found[0].style.unitText !== null);
}

/** What goes between a figure and the unit after it: nothing before Chinese or a percent sign, else a space. */
function joiner(after: string): string {
  return isIdeograph(after.charCodeAt(0)) || after.startsWith('%') || after.startsWith('％') ? '' : ' ';
}

/** The unit a bracket's text names, or null: "trillion yuan", "亿元", "%", "US$ billion", "100 million yuan". */
function readUnit(text: string): Unit | null {
  // The longest units are short ("100 million US dollars", "（億元人民幣）"): a label is no unit.
  if (text.length > MAX_UNIT_LENGTH) return null;
  let unit = text.replace(/\s*(?:人民币|人民幣)$/u, '');
  for (const [pattern, chinese] of MYRIAD_UNITS) if (pattern.test(unit)) unit = chinese;
  const prefixed = CURRENCY_FIRST.exec(unit);
  if (prefixed && readsAsAmount(`${prefixed[1]}1 ${prefixed[2]}`)) return { before: prefixed[1], after: ` ${prefixed[2]}` };
  const after = `${joiner(unit)}${unit}`;
  return readsAsAmount(`1${after}`) ? { before: '', after } : null;
}

const MAX_UNIT_LENGTH = 28;

/** Whether a cell is a unit by itself ("100 million yuan", 亿元, "%"): a unit, no figure. */
export function isUnitCell(text: string): boolean {
  return readUnit(text.trim()) !== null;
}

/** A header or label without its bracketed unit, and that unit (null when the brackets hold none). */
function splitUnit(label: string): { label: string; unit: Unit | null } {
  const m = BRACKETED_UNIT.exec(label);
  const unit = m ? readUnit(m[1]) : null;
  return unit && m ? { label: label.slice(0, m.index).trimEnd(), unit } : { label, unit: null };
}

/** Whether a cell holds one figure and nothing else ("2.72", "30 million yuan", "2.5-2.6%"), a bare year aside. */
function isFigureCell(text: string): boolean {
  // A figure in words is short ("approximately 2,271.83 billion US dollars"); a longer cell is a label.
  if (!text || text.length > 48) return false;
  const found = findNumbers(text);
  // One figure (or one range) and nothing else: "22,718 / 20,170" is left to the row's prose; a
  // footnote's mark ("2.27¹") is nothing.
  if (found.length !== 1) return false;
  const [m] = found;
  if (m.isYear && m.end - m.start === text.length) return false;
  return !/[\p{L}\p{N}]/u.test(text.slice(0, m.start) + text.slice(Math.max(m.end, footnoteMarkEnd(text, m.numeral.start, m.numeral.end))));
}

/** A table column as its header cell gives it: its words, its unit, and whether they say anything. */
export interface Column {
  label: string;
  unit: Unit | null;
  /** A unit, a name or a year: without one, a figure cell says no more than its row's prose. */
  useful: boolean;
  /** A column of sources or notes ("Source", 资料来源, 备注): no label of its row's figures. */
  aside?: boolean;
}

/** The columns a table's header row gives (`header`'s prose and cells). */
export function readColumns(prose: string, cells: readonly Span[], words: TableWords): Column[] {
  // "| RMB bn | 2020 | 2021 |", "| 亿元 | 2020年 | 2021年 |": a unit in the corner is every column's.
  // (Only over a year or a measure: "| 亿元 | 2021年 | 全国排名 |" ranks in its last column.)
  const corner = cells.length > 1 ? readUnit(prose.slice(cells[0].start, cells[0].end).trim()) : null;
  return cells.map((c, i) => {
    if (corner && i === 0) return { label: '', unit: null, useful: false };
    const split = splitUnit(prose.slice(c.start, c.end));
    const label = split.label;
    const unit = split.unit ?? (corner && (CORNER_YEAR.test(label) || words.namesMeasure(label)) ? corner : null);
    // "| Indicator | Value |": the value column of a key-value table; its figures are what the row's label names.
    if (VALUE_HEADER.test(label)) return { label: '', unit, useful: true };
    if (ASIDE_HEADER.test(label)) return { label, unit: null, useful: false, aside: true };
    return { label, unit, useful: unit !== null || words.isInformative(label) };
  });
}

/** A year alone in a header: "2022", "2021年". */
const CORNER_YEAR = /^\s*(?:19|20)\d\d\s*年?\s*$/;

/** A header that names no measure but says its column holds the row's value. */
const VALUE_HEADER = /^(?:values?|figures?|data|amount|number|数值|數值|数据|數據|数额|數額|指标值|指標值|数量|數量)$/i;

/** A header of sources or notes. */
const ASIDE_HEADER = /^(?:(?:data\s+)?sources?|notes?|remarks?|references?|comments?|来源|來源|资料来源|資料來源|数据来源|數據來源|出处|出處|备注|備註|注释|註釋|说明|說明)$/i;

/**
 * The figure cells of a table row (its `prose` and `cells`), each with the sentence to read it in:
 * the row's other cells (its labels), the cell's column header, then the figure in the unit its
 * header or its row's labels give in brackets (unless it has its own), else `tableUnit`, the unit
 * a line above the table gives (see {@link unitOfLine}); `tableMetric` is the measure a heading
 * above names, for rows and columns that name none. Empty when the table does
 * not say more than the row's prose does (no header with a name, a year or a unit for the
 * column), or when a label names a part of a whole (see {@link TableWords.isPlainLabel}).
 * `columns` are the table's, from {@link readColumns}.
 */
export function cellSentences(
  prose: string, cells: readonly Span[], columns: readonly Column[], words: TableWords, tableUnit: Unit | null = null, tableMetric: string | null = null,
): CellSentence[] {
  // A unit line above a two-column table ("单位：万元" over "| 情形 | 奖励 |") says what its one column
  // of figures is in. (With more columns, an unnamed one may hold ranks, changes or counts.)
  if (tableUnit !== null && columns.length === 2 && !columns[1].useful && !columns[1].aside) columns = [columns[0], { ...columns[1], useful: true }];
  if (!columns.some((c) => c.useful)) return [];
  const texts = cells.map((c) => prose.slice(c.start, c.end));
  // A figure cell is figures only, or reads as one in its column's unit ("2.2-2.3" in trillion yuan).
  const isFigure = (i: number): boolean => {
    // "| 100 million yuan |" under a header that says nothing ("Unit") is the row's unit, not a figure.
    if (columns[i]?.useful !== true && readUnit(texts[i].trim()) !== null) return false;
    const unit = columns[i]?.unit;
    return isFigureCell(texts[i]) || (unit !== null && unit !== undefined && /^[\d０-９]/u.test(texts[i]) && readsAsAmount(`${unit.before}${texts[i]}${unit.after}`));
  };
  // Cells under useful columns first: most rows of most tables stop here.
  const figures = texts.map((_, i) => columns[i]?.useful === true && isFigure(i));
  if (!figures.some(Boolean)) return [];
  for (let i = 0; i < texts.length; i++) if (!figures[i] && columns[i]?.useful !== true) figures[i] = isFigure(i);
  const labels: string[] = [];
  let rowUnit: Unit | null = null;
  for (let i = 0; i < texts.length; i++) {
    if (figures[i] || !texts[i] || columns[i]?.aside) continue;
    // A cell that is a unit by itself ("| 地区生产总值 | 亿元 | 22718.34 |") is the row's unit.
    const alone = readUnit(texts[i]);
    if (alone) {
      rowUnit ??= alone;
      continue;
    }
    const { label, unit } = splitUnit(texts[i]);
    if (label && !words.isPlainLabel(label)) return [];
    if (label) labels.push(label);
    rowUnit ??= unit;
  }
  // "| 2022 | Shenzhen | Suzhou |": a year over the labels' column dates every row.
  for (let i = 0; i < texts.length; i++) if (!figures[i] && CORNER_YEAR.test(columns[i]?.label ?? '')) labels.unshift(columns[i].label);
  const lead = labels.join(', ');
  const out: CellSentence[] = [];
  for (let i = 0; i < cells.length; i++) {
    const column = columns[i];
    if (!figures[i] || !column?.useful) continue;
    const own = findNumbers(texts[i]);
    const hasUnit = own.some((m) => m.style.scaleText !== null || m.currency !== null || m.percent);
    const unit = hasUnit ? null : column.unit ?? rowUnit ?? tableUnit;
    // "Suzhou, Jiangsu: 2021 GDP": labels, then the column, as a label line writes them; under a
    // value column, "Trillion-yuan industries: 4".
    const head = column.label ? [lead, column.label].filter(Boolean).join(': ') : lead && `${lead}:`;
    // "## 长三角主要城市GDP（亿元）" over "| 苏州 | 20170.5 | 22718.3 |": the heading's measure, when
    // neither the row nor the column names one.
    // (Only over columns that name nothing but years, places or periods: "Population 2021" is no GDP.)
    const plainColumn = column.label === '' || (words.isPlainLabel(column.label) && !words.namesMeasure(column.label));
    const measure = tableMetric !== null && plainColumn && !labels.some((l) => words.namesMeasure(l)) ? `${tableMetric} ` : '';
    const before = head ? `${head} ${measure}${unit?.before ?? ''}` : `${measure}${unit?.before ?? ''}`;
    // Joined, not concatenated: a flat string, as the readers get everywhere else.
    out.push({ cell: cells[i], sentence: [before, texts[i], unit?.after ?? ''].join(''), at: before.length });
  }
  return out;
}

/**
 * The unit a line above a table gives its figures: "单位：亿元", "Unit: billion yuan", or a heading's
 * brackets ("## 2021年GDP（億元人民幣）"). Null for any other line.
 */
export function unitOfLine(text: string): Unit | null {
  const line = text.trim();
  if (line.length > 60) return null;
  const m = UNIT_LINE.exec(line);
  return m ? readUnit(m[1].trim()) : splitUnit(line).unit;
}

/**
 * `text` with a closing bracket that names a unit blanked ("Suzhou GDP (100 million yuan)"): a
 * heading's unit, not a figure of its own. The same string when there is none.
 */
export function withoutUnitBracket(text: string): string {
  const m = BRACKETED_UNIT.exec(text);
  if (!m || !readUnit(m[1])) return text;
  return text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
}

/** A header row's prose with each cell's unit bracket blanked ("| City | GDP (100 million yuan) |"): units, no figures. */
export function withoutCellUnits(prose: string, cells: readonly Span[]): string {
  let out = prose;
  for (const c of cells) {
    const cell = prose.slice(c.start, c.end);
    const blanked = withoutUnitBracket(cell);
    if (blanked !== cell) out = out.slice(0, c.start) + blanked + out.slice(c.end);
  }
  return out;
}

const UNIT_LINE = /^[(（]?\s*(?:单位|單位|units?|in)\s*[:：]?\s*([^()（）]{1,28}?)\s*[)）]?$/i;

/**
 * The unit a block above a table gives the table ({@link unitOfLine}), after a cheap first test
 * that most blocks fail: a short heading ending in a bracket, or a line opening with 单位 or "Unit".
 */
export function unitAbove(prose: string, heading: boolean): Unit | null {
  // A unit line, or a caption and its unit line, is short.
  if (prose.length > UNIT_BLOCK_MAX) return null;
  // "苏州市2021年主要经济指标⏎单位：亿元": a caption's last line may be its unit line.
  const lastBreak = heading ? -1 : prose.trimEnd().lastIndexOf('\n');
  const text = (lastBreak >= 0 ? prose.slice(lastBreak + 1) : prose).trim();
  if (text.length > 80) return null;
  const may = heading ? text.endsWith(')') || text.endsWith('）') : UNIT_LINE_START.test(text);
  return may ? unitOfLine(text) : null;
}

const UNIT_BLOCK_MAX = 160;
const UNIT_LINE_START = /^[(（]?\s*(?:单位|單位|units?\b|in\b)/i;

/** `label` with its words for a whole ("Total", 合计, 全市) blanked: they are plain labels, as names are. */
export function withoutTotalWords(label: string): string {
  return label.replace(TOTAL_WORDS, (w) => ' '.repeat(w.length));
}
