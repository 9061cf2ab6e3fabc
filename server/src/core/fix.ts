import type { ClaimedValue, FactBase, FactDef, MetricDef, Qualifier, Span, TextEdit } from './types';
import { formatLike } from './format';
import { findNumbers, type NumberMention } from './numbers';
import { compare, findRate, isLowerBound, placeOfLastDigit, placeOfLeadingDigit } from './verify';
import type { Reach } from './markers';

/**
 * How a mention reads as a claimed value for a metric (a bare figure takes the metric's unit).
 * "More than N" tops out below one and a half times N: writers give the round figure just under the true one, so
 * "超过200亿元" is no fund of 1,000亿. `reach` widens or narrows that (see {@link claimReach}).
 */
export function claimedValue(mention: NumberMention, metric: MetricDef, reach: Reach = 'near'): ClaimedValue {
  // One shape for every claimed value, `upper` or not (claims are many; JSON leaves undefined out).
  const claimed: ClaimedValue = {
    value: mention.value,
    unit: mention.currency ?? metric.unit,
    qualifier: mention.qualifier,
    precision: mention.precision,
    upper: undefined,
  };
  // 2500多年 is 2,500 to 2,600 years, 1000多亿 is 1,000 to 2,000 亿: up to the next step of the last digit.
  if (mention.style.qualifierPosition === 'suffix' && /^(?:[多余餘]|odd)$/u.test(mention.style.qualifierText ?? '')) {
    claimed.upper = mention.value + placeOfLastDigit(mention.value);
  }
  // "2.2-2.3 trillion": the range's top.
  if (mention.upper !== undefined) claimed.upper = mention.upper;
  else if (claimed.upper === undefined && isLowerBound(claimed.qualifier) && reach !== 'far') {
    // "topped 3 trillion for the first time": the milestone just passed, so below 4 trillion.
    claimed.upper = reach === 'milestone' ? mention.value + placeOfLeadingDigit(mention.value) : mention.value * MORE_THAN_REACH;
  }
  return claimed;
}

/** How many times its bound a "more than N" claim may be: below 1.5 N: "over 1,500 years" is no 2,500. */
const MORE_THAN_REACH = 1.5;

const SOFT: Qualifier[] = ['exact', 'about', 'nearly'];

/** Characters that belong together in a replacement: a numeral, a Latin word, a Chinese numeral. */
const CLASSES = [/[0-9０-９.,，．]/u, /[A-Za-z]/u, /[零〇一二三四五六七八九十百千万萬亿億两兩]/u];

function sameClass(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && CLASSES.some((c) => c.test(a) && c.test(b));
}

/**
 * The smallest edit turning `oldText` (at `offset`) into `newText`, widened so it never splits a
 * numeral or a word: "2.5 trillion" → "2.27 trillion" replaces "2.5" with "2.27".
 */
export function minimalEdit(oldText: string, newText: string, offset: number): TextEdit {
  let p = 0;
  while (p < oldText.length && p < newText.length && oldText[p] === newText[p]) p++;
  while (p > 0 && (sameClass(oldText[p - 1], oldText[p]) || sameClass(oldText[p - 1], newText[p]))) p--;
  let s = 0;
  while (s < oldText.length - p && s < newText.length - p && oldText[oldText.length - 1 - s] === newText[newText.length - 1 - s]) s++;
  while (s > 0) {
    const keptOld = oldText[oldText.length - s];
    if (sameClass(oldText[oldText.length - s - 1], keptOld) || sameClass(newText[newText.length - s - 1], keptOld)) s--;
    else break;
  }
  return { start: offset + p, end: offset + oldText.length - s, newText: newText.slice(p, newText.length - s) };
}

export interface FixInput {
  facts: FactBase;
  fact: FactDef;
  metric: MetricDef;
  mention: NumberMention;
  /** The text the mention's offsets refer to (its sentence). */
  source: string;
  barriers: Span[];
  /**
   * Where the sentence's first reading found the figure before this one (0 if none): the re-read
   * of a fix starts there, which still catches a fix glued to the figure before it.
   */
  readFrom?: number;
  /** How far above its bound the claim's "more than" reaches: the fix is read back the same way. */
  reach?: Reach;
  /**
   * The fact's value already written like the mention, with the fact's qualifier and
   * `max(2, decimals)` decimals (the message has it): the first wording tried, not written twice.
   */
  written?: string;
}

/**
 * The replacement for a contradicted figure, in the writer's style (script, scale word, currency
 * marker, separators), that the engine itself reads as supported; offsets relative to `source`.
 * Null when no such wording is found. Tries the writer's own decimals (at least two), then more.
 */
export function proposeFix(input: FixInput): TextEdit | null {
  const { facts, fact, metric, mention, source } = input;
  let value = fact.value;
  const currency = mention.currency;
  if (currency && currency !== fact.unit) {
    const rate = findRate(facts, fact.unit, currency, fact.period);
    if (rate === null) return null;
    value = fact.value * rate;
  }
  const keep = SOFT.includes(fact.qualifier) && SOFT.includes(mention.qualifier) && mention.qualifier !== 'nearly' ? mention.qualifier : null;
  // The writer's own qualifier comes last: "超过22718.34亿元" beats no fix when nothing else reads back.
  const qualifiers: Qualifier[] = [];
  // "exceeded 1 trillion" says too little: keep its verb and raise the figure ("exceeded 2.27 trillion").
  const bound = isLowerBound(mention.qualifier) ? mention.qualifier : null;
  for (const q of [bound ?? keep ?? fact.qualifier, fact.qualifier, 'exact', mention.qualifier] as const) if (!qualifiers.includes(q)) qualifiers.push(q);
  const first = Math.max(mention.style.decimals, 2);
  const oldText = source.slice(mention.start, mention.end);
  for (const qualifier of qualifiers) {
    for (let decimals = first; decimals <= first + 3; decimals++) {
      const reuse = input.written !== undefined && value === fact.value && qualifier === fact.qualifier && decimals === first;
      const newText = reuse ? input.written! : formatLike(mention, source, { value, currency, qualifier, decimals });
      if (newText === oldText) continue;
      // Read the fix back in its sentence: it must read as one supported figure in the same place
      // (a dropped qualifier must not glue the figure to a year before it).
      const delta = newText.length - oldText.length;
      const spliced = source.slice(0, mention.start) + newText + source.slice(mention.end);
      const barriers = delta === 0 ? input.barriers : input.barriers.map((b) => (b.start >= mention.end ? { start: b.start + delta, end: b.end + delta } : b));
      const reread = findNumbers(spliced, { barriers, from: input.readFrom ?? 0, until: mention.start + newText.length }).filter((m) => m.start < mention.start + newText.length && m.end > mention.start);
      if (reread.length !== 1 || reread[0].start !== mention.start || reread[0].end !== mention.end + delta || reread[0].isYear) continue;
      if (compare(facts, fact, claimedValue(reread[0], metric, input.reach)).verdict !== 'supported') continue;
      return minimalEdit(oldText, newText, mention.start);
    }
  }
  return null;
}
