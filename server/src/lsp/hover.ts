/**
 * The hover of a recognised claim, whatever its verdict: the verdict, the fact (in the writer's
 * units and as published), its period, qualifier and status, the source, and how the claim was
 * read, so a writer sees why it was judged so. Pure: claims in, Markdown out.
 */
import type { CheckedClaim, ClaimedValue, Qualifier } from '../core';

/**
 * The claim under `offset` (a UTF-16 index), or undefined. A claim covers `[start, end)`; a
 * cursor just after a claim's last character (`offset === end`) still finds it, because editors
 * put the cursor there after typing a figure. `claims` must be sorted by `start`.
 */
export function claimAt(claims: readonly CheckedClaim[], offset: number): CheckedClaim | undefined {
  let touching: CheckedClaim | undefined;
  for (const claim of claims) {
    if (claim.start > offset) break;
    if (offset < claim.end) return claim;
    if (offset === claim.end) touching = claim;
  }
  return touching;
}

const verdictTitle: Record<CheckedClaim['verdict'], string> = {
  supported: '✓ supported',
  contradicted: '✗ contradicted',
  unverifiable: '? unverifiable',
};

const qualifierWords: Record<Qualifier, string> = {
  exact: 'exact',
  about: 'about',
  'more-than': 'more than',
  'at-least': 'at least',
  'less-than': 'less than',
  'at-most': 'at most',
  nearly: 'nearly',
};

const periodFromWords: Record<CheckedClaim['periodFrom'], string> = {
  sentence: 'stated in the sentence',
  context: 'from the paragraph, heading or title',
  latest: 'none given: compared with the latest period',
  none: 'none given',
};

/**
 * Escapes text from documents and facts files so Markdown shows it literally. Only the
 * characters that start emphasis, code, links, HTML or tables are escaped: clients that show the
 * Markdown source (some Neovim setups) then stay readable.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A normalised value with its unit: "2,500,000,000,000 CNY", "3 count". */
function formatValue(value: number, unit: string): string {
  return `${numberFormat.format(value)} ${unit}`;
}

function readAs(claimed: ClaimedValue): string {
  const precision = claimed.precision > 0 ? `, to the nearest ${numberFormat.format(claimed.precision)}` : '';
  return `${escapeMarkdown(formatValue(claimed.value, claimed.unit))} (${qualifierWords[claimed.qualifier]}${precision})`;
}

/**
 * Markdown for the hover of `claim`. Lines end in two spaces plus a newline (a Markdown hard
 * break), which VS Code, Neovim and Helix all render.
 */
export function hoverMarkdown(claim: CheckedClaim): string {
  const lines: string[] = [];
  const id = claim.expected?.factId ?? claim.factId;
  lines.push(`**factcheck** · ${verdictTitle[claim.verdict]}${id ? ` · \`${id}\`` : ''}`);
  lines.push('');
  lines.push(escapeMarkdown(claim.message));
  lines.push('');
  const expected = claim.expected;
  if (expected) {
    const published = expected.display && expected.display !== expected.displayInClaimUnits
      ? ` — as published: ${escapeMarkdown(expected.display)}` : '';
    lines.push(`**Fact:** ${escapeMarkdown(expected.displayInClaimUnits || expected.display)}${published}  `);
    lines.push(`**Value:** ${escapeMarkdown(formatValue(expected.value, expected.unit))}  `);
    lines.push(`**Period:** ${escapeMarkdown(expected.period ?? 'timeless')} · **qualifier:** ${qualifierWords[expected.qualifier]} · **status:** ${expected.status}  `);
    lines.push(`**Matched:** ${expected.matched === 'primary' ? 'the fact itself' : `alternative statement ${expected.matched + 1}`}`);
    lines.push('');
    const src = expected.source;
    const title = src.url ? `[${escapeMarkdown(src.title)}](${src.url.replace(/[()\s]/g, encodeURIComponent)})` : escapeMarkdown(src.title);
    const by = [src.publisher, src.date].filter((s): s is string => !!s).map(escapeMarkdown).join(', ');
    lines.push(`**Source:** ${title}${by ? ` — ${by}` : ''}`);
    if (src.quote) {
      lines.push('');
      lines.push(`> ${escapeMarkdown(src.quote).replace(/\r?\n/g, ' ')}`);
    }
    lines.push('');
  } else {
    lines.push(`No fact for ${escapeMarkdown(claim.period ?? 'this period')} in the facts in use.`);
    lines.push('');
  }
  const period = claim.period ? `${escapeMarkdown(claim.period)} (${periodFromWords[claim.periodFrom]})` : periodFromWords[claim.periodFrom];
  lines.push(`**Read as:** ${readAs(claim.claimed)} · entity \`${claim.entity}\` · metric \`${claim.metric}\` · period ${period}`);
  return lines.join('\n');
}
