/**
 * Shared types of the checking engine. Every offset in this module is a UTF-16 code-unit index
 * into a JavaScript string (what `String.prototype.slice` takes); `end` offsets are exclusive.
 */

/** Units a metric or a fact is measured in. Currencies are ISO 4217 codes. */
export type Unit = 'CNY' | 'USD' | 'percent' | 'count' | 'years';

/** How a stated value relates to the true one. */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'nearly';

/** How settled a published figure is. */
export type FactStatus = 'final' | 'preliminary' | 'estimate' | 'plan';

export type Verdict = 'supported' | 'contradicted' | 'unverifiable';

/** A published source, as cited in a facts file. */
export interface Source {
  title: string;
  publisher?: string;
  /** ISO date, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  date?: string;
  url?: string;
  /** The words of the source that state the figure. */
  quote?: string;
}

/** Where something stands in a facts file: 0-based line and UTF-16 column, plus offsets. */
export interface FileLocation {
  file: string;
  offset: number;
  length: number;
  line: number;
  column: number;
}

export interface EntityDef {
  id: string;
  /** Every spelling of the entity's name: "Suzhou", "Soochow", "苏州", "蘇州", "苏州市". */
  names: string[];
  /** Phrases that point back to the last entity named: "the city", "its", "该市", "全市". */
  references: string[];
  /**
   * Larger places that hold the entity ("Jiangsu", "the Yangtze River Delta", 长三角): a larger
   * area's figures, never a rival owner of the entity's. Empty when the file names none.
   */
  within: string[];
  location?: FileLocation;
}

export interface MetricDef {
  id: string;
  /** Names of the measure: "GDP", "regional GDP", "地区生产总值", "经济总量". */
  names: string[];
  unit: Unit;
  /** How messages name the measure ("GDP", "reward for a first Fortune Global 500 listing"); default names[0]. */
  label?: string;
  /**
   * Words that, attached to the metric name or to the number, mark a different measure:
   * "per capita", "growth", "share", "人均", "增长", "增速".
   */
  blockers: string[];
  /** For `count` metrics: nouns a counted number may carry ("industries", "产业"). */
  countNouns: string[];
  /**
   * Words one of which a sentence must hold for a name of the measure to count there (any case):
   * "cluster", "集群" for special funds that are only the innovation clusters'. Empty: none needed.
   */
  requires: string[];
  location?: FileLocation;
}

export interface PeriodDef {
  id: string;
  /** "14th Five-Year Plan", "十四五". */
  names: string[];
  /** First and last year, inclusive (`"2021"`, `"2025"`). */
  from: string;
  to: string;
  location?: FileLocation;
}

export interface RateDef {
  /** Currency converted from, e.g. "USD". */
  from: Unit;
  /** Currency converted to, e.g. "CNY". */
  to: Unit;
  /** A year ("2021") or a named period id. */
  period: string;
  /** Units of `to` per unit of `from` (6.4515 CNY per USD). */
  value: number;
  source: Source;
  location?: FileLocation;
}

/** One published statement of a fact's value. */
export interface Statement {
  /** In base units: yuan, dollars, percent points, a count, years (not billions, not 亿). */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  status: FactStatus;
  source: Source;
  /** How the source writes it, for messages: "22,718.34 亿元". Optional. */
  display?: string;
}

export interface FactDef extends Statement {
  id: string;
  entity: string;
  metric: string;
  /**
   * "2021", "2021-H1", "2021-Q3", "2021-11" (a month), a named period's id, or undefined for a
   * timeless fact.
   */
  period?: string;
  /** Other published statements of the same fact that also count as supported. */
  alternatives: Statement[];
  location?: FileLocation;
}

/** A validated, merged set of facts files, ready for lookups. */
export interface FactBase {
  entities: EntityDef[];
  metrics: MetricDef[];
  periods: PeriodDef[];
  rates: RateDef[];
  facts: FactDef[];
  /** Paths of the files merged into this base, in order. */
  files: string[];
}

/** A problem in a facts file, at the offending place. */
export interface FactsProblem {
  file: string;
  /** 0-based line and UTF-16 column of the offending place. */
  line: number;
  column: number;
  offset: number;
  length: number;
  message: string;
  severity: 'error' | 'warning';
}

/** A half-open range `[start, end)` of UTF-16 offsets into the document. */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of `[start, end)` by `newText`, in document offsets. */
export interface TextEdit extends Span {
  newText: string;
}

/** What a claim states, normalised. */
export interface ClaimedValue {
  /** In base units (yuan, dollars, percent points, a count, years). */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Place value of the last significant written digit, in base units (2.3 trillion → 1e11). */
  precision: number;
  /**
   * The top the claim allows, exclusive for a bound: for Chinese "N多"/"N余", the next step of its
   * last digit; for a range ("2.2-2.3 trillion yuan"), its top, `value` being its bottom; for
   * "more than N", 1.5 N (the next step of N's leading digit "for the first time"; none after "well
   * over" or for a class's bound). In base units.
   */
  upper?: number;
}

/** The fact statement a claim was compared with. */
export interface ExpectedValue {
  factId: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  status: FactStatus;
  period: string | null;
  /** 'primary' for the fact itself, else the index into `alternatives`. */
  matched: 'primary' | number;
  source: Source;
  /** The fact's value as the source writes it, and in the writer's units: "2.27 trillion yuan". */
  display: string;
  displayInClaimUnits: string;
}

/** A recognised numeric claim and its verdict. */
export interface CheckedClaim extends Span {
  /** The document text of the claim's figure, `text.slice(start, end)`. */
  text: string;
  verdict: Verdict;
  /** The fact compared with; null when unverifiable for want of a fact. */
  factId: string | null;
  entity: string;
  metric: string;
  /** The period the claim was read as being about, and where that came from. */
  period: string | null;
  periodFrom: 'sentence' | 'context' | 'latest' | 'none';
  claimed: ClaimedValue;
  expected: ExpectedValue | null;
  /** One line: "Suzhou's GDP in 2021 was 22,718.34 亿元 (2.27 trillion yuan, final), not 2.5 trillion yuan." */
  message: string;
  /** For contradicted claims: the smallest replacement, in the writer's style. */
  fix: TextEdit | null;
}

export type DocumentKind = 'markdown' | 'plaintext';
