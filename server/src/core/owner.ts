import type { Span } from './types';
import type { NameHit } from './lexicon';
import type { NumberMention } from './numbers';
import type { Unit } from './tables';
import { parseEnglishNumber } from './numberWords';

/**
 * Whose figure it is: the owner of a figure among the places a sentence names, and the place a
 * sentence leaves in context for the next one. Offsets are UTF-16 indices into the sentence.
 */

/** Whom a figure is about: a facts entity (`own`) or some other place. */
export interface EntityRef {
  id: string;
  own: boolean;
}

/** What the surrounding text says, for sentences that name no entity or period of their own. */
export interface BindingContext {
  /** The last entity named in the paragraph so far, else in the headings above, else the title. */
  entity: EntityRef | null;
  /** The last period named in the paragraph so far, else in the headings above, else the title. */
  period: string | null;
  /** The year of the last full date seen in the paragraph (a dateline), else of a work report's title above: what "last year" counts from. */
  anchor?: number | null;
  /**
   * The month (1-12) of the dateline `anchor` comes from; null when it comes from a work report's
   * title (given early in its year).
   */
  anchorMonth?: number | null;
  /**
   * The one metric name a heading, title or lead-in line gives (as written: "GDP", 地区生产总值),
   * for the list items and table rows under it that name none ("- 苏州：2.27万亿元").
   */
  metricName?: string | null;
  /**
   * The metrics whose required words (MetricDef.requires) the title, headings or lead-in above
   * hold ("## 苏州产业创新集群支持政策" for the clusters' special funds): ids, sorted.
   */
  topics?: readonly string[];
  /** The unit a line or heading above a table gives its figures ("单位：亿元"), for its rows. */
  tableUnit?: Unit | null;
  /** The one metric the heading that gave `tableUnit` names ("## 长三角主要城市GDP（亿元）"), for its table. */
  tableMetric?: string | null;
  /**
   * Whether the text says someone else gave what follows ("A post shared widely claimed:", 近日网传：):
   * a lead-in's quote or list then repeats a claim it reports, which is not the writer's.
   */
  reported?: boolean;
  /** Whether the block is the answer to a question above (it is read under the question's metric). */
  answer?: boolean;
}

/** A possessive or attributive joint between an owner and its figure: "Shenzhen's ", "上海的". */
const OWNER_JOINT = /^(?:\s+(?:province|city|municipality|county|district|prefecture)|省|市)?(?:\s*['’]s?)?\s*(?:的|之)?\s*(?:(?:19|20)\d\d\s*年?\s*的?\s*)?(?:(?:nominal|real|total|overall|annual|full-year|economic)\s+){0,2}[(（]?\s*$/i;
/** An English possessive proper noun ("Hangzhou's", "New York's"): an owner we may not know. */
const POSSESSIVE_PROPER = /(?<![A-Za-z])((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){0,2})['’]s\b/gu;
/** Words that start sentences with a capital but never name a place. */
const NOT_A_PLACE = new Set(['it', 'its', 'the', 'this', 'that', 'city', 'year', 'today', 'last', 'next', 'china']);

/** Characters between two spans (0 when they touch or overlap). */
export function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

export const RANK_AFTER = /^\s*(?:第|排名|排第|首位|前列|前十|之首|居首)/u;
/** After an area ("全国", "全省"): its cities may come between ("全國城市第六", "全省各市之首"). */
export const RANK_AFTER_AREA = /^\s*(?:城市|各市|各城市|地级市|地級市|大中城市)中?(?:第|排名|排第|首位|前列|前十|之首|居首)/u;
// ("the largest of any prefecture-level city in China": a few words may come between.)
export const RANK_BEFORE = /(?:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|largest|biggest|top|highest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,4}?(?:in|among)\s+(?:the\s+)?|\bamong\s+(?:the\s+)?)$/i;

/** Words that may follow a place name that is the subject: verbs, adverbs, the city itself. */
const SUBJECT_FOLLOWERS = new Set(('has have had is was were will would could can may might did does do saw sees set put hit got won led ran grew rose fell '
  + 'a an the into now also still already alone itself city municipality government municipal authorities officials people last this next '
  + 'in on at by for of to and or as with from than that which who whose where while during under over between since after before '
  + 'boasts boast marks mark gives give pays pay offers offer plans plan aims aim expects expect became become remains remain ranks rank '
  + 'ranked reached recorded reported achieved posted saw topped passed crossed surpassed exceeded invested spent announced said').split(' '));

/** Chinese nouns that a place name can qualify (苏州大学, 苏州丝绸): then the name is not the subject. */
const CJK_NOUN_HEAD = /^(?:大学|大學|丝绸|絲綢|园林|園林|刺绣|刺繡|评弹|評彈|昆曲|博物馆|博物館|中学|中學|银行|銀行|地铁|地鐵|古城墙|寺|绣|繡|菜|话|話|港|站|籍|队|隊|公司|集团|集團)/u;

const CJK_SUBJECT_FOLLOWER = /^(?:有|拥|擁|已|是|为|為|的|之|作|自|于|於|在|从|從|始|距|至|迄|建城|古城|城市|市|全|共|将|將|还|還|也|都|仍|正|再|又|首|成|获|獲|给|給|对|對|奖|獎|每|现|現|目前|近|约|約|超|逾|达|達|实现|實現|地区|地區|经济|經濟|规上|規上|工业|工業|GDP|由|以|把|被|通过|通過|经历|經歷|走过|走過|发展|發展|变化|變化|快速|迅速|持续|持續|不断|不斷|一直|始终|始終|依然|逐步|先后|先後|累计|累計|率先|坚持|堅持|积极|積極|大力|加快|全面|深入|位居|跻身|躋身|稳居|穩居|形成|实施|實施|推进|推進|打造|培育|创造|創造|迎来|迎來|走出|建成|古称|古稱|简称|簡稱|又称|又稱|旧称|舊稱|别称|別稱|素有|素称|素稱|号称|號稱|称为|稱為|被誉|被譽|享有|位于|位於|地处|地處|坐落|[\u4e00-\u9fff]{1,2}(?:了|过|過|着|著)|[零〇一二三四五六七八九十百千两兩\d０-９,，]+[多余餘]?年)/u;

/** Words a figure opens with after a possessive ("Suzhou's more than 40 years", "its some 2,500 years"). */
const FIGURE_LEAD_WORDS = new Set(['more', 'over', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'at', 'less', 'under', 'close', 'approximately']);
/** Words after "Suzhou's" that keep the city the subject of an age: "Suzhou's long history", "Suzhou's own". */
const POSSESSED_AGE_WORDS = new Set(['history', 'histories', 'long', 'rich', 'storied', 'ancient', 'own', 'age', 'founding', 'past', 'heritage', 'roots']);

/**
 * Whether the text right after a place name makes the name a qualifier of a noun ("Suzhou silk",
 * "Suzhou University", "苏州丝绸") rather than the subject ("Suzhou has", "Suzhou's", "苏州的").
 */
export function qualifiesNoun(after: string): boolean {
  if (CJK_NOUN_HEAD.test(after)) return true;
  // "Suzhou's silk industry has a history of …": the possessive names the noun's owner; the age is the noun's.
  const possessed = /^['’]s\s+([a-z][a-z-]*)/u.exec(after);
  // ("Suzhou's three decades of reform", "Suzhou's more than 40 years": a figure is no noun.)
  if (possessed) return !POSSESSED_AGE_WORDS.has(possessed[1]) && parseEnglishNumber(possessed[1]) === null && !FIGURE_LEAD_WORDS.has(possessed[1]);
  // In Chinese a subject is followed by a verb or a particle (苏州有, 苏州的, 苏州已), not a noun.
  if (/^[\u4e00-\u9fff]/u.test(after) && !CJK_SUBJECT_FOLLOWER.test(after)) return true;
  const m = /^[ \u00a0]+([A-Za-z][a-z-]*)/u.exec(after);
  if (!m) return false;
  const word = m[1];
  if (/^[A-Z]/u.test(word)) return !/^(?:In|On|At|By|For|And|Or|With|From|Municipal|Government|City|GDP)$/u.test(word);
  const lower = word.toLowerCase();
  return !SUBJECT_FOLLOWERS.has(lower) && !/(?:ed|s)$/u.test(lower);
}

/** The last entity-like name in a list of hits (facts entities and other places), or null. */
export function lastEntity(hits: NameHit[]): EntityRef | null {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (h.kind === 'entity') return { id: h.ids[0], own: true };
    if (h.kind === 'other-place') return { id: h.text, own: false };
  }
  return null;
}

const CONJUNCTION_BETWEEN = /^\s*(?:[,，]\s*)?(?:\band\b|\bor\b|&|和|与|與|及|、|[,，])\s*$/u;
const CONJUNCTION_AFTER = /^\s*(?:and\b|or\b|&|和|与|與|及|、)/u;

/** Whether a place name is joined to another place by "and", 和, 、 (its figures are shared). */
function conjoined(sentence: string, hit: NameHit, hits: NameHit[]): boolean {
  const i = hits.indexOf(hit);
  const prev = hits[i - 1];
  const next = hits[i + 1];
  const place = (h: NameHit | undefined): boolean => h !== undefined && (h.kind === 'other-place' || h.kind === 'entity');
  // Only a conjunction between them: "苏州市统计局获悉，苏州…" names a bureau, then the city.
  if (place(prev) && CONJUNCTION_BETWEEN.test(sentence.slice(prev!.end, hit.start)) && hit.start - prev!.end <= 6) return true;
  return place(next) && CONJUNCTION_AFTER.test(sentence.slice(hit.end, next!.start)) && next!.start - hit.end <= 6;
}

/** Stands for "more than one place was named": a later reference cannot be resolved safely. */
const AMBIGUOUS: EntityRef = { id: '(ambiguous)', own: false };

/**
 * The entity a sentence leaves in context for the sentences after it: the one place it names, or
 * {@link AMBIGUOUS} when it names our entity and another place ("Shanghai is Suzhou's neighbour.").
 */
export function namedInSentence(sentence: string, hits: NameHit[]): EntityRef | null {
  const places = hits.filter((h) => h.kind === 'entity' || h.kind === 'other-place');
  if (!places.length) return null;
  const own = places.some((h) => h.kind === 'entity');
  const other = places.some((h) => h.kind === 'other-place');
  if (!own || !other) return lastEntity(places);
  // "Suzhou, the hub an hour west of Shanghai, …": other places only after prepositions, or in a
  // contrast after the main clause ("…, while neighbouring Wuxi posted …"), leave the subject,
  // named first, as the one the next sentence refers to.
  const subordinate = (h: NameHit): boolean => SUBORDINATE_PLACE.test(sentence.slice(Math.max(0, h.start - 32), h.start));
  if (places[0].kind === 'entity' && places.every((h) => h.kind === 'entity' || subordinate(h))) return { id: places[0].ids[0], own: true };
  // "Suzhou Industrial Park, the zone on the eastern side of Suzhou, said its GDP …": the other
  // place is the subject, ours only where it lies.
  if (places[0].kind === 'other-place' && places.every((h, i) => i === 0 || h.kind === 'other-place' || subordinate(h))) return { id: places[0].text, own: false };
  return AMBIGUOUS;
}

/** What makes a place named after our subject a side one: a preposition, or "while" opening a contrast. */
const SUBORDINATE_PLACE = /(?:\b(?:of|in|near|from|to|than|with|like|beside|including|outside|inside|by|under)\s+(?:the\s+)?|[,;]\s*(?:while|whereas)\s+(?:(?:neighbou?ring|nearby|rival|fellow|provincial\s+capital)\s+)?|\b(?:outpacing|outstripping|surpassing|overtaking|beating|behind|trailing)\s+)$/i;

/** English possessive proper nouns that the lexicon does not know: unknown owners, not ours. */
export function possessiveOwners(sentence: string, hits: NameHit[]): NameHit[] {
  const out: NameHit[] = [];
  // Every match holds an apostrophe: most sentences (all Chinese ones) have none.
  if (sentence.indexOf("'") < 0 && sentence.indexOf('’') < 0) return out;
  POSSESSIVE_PROPER.lastIndex = 0;
  for (let m = POSSESSIVE_PROPER.exec(sentence); m; m = POSSESSIVE_PROPER.exec(sentence)) {
    const start = m.index;
    const end = start + m[1].length;
    if (NOT_A_PLACE.has(m[1].toLowerCase())) continue;
    if (hits.some((h) => h.start < end + 3 && start < h.end)) continue;
    out.push({ start, end, kind: 'other-place', ids: [], text: m[1] });
  }
  return out;
}

function resolve(hit: NameHit, context: BindingContext, hits: NameHit[], sentence = ''): EntityRef | null {
  switch (hit.kind) {
    case 'entity':
      // "Nanjing and Suzhou saw combined GDP…", "苏州、无锡": a figure of several places is none's.
      return conjoined(sentence, hit, hits) ? null : { id: hit.ids[0], own: true };
    case 'other-place':
    case 'other-area':
      return { id: hit.text, own: false };
    case 'reference': {
      // "The city of Suzhou saw its output…": a place named earlier in the sentence comes first; a
      // place after a preposition does not stand in for the subject ("Suzhou is one of the most
      // developed cities in China, with its GDP …").
      let own = false;
      let other = false;
      for (const h of hits) {
        if (h.end > hit.start) break;
        if (h.kind === 'entity') own = true;
        else if (h.kind === 'other-place') other = true;
      }
      const earlier = own || other ? hits.filter((h) => h.end <= hit.start) : NO_HITS;
      const named = own && other ? namedInSentence(sentence, earlier) : null;
      const before = named && named !== AMBIGUOUS ? named : lastEntity(earlier);
      return before ?? context.entity;
    }
    default:
      return null;
  }
}

const NO_HITS: NameHit[] = [];

const ENTITY_KINDS = new Set(['entity', 'other-place', 'other-area', 'reference']);

/** The hits that can own a figure: places, areas and references. */
export function entityCandidates(hits: NameHit[]): NameHit[] {
  return hits.filter((h) => ENTITY_KINDS.has(h.kind));
}

const BRACKET_BEFORE = /^\s*[（(]\s*$/u;
const BRACKET_AFTER = /^\s*[)）]/u;
const BY_AFTER = /^\s+(?:(?:that|which)\s+)?(?:\w+\s+)?(?:posted|offered|reported|recorded|achieved|registered|paid|given|set)\s+by\s+(?:the\s+)?$/i;
// (After an appositive too: "Suzhou in Anhui province, a far smaller city whose 2021 GDP was …".)
const RELATIVE_PRONOUN = /[,，;；]\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:city|town|province|region|county|district|economy|one|place)\s+)?(?:whose|which|where)\b/iy;

/**
 * Where the relative clause holding offset `end` starts ("…, whose economy hit"): the last
 * clause separator before `end` when a relative pronoun follows it, else -1. (An earlier
 * separator cannot start it: the clause runs to `end` without another separator.)
 */
function relativeClauseStart(sentence: string, end: number): number {
  let at = end - 1;
  while (at >= 0) {
    const c = sentence.charCodeAt(at);
    if (c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b) break;
    at--;
  }
  if (at < 0) return -1;
  RELATIVE_PRONOUN.lastIndex = at;
  const m = RELATIVE_PRONOUN.exec(sentence);
  // The pronoun must lie before `end`, as it did in the text up to `end`.
  return m && at + m[0].length <= end ? at : -1;
}

/**
 * Whom the figure is about: an owner attached to the figure ("Shenzhen's 3.07 trillion"), else the
 * name nearest the metric in its clause ("Hangzhou's 2021 GDP"), else the sentence's first place
 * (its subject), else the context (the last entity named before).
 */
export function chooseEntity(
  sentence: string,
  mention: NumberMention,
  metricHit: NameHit,
  hits: NameHit[],
  clauseOf: (o: number) => number,
  context: BindingContext,
  // The same for every figure of a sentence: its caller finds them once.
  candidates: NameHit[] = entityCandidates(hits),
): EntityRef | null {
  if (!candidates.length) return context.entity;
  // 1. An owner attached right before the figure.
  for (const h of candidates) {
    if (h.end <= mention.start && mention.start - h.end <= 16 && OWNER_JOINT.test(sentence.slice(h.end, mention.start))) {
      return resolve(h, context, hits, sentence);
    }
  }
  // 1a'. A place in brackets right after the figure: "2.27万亿（苏州）> 1.81万亿（杭州）".
  // (Not when a place before it in its clause owns it: "- 昆山：4748亿元（苏州）" says where Kunshan is.)
  const placeBefore = candidates.some((h) => h.end <= mention.start && h.kind !== 'reference'
    && (clauseOf(h.start) === clauseOf(mention.start) || /^\s*[:：]\s*$/u.test(sentence.slice(h.end, mention.start))));
  for (const h of placeBefore ? NO_HITS : candidates) {
    if (h.start >= mention.end && h.start - mention.end <= 3 && h.kind !== 'reference' && BRACKET_BEFORE.test(sentence.slice(mention.end, h.start)) && BRACKET_AFTER.test(sentence.slice(h.end, h.end + 2))) return resolve(h, context, hits, sentence);
  }
  // 1a. An owner named right after the figure: "the 1.81 trillion yuan posted by Hangzhou".
  for (const h of candidates) {
    if (h.start >= mention.end && h.start - mention.end <= 40 && BY_AFTER.test(sentence.slice(mention.end, h.start))) return resolve(h, context, hits, sentence);
  }
  // 1c. "Hangzhou, whose economy hit …": a relative clause belongs to the place before it.
  const clauseStart = relativeClauseStart(sentence, mention.start);
  if (clauseStart >= 0) {
    let owner: NameHit | undefined;
    for (const h of candidates) if (h.end <= clauseStart) owner = h;
    if (owner && (owner.kind === 'other-place' || owner.kind === 'other-area')) return resolve(owner, context, hits, sentence);
  }
  // 1e. Our entity alone in the figure's own clause, before it: "…, followed by Beijing at 4.03
  //     trillion yuan; Suzhou ranked sixth at 2.27 trillion yuan".
  const ownClause = clauseOf(mention.start);
  let alone: NameHit | undefined;
  for (const h of candidates) {
    if (clauseOf(h.start) !== ownClause) continue;
    if (h.kind !== 'entity' || h.end > mention.start) {
      alone = undefined;
      break;
    }
    alone = h;
  }
  if (alone) return resolve(alone, context, hits, sentence);
  // 1d. Another place between the metric and the figure: "GDP rose; Wuxi, next door, reached 1.4 trillion".
  if (metricHit.end <= mention.start && candidates.some((h) => (h.kind === 'other-place' || h.kind === 'other-area') && h.start >= metricHit.end && h.end <= mention.start)) return null;
  // 1b. Another place named before the figure in the figure's own clause owns it:
  //     "…, while Wuxi's stood at 1.40 trillion yuan".
  const figureClause = clauseOf(mention.start);
  let before: NameHit | undefined;
  for (const h of candidates) if (h.end <= mention.start && clauseOf(h.start) === figureClause && h.kind !== 'reference') before = h;
  if (before && (before.kind === 'other-place' || before.kind === 'other-area')) return resolve(before, context, hits, sentence);
  // 2. The name nearest the metric, in the metric's clause.
  const clause = clauseOf(metricHit.start);
  let best: NameHit | null = null;
  let bestCost = 0;
  let ownInClause = false;
  let otherInClause = false;
  for (const h of candidates) {
    if (clauseOf(h.start) !== clause) continue;
    if (h.kind === 'entity') ownInClause = true;
    else if (h.kind === 'other-place' || h.kind === 'other-area') otherInClause = true;
    const cost = gap(h, metricHit) + (h.start < metricHit.start ? 0 : 0.5);
    if (!best || cost < bestCost) {
      best = h;
      bestCost = cost;
    }
  }
  if (best) {
    // "Nanjing and Suzhou saw combined GDP of…": when the clause names our entity and another
    // place, only an owner attached to the metric ("Suzhou's GDP", "苏州GDP") is trusted.
    if (ownInClause && otherInClause && best.kind === 'entity') {
      const attached = best.end <= metricHit.start && OWNER_JOINT.test(sentence.slice(best.end, metricHit.start));
      if (!attached) return null;
    }
    return resolve(best, context, hits, sentence);
  }
  // 3. The sentence's subject: its first place, skipping a container before a place ("Jiangsu's Suzhou").
  for (let i = 0; i < candidates.length; i++) {
    const h = candidates[i];
    const next = candidates[i + 1];
    if (next && next.start - h.end <= 4 && (next.kind === 'entity' || next.kind === 'other-place')) continue;
    const owner = resolve(h, context, hits, sentence);
    // "Under its new incentive package, Suzhou pays …": a reference with nothing before it points ahead.
    if (owner === null && h.kind === 'reference') continue;
    return owner;
  }
  return context.entity;
}
