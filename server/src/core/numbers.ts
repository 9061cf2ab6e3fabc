/**
 * Number recognition: finds the figures of a piece of prose ("more than 100 billion yuan",
 * "2.27万亿元", "four decades", "RMB2.5tn", "三个") and reads each into a value, a precision, a
 * qualifier, a currency and the writer's style. Offsets are UTF-16 indices into the text.
 */
import type { Qualifier, Span } from './types';
import { hasHanziDigit, parseEnglishNumber, parseHanzi } from './numberWords';
import { codes, isDigitCode, isIdeograph, isWordChar } from './chars';

export type Currency = 'CNY' | 'USD';

export interface NumberStyle {
  /** How the numeral is written. */
  script: 'ascii' | 'fullwidth' | 'hanzi' | 'words';
  /** Thousands separator used in the numeral ('' when none): ',' '，' or ' ' (thin/narrow spaces too). */
  groupSeparator: string;
  /** Number of decimals written (2.27 -> 2, 22,718.34 -> 2, 30 -> 0). */
  decimals: number;
  /** The scale word exactly as written ('trillion', 'bn', '万亿', '亿' …), or null. */
  scaleText: string | null;
  /** Multiplier of the scale word (1e12 for trillion and 万亿, 1e8 for 亿, 1 when none). */
  scale: number;
  /** Text between numeral and scale word as written ('' in "2.2tn", ' ' in "2.2 trillion", '-' in "2.5-trillion"). */
  scaleGap: string;
  /** Currency marker as written, its position, and the gap text between it and the numeral/scale. */
  currencyText: string | null;
  currencyPosition: 'prefix' | 'suffix' | null;
  currencyGap: string;
  /** Qualifier words as written ("more than", "超过", "多", "以上", "左右") and whether they precede or follow. */
  qualifierText: string | null;
  qualifierPosition: 'prefix' | 'suffix' | null;
  qualifierGap: string;
  /** Unit words as written after the number ("years", "-year", "-year-old", "decades", "年", "%", "个"), or null. */
  unitText: string | null;
}

/** The parts a figure is written with, in order; gaps are the text between parts. */
export type PieceKind = 'qualifier' | 'currency' | 'numeral' | 'scale' | 'unit' | 'gap';

export interface Piece extends Span {
  kind: PieceKind;
}

export interface NumberMention extends Span {
  /** Just the numeral (digits, or number words/hanzi). */
  numeral: Span;
  /** Normalised value in base units: "2.2 trillion" → 2.2e12, "four decades" → 40, "50%" → 50. */
  value: number;
  /** Place value, in base units, of the last significant written digit ("2.30 trillion" → 1e10, "30 million" → 1e7). */
  precision: number;
  qualifier: Qualifier;
  currency: Currency | null;
  percent: boolean;
  /** 'years' when the figure carries a duration in years ("2,500-year-old", "four decades", "40多年"). */
  unit: 'years' | null;
  /** The noun counted ("workers", "企业"), lower-cased, or null. */
  countNoun: string | null;
  /** A bare calendar year 1800–2199 ("in 2021", "2021年"): a period, not a claim. */
  isYear: boolean;
  style: NumberStyle;
  /**
   * The top of a range, in base units, when the figure is one ("2.2-2.3 trillion yuan" → 2.3e12,
   * "20至30亿元"); `value` is then its bottom and the numeral piece spans both ends.
   */
  upper?: number;
  /**
   * The figure's parts, contiguous from `start` to `end`, for rewriting it part by part. Always set
   * by findNumbers; optional so hand-made mentions stay valid.
   */
  pieces?: Piece[];
}

export interface FindOptions {
  /** Spans a mention must not overlap (names of entities, metrics, periods). */
  barriers?: Span[];
  /**
   * Where to start reading (UTF-16 offset, default 0): a figure's start found by an earlier
   * reading of the same text up to there. The scan carries nothing but its position, so from such
   * a point it finds what a reading from the start finds.
   */
  from?: number;
  /**
   * Where to stop (UTF-16 offset, default the text's end): no figure starting at or after it is
   * read. The figures before it are the ones a whole reading finds.
   */
  until?: number;
}

// ---------------------------------------------------------------------------------------------
// Patterns. All compiled once; sticky (`y`) patterns are positioned with lastIndex.

/** English cardinals a figure can start with ("one" is left out: it is mostly "a"). */
const CANDIDATE_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** The candidate words by their last letter (lower-case code), longest first, as char codes. */
const WORDS_BY_LAST: number[][][] = [];
for (const w of [...CANDIDATE_WORDS].sort((a, b) => b.length - a.length)) {
  (WORDS_BY_LAST[w.charCodeAt(w.length - 1)] ??= []).push([...w].map((ch) => ch.charCodeAt(0)));
}

/** A currency code in capitals ("RMB", "CNY", "USD"), written before its figure as often as after. */
function isCurrencyCode(word: string): boolean {
  return word === 'RMB' || word === 'CNY' || word === 'USD';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The longest candidate word that ends the letters [from, end) of `text`, case-insensitively,
 * as its length; 0 when none. The longest is the one a left-to-right scan meets first.
 */
function candidateWordEnding(text: string, from: number, end: number): number {
  const words = WORDS_BY_LAST[text.charCodeAt(end - 1) | 0x20];
  if (!words) return 0;
  for (const w of words) {
    const length = w.length;
    if (end - from < length) continue;
    let k = 1;
    while (k <= length && (text.charCodeAt(end - k) | 0x20) === w[length - k]) k++;
    if (k > length) return length;
  }
  return 0;
}

/** Length of the candidate found by the last `nextCandidate`. */
let candidateLength = 0;

/**
 * Where a figure can start, from `from` on (one pass of this over text without figures is the
 * whole cost of such text): a run of digits (ASCII or full-width), a run of
 * Chinese numerals, or an English cardinal above one ending a run of letters ("ten" in "often"
 * too: readAt rejects word tails). Returns its index, or -1; its length is left in
 * `candidateLength`. A hand-written scan: this runs over all prose, and a regular expression
 * allocated a match per candidate. Same matches as
 * /[0-9０-９]+|[零〇…兩]+|(?:two|…|ninety)\b/gi.
 */
function nextCandidate(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const kind = CANDIDATE_KIND[text.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind !== LETTER_KIND) {
      // A run of digits, or of Chinese numerals: the same kind throughout.
      let j = i + 1;
      while (j < n && CANDIDATE_KIND[text.charCodeAt(j)] === kind) j++;
      candidateLength = j - i;
      return i;
    }
    let end = i + 1;
    while (end < n && CANDIDATE_KIND[text.charCodeAt(end)] === LETTER_KIND) end++;
    // \b after the word: a digit or an underscore right after the letters is no boundary.
    const after = end < n ? text.charCodeAt(end) : 0;
    if (!isAsciiDigitCode(after) && after !== 0x5f) {
      const length = candidateWordEnding(text, i, end);
      if (length > 0) {
        candidateLength = length;
        return end - length;
      }
    }
    i = end - 1;
  }
  return -1;
}

/** What a code unit can start in `nextCandidate`: nothing (0), a digit, a Chinese numeral, a letter. */
const DIGIT_KIND = 1;
const HANZI_KIND = 2;
const LETTER_KIND = 3;
const CANDIDATE_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isDigitCode(c)) CANDIDATE_KIND[c] = DIGIT_KIND;
  else if (isAsciiLetter(c)) CANDIDATE_KIND[c] = LETTER_KIND;
}
for (const ch of '零〇一二三四五六七八九十百千万萬亿億两兩') CANDIDATE_KIND[ch.charCodeAt(0)] = HANZI_KIND;

const D = '[0-9０-９]';
/** Digits, grouped by a consistent separator (group 1) or not, with optional decimals. */
const DIGITS = new RegExp(`(?:${D}{1,3}(?:([,，\\u00A0\\u2009\\u202F ])${D}{3}(?:\\1${D}{3})*)(?!${D})|${D}+)(?:([.．])(${D}+))?`, 'y');
/** The same without grouping: group 1 is always empty. */
const PLAIN_DIGITS = new RegExp(`()${D}+(?:([.．])(${D}+))?`, 'y');
const ENGLISH_NUMBER = /(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z]))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![A-Za-z])/iy;
const POINT_BEFORE = /\bpoint\s+$/i;
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const POINT_DIGITS = /\s+point((?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+)(?![A-Za-z])/iy;
const HANZI_RUN = /[零〇一二三四五六七八九十百千万萬亿億两兩]+/y;

/** English scale words after a numeral; group 1 is the gap. */
const SCALE_WORD = /([ \u00A0-]?)(trillion|billion|million|thousand|hundred)(?![A-Za-z])/iy;
const SCALE_ABBR = /( ?)(tn|trn|tril|bn|bln|bil|mn|mln)(?![A-Za-z])|()(m|k|T|B|M)(?![A-Za-z])/y;
/** A currency marker right before a numeral, which licenses the "m"/"k" abbreviations. */
const CURRENCY_NEAR = /(?:US\$|\$|¥|￥|RMB|CNY|USD|HK\$)[ \u00A0]?$/u;
const CURRENCY_AFTER = /^ ?(?:yuan|dollars|US dollars|renminbi|RMB|CNY|USD|元|美元)(?![A-Za-z])/u;
// 兆 is 10^12 as Taiwan writes money (2.27兆元), not the mainland's mega- (兆瓦) of other units.
// (万忆 is a common slip of the keyboard for 万亿: "2.27万忆".)
const SCALE_CJK = /([ \u00A0]?)(万亿|萬億|万忆|千亿|千億|百亿|百億|千万|千萬|百万|百萬|亿|億|万|萬|千|兆(?=\s?(?:[多餘余])?(?:元|美元|人民币|人民幣|新台幣|$|[，,。；;、）)])))/y;
/** Multiplier of each scale word as the recogniser reports it in `NumberStyle.scaleText` (English lower-cased). */
export const SCALE_VALUES: Readonly<Record<string, number>> = {
  trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3, hundred: 100,
  tn: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3, trn: 1e12, bln: 1e9, mln: 1e6, tril: 1e12, bil: 1e9,
  // "¥2.27T", "$352B", "2.27T RMB": a capital letter is a scale only beside a currency (see build).
  t: 1e12, b: 1e9,
  万亿: 1e12, 萬億: 1e12, 万忆: 1e12, 千亿: 1e11, 千億: 1e11, 百亿: 1e10, 百億: 1e10, 千万: 1e7, 千萬: 1e7, 百万: 1e6, 百萬: 1e6,
  亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4, 千: 1e3, 兆: 1e12,
};

/** The multiplier of a scale word as written ("trillion", "Trillion", "万亿", "bn"). */
export function scaleValueOf(word: string): number {
  return SCALE_VALUES[word] ?? SCALE_VALUES[word.toLowerCase()];
}

const CURRENCY_PREFIX = /(?:(?<![A-Za-z])(US\$|RMB|CNY|USD)|(\$|¥|￥|人民币|人民幣))([ \u00A0]?)$/u;
const CURRENCY_SUFFIX = /([ \u00A0-]?)(US dollars|U\.S\. dollars|dollars|dollar|yuan|renminbi|USD|CNY|RMB)(?![A-Za-z])|( ?)(美元|元|人民币|人民幣)/y;
const CURRENCIES: Record<string, Currency> = {
  'US$': 'USD', $: 'USD', USD: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', dollars: 'USD', dollar: 'USD', 美元: 'USD',
  RMB: 'CNY', CNY: 'CNY', '¥': 'CNY', '￥': 'CNY', yuan: 'CNY', renminbi: 'CNY', 元: 'CNY', 人民币: 'CNY', 人民幣: 'CNY',
};

/** Units after the figure: group 1/2 English years, 3/4 percent, 5 Chinese unit or classifier. */
const UNIT = /([ \u00A0-])(years?-old|years?|yrs?|decades)(?![A-Za-z])|( ?)(%|％|percent|per cent)(?![A-Za-z])|(年(?![代级級])|[个個家项項位名座条條种種所台件大批人户戶])/y;
/** Chinese classifiers that make a count; 年 makes a duration. */
const COUNT_CLASSIFIERS = '个個家项項位名座条條种種所台件大批人户戶';

// First characters of the sticky patterns after a numeral, after their optional gap: a failed
// exec costs more than a look at one or two characters, and most numerals have none of them.
const SCALE_CJK_FIRST = codes('万萬千百亿億兆');
const SCALE_WORD_FIRST = codes('tbmhTBMH');
const SCALE_ABBR_FIRST = codes('tbm');
const SCALE_ABBR_ALONE = codes('mkTBM');
const CURRENCY_WORD_FIRST = codes('UdyrCR');
const CURRENCY_CJK_FIRST = codes('美元人');
const UNIT_WORD_FIRST = codes('yd');
const UNIT_PERCENT_FIRST = codes('%％p');
const UNIT_CJK = codes(`年${COUNT_CLASSIFIERS}`);
const QUALIFIER_SUFFIX_FIRST = codes('以左上');

/** The code unit at `pos`, or after it when it is a gap: a space, a no-break space (or a hyphen). */
function afterGap(text: string, pos: number, hyphen: boolean): number {
  const c = text.charCodeAt(pos);
  return c === 0x20 || c === 0xa0 || (hyphen && c === 0x2d) ? text.charCodeAt(pos + 1) : c;
}

/** Whether CURRENCY_SUFFIX can match at `pos`. */
function mayStartCurrencySuffix(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return CURRENCY_WORD_FIRST.has(afterGap(text, pos, true)) || CURRENCY_CJK_FIRST.has(c === 0x20 ? text.charCodeAt(pos + 1) : c);
}

/** Whether UNIT can match at `pos`. */
function mayStartUnit(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if ((c === 0x20 || c === 0xa0 || c === 0x2d) && UNIT_WORD_FIRST.has(text.charCodeAt(pos + 1))) return true;
  return UNIT_PERCENT_FIRST.has(c === 0x20 ? text.charCodeAt(pos + 1) : c) || UNIT_CJK.has(c);
}

const QUALIFIER_EN = /(?<![A-Za-z])(more than|over|above|exceeding|exceeded|exceeds|exceed|tops|topped|passes|passed|crosses|crossed|surpasses|surpass|surpassed|at least|about|around|roughly|approximately|some|nearly|almost|close to|less than|under|below|fewer than|up to|at most)([ \u00A0])$/i;
const QUALIFIER_ZH = /(超过|超過|不少于|不少於|将近|將近|大约|大約|突破|不到|不足|至少|最多|接近|超|逾|约|約|近)( ?)$/u;
/** Characters that turn a Chinese qualifier into another word: 最近 (recently), 签约 (sign). */
const QUALIFIER_ZH_FALSE = /(?:最近|附近|签约|簽約|预约|預約|合约|合約|条约|條約|节约|節約|赶超|趕超|高超)$/u;
const QUALIFIER_SUFFIX = /(以上|左右|上下(?![游文班层層级級楼樓]))/y;

const QUALIFIERS: Record<string, Qualifier> = {
  'more than': 'more-than', over: 'more-than', above: 'more-than', exceeding: 'more-than',
  exceeded: 'more-than', exceeds: 'more-than', exceed: 'more-than', tops: 'at-least', passes: 'at-least', crosses: 'at-least', surpasses: 'at-least', surpass: 'at-least', topped: 'at-least', passed: 'at-least', crossed: 'at-least', surpassed: 'at-least',
  'at least': 'at-least', about: 'about', around: 'about', roughly: 'about', approximately: 'about', some: 'about',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'less than': 'less-than', under: 'less-than',
  below: 'less-than', 'fewer than': 'less-than', 'up to': 'at-most', 'at most': 'at-most',
  超过: 'more-than', 超過: 'more-than', 超: 'more-than', 逾: 'more-than', 多: 'more-than', 余: 'more-than', 餘: 'more-than',
  以上: 'more-than', 突破: 'at-least', 至少: 'at-least', 不少于: 'at-least', 不少於: 'at-least',
  约: 'about', 約: 'about', 大约: 'about', 大約: 'about', 左右: 'about', 上下: 'about',
  近: 'nearly', 将近: 'nearly', 將近: 'nearly', 接近: 'nearly', 不到: 'less-than', 不足: 'less-than', 最多: 'at-most',
};

const MONTH_BEFORE = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00A0]+$/u;
/** Words after a numeral that are not the thing counted. */
const NOT_NOUNS = new Set([
  'a', 'an', 'the', 'in', 'of', 'to', 'for', 'and', 'or', 'nor', 'but', 'by', 'from', 'with', 'at', 'on', 'as',
  'than', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'per', 'each', 'more', 'less',
  'that', 'this', 'these', 'those', 'which', 'who', 'its', 'their', 'his', 'her', 'it', 'into', 'over', 'under',
  'up', 'down', 'out', 'off', 'about', 'after', 'before', 'since', 'until', 'while', 'times', 'so', 'if', 'then',
  'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'not', 'no', 'all',
  'also', 'only', 'other', 'such', 'when', 'where', 'what', 'how', 'why', 'there', 'here', 'we', 'you', 'they',
  'he', 'she', 'i', 'me', 'us', 'them', 'my', 'our', 'your', 'or', 'via', 'vs', 'through', 'across', 'between',
  'among', 'against', 'during', 'within', 'without', 'to', 'onwards', 'above', 'below', 'respectively',
]);
const NEXT_WORD = /[ \u00A0]+([a-z][a-z-]*)(?![A-Za-z])/y;
const CJK_NOUN = /[\u4e00-\u9fff]{1,2}/y;
const LETTER = /[A-Za-z]/u;
const DIGIT_CHAR = /[0-9０-９]/u;

// ---------------------------------------------------------------------------------------------

/** Whether the character after a numeral (a UTF-16 code) can start a scale, currency, unit or noun. */
function mayContinue(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x2d || c === 0x25 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x3000;
}

/** Whether the character before a figure can end a currency marker or a qualifier. */
/** Units a "+" may stand before: "3000+年", "3万亿+元". */
const PLUS_UNIT = codes('元年亿億万萬个個家');

/** What comes before ">" in an arrow ("->", "—>", "＝>"), and before "<" in one pointing back. */
const ARROW_SHAFT = '-=—–－＝─━';

/** The last characters of the signs below ("=" ends ">=" and "<="). */
const SIGN_CODES = codes('≥≧>＞≤≦<＜~～≈=');

/** Signs that qualify the figure after them, and what they say. */
const SIGN_QUALIFIERS: Record<string, Qualifier> = {
  '≥': 'at-least', '≧': 'at-least', '>=': 'at-least', '＞=': 'at-least', '>': 'more-than', '＞': 'more-than',
  '≤': 'at-most', '≦': 'at-most', '<=': 'at-most', '<': 'less-than', '＜': 'less-than', '~': 'about', '～': 'about', '≈': 'about',
};

/** A qualifying sign right before `start`, a space between allowed ("≥ 1tn", "~2.2"); null when there is none. */
function signBefore(text: string, start: number): { word: string; start: number } | null {
  let at = start - 1;
  if (text.charCodeAt(at) === 0x20) at--;
  // Nearly every figure has none: one code test first.
  if (!SIGN_CODES.has(text.charCodeAt(at))) return null;
  const c = text[at];
  // ">=", "<=": two characters.
  if (c === '=') {
    const two = text.slice(at - 1, at + 1);
    return two in SIGN_QUALIFIERS ? { word: two, start: at - 1 } : null;
  }
  // ("~~" is Markdown's strikethrough, "->" an arrow, "<-" too: no qualifiers.)
  const before = text[at - 1];
  if (before === c || (before !== undefined && ARROW_SHAFT.includes(before))) return null;
  return { word: c, start: at };
}

function mayPrecede(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x24 || c === 0xa5 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x3000;
}

/** The last characters of CURRENCY_PREFIX's words: $ D B Y ¥ ￥ 币 幣. */
const CURRENCY_PREFIX_LAST = codes('$DBY¥￥币幣');
/** The last characters of QUALIFIER_ZH's words. */
const QUALIFIER_ZH_LAST = codes('过過于於近约約破到足少多超逾');

/**
 * Whether a CURRENCY_PREFIX match can end at `end`: its word's last character stands right
 * there or before one space. A necessary condition, tested before the pattern runs backwards.
 */
function mayEndCurrencyPrefix(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return CURRENCY_PREFIX_LAST.has(c === 0x20 || c === 0xa0 ? text.charCodeAt(end - 2) : c);
}

/** Whether a QUALIFIER_EN match can end at `end`: a letter, then one space. */
function mayEndEnglishQualifier(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  const l = text.charCodeAt(end - 2) | 0x20;
  return (c === 0x20 || c === 0xa0) && l >= 0x61 && l <= 0x7a;
}

/** Whether a QUALIFIER_ZH match can end at `end`: its word's last character, then at most one space. */
function mayEndChineseQualifier(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return QUALIFIER_ZH_LAST.has(c === 0x20 ? text.charCodeAt(end - 2) : c);
}

function overlaps(barriers: readonly Span[], start: number, end: number): boolean {
  for (const b of barriers) if (b.start < end && start < b.end) return true;
  return false;
}

/** Full-width digits as ASCII ones; the string itself when it has none (the common case). */
function ascii(digits: string): string {
  return FULLWIDTH_DIGIT.test(digits) ? digits.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)) : digits;
}

const FULLWIDTH_DIGIT = /[０-９]/;
const FULLWIDTH_DIGITS = /[０-９]/g;

/** A numeral read at a candidate position, before anything around it is looked at. */
interface Numeral {
  start: number;
  end: number;
  script: NumberStyle['script'];
  value: number;
  precision: number;
  decimals: number;
  groupSeparator: string;
  /** Digits only, no separators, no decimals: "2021" for a candidate year. */
  plainInteger: boolean;
  /** The top of a range the numeral spans ("2.2-2.3"), as written (no scale applied). */
  top?: number;
}

/**
 * Myriads of 亿 written half in digits: "2万2718亿" (22,718 亿), "3万6千亿" (36,000 亿), Taiwan's
 * "2兆2718億". Group 1 is the myriad word, 2 the digits after it, 3 a 千 after them.
 */
const MYRIAD_WORD = codes('万萬兆');
const MORE_BEFORE_YI = codes('多余餘');
const YI = codes('亿億');
const MYRIADS_OF_YI = /[万萬兆]([0-9]{1,4})(千)?(?=[亿億])/y;

/**
 * The numeral `n` opens when it counts myriads of 亿 ("2万2718" before 亿), in units of 亿, so the
 * 亿 after it reads as its scale; null otherwise. Only whole ASCII digits on both sides.
 */
function readMyriadsOfYi(text: string, n: Numeral): Numeral | null {
  if (n.script !== 'ascii' || !n.plainInteger || !MYRIAD_WORD.has(text.charCodeAt(n.end))) return null;
  // "4万多亿元": more than 4万亿; the numeral counts myriads of 亿, and 多 follows it as in "1000多亿".
  if (MORE_BEFORE_YI.has(text.charCodeAt(n.end + 1)) && YI.has(text.charCodeAt(n.end + 2))) {
    const value = n.value * 10000;
    return { start: n.start, end: n.end + 1, script: 'ascii', value, precision: integerPrecision(value), decimals: 0, groupSeparator: '', plainInteger: false };
  }
  MYRIADS_OF_YI.lastIndex = n.end;
  const m = MYRIADS_OF_YI.exec(text);
  // 千 takes one digit (3万6千亿); without it the digits are below a myriad (2万2718亿).
  if (!m || (m[2] !== undefined && m[1].length !== 1)) return null;
  const low = Number(m[1]) * (m[2] !== undefined ? 1000 : 1);
  const value = n.value * 10000 + low;
  return {
    start: n.start, end: n.end + m[0].length, script: 'ascii', value, precision: integerPrecision(value), decimals: 0,
    groupSeparator: '', plainInteger: false,
  };
}

/**
 * What joins the two ends of a range: a dash or a tilde (spaced or not), 至 or 到, "to", or the
 * "and" of "between … and …" (group 1).
 */
const RANGE_JOINER = /[ \u00A0]?(?:[-–—~～]|至|到)[ \u00A0]?|[ \u00A0]+(?:to|(and))[ \u00A0]+/y;
/** What RANGE_JOINER can start with: a look at one character spares most numerals the pattern. */
const RANGE_JOINER_FIRST = codes(' \u00A0-–—~～至到');
/** What can follow a space that opens RANGE_JOINER: a dash, a tilde, 至, 到, "to", "and". */
const RANGE_JOINER_SECOND = codes(' \u00A0-–—~～至到ta');
/** "from 2.02 to 2.27 trillion", 从…到…: a change between two figures, not a range. */
const CHANGE_FROM = /(?:\bfrom|从|從|由)[ \u00A0]*$/i;
const BETWEEN = /\bbetween[ \u00A0]+$/i;

/**
 * The range `n` opens, as one numeral spanning both ends ("2.2-2.3", "20至30", "2.5 to 2.6",
 * "between 2.2 and 2.3"), or null when the digits after a joiner are no range's top: not in the
 * same digits, not above the bottom, a date or a time, or the two are years. Whether a range is a
 * figure at all is left to the caller (only money and percentages are read as ranges).
 */
function readRange(text: string, n: Numeral): Numeral | null {
  if (n.script !== 'ascii' && n.script !== 'fullwidth') return null;
  const c = text.charCodeAt(n.end);
  if (!RANGE_JOINER_FIRST.has(c) || ((c === 0x20 || c === 0xa0) && !RANGE_JOINER_SECOND.has(text.charCodeAt(n.end + 1)))) return null;
  RANGE_JOINER.lastIndex = n.end;
  const j = RANGE_JOINER.exec(text);
  if (!j) return null;
  const at = n.end + j[0].length;
  // "between 2.2 and 2.3": the numeral takes "between" in, so a fix replaces the whole range.
  const between = j[1] !== undefined ? BETWEEN.exec(text.slice(Math.max(0, n.start - 9), n.start)) : null;
  if (j[1] !== undefined ? !between : CHANGE_FROM.test(text.slice(Math.max(0, n.start - 6), n.start))) return null;
  let runEnd = at;
  while (runEnd < text.length && isDigitCode(text.charCodeAt(runEnd))) runEnd++;
  if (runEnd === at) return null;
  const top = readDigits(text, at, text.slice(at, runEnd));
  if (!top || top.script !== n.script || !(top.value > n.value)) return null;
  const years = (x: Numeral): boolean => x.plainInteger && x.end - x.start === 4 && x.value >= 1800 && x.value <= 2199;
  if (years(n) || years(top)) return null;
  const next = text.charCodeAt(top.end);
  // A date or a time ("1-2.3.4", "9-10:30"), or more dashes ("1-2-3"): no range.
  if ((next === 0x2e || next === 0xff0e || next === 0x3a || next === 0x2f || next === 0x2d) && isDigitCode(text.charCodeAt(top.end + 1))) return null;
  return {
    start: n.start - (between ? between[0].length : 0),
    end: top.end,
    script: n.script,
    value: n.value,
    precision: Math.min(n.precision, top.precision),
    decimals: Math.max(n.decimals, top.decimals),
    groupSeparator: n.groupSeparator || top.groupSeparator,
    plainInteger: false,
    top: top.value,
  };
}

/** 10 ** (trailing zeros of a non-negative integer), the place of its last significant digit. */
function integerPrecision(n: number): number {
  if (n === 0) return 1;
  let p = 1;
  while (n % (p * 10) === 0) p *= 10;
  return p;
}

/** Characters that can continue a numeral past its first run of digits: separators, decimal marks. */
function mayExtendDigits(c: number): boolean {
  return c === 0x2c || c === 0xff0c || c === 0x20 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2e || c === 0xff0e;
}

/**
 * Where an ASCII decimal starting with the digit run `run` at `at` ends ("2.27"), or -1 when the
 * figure is anything else (grouped, full-width, no decimals): what DIGITS matches then, found
 * without a match object.
 */
function asciiDecimalEnd(text: string, at: number, run: string): number {
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) > 0x39) return -1;
  let k = at + run.length;
  if (text.charCodeAt(k) !== 0x2e) return -1;
  k++;
  const fracStart = k;
  while (k < text.length && isAsciiDigitCode(text.charCodeAt(k))) k++;
  // A full-width digit after the ASCII ones would be read into the decimals: leave that to DIGITS.
  return k === fracStart || isDigitCode(text.charCodeAt(k)) ? -1 : k;
}

function isAsciiDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function readDigits(text: string, at: number, run: string): Numeral | null {
  const first = run.charCodeAt(0);
  if (first <= 0x39 && run.charCodeAt(run.length - 1) <= 0x39 && !mayExtendDigits(text.charCodeAt(at + run.length))) {
    // The common case: plain ASCII digits and nothing more ("2021", "30", "u32" already rejected).
    const value = Number(run);
    return { start: at, end: at + run.length, script: 'ascii', value, precision: integerPrecision(value), decimals: 0, groupSeparator: '', plainInteger: true };
  }
  const decimal = first <= 0x39 ? asciiDecimalEnd(text, at, run) : -1;
  if (decimal > 0) {
    // "2.27", "22718.34": ASCII digits, a point, ASCII digits, as DIGITS reads them without grouping.
    const fracText = text.slice(at + run.length + 1, decimal);
    const places = 10 ** fracText.length;
    return { start: at, end: decimal, script: 'ascii', value: Number(run + fracText) / places, precision: 1 / places, decimals: fracText.length, groupSeparator: '', plainInteger: false };
  }
  DIGITS.lastIndex = at;
  let m = DIGITS.exec(text);
  if (!m) return null;
  if (m[1] === '，' && /[0-9]/u.test(m[0])) {
    // A full-width comma between ASCII digits is a list ("分别为3，400"), not a thousands separator.
    PLAIN_DIGITS.lastIndex = at;
    m = PLAIN_DIGITS.exec(text);
    if (!m) return null;
  }
  const sep = m[1] ?? '';
  const intWritten = m[3] === undefined ? m[0] : m[0].slice(0, m[0].length - m[3].length - 1);
  const intText = ascii(sep ? intWritten.split(sep).join('') : intWritten);
  const fracText = m[3] === undefined ? '' : ascii(m[3]);
  const intValue = Number(intText);
  // Integer arithmetic on the written digits keeps 2.27 exact enough: 227 / 100, not 2.27 * 1.
  const value = fracText ? Number(intText + fracText) / 10 ** fracText.length : intValue;
  const precision = fracText ? 1 / 10 ** fracText.length : integerPrecision(intValue);
  const fullwidth = FULLWIDTH_DIGIT.test(m[0]);
  return {
    start: at,
    end: at + m[0].length,
    script: fullwidth ? 'fullwidth' : 'ascii',
    value,
    precision,
    decimals: fracText.length,
    groupSeparator: sep,
    plainInteger: !sep && !fracText,
  };
}

function readEnglish(text: string, at: number): Numeral | null {
  // "one point nine trillion": the digits after "point" are a numeral's decimals, no numeral.
  if (POINT_BEFORE.test(text.slice(Math.max(0, at - 7), at))) return null;
  ENGLISH_NUMBER.lastIndex = at;
  const m = ENGLISH_NUMBER.exec(text);
  if (!m) return null;
  const value = parseEnglishNumber(m[0]);
  if (value === null) return null;
  // "two point two seven trillion": decimals said digit by digit.
  POINT_DIGITS.lastIndex = at + m[0].length;
  const point = value < 100 ? POINT_DIGITS.exec(text) : null;
  if (point) {
    const digits = point[1].trim().split(/\s+/).map((w) => DIGIT_WORDS.indexOf(w.toLowerCase()));
    const decimals = digits.length;
    const fraction = Number(`0.${digits.join('')}`);
    return { start: at, end: at + m[0].length + point[0].length, script: 'words', value: value + fraction, precision: 10 ** -decimals, decimals, groupSeparator: '', plainInteger: false };
  }
  const compound = readEnglishCompound(text, at, value, m[0].length);
  if (compound) return compound;
  return { start: at, end: at + m[0].length, script: 'words', value, precision: integerPrecision(value), decimals: 0, groupSeparator: '', plainInteger: false };
}

/**
 * "two thousand five hundred", "three hundred and fifty": a number in words with a tail after its
 * scale word (a scale word alone, "two thousand", is read as a scale). Null when there is no tail.
 */
function readEnglishCompound(text: string, at: number, head: number, headLength: number): Numeral | null {
  ENGLISH_TAIL.lastIndex = at + headLength;
  const t = ENGLISH_TAIL.exec(text);
  if (!t) return null;
  const first = t[1].toLowerCase() === 'thousand' ? 1000 : 100;
  const next = parseEnglishNumber(t[2]);
  const last = t[4] === undefined ? 0 : parseEnglishNumber(t[4]);
  if (next === null || last === null || (t[3] !== undefined && first !== 1000)) return null;
  const tail = t[3] !== undefined ? next * 100 + last : next;
  if (tail >= first) return null;
  const value = head * first + tail;
  return { start: at, end: at + headLength + t[0].length, script: 'words', value, precision: integerPrecision(value), decimals: 0, groupSeparator: '', plainInteger: false };
}

const WORD_1_99 = ENGLISH_NUMBER.source;
/** After a number word: its scale word and the tail ("thousand five hundred", "hundred and fifty"). */
const ENGLISH_TAIL = new RegExp(`[ \\u00A0]+(thousand|hundred)[ \\u00A0]+(?:and[ \\u00A0]+)?(${WORD_1_99})(?:[ \\u00A0]+(hundred)(?:[ \\u00A0]+(?:and[ \\u00A0]+)?(${WORD_1_99}))?)?`, 'iy');

const QUALIFIED_BEFORE = /(?:超过|超過|超|逾|近|将近|將近|约|約|大约|大約|不到|不足|突破|至少|最多|接近)$/u;

function readHanzi(text: string, at: number, percentBefore: boolean): Numeral | null {
  HANZI_RUN.lastIndex = at;
  const m = HANZI_RUN.exec(text);
  if (!m) return null;
  const run = m[0];
  const end = at + run.length;
  const before = at > 0 ? text[at - 1] : '';
  // Ordinals (第一), vague amounts (几十亿, 数百万, 上千, 成千), and runs that start with a big place
  // word (万一, 万亿级, 亿元) are not figures.
  if ('第几幾数數'.includes(before) && before !== '') return null;
  // 上千, 成百, 好几十 are vague; but 形成两个, 以上三项 are real counts.
  if ('上成好'.includes(before) && before !== '' && /^[十百千万萬]/u.test(run)) return null;
  if (/^[万萬亿億]/u.test(run)) return null;
  const value = parseHanzi(run);
  if (value === null || value === 0) return null;
  const after = text[end] ?? '';
  const afterNext = text[end + 1] ?? '';
  const classifierAfter = (ch: string): boolean => ch === '年' || COUNT_CLASSIFIERS.includes(ch);
  const moneyAfter = after === '元' || (after === '美' && afterNext === '元')
    || (('多余餘'.includes(after) && after !== '') && (afterNext === '元' || afterNext === '美'));
  // 十, 十五, 十个: a leading 十 is a digit (ten), not a bare place word like 千 in 千亿.
  const digitLed = hasHanziDigit(run) || run[0] === '十';
  if (!digitLed) {
    // Bare place words (千亿, 十亿, 百万) only count as money or after a qualifier: 超千亿元, 近千家.
    if (!moneyAfter && !QUALIFIED_BEFORE.test(text.slice(Math.max(0, at - 3), at))) return null;
  } else if (!percentBefore) {
    const hasPlace = /[千万萬亿億]/u.test(run);
    const moreAfter = '多余餘'.includes(after) && after !== '' && (classifierAfter(afterNext) || afterNext === '元' || afterNext === '美');
    if (!hasPlace && !classifierAfter(after) && !moneyAfter && !moreAfter) return null;
    // 一 alone is "a"/"one" (一个, 一年, 一家): never a figure worth checking.
    if (value === 1 && run.length === 1) return null;
    if ('个個'.includes(after) && run === '一') return null;
  }
  const yearLike = run.length === 4 && /^[零〇一二三四五六七八九]+$/u.test(run);
  return { start: at, end, script: 'hanzi', value, precision: integerPrecision(value), decimals: 0, groupSeparator: '', plainInteger: yearLike };
}

/** Whether the digits at [start, end) sit in a date, a time, a code or a version: not a figure. */
function digitsRejected(text: string, n: Numeral, afterAcronym = false): boolean {
  const { start, end } = n;
  const prev = start > 0 ? text[start - 1] : '';
  const next = text[end] ?? '';
  if (prev === '第' || (prev !== '' && DIGIT_CHAR.test(prev))) return true;
  if (prev !== '' && LETTER.test(prev) && !afterAcronym) {
    // "RMB30m", "USD2bn" are fine; "H1", "Q3", "A1" are codes.
    if (!/(?<![A-Za-z])(?:RMB|CNY|USD)$/u.test(text.slice(Math.max(0, start - 4), start))) return true;
  }
  if (prev === '-' || prev === '–' || prev === '/' || prev === ':' || prev === '.' || prev === '．') {
    const before = start > 1 ? text[start - 2] : '';
    // COVID-19, A/5, v.2; but "GDP:2.27万亿元" is a label and its figure.
    if (LETTER.test(before) && prev !== ':') return true;
    if (DIGIT_CHAR.test(before)) {
      // "2021-2025" is a range of years; "2021-22", "2022-01-07", "1/5", "10:30" are not figures.
      const isRange = (prev === '-' || prev === '–') && n.plainInteger && end - start === 4 && /[0-9]{4}$/u.test(text.slice(Math.max(0, start - 5), start - 1));
      if (!isRange) return true;
    }
  }
  if ((next === '.' || next === '．' || next === ':' || next === '/') && DIGIT_CHAR.test(text[end + 1] ?? '')) return true;
  if (next === '-' && n.plainInteger && end - start === 4 && /^-[0-9]{1,2}-[0-9]{1,2}/u.test(text.slice(end, end + 6))) return false;
  if (n.plainInteger && end - start <= 2 && n.value <= 31) {
    if ('日号號月'.includes(next) && next !== '') return true;
    if (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  }
  return false;
}

const ODD_AFTER = /^[- ]odd(?![A-Za-z-])/;

/** Superscript digits (footnote marks: ¹ ² ³ ⁴…⁹ ⁰). */
function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/**
 * Where a footnote's mark (superscript digits) after the numeral [start, end) ends; `end` when
 * there is none. An exponent is no footnote: "10¹²", "2²", "×10⁴" (a mark needs a numeral of three
 * digits or more, not after a multiplication sign).
 */
export function footnoteMarkEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i < text.length && isSuperscriptDigit(text.charCodeAt(i))) i++;
  if (i === end) return end;
  let digitCount = 0;
  for (let j = start; j < end; j++) if (isDigitCode(text.charCodeAt(j))) digitCount++;
  let before = start - 1;
  while (before >= 0 && text.charCodeAt(before) === 0x20) before--;
  return digitCount >= 3 && !TIMES.has(text.charCodeAt(before)) ? i : end;
}

const TIMES = codes('×xX*^·');

/** Whether `text` has anything a figure can start with: without it, findNumbers finds nothing. */
export function mayHoldFigure(text: string): boolean {
  return nextCandidate(text, 0) >= 0;
}

/**
 * All figures in `text` (a sentence or a paragraph of prose), in order and non-overlapping.
 * A figure's span covers its qualifier, currency, numeral, scale and unit words; numerals inside
 * `options.barriers` are skipped and a figure stops before a barrier.
 */
export function findNumbers(text: string, options?: FindOptions): NumberMention[] {
  const out: NumberMention[] = [];
  const barriers = options?.barriers ?? [];
  const until = options?.until ?? text.length;
  for (let at = nextCandidate(text, options?.from ?? 0); at >= 0 && at < until;) {
    const mention = readAt(text, at, text.slice(at, at + candidateLength), barriers);
    if (typeof mention === 'number') {
      at = nextCandidate(text, Math.max(mention, at + 1));
    } else {
      out.push(mention);
      at = nextCandidate(text, mention.end);
    }
  }
  return out;
}

/** The mention starting with a numeral at `at`, or the offset to resume scanning at. */
function readAt(text: string, at: number, hit: string, barriers: readonly Span[]): NumberMention | number {
  const c = hit.charCodeAt(0);
  const isDigit = (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
  const isWord = !isDigit && LETTER.test(hit[0]);
  const prev = at > 0 ? text.charCodeAt(at - 1) : 0;
  // Cheap rejections first, before any parsing: the tail of a word ("often", "u32", "x1"), but
  // not a currency code glued to digits ("RMB30m").
  let glued = false;
  // (A Chinese numeral after Latin letters is no code: "GDP两万两千七百亿元".)
  if ((isDigit || isWord) && isWordChar(prev) && !(isDigit && (prev === 0x42 || prev === 0x59 || prev === 0x44) && /(?<![A-Za-z])(?:RMB|CNY|USD)$/u.test(text.slice(Math.max(0, at - 4), at)))) {
    // "GDP22,718.34亿元": an acronym glued to a money figure, as Chinese text writes it. Anything
    // else glued to a letter is a code ("u32", "H1"), skipped whole so its tail is no number.
    glued = isDigit && /(?<![A-Za-z])[A-Z]{2,5}$/u.test(text.slice(Math.max(0, at - 6), at));
    if (!glued) {
      const code = isDigit ? readDigits(text, at, hit) : null;
      return code ? code.end : at + hit.length;
    }
  }
  const percentBefore = !isDigit && !isWord && text.slice(Math.max(0, at - 3), at) === '百分之';
  const numeral = isDigit ? readDigits(text, at, hit) : isWord ? readEnglish(text, at) : readHanzi(text, at, percentBefore);
  // A rejected Chinese run is skipped whole ("十四五", "万一"); 百分之 stands apart as its own run.
  if (!numeral) return at + hit.length;
  if (overlaps(barriers, numeral.start, numeral.end)) return numeral.end;
  if (isDigit && digitsRejected(text, numeral, glued)) {
    // Skip the whole dotted/dashed code so its tail is not read as a number of its own.
    let e = numeral.end;
    while (e < text.length && (DIGIT_CHAR.test(text[e]) || (/[.．:/\-–]/u.test(text[e]) && DIGIT_CHAR.test(text[e + 1] ?? '')))) e++;
    return e;
  }
  if (!isDigit && !isWord && text[at - 1] === '第') return numeral.end;
  // A range is read as one figure when it is money or a percentage ("2.2-2.3 trillion yuan",
  // "8-9%"); "1-11月" and "3-5 times" are left to the readings below.
  const myriads = isDigit ? readMyriadsOfYi(text, numeral) : null;
  if (myriads) return build(text, myriads, barriers, false) ?? myriads.end;
  const range = isDigit ? readRange(text, numeral) : null;
  if (range && !overlaps(barriers, range.start, range.end)) {
    const ranged = build(text, range, barriers, false);
    if (ranged && (ranged.style.scaleText !== null || ranged.currency !== null || ranged.percent)) return ranged;
  }
  const mention = build(text, numeral, barriers, percentBefore);
  if (glued && (!mention || (!mention.currency && mention.style.scale === 1))) return numeral.end;
  return mention ?? numeral.end;
}

/** Grows a numeral into a whole figure: qualifier, currency, scale, unit on both sides. */
function build(text: string, n: Numeral, barriers: readonly Span[], percentBefore: boolean): NumberMention | null {
  const pieces: Piece[] = [{ kind: 'numeral', start: n.start, end: n.end }];
  let pos = n.end;
  let blocked = false;
  /** Appends a gap and a piece when neither runs into a barrier. */
  const take = (gap: string, kind: PieceKind, length: number): boolean => {
    if (blocked) return false;
    if (overlaps(barriers, pos, pos + gap.length + length)) {
      blocked = true;
      return false;
    }
    if (gap) pieces.push({ kind: 'gap', start: pos, end: pos + gap.length });
    pieces.push({ kind, start: pos + gap.length, end: pos + gap.length + length });
    pos += gap.length + length;
    return true;
  };
  const cjkNumeral = n.script === 'hanzi';
  const digits = n.script === 'ascii' || n.script === 'fullwidth';
  // "2,271.8¹ billion yuan": a footnote's mark between a numeral and its words is no part of either.
  const marker = digits ? footnoteMarkEnd(text, n.start, pos) : pos;
  if (marker > pos) take('', 'gap', marker - pos);
  let qualifier: Qualifier = 'exact';
  let qualifierText: string | null = null;
  let qualifierPosition: NumberStyle['qualifierPosition'] = null;
  let qualifierGap = '';
  /** "40+ yrs", "4万亿+": at least the figure (a "+" before a digit adds). */
  const plus = (): void => {
    const next = text.charCodeAt(pos + 1);
    // ("2.3万亿+无锡1.4万亿": a sum.)
    if (qualifier === 'exact' && text.charCodeAt(pos) === 0x2b && !isDigitCode(next) && !isWordChar(next) && (!isIdeograph(next) || PLUS_UNIT.has(next)) && take('', 'qualifier', 1)) {
      qualifier = 'at-least';
      qualifierText = '+';
      qualifierPosition = 'suffix';
    }
  };
  plus();
  // Most numerals in prose and code are followed by punctuation: skip the word patterns then.
  let forward = mayContinue(text.charCodeAt(pos));

  // 多/余 between numeral and what it counts: 1000多亿元, 40余年, 2500多家.
  const ch = text[pos] ?? '';
  if (forward && (ch === '多' || ch === '余' || ch === '餘') && !LETTER.test(text[pos - 1] ?? '')) {
    const nx = text[pos + 1] ?? '';
    if (nx !== '' && (/[万萬亿億千百元年美]/u.test(nx) || COUNT_CLASSIFIERS.includes(nx)) && take('', 'qualifier', 1)) {
      qualifier = 'more-than';
      qualifierText = ch;
      qualifierPosition = 'suffix';
    }
  }
  // 20来年, 十来个: about the figure.
  if (forward && qualifier === 'exact' && (ch === '来' || ch === '來') && !LETTER.test(text[pos - 1] ?? '') && /[年万萬亿億个個岁歲]/u.test(text[pos + 1] ?? '') && take('', 'qualifier', 1)) {
    qualifier = 'about';
    qualifierText = ch;
    qualifierPosition = 'suffix';
  }
  // "2,500-odd years", "40 odd years": more than the figure, as 多 is.
  if (forward && digits && qualifier === 'exact' && ODD_AFTER.test(text.slice(pos, pos + 5)) && take(text[pos], 'qualifier', 3)) {
    qualifier = 'more-than';
    qualifierText = 'odd';
    qualifierPosition = 'suffix';
  }

  // Scale.
  let scaleText: string | null = null;
  let scale = 1;
  let scaleGap = '';
  // (A Chinese numeral holds its own scale words, unless 多 cut it short: "两千多亿元".)
  if (forward && (!cjkNumeral || qualifierPosition === 'suffix')) {
    let sm: RegExpExecArray | null = null;
    let scaleWordOverride: string | null = null;
    let scaleGapOverride = '';
    SCALE_CJK.lastIndex = pos;
    sm = SCALE_CJK_FIRST.has(afterGap(text, pos, false)) ? SCALE_CJK.exec(text) : null;
    if (sm && n.script === 'words') sm = null;
    if (!sm) {
      SCALE_WORD.lastIndex = pos;
      sm = SCALE_WORD_FIRST.has(afterGap(text, pos, true)) ? SCALE_WORD.exec(text) : null;
      if (sm) {
        const gapText = sm[1];
        const after = text[pos + sm[0].length] ?? '';
        // "three trillion-yuan industries" counts industries; "2.5 trillion-yuan" is an amount.
        if (n.script === 'words' && (gapText !== ' ' || after === '-')) sm = null;
        else if (gapText === '' && digits && !/^(?:trillion|billion|million|thousand)$/i.test(sm[2])) sm = null;
      }
    }
    if (!sm && digits) {
      SCALE_ABBR.lastIndex = pos;
      const c0 = text.charCodeAt(pos);
      const am = SCALE_ABBR_ALONE.has(c0) || SCALE_ABBR_FIRST.has(c0) || (c0 === 0x20 && SCALE_ABBR_FIRST.has(text.charCodeAt(pos + 1))) ? SCALE_ABBR.exec(text) : null;
      // A lone "m"/"k" is a scale only beside a currency ("RMB30m", "$5k"); "a 100m sprint" is not money.
      const currencyNear = (): boolean => CURRENCY_NEAR.test(text.slice(Math.max(0, n.start - 5), n.start))
        || CURRENCY_AFTER.test(text.slice(pos + 1, pos + 12));
      if (am && (am[2] !== undefined || currencyNear())) {
        sm = am[2] !== undefined ? am : null;
        if (!sm) {
          scaleGapOverride = '';
          scaleWordOverride = am[4];
        }
      }
    }
    if (scaleWordOverride !== null) {
      if (take('', 'scale', scaleWordOverride.length)) {
        scaleText = scaleWordOverride;
        scale = scaleValueOf(scaleWordOverride);
        scaleGap = scaleGapOverride;
      }
    }
    if (sm) {
      const gapText = sm[1] ?? '';
      const word = sm[2];
      if (take(gapText, 'scale', word.length)) {
        scaleText = word;
        scale = scaleValueOf(word);
        scaleGap = gapText;
      }
    }
  }

  if (qualifier === 'exact' && text.charCodeAt(pos) === 0x2b) {
    plus();
    forward = mayContinue(text.charCodeAt(pos));
  }

  // Currency after: "2.2 trillion yuan", "2.2万亿元", "392.1 billion US dollars", "10-million-yuan".
  let currency: Currency | null = null;
  let currencyText: string | null = null;
  let currencyPosition: NumberStyle['currencyPosition'] = null;
  let currencyGap = '';
  CURRENCY_SUFFIX.lastIndex = pos;
  const cm = forward && !blocked && mayStartCurrencySuffix(text, pos) ? CURRENCY_SUFFIX.exec(text) : null;
  if (cm) {
    const gapText = cm[1] ?? cm[3] ?? '';
    const word = cm[2] ?? cm[4];
    // "2020 RMB2,017.0 bn": a code glued to the digits after it is their currency, not this figure's.
    const wordEnd = pos + gapText.length + word.length;
    // ("2021 RMB 2,271.8 billion": a code, spaced before the next digits too, is theirs.)
    const codeBeforeDigits = isAsciiLetter(text.charCodeAt(wordEnd - 1)) && (isDigitCode(text.charCodeAt(wordEnd))
      || (text.charCodeAt(wordEnd) === 0x20 && isDigitCode(text.charCodeAt(wordEnd + 1)) && isCurrencyCode(word)));
    const wordsOk = (n.script !== 'words' || gapText === ' ') && !codeBeforeDigits;
    const hyphenOk = gapText !== '-' || scaleGap === '-' || scaleText !== null;
    if (wordsOk && hyphenOk && take(gapText, 'currency', word.length)) {
      currency = CURRENCIES[word];
      currencyText = word;
      currencyPosition = 'suffix';
      currencyGap = gapText;
    }
  }

  // Units: years, decades, percent, Chinese classifiers.
  let unit: NumberMention['unit'] = null;
  let unitText: string | null = null;
  let percent = false;
  let decades = false;
  if (percentBefore) percent = true;
  if (forward && !currency && !percentBefore) {
    UNIT.lastIndex = pos;
    const um = mayStartUnit(text, pos) ? UNIT.exec(text) : null;
    if (um) {
      if (um[2] !== undefined) {
        const gapText = um[1];
        const word = um[2];
        // "2,500-year-old" is written with the hyphen; "2,500 years" with a space.
        if (!(gapText === '-' && word === 'decades') && take(gapText === '-' ? '' : gapText, 'unit', (gapText === '-' ? 1 : 0) + word.length)) {
          unit = 'years';
          unitText = gapText === '-' ? '-' + word : word;
          decades = word === 'decades';
        }
      } else if (um[4] !== undefined) {
        const gapText = um[3];
        if ((n.script !== 'words' || um[4].length > 1) && take(gapText, 'unit', um[4].length)) {
          percent = true;
          unitText = um[4];
        }
      } else if (um[5] !== undefined && (digits || cjkNumeral) && take('', 'unit', 1)) {
        unitText = um[5];
        if (um[5] === '年') unit = 'years';
      }
    }
  }

  // Qualifier after: 以上, 左右, 上下.
  if (forward && qualifier === 'exact') {
    QUALIFIER_SUFFIX.lastIndex = pos;
    const qm = QUALIFIER_SUFFIX_FIRST.has(text.charCodeAt(pos)) ? QUALIFIER_SUFFIX.exec(text) : null;
    if (qm && take('', 'qualifier', qm[1].length)) {
      qualifier = QUALIFIERS[qm[1]];
      qualifierText = qm[1];
      qualifierPosition = 'suffix';
    }
  }
  // A footnote's mark with nothing after it is no part of the figure ("| 2,271.8¹ |").
  if (marker > n.end && pieces.length === 2) {
    pieces.pop();
    pos = n.end;
  }
  const end = pos;

  // A numeral glued to letters is a code (5G, 14th, 1990s), not a figure.
  const glued = text[n.end] ?? '';
  if (LETTER.test(glued) && !(pieces.length > 1 && pieces[1].start === n.end)) return null;
  // Number words in a hyphenated compound name a thing ("Five-Year Plan", "five-star"), not a figure.
  if (n.script === 'words' && glued === '-' && pieces.length === 1) return null;

  // Before: currency, then qualifier.
  let start = n.start;
  if (percentBefore) {
    if (!overlaps(barriers, start - 3, start)) {
      pieces.unshift({ kind: 'unit', start: start - 3, end: start });
      start -= 3;
      unitText = '百分之';
    }
  }
  const backward = mayPrecede(text.charCodeAt(start - 1));
  const cp = backward && mayEndCurrencyPrefix(text, start) ? CURRENCY_PREFIX.exec(text.slice(Math.max(0, start - 24), start)) : null;
  if (cp) {
    const word = cp[1] ?? cp[2];
    const gapText = cp[3];
    const cStart = start - gapText.length - word.length;
    if (!overlaps(barriers, cStart, start)) {
      if (gapText) pieces.unshift({ kind: 'gap', start: start - gapText.length, end: start });
      pieces.unshift({ kind: 'currency', start: cStart, end: cStart + word.length });
      start = cStart;
      // 人民币…元 names the currency twice; the suffix is the marker the style reports.
      if (!currency) {
        currency = CURRENCIES[word];
        currencyText = word;
        currencyPosition = 'prefix';
        currencyGap = gapText;
      }
    }
  }
  if (backward && qualifier === 'exact') {
    const before = text.slice(Math.max(0, start - 20), start);
    const en = mayEndEnglishQualifier(text, start) ? QUALIFIER_EN.exec(before) : null;
    const zh = en || !mayEndChineseQualifier(text, start) ? null : QUALIFIER_ZH.exec(before);
    const qm = en ?? (zh && !QUALIFIER_ZH_FALSE.test(before) ? zh : null);
    if (qm) {
      const word = qm[1];
      const gapText = qm[2];
      const qStart = start - gapText.length - word.length;
      if (!overlaps(barriers, qStart, start)) {
        if (gapText) pieces.unshift({ kind: 'gap', start: start - gapText.length, end: start });
        pieces.unshift({ kind: 'qualifier', start: qStart, end: qStart + word.length });
        start = qStart;
        qualifier = QUALIFIERS[word] ?? QUALIFIERS[word.toLowerCase()];
        qualifierText = word;
        qualifierPosition = 'prefix';
        qualifierGap = gapText;
      }
    }
  }
  // "≥ 1tn", ">2万亿", "~2.2 trillion", "≈2.27T": a sign for a qualifier.
  if (qualifier === 'exact') {
    const sign = signBefore(text, start);
    if (sign && !overlaps(barriers, sign.start, start)) {
      const gapText = text.slice(sign.start + sign.word.length, start);
      if (gapText) pieces.unshift({ kind: 'gap', start: start - gapText.length, end: start });
      pieces.unshift({ kind: 'qualifier', start: sign.start, end: sign.start + sign.word.length });
      start = sign.start;
      qualifier = SIGN_QUALIFIERS[sign.word];
      qualifierText = sign.word;
      qualifierPosition = 'prefix';
      qualifierGap = gapText;
    }
  }
  if (qualifierPosition === 'suffix') qualifierGap = '';

  // Year: a bare four-digit integer in range, "2021年" included.
  const yearSpan = n.plainInteger && n.end - n.start === 4 && n.value >= 1800 && n.value <= 2199
    && scaleText === null && currency === null && !percent && (unit === null || unitText === '年')
    && (qualifierPosition !== 'suffix');
  let countNoun: string | null = null;
  if (forward && !currency && !percent && !unit) countNoun = readCountNoun(text, end, unitText, barriers);
  const isYear = yearSpan && !(qualifier !== 'exact' && countNoun !== null);

  if (isYear) {
    // The year reads as a period: drop a prefix word ("over 2021" is not a claim) and the 年 unit.
    const keep = pieces.filter((p) => p.start >= n.start);
    return {
      start: n.start,
      end,
      numeral: { start: n.start, end: n.end },
      value: n.value,
      precision: 1,
      qualifier: 'exact',
      currency: null,
      percent: false,
      unit: null,
      countNoun: null,
      isYear: true,
      style: {
        script: n.script, groupSeparator: '', decimals: 0, scaleText: null, scale: 1, scaleGap: '',
        currencyText: null, currencyPosition: null, currencyGap: '', qualifierText: null, qualifierPosition: null,
        qualifierGap: '', unitText,
      },
      pieces: keep,
    };
  }

  const multiplier = scale * (decades ? 10 : 1);
  // Multiply by the scale as an integer-ish product to keep 2.27e12 exact: (227 * 1e12) / 100.
  const value = n.decimals > 0 ? Math.round(n.value * 10 ** n.decimals) * multiplier / 10 ** n.decimals : n.value * multiplier;
  const precision = n.decimals > 0 ? multiplier / 10 ** n.decimals : n.precision * multiplier;
  const mention: NumberMention = {
    start,
    end,
    numeral: { start: n.start, end: n.end },
    value,
    precision,
    qualifier,
    currency,
    percent,
    unit,
    countNoun,
    isYear: false,
    style: {
      script: n.script,
      groupSeparator: n.groupSeparator,
      decimals: n.decimals,
      scaleText,
      scale,
      scaleGap,
      currencyText,
      currencyPosition,
      currencyGap,
      qualifierText,
      qualifierPosition,
      qualifierGap,
      unitText,
    },
    pieces,
  };
  if (n.top !== undefined) mention.upper = n.decimals > 0 ? Math.round(n.top * 10 ** n.decimals) * multiplier / 10 ** n.decimals : n.top * multiplier;
  return mention;
}

/**
 * The noun a figure counts: the next English word ("2,500 workers"), skipping one hyphenated
 * compound ("three trillion-yuan industries"), or the 1-2 Chinese characters after a classifier
 * ("三家企业"). Null when a barrier cuts in or the next word is not a noun.
 */
function readCountNoun(text: string, end: number, unitText: string | null, barriers: readonly Span[]): string | null {
  if (unitText !== null) {
    if (!COUNT_CLASSIFIERS.includes(unitText)) return null;
    CJK_NOUN.lastIndex = end;
    const m = CJK_NOUN.exec(text);
    if (!m) return null;
    let noun = m[0];
    // Stop at a numeral or a barrier.
    let i = 0;
    while (i < noun.length && !/[零〇一二三四五六七八九十百千万萬亿億两兩]/u.test(noun[i]) && !overlaps(barriers, end + i, end + i + 1)) i++;
    noun = noun.slice(0, i);
    return noun || null;
  }
  NEXT_WORD.lastIndex = end;
  let m = NEXT_WORD.exec(text);
  if (!m) return null;
  let wordStart = end + m[0].length - m[1].length;
  if (m[1].includes('-')) {
    if (overlaps(barriers, wordStart, wordStart + m[1].length)) return null;
    NEXT_WORD.lastIndex = wordStart + m[1].length;
    m = NEXT_WORD.exec(text);
    if (!m) return null;
    wordStart = NEXT_WORD.lastIndex - m[1].length;
  }
  const word = m[1];
  if (word.includes('-') || NOT_NOUNS.has(word)) return null;
  if (overlaps(barriers, wordStart, wordStart + word.length)) return null;
  return word;
}
