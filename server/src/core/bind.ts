import type { FactBase, MetricDef, Span } from './types';
import { Lexicon, type NameHit } from './lexicon';
import { findNumbers, type NumberMention } from './numbers';
import { codes, codeTable, hasCodeIn, isDigitCode, isWhiteSpaceAt, isWordChar, lastNonSpace } from './chars';
import { splitClauses } from './sentences';
import {
  chooseEntity, entityCandidates, gap, lastEntity, namedInSentence, possessiveOwners, qualifiesNoun, RANK_AFTER, RANK_AFTER_AREA, RANK_BEFORE,
  type BindingContext, type EntityRef,
} from './owner';

export type { BindingContext, EntityRef } from './owner';
import {
  correctionStart, isErrorCorrected, mayAmend, rejectionStart, datelineLength, findDates, findPartialPeriods, readPartials, findRelativeYears, type RelativeYear, findTarget, isComparedBefore, isDeltaBefore, isPerUnit, isWorkReportTitle, partialPeriodId,
} from './markers';

/** A figure bound to an entity, a metric and (maybe) a period. Offsets are sentence-relative. */
export interface BoundFigure {
  mention: NumberMention;
  entity: string;
  metric: MetricDef;
  period: string | null;
  periodFrom: 'sentence' | 'context' | 'none';
  /** A quarter, half or month range: never the whole-period fact. */
  partial: boolean;
  /** A target, plan or forecast ("aims to", "by 2025", 力争). */
  target: boolean;
  /** A conversion into another currency beside a figure: "2.2 trillion yuan ($341 billion)". */
  conversion: boolean;
  /** "last year" with no date to count from: the period compared with is a guess. */
  periodGuessed: boolean;
  /** The year of the dateline or work report the sentence is read under (BindingContext.anchor), if any. */
  writtenIn: number | null;
  /** Names in the sentence a number must not be read into (for re-reading a fix in place). */
  barriers: Span[];
}

/** A sentence's names and figures, before binding. Offsets are sentence-relative. */
export interface SentenceReading {
  hits: NameHit[];
  /** Names holding numerals, which no figure may overlap. */
  barriers: Span[];
  mentions: NumberMention[];
}

/** Cost of crossing a clause boundary when picking the nearest name: same clause first. */
const CLAUSE_PENALTY = 1000;
/** Binds the figures of one sentence. One instance per fact base. */
export class Binder {
  readonly lexicon: Lexicon;
  private readonly metricsById: Map<string, MetricDef>;
  private readonly periodsByRange: Map<string, string>;
  /** The metrics that require words of a sentence or its headings (MetricDef.requires). */
  private readonly requiring: MetricDef[];

  /** The last year any fact is about: "by" a year up to it reports rather than aims. */
  private readonly lastFactYear: number;
  /** Places that contain our entities, as their names show ("Suzhou, Jiangsu", "中国苏州"). */
  private readonly containers: Set<string>;

  constructor(readonly facts: FactBase) {
    this.lexicon = new Lexicon(facts);
    this.lastFactYear = Math.max(0, ...facts.facts.map((f) => Number(/^\d{4}/.exec(f.period ?? '')?.[0] ?? facts.periods.find((p) => p.id === f.period)?.from ?? 0)));
    // "Suzhou, Jiangsu Province", 江苏省苏州市: the places a name of ours is written with, found with
    // the entity's shorter names blanked (else the whole name is read as ours, and no place in it).
    const entityNames = facts.entities.flatMap((e) => e.names);
    this.containers = new Set(entityNames.flatMap((name) => {
      let text = name;
      for (const other of entityNames) if (other.length < name.length && text.includes(other)) text = text.split(other).join(' '.repeat(other.length));
      return this.lexicon.find(text).filter((h) => h.kind === 'other-place').map((h) => h.text.toLowerCase());
    }).concat(facts.entities.flatMap((e) => e.within.map((w) => w.toLowerCase()))));
    this.metricsById = new Map(facts.metrics.map((m) => [m.id, m]));
    this.requiring = facts.metrics.filter((m) => m.requires.length > 0);
    this.periodsByRange = new Map(facts.periods.map((p) => [`${p.from}-${p.to}`, p.id]));
  }

  /**
   * Reads a heading or a title for the entity and period it names, to serve as context for the
   * text below it, the year a work report's title dates it by (`anchor`), and the one metric it
   * names (`metricName`, for lists and tables under it). Returns nulls for what it does not name.
   */
  readContext(text: string): BindingContext {
    const named = this.lexicon.find(text);
    const hits = named.concat(possessiveOwners(text, named)).sort((a, b) => a.start - b.start);
    // "### 南京(对比城市:苏州)": a heading naming our city and another place is about the first, unless
    // the other only qualifies it ("Suzhou, Jiangsu", "Suzhou, east of Shanghai").
    const places = hits.filter((h) => h.kind === 'entity' || (h.kind === 'other-place' && !this.containers.has(h.text.toLowerCase()) && !namesAnIdea(text, h)));
    const entity = places.some((h) => h.kind === 'entity') && places.some((h) => h.kind === 'other-place') ? namedInSentence(text, places) : lastEntity(hits);
    const mentions = findNumbers(text, { barriers: Lexicon.barriers(hits) });
    // "Press release, 24 January 2022": a date says when the text was written, not what it is about.
    const dates = findDates(text);
    const periods = this.periodHits(text, hits, outsideDates(mentions, dates));
    let period = periods.length ? periods[periods.length - 1].id : null;
    // "2021年前三季度GDP": the text below is about part of the year, never the whole year's fact.
    const partials = findPartialPeriods(text);
    if (partials.length) period = partialPeriodId(text.slice(partials[0].start, partials[0].end), period ?? '');
    // A dateline dates the text below it; so does a work report's year (given early that year).
    const dated = dates.length ? dates[dates.length - 1] : null;
    const anchor = dated ? dated.year : period !== null && /^\d{4}$/.test(period) && isWorkReportTitle(text) ? Number(period) : null;
    const anchorMonth = dated ? dated.month : null;
    // One metric and nothing that turns it into another measure ("per capita GDP"): the list's metric.
    const metrics = hits.filter((h) => h.kind === 'metric');
    const metricName = metrics.length === 1 && !hits.some((h) => h.kind === 'blocker') ? metrics[0].text : null;
    let topics: string[] | undefined;
    for (const m of this.requiring) if (holdsRequired(text, m)) (topics ??= []).push(m.id);
    return { entity, period, anchor, anchorMonth, metricName, topics: topics?.sort(), reported: reportsRumour(text) };
  }

  /**
   * The first reading of a sentence: its names (refined: see `refine`) and its figures, read
   * around the names that hold numerals ("Fortune Global 500", 十四五). `names` is
   * `lexicon.find(sentence)` when the caller already has it.
   */
  read(sentence: string, names: NameHit[] = this.lexicon.find(sentence)): SentenceReading {
    const hits = this.refine(sentence, names);
    const barriers = Lexicon.barriers(hits);
    return { hits, barriers, mentions: findNumbers(sentence, barriers.length ? { barriers } : undefined) };
  }

  /**
   * Binds every figure of `sentence` that is a claim about a facts entity and metric, and updates
   * `context` with the entity and period the sentence names (for the sentences after it).
   * `reading` is `read(sentence)` when the caller already has it.
   */
  bindSentence(sentence: string, context: BindingContext, reading: SentenceReading = this.read(sentence)): BoundFigure[] {
    const { hits, barriers } = reading;
    let mentions = reading.mentions;
    const hasFigure = mentions.some((m) => !m.isYear) && hits.some((h) => h.kind === 'metric');
    // Part-of-year phrases ("1-11月") hold digits of their own; only sentences with figures need them.
    const parts = hasFigure ? readPartials(sentence) : null;
    // A full date says when the text was written (a dateline), not what a figure is about; so does
    // a release's month ("figures released in January 2022").
    const dates = parts?.released.length ? findDates(sentence).concat(parts.released).sort((a, b) => a.span.start - b.span.start) : findDates(sentence);
    // (Not the month of a date: "【2022年1月】".)
    let partials = parts ? parts.partials : [];
    if (partials.length && dates.length) partials = partials.filter((p) => !dates.some((d) => p.start >= d.span.start && p.end <= d.span.end));
    if (partials.length) mentions = findNumbers(sentence, { barriers: barriers.concat(partials) });
    const owners = possessiveOwners(sentence, hits);
    const allHits = this.readAppositives(sentence, owners.length ? hits.concat(owners).sort((a, b) => a.start - b.start) : hits);
    if (dates.length) {
      context.anchor = dates[dates.length - 1].year;
      context.anchorMonth = dates[dates.length - 1].month;
    }
    const periods = this.periodHits(sentence, allHits, outsideDates(mentions, dates));
    const relatives = findRelativeYears(sentence);
    const out: BoundFigure[] = [];

    if (hasFigure) {
      const clauses = splitClauses(sentence);
      const clauseOf = (offset: number): number => {
        for (let i = 0; i < clauses.length; i++) if (offset < clauses[i].end) return i;
        return clauses.length - 1;
      };
      let targetAt = findTarget(sentence);
      const byYear = targetAt && /^(?:by\s+(?:the\s+end\s+of\s+)?|到)(\d{4})/i.exec(sentence.slice(targetAt.start, targetAt.end));
      // "by the end of 2021", "增长到2021年的…" in a text about 2021 (or dated after it) reports; only a
      // later year is a target.
      if (byYear && Number(byYear[1]) <= (context.anchor ?? this.lastFactYear)) targetAt = null;
      const figures = mentions.filter((m) => !m.isYear);
      const pending: { mention: NumberMention; metricHit: NameHit; metric: MetricDef; relative: RelativeYear | null; counted: string | null; conversion: boolean }[] = [];
      // A quiz's statement marked false ("（×）", "(False)", "True or false: …") or its options ("a) 1.2
      // trillion yuan", "A. 1.2万亿元") claim nothing.
      const quiz = isQuizStatement(sentence) || QUIZ_OPTION.test(sentence);
      const question = quiz || isQuestion(sentence);
      const company = companyLabelEnd(sentence);
      const ofWhich = sentence.includes('其中') ? OF_WHICH.exec(sentence)?.index ?? -1 : -1;
      // Corrections, errors named and quotes called wrong are rare: one first test per sentence for all.
      const amends = mayAmend(sentence);
      // "❌ 苏州2021年GDP超3万亿 ✅ 实际约2.7万亿": what the cross marks is corrected by what the tick marks.
      const ticked = MARKED_FALSE_START.test(sentence) ? sentence.search(MARKED_TRUE) : -1;
      const correction = ticked >= 0 ? ticked : amends ? correctionStart(sentence) : -1;
      const rejection = amends ? rejectionStart(sentence) : -1;
      const calledWrong = amends && mayCallWrong(sentence);
      const severalPlaces = mayNameSeveralPlaces(sentence);
      const titled = sentence.includes('《');
      for (const mention of figures) {
        // "…為2.72萬億元，數字有誤，應為2.27萬億元": the figure a correction takes back is no claim.
        if (correction >= 0 && mention.end <= correction) continue;
        if (rejection >= 0 && mention.end <= rejection && !CLAUSE_SEPARATOR.test(sentence.slice(mention.end, rejection))) continue;
        // "…应为2.27万亿元（原文误写为2.72万亿元）", "an earlier version gave 2.72 trillion": the error corrected.
        if (amends && isErrorCorrected(sentence, mention.start)) continue;
        // "\"Our GDP is around 2.8 trillion yuan now,\" a factory owner said, overstating …": a quote the writer calls wrong.
        if (calledWrong && quoteCalledWrong(sentence, mention)) continue;
        // "苏州市统计局. (2008). 《苏州改革开放30年》": a figure in a work's title.
        if (titled && inWorkTitle(sentence, mention)) continue;
        // "苏州与无锡两市GDP合计超过3.6万亿元", "the two cities' combined GDP": several places' figure.
        if (severalPlaces && SEVERAL_PLACES.test(sentence.slice(clauses[clauseOf(mention.start)].start, mention.start))) continue;
        // "GDP per capita … RMB177,500, or about US$27,500": a conversion goes with the figure it converts.
        const converted = convertedFigure(mention, figures, sentence);
        if (converted && !pending.some((p) => p.mention === converted)) continue;
        // "…22718亿元；其中A区GDP七千亿元": after 其中 ("of which") a figure is a part's, unless the
        // clause names our city ("长三角城市中，其中苏州GDP…").
        if (ofWhich >= 0 && mention.start > ofWhich && !allHits.some((h) => h.kind === 'entity' && h.start >= ofWhich && h.end <= mention.start)) continue;
        // ("- World Bank: Suzhou's GDP was …": a source's label, when the city is named after it.)
        if (company >= 0 && mention.start >= company && !allHits.some((h) => h.kind === 'entity' && h.start >= company && h.end <= mention.start)) continue;
        // A question asks about the figure in its last clause ("Did Suzhou's economy hit 3 trillion
        // yuan?", 苏州GDP真的有2.5万亿吗？) and claims nothing; an earlier clause still says what it
        // says ("查了一下：2021年蘇州GDP約3.2兆人民幣，好像比新北市大好幾倍？").
        if (question && (quiz || asksAbout(sentence, mention))) continue;
        // "规上工业利润：2600亿元", "- Investment: 2.6 trillion yuan": a figure its own label names.
        if (labelledOtherwise(sentence, mention, allHits)) continue;
        const metricHit = this.chooseMetric(sentence, mention, allHits, clauseOf, context.topics);
        if (!metricHit) continue;
        if (ownedByOtherMeasure(sentence, mention, metricHit.hit, allHits, clauseOf)) continue;
        const metric = this.metricsById.get(metricHit.id)!;
        // "compared with 4.13 trillion yuan a year earlier": the other side of a comparison with its
        // own year beside it is that year's figure.
        const relative = relatives.length ? relativeFor(relatives, mention, clauseOf) : null;
        const counted = relative && !relative.rolling ? yearBefore(sentence, relative, mention, periods) : null;
        if (this.isBlocked(mention, metricHit.hit, metric, allHits, sentence, figures, counted !== null)) continue;
        // Rarer readings, tried last (on short slices) for the figures still standing: hearsay in the
        // figure's clause ("I heard", 有人说); a currency framed before it ("以新台幣計約為10兆元").
        if (hearsayBefore(sentence, mention.start) || framedInOtherCurrency(sentence.slice(previousEnd(figures, mention), mention.start))) continue;
        pending.push({ mention, metricHit: metricHit.hit, metric, relative, counted, conversion: converted !== null });
      }
      // "Suzhou and Wuxi posted GDP of 2.27 trillion and 1.4 trillion yuan respectively": each place its figure.
      const respectively = pending.length > 1 && saysRespectively(sentence);
      const byPlace = respectively ? respectivePlaces(sentence, allHits, pending) : null;
      // "Suzhou's GDP in 2020 and 2021 was 2.02 and 2.27 trillion yuan respectively": each year its figure.
      const byPeriod = respectively && !byPlace ? respectivePeriods(sentence, periods, pending) : null;
      // Figures listed "respectively" share the sentence's period ("… and 1.4 trillion yuan respectively in 2021").
      const periodRivals = byPlace ? figures.filter((f) => !pending.some((p) => p.mention === f)) : figures;
      let candidates: NameHit[] | undefined;
      for (let i = 0; i < pending.length; i++) {
        const { mention, metricHit, metric, relative, counted, conversion } = pending[i];
        candidates ??= entityCandidates(allHits);
        const entity = byPlace ? byPlace[i] : chooseEntity(sentence, mention, metricHit, allHits, clauseOf, context, candidates);
        if (!entity || !entity.own) continue;
        if (metric.unit === 'years' && this.isAnotherAge(sentence, mention, clauses[clauseOf(mention.start)], allHits)) continue;
        let period: { id: string | null; from: BoundFigure['periodFrom'] } = byPeriod ? { id: byPeriod[i], from: 'sentence' } : this.choosePeriod(sentence, mention, periods, clauseOf, context, periodRivals);
        let periodGuessed = false;
        // "2.4 trillion yuan in 2022, from 1.9 trillion yuan a year earlier", "2022年…，上年为2.27万亿元":
        // "a year earlier" beside a figure counts back from the year named before it in the sentence.
        if (counted !== null) period = { id: counted, from: 'sentence' };
        // "During that period the city's GDP doubled, passing 400 billion yuan", 他任市长的五年间: a past
        // stretch the text does not date.
        if (period.from !== 'sentence' && counted === null && namesPastStretch(sentence)) {
          period = { id: null, from: 'none' };
          periodGuessed = true;
        }
        // "The past year" in a text a heading or title dates by no report or dateline: that period.
        const pastYearInContext = relative?.rolling === true && !context.anchor && period.from === 'context';
        if (relative !== null && counted === null && period.from !== 'sentence' && !pastYearInContext) {
          // "last year": counted from the dateline when there is one, else only a guess.
          // "The past year" is the calendar year before only early in a year ("Dec. 28, 2022 -- over
          // the past year" is mostly 2022).
          const early = !relative.rolling || (context.anchorMonth ?? 1) <= 3;
          if (context.anchor && early) period = { id: String(context.anchor - relative.back), from: 'sentence' };
          else {
            period = { id: null, from: 'none' };
            periodGuessed = true;
          }
        }
        out.push({
          mention,
          entity: entity.id,
          metric,
          period: period.id,
          periodFrom: period.from,
          partial: partials.length > 0,
          // A target word before the figure, or in its clause ("3 trillion yuan by 2025"), makes it
          // a target; "GDP of 2.27 trillion, above its target" keeps the reported figure.
          target: targetAt !== null && (targetAt.start < mention.start || clauseOf(targetAt.start) === clauseOf(mention.start)),
          conversion,
          barriers,
          periodGuessed,
          writtenIn: context.anchor ?? null,
        });
      }
      // "…世界500强、中国500强的企业，分别给予3000万元、1000万元": figures in the order of their names.
      // (So are figures listed as their names are, all read as the first one's: "rewards of RMB30 million
      // and RMB10 million to companies that make the Fortune Global 500 and the Fortune China 500".)
      if (out.length > 1 && !byPlace && !byPeriod) {
        if (saysRespectively(sentence)) this.pairRespectively(sentence, out, allHits);
        else if (out.every((f) => f.metric === out[0].metric) && listedAsTheirNames(sentence, out, allHits)) this.pairRespectively(sentence, out, allHits, false);
      }
      // A quarter or a half is never the whole period's fact, with or without a year.
      for (const fig of out) {
        if (!fig.partial) continue;
        fig.period = partialPeriodId(sentence.slice(partials[0].start, partials[0].end), fig.period ?? '');
        fig.periodFrom = 'sentence';
      }
    }

    const named = namedInSentence(sentence, allHits);
    if (named) context.entity = named;
    // A year named in the sentence says more about later figures than a plan period beside it
    // ("2021年是“十四五”开局之年。全年实现地区生产总值…").
    if (periods.length) context.period = (periods.filter((p) => /^\d{4}$/.test(p.id)).pop() ?? periods[periods.length - 1]).id;
    return out;
  }

  /**
   * An appositive after our entity's name says where the city is, not whose figure follows: its
   * places go ("Suzhou, a major hub in east China's Jiangsu Province, hit 2.27 trillion yuan"),
   * unless it puts the name in a place that does not hold our city ("Suzhou, a city in Anhui
   * province"): then the name is another city's. The same array when there is no appositive.
   */
  private readAppositives(sentence: string, hits: NameHit[]): NameHit[] {
    let out = hits;
    for (const h of hits) {
      // Most names are not followed by a comma: no appositive to look for.
      if (h.kind !== 'entity' || sentence.charCodeAt(h.end) !== 0x2c) continue;
      const m = APPOSITIVE.exec(sentence.slice(h.end, h.end + 140));
      if (!m) continue;
      const from = h.end;
      const to = h.end + m[0].length;
      const inside = (x: NameHit): boolean => (x.kind === 'other-place' || x.kind === 'other-area') && x.start >= from && x.end <= to;
      const at = /\bin\s/i.exec(m[0]);
      // "in Anhui": another Suzhou; "in east China's Jiangsu Province": ours, as one of the places
      // holds it. Only the first place after "in" says where: "…in northern Anhui province, not to
      // be confused with its namesake in Jiangsu".
      const holds = (x: NameHit): boolean => this.holdsOurs(x);
      const after = at ? out.filter((x) => inside(x) && x.kind === 'other-place' && x.start >= from + at.index) : [];
      // "east China's Jiangsu": a container before the place it holds is part of one "where".
      const first = after.findIndex((x) => !holds(x));
      const where = first < 0 ? after : after.slice(0, first + 1);
      if (where.length && !where.some(holds)) {
        out = out.map((x) => (x === h ? { ...h, kind: 'other-place', ids: [] } : x));
        continue;
      }
      out = out.filter((x) => !inside(x));
    }
    return out;
  }

  /**
   * Our entity's name is not always our entity: "Suzhou, in Anhui province" is another Suzhou, and
   * in "Suzhou silk has a history of 4,700 years" or 苏州大学 the name only qualifies a noun.
   */
  private refine(sentence: string, hits: NameHit[]): NameHit[] {
    const out: NameHit[] = [];
    // "SUZHOU, Feb. 10, 2022 /PRNewswire/ -- Suzhou Industrial Park …": the dateline's city is where
    // the story was filed, not its subject when the story names a place of its own ("SUZHOU, Jan. 5
    // -- The city's GDP …" names none: the dateline's city is the one meant).
    let dateline = hits.length && DATELINE_FIRST.has(sentence.charCodeAt(0)) ? datelineLength(sentence) : 0;
    // "新华社苏州…电 2021年全市地区生产总值…，与无锡的差距…", "【蘇州日報】2021年，地區生產總值達…，與無錫…":
    // a story that speaks of the city (全市) or a measure before it names another place is the
    // dateline city's. ("【澳門日報消息】擁有二千五百多年歷史的蘇州": the story names ours.)
    if (dateline) {
      const after = hits.filter((h) => h.start >= dateline);
      const first = after.find((h) => h.kind === 'entity' || h.kind === 'other-place' || h.kind === 'reference' || h.kind === 'metric');
      const namesOurs = after.some((h) => h.kind === 'entity');
      if (!first || first.kind === 'reference' || first.kind === 'metric' ? !namesOurs : false) dateline = 0;
    }
    // Where our city is ("Suzhou in east China's Jiangsu Province"): places that hold it, right
    // after its name (`where`: the name, or the last such place).
    let where: NameHit | null = null;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      if (h.end <= dateline && (h.kind === 'entity' || h.kind === 'other-place' || h.kind === 'other-area')) continue;
      if (where && this.placesOurs(sentence, where, h)) {
        where = h;
        continue;
      }
      where = null;
      // "The Suzhou GDP dashboard app": a measure's name that names a thing measures nothing here.
      if (h.kind === 'metric' && isMetricAsModifier(sentence, h.end)) continue;
      // "comparable with that of a high-income economy": an economy, not the size of one ("an economy of 2.27 trillion yuan" is).
      if (h.kind === 'metric' && isAnEconomy(sentence, h)) continue;
      // "按当年价格计算", "at current prices": how the figure is counted, no price of anything.
      if (h.kind === 'other-measure' && PRICE_WORD.test(h.text) && PRICE_BASIS_BEFORE.test(sentence.slice(Math.max(0, h.start - 10), h.start))) continue;
      // "Suzhou grants one-off rewards of …": the verb, not a grant.
      if (h.kind === 'other-measure' && isGrantVerb(sentence, h, hits[i - 1])) continue;
      // "ranked sixth in China", "稳坐全省第一": a ranking's scope, not a figure's owner.
      if ((h.kind === 'other-place' || h.kind === 'other-area') && (RANK_AFTER.test(sentence.slice(h.end, h.end + 6)) || RANK_BEFORE.test(sentence.slice(Math.max(0, h.start - 60), h.start))
        || ((h.kind === 'other-area' || this.holdsOurs(h)) && RANK_AFTER_AREA.test(sentence.slice(h.end, h.end + 8))))) continue;
      // "苏南模式", "昆山之路", "the Kunshan model": a place's name in the name of an idea.
      if (h.kind === 'other-place' && namesAnIdea(sentence, h)) continue;
      // "Jiangsu", "China": a place that holds our city is a larger area, never a rival for "its".
      if (h.kind === 'other-place' && this.holdsOurs(h)) {
        out.push({ start: h.start, end: h.end, kind: 'other-area', ids: h.ids, text: h.text });
        continue;
      }
      // "吴江区是苏州面积最大的区，…", "相城区位于苏州市北部": the city in another place's predicate.
      if (h.kind === 'entity' && i > 0 && isPredicateOf(sentence, hits[i - 1], h)) {
        out.push({ ...h, kind: 'other-area', ids: [] });
        continue;
      }
      const refined = h.kind === 'entity' ? this.refineEntity(sentence, h, this.whereNext(sentence, hits, i)) : h;
      out.push(refined);
      if (refined.kind === 'entity') where = refined;
    }
    return out;
  }

  /**
   * Whether `h`, after `previous` (our city's name, or a place already read as where it is), says
   * where our city is: "Suzhou in east China's Jiangsu Province", "Suzhou, Jiangsu".
   */
  private placesOurs(sentence: string, previous: NameHit, h: NameHit): boolean {
    if (!(h.kind === 'other-area' || (h.kind === 'other-place' && this.holdsOurs(h)))) return false;
    const between = sentence.slice(previous.end, h.start);
    return previous.kind === 'entity' ? WHERE_AFTER_NAME.test(between) : /^(?:['’]s)?\s+$/.test(between);
  }

  /**
   * The name after hit `i`, a place that holds ours skipped when it only qualifies the next place:
   * "Suzhou in east China's Anhui Province" is placed in Anhui.
   */
  private whereNext(sentence: string, hits: readonly NameHit[], i: number): NameHit | undefined {
    const next = hits[i + 1];
    const then = hits[i + 2];
    if ((next?.kind === 'other-area' || (next?.kind === 'other-place' && this.holdsOurs(next))) && then?.kind === 'other-place' && /^(?:['’]s)?\s+$/.test(sentence.slice(next.end, then.start))
      && /^\s+in\s+(?:[A-Za-z-]+\s+)?$/i.test(sentence.slice(hits[i].end, next.start))) return { ...then, start: next.start };
    return next;
  }

  private refineEntity(sentence: string, h: NameHit, next: NameHit | undefined): NameHit {
    const between = next ? sentence.slice(h.end, next.start) : '';
    if (next && next.kind === 'other-place' && !this.containers.has(next.text.toLowerCase()) && /^\s*[,，(（]?\s*(?:in\s+(?:[A-Za-z-]+\s+){0,2})?$/i.test(between)) {
      return { ...h, kind: 'other-place', ids: [] };
    }
    const after = sentence.slice(h.end, h.end + 24);
    // 苏州市区, 苏州市辖区: the urban districts, a part of the city.
    if (/^(?:市?区|市?區|市辖区|市轄區)/u.test(after) && !/^(?:区域|區域)/u.test(after)) return { ...h, kind: 'other-area', ids: [] };
    // "the Suzhou-based company's output": the name says where another owner is.
    if (isHyphen(after.charCodeAt(0)) && BASED_AFTER.test(after)) return { ...h, kind: 'other-area', ids: [] };
    // "相城区作为苏州“数字经济”发展的主阵地之一": the role the subject plays for the city, not the city.
    if (ROLE_LAST.has(lastNonSpace(sentence, Math.max(0, h.start - 3), h.start)) && ROLE_BEFORE.test(sentence.slice(Math.max(0, h.start - 3), h.start))) return { ...h, kind: 'other-area', ids: [] };
    // "苏州恒力集团", "苏州银行": the name of a company, whose figures are its own.
    if (COMPANY_AFTER.test(after)) return { ...h, kind: 'other-area', ids: [] };
    // "the neighbour of Suzhou", "east of Suzhou", "the suburbs of Suzhou": a place by its relation to ours.
    if (endsWithOf(sentence, h.start) && RELATION_BEFORE.test(sentence.slice(Math.max(0, h.start - 24), h.start))) return { ...h, kind: 'other-area', ids: [] };
    if (next && next.start === h.end + (/^\s*/u.exec(after)?.[0].length ?? 0)) return h;
    return qualifiesNoun(after) ? { start: h.start, end: h.end, kind: h.kind, ids: h.ids, text: h.text, qualifies: true } : h;
  }

  /** Whether a place's name ("Jiangsu", "Jiangsu Province", 中国) is one that holds our entity. */
  private holdsOurs(place: NameHit): boolean {
    return this.containers.has(place.text.toLowerCase().replace(/\s+province$/, ''));
  }

  /**
   * Pairs the figures of a "respectively" sentence with its metric names in order, in place. When
   * the names and the figures do not pair one to one (or a pair does not fit), none is kept; when
   * the sentence does not say "respectively" (`said` false), the figures are then left as they are.
   */
  private pairRespectively(sentence: string, figures: BoundFigure[], hits: readonly NameHit[], said = true): void {
    const names = metricNames(hits);
    // Unsaid, the pairing is only read when the figures and the names pair one to one.
    const metrics = names.map((n) => this.metricsById.get(n.ids[0]));
    const fits = names.length === figures.length && figures.every((f, i) => metrics[i] !== undefined && fitsUnit(sentence, f.mention, metrics[i]!, names[i]));
    if (fits) figures.forEach((f, i) => (f.metric = metrics[i]!));
    else if (said) figures.length = 0;
  }

  /** Whether a number of years (in `clause`) is not the length of our city's period but another age or stretch. */
  private isAnotherAge(sentence: string, mention: NumberMention, clause: Span, hits: readonly NameHit[]): boolean {
    // "Suzhou silk has a history of 4,700 years": an age belongs to the noun the name qualifies.
    // ("Suzhou party chief Cao tied the city's character to its 2,500 years of history": "its" owns it.)
    // "這座擁有四千年歷史的古城", "一座擁有…的城市": this city, the one the text is about.
    if (describesThisCity(sentence, mention)) return false;
    // "在苏州工作了30年", "worked in Suzhou for 30 years": a person's or a firm's stretch, not the city's.
    if (PERSONAL_SPAN_BEFORE.test(sentence.slice(Math.max(0, mention.start - 24), mention.start))) return true;
    const ownedByReference = hits.some((h) => h.kind === 'reference' && h.end <= mention.start);
    // "…，苏州大学也有120年历史": the name qualifies the noun its clause is about (not "Suzhou
    // throughout its 2,500 years": "its" is the city).
    if (!ownedByReference && hits.some((h) => h.kind === 'entity' && h.qualifies && h.start >= clause.start && h.end <= mention.start)
      && !hits.some((h) => h.kind === 'entity' && !h.qualifies && h.start >= clause.start && h.end <= mention.start)) return true;
    if (!ownedByReference && hits.some((h) => h.kind === 'entity' && h.qualifies) && !hits.some((h) => h.kind === 'entity' && !h.qualifies)) return true;
    // "平江路已有800多年历史，是苏州古城…": the age of the subject of the figure's clause, not ours.
    if (agedByOtherSubject(sentence, mention, clause, hits)) return true;
    // "the first 20 years of reform", 改革开放后的头十年: a stretch of the period, not its length.
    if (FIRST_YEARS_BEFORE.test(sentence.slice(Math.max(0, mention.start - 12), mention.start))) return true;
    // "…now hosts Suzhou Industrial Park, itself 28 years old": the age of the place just named.
    if (ITSELF_BEFORE.test(sentence.slice(Math.max(0, mention.start - 24), mention.start))) {
      const last = hits.filter((h) => h.end <= mention.start && (h.kind === 'entity' || h.kind === 'other-place' || h.kind === 'other-area')).pop();
      if (last && last.kind !== 'entity') return true;
    }
    // "the 1,000-year-old Ruiguang Pagoda in Suzhou": "-year-old" gives the age of the noun after it.
    return mention.style.unitText?.endsWith('old') === true && !agesTheCity(sentence, mention, hits);
  }

  /** The nearest metric name whose unit fits the figure, same clause first. */
  private chooseMetric(sentence: string, mention: NumberMention, hits: NameHit[], clauseOf: (o: number) => number, topics: readonly string[] = []): { hit: NameHit; id: string } | null {
    let best: { hit: NameHit; id: string; cost: number } | null = null;
    const clause = clauseOf(mention.start);
    for (const hit of hits) {
      if (hit.kind !== 'metric') continue;
      for (const id of hit.ids) {
        const metric = this.metricsById.get(id);
        if (!metric || !fitsUnit(sentence, mention, metric, hit) || !(topics.includes(id) || holdsRequired(sentence, metric))) continue;
        const cost = gap(mention, hit) + (clauseOf(hit.start) === clause || gap(mention, hit) === 0 ? 0 : CLAUSE_PENALTY) + (hit.start < mention.start ? 0 : 0.5)
          // A semicolon parts two statements: "…世界500强的企业,苏州给予3000万元奖励;…中国500强的企业…".
          + (hasSemicolonBetween(sentence, mention, hit) ? CLAUSE_PENALTY : 0)
          // "四十多年的改革开放": the noun after 的 is what the figure measures, before one as near behind it.
          - (hit.start >= mention.end && hit.start - mention.end <= 2 && ATTRIBUTIVE_GAP.test(sentence.slice(mention.end, hit.start)) ? 1 : 0);
        // "GDP 2021: 2.27T RMB | 规上工业: 4万亿+": a label's figure is the label's, whatever follows it.
        // (Not when a metric right after names the figure: "改革开放为2500多年历史的苏州古城", "40 years of reform".)
        const labelled = hit.end <= mention.start && mention.start - hit.end <= 16 && LABEL_GAP.test(sentence.slice(hit.end, mention.start))
          && !hits.some((h) => h.kind === 'metric' && h.start >= mention.end && NOUN_AFTER_FIGURE.test(sentence.slice(mention.end, h.start)));
        if (labelled) return { hit, id };
        if (!best || cost < best.cost) best = { hit, id, cost };
      }
    }
    return best;
  }

  /**
   * True when the figure measures something else than the metric: a blocker attached to the metric
   * name or to the figure ("GDP per capita", "人均GDP", "GDP growth"), a change ("rose 200 billion
   * yuan"), a per-unit amount or threshold ("20 million yuan each"), the other side of a comparison.
   */
  private isBlocked(mention: NumberMention, metricHit: NameHit, metric: MetricDef, hits: NameHit[], sentence: string, others: NumberMention[], dated = false): boolean {
    // "grew 8.7 percent to 2.27 trillion yuan", "增长8.7%，达到2.27万亿元": the figure is the level reached.
    const levelBefore = LEVEL_LAST.has(lastNonSpace(sentence, Math.max(0, mention.start - 12), mention.start))
      && LEVEL_BEFORE.test(sentence.slice(Math.max(0, mention.start - 12), mention.start));
    for (const hit of hits) {
      if (hit.kind !== 'blocker' || !hit.ids.includes(metric.id)) continue;
      if (hit.start === metricHit.start && hit.end === metricHit.end) continue;
      // "Per head, Suzhou's economy produced …", "人均来看，…": an opening adverbial speaks for the sentence.
      if (hit.start <= 12 && OPENING_ADVERBIAL.test(sentence.slice(0, hit.start)) && /^\s*(?:[,，]|来看|來看|而言|计算|計算)/u.test(sentence.slice(hit.end, hit.end + 4))) return true;
      // "grew to 2.27 trillion", "增长到": a change verb leading to a level does not block.
      if (/^\s*(?:to\b|至|到)/u.test(sentence.slice(hit.end, hit.end + 4))) continue;
      // A change word right after the figure that has a figure of its own governs that one:
      // "2.27万亿元增长2.0%", "25718.34亿元，同比增长8.7%".
      if (hit.start >= mention.end && others.some((m) => m !== mention && m.start >= hit.end && m.start - hit.end <= 4)) continue;
      // Attached to the metric name, to the figure, or standing between the two; punctuation
      // between them ends the attachment.
      const near = (a: Span, b: Span): boolean => gap(a, b) <= 3 && !/[,，;；。:：]/u.test(sentence.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
      const attached = near(hit, metricHit) || near(hit, mention);
      const between = (hit.start >= Math.min(metricHit.end, mention.end) && hit.end <= Math.max(metricHit.start, mention.start));
      // The change has its own figure right after it ("grew 8.7 percent", "增长8.7%"), and this
      // figure is the level reached. "人均GDP在17万至18万元": the metric comes first, so 17万 is per capita.
      const ownFigure = levelBefore && others.some((m) => m !== mention && m.start >= hit.end && m.start - hit.end <= 4 && m.end <= mention.start
        && !(metricHit.start >= hit.end && metricHit.end <= m.start));
      if (ownFigure) continue;
      if (attached || (between && !levelBefore)) return true;
    }
    // The metric's own name is not a change word: "GDP grew" names a growth rate.
    const from = metricHit.end <= mention.start ? Math.max(metricHit.end, mention.start - 40) : Math.max(0, mention.start - 40);
    const before = sentence.slice(from, mention.start);
    const after = sentence.slice(mention.end, mention.end + 30);
    // "从20170.5亿元增长到22718.34亿元", "from 2.02 to 2.27 trillion": the first is where the change
    // started, an earlier period's figure.
    if (isChangeStart(sentence, mention, others)) return true;
    // "did not reach 3 trillion", "尚未突破2.5万亿元", "a viral post claimed": not what the writer states.
    if (negatedBefore(sentence, mention.start) || this.reportedBefore(sentence, mention.start)) return true;
    // "2万2718亿元": a numeral glued to another is one figure we cannot read; better none than half.
    if (isDigitCode(sentence.charCodeAt(mention.end)) || (mention.start >= 2 && isDigitCode(sentence.charCodeAt(mention.start - 2)) && GLUED_PLACE.has(sentence.charCodeAt(mention.start - 1)))) return true;
    // Yuan and dollars of other places: 新台幣9.8兆元, HK$10 billion, 100亿港元.
    const currencyWindow = Math.max(0, mention.start - 6);
    if ((FOREIGN_CURRENCY_LAST.has(lastNonSpace(sentence, currencyWindow, mention.numeral.start)) && FOREIGN_CURRENCY_BEFORE.test(sentence.slice(currencyWindow, mention.numeral.start)))
      || FOREIGN_CURRENCY_AFTER.test(after)) return true;
    // "距离GDP三万亿元城市还有差距", "joined the 2-trillion-yuan club": a class of cities, not a figure of one.
    if (CLASS_FIRST.has(firstNonSpace(after)) && CLASS_AFTER.test(after)) return true;
    return isDeltaBefore(before) || isPerUnit(before, after) || (!dated && isComparedBefore(before));
  }

  /**
   * The last sentence `reportedBefore` searched, and where its first REPORTED word ends (-1: none);
   * with `hearsay` below, the binder's only state: caches that any sentence replaces.
   */
  private reported = { sentence: '', end: -1 };

  /**
   * Whether a reporting word ("claimed", 网传) stands before `offset` in its part of the sentence:
   * a semicolon or a turn ("but", 但) ends what was reported ("a post claimed 3 trillion, but the
   * official figure was 2.27 trillion"). The first such word is found once per sentence; the rest
   * only when needed.
   */
  private reportedBefore(sentence: string, offset: number): boolean {
    if (this.reported.sentence !== sentence) this.reported = { sentence, end: firstReportEnd(sentence) };
    const first = this.reported.end;
    // Inside a word the cut itself ends a word ("wrongly|2"): only the cut text can tell.
    const cutInWord = isWordChar(sentence.charCodeAt(offset - 1)) && isWordChar(sentence.charCodeAt(offset));
    if (!cutInWord && (first < 0 || first > offset)) return false;
    const part = reportPartStart(sentence, offset);
    if (cutInWord) return isReported(sentence.slice(part, offset));
    return part < first || (part > 0 && isReported(sentence.slice(part, offset)));
  }

  /** Years, year ranges and named periods of a sentence, in order, as period ids. */
  private periodHits(sentence: string, hits: NameHit[], mentions: NumberMention[]): { id: string; span: Span }[] {
    const out: { id: string; span: Span }[] = [];
    const years = mentions.filter((m) => m.isYear);
    for (let i = 0; i < years.length; i++) {
      const y = years[i];
      const next = years[i + 1];
      // "(张伟，2022)", "(Wei, 2020; Zhang, 2021)", "Zhang et al. (2022)": when a work cited came out.
      if (isCitationYear(sentence, y)) continue;
      // "2021-25", "2021–25年": a range whose end is written short.
      const short = SHORT_RANGE_JOINER.has(sentence.charCodeAt(y.end)) ? shortYearRange(sentence, y) : null;
      if (short) {
        out.push({ id: this.periodsByRange.get(short.id) ?? short.id, span: short.span });
        continue;
      }
      if (next && /^\s*(?:-|–|—|~|to|through|至|到)\s*$/u.test(sentence.slice(y.end, next.start))) {
        const range = `${y.value}-${next.value}`;
        out.push({ id: this.periodsByRange.get(range) ?? range, span: { start: y.start, end: next.end } });
        i++;
        continue;
      }
      out.push({ id: String(y.value), span: y });
    }
    for (const h of hits) if (h.kind === 'period') out.push({ id: h.ids[0], span: h });
    return out.sort((a, b) => a.span.start - b.span.start);
  }

  private choosePeriod(
    sentence: string,
    mention: NumberMention,
    periods: { id: string; span: Span }[],
    clauseOf: (o: number) => number,
    context: BindingContext,
    figures: readonly NumberMention[],
  ): { id: string | null; from: BoundFigure['periodFrom'] } {
    let best: { id: string; cost: number } | null = null;
    const clause = clauseOf(mention.start);
    for (const p of periods) {
      // "The city has formed two …, and plans to spend 100 billion yuan during the 14th Five-Year
      // Plan": a period in a later clause with a figure of its own is that figure's, and so is one
      // before a semicolon. (An earlier one sets the scene: "2020年GDP首次突破2万亿元,达20170.5亿元".)
      const own = clauseOf(p.span.start);
      if ((own > clause || (own < clause && hasSemicolonBetween(sentence, p.span, mention))) && figures.some((f) => f !== mention && clauseOf(f.start) === own)) continue;
      // "from 2.02 trillion yuan in 2020 to 2.27 trillion yuan in 2021": "in" ties a year to the
      // figure before it, over one as near before the figure.
      const tied = p.span.start >= mention.end && p.span.start - mention.end <= 10 && YEAR_AFTER_FIGURE.test(sentence.slice(mention.end, p.span.start)) ? 0.5 : 0;
      const cost = gap(mention, p.span) + (clauseOf(p.span.start) === clause ? 0 : CLAUSE_PENALTY / 10) - tied;
      if (!best || cost < best.cost) best = { id: p.id, cost };
    }
    if (best) return { id: best.id, from: 'sentence' };
    if (context.period) return { id: context.period, from: 'context' };
    return { id: null, from: 'none' };
  }
}

/**
 * The relative period word that dates a figure: the only one, else the one in the figure's clause
 * ("前年苏州GDP为2.0万亿元，去年为2.4万亿元"), else the last before it, else the first.
 */
function relativeFor(relatives: readonly RelativeYear[], mention: NumberMention, clauseOf: (o: number) => number): RelativeYear | null {
  if (relatives.length <= 1) return relatives[0] ?? null;
  const clause = clauseOf(mention.start);
  let before: RelativeYear | null = null;
  for (const r of relatives) {
    if (clauseOf(r.span.start) === clause) return r;
    if (r.span.start < mention.start) before = r;
  }
  return before ?? relatives[0];
}

/**
 * The year a relative phrase right beside a figure ("1.9 trillion yuan a year earlier", 上年为2.27万亿元)
 * names, counted back from the last year the sentence names before both; null when the phrase is
 * not beside the figure or no year comes before it.
 */
function yearBefore(sentence: string, relative: RelativeYear, mention: NumberMention, periods: readonly { id: string; span: Span }[]): string | null {
  const { span } = relative;
  // Only "a year earlier", "the previous year", 上年 count from the sentence's year ("last year",
  // 去年 count from when the text was written); "a year earlier than planned" is no period.
  if (!YEAR_EARLIER.test(sentence.slice(span.start, span.end)) || THAN_AFTER.test(sentence.slice(span.end, span.end + 6))) return null;
  const beside = span.start >= mention.end
    ? span.start - mention.end <= RELATIVE_BESIDE && /^\s*$/.test(sentence.slice(mention.end, span.start))
    : span.end <= mention.start && mention.start - span.end <= RELATIVE_BESIDE && RELATIVE_THEN_FIGURE.test(sentence.slice(span.end, mention.start));
  if (!beside) return null;
  const first = Math.min(span.start, mention.start);
  let base: string | null = null;
  for (const p of periods) if (p.span.end <= first && /^\d{4}$/.test(p.id)) base = p.id;
  return base === null ? null : String(Number(base) - relative.back);
}

/** How far (UTF-16 units) a relative phrase may stand from the figure it dates: " a year earlier", "，上年为". */
const RELATIVE_BESIDE = 6;
const YEAR_EARLIER = /^(?:a\s+year\s+earlier|the\s+previous\s+year|the\s+year\s+before|上年|上一年)$/i;
const THAN_AFTER = /^\s*(?:than\b|于|於)/i;
/** What joins a relative phrase to the figure after it: 上年为, 去年的, "the previous year's". */
const RELATIVE_THEN_FIGURE = /^\s*(?:为|為|是|的|达|達|[:：]|['’]s|was|of)?\s*$/u;

/** `mentions` but those inside a date (a dateline's year is no period); the same array when there is no date. */
function outsideDates(mentions: NumberMention[], dates: readonly { span: Span }[]): NumberMention[] {
  if (!dates.length) return mentions;
  return mentions.filter((m) => !dates.some((d) => m.start >= d.span.start && m.end <= d.span.end));
}

/**
 * The places a "respectively" sentence lists right before its figures ("Suzhou and Wuxi posted …",
 * "无锡、苏州GDP分别为…"): the last run of names joined by "and", commas or 、 before the first
 * figure, each the owner of the figure in its place in `figures` (all of one metric); null when
 * they do not pair one to one or our entity is not among them exactly once.
 */
function respectivePlaces(sentence: string, hits: readonly NameHit[], figures: readonly { mention: NumberMention; metric: MetricDef }[]): EntityRef[] | null {
  if (figures.some((f) => f.metric.id !== figures[0].metric.id)) return null;
  const first = figures[0].mention.start;
  const places = lastListBefore(sentence, hits.filter((h) => (h.kind === 'entity' || h.kind === 'other-place') && !h.qualifies), first);
  const key = (h: Span & { kind: string; ids: string[]; text: string }): string => (h.kind === 'entity' ? `+${h.ids[0]}` : h.text.toLowerCase());
  if (places.length !== figures.length || new Set(places.map(key)).size !== places.length) return null;
  if (places.filter((p) => p.kind === 'entity').length !== 1) return null;
  return places.map((p) => (p.kind === 'entity' ? { id: p.ids[0], own: true } : { id: p.text, own: false }));
}

/**
 * The periods a "respectively" sentence lists right before its figures ("in 2020 and 2021",
 * "2020年和2021年"), each the period of the figure in its place in `figures` (all of one metric);
 * null when they do not pair one to one.
 */
function respectivePeriods(sentence: string, periods: readonly { id: string; span: Span }[], figures: readonly { mention: NumberMention; metric: MetricDef }[]): string[] | null {
  if (figures.some((f) => f.metric.id !== figures[0].metric.id)) return null;
  const listed = lastListBefore(sentence, periods.map((p) => ({ ...p.span, id: p.id })), figures[0].mention.start);
  const ids = listed.map((p) => p.id);
  return ids.length === figures.length && new Set(ids).size === ids.length ? ids : null;
}

/** What joins the items of a list: "and", commas, 、, 和, 与, 及, "&" (a full-width comma joins clauses). */
const LIST_JOINT = /^\s*(?:[,、]\s*(?:and\s+)?|and\s+|&\s*|和|与|與|及|以及)\s*$/i;

/**
 * The last run of `items` (in order) before `end` whose neighbours are joined by LIST_JOINT; empty
 * when that run has a single item.
 */
function lastListBefore<T extends Span>(sentence: string, items: readonly T[], end: number): T[] {
  let run: T[] = [];
  for (const item of items) {
    if (item.end > end) break;
    const prev = run[run.length - 1];
    run = prev && LIST_JOINT.test(sentence.slice(prev.end, item.start)) ? [...run, item] : [item];
  }
  return run.length > 1 ? run : [];
}

/** "respectively", 分别: plain searches, cheaper than a pattern over every sentence with two figures. */
function saysRespectively(sentence: string): boolean {
  return sentence.includes('分别') || sentence.includes('分別') || (sentence.includes('spectively') && /\brespectively\b/i.test(sentence));
}

/** Words that make a figure a part of the metric they lead to: 占, "accounting for", "share of". */
const CONTRIBUTED_BEFORE = /\b(?:contribut(?:ed|es|ing)|added)\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
const CONTRIBUTED_BEFORE_ZH = /(?:贡献|貢獻)了?\s*$/;

/** Whether the text right before a figure gives it as a contribution ("contributed", 贡献). */
function contributedBefore(before: string): boolean {
  return CONTRIBUTED_BEFORE_ZH.test(before) || ((before.includes('ontribut') || before.includes('added')) && CONTRIBUTED_BEFORE.test(before));
}

/** Whether text names a share of a whole (PART_OF), after a cheap first test. */
function namesPart(text: string): boolean {
  return (text.includes('占') || text.includes('佔') || text.includes('ccount') || text.includes('share') || text.includes('cent') || text.includes('%')) && PART_OF.test(text);
}
const PART_OF = /占|佔|\baccount(?:s|ed|ing)?\s+for\b|\bshare\s+of\b|\bper\s*cent\s+of\b|%\s+of\b/i;

/**
 * Whether a Chinese clause gives the age of another subject: "平江路已有800多年历史" names no
 * entity of ours before its 有.
 */
function agedByOtherSubject(sentence: string, mention: NumberMention, clause: Span, hits: readonly NameHit[]): boolean {
  const before = sentence.slice(clause.start, mention.start);
  // "- 留園:約450年歷史", "Lingering Garden: 400 years old": a list item's label is what it is about.
  // ("Key fact: Suzhou has …": a subject after the colon speaks for itself.)
  const label = LABEL_START.exec(sentence);
  const isCityName = (h: NameHit): boolean => h.kind === 'entity' || h.kind === 'reference';
  if (label && label[0].length <= mention.start && !NOT_A_LABEL.test(label[1].trim())
    && !hits.some((h) => h.end <= label[0].length && (isCityName(h) || h.kind === 'metric'))
    && !hits.some((h) => isCityName(h) && h.start >= label[0].length && h.end <= mention.start)) return true;
  // "已有800多年历史的平江路", "拥有2500年历史的苏州": an age before 的 is the noun's after it.
  // (A city word after 的 — 古城, 文化名城 — leaves it to the rules below.)
  const attributive = ATTRIBUTIVE_AFTER.exec(sentence.slice(mention.end, mention.end + 12));
  if (attributive) {
    const noun = mention.end + attributive[0].length;
    const owner = hits.find((h) => h.start >= noun && h.start - noun <= 1 && h.kind !== 'period');
    if (owner && owner.kind !== 'metric') return !isCityName(owner);
    if (!owner && !CITY_NOUN.test(sentence.slice(noun, noun + 8))) return true;
  }
  // A subject of eight words, its verb and a few words after it fit in the window (bounds the search).
  const windowStart = Math.max(0, before.length - SUBJECT_WINDOW);
  const english = ENGLISH_SUBJECT_HAS.exec(windowStart ? before.slice(windowStart) : before);
  if (english) {
    const subject = english[1];
    // "Suzhou, which has 2,500 years of history": the pronoun stands for the name right before it.
    // ("Pingjiang Road in Suzhou, which …": not after a preposition.)
    if (RELATIVE_SUBJECT.test(subject)) {
      return !hits.some((h) => isCityName(h) && h.end <= clause.start && clause.start - h.end <= 3
        && !/\b(?:in|of|near|at|from|outside|around)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, h.start - 12), h.start)));
    }
    return !isCitySubject(subject, clause.start + windowStart + english.index + english[0].indexOf(subject), hits);
  }
  // "Hanshan Temple in Suzhou was founded … and has a history of 1,500 years": an English clause
  // without a subject goes on about the sentence's.
  if (ENGLISH_SUBJECTLESS_HAS.test(before)) {
    const opening = ENGLISH_OPENING_SUBJECT.exec(sentence.slice(0, clause.start));
    if (opening) return !isCitySubject(opening[1], opening.index + opening[0].indexOf(opening[1]), hits);
  }
  // "平江路是…古街之一，已有800多年历史", "昆曲发源于昆山，也有600多年历史": a clause without a subject
  // goes on about the sentence's; the age is the city's only if the sentence names it as a subject
  // ("拥有2500年历史的苏州" too), not as a place (在苏州) or an owner of another (苏州的平江路).
  if (SUBJECTLESS_HAS.test(before)) {
    // (A name that qualifies a noun, "東吳大學（Soochow University）", is that noun's, no subject.)
    return !hits.some((h) => (h.kind === 'entity' || h.kind === 'reference') && !h.qualifies
      && !LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, h.start - 2), h.start)) && !OWNS_OTHER_SUBJECT.test(sentence.slice(h.end, h.end + 8)));
  }
  // "苏州，一座拥有2500年历史的古城，…": a clause of "a city" after the city's name describes it.
  // (Not "一座座古桥", "这座城市的园林": other nouns.)
  if (A_CITY_CLAUSE.test(before) && CITY_HEAD_END.test(sentence.slice(mention.end, clause.end))
    && hits.some((h) => isCityName(h) && h.end <= clause.start && clause.start - h.end <= 2)) return false;
  // "作为一座拥有2500多年历史的古城，苏州…": the city the clause describes comes after it.
  if (!OTHER_SUBJECT_HAS.test(before) || /^\s*(?:作为|作為|身为|身為)/u.test(before)) return false;
  // "（苏州，…，）建城史已有2500多年": the clause opens with the history itself, owned by no one else.
  if (hits.some((h) => h.kind === 'metric' && h.start >= clause.start && h.end <= mention.start && /^[\s，,、]*$/u.test(sentence.slice(clause.start, h.start)))) return false;
  // "该公司在苏州已有30年历史": a place after 在 says where the subject is, not what it is;
  // "苏州地区的丝绸生产已有4700多年历史": 的 makes it the owner of another subject.
  return !hits.some((h) => (h.kind === 'entity' || h.kind === 'reference') && h.start >= clause.start && h.end <= mention.start
    && !LOCATIVE_BEFORE.test(sentence.slice(Math.max(clause.start, h.start - 2), h.start))
    && !OWNS_OTHER_SUBJECT.test(sentence.slice(h.end, mention.start)));
}

/** After an age, up to the 的 that ties it to the noun it qualifies: "年历史的", "多年的". */
const ATTRIBUTIVE_AFTER = /^(?:[多余餘]?年)?(?:的)?(?:历史|歷史|建城史)?的\s*/u;

/** A noun for a city after an attributive 的: 古城, 文化名城, 城市, 都市. */
const CITY_NOUN = /^[\u4e00-\u9fff]{0,4}(?:城|城市|都市|都会|都會)(?![\u4e00-\u9fff])|^(?:城市|都市)/u;

/** A label opening a sentence, before its colon ("留園:", "Lingering Garden:"). */
const LABEL_START = /^\s*([^:：\n,，。.]{1,24})[:：]/u;
/** Labels that head an answer or a note, not a subject. */
// (Speakers of a transcript too: "[00:14:02] HOST:", 主持人：.)
const NOT_A_LABEL = /^(?:答|问|問|Q|A|Answer|Question|Note|Notes|注|备注|備註|说明|說明|小结|小結|EN|ZH|CN|English|Chinese|英文|中文|译文|譯文|原文|Translation|Original|[A-Za-z]{1,2}|\d+|\[\d{1,2}|(?:\[[\d:.]+\]\s*)?(?:host|guest|speaker|interviewer|interviewee|moderator|reporter|anchor|narrator|主持人|嘉宾|嘉賓|记者|記者|受访者|受訪者|旁白))$/i;
/** How far before an age its English subject and verb are looked for (UTF-16 units). */
const SUBJECT_WINDOW = 100;

/** Between our city's name and a place that holds it: "Suzhou in east China's Jiangsu", "Suzhou, Jiangsu". */
const WHERE_AFTER_NAME = /^(?:\s+in\s+(?:(?:east|eastern|southern|south|southeast|east-central)\s+)?|\s*,\s*)$/i;

/** An English clause that opens with its "has", its subject left out: "and has a history of". */
const ENGLISH_SUBJECTLESS_HAS = /^\s*(?:(?:and|but)\s+)?(?:(?:already|now|also|still)\s+)?(?:has|have|had|boasts?|boasted|enjoys?|enjoyed|spans?|spanned)\b(?:\s+(?:a|an|over|more|than|nearly|about|some|almost|around|roughly|at|least|a\s+history\s+of|history\s+of))*\s*$/i;
/** A sentence's opening subject, up to its first verb, after a label: "Hanshan Temple in Suzhou" in "译文：Hanshan Temple in Suzhou was founded …". */
const ENGLISH_OPENING_SUBJECT = /^\s*(?:[^\s:：]{1,12}[:：]\s*)?((?:[A-Za-z][\w'’.-]*\s+){0,7}?[A-Za-z][\w'’.-]*)\s+(?:(?:already|now|also|still)\s+)?(?:is|was|are|were|has|have|had|lies|lay|sits|stands|stood|became|remains|dates)\b/;

/** Relative pronouns as a clause's subject. */
const RELATIVE_SUBJECT = /^(?:which|that|who)$/i;

/** A Chinese clause that opens with its "has", no subject before it: "已有", "也有", "至今已有". */
const SUBJECTLESS_HAS = /^\s*(?:至今|迄今|也|还|還)?(?:已经?|已經?)?(?:拥有|擁有|有)(?:着|著)?\s*$/u;

/** 其中 ("of which") opening a clause: what follows is a part of the whole before it. */
const OF_WHICH = /(?:^|[，,；;。：:]\s*)其中/u;

/** Whether a measure's name ending at `end` qualifies a noun for a thing ("the GDP dashboard app"). */
function isMetricAsModifier(sentence: string, end: number): boolean {
  const c = sentence.charCodeAt(end);
  if (c !== 0x20 && c !== 0x2d) return false;
  METRIC_AS_MODIFIER.lastIndex = end;
  return METRIC_AS_MODIFIER.test(sentence);
}

const PRICE_WORD = /^(?:价格|價格|prices?)$/i;
const PRICE_BASIS_BEFORE = /(?:当年|當年|现行|現行|\bcurrent\s+|\bconstant\s+(?:(?:19|20)\d\d\s+)?)$/i;

/** Whether the name `h` is the verb "grant(s)" after its subject ("Suzhou grants", "the city also grants"), not a grant. */
function isGrantVerb(sentence: string, h: NameHit, previous: NameHit | undefined): boolean {
  if (h.text !== 'grants' && h.text !== 'grant') return false;
  if (GRANT_NOUN_AFTER.test(sentence.slice(h.end, h.end + 12))) return false;
  const before = sentence.slice(Math.max(0, h.start - 16), h.start);
  return (previous !== undefined && (previous.kind === 'entity' || previous.kind === 'reference' || previous.kind === 'other-place') && h.start - previous.end <= 1) || GRANT_SUBJECT_BEFORE.test(before);
}

const GRANT_NOUN_AFTER = /^\s+(?:of|worth|total\w*|amount\w*|from|were|was|are|is|to|for|reached|rose|fell|came|grew|increased|hit|and)\b/i;
const GRANT_SUBJECT_BEFORE = /\b(?:also|it|which|that|will|would|city|government|authorities|and)\s+$/i;

/** Whether the name `h` is "economy" after an indefinite article, naming a place and not its output. */
function isAnEconomy(sentence: string, h: NameHit): boolean {
  if (h.end - h.start !== 7 || (h.text !== 'economy' && h.text !== 'Economy')) return false;
  const an = AN_BEFORE.exec(sentence.slice(Math.max(0, h.start - 40), h.start));
  // ("a 3 trillion yuan economy" gives its size.)
  return an !== null && !SIZE_WORD.test(an[0]) && !ECONOMY_OF.test(sentence.slice(h.end, h.end + 12));
}

const AN_BEFORE = /\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$/i;
const ECONOMY_OF = /^\s+(?:of|worth|with|valued|sized|that|which|bigger|larger|smaller|reaching|at)\b/i;
const SIZE_WORD = /\d|trillion|billion|million|yuan|dollar/i;

/** Nouns a measure's name can qualify as a modifier: "GDP dashboard", "GDP ranking app". */
const METRIC_AS_MODIFIER = /[ -](?:dashboard|app|apps|tracker|index|model|simulator|game|quiz|calculator|league\s+table)\b/iy;

/** The first character of `text` that is not a space (NaN when there is none). */
function firstNonSpace(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 0x20) i++;
  return text.charCodeAt(i);
}

const CLASS_FIRST = codes('级級城俱梯阵陣-cC');

/** Where the last of `others` before `mention` ends (0 when none). */
function previousEnd(others: readonly NumberMention[], mention: NumberMention): number {
  let end = 0;
  for (const m of others) if (m.end <= mention.start && m.end > end) end = m.end;
  return end;
}

/** A currency a figure is given in, said before it: 以新台幣計, 換算成新台幣, 折合美元, "in US dollar terms". */
const CURRENCY_FRAME = /\b(?:in|measured\s+in|converted\s+(?:in)?to)\s+(?:(?:new\s+)?Taiwan|US|U\.S\.|Hong\s+Kong|HK)\s+dollars?\b|\bin\s+(?:US\s+)?dollar\s+terms\b/i;
const CURRENCY_FRAME_ZH = /(?:以|按|换算成|換算成|折合|合)\s*(?:新台幣|新台币|美元|港元|港幣|港币|日元|欧元|歐元)/;

/** A class a figure names: "三万亿元城市", "万亿俱乐部", "the trillion-yuan club". */
const CLASS_AFTER = /^\s*(?:级|級)?(?:城市|俱乐部|俱樂部|梯队|梯隊|阵营|陣營)|^[\s-]*(?:club|cities)\b/i;

/** A person's or a firm's own stretch of years right before the figure. */
const PERSONAL_SPAN_BEFORE = /(?:工作|生活|扎根|服务|服務|任职|任職|执教|執教|经营|經營|深耕|耕耘|唱|演)了?\s*$|\b(?:worked|lived|served|taught|operated|been\s+(?:in|based\s+in)\s+\S+)\s+(?:in\s+\S+\s+)?(?:for\s+)?(?:(?:about|over|more\s+than|nearly|some)\s+)?$/i;

/** Whether an age stands in "这座拥有…历史的古城" ("this city of … years"): the city's own. */
function describesThisCity(sentence: string, mention: NumberMention): boolean {
  if (!THIS_CITY_HAS.test(sentence.slice(Math.max(0, mention.start - 8), mention.start))) return false;
  const attributive = ATTRIBUTIVE_AFTER.exec(sentence.slice(mention.end, mention.end + 12));
  if (!attributive) return false;
  const noun = mention.end + attributive[0].length;
  return CITY_NOUN.test(sentence.slice(noun, noun + 8));
}

/** "这座拥有", "這座有着", "一座擁有" right before an age: the clause describes a city. */
const THIS_CITY_HAS = /(?:这|這|一)座\s*(?:拥有|擁有|有着|有著|有)\s*$/u;

/** An appositive's start: "一座" (a city), "这座", "一个". */
const A_CITY_CLAUSE = /^\s*(?:一|这|這)(?:座|个|個)(?!座|个|個|城市的)/u;
/** The rest of such a clause ends in a word for a city: "…历史的古城", "…的文化名城". */
const CITY_HEAD_END = /^[^，,。；;]*?(?:古城|城市|名城|都市|都会|都會)\s*[，,。；;！!]?\s*$/u;

/** A Chinese subject and its "has": "平江路已有", "这座园林拥有". */
const OTHER_SUBJECT_HAS = /[\u4e00-\u9fff]{2,}(?:已经?|已經?|至今已?|迄今已?)?(?:拥有|擁有|有)(?:着|著)?\s*$/u;

/** What makes a place's name part of the name of an idea: 模式, 之路, 精神, "model", "way". */
const IDEA_AFTER = /^(?:模式|之路|精神|经验|經驗|样板|樣板|现象|現象|奇迹|奇蹟)|^\s+(?:model|miracle|experience|spirit)\b/i;

/** What a dateline starts with: a capital letter, or 新 中 本 （ (. */
const DATELINE_FIRST = new Set([...Array.from({ length: 26 }, (_, i) => 0x41 + i), ...codes('新中本（( 【')]);

/** Whether a place's name is part of the name of an idea ("苏南模式", "昆山之路", "the Kunshan model"). */
function namesAnIdea(text: string, h: Span): boolean {
  return IDEA_FIRST.has(text.charCodeAt(h.end)) && IDEA_AFTER.test(text.slice(h.end, h.end + 10));
}

/** What an IDEA_AFTER match starts with. */
const IDEA_FIRST = codes(' 模之精经經样樣现現奇');

/** Whether the text before `at` ends in "of " (every RELATION_BEFORE match does): a cheap first test. */
function endsWithOf(text: string, at: number): boolean {
  return at > 3 && text.charCodeAt(at - 1) === 0x20 && (text.charCodeAt(at - 2) | 0x20) === 0x66 && (text.charCodeAt(at - 3) | 0x20) === 0x6f;
}

/** A place named by its relation to the name after it: "neighbour of", "east of", "the suburbs of". */
const RELATION_BEFORE = /\b(?:neighbou?rs?|rivals?|sister\s+cit(?:y|ies)|satellites?|outskirts|suburbs?|(?:north|south|east|west)(?:-?(?:east|west))?)\s+of\s+$/i;

/**
 * Whether our city's name `h` stands in the predicate of another place `prev` ("吴江区是苏州面积最大的区",
 * "苏州工业园区是苏州的经济引擎", "相城区位于苏州市北部"): the sentence is about `prev`.
 */
function isPredicateOf(sentence: string, prev: NameHit, h: NameHit): boolean {
  if (prev.kind !== 'other-place' && prev.kind !== 'other-area') return false;
  return h.start - prev.end <= 6 && COPULA_BETWEEN.test(sentence.slice(prev.end, h.start));
}

/** What joins a subject to a predicate naming the city: 是, 位于, 隶属, "is part of". */
const COPULA_BETWEEN = /^[区區县縣市镇鎮]?\s*(?:是|为|為|位于|位於|地处|地處|隶属于?|隸屬於?|属于|屬於)\s*$/u;

/** 作为 ("as") right before the city's name: the name is in the role another subject plays. */
const ROLE_BEFORE = /(?:作为|作為|身为|身為)\s*$/u;
const ROLE_LAST = codes('为為');

/** A company named after its city: 苏州恒力集团, 苏州银行, 苏州某某股份有限公司 (not 苏州规上工业企业: the city's firms). */
const COMPANY_AFTER = /^(?:市)?(?:(?![与與和及的在为為向对對同跟将將从從是超远遠比较較上全])[\u4e00-\u9fff]){0,4}?(?:集团|集團|股份|有限公司|公司|(?:银行|銀行)(?![业業]))|^(?:工厂|工廠|厂区|廠區|分公司|生产基地|生產基地)|^\s+(?:[A-Z][\w&-]*\s+){0,3}(?:Group|Co\.|Company|Corp\.?|Corporation|Inc\.?|Ltd\.?|Holdings|Bank)\b|^\s+(?:plant|factory|facility|subsidiary|branch|site|campus)\b/u;

/**
 * A list item or line labelled with a company ("- Hengli Group: industrial output of 690 billion
 * yuan", "- 恒力集团：工业总产值6900亿元"): where the label ends, else -1. Its figures are the company's.
 */
function companyLabelEnd(sentence: string): number {
  // A label ends in a colon near the start: a cheap first test.
  const colon = sentence.indexOf(':');
  const wide = sentence.indexOf('：');
  if ((colon < 0 || colon > COMPANY_LABEL_MAX) && (wide < 0 || wide > COMPANY_LABEL_MAX)) return -1;
  const m = COMPANY_LABEL.exec(sentence);
  return m ? m[0].length : -1;
}

const COMPANY_LABEL_MAX = 80;
const COMPANY_LABEL = /^\s*(?:(?:[A-Z][\w&.'’-]*\s+){1,4}(?:Group|Co\.|Company|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Holdings|Bank)|[\u4e00-\u9fff]{1,12}(?:集团|集團|股份|有限公司|公司|银行|銀行))\s*[:：]/u;

/** "Suzhou-based", "Suzhou-headquartered": the name describes something else. */
const BASED_AFTER = /^[-\u2010\u2011](?:based|headquartered|born|listed|registered|made|owned|funded)\b/i;

/** Between a figure and the noun it modifies: "的", "之". */
const ATTRIBUTIVE_GAP = /^\s*[的之]\s*$/u;

/** "-25", "—25年" after a year: the end of a range written in two digits ("2021-25" is 2021-2025). */
// Written tight ("2021-25", "2021—25年"): "In 2021 — 25 years after" and "2021年—25家" are no ranges.
const SHORT_YEAR_END = /^[-–—~至到](\d\d)(?![\d０-９%％]|\.\d|\s*(?:years?|家|个|個|位|项|項|名|座|多|余|餘|万|萬|亿|億)|\s+[a-z])/;
const SHORT_RANGE_JOINER = codes('-–—~至到');

/** The range a year and a two-digit end make ("2021-25"), or null. */
function shortYearRange(sentence: string, year: NumberMention): { id: string; span: Span } | null {
  const m = SHORT_YEAR_END.exec(sentence.slice(year.end, year.end + 8));
  if (!m) return null;
  const to = Math.floor(year.value / 100) * 100 + Number(m[1]);
  return to > year.value ? { id: `${year.value}-${to}`, span: { start: year.start, end: year.end + m[0].length } } : null;
}

/** Whether `sentence` holds one of the words `metric` requires (see MetricDef.requires), in any case. */
function holdsRequired(sentence: string, metric: MetricDef): boolean {
  if (!metric.requires.length) return true;
  // (Every figure of a sentence asks for each such metric: its lower-cased text is kept.)
  if (lowered.text !== sentence) {
    lowered.text = sentence;
    lowered.lower = sentence.toLowerCase();
  }
  let words = requiredWords.get(metric);
  if (!words) {
    words = metric.requires.map((w) => w.toLowerCase());
    requiredWords.set(metric, words);
  }
  const { lower } = lowered;
  return words.some((w) => lower.includes(w));
}

const lowered = { text: '', lower: '' };
const requiredWords = new WeakMap<MetricDef, string[]>();

/** "苏州(地区)的丝绸生产": the name owns the noun after 的, unless that noun is its history. */
const OWNS_OTHER_SUBJECT = /^(?:地区|地區|市)?的(?!历史|歷史|建城)[\u4e00-\u9fff]{2}/u;

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** 在, 于: the place after it is where something is. */
const LOCATIVE_BEFORE = /(?:在|于|於|落户|落戶)\s*$/u;

/**
 * An English clause opening with its subject and a verb of having before an age ("The company has
 * 30 years of history", "Our factory in Suzhou has a 20-year history"): group 1 is the subject.
 */
const ENGLISH_SUBJECT_HAS = /(?:^|[\s"“‘(—–])((?:[A-Za-z][\w'’.-]*\s+){0,7}?[A-Za-z][\w'’.-]*)\s+(?:(?:already|now|also|still|proudly)\s+)?(?:has|have|had|is|was|are|were|boasts?|boasted|enjoys?|enjoyed|spans?|spanned|possess(?:es)?|possessed|celebrates?|celebrated|marks?|marked)\b(?:\s+(?:a|an|over|more|than|nearly|about|some|almost|around|roughly|at|least|a\s+history\s+of|history\s+of))*\s*$/;

/**
 * Whether an English subject (at `at`) is the city: its name or a word for it ("Suzhou", "The
 * city", "the ancient city of Suzhou", "It"), or a phrase naming the metric itself ("China's reform
 * and opening up"). "The Suzhou-based company", "Our factory in Suzhou", "the Kunqu opera" are not.
 */
function isCitySubject(subject: string, at: number, hits: readonly NameHit[]): boolean {
  if (CITY_WORD_SUBJECT.test(subject)) return true;
  const inside = hits.filter((h) => h.start >= at && h.end <= at + subject.length);
  if (inside.some((h) => h.kind === 'metric')) return true;
  return inside.some((h) => (h.kind === 'entity' || h.kind === 'reference')
    && CITY_BEFORE_NAME.test(subject.slice(0, h.start - at)) && /^(?:\s+(?:city|municipality|prefecture))?(?:,?\s+in\s+.*)?$/i.test(subject.slice(h.end - at)));
}

/** A subject that is a word for the city itself (a pronoun, "the city", "the ancient city") or no subject ("today has"). */
const CITY_WORD_SUBJECT = /^(?:it|which|that|who|today|now|currently|also|still|already|thus|so|(?:the|this|our|that)\s+(?:[a-z-]+\s+){0,3}(?:city|metropolis|municipality))$/i;

/** What may stand before the city's name in a subject: nothing, "the", "the (ancient) city of". */
const CITY_BEFORE_NAME = /^(?:(?:historic|ancient|old|modern)\s+|(?:the|this)\s+(?:(?:[a-z-]+\s+){0,3}(?:city|town|capital|municipality)\s+of\s+)?)?$/i;

/** "the first 20 years", 头十年, 前三十年: a stretch of a period, not its length ("the past 40 years" is all of it). */
const FIRST_YEARS_BEFORE = /(?:\b(?:first|initial|early|opening)\s+|头|頭|前|最初的?|首)$/i;

/** What may stand before an opening adverbial: nothing, or a conjunction ("But per head, …"). */
const OPENING_ADVERBIAL = /^\s*(?:(?:but|and|yet|so|measured|counted|calculated|taken)\s+|按|从|從)?$/i;

/** Nouns a "-year-old" may age when the age is the city's: "the 2,500-year-old city", "-year-old history". */
const CITY_AGED = /^[\s-]*(?:(?:ancient|old|historic|historical|cultural|water|garden|canal|Chinese|Jiangsu)\s+)*(?:city|town|metropolis|capital|history|civili[sz]ation|culture)\b/i;

/** Whether the "N-year-old" `mention` ages the city: a city word or the city's own name follows it. */
function agesTheCity(sentence: string, mention: NumberMention, hits: readonly NameHit[]): boolean {
  if (CITY_AGED.test(sentence.slice(mention.end, mention.end + 40))) return true;
  return hits.some((h) => (h.kind === 'entity' || h.kind === 'reference') && h.start >= mention.end && h.start - mention.end <= 2);
}

/** An English appositive after a name: "Suzhou, a major economic hub in east China's Jiangsu Province, hit …". */
// (A figure's own separators are no clause's end: "a city with over 2,500 years of history in Jiangsu".)
const APPOSITIVE = /^\s*,\s*(?:a|an|the)\s(?:[^,;.]|(?<=\d)[,.](?=\d)){1,120}?(?=,(?!\d))/i;


const CHANGE_FROM_LAST = codes('从從由mM');
const CHANGE_FROM = /(?:从|從|由|\bfrom)\s*$/i;
const CHANGE_TO = /(?:到|至|\bto)\s*(?:(?:19|20)\d\d\s*年?\s*的?\s*)?$/i;

/** Whether `mention` opens a change ("从X增长到Y", "from X to Y"): after 从/from, with a figure after 到/to. */
function isChangeStart(sentence: string, mention: NumberMention, figures: readonly NumberMention[]): boolean {
  // Every CHANGE_FROM match ends in 从, 從, 由 or "from", white space aside.
  if (!CHANGE_FROM_LAST.has(lastNonSpace(sentence, Math.max(0, mention.start - 6), mention.start))) return false;
  if (!CHANGE_FROM.test(sentence.slice(Math.max(0, mention.start - 6), mention.start))) return false;
  const next = figures.find((m) => m.start >= mention.end);
  if (next === undefined || next.start - mention.end > 24) return false;
  const between = sentence.slice(mention.end, next.start);
  // "from 2.27 trillion yuan in 2021 to …": the start has a year of its own, and is a claim about it.
  return CHANGE_TO.test(between) && !/(?:19|20)\d\d/.test(between.replace(CHANGE_TO, ''));
}

/** Whether a semicolon (; or ；) stands between two spans of a sentence. */
function hasSemicolonBetween(sentence: string, a: Span, b: Span): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  const ascii = sentence.indexOf(';', from);
  if (ascii >= 0 && ascii < to) return true;
  const wide = sentence.indexOf('；', from);
  return wide >= 0 && wide < to;
}

/** What ties a year to the figure before it: "2.27 trillion yuan in 2021". */
const YEAR_AFTER_FIGURE = /^\s+(?:in|for|during)\s+$/i;

/** "grew 8.7 percent to 2.27 trillion": the figure is the level reached. */
const LEVEL_BEFORE = /(?:\bto|\breach(?:ed|ing)?|\bstood\s+at|\bat|至|到|达|達)\s*$/u;

/**
 * The last characters the words of LEVEL_BEFORE and FOREIGN_CURRENCY_BEFORE can end in: a window
 * whose last character (white space aside) is none of them cannot match, and is let go before the
 * pattern is tried at each of its positions.
 */
const LEVEL_LAST = codes('ohdgt至到达達');
const FOREIGN_CURRENCY_LAST = codes('幣币元圓$€£RPYDM');

const FOREIGN_CURRENCY_BEFORE = /(?:新台幣|新台币|台幣|台币|港幣|港币|澳門幣|澳门币|日圓|日元|(?<![A-Za-z])(?:NT|HK|S|A|C|NZ)\$|€|£|\b(?:EUR|GBP|JPY|HKD|TWD|SGD|MYR)\s?|(?<![A-Za-z])RM\s?)\s*$/u;
const FOREIGN_CURRENCY_AFTER = /^\s*(?:港元|港幣|港币|日元|日圓|欧元|歐元|英镑|英鎊|韩元|韓元|澳元|新台幣|新台币|台幣|台币|新元|新加坡元|新币|新幣|令吉|马币|馬幣|林吉特|泰铢|泰銖|卢比|盧比|\b(?:euros?|pounds|yen|won|ringgit|baht|rupees?|Hong Kong dollars|New Taiwan dollars|Singapore dollars)\b)/u;

// Unicode mode (and so no /i, see eslint.config.mjs): the bounded windows count an emoji or a rare
// CJK character as one character. Tested on lower-cased text instead.
const NEGATED_BEFORE = /(?:\b(?:not|never|no|nor|failed\s+to|fail\s+to|did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|won['’]t|will\s+not|is\s+not|isn['’]t|was\s+not|wasn['’]t)\b[^.;,]{0,16}|(?:未|尚未|并未|並未|没有|沒有|没|沒|不曾|无法|無法)[^，。；,;]{0,6})$/u;

/** Place words a numeral glued before a figure ends in: "2万2718亿元". */
const GLUED_PLACE = codes('万萬兆亿億');

/**
 * `NEGATED_BEFORE` on the 24 characters before `offset`, lower-cased. Every match holds a word
 * starting with n or f, an "n't", or one of 未没沒不无無; most windows hold none, and are let go
 * without a lower-cased copy.
 */
function negatedBefore(sentence: string, offset: number): boolean {
  const from = Math.max(0, offset - 24);
  let possible = false;
  for (let i = from; i < offset && !possible; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x6e || c === 0x4e) {
      const next = sentence.charCodeAt(i + 1);
      possible = i === from || !isWordChar(sentence.charCodeAt(i - 1)) || next === 0x27 || next === 0x2019;
    } else if (c === 0x66 || c === 0x46) {
      possible = i === from || !isWordChar(sentence.charCodeAt(i - 1));
    } else {
      possible = c === 0x672a || c === 0x6ca1 || c === 0x6c92 || c === 0x4e0d || c === 0x65e0 || c === 0x7121;
    }
  }
  return possible && NEGATED_BEFORE.test(sentence.slice(from, offset).toLowerCase());
}

/** What ends a reported claim's part of a sentence: a semicolon, or a turn ("but", 但). */
const REPORT_END = /[;；]|[,，]\s*(?:but|however|while|whereas|yet)\b|\bbut\b|但是?|然而|不过|不過|而是|而实际|而實際|实际上|實際上|\bin\s+fact\b|\bactually\b/gi;

/** Where the part of the sentence holding `offset` starts, after the last REPORT_END before it (0 if none). */
function reportPartStart(sentence: string, offset: number): number {
  let start = 0;
  REPORT_END.lastIndex = 0;
  for (let m = REPORT_END.exec(sentence); m && m.index < offset; m = REPORT_END.exec(sentence)) start = m.index + m[0].length;
  return start;
}

/** Chinese words that make what follows a rumour or someone's claim: shared by REPORTED and RUMOUR. */
const RUMOUR_ZH = '网传|網傳|(?:网上|網上|网络|網絡|网路|網路|网路上|網路上|坊间|坊間|民间|民間)流(?:传|傳)|流(?:传|傳)(?:着|著)?的(?:说法|說法|消息)|据传|據傳|谣传|謠傳|误传|誤傳|网文|網文|自媒体|自媒體|网友|網友|网帖|網帖|传言|傳言|传闻|傳聞|谣言|謠言|声称|聲稱';
/** English ones (for REPORTED, with more words around them). */
const RUMOUR_EN = 'claimed|rumou?red|falsely|wrongly|allegedly|supposedly|viral|netizens?';

// ("Claim:" labels a claim checked; "an earlier version … misstated", "a post says" report one.)
const REPORTED = new RegExp(`\\b(?:${RUMOUR_EN}|claims|rumou?rs?|incorrectly|mistakenly|erroneously|myths?)\\b|${RUMOUR_ZH}|错称|錯稱|如果(?!我?没有?记错|我?沒有?記錯|我记得没错|我記得沒錯|我记得不错|我記得不錯)|假如|假设|假設|若(?!干)|预测|預測|预言|預言`, 'i');
/**
 * Longer English phrases that report a claim ("Claim:", "an earlier version of this story", "a
 * widely shared post says", "earlier we said", "claim="): tried only in sentences with one of
 * REPORTED_PHRASE_HINT's words (a pattern of them at every "a " was a tenth of the reported-claim cost).
 */
const REPORTED_PHRASES = /^\s*claim\s*[:：]|\bearlier\s+version\s+of\s+(?:this|the)\s+(?:story|article|report|post|piece)\b|\b(?:a|one|some|another)\s+(?:[\w-]+\s+){0,3}(?:post|posts|video|message|tweet|caption)\s+(?:says|said|claims|claimed|reads|read|states|stated)\b|\bdraft\s+(?:says|said|reads|read)\s*[:：]?\s*["“]|\b(?:earlier|previously)\s+(?:we|I|it)\s+(?:said|reported|stated|wrote|gave)\b|\bclaim\s*=/i;
const REPORTED_PHRASE_HINT = /laim|arlier|reviously|post|video|message|tweet|caption|draft/;

/** Hypotheticals in English ("if", "could", "would"): searched only in sentences holding one of them. */
// ("If I remember correctly" hedges a claim; it supposes nothing.)
const HYPOTHETICAL = /\b(?:if(?!\s+(?:I|we)\s+(?:remember|recall)\b)(?!\s+memory\s+serves)(?!\s+I['’]m\s+not\s+mistaken)|could|might|would|suppose|supposing|assume|assuming)\b|^\W*let\b/i;
const COUNTERFACTUAL = /\b[Hh]ad\s+(?:[A-Z][\w'’]*|its|the\s+city['’]s)(?:\s+[\w'’-]+){0,3}\s+been\b/;
const HYPOTHETICAL_HINTS = ['if', 'If', 'IF', 'could', 'might', 'would', 'uppose', 'ssum', 'Let '];

function mayBeHypothetical(text: string): boolean {
  for (const h of HYPOTHETICAL_HINTS) if (text.includes(h)) return true;
  return false;
}

/** Where the first reporting or hypothetical word of `text` ends, or -1. */
function firstReportEnd(text: string): number {
  const m = REPORTED.exec(text);
  const h = mayBeHypothetical(text) ? HYPOTHETICAL.exec(text) : null;
  // "had Suzhou's GDP been 2.5 trillion yuan": a counterfactual, by its word order.
  const c = text.includes('ad ') ? COUNTERFACTUAL.exec(text) : null;
  const p = mayReportPhrase(text) ? REPORTED_PHRASES.exec(text) : null;
  const ends = [m, h, c, p].filter((x): x is RegExpExecArray => x !== null).map((x) => x.index + x[0].length);
  return ends.length ? Math.min(...ends) : -1;
}

/**
 * Whether a lead-in's last sentence reports a rumour ("A post shared widely claimed:", 近日网传：);
 * not when it rebuts one ("Contrary to rumours, the official figures are:").
 */
function reportsRumour(text: string): boolean {
  const last = text.slice(lastSentenceStart(text));
  return RUMOUR.test(last) && !REBUTS.test(last);
}

/** Where the last sentence of `text` starts (after its last full stop, a trailing one aside). */
function lastSentenceStart(text: string): number {
  for (let i = text.trimEnd().length - 2; i >= 0; i--) if (FULL_STOP.has(text.charCodeAt(i))) return i + 1;
  return 0;
}

const FULL_STOP = codes('.!?。！？');
const REBUTS = /\bcontrary\s+to\b|\bwrong\b|\bfalse\b|\bofficial\b|\bdebunk|辟谣|闢謠|不实|不實|官方|实际|實際/i;

/**
 * Words that make what follows a rumour or someone's claim ("A post shared widely claimed:", 网传,
 * 据传): for a lead-in, narrower than REPORTED (no hypotheticals, forecasts or "claims to fame").
 */
const RUMOUR = new RegExp(`\\b(?:${RUMOUR_EN}|rumou?rs)\\b|${RUMOUR_ZH}`, 'i');

/** Whether a sentence ends in a question mark (closing quotes and spaces aside). */
function isQuestion(sentence: string): boolean {
  let i = sentence.length - 1;
  // (Closing quotes and spaces aside; a mark inside brackets asks nothing of the sentence: "(see https://example.com/gdp?)".)
  while (i >= 0 && CLOSING_QUOTE_OR_SPACE.has(sentence.charCodeAt(i))) i--;
  const c = sentence.charCodeAt(i);
  return c === 0x3f || c === 0xff1f;
}

/**
 * Whether a question asks about the figure: the figure stands in its last clause, or in a choice
 * ("3 trillion yuan, or 2.27 trillion?"); not a question that asserts ("Did you know…", 谁能想到).
 */
function asksAbout(sentence: string, mention: NumberMention): boolean {
  if (ASSERTING_QUESTION.test(sentence)) return false;
  // "Did Suzhou's GDP really reach 3 trillion yuan in 2021, as one video claimed?": a yes/no question
  // asks about all it says.
  if (YES_NO_QUESTION.test(sentence)) return true;
  const rest = sentence.slice(mention.end);
  const mark = CLAUSE_MARK.exec(rest);
  return mark === null || CHOICE_AFTER.test(rest.slice(mark.index + 1)) || TRUTH_TAG.test(rest.slice(mark.index + 1));
}

/** Whether a sentence is a quiz's statement: "True or false: …", or one marked false ("…（×）"). */
function isQuizStatement(sentence: string): boolean {
  const last = lastNonSpace(sentence, 0, sentence.length);
  return ((last === 0x29 || last === 0xff09 || last === 0x2e || last === 0x3002) && MARKED_FALSE.test(sentence)) || QUIZ_OPENING.test(sentence)
    || (MARKED_FALSE_START.test(sentence) && !MARKED_TRUE.test(sentence));
}

const QUIZ_OPENING = /^\W*(?:true\s+or\s+false|判断题|判斷題)\b/i;
/** A mark for what is true: "❌ 超3万亿 ✅ 实际约2.7万亿" (after it, the writer's own claim). */
const MARKED_TRUE = /[✅✔☑]/u;
/** A statement marked false where it starts: "- ❌ \"Suzhou's GDP passed 3 trillion\"", "✗ 苏州GDP超3万亿". */
const MARKED_FALSE_START = /^\s*(?:[-*+•]\s*)?(?:❌|✗|✘|×|⨯)/u;
const MARKED_FALSE = /[（(]\s*(?:×|✗|✘|错|錯|F|False|false|误|誤)\s*[)）]\W*$/;
const QUIZ_OPTION = /^\s*(?:[(（]?[A-Da-d][.)、）]|[(（][A-Da-d][)）])\s*[\d０-９一二三四五六七八九两兩]/;
/** A stretch in the past the text does not date: "during that period", "at the time", 任内, 五年间. */
const PAST_STRETCH_EN = /\b(?:during\s+(?:that|this|his|her|their)\s+(?:period|time|tenure|term|decade|era)|at\s+(?:that|the)\s+time|when\s+(?:he|she|they)\s+(?:left|took|joined|arrived|stepped)|by\s+the\s+time\s+(?:he|she|they))\b/i;
const PAST_STRETCH_ZH = /任内|任內|任期内|任期內|在任期间|在任期間|那时|那時|当时|當時|彼时|彼時|[一二三四五六七八九十两兩\d]年间|[一二三四五六七八九十两兩\d]年間/;
/** A stretch in the past the text does not date (see PAST_STRETCH_EN and _ZH). */
function namesPastStretch(sentence: string): boolean {
  return PAST_STRETCH_ZH.test(sentence) || PAST_STRETCH_EN.test(sentence);
}

/** A question opening with an auxiliary verb: "Did…", "Is…", "Has…". */
const YES_NO_QUESTION = /^\W*(?:did|does|do|is|was|were|are|has|have|had|can|could|will|would|should)\b/i;
/** A tag asking whether the clause before is true: "，是真的吗？", "真的假的", ", right?", "true or false?". */
const TRUTH_TAG = /^\s*(?:是真的吗|是真的嗎|真的吗|真的嗎|真的假的|对吗|對嗎|对不对|對不對|是吗|是嗎|是否属实|是否屬實|属实吗|屬實嗎|right\b|true\b|is\s+(?:that|it|this)\s+(?:true|right|correct)\b|really\b)/i;

/** Punctuation that ends a clause inside a sentence (not a comma between digits). */
const CLAUSE_MARK = /(?<![0-9])[,:]|[,:](?![0-9])|[;，；：、—–]/u;
/** A choice after a clause mark: "…, or …?", "，还是…？". */
const CHOICE_AFTER = /^\s*(?:or\b|还是|還是|或者|或是)/i;
/** Questions that tell: "Did you know…", "Who would have thought…", 你知道…吗, 谁能想到, 没想到. */
const ASSERTING_QUESTION = /^\W*(?:did\s+you\s+know\s+(?!whether\b|if\b)|who\s+would\s+have\s+(?:thought|guessed|imagined)\b|why\b|how\s+(?!much\b|many\b|big\b|large\b|old\b|long\b|far\b)\w+)|为什么|為什麼|为何|為何|如何|^\W*(?:你知道|你可知道)(?!.*(?:还是|還是|是不是|有没有|有沒有|到底|是否|多少|几|幾|吗.*吗|嗎.*嗎))|谁能想到|誰能想到|谁会想到|誰會想到|没想到|沒想到/i;

const CLOSING_QUOTE_OR_SPACE = codes(' \t\r\n\u00a0\u3000"\'”’」』*_');

/**
 * Whether hearsay ("I heard", 听说, 据说) stands before `offset` in its clause: "I heard Suzhou's GDP
 * is like 4 trillion??", but "常聽說蘇州是中國最強地級市，查了一下：2021年蘇州GDP約3.2兆" asserts its figure.
 */
function hearsayBefore(sentence: string, offset: number): boolean {
  let from = offset - 1;
  while (from >= 0 && !HEARSAY_CLAUSE_END.has(sentence.charCodeAt(from))) from--;
  const clause = sentence.slice(from + 1, offset);
  return HEARSAY_ZH.test(clause) || HEARSAY.test(clause);
}

/** Whether the text before a figure frames it in another currency (CURRENCY_FRAME, CURRENCY_FRAME_ZH). */
function framedInOtherCurrency(before: string): boolean {
  return CURRENCY_FRAME_ZH.test(before) || (before.includes('ollar') && CURRENCY_FRAME.test(before));
}

const HEARSAY_ZH = /听说|聽說|(?<![数數])据说|(?<![数數])據說|听人说|聽人說|有人(?:说|說|称|稱|认为|認為|添加|加上|写|寫|改|話)|有人喺[\u4e00-\u9fff]{1,4}(?:话|話|讲|講|说|說)|不少(?:人|文章)|很多人(?:以为|以為|认为|認為)|有(?:短)?视频称|有(?:短)?視頻稱|有(?:网络|網絡|网上|網上)?(?:文章|说法|說法)(?:称|稱)|有(?:[\u4e00-\u9fff]{1,2})?(?:报道|報道|媒体|媒體|消息)(?:报道|報道)?(?:称|稱|指(?!出)|说|說)|(?:一堆|一大堆|很多|好多|不少|一些)人(?:刷|说|說|讲|講|喊|传|傳)/;
const HEARSAY = /\b(?:I|we)\s+(?:heard|hear)\b|\brumou?r\s+has\s+it\b|\b(?:some|many|a\s+lot\s+of)\s+(?:people|users|posts|videos|articles|bloggers|commentators)\s+(?:say|said|claim|claimed|believe|believed|think|thought)\b|\bit\s+is\s+(?:often|widely|commonly)\s+(?:said|believed|claimed)\b|\bsomeone\s+(?:added|wrote|changed|said|claimed|edited)\b|\b(?:my|a|one|some)\s+(?:\w+\s+)?(?:colleague|friend|uncle|aunt|neighbou?r|classmate|cousin|boss|teacher|driver)s?\s+(?:say|says|said|told\s+me|claim|claims|claimed)\b/i;
/** A cheap first test for HEARSAY: plain searches (a case-blind pattern with Chinese in it costs more). */

const HEARSAY_CLAUSE_END = codes(',;:，；：。!?！？');

/** Whether `text` holds a reporting or hypothetical word. */
function isReported(text: string): boolean {
  return REPORTED.test(text) || (mayBeHypothetical(text) && HYPOTHETICAL.test(text)) || (mayReportPhrase(text) && REPORTED_PHRASES.test(text));
}

/** A cheap first test for REPORTED_PHRASES. */
function mayReportPhrase(text: string): boolean {
  return REPORTED_PHRASE_HINT.test(text);
}
/**
 * Whether the figure belongs to a measure no fact is about: one named nearer to it in its clause
 * ("foreign trade of 2.53 trillion yuan"), or the fact's metric is only the whole it is part of
 * ("1.16 trillion yuan of Suzhou's GDP", "占GDP", "1.2万亿元，占全市规上工业总产值的近三成",
 * "accounted for about 50% of Suzhou's GDP, worth 1.1 trillion yuan").
 */
function ownedByOtherMeasure(sentence: string, mention: NumberMention, metricHit: NameHit, hits: NameHit[], clauseOf: (o: number) => number): boolean {
  const distance = gap(mention, metricHit);
  const clause = clauseOf(mention.start);
  // Another measure in the figure's own clause owns it when it is nearer than the metric, or the
  // metric stands in another clause ("进出口总额达2.53万亿元，规上工业总产值增长15.2%").
  const metricElsewhere = clauseOf(metricHit.start) !== clause;
  if (hits.some((h) => h.kind === 'other-measure' && clauseOf(h.start) === clause && (gap(h, mention) < distance || metricElsewhere))) return true;
  // "the tertiary sector contributed 1.17 trillion yuan to the city's GDP": a part given to the whole.
  if (metricHit.start >= mention.end && contributedBefore(sentence.slice(Math.max(0, mention.start - 24), mention.start))) return true;
  // "Of Suzhou's 2021 GDP, services accounted for 1.17 trillion yuan": the share named between them.
  if (metricHit.end <= mention.start && namesPart(sentence.slice(metricHit.end, mention.start))) return true;
  if (metricHit.start >= mention.end) {
    const between = sentence.slice(mention.end, metricHit.start);
    if (/^\s+(?:of|in)\s+(?:(?:the\s+)?\S+['’]s\s+|the\s+)(?:\d{4}\s+)?$/i.test(between) || PART_OF.test(between)) return true;
    return metricHit.start > mention.end && /(?:相当于|相當於)\s*$/u.test(sentence.slice(Math.max(0, metricHit.start - 4), metricHit.start));
  }
  // The share is said before the metric, and the figure follows it.
  return metricHit.end <= mention.start && PART_OF.test(sentence.slice(Math.max(0, metricHit.start - 40), metricHit.start));
}

/** A Chinese numeral's own 亿: 四万亿, 两千亿. */
const YI_IN = /[亿億]/u;

/** Whether a figure can be a value of the metric, by its unit. */
function fitsUnit(sentence: string, mention: NumberMention, metric: MetricDef, hit: NameHit): boolean {
  switch (metric.unit) {
    case 'CNY':
    case 'USD':
      if (mention.percent || mention.unit) return false;
      if (mention.currency) return true;
      // "1285万人", "3家": a classifier counts people or things, not money.
      if (mention.style.unitText !== null) return false;
      // A bare scaled figure ("2.27 trillion", "4万亿", 四万亿) reads as money when nothing else is counted.
      // (亿 only: 三百万 counts jobs or people as often as yuan.)
      return (mention.style.scale >= 1e3 || (mention.style.script === 'hanzi' && YI_IN.test(sentence.slice(mention.numeral.start, mention.numeral.end)))) && mention.countNoun === null;
    case 'percent':
      return mention.percent;
    case 'years':
      return mention.unit === 'years';
    case 'count': {
      if (mention.currency || mention.percent || mention.unit) return false;
      // "4万亿+", "2.27T": hundreds of millions count money, not things.
      if (mention.style.scale >= 1e8 || (mention.style.script === 'hanzi' && /[亿億]/u.test(sentence.slice(mention.numeral.start, mention.numeral.end)))) return false;
      if (mention.countNoun !== null) {
        const noun = mention.countNoun.toLowerCase();
        if (metric.countNouns.some((n) => n.toLowerCase() === noun)) return true;
      }
      // "three trillion-yuan industries", "三个万亿级产业": the name follows the numeral directly.
      const adjacent = hit.start >= mention.end && hit.start - mention.end <= 3;
      return adjacent || isLabelled(sentence, hit, mention) || (mention.countNoun === null && mention.style.scale >= 1e3);
    }
  }
}

/**
 * A name, then at most a year, a colon or a linking verb, then a figure that ends its clause:
 * "Trillion-yuan industries: 3", "Trillion-yuan industries, 2021: 3", "万亿级产业 3。", "万亿级产业集群已增至5个", "trillion-yuan industries numbered 3".
 */
const LABEL_GAP = /^[ \t\u00A0\u3000]*(?:(?:[,，][ \t\u00A0\u3000]*)?[(（]?(?:19|20)\d\d年?[)）]?[ \t\u00A0\u3000]*)?(?:[:：]|(?:已经?|已經?)?(?:增至|增加到|增加至|达到|達到|达|達|为|為|有|共)|\b(?:reached|rose\s+to|grew\s+to|increased\s+to|totall?ed|numbered|stood\s+at|is|are|was|were)\b)?[ \t\u00A0\u3000]*$/u;
const CLAUSE_END = /^[ \t\u00A0\u3000]*(?:$|[.;,，。；、)）(（—])/u;

/** Whether `mention` is the value of a label line `hit` names ("Trillion-yuan industries: 3"). */
function isLabelled(sentence: string, hit: NameHit, mention: NumberMention): boolean {
  return hit.end <= mention.start && mention.countNoun === null && LABEL_GAP.test(sentence.slice(hit.end, mention.start))
    && CLAUSE_END.test(sentence.slice(mention.end, mention.end + 4));
}

/**
 * Whether `mention` stands in a quotation that the rest of the sentence calls wrong ("\"Our GDP is
 * around 2.8 trillion yuan now,\" a factory owner said, overstating the official estimate").
 */
function quoteCalledWrong(sentence: string, mention: NumberMention): boolean {
  const close = quoteEnd(sentence, mention);
  return close >= 0 && QUOTE_CALLED_WRONG.test(sentence.slice(close, close + 120));
}

/** Whether a sentence may call a quote wrong (CALLED_WRONG), after mayAmend. */
function mayCallWrong(sentence: string): boolean {
  return CALLED_WRONG.test(sentence);
}

const CALLED_WRONG = /\b(?:overstat\w*|understat\w*|misstat\w*|exaggerat\w*|inflat\w*|wrongly|falsely|wrong|false|untrue|not\s+true|fake|myth|incorrect|misleading)\b|夸大|誇大|有误|有誤|不实|不實|错误|錯誤/i;
/**
 * Right after a quote, its attribution calling it wrong: "…," a factory owner told Reuters,
 * overstating …; "…"的说法明显夸大. (Not "…," the mayor said, adding that pessimists had been wrong.)
 */
const QUOTE_CALLED_WRONG = /^[^.。!?！？;；]{0,60}?[,，]\s*(?:(?:wrongly|falsely)\s+)?(?:overstating|understating|misstating|exaggerating|inflating)\b|^\s*[—–-]+\s*(?:false|wrong|untrue|not\s+true|fake|a\s+myth|incorrect|misleading)\b|^\s*(?:的)?(?:说法|說法)[^，。,]{0,6}?(?:夸大|誇大|有误|有誤|不实|不實|错误|錯誤)/i;

/** Where the quotation holding `mention` closes (the index after its closing mark), or -1 when it stands in none. */
function quoteEnd(sentence: string, mention: NumberMention): number {
  let open = false;
  for (let i = 0; i < mention.start; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x201c || c === 0x300c) open = true;
    else if (c === 0x201d || c === 0x300d) open = false;
    else if (c === 0x22) open = !open;
  }
  if (!open) return -1;
  for (let i = mention.end; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x201d || c === 0x300d || c === 0x22) return i + 1;
  }
  return -1;
}

/**
 * Whether a sentence lists its figures as it lists its metrics' names, with nothing else between
 * them ("rewards of RMB30 million and RMB10 million … the Fortune Global 500 and the Fortune China
 * 500", "世界500强、中国500强的企业…3000万元、1000万元"): no conversion, comparison or change among them.
 */
function listedAsTheirNames(sentence: string, figures: readonly BoundFigure[], hits: readonly NameHit[]): boolean {
  if (figures.some((f) => f.conversion)) return false;
  for (let i = 1; i < figures.length; i++) if (!LIST_GAP.test(sentence.slice(figures[i - 1].mention.end, figures[i].mention.start))) return false;
  const names = metricNames(hits);
  for (let i = 1; i < names.length; i++) if (!LIST_GAP.test(sentence.slice(names[i - 1].end, names[i].start))) return false;
  return true;
}

/** A sentence's metric names, each metric's first only, in order. */
function metricNames(hits: readonly NameHit[]): NameHit[] {
  const names: NameHit[] = [];
  for (const h of hits) if (h.kind === 'metric' && !names.some((n) => n.ids[0] === h.ids[0])) names.push(h);
  return names;
}

/** Between two items of a list: a comma, 、, "and", 和, "the". */
const LIST_GAP = /^\s*(?:[,，、]\s*)?(?:(?:and|or|和|与|與|及|或)\s*)?(?:the\s+)?$/i;

const COLON_LAST = codes(':：');

/**
 * Whether the figure stands right after a label ("X: 2600亿元") that names no metric and says more
 * than names of places and periods: a label of its own ("规上工业利润", "Investment", "Exports").
 * (Answer labels and words for a total label nothing: "A: …", "Total: …".)
 */
function labelledOtherwise(sentence: string, mention: NumberMention, hits: readonly NameHit[]): boolean {
  // The colon stands right before the figure, a space or two between (most figures have none).
  let colon = mention.start - 1;
  while (colon >= Math.max(0, mention.start - 3) && isWhiteSpaceAt(sentence, colon)) colon--;
  if (colon < Math.max(0, mention.start - 3) || !COLON_LAST.has(sentence.charCodeAt(colon))) return false;
  let from = colon;
  while (from > 0 && !LABEL_START_BREAK.has(sentence.charCodeAt(from - 1))) from--;
  let label = sentence.slice(from, colon);
  // (A transcript's time stamp before a speaker: "[00:14:02] HOST".)
  const bare = label.replace(TIME_STAMP, '').trim();
  // (A field's label is short: "The chair summarised the municipal package: …" leads in to a sentence.)
  if (!bare || bare.length > LABEL_MAX || NOT_A_LABEL.test(bare) || TOTAL_LABEL.test(bare)) return false;
  // "Cluster support: RMB10 bn of special funds": a metric right after the figure names it.
  if (hits.some((h) => h.kind === 'metric' && h.start >= mention.end && h.start - mention.end <= 6 && NOUN_AFTER_FIGURE.test(sentence.slice(mention.end, h.start)))) return false;
  // A label naming a metric is that metric's ("苏州2021年GDP总量写入了政府工作报告：3万亿元"), qualifiers
  // after it included ("苏州GDP（2021年，现价）：", "- GDP, nominal:").
  if (hits.some((h) => h.kind === 'metric' && h.end <= colon && colon - h.end <= 40 && (h.start >= from || !/[。.;；|\n]/u.test(sentence.slice(h.end, colon))))) return false;
  // Names of places, periods and references say whose figure it is; anything else labels it.
  for (const h of hits) {
    if (h.start >= from && h.end <= colon && (h.kind === 'entity' || h.kind === 'other-place' || h.kind === 'other-area' || h.kind === 'reference' || h.kind === 'period')) {
      label = label.slice(0, h.start - from) + ' '.repeat(h.end - h.start) + label.slice(h.end - from);
    }
  }
  return /[A-Za-z\u4e00-\u9fff]/u.test(label.replace(LABEL_FILLER, ' '));
}

const LABEL_MAX = 24;
const TIME_STAMP = /\[[\d:.\s]*\]|^[\d:.\s\]]+/g;
/** Where a label starts: after a clause's break, a field's bar or a dash. */
const LABEL_START_BREAK = codes(',，;；|—–\n:：•·*');
/** Words for a total in a label. */
const TOTAL_LABEL = /^(?:total|overall|fact|facts|key\s+facts?|合计|合計|总计|總計|全市|全年|事实|事實)$/i;
/** Years, numbers and small words a label may hold besides names: "GDP 2021", "2021年GDP", "GDP in 2021". */
const LABEL_FILLER = /(?:19|20)\d\d\s*年?|\b(?:in|of|the|for|and|s)\b|年度|年|的|[\d.,%()（）'’]/gi;

/** "itself", "which is" before an age: it is the age of what was just named. */
const ITSELF_BEFORE = /(?:,\s*|\b)(?:itself|themselves|which\s+is|that\s+is)\s+(?:now\s+|about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+)*$/i;

/** Between a figure and the noun it measures: "2500多年历史", "2,500 years of history", "四十多年的改革开放". */
const NOUN_AFTER_FIGURE = /^\s*(?:的|of\s+(?:the\s+)?)?$/;

/** A clause's end inside a sentence (a rejection speaks for the clause right before it only). */
const CLAUSE_SEPARATOR = /[,，;；]/u;

/** Words for a figure of several places together: 两市…合计, "combined", "the two cities". */
const SEVERAL_PLACES = /两市|兩市|三市|两地|兩地|两城|兩城|\b[Cc]ombined\b|\b[Bb]oth\s+cities\b|\b[Tt]he\s+(?:two|three)\s+cities\b/;

const SEVERAL_PLACES_CJK = codeTable('两兩三');
/** A cheap first test for SEVERAL_PLACES. */
function mayNameSeveralPlaces(sentence: string): boolean {
  return hasCodeIn(sentence, SEVERAL_PLACES_CJK) || sentence.includes('ombined') || sentence.includes('cities');
}

/** Whether the year `y` dates a work cited: "(张伟，2022)", "(Wei, 2020; Zhang, 2021)", "Zhang et al. (2022)". */
function isCitationYear(sentence: string, y: Span): boolean {
  const after = sentence.charCodeAt(y.end);
  // A citation's year closes its bracket or precedes the next citation (a letter for a second work: "2022a").
  if (!(after === 0x29 || after === 0xff09 || after === 0x3b || after === 0xff1b || after === 0x2c || after === 0xff0c || (after >= 0x61 && after <= 0x7a))) return false;
  return CITED_BEFORE.test(sentence.slice(Math.max(0, y.start - 40), y.start));
}

/** Before a citation's year: an author and a comma inside a bracket, or "et al. (". */
// (An author: capitalised words or a Chinese name or body, not "(current prices, 2020)" or "（当年价格，2020）".)
// (Not a note about the data: "(in RMB, 2020)", "(at Current Prices, 2020)", "（全年，2020）", "（统计公报，2020年）".)
const CITED_BEFORE = /[（(;；]\s*(?:(?!(?:In|At|For|By|The|Current|Constant|Nominal|Real|Preliminary|Annual|Total)\b)[A-Z][\w'’.-]*(?:\s+(?:et\s+al\.?|&|and|of|for|the|[A-Z][\w'’.-]*))*|(?![^,，]*(?:价|價|格|口径|口徑|年(?!鉴|鑑)|季|月|计(?!年)|計|合|累|数据|數據|公报|公報))[\u4e00-\u9fff]{2,12}(?:等)?)\s*[,，]\s*$|\bet\s+al\.?\s*[（(]\s*$/u;

/** Whether `mention` stands inside a work's title in 《》 ("《苏州改革开放30年》"). */
function inWorkTitle(sentence: string, mention: Span): boolean {
  const open = sentence.lastIndexOf('《', mention.start);
  if (open < 0) return false;
  const close = sentence.indexOf('》', open);
  return close >= mention.end;
}

/** What stands between a figure and its conversion: "(", ", or about ", "，约合". */
const CONVERSION_GAP = /^(?:\s+in\s+(?:19|20)\d\d)?\s*(?:[(（[]|,|，)?\s*(?:or\s+|equivalent\s+to\s+|约|約|合|折合)?(?:about\s+|roughly\s+|some\s+|around\s+|约|約|合)?$/i;

/**
 * The figure `mention` converts, or null: `mention` is in another currency right after it, in
 * brackets or after "or"/"about" ("2.2 trillion yuan ($341 billion)", "22,718.34亿元（约3521亿美元）").
 * `figures` are the sentence's, in order.
 */
function convertedFigure(mention: NumberMention, figures: readonly NumberMention[], sentence: string): NumberMention | null {
  if (!mention.currency) return null;
  const prev = figures[figures.indexOf(mention) - 1];
  if (!prev || !prev.currency || prev.currency === mention.currency) return null;
  const gap = sentence.slice(prev.end, mention.start);
  return gap.trim() !== '' && CONVERSION_GAP.test(gap) ? prev : null;
}
