import { strict as assert } from 'node:assert';
import { findNumbers, type NumberMention, type NumberStyle } from '../../server/src/core/numbers';
import type { Span } from '../../server/src/core/types';

/** A compact, readable form of a number: 2.2e12, 1e11, 2500. */
function num(v: number): string {
  return v >= 1e5 ? v.toExponential().replace('e+', 'e') : String(v);
}

/** "«2.2 trillion yuan» 2.2e12 p1e11 CNY": the figure, its value and precision, then what is set. */
function summary(text: string, m: NumberMention): string {
  const parts = [`«${text.slice(m.start, m.end)}»`, num(m.value), `p${num(m.precision)}`];
  if (m.qualifier !== 'exact') parts.push(m.qualifier);
  if (m.currency) parts.push(m.currency);
  if (m.percent) parts.push('%');
  if (m.unit) parts.push(m.unit);
  if (m.countNoun) parts.push(`noun=${m.countNoun}`);
  if (m.isYear) parts.push('year');
  if (m.upper !== undefined) parts.push(`to ${num(m.upper)}`);
  return parts.join(' ');
}

/** Each row: text, the figures found in it (summaries), and optional barrier phrases. */
type Row = [text: string, expected: string[], barriers?: string[]];

function barrierSpans(text: string, phrases: string[] = []): Span[] {
  return phrases.map((p) => {
    const start = text.indexOf(p);
    assert.ok(start >= 0, `barrier «${p}» not in «${text}»`);
    return { start, end: start + p.length };
  });
}

function run(rows: Row[]): void {
  for (const [text, expected, barriers] of rows) {
    it(text, () => {
      const found = findNumbers(text, { barriers: barrierSpans(text, barriers) });
      assert.deepEqual(found.map((m) => summary(text, m)), expected);
    });
  }
}

describe('findNumbers: English figures', () => {
  run([
    ["Suzhou's GDP stood at 2.6 trillion yuan in 2021.", ['«2.6 trillion yuan» 2.6e12 p1e11 CNY', '«2021» 2021 p1 year']],
    ['GDP of 2,271.83 billion yuan', ['«2,271.83 billion yuan» 2.27183e12 p1e7 CNY']],
    ['about 2.2 trillion yuan ($341 billion)', ['«about 2.2 trillion yuan» 2.2e12 p1e11 about CNY', '«$341 billion» 3.41e11 p1e9 USD']],
    ['RMB2.5tn and RMB30m and USD2bn', ['«RMB2.5tn» 2.5e12 p1e11 CNY', '«RMB30m» 3e7 p1e7 CNY', '«USD2bn» 2e9 p1e9 USD']],
    ['US$392.1 billion or 392.1 billion US dollars', ['«US$392.1 billion» 3.921e11 p1e8 USD', '«392.1 billion US dollars» 3.921e11 p1e8 USD']],
    ['It passed 4 trillion yuan.', ['«passed 4 trillion yuan» 4e12 p1e12 at-least CNY']],
    ['more than 100 billion yuan', ['«more than 100 billion yuan» 1e11 p1e11 more-than CNY']],
    ['More than four decades of reform', ['«More than four decades» 40 p10 more-than years']],
    ['over the past 40 years', ['«40 years» 40 p10 years']],
    ["Suzhou's 2,500-year history", ['«2,500-year» 2500 p100 years']],
    ['a 2,500-year-old city', ['«2,500-year-old» 2500 p100 years']],
    ['Suzhou boasts 4,000 years of history.', ['«4,000 years» 4000 p1000 years']],
    ['The museum holds 2,500 artefacts.', ['«2,500» 2500 p100 noun=artefacts']],
    ['Suzhou has three trillion-yuan industries.', ['«three» 3 p1 noun=industries']],
    ['Suzhou has built two trillion-yuan-level industries.', ['«two» 2 p1'], ['trillion-yuan-level industries']],
    ['3-trillion-level industries', ['«3» 3 p1'], ['trillion-level industries']],
    ['3-trillion-level industries', ['«3-trillion» 3e12 p1e12']],
    ['a 10-million-yuan reward', ['«10-million-yuan» 1e7 p1e7 CNY']],
    ['2.30 trillion, 30 million, 2,300 billion', ['«2.30 trillion» 2.3e12 p1e10', '«30 million» 3e7 p1e7', '«2,300 billion» 2.3e12 p1e11']],
    ['100 and 10 and forty-three and twenty five', ['«100» 100 p100', '«10» 10 p10', '«forty-three» 43 p1', '«twenty five» 25 p1']],
    ['growth of 50% or 8.7 percent or 3 per cent', ['«50%» 50 p10 %', '«8.7 percent» 8.7 p0.1 %', '«3 per cent» 3 p1 %']],
    ['1 000 people and 2\u202F500 workers', ['«1 000» 1000 p1000 noun=people', '«2\u202F500» 2500 p100 noun=workers']],
    ['some 30 companies, nearly 5 billion yuan, under 20 firms', ['«some 30» 30 p10 about noun=companies', '«nearly 5 billion yuan» 5e9 p1e9 nearly CNY', '«under 20» 20 p10 less-than noun=firms']],
    ['up to 3 billion dollars, at most 7 bn', ['«up to 3 billion dollars» 3e9 p1e9 at-most USD', '«at most 7 bn» 7e9 p1e9 at-most']],
    // ASCII decimals are read without the digits pattern; a full-width digit after them is not.
    ['0.5 and 10.05 and 12.5%', ['«0.5» 0.5 p0.1', '«10.05» 10.05 p0.01', '«12.5%» 12.5 p0.1 %']],
    ['2.2７ trillion, ends with 3.', ['«2.2７ trillion» 2.27e12 p1e10', '«3» 3 p1']],
  ]);
});

describe('findNumbers: what is not a figure', () => {
  run([
    ['COVID-19 hit in H1 and Q3; 5G and A1 roads; the 14th plan; the 1990s.', []],
    ['one of the cities, a city, an hour', []],
    ['Version 1.2.3 at 10:30 on 1/5', []],
    ['On Jan. 7, 2022 and January 5 the city', ['«2022» 2022 p1 year']],
    ['2022-01-07 and 2021-22', ['«2022» 2022 p1 year', '«2021» 2021 p1 year']],
    ['during 2021-2025 in the 14th Five-Year Plan', ['«2021» 2021 p1 year', '«2025» 2025 p1 year']],
    ["2021's growth and 2021 yuan", ['«2021» 2021 p1 year', '«2021 yuan» 2021 p1 CNY']],
    ['the Fortune Global 500 list', [], ['Fortune Global 500']],
    ['a 100m sprint and 30mm', []],
    ['a 30m yuan deal', ['«30m yuan» 3e7 p1e7 CNY']],
    ['the Five-Year Plan, a five-star hotel', []],
  ]);
});

describe('findNumbers: ranges', () => {
  // A range of money or percentages is one figure: its value is the bottom, `upper` the top, the
  // numeral piece spans both ends (so a fix replaces the whole range).
  run([
    ['GDP of 2.2-2.3 trillion yuan', ['«2.2-2.3 trillion yuan» 2.2e12 p1e11 CNY to 2.3e12']],
    ['GDP of 2.5 to 2.6 trillion yuan', ['«2.5 to 2.6 trillion yuan» 2.5e12 p1e11 CNY to 2.6e12']],
    ['GDP of between 2.2 and 2.3 trillion yuan', ['«between 2.2 and 2.3 trillion yuan» 2.2e12 p1e11 CNY to 2.3e12']],
    ['20–30 billion yuan and 8~9%', ['«20–30 billion yuan» 2e10 p1e10 CNY to 3e10', '«8~9%» 8 p1 % to 9']],
    ['地区生产总值2.2至2.3万亿元，2.5-2.6萬億元，２.２～２.３万亿元', ['«2.2至2.3万亿元» 2.2e12 p1e11 CNY to 2.3e12', '«2.5-2.6萬億元» 2.5e12 p1e11 CNY to 2.6e12', '«２.２～２.３万亿元» 2.2e12 p1e11 CNY to 2.3e12']],
    ['$300-400 million', ['«$300-400 million» 3e8 p1e8 USD to 4e8']],
  ]);
  describe('what is no range', () => {
    run([
      // A change between two figures, not a range.
      ['GDP rose from 2.02 to 2.27 trillion yuan', ['«2.02» 2.02 p0.01', '«2.27 trillion yuan» 2.27e12 p1e10 CNY']],
      ['由2.02到2.27万亿元', ['«2.02» 2.02 p0.01', '«2.27万亿元» 2.27e12 p1e10 CNY']],
      // Neither money nor a percentage: months, times, counts, years.
      ['1-11月 and 3-5 times and 2021-2025', ['«1» 1 p1', '«3» 3 p1', '«2021» 2021 p1 year', '«2025» 2025 p1 year']],
      // The top must be above the bottom, in the same digits, and not a date.
      ['5-3 billion yuan, 2-１ billion, 1-2.3.4 yuan', ['«5» 5 p1', '«2» 2 p1', '«1» 1 p1']],
      // "and" makes a range only after "between".
      ['2.2 and 2.3 trillion yuan', ['«2.2» 2.2 p0.1', '«2.3 trillion yuan» 2.3e12 p1e11 CNY']],
    ]);
  });
});

describe('findNumbers: simplified and traditional Chinese', () => {
  run([
    ['2021年苏州GDP为2.27万亿元。', ['«2021年» 2021 p1 year', '«2.27万亿元» 2.27e12 p1e10 CNY']],
    ['地区生产总值达到30000亿元', ['«30000亿元» 3e12 p1e12 CNY']],
    ['“十四五”期间,苏州投入专项资金超千亿元支持产业创新集群。', ['«超千亿元» 1e11 p1e11 more-than CNY'], ['十四五']],
    ['“十四五”期间', []],
    ['奖励1000万元，22,718.34亿元，22718.34 亿元', ['«1000万元» 1e7 p1e7 CNY', '«22,718.34亿元» 2.271834e12 p1e6 CNY', '«22718.34 亿元» 2.271834e12 p1e6 CNY']],
    ['2500多年历史，40余年，1000多亿元', ['«2500多年» 2500 p100 more-than years', '«40余年» 40 p10 more-than years', '«1000多亿元» 1e11 p1e11 more-than CNY']],
    ['三个产业，三家企业，两千多年，一千万元，二千五百年', ['«三个» 3 p1 noun=产业', '«三家» 3 p1 noun=企业', '«两千多年» 2000 p1000 more-than years', '«一千万元» 1e7 p1e7 CNY', '«二千五百年» 2500 p100 years']],
    ['约2.2万亿元，近千家企业，不到5亿元，人民币2.2万亿元以上', ['«约2.2万亿元» 2.2e12 p1e11 about CNY', '«近千家» 1000 p1000 nearly noun=企业', '«不到5亿元» 5e8 p1e8 less-than CNY', '«人民币2.2万亿元以上» 2.2e12 p1e11 more-than CNY']],
    ['30亿美元左右，增长8.7%，百分之五十', ['«30亿美元左右» 3e9 p1e9 about USD', '«8.7%» 8.7 p0.1 %', '«百分之五十» 50 p10 %']],
    ['一些 一样 统一 万一 一直 第一 一流 唯一 进一步 一带一路 千万不要 几十亿元 一个 一年', []],
    ['1月5日发布，2021年1月', ['«2021年» 2021 p1 year']],
    ['蘇州GDP為2.27萬億元，三個產業，超過4萬億元', ['«2.27萬億元» 2.27e12 p1e10 CNY', '«三個» 3 p1 noun=產業', '«超過4萬億元» 4e12 p1e12 more-than CNY']],
    ['最近3年', ['«3年» 3 p1 years']],
    ['分别为3，400家', ['«3» 3 p1', '«400家» 400 p100']],
    ['80年代，5年级，3倍', ['«80» 80 p10', '«5» 5 p1', '«3» 3 p1']],
    ['苏州有三个万亿级产业', ['«三个» 3 p1'], ['万亿级产业']],
  ]);
});

describe('findNumbers: footnote marks and currency codes between figures', () => {
  run([
    // A superscript footnote mark between a numeral and its words is no part of either.
    ['2,271.8¹ billion yuan', ['«2,271.8¹ billion yuan» 2.2718e12 p1e8 CNY']],
    // A mark with nothing after it is left out of the figure.
    ['GDP 2,271.8¹, up', ['«2,271.8» 2271.8 p0.1']],
    // A currency code glued to the digits after it is theirs: "2020 RMB2,017.0 bn" is a year and an amount.
    ['GDP: 2020 RMB2,017.0 bn', ['«2020» 2020 p1 year', '«RMB2,017.0 bn» 2.017e12 p1e8 CNY']],
    ['It cost 300 RMB.', ['«300 RMB» 300 p100 CNY']],
    ['300元2021年', ['«300元» 300 p100 CNY', '«2021年» 2021 p1 year']],
  ]);
});

describe('findNumbers: myriads of 亿 half in digits', () => {
  // "2万2718亿" is 22,718 亿: the 亿 is the scale of the whole numeral, not a second figure.
  run([
    ['地区生产总值2万2718亿元', ['«2万2718亿元» 2.2718e12 p1e8 CNY']],
    ['總產值3万6千亿元，地區生產總值2兆2718億元', ['«3万6千亿元» 3.6e12 p1e11 CNY', '«2兆2718億元» 2.2718e12 p1e8 CNY']],
    // Not myriads of 亿: a head count, a plain 万亿, a 千 with more than one digit.
    ['2万2千名工人，2万亿元，2万36千亿元', ['«2万» 20000 p10000', '«2千名» 2000 p1000 noun=工人', '«2万亿元» 2e12 p1e12 CNY', '«2万» 20000 p10000', '«36千亿元» 3.6e12 p1e11 CNY']],
  ]);
});

describe('findNumbers: full-width digits', () => {
  run([
    ['ＧＤＰ为２.５万亿元', ['«２.５万亿元» 2.5e12 p1e11 CNY']],
    ['２２，０００亿元 and ２．２７万亿元', ['«２２，０００亿元» 2.2e12 p1e11 CNY', '«２．２７万亿元» 2.27e12 p1e10 CNY']],
  ]);
});

describe('findNumbers: spans are UTF-16 offsets', () => {
  const rows: [text: string, figure: string, numeral: string][] = [
    ['😀😀 GDP 2.27 trillion yuan', '2.27 trillion yuan', '2.27'],
    ['𠀀苏州GDP为2.27万亿元', '2.27万亿元', '2.27'],
    ['🎉 超过１００亿元', '超过１００亿元', '１００'],
    ['é\u0301 more than $2.27 trillion', 'more than $2.27 trillion', '2.27'],
  ];
  for (const [text, figure, numeral] of rows) {
    it(text, () => {
      const [m] = findNumbers(text);
      assert.equal(m.start, text.indexOf(figure));
      assert.equal(m.end, text.indexOf(figure) + figure.length);
      assert.equal(m.numeral.start, text.indexOf(numeral));
      assert.equal(m.numeral.end, text.indexOf(numeral) + numeral.length);
    });
  }

  it('pieces tile the span exactly', () => {
    const text = '苏州 more than US$ 2,271.83 billion yuan and 人民币2.2万亿元以上 and 2500多年';
    for (const m of findNumbers(text)) {
      const pieces = m.pieces ?? [];
      assert.equal(pieces[0].start, m.start);
      assert.equal(pieces[pieces.length - 1].end, m.end);
      for (let i = 1; i < pieces.length; i++) assert.equal(pieces[i].start, pieces[i - 1].end);
    }
  });
});

describe('findNumbers: style', () => {
  const rows: [text: string, style: Partial<NumberStyle>][] = [
    ['2.2 trillion yuan', { script: 'ascii', decimals: 1, scaleText: 'trillion', scale: 1e12, scaleGap: ' ', currencyText: 'yuan', currencyPosition: 'suffix', currencyGap: ' ', groupSeparator: '' }],
    ['RMB2.5tn', { scaleText: 'tn', scaleGap: '', currencyText: 'RMB', currencyPosition: 'prefix', currencyGap: '' }],
    ['2.5-trillion', { scaleText: 'trillion', scaleGap: '-' }],
    ['22,718.34亿元', { groupSeparator: ',', decimals: 2, scaleText: '亿', scale: 1e8, scaleGap: '', currencyText: '元' }],
    ['２２，０００亿元', { script: 'fullwidth', groupSeparator: '，', decimals: 0 }],
    ['more than 100 billion yuan', { qualifierText: 'more than', qualifierPosition: 'prefix', qualifierGap: ' ' }],
    ['2500多年', { qualifierText: '多', qualifierPosition: 'suffix', unitText: '年' }],
    ['2,500-year-old', { unitText: '-year-old' }],
    ['four decades', { script: 'words', unitText: 'decades' }],
    ['一千万元', { script: 'hanzi', scaleText: null, scale: 1, currencyText: '元' }],
    ['$ 341 billion', { currencyText: '$', currencyGap: ' ', currencyPosition: 'prefix' }],
  ];
  for (const [text, style] of rows) {
    it(text, () => {
      const [m] = findNumbers(text);
      const picked = Object.fromEntries(Object.keys(style).map((k) => [k, m.style[k as keyof NumberStyle]]));
      assert.deepEqual(picked, style);
    });
  }
});

describe('findNumbers: regressions', () => {
  // Found by the format round-trip property: a count of ten written 十个 was not read.
  it('reads 十个 as ten', () => {
    const [m] = findNumbers('苏州有十个产业。');
    assert.equal(m?.value, 10);
  });
});

describe('findNumbers: reading from a figure found before', () => {
  // A fix is read back from the figure before it, not from the sentence's start: the scan carries
  // nothing but its position, so both readings must find the same figures from there on.
  const texts = [
    "In 2021 Suzhou's GDP reached 2.27 trillion yuan, up 8.7 percent, and foreign trade 2.53 trillion yuan.",
    '2021年，苏州实现地区生产总值22718.34亿元，增长8.7%；规上工业总产值突破4万亿元。',
    'Over 40 years, some 2,500 firms invested US$10 billion, or about RMB65bn, in 3 parks.',
  ];
  for (const text of texts) {
    it(text.slice(0, 60), () => {
      const all = findNumbers(text);
      assert.ok(all.length >= 3);
      for (let i = 0; i < all.length; i++) {
        const from = findNumbers(text, { from: all[i].start });
        assert.deepEqual(from, all.slice(i));
      }
    });
    // A fix is read back only up to its own end: the figures starting before a stop are the whole
    // reading's, whole (a figure may run past the stop).
    it(`stops before a point: ${text.slice(0, 40)}`, () => {
      const all = findNumbers(text);
      for (let until = 0; until <= text.length; until++) {
        assert.deepEqual(findNumbers(text, { until }), all.filter((m) => m.numeral.start < until));
      }
    });
  }
});
