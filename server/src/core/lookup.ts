import type { FactBase, FactDef } from './types';
import { inner } from './memo';

export interface FactLookup {
  /** The fact to compare with, or null when none is for that period (the claim is unverifiable). */
  fact: FactDef | null;
  /** The period compared at: the claim's, else the latest fact's; null for timeless facts. */
  period: string | null;
  periodFrom: 'sentence' | 'context' | 'latest' | 'none';
}

/** Sort key of a period id: the year it ends in ("2021-Q3" → 2021, a plan period → its `to`). */
function periodEnd(facts: FactBase, period: string): string {
  const named = facts.periods.find((p) => p.id === period);
  return named ? named.to : period.slice(0, 4);
}

/**
 * Facts by entity, then metric, built once per fact base (fact bases are immutable). Nested maps,
 * not a joined key: a key built per claim cost a string and its hash every time.
 */
const byEntityMetric = new WeakMap<FactBase, Map<string, Map<string, FactDef[]>>>();
const NONE: FactDef[] = [];

function factsAbout(facts: FactBase, entity: string, metric: string): FactDef[] {
  let index = byEntityMetric.get(facts);
  if (!index) {
    index = new Map();
    for (const f of facts.facts) {
      const byMetric = inner(index, f.entity);
      const list = byMetric.get(f.metric);
      if (list) list.push(f);
      else byMetric.set(f.metric, [f]);
    }
    byEntityMetric.set(facts, index);
  }
  return index.get(entity)?.get(metric) ?? NONE;
}

/**
 * The fact for an entity, metric and period. A claim with a period needs a fact for exactly that
 * period (a quarter is not the year; a year is not the plan period containing it). A claim with
 * no period is compared with the latest fact. Timeless facts answer whatever the period.
 */
export function lookupFact(
  facts: FactBase,
  entity: string,
  metric: string,
  period: string | null,
  periodFrom: 'sentence' | 'context' | 'none',
): FactLookup {
  const candidates = factsAbout(facts, entity, metric);
  const timeless = candidates.find((f) => f.period === undefined);
  if (timeless) return { fact: timeless, period: null, periodFrom: 'none' };
  if (period) {
    const exact = candidates.find((f) => f.period === period);
    return { fact: exact ?? null, period, periodFrom };
  }
  // The latest whole period: a year or a named period, before any quarter or half of it.
  const whole = (p: string): boolean => /^\d{4}$/.test(p) || facts.periods.some((n) => n.id === p);
  const rank = (f: FactDef): string => `${periodEnd(facts, f.period!)}${whole(f.period!) ? '1' : '0'}${f.period}`;
  const latest = candidates.slice().sort((a, b) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0))[0];
  return latest ? { fact: latest, period: latest.period ?? null, periodFrom: 'latest' } : { fact: null, period: null, periodFrom: 'none' };
}
