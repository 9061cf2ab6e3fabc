/**
 * Style-preserving formatting: writes a value the way a recognised figure was written (same
 * script, scale word, separators, currency marker, gaps, unit and qualifier language), so a fix
 * reads like the writer's own text: "2.5 trillion yuan" → "2.27 trillion yuan", "25000亿元" →
 * "22718.34亿元", "two" → "three".
 */
import type { Qualifier } from './types';
import { SCALE_VALUES, scaleValueOf, type Currency, type NumberMention, type Piece, type PieceKind } from './numbers';
import { isIdeograph } from './chars';
import { englishNumber, hanziNumber, hasHanziDigit } from './numberWords';

export interface FormatRequest {
  /** Base units (yuan, dollars, count, years, percent points). */
  value: number;
  /** When it differs from the mention's, the marker changes in kind ('$'↔'¥', 'dollars'↔'yuan', '美元'↔'元'). */
  currency?: Currency | null;
  /** The qualifier the new text must carry ('exact' = none). */
  qualifier: Qualifier;
  /** At most this many decimals in the chosen scale; trailing zeros are dropped (2.20 → 2.2, never "2."). */
  decimals: number;
}

interface Part {
  kind: PieceKind;
  text: string;
}

/** Scale words from large to small; a value below 1 in one moves to the next (trillion → billion). */
const SCALE_FAMILIES: readonly (readonly string[])[] = [
  ['trillion', 'billion', 'million', 'thousand'],
  ['tn', 'bn', 'mn', 'k'],
  ['trn', 'bln', 'mln'],
  ['tril', 'bil'],
  ['万忆', '亿', '万'],
  ['t', 'b', 'm', 'k'],
  ['m', 'k'],
  ['hundred'],
  ['万亿', '亿', '万'],
  ['千亿', '亿', '万'],
  ['百亿', '亿', '万'],
  ['千万', '万'],
  ['百万', '万'],
  ['千'],
  ['萬億', '億', '萬'],
  ['千億', '億', '萬'],
  ['百億', '億', '萬'],
  ['千萬', '萬'],
  ['百萬', '萬'],
  ['兆', '億', '萬'],
];

const QUALIFIER_EN: Record<Exclude<Qualifier, 'exact'>, string> = {
  'more-than': 'more than', about: 'about', 'at-least': 'at least', 'less-than': 'less than', 'at-most': 'at most', nearly: 'nearly',
};
const QUALIFIER_ZH: Record<Exclude<Qualifier, 'exact'>, string> = {
  'more-than': '超过', about: '约', 'at-least': '至少', 'less-than': '不到', 'at-most': '最多', nearly: '近',
};
const QUALIFIER_ZH_HANT: Record<Exclude<Qualifier, 'exact'>, string> = {
  'more-than': '超過', about: '約', 'at-least': '至少', 'less-than': '不到', 'at-most': '最多', nearly: '近',
};
/** Qualifiers Chinese writes after the figure, when the writer already put one there. */
const QUALIFIER_ZH_SUFFIX: Partial<Record<Qualifier, string>> = { 'more-than': '以上', about: '左右' };

const TO_USD: Record<string, string> = {
  '¥': '$', '￥': '$', RMB: 'US$', CNY: 'USD', yuan: 'dollars', renminbi: 'US dollars', 元: '美元', 人民币: '美元', 人民幣: '美元',
};
const TO_CNY: Record<string, string> = {
  $: '¥', 'US$': 'RMB', USD: 'CNY', dollars: 'yuan', dollar: 'yuan', 'US dollars': 'yuan', 'U.S. dollars': 'yuan', 美元: '元',
};

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Characters only traditional Chinese uses (common ones): the sentence's script decides the fix's. */
const TRADITIONAL = /[萬億兩個項條種約過餘幣歷蘇區產經濟為與這時們會對說國開發長門間見業東動學從應現點體給還進達總額創據營務資設劃實際變類華擁來]/u;
const FULLWIDTH_DIGITS = '０１２３４５６７８９';

/**
 * `n` rounded to at most `decimals` decimals, trailing zeros dropped ("2.27", "22718.34", "30").
 * Rounds half away from zero on the decimal value as written, not on its binary approximation.
 */
export function fixed(n: number, decimals: number): string {
  const d = Math.max(0, Math.min(15, Math.floor(decimals)));
  const x = n * 10 ** d;
  // toPrecision(15) undoes binary error (2.675 * 100 = 267.4999…) but is slow. Below 1e8 it moves
  // x by less than 1e-7, so away from a half it cannot change the rounding: round directly there.
  const frac = x - Math.floor(x);
  const shifted = x >= 0 && x < 1e8 && Math.abs(frac - 0.5) > 1e-6 ? Math.round(x) : Math.round(Number(x.toPrecision(15)));
  if (d === 0) return String(shifted);
  const s = String(shifted).padStart(d + 1, '0');
  const point = s.length - d;
  let last = s.length;
  while (last > point && s.charCodeAt(last - 1) === 48) last--;
  const int = s.slice(0, point);
  return last > point ? `${int}.${s.slice(point, last)}` : int;
}

/** `intDigits` (ASCII digits, perhaps after a minus sign) with `sep` between groups of three from the right. */
function group(intDigits: string, sep: string): string {
  if (intDigits.charCodeAt(0) === 45) return '-' + group(intDigits.slice(1), sep);
  if (!sep || intDigits.length <= 3) return intDigits;
  const head = intDigits.length % 3 || 3;
  let out = intDigits.slice(0, head);
  for (let i = head; i < intDigits.length; i += 3) out += sep + intDigits.slice(i, i + 3);
  return out;
}

/** Digits in the writer's way: separators only if they used them, full-width if they did. */
function writeDigits(n: number, decimals: number, sep: string, fullwidth: boolean, decimalMark: string): string {
  const digits = fixed(n, decimals);
  const dot = digits.indexOf('.');
  let out = dot < 0 ? group(digits, sep) : group(digits.slice(0, dot), sep) + decimalMark + digits.slice(dot + 1);
  if (fullwidth) out = out.replace(/[0-9]/gu, (d) => FULLWIDTH_DIGITS[Number(d)]);
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The parts of a mention, from its pieces when the recogniser recorded them, else from its style. */
function partsOf(mention: NumberMention, source: string): Part[] {
  const pieces = mention.pieces;
  if (pieces && pieces.length) {
    const parts: Part[] = [];
    for (const p of pieces) parts.push({ kind: p.kind, text: source.slice(p.start, p.end) });
    return parts;
  }
  const s = mention.style;
  const parts: Part[] = [];
  const push = (kind: PieceKind, text: string): void => {
    if (text) parts.push({ kind, text });
  };
  if (s.qualifierPosition === 'prefix' && s.qualifierText) {
    push('qualifier', s.qualifierText);
    push('gap', s.qualifierGap);
  }
  if (s.currencyPosition === 'prefix' && s.currencyText) {
    push('currency', s.currencyText);
    push('gap', s.currencyGap);
  }
  push('numeral', source.slice(mention.numeral.start, mention.numeral.end));
  const midQualifier = s.qualifierPosition === 'suffix' && (s.qualifierText === '多' || s.qualifierText === '余');
  if (midQualifier && s.qualifierText) push('qualifier', s.qualifierText);
  if (s.scaleText) {
    push('gap', s.scaleGap);
    push('scale', s.scaleText);
  }
  if (s.currencyPosition === 'suffix' && s.currencyText) {
    push('gap', s.currencyGap);
    push('currency', s.currencyText);
  }
  if (s.unitText) {
    if (/^[A-Za-z]/u.test(s.unitText)) push('gap', ' ');
    push('unit', s.unitText);
  }
  if (s.qualifierPosition === 'suffix' && !midQualifier && s.qualifierText) push('qualifier', s.qualifierText);
  return parts;
}

/** A scale word's family: the one it heads, else one it belongs to, else itself alone. */
function familyOf(lower: string): readonly string[] {
  let family = FAMILY_OF.get(lower);
  if (!family) {
    family = SCALE_FAMILIES.find((f) => f[0] === lower) ?? SCALE_FAMILIES.find((f) => f.includes(lower)) ?? [lower];
    FAMILY_OF.set(lower, family);
  }
  return family;
}

const FAMILY_OF = new Map<string, readonly string[]>();

/** The scale word to write `value` in: the writer's, or the next smaller one of its family when below 1. */
function chooseScale(scaleText: string, value: number): string | null {
  const lower = /^[A-Za-z]+$/u.test(scaleText) ? scaleText.toLowerCase() : scaleText;
  const family = familyOf(lower);
  for (let i = family.indexOf(lower); i >= 0 && i < family.length; i++) {
    if (value / SCALE_VALUES[family[i]] >= 1) {
      // Keep the writer's capitalisation ("Trillion" → "Billion").
      return i === family.indexOf(lower) ? scaleText : (scaleText[0] !== lower[0] ? capitalize(family[i]) : family[i]);
    }
  }
  return null;
}

/** A Chinese figure too detailed for numerals ("两万二千七百一十八亿…") is written as digits + 万亿/亿/万. */
function hanziOrDigits(value: number, decimals: number, numeralText: string, context: string): string {
  const traditional = TRADITIONAL.test(context);
  const rounded = Number(fixed(value, 0));
  const nonZeroDigits = String(rounded).replace(/0/gu, '').length;
  if (Math.abs(rounded - value) < 1e-9 * Math.max(1, value) && nonZeroDigits <= 4 && rounded > 0) {
    const out = hanziNumber(rounded, { liang: /[两兩]/u.test(numeralText), traditional });
    // A writer who wrote a bare place word (超千亿元) gets one back: 千亿, not 一千亿.
    return !hasHanziDigit(numeralText) && /^一[十百千]/u.test(out) ? out.slice(1) : out;
  }
  const scales: [number, string][] = traditional ? [[1e12, '萬億'], [1e8, '億'], [1e4, '萬']] : [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];
  for (const [mult, word] of scales) if (value >= mult) return fixed(value / mult, decimals) + word;
  return fixed(value, decimals);
}

/**
 * The replacement text for the mention's whole span [start, end), in the writer's style: same
 * script, same scale word while the value is at least 1 in it (else the next smaller one of its
 * family: trillion → billion, 万亿 → 亿, tn → bn), same separators, currency marker (mapped in kind
 * when `request.currency` differs), gaps and unit word; the qualifier in the writer's language and
 * position. `source` is the text the mention's offsets refer to.
 */
export function formatLike(mention: NumberMention, source: string, request: FormatRequest): string {
  return onlyNumeralChanges(mention, source, request) ?? formatParts(mention, source, request);
}

/**
 * The common case, without taking the figure apart: same currency, qualifier and unit, the scale
 * word kept, so only the numeral is rewritten inside the writer's own text. Null when anything
 * else changes (or the pieces do not tile the figure), for {@link formatParts} to do.
 */
function onlyNumeralChanges(mention: NumberMention, source: string, request: FormatRequest): string | null {
  const pieces = mention.pieces;
  if (!pieces || pieces.length === 0 || mention.qualifier !== request.qualifier) return null;
  const want = request.currency ?? null;
  if (want && want !== mention.currency) return null;
  let numeral: Piece | null = null;
  let scaleText: string | null = null;
  let at = mention.start;
  for (const p of pieces) {
    if (p.start !== at) return null;
    at = p.end;
    if (p.kind === 'numeral') numeral = p;
    else if (p.kind === 'scale') scaleText = source.slice(p.start, p.end);
    // Units change with the value ("1 year", "4 decades"): the full path handles them.
    else if (p.kind === 'unit') return null;
  }
  if (at !== mention.end || numeral === null) return null;
  let numeralValue = request.value;
  if (scaleText !== null) {
    if (chooseScale(scaleText, numeralValue) !== scaleText) return null;
    numeralValue /= scaleValueOf(scaleText);
  }
  const numeralText = source.slice(numeral.start, numeral.end);
  return source.slice(mention.start, numeral.start) + writeNumeral(mention, numeralValue, request.decimals, numeralText, source) + source.slice(numeral.end, mention.end);
}

/** The numeral for `numeralValue` in the script and style the writer used for `numeralText`. */
function writeNumeral(mention: NumberMention, numeralValue: number, decimals: number, numeralText: string, source: string): string {
  const style = mention.style;
  switch (style.script) {
    case 'ascii':
    case 'fullwidth':
      return writeDigits(numeralValue, decimals, style.groupSeparator, style.script === 'fullwidth', numeralText.includes('．') ? '．' : '.');
    case 'hanzi':
      return hanziOrDigits(numeralValue, decimals, numeralText, source);
    case 'words': {
      const rounded = Number(fixed(numeralValue, decimals));
      const words = englishNumber(rounded);
      if (words !== null && rounded !== 1) return /^[A-Z]/u.test(numeralText) ? capitalize(words) : words;
      return writeDigits(numeralValue, decimals, rounded >= 1000 ? ',' : '', false, '.');
    }
  }
}

/**
 * {@link formatLike} in full: the figure taken apart into its pieces, each rewritten as needed.
 * Exported for the test that holds formatLike's quick path to it.
 */
export function formatParts(mention: NumberMention, source: string, request: FormatRequest): string {
  let parts = partsOf(mention, source);
  const original = source.slice(mention.start, mention.end);
  const zh = CJK.test(original) || isIdeograph(source.charCodeAt(mention.start - 1)) || isIdeograph(source.charCodeAt(mention.end));
  const value = request.value;

  // Currency marker, in kind.
  const want = request.currency ?? null;
  if (want && mention.currency && want !== mention.currency) {
    const map = want === 'USD' ? TO_USD : TO_CNY;
    const hasSuffix = parts.some((p, i) => p.kind === 'currency' && i > parts.findIndex((q) => q.kind === 'numeral'));
    parts = parts.flatMap((p, i) => {
      if (p.kind !== 'currency') return [p];
      // 人民币2.2万亿元 names the currency twice: the suffix carries it in dollars, the prefix goes.
      const isPrefix = i < parts.findIndex((q) => q.kind === 'numeral');
      if (isPrefix && hasSuffix && /^人民[币幣]$/u.test(p.text)) return [];
      return [{ kind: p.kind, text: map[p.text] ?? p.text }];
    });
    parts = parts.filter((p, i) => !(p.kind === 'gap' && (i === 0 || parts[i - 1].kind === 'gap')));
  } else if (want && !mention.currency) {
    const at = lastIndexOfKinds(parts, ['numeral', 'scale']) + 1;
    if (zh) parts.splice(at, 0, { kind: 'currency', text: want === 'USD' ? '美元' : '元' });
    else if (want === 'USD') parts.splice(parts.findIndex((p) => p.kind === 'numeral'), 0, { kind: 'currency', text: '$' });
    else parts.splice(at, 0, { kind: 'gap', text: ' ' }, { kind: 'currency', text: 'yuan' });
  }

  // Value in the numeral's own units: decades of years, or the scale's multiples.
  const unitIndex = parts.findIndex((p) => p.kind === 'unit');
  let numeralValue = value;
  if (unitIndex >= 0 && /^decades$/i.test(parts[unitIndex].text)) {
    if (value % 10 === 0 && value >= 20) numeralValue = value / 10;
    else parts[unitIndex] = { kind: 'unit', text: 'years' };
  }
  const scaleIndex = parts.findIndex((p) => p.kind === 'scale');
  if (scaleIndex >= 0) {
    const next = chooseScale(parts[scaleIndex].text, numeralValue);
    if (next === null) {
      // Below 1 in every scale of the family: plain digits, and the gap before the scale goes too.
      const gapBefore = scaleIndex > 0 && parts[scaleIndex - 1].kind === 'gap' ? 1 : 0;
      parts.splice(scaleIndex - gapBefore, 1 + gapBefore);
    } else {
      numeralValue /= scaleValueOf(next);
      parts[scaleIndex] = { kind: 'scale', text: next };
    }
  }

  // The numeral itself.
  const numeralIndex = parts.findIndex((p) => p.kind === 'numeral');
  parts[numeralIndex] = { kind: 'numeral', text: writeNumeral(mention, numeralValue, request.decimals, parts[numeralIndex].text, source) };

  // Singular or plural year after a spaced numeral: "1 year", "40 years".
  const u = parts.findIndex((p) => p.kind === 'unit');
  if (u >= 0 && /^years?$/u.test(parts[u].text) && parts[u - 1]?.kind === 'gap') {
    parts[u] = { kind: 'unit', text: Number(fixed(numeralValue, request.decimals)) === 1 ? 'year' : 'years' };
  }

  if (mention.qualifier !== request.qualifier) {
    parts = requalify(parts, mention.qualifier, request.qualifier, zh ? (TRADITIONAL.test(source) ? QUALIFIER_ZH_HANT : QUALIFIER_ZH) : null);
  }
  let out = '';
  for (const p of parts) out += p.text;
  return out;
}

function lastIndexOfKinds(parts: Part[], kinds: PieceKind[]): number {
  for (let i = parts.length - 1; i >= 0; i--) if (kinds.includes(parts[i].kind)) return i;
  return -1;
}

/** Swaps, removes or adds the qualifier (`have` and `want` differ), in the writer's words where it can. */
function requalify(parts: Part[], have: Qualifier, want: Qualifier, zhWords: Record<Exclude<Qualifier, 'exact'>, string> | null): Part[] {
  const zh = zhWords !== null;
  const numeralAt = parts.findIndex((p) => p.kind === 'numeral');
  const qIndex = parts.findIndex((p) => p.kind === 'qualifier');
  const isPrefix = qIndex >= 0 && qIndex < numeralAt;
  const capital = qIndex >= 0 ? /^[A-Z]/u.test(parts[qIndex].text) : /^[A-Z]/u.test(parts[0].text) && parts[0].kind !== 'currency';
  const out = parts.slice();
  if (qIndex >= 0) {
    if (isPrefix && want !== 'exact') {
      const text = zhWords ? zhWords[want] : QUALIFIER_EN[want];
      out[qIndex] = { kind: 'qualifier', text: capital ? capitalize(text) : text };
      // A Chinese qualifier sits right against the numeral; an English one needs its space.
      if (!zh && out[qIndex + 1]?.kind !== 'gap') out.splice(qIndex + 1, 0, { kind: 'gap', text: ' ' });
      return out;
    }
    // Drop the qualifier and the gap that joined it to the figure.
    const gapAfter = isPrefix && out[qIndex + 1]?.kind === 'gap' ? 1 : 0;
    out.splice(qIndex, 1 + gapAfter);
    if (isPrefix && capital && out[0].kind === 'numeral' && /^[a-z]/u.test(out[0].text)) out[0] = { kind: 'numeral', text: capitalize(out[0].text) };
    if (want === 'exact') return out;
    const suffix = QUALIFIER_ZH_SUFFIX[want];
    if (!isPrefix && suffix) return [...out, { kind: 'qualifier', text: suffix }];
  }
  if (want === 'exact') return out;
  if (zhWords) return [{ kind: 'qualifier', text: zhWords[want] }, ...out];
  const lowered = capital && out[0].kind === 'numeral' ? [{ kind: out[0].kind, text: out[0].text.charAt(0).toLowerCase() + out[0].text.slice(1) }, ...out.slice(1)] : out;
  const text = QUALIFIER_EN[want];
  return [{ kind: 'qualifier', text: capital ? capitalize(text) : text }, { kind: 'gap', text: ' ' }, ...lowered];
}
