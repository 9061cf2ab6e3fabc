import * as assert from 'node:assert/strict';
import { claimAt, escapeMarkdown, hoverMarkdown } from '../../../server/src/lsp/hover';
import { claimIn, gdpExpected } from './claims';

describe('lsp/hover', () => {
  const text = 'GDP 2.5 trillion yuan and 3 trillion yuan.';
  const a = claimIn(text, '2.5 trillion yuan');
  const b = claimIn(text, '3 trillion yuan', { verdict: 'unverifiable', expected: null, factId: null, period: '2025', periodFrom: 'context' });

  const positions: [number, string | undefined][] = [[3, undefined], [4, '2.5 trillion yuan'], [20, '2.5 trillion yuan'], [21, '2.5 trillion yuan'], [22, undefined], [26, '3 trillion yuan']];
  for (const [offset, expected] of positions) {
    it(`claimAt(${offset}) finds ${expected ?? 'nothing'}`, () => assert.equal(claimAt([a, b], offset)?.text, expected));
  }

  it('shows the verdict, the fact in the writer\'s units and as published, period, qualifier, status, source and reading', () => {
    const md = hoverMarkdown(a);
    for (const part of [
      '✗ contradicted', '`suzhou.gdp.2021`', '2.27 trillion yuan', '22,718.34 亿元', '2,271,834,000,000 CNY',
      '**Period:** 2021', 'qualifier:** exact', 'status:** final', '[Suzhou press release](https://example.org/suzhou-2022)',
      'Suzhou Municipal Government, 2022-01-07', '> 全市地区生产总值达22718.34亿元', '2,500,000,000,000 CNY (exact, to the nearest 100,000,000,000)',
      'entity `suzhou`', 'metric `gdp`', 'period 2021 (stated in the sentence)', 'the fact itself',
    ]) assert.ok(md.includes(part), `missing ${part} in\n${md}`);
  });

  it('names a matched alternative statement', () => {
    const alt = claimIn(text, '2.5 trillion yuan', { verdict: 'supported', expected: { ...gdpExpected, matched: 0, status: 'estimate', qualifier: 'about' } });
    const md = hoverMarkdown(alt);
    assert.ok(md.includes('✓ supported'));
    assert.ok(md.includes('alternative statement 1'));
    assert.ok(md.includes('qualifier:** about · **status:** estimate'));
  });

  it('explains an unverifiable claim and where its period came from', () => {
    const md = hoverMarkdown(b);
    assert.ok(md.includes('? unverifiable'));
    assert.ok(md.includes('No fact for 2025'));
    assert.ok(md.includes('period 2025 (from the paragraph, heading or title)'));
  });

  it('escapes Markdown in text from documents and facts files', () => {
    assert.equal(escapeMarkdown('a*b_[c](d)<e>|`'), 'a\\*b\\_\\[c\\](d)\\<e\\>\\|\\`');
  });
});
