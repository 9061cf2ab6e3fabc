import type { ClaimedValue, FactBase, FactDef, Qualifier, Statement, Unit } from './types';

/**
 * Rounding-aware comparison of a claimed value with a fact, as a careful human checker does it:
 * each side is read as the interval of true values it is consistent with (its own precision and
 * qualifier), and a claim agrees with a statement when the two intervals meet. All values are in
 * base units (yuan, dollars, a count, years, percent points).
 */

/** Interval of possible true values; infinite ends allowed; an open end excludes its bound. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen?: boolean;
  hiOpen?: boolean;
}

/** "About" allows this much relative slack beyond rounding ("about 2.2 trillion" ~ 2.27). */
const ABOUT_SLACK = 0.05;
/** How far below its figure "nearly N" may be: "近2.5万亿" is not 2.27 trillion. */
const NEARLY_SHORTFALL = 0.05;
/** Relative slack for a figure converted between currencies (rates move within a year). */
export const RATE_SLACK = 0.05;
/**
 * How far a conversion beside a figure may stray from the facts file's rate before it is wrong
 * whatever rate the writer used: rates move by a tenth or so between years and sources, so
 * "2.27 trillion yuan ($341 billion)" is left open, "(US$227 billion)" or "(US$3.4 trillion)" is not.
 */
export const CONVERSION_SLACK = 0.25;
/** Floating-point slack when comparing interval ends. */
const EPSILON = 1e-9;

/** Whether a qualifier gives a lower bound ("more than", "at least"): the claims that may say too little. */
export function isLowerBound(qualifier: Qualifier): boolean {
  return qualifier === 'more-than' || qualifier === 'at-least';
}

/** Place value of the last non-zero digit of `value` (2271834000000 → 1e6, 3e7 → 1e7, 2.5 → 0.1). */
export function placeOfLastDigit(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 1;
  const abs = Math.abs(value);
  let place = 10 ** Math.floor(Math.log10(abs));
  // Walk down until the value is a whole multiple of the place (within float noise).
  for (let i = 0; i < 20; i++) {
    const q = abs / place;
    if (Math.abs(q - Math.round(q)) < 1e-6 * Math.max(1, q)) return place;
    place /= 10;
  }
  return place;
}

/** Place value of the leading digit (1e11 for 100 billion, 10 for 40). */
export function placeOfLeadingDigit(value: number): number {
  return value === 0 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(value)));
}

/**
 * The true values a claim is consistent with, at its own precision and qualifier. `upper` is the
 * top of a range ("2.2-2.3 trillion", exact or about) or the bound of "N多" (more than N).
 */
export function claimInterval(value: number, precision: number, qualifier: Qualifier, upper?: number): Interval {
  const half = precision / 2;
  switch (qualifier) {
    case 'exact':
      // Half-open: 2.15 rounds to 2.2, so "2.1" does not reach it. A range runs to its top's rounding.
      return { lo: value - half, hi: (upper ?? value) + half, hiOpen: true };
    case 'about': {
      const w = Math.max(half, ABOUT_SLACK * Math.abs(value));
      return { lo: value - w, hi: (upper ?? value) + w };
    }
    case 'nearly':
      // Just under the figure (within a twentieth): "接近4万亿元" is not "over 4 trillion".
      return { lo: value - Math.max(half, NEARLY_SHORTFALL * Math.abs(value)), hi: value, hiOpen: true };
    case 'more-than':
    case 'at-least':
      return upper !== undefined ? { lo: value, hi: upper, hiOpen: true } : { lo: value, hi: Infinity };
    case 'less-than':
    case 'at-most':
      return { lo: -Infinity, hi: value };
  }
}

/**
 * The true values a published statement is consistent with. An exact figure is a point; "more
 * than X" runs up to the next step of X's leading digit (never an order of magnitude more).
 */
export function statementInterval(value: number, qualifier: Qualifier): Interval {
  const lead = placeOfLeadingDigit(value);
  switch (qualifier) {
    case 'exact':
      return { lo: value, hi: value };
    case 'about': {
      // A published "about 2.2 trillion" is the rounded figure: 2.15 to 2.25 trillion.
      const w = placeOfLastDigit(value) / 2;
      return { lo: value - w, hi: value + w };
    }
    case 'nearly':
      return { lo: value - placeOfLastDigit(value), hi: value };
    case 'more-than':
    case 'at-least':
      // Half-open: "first over 4 trillion" does not reach 5 trillion.
      return { lo: value, hi: value + lead, hiOpen: true };
    case 'less-than':
    case 'at-most':
      return { lo: value - lead, hi: value, loOpen: true };
  }
}

/** Whether `lo` reaches up to `hi`: within float noise, unless either bound is excluded. */
function below(lo: number, loOpen: boolean | undefined, hi: number, hiOpen: boolean | undefined): boolean {
  if (lo < hi) return true;
  if (loOpen || hiOpen) return false;
  const finite = [lo, hi].filter(Number.isFinite).map(Math.abs);
  return lo <= hi + EPSILON * Math.max(1, ...finite);
}

function meets(a: Interval, b: Interval): boolean {
  return below(a.lo, a.loOpen, b.hi, b.hiOpen) && below(b.lo, b.loOpen, a.hi, a.hiOpen);
}

function scale(i: Interval, k: number): Interval {
  return { ...i, lo: i.lo * k, hi: i.hi * k };
}

function widen(i: Interval, rel: number): Interval {
  return { lo: i.lo - Math.abs(i.lo) * rel, hi: i.hi + Math.abs(i.hi) * rel };
}

/**
 * Units of `to` per unit of `from` for a fact's period, from the facts file's rates (either
 * direction), or null when there is none. Falls back to the rate of the period's first year, then
 * to the latest rate.
 */
export function findRate(facts: FactBase, from: Unit, to: Unit, period: string | undefined | null): number | null {
  if (from === to) return 1;
  const direct = facts.rates.filter((r) => r.from === from && r.to === to).map((r) => ({ period: r.period, value: r.value }));
  const inverse = facts.rates.filter((r) => r.from === to && r.to === from).map((r) => ({ period: r.period, value: 1 / r.value }));
  const all = direct.concat(inverse);
  if (!all.length) return null;
  const wanted = period ? [period, period.slice(0, 4), facts.periods.find((p) => p.id === period)?.from ?? ''] : [];
  for (const w of wanted) {
    const hit = all.find((r) => r.period === w);
    if (hit) return hit.value;
  }
  return all.slice().sort((a, b) => (a.period < b.period ? 1 : -1))[0].value;
}

export type Agreement = 'agrees' | 'disagrees' | 'no-rate' | 'too-precise';

/**
 * Whether a claimed value agrees with one statement of a fact. Claims in another currency are
 * converted with the facts file's rate and given `rateSlack` (relative, {@link RATE_SLACK} by
 * default) either way. (A conversion written in the fact's own currency, "US$352 billion (2.5 trillion
 * yuan)", needs no rate: it is read as written.)
 */
export function agreesWith(facts: FactBase, fact: FactDef, claimed: ClaimedValue, statement: Statement, rateSlack = RATE_SLACK): Agreement {
  if (!Number.isFinite(claimed.value)) return 'disagrees';
  let claim = claimInterval(claimed.value, claimed.precision, claimed.qualifier, claimed.upper);
  let precision = claimed.precision;
  if (claimed.unit !== statement.unit) {
    const rate = findRate(facts, claimed.unit, statement.unit, fact.period);
    if (rate === null) return 'no-rate';
    claim = widen(scale(claim, rate), rateSlack);
    precision *= rate;
  }
  const read = statementReading(statement);
  if (!meets(claim, read.interval)) return 'disagrees';
  // A rounded statement ("about 2.2 trillion") backs no claim more precise than itself, nor can it
  // refute one inside its range ("more than 2,530 years" against about 2,500).
  if (statement.qualifier === 'about' && precision < read.lastPlace * (1 - 1e-9)) return 'too-precise';
  // A round figure is read at its own precision, but no careful writer rounds 2,500 years to
  // "3,000" or "about 3,000" (a fifth more): a plain or "about" figure stays within ROUNDING_REACH
  // of the fact. "2 trillion" for 2.27 trillion (an eighth less) is rough but still agrees.
  if ((claimed.qualifier === 'exact' || claimed.qualifier === 'about') && claimed.upper === undefined && claimed.unit === statement.unit) {
    const nearest = Math.min(Math.max(claimed.value, read.interval.lo), read.interval.hi);
    if (Number.isFinite(nearest) && Math.abs(claimed.value - nearest) > ROUNDING_REACH * Math.abs(nearest)) return 'disagrees';
  }
  return 'agrees';
}

/** How far (relatively) a plain round figure may be from the fact it rounds. */
const ROUNDING_REACH = 0.15;

/** A statement's interval and last digit's place: fixed per statement, and needed for every claim about it. */
interface StatementReading {
  interval: Interval;
  lastPlace: number;
  value: number;
  qualifier: Qualifier;
}

const statementReadings = new WeakMap<Statement, StatementReading>();

function statementReading(statement: Statement): StatementReading {
  let read = statementReadings.get(statement);
  // Statements are immutable, but check the inputs anyway: a stale reading would be a wrong verdict.
  if (!read || read.value !== statement.value || read.qualifier !== statement.qualifier) {
    read = { interval: statementInterval(statement.value, statement.qualifier), lastPlace: placeOfLastDigit(statement.value), value: statement.value, qualifier: statement.qualifier };
    statementReadings.set(statement, read);
  }
  return read;
}

/** The outcome of comparing a claim with a fact and its alternatives. */
export interface Comparison {
  verdict: 'supported' | 'contradicted' | 'unverifiable';
  /** The statement agreed with, or the primary one when none agrees. */
  matched: 'primary' | number;
  /** Why a claim is unverifiable: no rate to convert it, or more precise than a rounded fact. */
  reason?: 'no-rate' | 'too-precise';
}

/** Compares with the fact first, then each alternative; any agreement supports the claim. */
export function compare(facts: FactBase, fact: FactDef, claimed: ClaimedValue, rateSlack = RATE_SLACK): Comparison {
  const primary = agreesWith(facts, fact, claimed, fact, rateSlack);
  if (primary === 'agrees') return SUPPORTED_PRIMARY;
  let noRate = primary === 'no-rate';
  for (let i = 0; i < fact.alternatives.length; i++) {
    const a = agreesWith(facts, fact, claimed, fact.alternatives[i], rateSlack);
    if (a === 'agrees') return { verdict: 'supported', matched: i };
    if (a === 'no-rate') noRate = true;
  }
  // (Only the primary statement's rounding leaves a claim open: an alternative is one reading among others.)
  return noRate ? UNVERIFIABLE : primary === 'too-precise' ? TOO_PRECISE : CONTRADICTED;
}

// Most comparisons end in one of these: shared, never changed (every claim-dense check makes thousands).
const SUPPORTED_PRIMARY: Comparison = Object.freeze({ verdict: 'supported', matched: 'primary' });
const CONTRADICTED: Comparison = Object.freeze({ verdict: 'contradicted', matched: 'primary' });
const UNVERIFIABLE: Comparison = Object.freeze({ verdict: 'unverifiable', matched: 'primary', reason: 'no-rate' });
const TOO_PRECISE: Comparison = Object.freeze({ verdict: 'unverifiable', matched: 'primary', reason: 'too-precise' });
