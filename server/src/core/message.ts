import type { EntityDef, FactBase, MetricDef, Qualifier, Statement, Unit } from './types';
import { inner } from './memo';

/** English words for qualifiers, as messages write them before a value. */
const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'at-most': 'at most ',
};

const SCALES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** Groups the integer part with commas: 22718.34 → "22,718.34". */
export function groupDigits(n: number, decimals: number): string {
  let fixed = n.toFixed(decimals);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * A value in plain English, independent of any writer's style: "2.27 trillion yuan",
 * "more than 100 billion yuan", "3", "about 2,500 years", "74 percent". At most two decimals.
 */
export function formatCanonical(value: number, unit: Unit, qualifier: Qualifier = 'exact'): string {
  let body: string;
  const abs = Math.abs(value);
  const scale = SCALES.find(([s]) => abs >= s);
  const num = scale ? `${groupDigits(value / scale[0], 2)} ${scale[1]}` : groupDigits(value, 2);
  switch (unit) {
    case 'CNY':
      body = `${num} yuan`;
      break;
    case 'USD':
      body = `US$${num}`;
      break;
    case 'percent':
      body = `${num} percent`;
      break;
    case 'years':
      body = `${num} years`;
      break;
    case 'count':
      body = num;
      break;
  }
  return QUALIFIER_WORDS[qualifier] + body;
}

/** How a statement is shown: the source's own writing when the facts file gives it. */
export function statementDisplay(s: Statement): string {
  let shown = displays.get(s);
  if (shown === undefined) {
    shown = s.display ? QUALIFIER_WORDS[s.qualifier] + s.display : formatCanonical(s.value, s.unit, s.qualifier);
    displays.set(s, shown);
  }
  return shown;
}

/** Statements are immutable once loaded: each is shown the same way in every claim about it. */
const displays = new WeakMap<Statement, string>();

/** "in 2021", "in the 14th Five-Year Plan", "in 2021-Q1", or '' for a timeless fact. */
export function periodPhrase(facts: FactBase, period: string | null | undefined): string {
  if (!period) return '';
  const named = facts.periods.find((p) => p.id === period);
  if (named) return `in the ${named.names[0] ?? named.id}`;
  return `in ${period}`;
}

/** "Suzhou's GDP", "Suzhou's reward for a first Fortune Global 500 listing". */
export function subject(entity: EntityDef | undefined, metric: MetricDef): string {
  const who = entity?.names[0] ?? 'the entity';
  return `${who}'s ${metric.label ?? metric.names[0]}`;
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

/** A source in a few words: "Yangtse Evening Post, 2022-01-24". */
export function sourceShort(s: Statement): string {
  let short = sources.get(s);
  if (short === undefined) {
    short = [s.source.publisher ?? s.source.title, s.source.date].filter(Boolean).join(', ');
    sources.set(s, short);
  }
  return short;
}

const sources = new WeakMap<Statement, string>();

export interface MessageInput {
  facts: FactBase;
  entity: EntityDef | undefined;
  metric: MetricDef;
  period: string | null;
  periodFrom: 'sentence' | 'context' | 'latest' | 'none';
  claimText: string;
}

/**
 * "Suzhou's GDP in 2021": the subject of a message with its period. A pure function of the fact
 * base, entity, metric and period, remembered per fact base: every claim about one fact shares it.
 */
export function subjectInPeriod(input: MessageInput): string {
  // Keyed by fact base, metric object, entity and period in turn: no key string per claim.
  const byPeriod = inner(inner(inner(subjects, input.facts), input.metric), input.entity?.id ?? '');
  const periodKey = input.period ?? '';
  let phrase = byPeriod.get(periodKey);
  if (phrase === undefined) {
    phrase = join(subject(input.entity, input.metric), periodPhrase(input.facts, input.period));
    byPeriod.set(periodKey, phrase);
  }
  return phrase;
}

const subjects = new WeakMap<FactBase, Map<MetricDef, Map<string, Map<string, string>>>>();

function latestNote(input: MessageInput): string {
  return input.periodFrom === 'latest' && input.period ? ` (No period given; compared with ${input.period}.)` : '';
}

/**
 * "Suzhou's GDP in 2021 was 22,718.34 亿元 (2.27 trillion yuan, final), not 2.5 trillion yuan."
 * `inClaimUnits` is the fact's value as the writer would write it; left out when it says the same.
 * `understates`: the claim is a "more than N" the fact is far above ("…, which understates it").
 */
export function contradictedMessage(input: MessageInput, fact: Statement, inClaimUnits: string, understates = false): string {
  // "over 1 trillion yuan" for 2.27 trillion is true in words but not what a writer who knew would say.
  return `${contradictedLead(input, fact, inClaimUnits)}${input.claimText.trim()}${understates ? ', which understates it' : ''}.${latestNote(input)}`;
}

/**
 * "Suzhou's GDP in 2021 was 22,718.34 亿元 (2.27 trillion yuan, final), not ": all of a
 * contradiction's message but the claim's own words. It depends on the statement, the subject and
 * the fact written in the claim's units only, so claims written alike share it (each message
 * then keeps only its own words beside it, for as long as its claim lives).
 */
function contradictedLead(input: MessageInput, fact: Statement, inClaimUnits: string): string {
  const subject = subjectInPeriod(input);
  const withPeriod = input.period ? 1 : 0;
  const byUnits = inner(inner(inner(contradictedLeads, fact), withPeriod), subject);
  let lead = byUnits.get(inClaimUnits);
  if (lead === undefined) {
    const display = statementDisplay(fact);
    const extra = inClaimUnits && inClaimUnits !== display ? `${inClaimUnits}, ${fact.status}` : fact.status;
    lead = `${join(subject, withPeriod ? 'was' : 'is', display)} (${extra}), not `;
    byUnits.set(inClaimUnits, lead);
  }
  return lead;
}

/** Contradiction leads by statement, then without (0) or with (1) a period, subject and the fact in the claim's units. */
const contradictedLeads = new WeakMap<Statement, Map<number, Map<string, Map<string, string>>>>();

/** "Matches Suzhou's GDP in 2021: about 2.2 trillion yuan (estimate; PR Newswire, 2022-01-07)." */
export function supportedMessage(input: MessageInput, statement: Statement, alternative: boolean): string {
  // It says nothing of the claim's own text: every claim a statement supports in one subject shares
  // one message (a claim-dense document has thousands, each kept with its claim).
  const subject = subjectInPeriod(input);
  const note = latestNote(input);
  const notes = inner(inner(inner(supportedMessages, statement), alternative ? 1 : 0), subject);
  let message = notes.get(note);
  if (message === undefined) {
    const what = alternative ? 'an earlier statement of ' : '';
    message = `Matches ${what}${subject}: ${statementDisplay(statement)} (${statement.status}; ${sourceShort(statement)}).${note}`;
    notes.set(note, message);
  }
  return message;
}

/** Supported messages by statement, then primary (0) or alternative (1), subject and period note. */
const supportedMessages = new WeakMap<Statement, Map<number, Map<string, Map<string, string>>>>();

/** "No fact for Suzhou's GDP in 2020 in the facts file." */
export function unverifiableMessage(input: MessageInput, reason?: string): string {
  return reason ?? `No fact for ${subjectInPeriod(input)} in the facts file.`;
}
