/**
 * Number words: English cardinals (two … ninety-nine) and Chinese numerals (三, 两千, 一千万, 千亿,
 * 二〇二一), both ways. Pure functions over strings; no knowledge of currencies or scales.
 */

const ENGLISH_SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_VALUE = new Map<string, number>([
  ...ENGLISH_SMALL.map((w, i) => [w, i] as [string, number]),
  ...ENGLISH_TENS.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w !== ''),
]);

/**
 * Value of an English cardinal as the recogniser matches it: "three", "Forty-three", "twenty five".
 * Returns null for anything else. Case-insensitive.
 */
export function parseEnglishNumber(text: string): number | null {
  const parts = text.toLowerCase().split(/[- ]+/u);
  let total = 0;
  for (const part of parts) {
    const v = ENGLISH_VALUE.get(part);
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** English words for an integer 0 ≤ n ≤ 99 ("forty-three"); null outside that range. */
export function englishNumber(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n < 20) return ENGLISH_SMALL[n];
  const tens = ENGLISH_TENS[Math.floor(n / 10)];
  return n % 10 === 0 ? tens : `${tens}-${ENGLISH_SMALL[n % 10]}`;
}

const HANZI_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const HANZI_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const HANZI_BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** True for the characters a Chinese numeral is written with. */
export function isHanziNumeralChar(ch: string): boolean {
  return ch in HANZI_DIGIT || ch in HANZI_SMALL_UNIT || ch in HANZI_BIG_UNIT;
}

/** True when the numeral has a digit (一 … 九, 两) and not only place words (千亿, 十亿). */
export function hasHanziDigit(run: string): boolean {
  for (const ch of run) if (ch in HANZI_DIGIT && HANZI_DIGIT[ch] !== 0) return true;
  return false;
}

/**
 * Value of a Chinese numeral: "三" → 3, "两千" → 2000, "二千五百" → 2500, "一千万" → 1e7,
 * "千亿" → 1e11, "两万亿" → 2e12, "二〇二一" → 2021 (digit by digit, only with 〇/零 or four
 * digits). Returns null for strings that are not one well-formed numeral ("七八", "十四五", "万一").
 */
export function parseHanzi(run: string): number | null {
  if (run.length === 0) return null;
  let allDigits = true;
  for (const ch of run) if (!(ch in HANZI_DIGIT)) allDigits = false;
  if (allDigits) {
    if (run.length === 1) return HANZI_DIGIT[run];
    // Digit-by-digit writing is for years and codes: "二〇二一". "七八个" (seven or eight) is a range.
    if (run.length !== 4 && !/[〇零]/u.test(run)) return null;
    let v = 0;
    for (const ch of run) v = v * 10 + HANZI_DIGIT[ch];
    return v;
  }
  let total = 0; // everything above the current 万 section
  let section = 0; // the current section, below 万
  let digit: number | null = null; // a digit waiting for its place word
  let lastUnit = Infinity; // place words must fall within a section: 二千五百, not 五百二千
  for (const ch of run) {
    if (ch in HANZI_DIGIT) {
      if (digit !== null && digit !== 0 && HANZI_DIGIT[ch] !== 0) return null; // "四五"
      digit = HANZI_DIGIT[ch];
    } else if (ch in HANZI_SMALL_UNIT) {
      const unit = HANZI_SMALL_UNIT[ch];
      if (unit >= lastUnit) return null;
      section += (digit === null || digit === 0 ? (digit === 0 ? 0 : 1) : digit) * unit;
      lastUnit = unit;
      digit = null;
    } else {
      const unit = HANZI_BIG_UNIT[ch];
      const body = section + (digit ?? 0);
      if (unit === 1e8) total = (total + body || 1) * unit;
      else total += (body || 1) * unit;
      section = 0;
      digit = null;
      lastUnit = Infinity;
    }
  }
  return total + section + (digit ?? 0);
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Options for writing a Chinese numeral. */
export interface HanziOptions {
  /** Write 2 as 两 before 百/千/万/亿 ("两千"), as many writers do. */
  liang: boolean;
  /** Traditional characters (萬, 億, 兩). */
  traditional: boolean;
}

function section(n: number): string {
  // n < 10000: 二千五百, 三十, 一千零五
  const places: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let zero = false;
  for (const [place, word] of places) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGIT_CHARS[d] + word;
  }
  return out;
}

/**
 * A non-negative integer in Chinese numerals: 3 → "三", 2000 → "两千" (with `liang`), 1e7 →
 * "一千万", 1e11 → "一千亿", 14 → "十四", 2.5e12 → "两万五千亿".
 */
export function hanziNumber(n: number, options: HanziOptions): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`hanziNumber: not a non-negative integer: ${n}`);
  if (n === 0) return '零';
  const wan = options.traditional ? '萬' : '万';
  const yi = options.traditional ? '億' : '亿';
  const build = (v: number): string => {
    if (v >= 1e8) {
      const high = Math.floor(v / 1e8);
      const rest = v % 1e8;
      return build(high) + yi + (rest === 0 ? '' : (rest < 1e7 ? '零' : '') + build(rest));
    }
    if (v >= 1e4) {
      const high = Math.floor(v / 1e4);
      const rest = v % 1e4;
      return section(high) + wan + (rest === 0 ? '' : (rest < 1000 ? '零' : '') + section(rest));
    }
    return section(v);
  };
  let out = build(n);
  // 一十四 is written 十四 at the start of a numeral.
  if (out.startsWith('一十')) out = out.slice(1);
  if (options.liang) out = out.replace(/二(?=[百千万萬亿億])/gu, options.traditional ? '兩' : '两');
  return out;
}
