import type { FactBase, Span } from './types';
import { OTHER_AREA_REFERENCES, OTHER_PLACES } from './places';

/** What a recognised name stands for. */
export type NameKind =
  | 'entity' // a facts entity, named: "Suzhou", "苏州市"
  | 'reference' // a phrase pointing back to the last entity named: "the city", "its", "该市"
  | 'other-place' // a place that is not a facts entity: "Shanghai", "杭州", "Kunshan"
  | 'other-area' // a phrase for a larger or other area: "the province", "全国"
  | 'metric' // a metric name: "GDP", "地区生产总值"
  | 'blocker' // a word marking a different measure for some metrics: "per capita", "人均"
  | 'period'; // a named period: "14th Five-Year Plan", "十四五"

/** One recognised name in a sentence. Offsets are UTF-16 indices into the sentence. */
export interface NameHit extends Span {
  kind: NameKind;
  /** Entity, metric or period id; for blockers, the metric ids they block; '' for places and areas. */
  ids: string[];
  text: string;
}

interface NameTarget {
  kind: NameKind;
  id: string;
  /** Short all-capital names ("SIP", "GDP") only match in capitals, so "sip" is not a place. */
  caseSensitive: boolean;
}

/** Kinds in priority order: when one spelling has several meanings, the first kind wins. */
const KIND_ORDER: NameKind[] = ['period', 'metric', 'entity', 'reference', 'blocker', 'other-place', 'other-area'];

const NUMBERISH = /[0-9０-９]|[一二三四五六七八九十百千万萬亿億两兩]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion)\b/i;
const LATIN_EDGE = /[A-Za-z0-9]/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Apostrophes vary between sources: match "Suzhou's" and "Suzhou’s" alike. */
function namePattern(name: string): string {
  const body = escapeRegExp(name).replace(/['’]/g, "['’]").replace(/[ \u00a0]+/g, '[\\s\\u00a0]+').replace(/-/g, '[-‐‑–\\s]?');
  const start = LATIN_EDGE.test(name[0]) ? '(?<![A-Za-z0-9])' : '';
  const end = LATIN_EDGE.test(name[name.length - 1]) ? '(?![A-Za-z0-9])' : '';
  return start + body + end;
}

/** Folds a matched name to its lookup key: lower case, one space, one kind of apostrophe and hyphen. */
function foldName(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/[\s\u00a0]+/g, ' ').replace(/[‐‑–]/g, '-');
}

/** A hyphen is optional in the pattern, so "trillion yuan" and "trillion-yuan" share a key. */
function foldKey(s: string): string {
  return foldName(s).replace(/[- ]/g, '');
}

/**
 * Finds the names of a fact base's entities, metrics, periods and blockers, and of other places,
 * in a sentence. Built once per fact base; matching is one regular-expression pass, longest name
 * first, so "Suzhou Industrial Park" wins over "Suzhou".
 */
export class Lexicon {
  private readonly pattern: RegExp;
  private readonly targets = new Map<string, NameTarget[]>();

  constructor(facts: FactBase) {
    const add = (name: string, kind: NameKind, id: string): void => {
      const trimmed = name.trim();
      if (!trimmed) return;
      const key = foldKey(trimmed);
      const list = this.targets.get(key) ?? [];
      const caseSensitive = /^[A-Z]{2,4}$/.test(trimmed) && kind !== 'metric';
      if (!list.some((t) => t.kind === kind && t.id === id)) list.push({ kind, id, caseSensitive });
      this.targets.set(key, list);
      names.add(trimmed);
    };
    const names = new Set<string>();
    for (const e of facts.entities) {
      for (const n of e.names) add(n, 'entity', e.id);
      for (const r of e.references) add(r, 'reference', e.id);
    }
    for (const m of facts.metrics) {
      for (const n of m.names) add(n, 'metric', m.id);
      for (const b of m.blockers) add(b, 'blocker', m.id);
    }
    for (const p of facts.periods) for (const n of p.names) add(n, 'period', p.id);
    const own = new Set(facts.entities.flatMap((e) => e.names.map(foldKey)));
    for (const p of OTHER_PLACES) if (!own.has(foldKey(p))) add(p, 'other-place', '');
    for (const a of OTHER_AREA_REFERENCES) add(a, 'other-area', '');
    const sorted = [...names].sort((a, b) => b.length - a.length);
    this.pattern = sorted.length ? new RegExp(sorted.map(namePattern).join('|'), 'giu') : /(?!)/gu;
    for (const [key, list] of this.targets) {
      list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
      this.targets.set(key, list);
    }
  }

  /** Every name in `sentence`, in order, not overlapping (longest first at each place). */
  find(sentence: string): NameHit[] {
    const hits: NameHit[] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(sentence); m; m = this.pattern.exec(sentence)) {
      const text = m[0];
      const list = this.targets.get(foldKey(text));
      if (!list) continue;
      const usable = list.filter((t) => !t.caseSensitive || text === text.toUpperCase());
      if (!usable.length) continue;
      const kind = usable[0].kind;
      let ids = usable.filter((t) => t.kind === kind).map((t) => t.id);
      // A spelling that is both a metric name and a blocker of another metric ("growth") is kept as
      // the metric; the blocker meaning rides along so that metric's neighbours are still blocked.
      const blockerIds = usable.filter((t) => t.kind === 'blocker').map((t) => t.id);
      if (kind !== 'blocker' && blockerIds.length) hits.push({ start: m.index, end: m.index + text.length, kind: 'blocker', ids: blockerIds, text });
      ids = kind === 'other-place' || kind === 'other-area' ? [] : ids;
      hits.push({ start: m.index, end: m.index + text.length, kind, ids, text });
    }
    return hits;
  }

  /** Names a number parser must not read into: "Fortune Global 500", "十四五", "trillion-yuan industries". */
  static barriers(hits: NameHit[]): Span[] {
    return hits.filter((h) => NUMBERISH.test(h.text)).map((h) => ({ start: h.start, end: h.end }));
  }
}
