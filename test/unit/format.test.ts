import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findNumbers, type Currency } from '../../server/src/core/numbers';
import { fixed, formatLike, formatParts } from '../../server/src/core/format';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Qualifier } from '../../server/src/core/types';

/** The one figure of `text` (not a year), optionally with a barrier phrase. */
function figure(text: string, barrier?: string) {
  const barriers = barrier ? [{ start: text.indexOf(barrier), end: text.indexOf(barrier) + barrier.length }] : [];
  const found = findNumbers(text, { barriers }).filter((m) => !m.isYear);
  assert.equal(found.length, 1, `expected one figure in «${text}», got ${found.length}`);
  return found[0];
}

/** Each row: source text, request, expected replacement of the figure's span, optional barrier. */
type Row = [text: string, request: { value: number; qualifier?: Qualifier; decimals?: number; currency?: Currency }, expected: string, barrier?: string];

describe('formatLike: the fixes the engine relies on', () => {
  const rows: Row[] = [
    ['2.5 trillion yuan', { value: 2271834000000, decimals: 2 }, '2.27 trillion yuan'],
    ['25000亿元', { value: 2271834000000, decimals: 2 }, '22718.34亿元'],
    ['RMB2.5tn', { value: 2271834000000, decimals: 2 }, 'RMB2.27tn'],
    ['10 million yuan', { value: 3e7, decimals: 0 }, '30 million yuan'],
    ['1000万元', { value: 3e7, decimals: 0 }, '3000万元'],
    ['Suzhou has built two trillion-yuan-level industries.', { value: 3, decimals: 0 }, 'three', 'trillion-yuan-level industries'],
    ['4,000 years', { value: 2500, decimals: 0 }, '2,500 years'],
    ['2,600 billion yuan', { value: 2271.83e9, decimals: 2 }, '2,271.83 billion yuan'],
    ['20 billion yuan', { value: 1e11, qualifier: 'more-than', decimals: 2 }, 'more than 100 billion yuan'],
    ['$2.27 trillion', { value: 352.14e9, currency: 'USD', decimals: 2 }, '$352.14 billion'],
    ['10 years', { value: 40, qualifier: 'more-than', decimals: 2 }, 'more than 40 years'],
    ['２.５万亿元', { value: 2271834000000, decimals: 2 }, '２.２７万亿元'],
  ];
  run(rows);
});

describe('formatLike: scripts, scales, currencies and qualifiers', () => {
  run([
    ['2.5 Trillion yuan', { value: 3.5e11, decimals: 2 }, '350 Billion yuan'],
    ['RMB2.5tn', { value: 3.5e11, decimals: 2 }, 'RMB350bn'],
    ['2.5万亿元', { value: 3.5e11, decimals: 2 }, '3500亿元'],
    ['2.5萬億元', { value: 3.5e11, decimals: 2 }, '3500億元'],
    ['5 thousand yuan', { value: 300, decimals: 2 }, '300 yuan'],
    ['2.2 trillion yuan', { value: 2.20, decimals: 2 }, '2.2 yuan'],
    ['2.2 trillion yuan', { value: 2.2e12, decimals: 2, currency: 'USD' }, '2.2 trillion dollars'],
    ['¥2.2 trillion', { value: 3.41e11, decimals: 2, currency: 'USD' }, '$341 billion'],
    ['US$392.1 billion', { value: 2.5e12, decimals: 2, currency: 'CNY' }, 'RMB2500 billion'],
    ['392.1 billion US dollars', { value: 2.5e12, decimals: 2, currency: 'CNY' }, '2500 billion yuan'],
    ['392.1亿美元', { value: 2.5e10, decimals: 2, currency: 'CNY' }, '250亿元'],
    ['人民币2.2万亿元', { value: 3.52e11, decimals: 2, currency: 'USD' }, '3520亿美元'],
    ['about 2.2 trillion yuan', { value: 2271834000000, qualifier: 'about', decimals: 1 }, 'about 2.3 trillion yuan'],
    ['roughly 2.2 trillion yuan', { value: 2271834000000, qualifier: 'exact', decimals: 2 }, '2.27 trillion yuan'],
    ['roughly 2.2 trillion yuan', { value: 2271834000000, qualifier: 'at-least', decimals: 2 }, 'at least 2.27 trillion yuan'],
    ['More than four decades', { value: 43, qualifier: 'more-than', decimals: 0 }, 'More than forty-three years'],
    ['Four decades', { value: 40, qualifier: 'more-than', decimals: 0 }, 'More than four decades'],
    ['four decades', { value: 50, qualifier: 'more-than', decimals: 0 }, 'more than five decades'],
    ['three industries', { value: 150, decimals: 0 }, '150'],
    ['超千亿元', { value: 1e11, qualifier: 'more-than', decimals: 2 }, '超千亿元'],
    ['超千亿元', { value: 2e10, qualifier: 'exact', decimals: 2 }, '二百亿元'],
    ['投入200亿元', { value: 1e11, qualifier: 'more-than', decimals: 2 }, '超过1000亿元'],
    ['三个产业', { value: 4, decimals: 0 }, '四个'],
    ['两千多年', { value: 2500, qualifier: 'more-than', decimals: 0 }, '两千五百多年'],
    ['一千万元', { value: 3e7, decimals: 0 }, '三千万元'],
    ['一千万元', { value: 22718340000, decimals: 2 }, '227.18亿元'],
    ['2500多年', { value: 2500, qualifier: 'about', decimals: 0 }, '2500年左右'],
    ['40余年', { value: 40, qualifier: 'exact', decimals: 0 }, '40年'],
    ['30亿元左右', { value: 4e9, qualifier: 'more-than', decimals: 0 }, '40亿元以上'],
    ['约30亿元', { value: 4e9, qualifier: 'nearly', decimals: 0 }, '近40亿元'],
    ['2,500-year-old', { value: 2500.5, decimals: 1 }, '2,500.5-year-old'],
    ['１００亿元', { value: 1234e8, decimals: 0 }, '１２３４亿元'],
    ['50%', { value: 8.66, decimals: 1 }, '8.7%'],
    ['1 year', { value: 3, decimals: 0 }, '3 years'],
    ['3 years', { value: 1, decimals: 0 }, '1 year'],
  ]);
});

function run(rows: Row[]): void {
  for (const [text, request, expected, barrier] of rows) {
    it(`${text} → ${expected}`, () => {
      const m = figure(text, barrier);
      const req = {
        value: request.value,
        currency: request.currency ?? m.currency,
        qualifier: request.qualifier ?? 'exact',
        decimals: request.decimals ?? 2,
      };
      assert.equal(formatLike(m, text, req), expected);
      // A mention without its recorded pieces is rebuilt from its style, to the same text.
      assert.equal(formatLike({ ...m, pieces: undefined }, text, req), expected, 'rebuilt from style');
    });
  }
}

describe('fixed', () => {
  const rows: [n: number, decimals: number, expected: string][] = [
    [2.271834, 2, '2.27'], [22718.34, 2, '22718.34'], [2.2, 2, '2.2'], [2.675, 2, '2.68'], [30, 0, '30'],
    [0.5, 0, '1'], [1.999, 2, '2'], [0.004, 2, '0'], [1234.5, 0, '1235'],
  ];
  for (const [n, d, expected] of rows) it(`${n} @${d} → ${expected}`, () => assert.equal(fixed(n, d), expected));
});

describe('formatLike: round trip through findNumbers (property)', () => {
  /** Templates of one figure each, in many styles; `scale` is the multiplier of their scale word. */
  const templates: { text: string; scale: number; integer?: boolean; min?: number; max?: number }[] = [
    { text: 'GDP was 2.5 trillion yuan.', scale: 1e12 },
    { text: 'GDP was RMB2.5tn.', scale: 1e12 },
    { text: 'GDP was US$ 2.5 billion.', scale: 1e9 },
    { text: 'GDP was 392.1 billion US dollars.', scale: 1e9 },
    { text: 'GDP was $2.27 trillion.', scale: 1e12 },
    { text: 'GDP was 2,600 billion yuan.', scale: 1e9 },
    { text: '地区生产总值为25000亿元。', scale: 1e8 },
    { text: '地区生产总值为22,718.34 亿元。', scale: 1e8 },
    { text: '地区生产总值为２.５万亿元。', scale: 1e12 },
    { text: '地區生產總值為2.27萬億元。', scale: 1e12 },
    { text: '奖励1000万元。', scale: 1e4 },
    { text: 'It has 4,000 years of history.', scale: 1, min: 2200 },
    { text: 'It grew 8.7%.', scale: 1 },
    { text: 'It grew 8.7 percent.', scale: 1 },
    { text: 'It gave 10-million-yuan rewards.', scale: 1e6 },
    { text: 'Suzhou has three industries.', scale: 1, integer: true, min: 2, max: 99 },
    { text: '苏州有三个产业。', scale: 1, integer: true, min: 2, max: 9999 },
  ];
  const qualifiers: Qualifier[] = ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most', 'nearly'];

  it('reads back the value at the requested decimals, the qualifier and the style', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...qualifiers),
        (template, mantissa, decimals, qualifier) => {
          const m = figure(template.text);
          const min = template.min ?? 1;
          const max = template.max ?? 99_999;
          // A value in [min, max] of the template's scale, so the scale word stays the same.
          const inScale = template.integer ? min + (mantissa % (max - min + 1)) : min + ((mantissa / 100) % (max - min));
          const value = inScale * template.scale;
          const out = formatLike(m, template.text, { value, currency: m.currency, qualifier, decimals });
          const text = template.text.slice(0, m.start) + out + template.text.slice(m.end);
          const reread = figure(text);
          const expected = Number(fixed(inScale, template.integer ? 0 : decimals)) * template.scale;
          assert.ok(Math.abs(reread.value - expected) <= 1e-9 * expected, `«${out}»: ${reread.value} ≠ ${expected}`);
          assert.equal(reread.qualifier, qualifier, `«${out}»`);
          assert.equal(reread.currency, m.currency, `«${out}»`);
          assert.equal(reread.percent, m.percent, `«${out}»`);
          assert.equal(reread.unit, m.unit, `«${out}»`);
          assert.ok(reread.style.decimals <= decimals, `«${out}» has too many decimals`);
          for (const key of ['script', 'scaleText', 'scaleGap', 'currencyText', 'currencyPosition', 'currencyGap', 'unitText'] as const) {
            assert.equal(reread.style[key], m.style[key], `«${out}»: ${key}`);
          }
          if (Math.floor(inScale) >= 1000 && m.style.groupSeparator) assert.equal(reread.style.groupSeparator, m.style.groupSeparator, `«${out}»`);
        },
      ),
      { numRuns: 600, seed: 20220107 },
    );
  });
});

describe('formatLike: the quick path writes what the full one writes', () => {
  // When only the numeral changes, formatLike rewrites it inside the writer's text instead of
  // taking the figure apart. Every figure of the examples, at several values, qualifiers and
  // decimals, must come out the same both ways.
  const dir = path.join(__dirname, '../../examples');
  const texts = fs.readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n)).map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
  texts.push('Over 40 years, some 2,500 firms invested US$10 billion, or about RMB65bn, in 3 parks; ２２７１８．３４亿元, 两千亿元, Three trillion yuan, 4 decades.');
  it('on every figure of the examples', () => {
    let compared = 0;
    for (const text of texts) {
      for (const m of findNumbers(text)) {
        for (const value of [m.value, m.value * 0.9087, m.value * 1.5, m.value / 1000, 1]) {
          for (const qualifier of [m.qualifier, 'exact', 'about'] as Qualifier[]) {
            for (const decimals of [0, 2, 4]) {
              const request = { value, qualifier, decimals, currency: m.currency };
              assert.equal(formatLike(m, text, request), formatParts(m, text, request), `${text.slice(m.start, m.end)} ${JSON.stringify(request)}`);
              compared++;
            }
          }
        }
      }
    }
    assert.ok(compared > 500, `only ${compared} comparisons`);
  });
});
