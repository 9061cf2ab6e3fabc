import type { Span } from './types';
import { codeTable, codes, hasCodeIn, isWhiteSpaceAt, lastNonSpace } from './chars';

/**
 * Words that change what a figure in a sentence means, whatever the facts file: targets and
 * forecasts, parts of a year, changes rather than levels, per-unit amounts. Offsets are UTF-16
 * indices into the sentence.
 */

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const CN_DIGIT = '[一二三四五六七八九十两兩]';

/** A target, plan or forecast: "aims to lift GDP to 3 trillion yuan by 2025", 力争, 目标. */
const TARGET = new RegExp(
  [
    '\\btargets?\\b', '\\btargeted\\b', '\\baim(?:s|ed|ing)?\\s+(?:to|at|for)\\b', '\\bgoals?\\b', '\\bplan(?:s|ned)?\\s+to\\b',
    '\\bstriv(?:e|es|ing)\\s+(?:to|for)\\b', '\\bforecast(?:s|ed)?\\b', '\\bprojected\\b', '\\bprojections?\\b', '\\bseek(?:s|ing)?\\s+to\\b',
    '\\bambitions?\\b', '\\bis\\s+set\\s+to\\b', '\\bwants?\\s+to\\b', '\\bby\\s+(?:the\\s+end\\s+of\\s+)?(?:20[2-9]\\d)\\b',
    '\\bintends?\\s+to\\b', '\\bcould\\s+reach\\b', '\\bwould\\s+reach\\b', '\\b20\\d\\d[EF]\\b',
    '目标', '目標', '力争', '力爭', '争取', '爭取', '预计到', '預計到', '到20[2-9]\\d年', '计划到', '計劃到', '规划到', '有望',
  ].join('|'),
  'i',
);

/** Part of a year: a quarter, a half, a month range. */
const PARTIAL = new RegExp(
  [
    '\\b(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+(?:quarter|half)\\b', '\\b(?:first|second|third|fourth|final|last)-(?:quarter|half)\\b',
    '\\b(?:first|last)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+(?:quarters|months)\\b',
    '\\bQ[1-4]\\b', '\\bH[12]\\b', '\\bquarterly\\b', '\\bmonthly\\b', '\\bhalf[-\\s]year\\b',
    `\\b${MONTH}\\s*(?:to|-|–|—|through|and)\\s*${MONTH}(?![a-z])`,
    `\\bin\\s+${MONTH}\\s+(?:(?:19|20)\\d\\d\\s+)?alone\\b`, '(?<![\\d０-９])(?:1[0-2]|[1-9])\\s*月(?![份底初中末]?\\s*[\\d０-９]{1,2}\\s*[日号號])(?!份?以来)',
    `\\b(?:in|during|for)\\s+${MONTH}\\s+(?:19|20)\\d\\d\\b`,
    `(?:第)?${CN_DIGIT}季度`, `第[一二三四]季(?!度)`, '首季', '\\b[1-4]Q(?:\\d\\d)?\\b', '前三季度', '上半年', '下半年', '前(?:\\d{1,2}|' + CN_DIGIT + '{1,3})[个個]?月', '\\d{1,2}\\s*[-—–~至到]\\s*\\d{1,2}\\s*月',
    `${CN_DIGIT}{1,2}\\s*[-—–~至到]\\s*${CN_DIGIT}{1,3}\\s*月`, '\\d{1,2}月份', `${CN_DIGIT}{1,3}月份`, '单月', '單月', '季度',
    '单季', '單季', '当季', '當季', '当月', '當月', 'Q[一二三四]', '\\b(?:for|in)\\s+the\\s+month\\b',
  ].join('|'),
  'i',
);

const PARTIAL_ALL = new RegExp(PARTIAL.source, 'gi');

/** A change, not a level, when it stands right before the figure: "rose 200 billion yuan", 增加. */
const DELTA_BEFORE = /(?:\b(?:rose|rise|rises|rising|grew|grow|grows|growing|increased|increases?|up|added|adding|adds|climbed|jumped|fell|fall|falls|dropped|declined|down|decreased|expanded|gained|gains?|growth\s+of|increase\s+of|rise\s+of|surge\s+of|decline\s+of|drop\s+of|gain\s+of|jump\s+of|addition\s+of|expansion\s+of|increment\s+of)\s+(?:by\s+)?|(?:增长了?|增長了?|增加了?|提高了?|下降了?|减少了?|減少了?|增|降|新增了?|多出了?|多了|净增|淨增|高出了?|低于|低於|少于|少了|再(?:给予|給予|奖励|獎勵|奖|獎|补助|補助)|额外(?:给予|給予|奖励|獎勵)?|額外(?:給予|獎勵)?)\s*)$/i;

/** A per-unit amount or a threshold when it follows the figure: "20 million yuan each", "per capita". */
const PER_UNIT_AFTER = /^\s*(?:each\b|apiece\b|per\s+(?:capita|person|head|company|firm|enterprise|project|household|worker|employee|resident)\b|a\s+(?:head|person)\b|for\s+each\b|\/人|每人|每家|每个|每個|每户|每戶|人均)/i;

/** A per-unit amount or a threshold when it comes before the figure: "per capita GDP of", "门槛". */
// Unicode mode, not /i: the bounded window counts an emoji as one character (tested lower-cased).
const PER_UNIT_BEFORE = /(?:\bper\s+capita\b|\bthreshold\s+of\b|\bminimum\s+of\b|人均|每家|每个|每個|门槛|門檻|起点|起點)[^.;。；]{0,12}$/u;

/** A comparison that the figure is the other side of: "up from 2.02 trillion", "compared with". */
const COMPARED_BEFORE = /(?:\b(?:up|down)\s+from\s+|\b(?:well|far|way|still|long)\s+(?:short|shy)\s+of\s+|\bcompared\s+(?:with|to)\s+|\bversus\s+|\bvs\.?\s+|比上年|比去年)$/i;

function firstSpan(re: RegExp, text: string): Span | null {
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Every match of a global regular expression (compiled once, by the caller) as spans. */
function allSpans(g: RegExp, text: string): Span[] {
  const out: Span[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** The first target/plan/forecast word of a sentence, or null. */
export function findTarget(sentence: string): Span | null {
  return TARGET_HINT.test(sentence) ? firstSpan(TARGET, sentence) : null;
}

/** Substrings every match of TARGET contains (lower case): a cheap test before the costly one. */
const TARGET_HINTS = ['target', 'aim', 'goal', 'plan', 'striv', 'forecast', 'project', 'seek', 'ambition', 'set', 'want', 'by',
  'intend', 'reach', '0e', '1e', '2e', '3e', '4e', '5e', '6e', '7e', '8e', '9e', '0f', '1f', '2f', '3f', '4f', '5f', '6f', '7f', '8f', '9f', '目标', '目標', '力争', '力爭', '争取', '爭取', '预计到', '預計到', '到20', '计划到', '計劃到', '规划到', '有望'];
/** Substrings every match of PARTIAL contains (lower case). */
const PARTIAL_HINTS = ['quarter', 'half', 'q1', 'q2', 'q3', 'q4', '1q', '2q', '3q', '4q', 'h1', 'h2', 'month', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul',
  'aug', 'sep', 'oct', 'nov', 'dec', '季', '半年', '月'];

/** A case-insensitive test for any of `hints` (plain substrings): one pass, no lower-cased copy. */
function hintTest(hints: readonly string[]): RegExp {
  return new RegExp(hints.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
}

const TARGET_HINT = hintTest(TARGET_HINTS);
const PARTIAL_HINT = hintTest(PARTIAL_HINTS);

/** English month names, full or short, for patterns. */
export const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/**
 * A date a text gives when it was written: a full date ("Jan. 20, 2021", "20 January 2021",
 * "2021-01-20", "2021年1月20日"), a month in brackets opening it ("【2022年1月】"), the year of a
 * government work report it cites ("2022年苏州市政府工作报告："; early in that year), or an edition's
 * year ("（2008年版）").
 */
const FULL_DATE = new RegExp(
  [
    `\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`,
    `\\b\\d{1,2}\\s+(?:${MONTHS})\\.?,?\\s+((?:19|20)\\d\\d)\\b`,
    '\\b((?:19|20)\\d\\d)[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])\\b',
    '((?:19|20)\\d\\d)\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号號]',
    // A month in brackets opening a text stamps it as a date does ("【2022年1月】", "(March 2023)"),
    // and so does one saying so anywhere ("(written March 2023)"); "产值（2022年1月）为…" is a month's figure.
    '(?<=^\\s*)[【（(\\[]\\s*((?:19|20)\\d\\d)\\s*年\\s*\\d{1,2}\\s*月份?\\s*[】）)\\]]',
    `(?:(?<=^\\s*)[【（(\\[]\\s*|[【（(\\[]\\s*(?:written|updated|as\\s+of)\\s+)(?:${MONTHS})\\.?\\s+((?:19|20)\\d\\d)\\s*[】）)\\]]`,
    // "（本文写于2008年12月）": the writer says when.
    '(?:写于|寫於|撰于|撰於)\\s*((?:19|20)\\d\\d)\\s*年',
    // A government work report is given early in the year it names: "2022年初发布的政府工作报告".
    // (Only a report that is the text's source: "2022年苏州市政府工作报告：", "…报告称", "the 2022
    // government work report said".)
    '((?:19|20)\\d\\d)\\s*年(?:初|度)?(?:发布的|發布的|公布的|的)?(?:[\\u4e00-\\u9fff]{1,3}市)?(?:政府工作报告|政府工作報告)(?=\\s*(?:称|稱|指出|提到|提出|显示|顯示|说|說|[:：，,]|$))',
    '\\b((?:19|20)\\d\\d)\\s+government\\s+work\\s+report\\s+(?=said|says|stated|states|noted|notes|showed|shows)',
    // An edition's year: "苏州概况（2008年版）", "Suzhou Yearbook, 2008 edition".
    // (Only ending a title: "《苏州市产业地图（2022年版）》" and "the 2022 edition of the expo" date nothing.)
    '[（(]\\s*((?:19|20)\\d\\d)\\s*年版\\s*[）)]\\s*$',
    ',\\s*((?:19|20)\\d\\d)\\s+edition\\s*$',
  ].join('|'),
  'gi',
);

/** Something every FULL_DATE match holds: a month's name, digits and a date separator, 月…日, 月 and a bracket, a work report. */
const FULL_DATE_HINT = new RegExp(`${MONTHS}|(?:19|20)\\d\\d[-/.]\\d|月\\s*\\d{1,2}\\s*[日号號]|月份?\\s*[】）)\\]]|政府工作报|政府工作報|government\\s+work|写于|寫於|撰于|撰於|年版|edition`, 'i');

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month (1-12) of a FULL_DATE match: its month's name, or the number after the year. */
export function monthOf(date: string): number {
  const name = MONTH_NAME.exec(date);
  if (name) return MONTH_NAMES.indexOf(name[1].toLowerCase()) + 1;
  return Number(/\d{4}\s*[-/.年]\s*(\d{1,2})/u.exec(date)?.[1] ?? 0);
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The dates of a sentence (see FULL_DATE), with the year and month (1-12; 0 when unknown) each was written in. */
export function findDates(sentence: string): { span: Span; year: number; month: number }[] {
  const out: { span: Span; year: number; month: number }[] = [];
  if (!FULL_DATE_HINT.test(sentence)) return out;
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(sentence); m; m = FULL_DATE.exec(sentence)) {
    const year = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11]);
    out.push({ span: { start: m.index, end: m.index + m[0].length }, year, month: monthOf(m[0]) });
  }
  return out;
}

/** "last year", 去年, "the past year", 过去一年 (-1) or "this year", 今年 (0): a period relative to when the text was written. */
const RELATIVE_YEAR = /(?<!(?:比|较|較|than|over|from|on|with|vs\.?)\s*)(?:\b(?:last\s+year|the\s+previous\s+year|a\s+year\s+earlier|the\s+year\s+before(?!\s+last))\b|去年|上年|上一年)|\b(this\s+year)\b|(今年|本年)|(\bthe\s+past\s+year\b|过去(?:的)?一年|過去(?:的)?一年)|(?<!(?:比|较|較)\s*)(?<![大目提以之此前年从從])(前年)/gi;

const RELATIVE_YEAR_HINT = /year|去年|上年|上一年|一年|今年|本年|前年/i;

/**
 * A government work report's title ("2022年苏州市政府工作报告", "Report on the Work of the Suzhou
 * Municipal Government (2022)"): the year it names is when the report was given, early that year,
 * so its "过去一年" (the past year) is the year before.
 */
const WORK_REPORT = /政府工作报告|政府工作報告|government\s+work\s+report|report\s+on\s+the\s+work\s+of\s+the\b/i;

/** Whether a title or heading names a government work report (see WORK_REPORT). */
export function isWorkReportTitle(text: string): boolean {
  return WORK_REPORT.test(text);
}

/** A period relative to when the text was written. */
export interface RelativeYear {
  /** Years back: 1 for "last year", 0 for "this year". */
  back: number;
  /**
   * "The past year", 过去一年: the twelve months before the text, the calendar year before only
   * when the text was written early in a year (a work report, a January dateline).
   */
  rolling: boolean;
  /** Where the phrase stands in its sentence. */
  span: Span;
}

/** The relative period words of a sentence ("last year", 去年, 前年, "the past year", 今年), in order. */
export function findRelativeYears(sentence: string): readonly RelativeYear[] {
  // The pattern opens with a look-behind, tried at every position: a plain test first.
  if (!RELATIVE_YEAR_HINT.test(sentence)) return NO_RELATIVE_YEARS;
  const out: RelativeYear[] = [];
  RELATIVE_YEAR.lastIndex = 0;
  for (let m = RELATIVE_YEAR.exec(sentence); m; m = RELATIVE_YEAR.exec(sentence)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // "Over the past year" is a span of time, not a comparison "over last year": group 3 has no look-behind.
    out.push(m[1] || m[2] ? { back: 0, rolling: false, span } : { back: m[4] ? 2 : 1, rolling: m[3] !== undefined, span });
  }
  return out;
}

const NO_RELATIVE_YEARS: readonly RelativeYear[] = Object.freeze([]) as readonly RelativeYear[];

/** Every part-of-a-year phrase of a sentence ("first quarter", "1-11月"), release months aside (see {@link readPartials}). */
export function findPartialPeriods(sentence: string): readonly Span[] {
  return readPartials(sentence).partials;
}

/** A date a text gives: its span, year and month (1-12; 0 when unknown). */
export interface DateMark {
  span: Span;
  year: number;
  month: number;
}

/**
 * The part-of-a-year phrases of a sentence, and its release dates: a month right after a release
 * ("Figures released by the bureau in January 2022", "2022年1月发布的数据") says when figures came
 * out, as a dateline does, not what they cover. Only release months with a year are dates; a month
 * without one is dropped only beside a year of the figures' own ("据1月发布的数据，苏州2021年GDP…";
 * "Data announced in July put…" may give the months to July).
 */
export function readPartials(sentence: string): { readonly partials: readonly Span[]; readonly released: readonly DateMark[] } {
  // (Q四 is tested apart: Chinese in a case-blind pattern slows it for every sentence.)
  if (!PARTIAL_HINT.test(sentence) && !QUARTER_Q.test(sentence)) return NO_PARTIALS;
  const partials: Span[] = [];
  let released: DateMark[] | undefined;
  for (const s of allSpans(PARTIAL_ALL, sentence)) {
    // "1—12月", 一至十二月: January to December is the whole year.
    if (WHOLE_YEAR_MONTHS.test(sentence.slice(s.start, s.end))) continue;
    if (!isReleaseMonth(sentence, s)) {
      partials.push(s);
      continue;
    }
    // "2021年1月发布": the year before the month is the release's too.
    const yearBefore = YEAR_BEFORE_MONTH.exec(sentence.slice(Math.max(0, s.start - 8), s.start));
    const span = yearBefore ? { start: s.start - yearBefore[0].length, end: s.end } : s;
    const phrase = sentence.slice(span.start, span.end);
    const year = HAS_YEAR.exec(phrase);
    if (year) (released ??= []).push({ span, year: Number(year[0]), month: monthOf(phrase) });
    else if (!HAS_YEAR.test(sentence.slice(0, s.start) + sentence.slice(s.end))) partials.push(s);
  }
  return { partials, released: released ?? NO_DATE_MARKS };
}

const WHOLE_YEAR_MONTHS = /^(?:1|一)\s*[-—–~至到]\s*(?:12|十二)\s*月$|^jan(?:uary)?\.?\s*(?:to|-|–|—|through)\s*dec(?:ember)?\.?$/i;
const NO_DATE_MARKS: readonly DateMark[] = Object.freeze([]);
const NO_PARTIALS: { readonly partials: readonly Span[]; readonly released: readonly DateMark[] } = Object.freeze({ partials: Object.freeze([]), released: NO_DATE_MARKS });
const HAS_YEAR = /(?:19|20)\d\d/;
const QUARTER_Q = /[Qq][一二三四]/;
const YEAR_BEFORE_MONTH = /(?:19|20)\d\d\s*年\s*$/u;

function isReleaseMonth(sentence: string, s: Span): boolean {
  if (!MONTH_PHRASE.test(sentence.slice(s.start, s.end))) return false;
  return RELEASED_BEFORE.test(sentence.slice(Math.max(0, s.start - 60), s.start)) || RELEASED_AFTER.test(sentence.slice(s.end, s.end + 8));
}

/** A partial period that is one month: "in January 2022", "1月". */
const MONTH_PHRASE = new RegExp(`^(?:in\\s+)?(?:${MONTHS})\\.?(?:\\s+(?:19|20)\\d\\d)?$|^(?:1[0-2]|[1-9])\\s*月$`, 'i');

/** A release verb right before, or its agent between ("released by the bureau in January 2022"). */
const RELEASED_BEFORE = /\b(?:released|published|announced|issued|unveiled|disclosed|updated|revised)\s+(?:by\s+[^,;.!?，；。]{1,60}?\s+)?$/i;
/** A release verb right after a month: 1月发布, 1月份公布. */
const RELEASED_AFTER = /^\s*(?:份|中旬|下旬|上旬|底|初)?\s*(?:发布|發布|公布|披露|出炉|出爐)/u;

/** Reads a partial period's id in `year` ("2021-Q1", "2021-H1", `${year}-part`; "Q1" when the year is unknown). */
export function partialPeriodId(phrase: string, year: string): string {
  const p = phrase.toLowerCase();
  // "3Q21", "2Q": the digit before the Q is the quarter (the one after is a year).
  const numbered = /\b([1-4])q/.exec(p);
  const quarter = numbered ? Number(numbered[1]) : /(first|1st|一)[-\s]*(?:quarter|季度)|q1|q一/.exec(p) ? 1 : /(second|2nd|二)[-\s]*(?:quarter|季度)|q2|q二/.exec(p) ? 2
    : /(third|3rd|三)[-\s]*(?:quarter|季度)|q3|q三/.exec(p) && !/前三/.test(p) ? 3 : /(fourth|4th|final|last|四)[-\s]*(?:quarter|季度)|q4|q四/.exec(p) ? 4 : 0;
  const at = year ? `${year}-` : '';
  if (quarter) return `${at}Q${quarter}`;
  if (/first[-\s]half|上半年|\bh1\b/.test(p)) return `${at}H1`;
  if (/second[-\s]half|下半年|\bh2\b/.test(p)) return `${at}H2`;
  return `${at}part`;
}

/** True when the words right before a figure make it a change rather than a level. */
export function isDeltaBefore(before: string): boolean {
  // Every match ends in white space or in the last character of a Chinese change word.
  const last = before.charCodeAt(before.length - 1);
  return (isWhiteSpaceAt(before, before.length - 1) || DELTA_LAST.has(last)) && DELTA_BEFORE.test(before);
}

const DELTA_LAST = codes('长長加高降少增出于於了予励勵奖獎助外');

/** True when the words around a figure make it a per-unit amount or a threshold. */
export function isPerUnit(before: string, after: string): boolean {
  return PER_UNIT_AFTER.test(after) || (mayBePerUnitBefore(before) && PER_UNIT_BEFORE.test(before.toLowerCase()));
}

/**
 * Whether `before` holds what every PER_UNIT_BEFORE match starts with ("per", "threshold",
 * "minimum", in any case, or 人 每 门 門 起): most do not, and need no lower-cased copy.
 */
function mayBePerUnitBefore(before: string): boolean {
  for (let i = 0; i < before.length; i++) {
    const u = before.charCodeAt(i);
    const c = u | 0x20;
    if ((c === 0x70 && startsWithFolded(before, i, 'per')) || (c === 0x74 && startsWithFolded(before, i, 'threshold')) || (c === 0x6d && startsWithFolded(before, i, 'minimum'))) return true;
    if (u === 0x4eba || u === 0x6bcf || u === 0x95e8 || u === 0x9580 || u === 0x8d77) return true;
  }
  return false;
}

/** Whether `text` has the lower-case ASCII `word` at `at`, ignoring ASCII case. */
function startsWithFolded(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** True when the figure is the other side of a comparison ("up from X", "compared with X"). */
export function isComparedBefore(before: string): boolean {
  // Every match ends in white space or in 年 (比上年, 比去年).
  return (isWhiteSpaceAt(before, before.length - 1) || before.charCodeAt(before.length - 1) === 0x5e74) && COMPARED_BEFORE.test(before);
}

/**
 * How far above its bound a "more than N" figure may be true: 'far' after "well", "far", 远
 * ("well over 1 trillion" understates on purpose) and for the bound of a class ("among the 24
 * cities whose GDP exceeds 1 trillion yuan", 超万亿元的城市: the class sets it, not the writer),
 * 'milestone' in a sentence saying "for the first time" or 首次 (the round figure just passed:
 * "topped 3 trillion for the first time" is below 4 trillion), else 'near'. `figure` spans the
 * figure's words, its qualifier's included.
 */
export type Reach = 'near' | 'far' | 'milestone';

export function claimReach(sentence: string, figure: Span): Reach {
  if (FAR_BEFORE.test(sentence.slice(Math.max(0, figure.start - 14), figure.start))) return 'far';
  if (CLASS_BEFORE.test(sentence.slice(Math.max(0, figure.start - 60), figure.start)) || CLASS_AFTER.test(sentence.slice(figure.end, figure.end + 8))) return 'far';
  // "has long exceeded", 早就超过, "for the 11th straight year": a bound passed long ago, not the latest figure.
  if (LONG_PASSED.test(sentence)) return 'far';
  return FIRST_TIME.test(sentence) ? 'milestone' : 'near';
}

const CLASS_BEFORE = /\b(?:cities|economies|places|members|regions|provinces|municipalities|counties|ones)\s+(?:whose|with|where|that|which)\b[^.;,，；。]{0,40}$/i;
const CLASS_AFTER = /^\s*(?:以上)?的?(?:城市|地区|地區|经济体|經濟體|俱乐部|俱樂部)|^[\s-]*club\b/i;

const FAR_BEFORE = /(?:\b(?:well|far|much|way|comfortably|easily|significantly|substantially|long|already|still|stayed|remained)\s+|远远|遠遠|远|遠|大大|大幅|早已|早就|已经|已經|一直|始终|始終|仍然|依然)$/i;
const LONG_PASSED = /\b(?:straight|consecutive|successive|running)\s+years?\b|\bfor\s+(?:years|decades)\b|\bsince\s+(?:19|20)\d\d\b|连续|連續|多年来|多年來|以来|以來/i;
const FIRST_TIME = /\bfor\s+the\s+first\s+time\b|\bfirst[-\s]ever\b|\bthe\s+first\s+time\b|首次|首度|第一次|破天荒/i;

/**
 * Where a correction starts in a sentence that corrects an error ("更正：本報昨日報道…為2.72萬億元，數字有誤，
 * 應為2.27萬億元", "…2.72 trillion yuan; it should have read 2.27 trillion"): the figures before it
 * are the error, not the writer's claim. -1 when the sentence corrects nothing.
 */
export function correctionStart(sentence: string): number {
  if (sentence.includes('為') || sentence.includes('为')) {
    // (The error named before it, or the sentence a correction notice: "…有误，应为…", "更正：…应为…", "…应为…，特此更正".)
    const zh = CORRECTION_ZH.exec(sentence);
    if (zh && (ERROR_ZH.test(sentence.slice(Math.max(0, zh.index - 36), zh.index)) || CORRECTION_NOTICE.test(sentence))) return zh.index;
  }
  if (!sentence.includes('hould') && !sentence.includes('orrect')) return -1;
  // ("should have read 2.27" corrects by itself; "should have been faster" needs an error named.)
  const said = CORRECTED_READING.exec(sentence);
  if (said) return said.index;
  const en = CORRECTION_EN.exec(sentence);
  return en && ERROR_EN.test(sentence) ? en.index : -1;
}

/**
 * Where the writer rejects the figure just before ("…达2.6万亿元，这一说法有误", "…at 2.6 trillion
 * yuan, which misreads the statistics"), or -1: only the figures of the clause right before it are
 * rejected ("苏州GDP为2.5万亿元，有人说已经超过上海，这一说法有误" rejects the hearsay, not the 2.5).
 */
export function rejectionStart(sentence: string): number {
  return REJECTED_AFTER.exec(sentence)?.index ?? -1;
}

/** Whether the figure at `start` is the error a correction names ("原文误写为2.72万亿元", "而非2.72万亿元", "an earlier version gave 2.72 trillion"). */
export function isErrorCorrected(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 120), start);
  // (Every ERROR_BEFORE_ZH word ends in one of ERROR_WORD_LAST: one code test before the pattern.)
  return (ERROR_WORD_LAST.has(lastNonSpace(before, 0, before.length)) && ERROR_BEFORE_ZH.test(before)) || ((before.includes('version') || before.includes('rror') || before.includes('stated') || before.includes('reported') || before.includes('xaggerated')) && ERROR_BEFORE_EN.test(before));
}

const ERROR_WORD_LAST = codes('为為成作非是');
const ERROR_BEFORE_ZH = /(?:误写为|誤寫為|误写成|誤寫成|误为|誤為|误植为|誤植為|误作|誤作|误报为|誤報為|而非|而不是|原稿写作|原稿寫作|写成|寫成|原为|原為)\s*$/u;
const ERROR_BEFORE_EN = /\b(?:earlier\s+version\s+(?:of\s+(?:this|the)\s+\w+\s+)?(?:gave|said|stated|put\s+it\s+at|reported)|in\s+error\s+as)\s+$|(?<!\bnever\s|\bnot\s|n['’]t\s)\b(?:mis(?:stated|reported)|overstated|understated|exaggerated)\b(?:(?:(?!\b(?:while|but|says?|said)\b)[^.;!?,:—–]){0,60}|[^.;!?:—–]{0,60},\s*putting\s+it\s+at\s+)$/i;
/**
 * A cheap first test, once per sentence, for everything that amends a figure: corrections, errors
 * named before a figure, rejections after it, quotes called wrong (every match of those holds one
 * of these).
 */
export function mayAmend(sentence: string): boolean {
  return hasCodeIn(sentence, AMEND_HINT_ZH) || AMEND_HINT_EN.test(sentence);
}

// (Chinese cues by a character each, looked up in a table; English by a fragment: one long
// alternation, and a character class of Chinese, were slower.)
const AMEND_HINT_ZH = codeTable('而误誤应應更夸誇屬属寫写錯错說说原');
const AMEND_HINT_EN = /isread|eport|fake|myth|mislead|nflat|ot true|alse|ntrue|accurate|mistak|hich|rong|ersion|hould|orrect|rror|stat|xaggerat/;

const REJECTED_AFTER = /[,，]\s*(?:but\s+(?:the\s+(?:figure|number|claim)|this|that|it)\s+(?:turned\s+out\s+to\s+be|was|is|proved)\s+(?:a\s+)?(?:misread\w*|wrong|false|incorrect|inaccurate|untrue|mistaken|an?\s+error)|which\s+(?:is\s+(?:wrong|incorrect|false|inaccurate|untrue|misleading)|misreads|misstates|overstates|exaggerates|understates)\b|(?:这一?|這一?|此|该|該)?(?:说法|說法)(?:并|並)?(?:有误|有誤|不实|不實|错误|錯誤|不准确|不準確|与事实不符|與事實不符)|(?:实属|實屬)(?:对[^，。]{0,12}的|對[^，。]{0,12}的)?(?:误读|誤讀|误解|誤解)|此说(?:有误|不实)|此說(?:有誤|不實))/i;

const CORRECTION_ZH = /应为|應為|更正为|更正為/u;
const ERROR_ZH = /有误(?!解|会|會)|有誤(?!解|會)|笔误|筆誤|误写|誤寫|误为|誤為|误植|誤植|更正|(?<!如有|无|無|并无|並無|没有|沒有)(?:错误|錯誤)/u;
/** A correction notice: headed 更正/勘误 ("【更正】") or signed off so ("特此更正"). */
const CORRECTION_NOTICE = /^\s*[【[(（]?\s*(?:更正|勘误|勘誤)|(?:特此|予以|现予|現予)(?:更正|勘误|勘誤)/u;
const CORRECTED_READING = /\bshould\s+(?:have\s+)?(?:read|said)\b/i;
const CORRECTION_EN = /\bshould\s+(?:have\s+)?(?:read|said|been)\b|\bthe\s+correct\s+(?:figure|number|value|amount)\b|\bcorrected\s+to\b/i;
const ERROR_EN = /\b(?:correction|corrected|misstat\w*|typo|error|erroneous\w*|incorrect\w*|mistaken\w*|earlier\s+(?:version|draft))\b/i;

/**
 * A news dateline opening a paragraph ("SUZHOU, Jan. 24, 2022 (Xinhua) -- ", "SHANGHAI, Jan 7 (Reuters) -
 * ", "新华社南京1月24日电", a source's tag "【澳門日報消息】"): where and when the story was filed, not what
 * it is about. Its length, or 0.
 */
export function datelineLength(sentence: string): number {
  const m = DATELINE_EN.exec(sentence) ?? DATELINE_ZH.exec(sentence) ?? SOURCE_TAG.exec(sentence);
  return m ? m[0].length : 0;
}

const DATELINE_EN = new RegExp(`^\\s*[A-Z][A-Za-z.'’ -]{1,30}(?:,\\s*[A-Z][A-Za-z .]{1,20}?)?,\\s*(?:(?:${MONTHS})\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS})\\.?)(?:,?\\s*(?:19|20)\\d\\d)?\\s*(?:\\/[^/\\n]{1,24}\\/|\\([^)\\n]{1,30}\\))?\\s*(?:--|—|–|\\s-)\\s*`, 'i');
/** A source's tag opening a story: "【澳門日報消息】", "【香港經濟日報】". */
const SOURCE_TAG = /^\s*【[^】\n]{0,12}(?:报|報|社|消息|讯|訊|电视台|電視台|新闻|新聞)[^】\n]{0,8}】/u;
// (With the year or without: "新华社南京2022年1月5日电".)
const DATELINE_ZH = /^\s*[（(]?(?:新华社|新華社|中新社|中新網|中新网|本报|本報|中央社)[\u4e00-\u9fff]{0,10}?\s*(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日\s*(?:电|電|讯|訊)[）)]?/u;

/**
 * Whether a paragraph opens by calling what stands right above it false ("This claim … misstates
 * the policy", 以上说法并无依据, "Verdict: False."): a fact-check's answer to the claim it quoted.
 */
export function debunksAbove(prose: string): boolean {
  const head = prose.slice(0, DEBUNK_WINDOW).trimStart();
  return DEBUNK_EN.test(head) || DEBUNK_ZH.test(head);
}

const DEBUNK_WINDOW = 160;
const DEBUNK_EN = /^(?:(?:this|that)\s+(?:claim|post|figure|number|statement|rumou?r|assertion|quote)|the\s+(?:claim|post|rumou?r|assertion))\b[^.!?]*?(?<!\bnot\s)(?<!n['’]t\s)\b(?:false|wrong|incorrect|untrue|misleading|misstat\w*|inaccurate|exaggerated|fake|baseless|unfounded|debunked)\b|^(?:this|that)\s+is\s+(?:false|wrong|incorrect|untrue|not\s+(?:true|correct|accurate))\b|^(?:verdict\s*:\s*)?(?:false|wrong|untrue|fake|not\s+true)\s*[.!:]/i;
const DEBUNK_ZH = /^(?:这一|這一|这个|這個|此|该|該|上述|以上|这种|這種|这条|這條)(?:说法|說法|消息|传言|傳言|数据|數據|帖子|网帖|網帖|传闻|傳聞)[^。！？]{0,12}?(?<!不是|并非|並非)(?:不实|不實|错误|錯誤|有误|有誤|不准确|不準確|失实|失實|不属实|不屬實|并无依据|並無依據|没有依据|沒有依據|系谣言|係謠言|是谣言|是謠言)|^(?:辟谣|闢謠)|^(?:楼上|樓上|这|這)?[^。！？\n]{0,8}?(?:瞎说|瞎說|胡说|胡說|错了|錯了|是假的|不对吧|不對吧|数据哪来的|數據哪來的|哪来的数据|哪來的數據)/u;
