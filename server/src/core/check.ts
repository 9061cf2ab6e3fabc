import type { CheckedClaim, DocumentKind, FactBase, FactDef, Span } from './types';
import { Binder, type BindingContext, type BoundFigure } from './bind';
import { Lexicon } from './lexicon';
import { extractProse, type ProseBlock } from './prose';
import { splitSentences } from './sentences';
import { buildSuppressions } from './suppress';
import { lookupFact } from './lookup';
import { compare } from './verify';
import { claimedValue, proposeFix } from './fix';
import { formatLike } from './format';
import { findNumbers } from './numbers';
import {
  contradictedMessage, statementDisplay, supportedMessage, unverifiableMessage, type MessageInput,
} from './message';

/**
 * Checks a whole document. Offsets in the result are UTF-16 indices into `text`.
 * Claims are sorted by `start`; claims switched off by disable comments are left out.
 */
export function checkDocument(text: string, kind: DocumentKind, facts: FactBase): CheckedClaim[] {
  return new Checker(facts).check(text, kind);
}

/** A claim with offsets relative to its block, as cached. */
type BlockClaim = Omit<CheckedClaim, 'text'>;

interface CacheEntry {
  claims: BlockClaim[];
  used: number;
}

/** A heading's context, kept while the headings below it are read. */
interface HeadingFrame {
  level: number;
  context: BindingContext;
}

/** How many checks a cached block survives unused (several open documents share one checker). */
const CACHE_GENERATIONS = 8;

/**
 * A checker bound to one fact base. It remembers the claims of each prose block it has read (by
 * the block's text and context), so re-checking an edited document only re-reads the blocks that
 * changed: the cost of a keystroke is one Markdown block scan plus one paragraph.
 */
export class Checker {
  private readonly binder: Binder;
  private readonly cache = new Map<string, CacheEntry>();
  private generation = 0;

  constructor(readonly facts: FactBase) {
    this.binder = new Binder(facts);
  }

  /** Checks `text`; see {@link checkDocument}. */
  check(text: string, kind: DocumentKind): CheckedClaim[] {
    this.generation++;
    const doc = extractProse(text, kind);
    const suppressions = buildSuppressions(text, doc.directives);
    const out: CheckedClaim[] = [];
    let title: BindingContext = { entity: null, period: null };
    const headings: HeadingFrame[] = [];
    const contextBelow = (): BindingContext => {
      const ctx: BindingContext = { entity: title.entity, period: title.period };
      for (const h of headings) {
        if (h.context.entity) ctx.entity = h.context.entity;
        if (h.context.period) ctx.period = h.context.period;
      }
      return ctx;
    };

    for (const block of doc.blocks) {
      const context = contextBelow();
      for (const c of this.blockClaims(block, context)) {
        const claim: CheckedClaim = { ...c, start: c.start + block.start, end: c.end + block.start, text: '', fix: c.fix && { ...c.fix, start: c.fix.start + block.start, end: c.fix.end + block.start } };
        claim.text = text.slice(claim.start, claim.end);
        if (!suppressions.isSuppressed(claim.start, claim.factId)) out.push(claim);
      }
      if (block.kind === 'title' || (block.kind === 'heading' && block.level === 1 && !title.entity && !title.period && headings.length === 0)) {
        const own = this.binder.readContext(block.prose);
        title = { entity: own.entity ?? title.entity, period: own.period ?? title.period };
      } else if (block.kind === 'heading') {
        while (headings.length && headings[headings.length - 1].level >= block.level) headings.pop();
        headings.push({ level: block.level, context: this.binder.readContext(block.prose) });
      }
    }
    this.prune();
    return out.sort((a, b) => a.start - b.start);
  }

  private blockClaims(block: ProseBlock, context: BindingContext): BlockClaim[] {
    const key = `${context.entity ? `${context.entity.own ? '+' : '-'}${context.entity.id}` : ''}\u0000${context.period ?? ''}\u0000${block.prose}`;
    const hit = this.cache.get(key);
    if (hit) {
      hit.used = this.generation;
      return hit.claims;
    }
    const claims = this.readBlock(block.prose, context);
    this.cache.set(key, { claims, used: this.generation });
    return claims;
  }

  private prune(): void {
    if (this.cache.size < 4096) return;
    for (const [key, entry] of this.cache) if (this.generation - entry.used > CACHE_GENERATIONS) this.cache.delete(key);
  }

  /** Claims of one block's prose, offsets relative to the block. */
  private readBlock(prose: string, context: BindingContext): BlockClaim[] {
    // Most prose has no figure at all; names (the costly part) only matter around figures.
    // Barriers only shorten or drop figures, so no figure here means no claim in the block.
    if (!findNumbers(prose).some((m) => !m.isYear)) return [];
    const state: BindingContext = { entity: context.entity, period: context.period };
    const claims: BlockClaim[] = [];
    for (const span of splitSentences(prose)) {
      const sentence = prose.slice(span.start, span.end);
      for (const figure of this.binder.bindSentence(sentence, state)) {
        const claim = this.judge(figure, sentence, span);
        if (claim) claims.push(claim);
      }
    }
    return claims;
  }

  /** Decides one bound figure against the facts; null when it is no claim about a fact. */
  private judge(figure: BoundFigure, sentence: string, at: Span): BlockClaim | null {
    const { facts } = this;
    const { mention, metric } = figure;
    const found = lookupFact(facts, figure.entity, metric.id, figure.period, figure.periodFrom);
    // A target or forecast says nothing about a reported figure; only a plan can be checked by it.
    if (figure.target && (!found.fact || found.fact.status !== 'plan')) return null;
    const entity = facts.entities.find((e) => e.id === figure.entity);
    const claimText = sentence.slice(mention.start, mention.end);
    const input: MessageInput = { facts, entity, metric, period: found.period, periodFrom: found.periodFrom, claimText };
    const claimed = claimedValue(mention, metric);
    const base = {
      start: at.start + mention.start,
      end: at.start + mention.end,
      entity: figure.entity,
      metric: metric.id,
      period: found.period,
      periodFrom: found.periodFrom,
      claimed,
    };
    const fact = found.fact;
    if (!fact) {
      return { ...base, verdict: 'unverifiable', factId: null, expected: null, message: unverifiableMessage(input), fix: null };
    }
    const { verdict: raw, matched } = compare(facts, fact, claimed);
    const statement = matched === 'primary' ? fact : fact.alternatives[matched];
    const inClaimUnits = this.inClaimUnits(fact, figure, sentence);
    const expected = {
      factId: fact.id,
      value: statement.value,
      unit: statement.unit,
      qualifier: statement.qualifier,
      status: statement.status,
      period: fact.period ?? null,
      matched,
      source: statement.source,
      display: statementDisplay(statement),
      displayInClaimUnits: inClaimUnits,
    };
    // A conversion beside a figure may use another rate than ours: never a contradiction by itself.
    if (raw === 'contradicted' && figure.conversion) {
      const reason = `Cannot confirm the conversion ${claimText.trim()} with the facts file's rate; ${input.entity?.names[0] ?? ''} ${metric.label ?? metric.names[0]} was ${expected.display}.`;
      return { ...base, verdict: 'unverifiable', factId: fact.id, expected, message: reason, fix: null };
    }
    if (raw === 'unverifiable') {
      return { ...base, verdict: 'unverifiable', factId: fact.id, expected, message: unverifiableMessage(input, `No exchange rate in the facts file to compare ${claimText.trim()} with ${expected.display}.`), fix: null };
    }
    if (raw === 'supported') {
      return { ...base, verdict: 'supported', factId: fact.id, expected, message: supportedMessage(input, statement, matched !== 'primary'), fix: null };
    }
    const barriers = Lexicon.barriers(this.binder.lexicon.find(sentence));
    const fix = proposeFix({ facts, fact, metric, mention, source: sentence, barriers });
    return {
      ...base,
      verdict: 'contradicted',
      factId: fact.id,
      expected,
      message: contradictedMessage(input, fact, inClaimUnits),
      fix: fix && { start: at.start + fix.start, end: at.start + fix.end, newText: fix.newText },
    };
  }

  /** The fact's value written the way the claim is written ("2.27 trillion yuan"), for messages. */
  private inClaimUnits(fact: FactDef, figure: BoundFigure, sentence: string): string {
    const { mention } = figure;
    if (mention.currency && mention.currency !== fact.unit) return '';
    const text = formatLike(mention, sentence, { value: fact.value, currency: mention.currency, qualifier: fact.qualifier, decimals: Math.max(2, mention.style.decimals) });
    return text.trim();
  }
}
