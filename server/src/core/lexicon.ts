import type { FactBase, Span } from './types';
import { OTHER_AREA_REFERENCES, OTHER_PLACES } from './places';
import { OTHER_MEASURES } from './measures';

/** What a recognised name stands for. */
export type NameKind =
  | 'entity' // a facts entity, named: "Suzhou", "苏州市"
  | 'reference' // a phrase pointing back to the last entity named: "the city", "its", "该市"
  | 'other-place' // a place that is not a facts entity: "Shanghai", "杭州", "Kunshan"
  | 'other-area' // a phrase for a larger or other area: "the province", "全国"
  | 'metric' // a metric name: "GDP", "地区生产总值"
  | 'blocker' // a word marking a different measure for some metrics: "per capita", "人均"
  | 'period' // a named period: "14th Five-Year Plan", "十四五"
  | 'other-measure'; // a measure no fact is about: "foreign trade", "一般公共预算收入"

/** One recognised name in a sentence. Offsets are UTF-16 indices into the sentence. */
export interface NameHit extends Span {
  kind: NameKind;
  /** Set on an entity name that qualifies a noun ("Suzhou silk", 苏州大学) rather than being the subject. */
  qualifies?: boolean;
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
const KIND_ORDER: NameKind[] = ['period', 'metric', 'entity', 'reference', 'other-measure', 'blocker', 'other-place', 'other-area'];

/** The barriers of a sentence without numeral-holding names (most): one shared, frozen list. */
const NO_BARRIERS: Span[] = Object.freeze([]) as unknown as Span[];

const NUMBERISH = /[0-9０-９]|[一二三四五六七八九十百千万萬亿億两兩]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion)\b/i;
/**
 * Whether two adjacent characters belong to one Latin word, so no name may start or end between
 * them. Letters and digits switch words ("GDP2021年" holds the name GDP), letters do not.
 */
function sameWord(a: number, b: number): boolean {
  // Unsigned compare: NaN (past the end) and -1 (before the start) fail it too.
  if (!(a < 128 && b < 128 && a >= 0 && b >= 0)) return false;
  const kind = WORD_KIND[a];
  return kind !== 0 && kind === WORD_KIND[b];
}

/** 1 for an ASCII letter, 2 for an ASCII digit, 0 for anything else below 128. */
const WORD_KIND = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c >= 48 && c <= 57 ? 2 : 0));

/** ASCII folded: upper case to lower, tab and line breaks to a space. */
const ASCII_FOLD = Uint16Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c === 9 || c === 10 || c === 13 ? 32 : c));

/**
 * Folds one UTF-16 code unit for matching, keeping length (so offsets stay UTF-16 exact): lower
 * case, one apostrophe, one hyphen, one space. Names and text fold through this one function, so a
 * name always matches its own spelling in the text.
 */
function foldCode(c: number): number {
  if (c < 128) return ASCII_FOLD[c];
  if (c >= 0x2e80) return c;
  if (c === 0x2019 || c === 0x2018) return 39;
  if (c === 0x2010 || c === 0x2011 || c === 0x2013) return 45;
  if (c === 0xa0) return 32;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Folds a name (built once per fact base, so per-character work is fine here). */
function foldText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldCode(s.charCodeAt(i)));
  return out;
}

/** Whether `text` holds exactly `key` at [start, end). */
function writtenAsKey(text: string, start: number, end: number, key: string): boolean {
  if (end - start !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
  return true;
}

/** Spelling variants writers use for one name: "trillion-yuan" = "trillion yuan" = "trillionyuan". */
function variants(name: string): string[] {
  const folded = foldText(name).replace(/ +/g, ' ');
  const out = new Set([folded]);
  if (folded.includes('-')) {
    out.add(folded.replace(/-/g, ' '));
    if (/[a-z]-[a-z]/.test(folded)) out.add(folded.replace(/-/g, ''));
  }
  return [...out];
}

/** One meaning of a matched name, as it becomes a hit. */
interface Meaning {
  kind: NameKind;
  ids: string[];
}

/**
 * The names' character trie, flattened into typed arrays once built: a walk reads a few small
 * arrays instead of chasing node objects, which in a full check (other work between walks) was
 * three times slower than the same walk alone. Node 0 is the root; 0 as a child means none.
 */
class FlatTrie {
  /** One bit per folded code unit that starts some name: most characters are rejected here. */
  private readonly startsName = new Uint32Array(0x10000 >>> 5);
  /** The root's child by folded code unit (read only where `startsName` is set). */
  private readonly rootChild = new Int32Array(0x10000);
  /**
   * Node k's edges are [edgeStart[k], edgeStart[k + 1]), sorted by code. Nodes are numbered in the
   * order edges lead to them, so edge e leads to node e + 1.
   */
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  /** The folded key of the name ending at each node; '' where none does. */
  readonly keyAt: string[];
  /** 1 where a name ends at the node: the walk's test, without reading a string. */
  readonly ends: Uint8Array;

  constructor(keys: Iterable<string>) {
    // Build with maps, then lay the nodes out breadth-first.
    interface Draft { kids: Map<number, Draft>; key: string }
    const root: Draft = { kids: new Map(), key: '' };
    for (const key of keys) {
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        let child = node.kids.get(code);
        if (!child) {
          child = { kids: new Map(), key: '' };
          node.kids.set(code, child);
        }
        node = child;
      }
      node.key = key;
    }
    // Breadth-first, children by code: each node is numbered as the edge to it is laid.
    const order: Draft[] = [root];
    const edgeStart: number[] = [];
    const edgeCode: number[] = [];
    for (let k = 0; k < order.length; k++) {
      edgeStart.push(edgeCode.length);
      const kids = order[k].kids;
      for (const code of [...kids.keys()].sort((a, b) => a - b)) {
        edgeCode.push(code);
        order.push(kids.get(code)!);
      }
    }
    edgeStart.push(edgeCode.length);
    this.edgeStart = Int32Array.from(edgeStart);
    this.edgeCode = Uint16Array.from(edgeCode);
    this.keyAt = order.map((d) => d.key);
    this.ends = Uint8Array.from(order, (d) => (d.key === '' ? 0 : 1));
    for (let e = this.edgeStart[0]; e < this.edgeStart[1]; e++) {
      const code = this.edgeCode[e];
      this.startsName[code >>> 5] |= 1 << (code & 31);
      this.rootChild[code] = e + 1;
    }
  }

  /** The node reached from the root by folded code unit `code`; 0 when no name starts so. */
  first(code: number): number {
    return (this.startsName[code >>> 5] & (1 << (code & 31))) === 0 ? 0 : this.rootChild[code];
  }

  /** The child of `node` by folded code unit `code`; 0 when none. */
  child(node: number, code: number): number {
    let lo = this.edgeStart[node];
    let hi = this.edgeStart[node + 1];
    const codes = this.edgeCode;
    // Most nodes have one to a few children: scan; halve a long list first.
    while (hi - lo > 8) {
      const mid = (lo + hi) >>> 1;
      if (codes[mid] <= code) lo = mid;
      else hi = mid;
    }
    for (; lo < hi; lo++) if (codes[lo] === code) return lo + 1;
    return 0;
  }
}

/**
 * Finds the names of a fact base's entities, metrics, periods and blockers, and of other places,
 * in a sentence. Built once per fact base; matching is one walk of a character trie, longest name
 * first, so "Suzhou Industrial Park" wins over "Suzhou".
 */
export class Lexicon {
  private readonly trie: FlatTrie;
  private readonly targets = new Map<string, NameTarget[]>();
  /** What each key stands for, once resolved (see `meanings`). */
  private readonly resolved = new Map<string, Meaning[] | null>();

  constructor(facts: FactBase) {
    const add = (name: string, kind: NameKind, id: string): void => {
      const trimmed = name.trim();
      if (!trimmed) return;
      const caseSensitive = /^[A-Z]{2,4}$/.test(trimmed) && kind !== 'metric';
      for (const key of variants(trimmed)) {
        const list = this.targets.get(key) ?? [];
        if (!list.some((t) => t.kind === kind && t.id === id)) list.push({ kind, id, caseSensitive });
        this.targets.set(key, list);
      }
    };
    for (const e of facts.entities) {
      for (const n of e.names) add(n, 'entity', e.id);
      for (const r of e.references) add(r, 'reference', e.id);
    }
    for (const m of facts.metrics) {
      for (const n of m.names) add(n, 'metric', m.id);
      for (const b of m.blockers) add(b, 'blocker', m.id);
    }
    for (const p of facts.periods) for (const n of p.names) add(n, 'period', p.id);
    const own = new Set(facts.entities.flatMap((e) => e.names.flatMap(variants)));
    for (const p of OTHER_PLACES) if (!variants(p).some((v) => own.has(v))) add(p, 'other-place', '');
    for (const a of OTHER_AREA_REFERENCES) add(a, 'other-area', '');
    const metricNames = new Set(facts.metrics.flatMap((m) => m.names.flatMap(variants)));
    for (const m of OTHER_MEASURES) if (!variants(m).some((v) => metricNames.has(v))) add(m, 'other-measure', '');
    for (const list of this.targets.values()) list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    this.trie = new FlatTrie(this.targets.keys());
  }

  /**
   * Every name in `sentence`, in order, not overlapping (longest first at each place). One walk of
   * a character trie: linear in the text for ordinary prose, whatever the number of names.
   */
  find(sentence: string): NameHit[] {
    const hits: NameHit[] = [];
    const n = sentence.length;
    const trie = this.trie;
    const ends = trie.ends;
    let prev = -1;
    for (let i = 0; i < n; ) {
      const c = sentence.charCodeAt(i);
      // Latin names start at a word start: skip the inside of words cheaply.
      if (sameWord(prev, c)) {
        prev = c;
        i++;
        continue;
      }
      // Most characters start no name: one bit rejects them.
      let node = trie.first(foldCode(c));
      if (node === 0) {
        prev = c;
        i++;
        continue;
      }
      let bestEnd = -1;
      let bestNode = 0;
      let j = i + 1;
      while (node !== 0) {
        if (ends[node] === 1 && !(j < n && sameWord(sentence.charCodeAt(j - 1), sentence.charCodeAt(j)))) {
          bestEnd = j;
          bestNode = node;
        }
        if (j >= n) break;
        const code = foldCode(sentence.charCodeAt(j));
        node = trie.child(node, code);
        j++;
        // A run of white space (a CRLF line break, two spaces) reads as the one space of a name.
        if (code === 32) while (j < n && foldCode(sentence.charCodeAt(j)) === 32) j++;
      }
      i = bestEnd > 0 && this.hitAt(sentence, i, bestEnd, trie.keyAt[bestNode], hits) ? bestEnd : i + 1;
      prev = sentence.charCodeAt(i - 1);
    }
    return hits;
  }

  /** Records the name at [start, end) if one of its meanings applies; false when none does. */
  private hitAt(sentence: string, start: number, end: number, key: string, hits: NameHit[]): boolean {
    // Most names are written as their key (every Chinese one): share the key, copy nothing.
    const text = writtenAsKey(sentence, start, end, key) ? key : sentence.slice(start, end);
    const meanings = this.meanings(key, text);
    if (!meanings) return false;
    for (const m of meanings) hits.push({ start, end, kind: m.kind, ids: m.ids, text });
    return true;
  }

  /**
   * The hits a name stands for, in order: a spelling that is both a metric name and a blocker of
   * another metric ("growth") is kept as the metric, and the blocker meaning rides along first so
   * that metric's neighbours are still blocked. Resolved once per key unless the key has
   * capitals-only spellings, which depend on how `text` is written.
   */
  private meanings(key: string, text: string): Meaning[] | null {
    const cached = this.resolved.get(key);
    if (cached !== undefined) return cached;
    const list = this.targets.get(key);
    if (!list) return null;
    const caseMatters = list.some((t) => t.caseSensitive);
    const usable = caseMatters ? list.filter((t) => !t.caseSensitive || text === text.toUpperCase()) : list;
    let out: Meaning[] | null = null;
    if (usable.length) {
      const kind = usable[0].kind;
      const blockerIds = usable.filter((t) => t.kind === 'blocker').map((t) => t.id);
      const ids = kind === 'other-place' || kind === 'other-area' || kind === 'other-measure' ? [] : usable.filter((t) => t.kind === kind).map((t) => t.id);
      out = kind !== 'blocker' && blockerIds.length ? [{ kind: 'blocker', ids: blockerIds }, { kind, ids }] : [{ kind, ids }];
    }
    if (!caseMatters) this.resolved.set(key, out);
    return out;
  }

  /** Names a number parser must not read into: "Fortune Global 500", "十四五", "trillion-yuan industries". */
  static barriers(hits: NameHit[]): Span[] {
    let out: Span[] | null = null;
    for (const h of hits) {
      if (!NUMBERISH.test(h.text)) continue;
      (out ??= []).push({ start: h.start, end: h.end });
    }
    return out ?? NO_BARRIERS;
  }
}
