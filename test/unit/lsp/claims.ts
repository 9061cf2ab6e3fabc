/** Fabricated engine results for the language server's unit tests. */
import type { CheckedClaim, ExpectedValue } from '../../../server/src/core';

export const gdpExpected: ExpectedValue = {
  factId: 'suzhou.gdp.2021',
  value: 2.271834e12,
  unit: 'CNY',
  qualifier: 'exact',
  status: 'final',
  period: '2021',
  matched: 'primary',
  source: {
    title: 'Suzhou press release',
    publisher: 'Suzhou Municipal Government',
    date: '2022-01-07',
    url: 'https://example.org/suzhou-2022',
    quote: '全市地区生产总值达22718.34亿元',
  },
  display: '22,718.34 亿元',
  displayInClaimUnits: '2.27 trillion yuan',
};

/**
 * A claim on the first occurrence of `figure` in `text`; the fix, when given, replaces `fixOf`
 * (default: the whole figure) inside it.
 */
export function claimIn(text: string, figure: string, over: Partial<CheckedClaim> & { newText?: string; fixOf?: string } = {}): CheckedClaim {
  const start = text.indexOf(figure);
  if (start < 0) throw new Error(`${figure} not in text`);
  const end = start + figure.length;
  const { newText, fixOf, ...rest } = over;
  const fixStart = fixOf ? start + figure.indexOf(fixOf) : start;
  const fixEnd = fixOf ? fixStart + fixOf.length : end;
  return {
    start,
    end,
    text: figure,
    verdict: 'contradicted',
    factId: 'suzhou.gdp.2021',
    entity: 'suzhou',
    metric: 'gdp',
    period: '2021',
    periodFrom: 'sentence',
    claimed: { value: 2.5e12, unit: 'CNY', qualifier: 'exact', precision: 1e11 },
    expected: gdpExpected,
    message: "Suzhou's GDP in 2021 was 22,718.34 亿元 (2.27 trillion yuan, final), not 2.5 trillion yuan.",
    fix: newText === undefined ? null : { start: fixStart, end: fixEnd, newText },
    ...rest,
  };
}
