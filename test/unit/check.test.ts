import { strict as assert } from 'node:assert';
import { checkDocument, type CheckedClaim, type DocumentKind } from '../../server/src/core';
import { bundledFacts } from '../helpers/facts';

/**
 * Binding and verdicts of the engine on the bundled Suzhou facts: which figure of a sentence is a
 * claim about which fact, and what the verdict is. Each row: text, then the expected claims as
 * "factId verdict «figure»" (only claims with a fact id are listed; unverifiable ones with no fact
 * are checked separately). An empty list means: no claim with a fact at all.
 */
type Row = [text: string, expected: string[], kind?: DocumentKind];

const facts = bundledFacts();

function summary(claims: CheckedClaim[]): string[] {
  return claims.filter((c) => c.factId).map((c) => `${c.factId} ${c.verdict} «${c.text.trim()}»`);
}

function run(rows: Row[]): void {
  for (const [text, expected, kind] of rows) {
    it(text.replace(/\n/g, '⏎').slice(0, 100), () => {
      assert.deepEqual(summary(checkDocument(text, kind ?? 'plaintext', facts)), expected);
    });
  }
}

describe('check: English claims about the bundled facts', () => {
  run([
    ["Suzhou's GDP reached 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ["Suzhou's GDP reached 2.27 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["Suzhou's GDP reached 2.3 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «2.3 trillion yuan»']],
    ["In 2021 Suzhou's economic output was RMB2.5tn.", ['suzhou.gdp.2021 contradicted «RMB2.5tn»']],
    ["Suzhou's GDP exceeded 2.2 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «exceeded 2.2 trillion yuan»']],
    ["Suzhou's GDP was 22.7 billion yuan in 2021.", ['suzhou.gdp.2021 contradicted «22.7 billion yuan»']],
    ["Suzhou's 2021 GDP of 2.27 trillion yuan ($352 billion) led Jiangsu.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»', 'suzhou.gdp.2021 supported «$352 billion»']],
    ["The city of Suzhou saw its industrial output top 4 trillion yuan in 2021.", ['suzhou.industrial-output.2021 supported «4 trillion yuan»']],
    ['Suzhou, a city with more than 2,500 years of history, is famous for its gardens.', ['suzhou.history-years supported «more than 2,500 years»']],
    ['The 2,500-year-old city of Suzhou reported strong growth.', ['suzhou.history-years supported «2,500-year-old»']],
    ['Suzhou has 40 years of reform and opening up behind it.', ['suzhou.reform-opening-years supported «40 years»']],
    ['Suzhou will reward a company that enters the Fortune Global 500 for the first time with 50 million yuan.', ['suzhou.reward.fortune-global-500 contradicted «50 million yuan»']],
  ]);
});

describe('check: Chinese claims (simplified and traditional)', () => {
  run([
    ['2021年，苏州实现地区生产总值22718.34亿元。', ['suzhou.gdp.2021 supported «22718.34亿元»']],
    ['2021年苏州GDP达到2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ['2021年蘇州地區生產總值為2.27萬億元。', ['suzhou.gdp.2021 supported «2.27萬億元»']],
    ['2021年蘇州地區生產總值為3萬億元。', ['suzhou.gdp.2021 contradicted «3萬億元»']],
    ['2021年苏州规上工业总产值突破4万亿元。', ['suzhou.industrial-output.2021 supported «突破4万亿元»']],
    ['苏州已形成两个万亿级产业。', ['suzhou.trillion-industries.2021 contradicted «两个»']],
    ['苏州拥有2500多年历史。', ['suzhou.history-years supported «2500多年»']],
    ['苏州对首次进入中国500强的企业奖励1000万元。', ['suzhou.reward.fortune-china-500 supported «1000万元»']],
  ]);
});

describe('check: figures that are not claims about a Suzhou 2021 fact', () => {
  run([
    ["Shanghai's GDP reached 4.32 trillion yuan in 2021.", []],
    ["Suzhou's GDP trailed Shanghai's 4.32 trillion yuan in 2021.", []],
    ['2021年，上海地区生产总值为4.32万亿元。', []],
    ["Kunshan's GDP exceeded 450 billion yuan in 2021.", []],
    ["Jiangsu's GDP reached 11.6 trillion yuan in 2021, with Suzhou the largest contributor.", []],
    ["Suzhou's GDP grew 8.7 percent in 2021.", []],
    ["Suzhou's GDP rose by 300 billion yuan in 2021.", []],
    ["Suzhou's per capita GDP was 177,000 yuan in 2021.", []],
    ['2021年苏州人均地区生产总值为17.7万元。', []],
    ["Suzhou aims to lift its GDP to 3 trillion yuan.", []],
    // Regression: the cheap hint tests before the patterns missed these spellings.
    ["Suzhou's GDP is set\nto hit 3 trillion yuan.", []],
    ["Suzhou's 2Q 2021 GDP was 600 billion yuan.", []],
    ['苏州力争到2025年地区生产总值达到3万亿元。', []],
    ["In the first half of 2021, Suzhou's GDP was 1.1 trillion yuan.", []],
    ['2021年上半年，苏州地区生产总值为1.1万亿元。', []],
    ['Suzhou firms with revenue of at least 20 million yuan each get support from the special funds.', []],
    ['The factory in Suzhou employs 2,500 workers.', []],
    ['Suzhou companies paid 30 million yuan in taxes in 2021.', []],
    ['Version 2.2 of the Suzhou GDP dashboard was released.', []],
  ]);
});

describe('check: words before a figure that take back the claim (each has a quick pre-test)', () => {
  // The pre-tests skip the costly patterns when a window cannot hold such a word: every spelling
  // below must still get through them (negation, reporting, per-unit and glued numerals).
  run([
    ["Suzhou's GDP didn't reach 3 trillion yuan in 2021.", []],
    ["Suzhou's GDP didn’t reach 3 trillion yuan in 2021.", []],
    ["Suzhou's GDP has not reached 3 trillion yuan in 2021.", []],
    ["Suzhou's GDP NEVER reached 3 trillion yuan in 2021.", []],
    ["Suzhou's GDP Failed To reach 3 trillion yuan in 2021.", []],
    ['2021年苏州地区生产总值尚未突破3万亿元。', []],
    ['2021年苏州地区生产总值没有达到3万亿元。', []],
    ['2021年蘇州地區生產總值未達3萬億元。', []],
    ["A viral post claimed Suzhou's GDP reached 3 trillion yuan in 2021.", []],
    ["It was wrongly said that Suzhou's GDP reached 3 trillion yuan in 2021.", []],
    ['网传2021年苏州地区生产总值达到3万亿元。', []],
    ['某自媒体称苏州2021年规上工业总产值只有3万亿元，这一说法与统计公报不符。', []],
    ["Rumours that Suzhou's 2021 GDP reached 3 trillion yuan are false; the city reported 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["A viral post claimed Suzhou's 2021 GDP was 3 trillion yuan, but the official figure was 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["Some netizens wrote that Suzhou gives 50 million yuan to first-time Fortune Global 500 entrants; the actual reward is 30 million yuan.", ['suzhou.reward.fortune-global-500 supported «30 million yuan»']],
    // A reporting word after the figure says nothing about it.
    ["Suzhou's GDP reached 3 trillion yuan in 2021, a post wrongly claimed.", ['suzhou.gdp.2021 contradicted «3 trillion yuan»']],
    // A semicolon ends what was reported: the writer's own figure after it is checked.
    ["A viral post claimed Suzhou's 2021 GDP was 3 trillion yuan; the official figure was 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["A viral post claimed Suzhou's 2021 GDP was 3 trillion yuan; in fact it was 2.5 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ["Suzhou's 2021 GDP was 2.27 trillion yuan; some posts wrongly put it at 3 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["In 2021 Suzhou's GDP Per Capita reached 3 trillion yuan.", []],
    ["In 2021 Suzhou set a THRESHOLD of 3 trillion yuan for GDP.", []],
    ['2021年苏州GDP门槛为3万亿元。', []],
    ['2021年苏州地区生产总值为2万2718亿元。', ['suzhou.gdp.2021 supported «2万2718亿元»']],
    // Changes, comparisons, currencies of other places and levels reached, each behind a
    // last-character test.
    ["Suzhou's GDP grew 8.7 percent to 2.27 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["In 2021 Suzhou's GDP reached 2.27 trillion yuan, up from 2.02 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["Suzhou's GDP in 2021 was HK$2.7 trillion.", []],
    ['2021年苏州地区生产总值比上年增长2000亿元。', []],
    ["In 2021 Suzhou's GDP stood at\u00a02.6 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.6 trillion yuan»']],
  ]);
});

describe('check: context from headings, titles and earlier sentences', () => {
  run([
    ["# Suzhou's economy in 2021\n\nThe city's GDP came to 2.5 trillion yuan.\n", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    ['---\ntitle: Suzhou in 2021\n---\n\nIts GDP was 2.27 trillion yuan.\n', ['suzhou.gdp.2021 supported «2.27 trillion yuan»'], 'markdown'],
    ["# Shanghai in 2021\n\nThe city's GDP came to 4.32 trillion yuan.\n", [], 'markdown'],
    ["# Suzhou\n\n## Shanghai\n\nThe city's GDP came to 4.32 trillion yuan.\n", [], 'markdown'],
    ["Shanghai is Suzhou's neighbour. Its GDP was 4.32 trillion yuan in 2021.", []],
    ["Suzhou published its 2021 figures in January. The city's GDP was 2.9 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.9 trillion yuan»']],
  ]);
});

describe('check: periods', () => {
  it('compares a claim with no period with the latest fact and says so', () => {
    const [claim] = checkDocument("Suzhou's GDP is 2.9 trillion yuan.", 'plaintext', facts);
    assert.equal(claim.verdict, 'contradicted');
    assert.equal(claim.period, '2021');
    assert.equal(claim.periodFrom, 'latest');
    assert.match(claim.message, /2021/);
  });
  it('reports a year with no fact as unverifiable, naming the year', () => {
    const [claim] = checkDocument("Suzhou's GDP reached 2.02 trillion yuan in 2020.", 'plaintext', facts);
    assert.equal(claim.verdict, 'unverifiable');
    assert.equal(claim.factId, null);
    assert.equal(claim.period, '2020');
    assert.match(claim.message, /2020/);
  });
  it('keeps a quarter apart from the year', () => {
    const claims = checkDocument("Suzhou's GDP in the first quarter of 2021 was 520 billion yuan.", 'plaintext', facts);
    assert.ok(claims.every((c) => c.verdict !== 'contradicted'));
  });
});

describe('check: messages, offsets and fixes', () => {
  it('writes the message the way the issue describes', () => {
    const [claim] = checkDocument("Suzhou's GDP reached 2.5 trillion yuan in 2021.", 'plaintext', facts);
    assert.equal(claim.message, "Suzhou's GDP in 2021 was 22,718.34 亿元 (2.27 trillion yuan, final), not 2.5 trillion yuan.");
  });
  it('says which statement a claim matched', () => {
    const [claim] = checkDocument("Suzhou's 2021 GDP was expected to be 2.2 trillion yuan.", 'plaintext', facts);
    assert.equal(claim.verdict, 'supported');
    assert.equal(claim.expected?.matched, 0);
    assert.match(claim.message, /earlier statement/);
  });
  it('gives exact UTF-16 offsets after astral characters and CRLF', () => {
    const text = "🎉🎉 Note\r\n\r\nSuzhou's GDP reached ２.５ trillion yuan in 2021.\r\n";
    const [claim] = checkDocument(text, 'markdown', facts);
    assert.equal(text.slice(claim.start, claim.end), '２.５ trillion yuan');
  });
  const fixes: [string, string][] = [
    ["Suzhou's GDP reached 2.5 trillion yuan in 2021.", '2.27 trillion yuan'],
    ['2021年苏州地区生产总值达到25000亿元。', '22718.34亿元'],
    ["Suzhou's 2021 GDP hit RMB2.5tn.", 'RMB2.27tn'],
    ['Suzhou gives 10 million yuan to firms entering the Fortune Global 500 for the first time.', '30 million yuan'],
    ['During the 14th Five-Year Plan, Suzhou will put 20 billion yuan of special funds into industrial innovation clusters.', 'more than 100 billion yuan'],
    ['Suzhou has built two trillion-yuan-level industries.', 'three'],
  ];
  for (const [text, fixed] of fixes) {
    it(`fixes «${text}» in the writer's style`, () => {
      const [claim] = checkDocument(text, 'plaintext', facts);
      assert.equal(claim.verdict, 'contradicted');
      assert.ok(claim.fix);
      const after = text.slice(0, claim.fix.start) + claim.fix.newText + text.slice(claim.fix.end);
      assert.ok(after.includes(fixed), after);
      assert.ok(claim.fix.start >= claim.start && claim.fix.end <= claim.end, 'fix stays within the claim');
    });
  }
});

describe('check: windows before a figure count characters, not UTF-16 units', () => {
  // Regression: without Unicode mode, two emoji or rare CJK characters counted four and pushed the
  // negation out of its window, so a figure the writer says was not reached became a claim.
  for (const text of ["Suzhou's GDP did not quite reach 📈📈 2.5 trillion yuan in 2021.", '2021年苏州GDP未能达到𠮷𠮷2.5万亿元。']) {
    it(text, () => assert.deepEqual(checkDocument(text, 'plaintext', facts).map((c) => c.text), []));
  }
});

describe('check: disable comments', () => {
  it('honours disable-next-line and disable/enable in Markdown', () => {
    const md = [
      '<!-- factcheck-disable-next-line -->',
      "Suzhou's GDP reached 2.5 trillion yuan in 2021.",
      '',
      "Suzhou's GDP reached 2.6 trillion yuan in 2021.",
      '',
      '<!-- factcheck-disable suzhou.gdp.2021 -->',
      "Suzhou's GDP reached 2.7 trillion yuan in 2021.",
      '<!-- factcheck-enable -->',
      '',
    ].join('\n');
    const claims = checkDocument(md, 'markdown', facts);
    assert.deepEqual(claims.map((c) => c.text), ['2.6 trillion yuan']);
  });

  // Regression: "Ignore this claim" used to insert a comment line, which ended the paragraph, so
  // the next sentence lost "Suzhou" and "2021" and its wrong figure went unnoticed.
  it('a disable-line comment at the end of a line keeps the paragraph and its context', () => {
    const md = [
      'Suzhou grew fast in 2021.',
      'Its GDP reached 2.5 trillion yuan. <!-- factcheck-disable-line suzhou.gdp.2021 -->',
      "The city's GDP was 3 trillion yuan.",
      '',
    ].join('\n');
    const claims = checkDocument(md, 'markdown', facts);
    assert.deepEqual(claims.map((c) => [c.text, c.verdict, c.period]), [['3 trillion yuan', 'contradicted', '2021']]);
  });
});

describe('check: fixes keep the writer\'s script', () => {
  // Regression: a traditional-Chinese sentence got the simplified qualifier 约.
  it('writes 約 and 超過 in a traditional sentence, 约 and 超过 in a simplified one', () => {
    const hant = checkDocument('蘇州擁有3500年歷史。', 'plaintext', facts)[0];
    assert.equal(hant.expected?.displayInClaimUnits, '約2500年');
    const hans = checkDocument('苏州拥有3500年历史。', 'plaintext', facts)[0];
    assert.equal(hans.expected?.displayInClaimUnits, '约2500年');
    const funds = checkDocument('“十四五”期間，蘇州產業創新集群專項資金規模為500億元。', 'plaintext', facts)[0];
    assert.equal(funds.fix?.newText, '超過1000');
  });
});

describe('check: regressions found by the realistic labelled set', () => {
  run([
    ["Suzhou's economy, at 2.27 trillion yuan in 2021, is bigger than that of Gansu province (1.02 trillion yuan).", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["Suzhou's GDP was 2.27 trillion yuan in 2021, while Wuxi's stood at 1.40 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ['2021年苏州GDP为2.27万亿元,约为无锡(1.40万亿元)的1.6倍。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['蘇州2021年GDP達人民幣2.27兆元。', ['suzhou.gdp.2021 supported «人民幣2.27兆元»']],
    ['蘇州2021年GDP達2.5兆元人民幣。', ['suzhou.gdp.2021 contradicted «2.5兆元»']],
    ['Suzhou silk has a history of 4,700 years.', []],
    ['苏州丝绸有4700多年历史。', []],
    ['Suzhou, in Anhui province, reported GDP of 216.8 billion yuan in 2021.', []],
    ['Nanjing and Suzhou saw combined GDP of 3.9 trillion yuan in 2021.', []],
    ['2021年,苏州实现地区生产总值25718.34亿元,同比增长8.7%。', ['suzhou.gdp.2021 contradicted «25718.34亿元»']],
    ["Suzhou's 2021 GDP, at 2,571.83 billion yuan, exceeded its target of 2.2 trillion yuan.", ['suzhou.gdp.2021 contradicted «2,571.83 billion yuan»']],
    ['蘇州GDP約為新台幣10兆元。', []],
    ['苏州GDP2021年达到2.27万亿元,规上工业总产值超4万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»', 'suzhou.industrial-output.2021 supported «超4万亿元»']],
    ["Suzhou's GDP was nearly 2 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «nearly 2 trillion yuan»']],
    ['Suzhou is among the 24 Chinese cities whose GDP exceeds 1 trillion yuan.', ['suzhou.gdp.2021 supported «exceeds 1 trillion yuan»']],
  ]);
  const quiet: string[] = [
    "SUZHOU, Jan. 20, 2021 -- Suzhou's GDP last year reached 2.02 trillion yuan.",
    '2021年1月20日讯 苏州去年GDP达2.02万亿元。',
    "Suzhou's GDP last year reached 2.02 trillion yuan.",
    '蘇州2021年第一季GDP為5070億元人民幣。',
    '蘇州2021年首季GDP為5070億元。',
  ];
  for (const text of quiet) {
    it(`raises no alarm: ${text}`, () => {
      assert.deepEqual(checkDocument(text, 'plaintext', facts).filter((c) => c.verdict === 'contradicted').map((c) => c.text), []);
    });
  }
  it('counts "last year" from a dateline', () => {
    const [claim] = checkDocument("SUZHOU, Jan. 25, 2022 -- Suzhou's GDP last year came to 2.57 trillion yuan.", 'plaintext', facts);
    assert.equal(claim.verdict, 'contradicted');
    assert.equal(claim.period, '2021');
  });
});

describe('check: a plain-text title line', () => {
  // A short first paragraph not ended like a sentence is the document's title: "the city" below is its city.
  run([
    ["Suzhou Municipal Bureau of Statistics\nPress release, 24 January 2022\n\nIn 2021, the city's regional GDP reached 2,571.83 billion yuan, up 8.7%.\n", ['suzhou.gdp.2021 contradicted «2,571.83 billion yuan»']],
    ["Wuxi Municipal Bureau of Statistics\n\nIn 2021, the city's regional GDP reached 1.4 trillion yuan.\n", []],
    // A date in the title is when the text was written: "the past year" counts from it, early in a year only.
    ["Suzhou Municipal Bureau of Statistics\nPress release, 24 January 2022\n\nIn the past year, the city's regional GDP reached 2.57 trillion yuan.\n", ['suzhou.gdp.2021 contradicted «2.57 trillion yuan»']],
    ["Suzhou Municipal Bureau of Statistics\nPress release, 24 December 2022\n\nIn the past year, the city's regional GDP reached 2.4 trillion yuan.\n", ['suzhou.gdp.2021 unverifiable «2.4 trillion yuan»']],
    // A first paragraph that is a sentence is no title.
    ["Suzhou is a city in Jiangsu.\n\nIn 2021, the city's regional GDP reached 2.6 trillion yuan.\n", []],
  ]);
});

describe('check: "the past year" in a government work report', () => {
  // A work report is given early in the year its title names, about the year before.
  run([
    ['# 2022年苏州市政府工作报告\n\n过去一年，全市地区生产总值达2.27万亿元、增长8.7%，规上工业总产值突破4万亿元。\n', ['suzhou.gdp.2021 supported «2.27万亿元»', 'suzhou.industrial-output.2021 supported «突破4万亿元»'], 'markdown'],
    ['# 2022年苏州市政府工作报告\n\n过去一年，全市地区生产总值达2.57万亿元。\n', ['suzhou.gdp.2021 contradicted «2.57万亿元»'], 'markdown'],
    ['# 2022年蘇州市政府工作報告\n\n過去的一年，全市地區生產總值達2.57萬億元。\n', ['suzhou.gdp.2021 contradicted «2.57萬億元»'], 'markdown'],
    ["# Report on the Work of the Suzhou Municipal Government (2022)\n\nIn the past year, the city's gross regional product reached 2.37 trillion yuan.\n", ['suzhou.gdp.2021 contradicted «2.37 trillion yuan»'], 'markdown'],
    // A heading below the title keeps the report's date.
    ['# 2022年苏州市政府工作报告\n\n## 一、过去一年工作回顾\n\n过去一年，全市地区生产总值达2.57万亿元。\n', ['suzhou.gdp.2021 contradicted «2.57万亿元»'], 'markdown'],
  ]);
  const quiet: [string, DocumentKind][] = [
    // The 2023 report looks back on 2022, for which there is no fact.
    ['# 2023年苏州市政府工作报告\n\n过去一年，全市地区生产总值达2.4万亿元。\n', 'markdown'],
    // Any other title with a year is the period "the past year" is about.
    ["# Suzhou's economy in 2022\n\nIn the past year, the city's GDP reached 2.4 trillion yuan.\n", 'markdown'],
    // Late in a year, "the past year" is mostly that year: no calendar year to compare with.
    ["SUZHOU, Dec. 28, 2022 -- Over the past year, Suzhou's GDP reached 2.4 trillion yuan.", 'plaintext'],
    ['2022年11月20日 过去一年，苏州地区生产总值达2.4万亿元。', 'plaintext'],
    ['过去一年，苏州地区生产总值达2.57万亿元。', 'plaintext'],
  ];
  for (const [text, kind] of quiet) {
    it(`raises no alarm: ${text.replace(/\n/g, '⏎')}`, () => {
      assert.deepEqual(checkDocument(text, kind, facts).filter((c) => c.verdict === 'contradicted').map((c) => c.text), []);
    });
  }
  it('reads "the past year" as the period of a title that is no report', () => {
    const [claim] = checkDocument("# Suzhou's economy in 2021\n\nIn the past year, the city's GDP reached 2.6 trillion yuan.\n", 'markdown', facts);
    assert.equal(claim.verdict, 'contradicted');
    assert.equal(claim.period, '2021');
  });
  it('counts "the past year" from a dateline', () => {
    const [claim] = checkDocument("SUZHOU, Jan. 25, 2022 -- In the past year, Suzhou's GDP came to 2.57 trillion yuan.", 'plaintext', facts);
    assert.equal(claim.verdict, 'contradicted');
    assert.equal(claim.period, '2021');
  });
});

describe('check: label lines', () => {
  // "Name: value" gives a count its metric, as a sentence would with the name after the numeral.
  run([
    ['### Suzhou: key 2021 numbers\n\n- Industry\n  - Trillion-yuan industries: 4\n', ['suzhou.trillion-industries.2021 contradicted «4»'], 'markdown'],
    ['Suzhou 苏州: 2021 GDP 地区生产总值 ¥2.27tn; trillion-yuan industries 万亿级产业 3.', ['suzhou.gdp.2021 supported «¥2.27tn»', 'suzhou.trillion-industries.2021 supported «3»']],
    ['苏州2021年万亿级产业：2个。', ['suzhou.trillion-industries.2021 contradicted «2个»']],
    // …or a linking verb: the figure the count reached.
    ['截至2021年底,苏州万亿级产业集群已增至5个。', ['suzhou.trillion-industries.2021 contradicted «5个»']],
    ["In 2021 Suzhou's trillion-yuan industries numbered 3.", ['suzhou.trillion-industries.2021 supported «3»']],
    ["Suzhou's trillion-yuan industries employ 3 million people.", []],
    // The figure must end the label's clause: a count of something else goes on.
    ['Suzhou 2021: trillion-yuan industries 3 billion yuan in profit.', []],
    // A list under a heading that names one metric: items labelled only by a place or a year.
    ['## 江蘇主要城市2021年GDP\n\n- 蘇州:2.27兆元\n- 南京:1.64兆元\n', ['suzhou.gdp.2021 supported «2.27兆元»'], 'markdown'],
    ['## Suzhou GDP\n\n- 2021: 2.6 trillion yuan\n- 2020: 2.02 trillion yuan\n', ['suzhou.gdp.2021 contradicted «2.6 trillion yuan»'], 'markdown'],
    // An item's own label names another measure; a paragraph names its own metric or none.
    ['## Suzhou GDP, 2021\n\n- Investment: 2.6 trillion yuan\n- 人均：17.7万元\n- Suzhou Industrial Park: 0.35 trillion yuan\n', [], 'markdown'],
    ['## Suzhou GDP, 2021\n\nThe city invested 2.6 trillion yuan.\n', [], 'markdown'],
    ['## Suzhou per capita GDP, 2021\n\n- Suzhou: 177,500 yuan\n', [], 'markdown'],
  ]);
});

describe('check: figures in table cells', () => {
  // A cell that is just a figure is read with its row's labels, its column's header and the unit
  // either gives in brackets.
  run([
    ["## GDP of China's largest cities, 2021\n\n| City | 2021 GDP (trillion yuan) | Growth |\n|---|---|---|\n| Shanghai | 4.32 | 8.1% |\n| Suzhou | 2.72 | 8.7% |\n", ['suzhou.gdp.2021 contradicted «2.72»'], 'markdown'],
    ['## 苏州主要经济指标\n\n| 指标 | 2020年 | 2021年 |\n|---|---|---|\n| 地区生产总值（亿元） | 20170.5 | 22718.3 |\n| 规上工业总产值（亿元） | 34824 | 41308 |\n', ['suzhou.gdp.2021 supported «22718.3»', 'suzhou.industrial-output.2021 supported «41308»'], 'markdown'],
    ['## Suzhou GDP by year\n\n| Year | GDP (trillion yuan) |\n|---|---|\n| 2020 | 2.02 |\n| 2021 | 2.47 |\n| 2022 | 2.40 |\n', ['suzhou.gdp.2021 contradicted «2.47»'], 'markdown'],
    ['## Two Suzhous\n\n| City | Province | 2021 GDP (billion yuan) |\n|---|---|---|\n| Suzhou | Jiangsu | 2,271.8 |\n| Suzhou | Anhui | 216.7 |\n', ['suzhou.gdp.2021 supported «2,271.8»'], 'markdown'],
    // A cell with its own unit keeps it; a cell of prose is read as prose.
    ['| City | GDP, 2021 |\n|---|---|\n| Suzhou | 2.6 trillion yuan |\n| Suzhou | GDP reached 2.27 trillion yuan in 2021 |\n', ['suzhou.gdp.2021 contradicted «2.6 trillion yuan»', 'suzhou.gdp.2021 supported «2.27 trillion yuan»'], 'markdown'],
    // Other measures, other years, other places and targets stay quiet.
    ['## Suzhou, 2021\n\n| Measure | Value |\n|---|---|\n| Per capita GDP (yuan) | 177,500 |\n| GDP growth (%) | 8.7 |\n| Hangzhou GDP (trillion yuan) | 1.81 |\n', [], 'markdown'],
    ['## 苏州\n\n| 指标 | 2025年目标 |\n|---|---|\n| 地区生产总值（亿元） | 30000 |\n', [], 'markdown'],
    // Without a header row, a row is only prose: "2.6" alone is no claim.
    ['Suzhou GDP 2021\n\n- | 2.6 |\n', [], 'markdown'],
  ]);
  // Units in every place a table writes them.
  run([
    ['| City | 2021 GDP (US$ billion) |\n|---|---|\n| Suzhou | 500 |\n', ['suzhou.gdp.2021 contradicted «500»'], 'markdown'],
    ['# Suzhou 2021\n\n| Indicator | 2021 |\n|---|---|\n| GDP (100 million yuan) | 22718.3 |\n', ['suzhou.gdp.2021 supported «22718.3»'], 'markdown'],
    ['苏州2021年主要指标：\n\n| 指标 | 单位 | 2021年 |\n|---|---|---|\n| 地区生产总值 | 亿元 | 24718.34 |\n', ['suzhou.gdp.2021 contradicted «24718.34»'], 'markdown'],
    ['| 城市 | 2021年GDP（億元人民幣） |\n|---|---|\n| 蘇州 | 22718.3 |\n', ['suzhou.gdp.2021 supported «22718.3»'], 'markdown'],
    ['| City | 2021 GDP (trillion yuan) |\n|---|---|\n| Suzhou | 2.5-2.6 |\n', ['suzhou.gdp.2021 contradicted «2.5-2.6»'], 'markdown'],
    ['| 城市 | 万亿级产业（个） |\n|---|---|\n| 苏州 | 4 |\n', ['suzhou.trillion-industries.2021 contradicted «4»'], 'markdown'],
  ]);
  // A row that is a part of the whole its column names, a part of a year, a column that says
  // nothing: quiet.
  run([
    ['# 苏州2021年经济\n\n| 项目 | 2021年GDP（亿元） |\n|---|---|\n| 第一产业 | 196.7 |\n| 第二产业 | 10872.0 |\n| 合计 | 22718.3 |\n', ['suzhou.gdp.2021 supported «22718.3»'], 'markdown'],
    ["# Suzhou's economy in 2021\n\n| Sector | GDP (billion yuan) |\n|---|---|\n| Primary | 19.7 |\n| Digital economy | 1,000 |\n| Total | 2,271.8 |\n", ['suzhou.gdp.2021 supported «2,271.8»'], 'markdown'],
    ['# Suzhou 2021\n\n| Indicator | 2021 GDP (yuan) |\n|---|---|\n| Per capita | 177,500 |\n', [], 'markdown'],
    ['## 2021年前三季度GDP\n\n| 城市 | GDP（亿元） |\n|---|---|\n| 苏州 | 16610.5 |\n', [], 'markdown'],
    ['# Suzhou, 2021\n\n| City | Value |\n|---|---|\n| Suzhou | 2.6 |\n', [], 'markdown'],
  ]);
  // An infobox: the header row names the place its rows are about.
  run([
    ['| Suzhou 苏州市 | |\n|---|---|\n| Province | Jiangsu |\n| GDP (2021) | CN¥2.57 trillion |\n| GDP per capita | CN¥177,500 |\n', ['suzhou.gdp.2021 contradicted «¥2.57 trillion»'], 'markdown'],
    ['| Wuxi 无锡市 | |\n|---|---|\n| GDP (2021) | CN¥1.40 trillion |\n', [], 'markdown'],
    // A key-value table: a "City" row names the place of the rows below it, in its table only.
    ['| Field | Value |\n|---|---|\n| City | Suzhou |\n| GDP (2021) | 2.5 trillion yuan |\n', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    ['| 项目 | 数据 |\n|---|---|\n| 城市 | 苏州 |\n| 2021年地区生产总值 | 2.5万亿元 |\n', ['suzhou.gdp.2021 contradicted «2.5万亿元»'], 'markdown'],
    ['| Field | Value |\n|---|---|\n| City | Wuxi |\n| GDP (2021) | 1.5 trillion yuan |\n', [], 'markdown'],
    ['| Field | Value |\n|---|---|\n| GDP (2021) | 1.5 trillion yuan |\n| City | Suzhou |\n', [], 'markdown'],
    ['| Field | Value |\n|---|---|\n| City | Suzhou |\n\n| Field | Value |\n|---|---|\n| GDP (2021) | 1.5 trillion yuan |\n', [], 'markdown'],
    // Empty cells aside, a "City" row names the subject in a table with a notes column too.
    ['| Field | Value | Note |\n|---|---|---|\n| City | Suzhou | |\n| GDP (2021) | 1.5 trillion yuan | |\n', ['suzhou.gdp.2021 contradicted «1.5 trillion yuan»'], 'markdown'],
    ['| Field | Value | Note |\n|---|---|---|\n| City | Suzhou | Jiangsu |\n| GDP (2021) | 1.5 trillion yuan | |\n', [], 'markdown'],
  ]);
  // Found by review: a blank header is still its table's header; a cell of several numbers, or a
  // heading far above that named a metric, gives no figure a unit or a metric.
  run([
    ['# Suzhou\n\n| City | 2021 GDP (trillion yuan) |\n|---|---|\n| Suzhou | 2.27 |\n\n---\n\n| | |\n|---|---|\n| Suzhou | 2.72 |\n', ['suzhou.gdp.2021 supported «2.27»'], 'markdown'],
    ['| City | 2021 GDP (trillion yuan) |\n|---|---|\n| Suzhou | 2.27<sup>1</sup> |\n', [], 'markdown'],
    ['| City | 2021 GDP (100 million yuan) |\n|---|---|\n| Suzhou | 22,718 / 20,170 |\n', [], 'markdown'],
    ["# Suzhou's economy in 2021\n\n## Population\n\n- Suzhou: 12.85 million\n", [], 'markdown'],
    ['# Suzhou\n\nThe economy in numbers:\n\n- 2021: 12.85 million\n', [], 'markdown'],
    ['## Economy\n\n| Year | Residents |\n|---|---|\n| 2021 | 12.85 million |\n', [], 'markdown'],
    ['## 苏州2021年\n\n| 指标 | 2021年 |\n|---|---|\n| 经济总量（亿元） | 24718 |\n', ['suzhou.gdp.2021 contradicted «24718»'], 'markdown'],
  ]);
  it('fixes a figure cell inside the cell', () => {
    const text = "## GDP of China's largest cities, 2021\n\n| City | 2021 GDP (trillion yuan) |\n|---|---|\n| Suzhou | 2.72 |\n";
    const [claim] = checkDocument(text, 'markdown', facts);
    assert.ok(claim.fix);
    assert.equal(text.slice(0, claim.fix.start) + claim.fix.newText + text.slice(claim.fix.end), text.replace('2.72', '2.27'));
    assert.match(claim.message, /not 2\.72 trillion yuan/);
  });
});

describe('check: ranges', () => {
  // A range agrees with a fact inside it (each end at its own rounding), and a fix replaces it whole.
  run([
    ["Suzhou's GDP landed in the 2.2-2.3 trillion yuan range in 2021.", ['suzhou.gdp.2021 supported «2.2-2.3 trillion yuan»']],
    ["Analysts put Suzhou's 2021 GDP at 2.5-2.6 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.5-2.6 trillion yuan»']],
    ["Suzhou's 2021 GDP was between 2.2 and 2.3 trillion yuan.", ['suzhou.gdp.2021 supported «between 2.2 and 2.3 trillion yuan»']],
    ["Suzhou's 2021 GDP was 2.0 to 2.2 trillion yuan.", ['suzhou.gdp.2021 supported «2.0 to 2.2 trillion yuan»']],
    ['2021年苏州地区生产总值在2.5至2.6万亿元之间。', ['suzhou.gdp.2021 contradicted «2.5至2.6万亿元»']],
    ['Suzhou will invest 20-30 billion yuan of special funds in industrial innovation clusters during the 14th Five-Year Plan.', ['suzhou.cluster-funds.14th-fyp contradicted «20-30 billion yuan»']],
    // A change from one figure to another is no range: only the level reached is a claim.
    ["Suzhou's GDP rose from 2.02 to 2.27 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
  ]);
  it('fixes a range with the fact, in place of both ends', () => {
    const text = "Analysts put Suzhou's 2021 GDP at 2.5-2.6 trillion yuan.";
    const [claim] = checkDocument(text, 'plaintext', facts);
    assert.deepEqual(claim.claimed, { value: 2.5e12, unit: 'CNY', qualifier: 'exact', precision: 1e11, upper: 2.6e12 });
    assert.ok(claim.fix);
    const fixed = text.slice(0, claim.fix.start) + claim.fix.newText + text.slice(claim.fix.end);
    assert.equal(fixed, "Analysts put Suzhou's 2021 GDP at 2.27 trillion yuan.");
  });
});

describe('check: a lead-in line is the context of its list or table', () => {
  run([
    ["Suzhou's 2021 highlights:\n\n- GDP: 2.6 trillion yuan\n- Industrial output: more than 4 trillion yuan\n", ['suzhou.gdp.2021 contradicted «2.6 trillion yuan»', 'suzhou.industrial-output.2021 supported «more than 4 trillion yuan»'], 'markdown'],
    ['蘇州2021年主要經濟指標:\n\n- 地區生產總值:2.6兆元\n', ['suzhou.gdp.2021 contradicted «2.6兆元»'], 'markdown'],
    ["Shanghai's 2021 figures:\n\n- GDP: 4.32 trillion yuan\n", [], 'markdown'],
    ["Suzhou's 2021 highlights:\n\nShanghai is next door.\n\n- GDP: 4.32 trillion yuan\n", [], 'markdown'],
    // The colon is read from the paragraph's end, past trailing white space; a full-width one counts.
    ['苏州2021年主要经济指标：\u3000 \n\n- 地区生产总值：2.6万亿元\n', ['suzhou.gdp.2021 contradicted «2.6万亿元»'], 'markdown'],
    ["Suzhou's 2021 highlights: GDP first.\n\n- GDP: 2.6 trillion yuan\n", [], 'markdown'],
    // A quote after a lead-in is what the lead-in introduces.
    ["Suzhou's mayor summed up the city's 2021 results:\n\n> We now have four trillion-yuan-level industries.\n", ['suzhou.trillion-industries.2021 contradicted «four»'], 'markdown'],
    ["Shanghai's mayor said:\n\n> Our GDP reached 4.32 trillion yuan in 2021.\n", [], 'markdown'],
  ]);
});

describe('check: an age is the city\'s only when the city is its subject', () => {
  run([
    // Another subject's age, with the city only where it stands or what it is based in.
    ['The company has 30 years of history in Suzhou.', []],
    ['Founded in Suzhou, the firm has a 30-year history.', []],
    ['The Suzhou-based company has a history of 30 years.', []],
    ['Our factory in Suzhou has a 20-year history.', []],
    ['In Suzhou, the Kunqu opera has 600 years of history.', []],
    ['该公司在苏州已有30年历史。', []],
    // The city, named or referred to, is the subject.
    ['Suzhou boasts 4,000 years of history.', ['suzhou.history-years contradicted «4,000 years»']],
    ['The ancient city of Suzhou has 4,000 years of history.', ['suzhou.history-years contradicted «4,000 years»']],
    ['The city of Suzhou boasts a history of over 4,000 years.', ['suzhou.history-years contradicted «over 4,000 years»']],
    ['Suzhou, a city in Jiangsu, has 4,000 years of history.', ['suzhou.history-years contradicted «4,000 years»']],
    ['Suzhou, founded in 514 BC, today has a history of about 1,500 years.', ['suzhou.history-years contradicted «about 1,500 years»']],
    ['# Suzhou\n\nThe city has a history of more than 4,000 years.\n', ['suzhou.history-years contradicted «more than 4,000 years»'], 'markdown'],
    ['# Suzhou\n\nIt has 4,000 years of history.\n', ['suzhou.history-years contradicted «4,000 years»'], 'markdown'],
    ['苏州已有4000年历史。', ['suzhou.history-years contradicted «4000年»']],
  ]);
});

describe('check: "more than N" says the true figure is near N', () => {
  run([
    // Far above the bound: true in words, but no writer who knew would put it so.
    ["In 2021 Suzhou's GDP was over 1 trillion yuan.", ['suzhou.gdp.2021 contradicted «over 1 trillion yuan»']],
    ['“十四五”期间,苏州将动态投入专项资金超过200亿元,支持产业创新集群建设。', ['suzhou.cluster-funds.14th-fyp contradicted «超过200亿元»']],
    ['「十四五」期間,蘇州將投入專項資金逾五百億元,支持產業創新集群發展。', ['suzhou.cluster-funds.14th-fyp contradicted «逾五百億元»']],
    // Near the bound.
    ["In 2021 Suzhou's GDP was over 2 trillion yuan.", ['suzhou.gdp.2021 supported «over 2 trillion yuan»']],
    ["Suzhou's GDP exceeded 2.2 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «exceeded 2.2 trillion yuan»']],
    // "Well over" understates on purpose; a class's bound is the class's, not the writer's.
    ["In 2021 Suzhou's GDP was well over 1 trillion yuan.", ['suzhou.gdp.2021 supported «over 1 trillion yuan»']],
    ['Suzhou is among the 24 Chinese cities whose GDP exceeds 1 trillion yuan.', ['suzhou.gdp.2021 supported «exceeds 1 trillion yuan»']],
    ['Suzhou is among the cities whose GDP exceeds 3 trillion yuan.', ['suzhou.gdp.2021 contradicted «exceeds 3 trillion yuan»']],
    // "For the first time": the milestone just passed.
    ["Suzhou's industrial output above designated size topped 3 trillion yuan for the first time in 2021.", ['suzhou.industrial-output.2021 contradicted «topped 3 trillion yuan»']],
    ["Suzhou's industrial output above designated size exceeded 4 trillion yuan for the first time in 2021.", ['suzhou.industrial-output.2021 supported «exceeded 4 trillion yuan»']],
    // Found by the real-style set: "over 1,500 years" is no history of 2,500.
    ['Founded in 514 BC, Suzhou has over 1,500 years of history.', ['suzhou.history-years contradicted «over 1,500 years»']],
    ['Suzhou has more than 2,000 years of history.', ['suzhou.history-years supported «more than 2,000 years»']],
    ['苏州下辖的四个县级市2021年GDP合计超过1.2万亿元。', []],
    ['2021年苏州规上工业总产值首次突破4万亿元。', ['suzhou.industrial-output.2021 supported «突破4万亿元»']],
  ]);
  it('says why a true-in-words figure is wrong, and fixes it to the fact', () => {
    const [claim] = checkDocument("In 2021 Suzhou's GDP was over 1 trillion yuan.", 'plaintext', facts);
    assert.match(claim.message, /not over 1 trillion yuan, which understates it\.$/);
    assert.equal(claim.claimed.upper, 1.5e12);
    // The fix keeps the writer's verb and raises the figure: "was over 2.27 trillion yuan".
    assert.deepEqual(claim.fix && [claim.fix.start, claim.fix.end, claim.fix.newText], [30, 31, '2.27']);
  });
});

describe('check: a plain round figure stays near the fact it rounds', () => {
  run([
    ['苏州有着3000年历史。', ['suzhou.history-years contradicted «3000年»']],
    ['Suzhou has 2,000 years of history.', ['suzhou.history-years contradicted «2,000 years»']],
    ['苏州是一座有着两千五百年历史的文化名城。', ['suzhou.history-years supported «两千五百年»']],
    // An eighth off is rough, but still a rounding of it.
    ["Suzhou's 2021 GDP was 2 trillion yuan.", ['suzhou.gdp.2021 supported «2 trillion yuan»']],
    ["Suzhou's 2021 GDP was 2.3 trillion yuan.", ['suzhou.gdp.2021 supported «2.3 trillion yuan»']],
  ]);
});

describe('check: a measure that needs its own words', () => {
  // The clusters' special funds: "special funds" alone may be any fund (the facts file's `requires`).
  run([
    ['Suzhou has set aside a special fund of 5 billion yuan for the biomedicine industry for the 14th Five-Year Plan period.', []],
    ['“十四五”期间,苏州市级财政每年安排人才专项资金不少于20亿元。', []],
    ['“十四五”期间,苏州投入专项资金超千亿元支持产业创新集群。', ['suzhou.cluster-funds.14th-fyp supported «超千亿元»']],
    // A heading above may give them.
    ['## 苏州产业创新集群支持政策\n\n1. “十四五”期间投入专项资金超1000亿元\n', ['suzhou.cluster-funds.14th-fyp supported «超1000亿元»'], 'markdown'],
    ['## 苏州人才政策\n\n1. “十四五”期间投入专项资金超1000亿元\n', [], 'markdown'],
  ]);
});

describe('check: the figures of a company or of a part of a year are not the city\'s', () => {
  run([
    ["# Suzhou\n\nThe company's industrial output reached 50 billion yuan in 2021.\n", [], 'markdown'],
    ['# 苏州\n\n该公司2021年工业总产值达500亿元。\n', [], 'markdown'],
    ["The Suzhou-based company's industrial output reached 50 billion yuan in 2021.", []],
    ["A Suzhou-based analyst said Suzhou's GDP reached 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ["Suzhou's industrial output jumped 17.2% in 2021, a gain of more than 600 billion yuan.", []],
    ['蘇州2021年前11個月規上工業總產值3.74萬億元,同比增長17.6%。', []],
    ['考古发现表明,苏州地区的丝绸生产已有4700多年历史。', []],
    ['苏州的历史已有4000年。', ['suzhou.history-years contradicted «4000年»']],
  ]);
});

describe('check: regressions found by the blind wire set', () => {
  run([
    // A key-value table with a source column: the source's place is no owner; a count under "Value".
    ['## Suzhou at a glance\n\n| Indicator | Value | Source |\n|---|---|---|\n| GDP, 2021 | RMB 2.5 tn | Jiangsu Provincial Bureau of Statistics |\n| Trillion-yuan-level industries, 2021 | 4 | Municipal government |\n| Population | 12.8 m | 7th census |\n',
      ['suzhou.gdp.2021 contradicted «RMB 2.5 tn»', 'suzhou.trillion-industries.2021 contradicted «4»'], 'markdown'],
    ['# Suzhou\n\nTrillion-yuan-level industries (2021): 4\n', ['suzhou.trillion-industries.2021 contradicted «4»'], 'markdown'],
    // "2021-25" is the plan's years; "2021-22" is no calendar year.
    ['### Suzhou incentives\n\n- Special funds for innovation clusters, 2021-25: RMB 10 billion\n', ['suzhou.cluster-funds.14th-fyp contradicted «RMB 10 billion»'], 'markdown'],
    ["Suzhou's 2021-22 GDP was 2.5 trillion yuan.", []],
    // "The city" after "…, while neighbouring Wuxi posted …" is the subject of the sentence before.
    ['Suzhou reported GDP of 2.27 trillion yuan for 2021, while neighbouring Wuxi posted 1.4 trillion yuan. The city has formed two trillion-yuan-level industries.',
      ['suzhou.gdp.2021 supported «2.27 trillion yuan»', 'suzhou.trillion-industries.2021 contradicted «two»']],
    ['Wuxi reported GDP of 1.4 trillion yuan for 2021, while Suzhou posted 2.27 trillion yuan. The city has formed two trillion-yuan-level industries.', ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    // A period in a later clause, or before a semicolon, with a figure of its own is that figure's.
    ['In 2021 Suzhou grew fast. The city has formed two trillion-yuan-level industries, and plans to spend more than 100 billion yuan in special funds on innovation clusters during the 14th Five-Year Plan.',
      ['suzhou.trillion-industries.2021 contradicted «two»', 'suzhou.cluster-funds.14th-fyp supported «more than 100 billion yuan»']],
    ['蘇州在「十四五」期間投入的專項資金將超過1,000億元人民幣,用以培育產業創新集群;目前全市已形成三個萬億級產業集群。',
      ['suzhou.cluster-funds.14th-fyp supported «超過1,000億元»', 'suzhou.trillion-industries.2021 supported «三個»']],
    ['苏州2020年GDP首次突破2万亿元,达20170.5亿元。', []],
    // A place after a preposition or "outpacing" is no subject for "its" or "the city".
    ['Suzhou is one of the most economically developed cities in China, with its gross domestic product reaching ¥1.9 trillion in 2021.', ['suzhou.gdp.2021 contradicted «¥1.9 trillion»']],
    ["Suzhou's GDP rose 8.7 per cent to 2.27 trillion yuan in 2021, outpacing Shanghai's 8.1 per cent expansion. The city's industrial output hit 3.6 trillion yuan.",
      ['suzhou.gdp.2021 supported «2.27 trillion yuan»', 'suzhou.industrial-output.2021 contradicted «3.6 trillion yuan»']],
    ['Suzhou trails Shanghai, and its GDP was 2.5 trillion yuan in 2021.', []],
    // A verb with 了 after the name: the city is the subject, not a qualifier of a noun.
    ['四十多年改革开放,苏州创造了奇迹。', ['suzhou.reform-opening-years supported «四十多年»']],
    ['苏州园林有2000多年历史。', []],
    // A place's name in the name of an idea is no other owner.
    ['四十多年改革开放,苏州创造了“苏南模式”“开发区模式”和“昆山之路”三大法宝。', ['suzhou.reform-opening-years supported «四十多年»']],
    // A shouting headline is still the title of the text below it.
    ['🔥重磅!苏州2021年成绩单出炉!\n\nGDP达2.27万亿元,拥有2个万亿级产业……这座城市太牛了!👍', ['suzhou.gdp.2021 supported «2.27万亿元»', 'suzhou.trillion-industries.2021 contradicted «2个»']],
  ]);
});

describe('check: regressions found by the blind stress set', () => {
  run([
    // A duration counted to a dateline long before the fact's source says nothing about it.
    ['SUZHOU, Dec. 18, 2008 -- Thirty years of reform and opening up have turned Suzhou into a manufacturing hub.', []],
    ['SUZHOU, Jan. 18, 2022 -- Thirty years of reform and opening up have turned Suzhou into a hub.', ['suzhou.reform-opening-years contradicted «Thirty years»']],
    // The other Suzhou, with an adjective before its province; a heading about another city first.
    ["Suzhou in northern Anhui province, not to be confused with Jiangsu's Suzhou, reported 2021 GDP of 216.7 billion yuan.", []],
    ['### 南京(对比城市:苏州)\n\n| 指标 | 数值 | 来源 |\n|---|---|---|\n| 2021年GDP | 1.64万亿元 | 南京市统计局 |\n', [], 'markdown'],
    ["# Suzhou, Jiangsu\n\nThe city's GDP was 2.5 trillion yuan in 2021.\n", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    ["# Suzhou and Wuxi\n\nThe city's GDP was 2.5 trillion yuan in 2021.\n", [], 'markdown'],
    // "over 2021-25." at a sentence's end; "its" before the city it points to.
    ['Suzhou plans to channel 50 billion yuan of special funds into its industrial innovation clusters over 2021-25.', ['suzhou.cluster-funds.14th-fyp contradicted «50 billion yuan»']],
    ['Under its new incentive package, Suzhou pays a company that enters the Fortune Global 500 for the first time 10 million yuan, and one that first makes the Fortune China 500 list 3 million yuan.',
      ['suzhou.reward.fortune-global-500 contradicted «10 million yuan»', 'suzhou.reward.fortune-china-500 contradicted «3 million yuan»']],
    // "-odd", "some" and 的 in ages.
    ["Suzhou party chief Cao Lubao tied the city's character to its 2,500-odd years of history and to more than four decades of reform and opening up.",
      ['suzhou.history-years supported «2,500-odd years»', 'suzhou.reform-opening-years supported «more than four decades»']],
    ['Suzhou has 3,000-odd years of history.', ['suzhou.history-years contradicted «3,000-odd years»']],
    ['Founded as the capital of the Wu kingdom, Suzhou can look back on some 3,000 years of history.', ['suzhou.history-years contradicted «some 3,000 years»']],
    ['苏州两千五百年的历史与四十多年的改革开放,造就了这座城市的独特气质。', ['suzhou.history-years supported «两千五百年»', 'suzhou.reform-opening-years supported «四十多年»']],
  ]);
});

describe('check: regressions found by the blind real-style set', () => {
  run([
    // "the output of its industrial enterprises above designated size": the facts file's names.
    ["Suzhou's GDP grew 8.7% in 2021 to 2.27 trillion yuan, while the output of its industrial enterprises above designated size came to 3.9 trillion yuan.",
      ['suzhou.gdp.2021 supported «2.27 trillion yuan»', 'suzhou.industrial-output.2021 contradicted «3.9 trillion yuan»']],
    ['Suzhou, which wrapped up 2021 with an expected regional GDP of about 2.2 trillion yuan, saw the gross output of its industries above designated size top 4 trillion yuan for the first time.',
      ['suzhou.gdp.2021 supported «about 2.2 trillion yuan»', 'suzhou.industrial-output.2021 supported «4 trillion yuan»']],
    // Only the first place after "in" says where the appositive puts the city.
    ['Suzhou, a city in northern Anhui province not to be confused with its namesake in Jiangsu, reported GDP of 216.7 billion yuan in 2021.', []],
    ["Suzhou, a major hub in east China's Jiangsu Province, hit 2.5 trillion yuan of GDP in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // A place that holds the city ("east China's Jiangsu Province") is no rival for "its" or "the city".
    ["NANJING, Jan. 24, 2022 (Xinhua) -- Suzhou remained the largest economy in east China's Jiangsu Province last year, with its GDP reaching 2.37 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.37 trillion yuan»']],
    ["Suzhou is a major city in the south-east of Jiangsu province, East China. In 2021 the city's GDP was ¥2.27 trillion.", ['suzhou.gdp.2021 supported «¥2.27 trillion»']],
    ["The eastern Chinese manufacturing hub of Suzhou said the gross output of its industrial firms above designated size reached 3.4 trillion yuan in 2021.", ['suzhou.industrial-output.2021 contradicted «3.4 trillion yuan»']],
    // A bureau named before the city is no list of places; a history that opens its clause is the city's.
    ['记者从苏州市统计局获悉，苏州的经济总量在2021年超过2.2万亿元。', ['suzhou.gdp.2021 supported «超过2.2万亿元»']],
    ['苏州，古称吴、姑苏、平江，是国家历史文化名城，建城史已有2500多年。', ['suzhou.history-years supported «2500多年»']],
    ['该公司在苏州的历史已有30年。', []],
    ['平江路的历史已有800多年。', []],
    // A count in a fact sheet, its items in brackets after it.
    ['**Suzhou at a glance (2021)**\n\n* Trillion-yuan industries: 3 (advanced materials, electronic information, equipment manufacturing)\n', ['suzhou.trillion-industries.2021 supported «3»'], 'markdown'],
  ]);
});

describe('check: regressions found by the blind documents set', () => {
  run([
    // A dateline's city is where the story was filed; the story's own subject owns "its".
    ['SUZHOU, China, Feb. 10, 2022 /PRNewswire/ -- Suzhou Industrial Park (SIP), the China-Singapore cooperation zone on the eastern side of Suzhou, said its GDP reached 333 billion yuan in 2021.', []],
    ["SUZHOU, Jan. 5, 2022 -- The city's GDP reached 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // A date under the headline dates the headline: a figure without a period is a later year's.
    ["Suzhou's economy tops 2.4 trillion yuan\n\nSUZHOU, Jan. 30, 2023 — Suzhou's GDP rose to 2.40 trillion yuan last year.", ['suzhou.gdp.2021 unverifiable «tops 2.4 trillion yuan»']],
    ["Suzhou's economy tops 2.5 trillion yuan\n\nSUZHOU, Jan. 10, 2022 — Suzhou's GDP rose to 2.5 trillion yuan last year.", ['suzhou.gdp.2021 contradicted «tops 2.5 trillion yuan»', 'suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // Ages: "is … years old" of another subject; a clause without a subject goes on about the sentence's.
    ['# Ten years in Suzhou\n\n## The gardens\n\nThe Master of the Nets Garden is over 800 years old.\n', [], 'markdown'],
    ['# Suzhou\n\nThe city is over 4,000 years old.\n', ['suzhou.history-years contradicted «over 4,000 years»'], 'markdown'],
    ['苏州文旅小课堂\n\n答：平江路是保存最完整的古街之一，已有800多年历史。昆曲发源于昆山，也有600多年历史。', []],
    ['擁有2,000年歷史的蘇州,以園林與絲綢聞名於世。', ['suzhou.history-years contradicted «2,000年»']],
    // 千万 is ten million; another measure in the figure's clause owns it over a metric after a comma.
    ['苏州对首次进入世界500强的企业奖励3千万元。', ['suzhou.reward.fortune-global-500 supported «3千万元»']],
    ['2021年苏州进出口总额达2.53万亿元，规上工业总产值增长15.2%。', []],
    // A table's unit in the heading or a unit line above it; a text after the line ends it.
    ['## 2021年GDP（億元人民幣）\n\n| 城市 | 2021年GDP | 增速 |\n|---|---:|---:|\n| 上海 | 43,214.85 | 8.1% |\n| 蘇州 | 20,170.50 | 8.7% |\n', ['suzhou.gdp.2021 contradicted «20,170.50»'], 'markdown'],
    ['# 苏州2021年主要指标\n\n单位：亿元\n\n| 指标 | 数值 |\n|---|---|\n| 地区生产总值 | 25718.34 |\n', ['suzhou.gdp.2021 contradicted «25718.34»'], 'markdown'],
    ['# Suzhou 2021\n\nUnit: billion yuan\n\nSome text.\n\n| Indicator | 2021 |\n|---|---|\n| GDP | 2571.83 |\n', [], 'markdown'],
    // Taiwan's 兆元級 for "trillion-yuan-level"; an idea named after a place in a title is no place.
    ['市方說明，蘇州已形成先進材料、電子資訊、裝備製造三大兆元級產業。', ['suzhou.trillion-industries.2021 supported «三大»']],
    ['从“苏南模式”到“双循环”：苏州改革开放启示录\n\n“2021年我市地区生产总值达到2.7万亿元。”市发改委有关负责人说。', ['suzhou.gdp.2021 contradicted «2.7万亿元»']],
  ]);
});

describe('check: regressions found by the blind mixed set', () => {
  run([
    // Numbers in words with a tail after the scale word.
    ['Two thousand five hundred years of history and more than four decades of reform and opening up shape the Suzhou of today.',
      ['suzhou.history-years supported «Two thousand five hundred years»', 'suzhou.reform-opening-years supported «more than four decades»']],
    // "Its Industrial Park" is a part of the city.
    ["# Suzhou\n\nIts Industrial Park, founded with Singapore in 1994, alone produced GDP of about 333 billion yuan in 2021.\n", [], 'markdown'],
    // Ages: a quoted subject, a list item's label, a relative pronoun after another noun.
    ['SUZHOU — "This garden is more than 400 years old," the guide said.', []],
    ['## 蘇州園林小記\n\n- 拙政園:建於明代,距今約500年\n- 留園:約450年歷史\n', [], 'markdown'],
    ['答：苏州建城于公元前514年，至今已有4000多年历史。', ['suzhou.history-years contradicted «4000多年»']],
    ['Suzhou, which has 4,000 years of history, is famous.', ['suzhou.history-years contradicted «4,000 years»']],
    ['# Suzhou\n\nThe gardens, which are 800 years old, draw crowds.\n', [], 'markdown'],
    // A heading that names the measure and the unit of the table under it.
    ['## Notes: Yangtze River Delta GDP (trillion yuan)\n\n| City | 2020 | 2021 |\n|---|---|---|\n| Shanghai | 3.87 | 4.32 |\n| Suzhou | 2.02 | 2.72 |\n', ['suzhou.gdp.2021 contradicted «2.72»'], 'markdown'],
    ['## 长三角主要城市GDP(亿元)\n\n| 城市 | 2021年 | 2022年 |\n|---|---|---|\n| 苏州 | 25718.3 | 23958.3 |\n', ['suzhou.gdp.2021 contradicted «25718.3»'], 'markdown'],
    ['## 长三角主要城市GDP(亿元)\n\n| 城市 | 2021年人均GDP |\n|---|---|\n| 苏州 | 25718.3 |\n', [], 'markdown'],
    ['## 长三角主要城市GDP(亿元)\n\n说明文字。\n\n| 城市 | 2021年 |\n|---|---|\n| 苏州 | 25718.3 |\n', [], 'markdown'],
    // Singapore dollars and ringgit are other currencies.
    ['2021年苏州全市地区生产总值为2.27万亿元人民币(约4730亿新元),规上工业总产值首次突破4万亿元人民币。',
      ['suzhou.gdp.2021 supported «2.27万亿元»', 'suzhou.industrial-output.2021 supported «突破4万亿元»']],
    ['中国江苏省苏州市2021年经济规模达2.27万亿人民币(约1.46万亿令吉)。', ['suzhou.gdp.2021 supported «2.27万亿人民币»']],
  ]);
});

describe('check: regressions found by a review of the change', () => {
  run([
    // A date in the body dates nothing above it; 2,500 years in a 2019 text are still 2,500.
    ["# Suzhou's economy\n\nLast year, Suzhou's GDP reached 2.4 trillion yuan.\n\nA new industrial policy took effect on 1 March 2022.\n", ['suzhou.gdp.2021 unverifiable «2.4 trillion yuan»'], 'markdown'],
    ['SUZHOU, March 5, 2019 (Xinhua) -- Suzhou, a city with 3,500 years of history, opened a museum.', ['suzhou.history-years contradicted «3,500 years»']],
    ['Soochow University, founded in Suzhou in 1900, has more than 120 years of history.', []],
    // Ages of places in the city, of schools named by number, of "the town".
    ['Pingjiang Road in Suzhou, which has over 800 years of history, is a famous street.', []],
    ['已有800多年历史的平江路，是苏州最著名的街道。', []],
    ['Zhouzhuang is a water town near Suzhou. The town has a history of 900 years.', []],
    ['苏州十中已有110多年历史。', []],
    ['Key fact: Suzhou has a history of 2,000 years.', ['suzhou.history-years contradicted «2,000 years»']],
    ['拥有3000年历史的苏州，是一座文化名城。', ['suzhou.history-years contradicted «3000年»']],
    // A bound passed long ago; the fix keeps the verb.
    ['2021年苏州GDP早就超过1万亿元了。', ['suzhou.gdp.2021 supported «超过1万亿元»']],
    ["Suzhou's GDP stayed above 1 trillion yuan for the 11th straight year in 2021.", ['suzhou.gdp.2021 supported «above 1 trillion yuan»']],
    // A heading's measure is not forced on a population column; a heading's unit is no figure.
    ["## Major cities' GDP (100 million yuan)\n\n| City | 2021 | Population 2021 |\n|---|---|---|\n| Suzhou | 22718.3 | 1284.78 |\n", ['suzhou.gdp.2021 supported «22718.3»'], 'markdown'],
    ['## Suzhou GDP (100 million yuan)\n\nText.\n', [], 'markdown'],
    // "Part 2" is no month; "2021 — 25 years" is no range; a note cell's own figure is read.
    ['Wuxi, Part 2 - The neighbour of Suzhou posted GDP of 1.4 trillion yuan in 2021.', []],
    ["In 2021 — 25 years after the park was founded — Suzhou's GDP reached 2.5 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ['# Suzhou\n\n| Year | GDP (trillion yuan) | Highlights |\n|---|---|---|\n| 2021 | 2.27 | Industrial output topped 5 trillion yuan for the first time |\n',
      ['suzhou.gdp.2021 supported «2.27»', 'suzhou.industrial-output.2021 contradicted «topped 5 trillion yuan»'], 'markdown'],
  ]);
});

describe('check: a wholly bold line heads the text below it', () => {
  run([
    ['**Suzhou**\n\n| | |\n|---|---|\n| GDP (2021) | RMB 2.5 trillion |\n', ['suzhou.gdp.2021 contradicted «RMB 2.5 trillion»'], 'markdown'],
    ['__蘇州2021年__\n\n- 地區生產總值:2.6兆元\n', ['suzhou.gdp.2021 contradicted «2.6兆元»'], 'markdown'],
    ["**Suzhou**\n\nThe city's GDP was 2.5 trillion yuan in 2021.\n", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    // Another place's bold line, and a heading after ours, take the city away.
    ["# Suzhou\n\n**Wuxi**\n\nIts GDP was 1.4 trillion yuan in 2021.\n", [], 'markdown'],
    ["**Suzhou**\n\nText.\n\n## Wuxi\n\nIts GDP was 1.4 trillion yuan in 2021.\n", [], 'markdown'],
    // Not a heading: a bold sentence, bold inside a line, a list item, plain text.
    ["**Suzhou is big.**\n\nThe city's GDP was 2.5 trillion yuan in 2021.\n", [], 'markdown'],
    ["See **Suzhou** below.\n\nThe city's GDP was 2.5 trillion yuan in 2021.\n", [], 'markdown'],
    ["- **Suzhou**\n\nThe city's GDP was 2.5 trillion yuan in 2021.\n", [], 'markdown'],
  ]);
});

describe('check: regressions found by the fresh labelled set and the review', () => {
  run([
    // Found by a fourth, blind probe set in published styles.
    ['苏州电子信息产业2021年产值达1.2万亿元,占全市规上工业总产值的近三成。', []],
    ["The digital economy accounted for about 50% of Suzhou's GDP in 2021, worth 1.1 trillion yuan.", []],
    ["We estimate Suzhou's 2023E GDP at RMB2.5tn, implying 4.5% real growth.", []],
    ['苏州规上工业总产值2021年接近4万亿元,位居全国第二。', ['suzhou.industrial-output.2021 contradicted «接近4万亿元»']],
    ["Suzhou's GDP was nearly 2.3 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «nearly 2.3 trillion yuan»']],
    // Found by a third, blind probe set aimed at false alarms.
    ['苏州2021年GDP:２．２７万亿元。', ['suzhou.gdp.2021 supported «２．２７万亿元»']],
    ['苏州2021年GDP:2.57万亿元。', ['suzhou.gdp.2021 contradicted «2.57万亿元»']],
    ['2021年苏州市区实现地区生产总值约1.3万亿元。', []],
    ["Per head, Suzhou's economy produced roughly 177,500 yuan in 2021.", []],
    ['2021年苏州规上工业总产值比上年多了5800多亿元。', []],
    ["Suzhou's silk industry has a history of more than 4,000 years.", []],
    ["Suzhou's long history spans 5,000 years.", ['suzhou.history-years contradicted «5,000 years»']],
    ['平江路已有800多年历史,是苏州古城保存最完整的历史街区。', []],
    ['作为一座拥有2500多年历史的古城，苏州经济发达。', ['suzhou.history-years supported «2500多年»']],
    ['苏州在改革开放后的头十年里,乡镇企业异军突起。', []],
    ["During the first 20 years of reform and opening up, township enterprises drove Suzhou's growth.", []],
    ['Over the past 60 years of reform and opening up, Suzhou has become a magnet for foreign investment.', ['suzhou.reform-opening-years contradicted «60 years»']],
    ["If Suzhou's 2021 GDP had been 3 trillion yuan, it would have overtaken Chongqing.", []],
    ['外界曾预测苏州2021年GDP将达到2.5万亿元,但实际结果低于这一预期。', []],
    ["A Shanghai-based analyst said Suzhou's economy could approach 3 trillion yuan within five years.", []],
    ['苏州2021年GDP并非外界传言的3万亿元,而是2.27万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    // "Respectively": figures in the order of their names, or none when they do not pair.
    ['苏州对首次入围世界500强、中国500强的企业,分别给予2000万元、1000万元奖励。', ['suzhou.reward.fortune-global-500 contradicted «2000万元»', 'suzhou.reward.fortune-china-500 supported «1000万元»']],
    ['Suzhou offers 30 million yuan and 10 million yuan respectively to firms first entering the Fortune Global 500 and the Fortune China 500.', ['suzhou.reward.fortune-global-500 supported «30 million yuan»', 'suzhou.reward.fortune-china-500 supported «10 million yuan»']],
    ['2021年苏州、无锡地区生产总值分别为2.27万亿元和1.4万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    // Found by a second, blind probe set.
    ["Suzhou's 2021 nominal GDP of CNY2.9tn puts it ahead of Chongqing in our city rankings.", ['suzhou.gdp.2021 contradicted «CNY2.9tn»']],
    ["Shanghai's GDP hit 4.32 trillion yuan in 2021, followed by Beijing at 4.03 trillion yuan; Suzhou ranked sixth at 2.57 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.57 trillion yuan»']],
    ['Nanjing and Suzhou saw combined GDP of 3.9 trillion yuan in 2021.', []],
    // A classifier counts people or things: 1285万人 is no amount of money.
    ['蘇州常住人口約1285萬人,GDP規模在中國城市排名第六。', []],
    ['Tourists climb the 1,000-year-old Ruiguang Pagoda in Suzhou.', []],
    ["The 700-year-old Lion Grove Garden is one of Suzhou's four classical gardens.", []],
    ['Suzhou is a 2,500-year-old ancient city.', ['suzhou.history-years supported «2,500-year-old»']],
    ['对首次入选《财富》世界500强的企业,苏州给予3000万元奖励;首次入选《财富》中国500强的企业,给予1000万元奖励。', ['suzhou.reward.fortune-global-500 supported «3000万元»', 'suzhou.reward.fortune-china-500 supported «1000万元»']],
    ['2021年苏州地区生产总值从20170.5亿元增长到22718.34亿元。', ['suzhou.gdp.2021 supported «22718.34亿元»']],
    ['苏州地区生产总值从2020年的20170.5亿元增长到2021年的24718.34亿元。', ['suzhou.gdp.2021 contradicted «24718.34亿元»']],
    ['苏州力争到2025年地区生产总值达到3万亿元。', []],
    ["SUZHOU, Jan. 25 (Xinhua) -- The gross domestic product (GDP) of Suzhou, a major economic hub in east China's Jiangsu Province, hit 2.57 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.57 trillion yuan»']],
    ['Suzhou, a city in Anhui province, reported GDP of 216.8 billion yuan in 2021.', []],
    ['Suzhou, a prefecture-level city in northern Anhui, reported GDP of 216.8 billion yuan in 2021.', []],
    // Found by the probe set: a per-capita range, and a year tied to the figure before it.
    ['2021年，苏州人均GDP在17万至18万元之间。', []],
    ["Suzhou's GDP per capita was 170,000 to 180,000 yuan in 2021.", []],
    ["Suzhou's GDP rose from 2.27 trillion yuan in 2021 to 2.40 trillion yuan in 2022.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["Suzhou's GDP went from 2.02 trillion yuan in 2020 to 2.57 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.57 trillion yuan»']],
    ["Suzhou's open economy saw foreign trade of 2.53 trillion yuan in 2021.", []],
    ['2021年，苏州规上工业总产值突破4万亿元，一般公共预算收入2510亿元、增长10.8%。', ['suzhou.industrial-output.2021 supported «突破4万亿元»']],
    ['The services sector contributed 1.16 trillion yuan of Suzhou\'s 2021 GDP.', []],
    ["Suzhou's GDP surpassed that of Hangzhou, whose economy hit 1.81 trillion yuan in 2021.", []],
    ["In 2021 Suzhou's GDP beat the 1.81 trillion yuan posted by Hangzhou.", []],
    ["Suzhou's GDP did not reach 3 trillion yuan in 2021.", []],
    ['苏州2021年GDP尚未突破2.5万亿元，但仍稳居全国第六。', []],
    ['2021年，苏州实现地区生产总值2万2718亿元。', ['suzhou.gdp.2021 supported «2万2718亿元»']],
    ['2021年，苏州实现地区生产总值2万7218亿元。', ['suzhou.gdp.2021 contradicted «2万7218亿元»']],
    ['蘇州2021年地區生產總值為2兆2718億元人民幣。', ['suzhou.gdp.2021 supported «2兆2718億元»']],
    ['In 2008, after 30 years of reform and opening up, Suzhou grew fast.', []],
    ['苏州古典园林已有1600多年历史。', []],
    ['苏州拥有1500多年历史。', ['suzhou.history-years contradicted «1500多年»']],
    // A verb or an adverb after the name: the city is the subject, not a qualifier of a noun.
    ['改革開放40多年來,蘇州由農業城市發展為製造業重鎮。', ['suzhou.reform-opening-years supported «40多年»']],
    ['改革开放40多年来，苏州快速发展。', ['suzhou.reform-opening-years supported «40多年»']],
    ["Suzhou's GDP was less than 1 billion yuan in 2021.", ['suzhou.gdp.2021 contradicted «less than 1 billion yuan»']],
    ['2021年苏州经济总量近2.5万亿元，居全国城市第六位。', ['suzhou.gdp.2021 contradicted «近2.5万亿元»']],
    ['2021年苏州GDP为2.17万亿元。', ['suzhou.gdp.2021 contradicted «2.17万亿元»']],
    ['苏州2021年GDP22,718.34亿元。', ['suzhou.gdp.2021 supported «22,718.34亿元»']],
    ['2021年，苏州实现地区生产总值23718.34亿元，按可比价格计算比上年增长8.7%。', ['suzhou.gdp.2021 contradicted «23718.34亿元»']],
    ['By the end of 2021, Suzhou had five trillion-yuan industries.', ['suzhou.trillion-industries.2021 contradicted «five»']],
    ["Suzhou, the manufacturing hub an hour west of Shanghai by train, grew fast. The city's GDP reached 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
  ]);
  it('reads a quarter with no year as a part of a year, not the year', () => {
    const claims = checkDocument("In the first quarter, Suzhou's GDP was 500 billion yuan.", 'plaintext', facts);
    assert.deepEqual(claims.map((c) => [c.verdict, c.period]), [['unverifiable', 'Q1']]);
  });
});

describe('check: places or years listed "respectively" own their figures in order', () => {
  run([
    ['Suzhou and Wuxi posted GDP of 2.5 trillion yuan and 1.4 trillion yuan respectively in 2021.', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ['In 2021, the GDP of Wuxi and Suzhou reached 1.4 trillion yuan and 2.5 trillion yuan, respectively.', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ['2021年，苏州、无锡、南京的地区生产总值分别达到2.6万亿元、1.4万亿元和1.6万亿元。', ['suzhou.gdp.2021 contradicted «2.6万亿元»']],
    ['Shanghai and Suzhou, with GDP of 4.32 trillion and 2.27 trillion yuan respectively, lead the delta.', ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    // The figures share the sentence's year: a 2020 pair is about 2020, for which there is no fact.
    ['Suzhou and Wuxi posted GDP of 2.02 trillion yuan and 1.2 trillion yuan respectively in 2020.', []],
    // Growth rates beside the amounts are another measure: the amounts still pair.
    ['Suzhou and Wuxi posted GDP of 2.5 trillion yuan and 1.4 trillion yuan, up 8.7% and 8.8% respectively, in 2021.', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // Two places, three figures: no pairing, and no figure is ours.
    ['2021年苏州、无锡GDP分别为2.6万亿元、1.4万亿元和1.6万亿元。', []],
    // Years listed: each year its figure.
    ["Suzhou's GDP in 2020 and 2021 was 2.02 trillion yuan and 2.5 trillion yuan respectively.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ['2020年和2021年，苏州GDP分别为2.02万亿元和2.27万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ["Suzhou's GDP in 2021 and 2022 was 2.27 trillion yuan and 2.5 trillion yuan respectively.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    // Two years, three figures: none pairs.
    ["Suzhou's GDP in 2020 and 2021 was 2.02 trillion yuan, 2.5 trillion yuan and 2.6 trillion yuan respectively.", []],
  ]);
});

describe('check: regressions found by the blind analyst and structure sets', () => {
  run([
    // A question asks about the figure in its last clause; an earlier clause still claims.
    ["Did Suzhou's economy hit 3 trillion yuan in 2021?", []],
    ['苏州2021年GDP真的有2.5万亿吗?', []],
    ['2021年蘇州GDP約3.2兆人民幣，好像比新北市大好幾倍？', ['suzhou.gdp.2021 contradicted «約3.2兆人民幣»']],
    ["Suzhou's GDP hit 2.5 trillion yuan in 2021, so why is growth slowing?", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // A lead-in that reports someone else's claim: the quote under it is theirs.
    ["A post shared widely on social media claimed:\n\n> Suzhou's GDP hit 3 trillion yuan in 2021, overtaking Beijing.\n\nThis is false: Suzhou's 2021 GDP was 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»'], 'markdown'],
    ['近日网传：\n\n> 苏州对首次进入世界500强的企业一次性奖励1亿元。', [], 'markdown'],
    ['The bureau said:\n\n> Suzhou\'s GDP reached 2.5 trillion yuan in 2021.', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    // A quote the next paragraph calls false was someone else's claim.
    ['> "Suzhou pays RMB100m to every company that joins the Fortune Global 500."\n\nThis claim, widely shared in early 2022, misstates the policy.', [], 'markdown'],
    ['> 据说苏州2021年规上工业总产值高达8万亿元。\n\n以上说法并无依据，请以官方发布为准。', [], 'markdown'],
    ['> Suzhou pays RMB100m to every company that joins the Fortune Global 500 for the first time.\n\nSuzhou announced the policy in 2021.', ['suzhou.reward.fortune-global-500 contradicted «RMB100m»'], 'markdown'],
    // 据传 and "myth" report a claim.
    ['据传苏州2021年规上工业总产值高达8万亿元。', []],
    ['Myth: Suzhou has only 20 years of reform and opening up behind it.', []],
    // Front matter that gives the year or the city is the document's context.
    ["---\ntitle: Suzhou annual review\nyear: 2020\n---\n\nThe city's GDP came to 2.02 trillion yuan.", [], 'markdown'],
    ["---\ntitle: Annual review\ncity: Suzhou\nyear: 2021\n---\n\nThe city's GDP came to 2.5 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    // A short paragraph pointing at the table below dates it.
    ['# Suzhou economic review\n\nThe figures below are for 2020.\n\n| Indicator | Value |\n|---|---|\n| GDP | 2.02 trillion yuan |', [], 'markdown'],
    // A caption with a unit line above a key-value table.
    ['苏州市2021年主要经济指标\n单位：亿元\n\n| 指标 | 数值 |\n| --- | --- |\n| 地区生产总值 | 25718.34 |', ['suzhou.gdp.2021 contradicted «25718.34»'], 'markdown'],
    // A unit line makes a column with no name of its own a column of figures.
    ['### 苏州企业上榜奖励标准\n\n单位：万元\n\n| 情形 | 奖励 |\n| --- | --- |\n| 首次进入世界500强 | 3000 |\n| 首次进入中国500强 | 3000 |', ['suzhou.reward.fortune-global-500 supported «3000»', 'suzhou.reward.fortune-china-500 contradicted «3000»'], 'markdown'],
    // Year columns under a label with a currency code and a scale ("GDP (RMB bn)"); a footnote mark.
    ['## Suzhou: selected indicators\n\n| Indicator | 2020 | 2021 |\n|---|---|---|\n| GDP (RMB bn) | 2,017.0 | 2,571.8¹ |', ['suzhou.gdp.2021 contradicted «2,571.8¹»'], 'markdown'],
    ["Suzhou's GDP was 2,571.8¹ billion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2,571.8¹ billion yuan»']],
    // A release date is not a part of the year the figures cover.
    ["Figures released by the Jiangsu Provincial Bureau of Statistics in January 2022 put Suzhou's 2021 GDP at 2,271.83 billion yuan.", ['suzhou.gdp.2021 supported «2,271.83 billion yuan»']],
    ['据1月发布的数据，苏州2021年GDP为2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ["Data released on Friday showed Suzhou's GDP in the first quarter of 2021 was 500 billion yuan.", []],
    ["Data released on Friday showed Suzhou's industrial output in January 2021 was 350 billion yuan.", []],
    // A figure after a possessive is no noun the name qualifies.
    ["Cao Lubao described Suzhou's three decades of reform and opening-up as a miracle.", ['suzhou.reform-opening-years contradicted «three decades»']],
    ["Suzhou's silk industry has a history of 4,700 years.", []],
    // "苏州，一座…的古城": the appositive describes the city.
    ['苏州，一座拥有1500年历史的古城，如今是长三角的制造业重镇。', ['suzhou.history-years contradicted «1500年»']],
    ['苏州的留园，一座拥有400多年历史的园林。', []],
  ]);
});

describe('check: regressions found by the blind timeline set', () => {
  run([
    // A rounded fact (about 2,500 years) neither confirms nor refutes a more precise figure inside it.
    ['Founded in 514 BC, Suzhou is now more than 2,530 years old.', ['suzhou.history-years unverifiable «more than 2,530 years»']],
    ['Suzhou has 2,700 years of history.', ['suzhou.history-years contradicted «2,700 years»']],
    // A fact with no period holds as of its source: a figure said of a much later year may be newer.
    ['In 2025 Suzhou raised its reward for a first Fortune Global 500 listing to 50 million yuan.', ['suzhou.reward.fortune-global-500 unverifiable «50 million yuan»']],
    ['In 2022 Suzhou paid a reward of 20 million yuan to a firm first listed in the Fortune Global 500.', ['suzhou.reward.fortune-global-500 contradicted «20 million yuan»']],
    // "a year earlier" or 上年 beside a figure counts back from the year named before it.
    ["Suzhou's economy grew to 2.4 trillion yuan in 2022 from 1.9 trillion yuan a year earlier.", ['suzhou.gdp.2021 contradicted «1.9 trillion yuan»']],
    ['2022年苏州实现地区生产总值2.40万亿元,上年为2.27万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['2022年苏州规上工业总产值4.36万亿元,上年为3.5万亿元。', ['suzhou.industrial-output.2021 contradicted «3.5万亿元»']],
    ["Suzhou's gross industrial output value reached 4.36 trillion yuan in 2022, compared with 4.13 trillion yuan a year earlier.", ['suzhou.industrial-output.2021 supported «4.13 trillion yuan»']],
    ["Suzhou's GDP reached 2.4 trillion yuan in 2022, up from Wuxi's 1.5 trillion yuan a year earlier.", []],
    ['2021年苏州GDP为2.27万亿元，比上年增长8.7%。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    // Each relative year its own figure; 前年 is two years back.
    ['(2023年3月)前年苏州GDP为2.0万亿元,去年为2.4万亿元。', ['suzhou.gdp.2021 contradicted «2.0万亿元»']],
    // A month in brackets dates the text; it is no part of a year.
    ['【2022年1月】蘇州去年GDP達人民幣2.9兆元。', ['suzhou.gdp.2021 contradicted «人民幣2.9兆元»']],
    ['（2022年1月）2021年1-11月苏州规上工业总产值3.7万亿元。', []],
    // A work report is given early in the year it names: its 过去一年 and 前年 count back from it.
    ['2022年苏州市政府工作报告:过去一年,全市地区生产总值达2.27万亿元,规上工业总产值超过4万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»', 'suzhou.industrial-output.2021 supported «超过4万亿元»']],
    ['2022年初发布的政府工作报告称,过去一年苏州地区生产总值达2.6万亿元。', ['suzhou.gdp.2021 contradicted «2.6万亿元»']],
    ['2023年初发布的政府工作报告提到,前年苏州规上工业总产值首次迈上4万亿元台阶。', ['suzhou.industrial-output.2021 supported «4万亿元»']],
    ["The 2022 government work report said Suzhou's GDP reached 2.5 trillion yuan last year.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
  ]);
});

describe('check: regressions found by a review of the structure and timeline rules', () => {
  run([
    // A unit line speaks for a two-column table only: a third column may hold ranks or changes.
    ['苏州市2021年主要经济指标\n单位：亿元\n\n| 指标 | 数值 | 位次 |\n|---|---|---|\n| 地区生产总值 | 22718.34 | 6 |', ['suzhou.gdp.2021 supported «22718.34»'], 'markdown'],
    ['Suzhou, main indicators\nUnit: 100 million yuan\n\n| Indicator | 2021 | Change |\n|---|---|---|\n| GDP | 22718.34 | 2548 |', ['suzhou.gdp.2021 supported «22718.34»'], 'markdown'],
    // "Respectively" pairs the list right before the figures, not every name before them.
    ['无锡GDP仍不及苏州，苏州、无锡2021年GDP分别为2.27万亿元、1.4万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['2021年苏州GDP稳居全省第一，苏州2020年和2021年GDP分别为2.02万亿元和2.27万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ["The 2021 report said Suzhou's GDP in 2020 and 2021 was 2.02 trillion and 2.27 trillion yuan respectively.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    // A caption leads in to a table, not to a list (of companies, say); a header's units are no figures.
    ["Suzhou's largest industrial groups in 2021\n\n- Hengli Group: industrial output of 690 billion yuan\n- Shagang: industrial output of 300 billion yuan", [], 'markdown'],
    ['Suzhou by district, 2021\n\n| District | GDP (100 million yuan) |\n|---|---|\n| Wuzhong | 1450 |', [], 'markdown'],
    ['苏州各区（2021年）\n\n| 区 | GDP（100亿元） |\n|---|---|\n| 吴中 | 14.5 |', [], 'markdown'],
    // An exponent is no footnote mark.
    ["Suzhou's GDP in 2021 was 2.27×10¹² yuan.", []],
    ['2021年苏州GDP为2.27×10⁴亿元。', []],
    ["Suzhou's GDP was 1.5² trillion yuan in 2021.", []],
    // A release date dates the text; a periodless figure in a text written before the fact's year was out is unverifiable.
    ["Figures published in July 2021 showed Suzhou's industrial output reached 2.1 trillion yuan.", ['suzhou.industrial-output.2021 unverifiable «2.1 trillion yuan»']],
    ["Figures released in January 2021 put Suzhou's GDP at 2.02 trillion yuan.", ['suzhou.gdp.2021 unverifiable «2.02 trillion yuan»']],
    ['2021年1月发布的数据显示，苏州地区生产总值为2.02万亿元。', ['suzhou.gdp.2021 unverifiable «2.02万亿元»']],
    ["Figures released in January 2022 put Suzhou's GDP at 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ['---\ndate: 2021-03-01\ncity: 苏州\n---\n\n全市地区生产总值2.02万亿元。', ['suzhou.gdp.2021 unverifiable «2.02万亿元»'], 'markdown'],
    // A front matter's bare-year date dates the text; it is no period of its figures.
    ["---\ndate: 2023\n---\n\nSuzhou's GDP is 3 trillion yuan.", ['suzhou.gdp.2021 unverifiable «3 trillion yuan»'], 'markdown'],
    // Only a city is "一座…的古城"; "一座座古桥", "这座城市的园林", "这座园林有着…" are other subjects.
    ['苏州，一座座古桥拥有1000多年历史。', []],
    ['苏州，一个个古镇都有1000多年历史。', []],
    ['苏州，这座城市的园林拥有600多年历史。', []],
    ['苏州，这座园林有着500年历史。', []],
    // Questions: a comma inside a number ends no clause; a choice is asked; some questions tell.
    ["Was Suzhou's GDP 3 trillion yuan or 30,000 亿元 in 2021?", []],
    ["Was Suzhou's 2021 GDP 3 trillion yuan, or 2.27 trillion yuan?", []],
    ["Did you know Suzhou's GDP hit 3 trillion yuan in 2021?", ['suzhou.gdp.2021 contradicted «3 trillion yuan»']],
    ['谁能想到，2021年苏州GDP竟达3万亿元？', ['suzhou.gdp.2021 contradicted «3万亿元»']],
    ["Suzhou's GDP reached 3 trillion yuan in 2021 (see https://example.com/gdp?)", ['suzhou.gdp.2021 contradicted «3 trillion yuan»']],
    // A lead-in reports only with a rumour's words: not a hypothetical, a forecast or "claims to fame".
    ["Suzhou's claims to fame:\n\n- GDP of 3 trillion yuan in 2021", ['suzhou.gdp.2021 contradicted «3 trillion yuan»'], 'markdown'],
    ['苏州2021年主要经济数据如下（若无特别说明，均为全市数据）：\n\n- 地区生产总值：3万亿元', ['suzhou.gdp.2021 contradicted «3万亿元»'], 'markdown'],
    // A paragraph after a quote debunks it only by calling it false, not by confirming or correcting another figure.
    ['> 2021年，苏州地区生产总值达到3万亿元。\n\n经核实，上述数据准确。', ['suzhou.gdp.2021 contradicted «3万亿元»'], 'markdown'],
    ['> 2021年苏州地区生产总值30000亿元。\n\n数据来源：苏州市统计局，如有错误欢迎指正。', ['suzhou.gdp.2021 contradicted «30000亿元»'], 'markdown'],
    ["> Suzhou's GDP reached 3 trillion yuan in 2021.\n\nThe figure is not exaggerated, the bureau says.", ['suzhou.gdp.2021 contradicted «3 trillion yuan»'], 'markdown'],
    ["> Suzhou's GDP reached 3 trillion yuan in 2021, and Wuxi's 2 trillion.\n\nThe figure for Wuxi is wrong; it was 1.4 trillion.", ['suzhou.gdp.2021 contradicted «3 trillion yuan»'], 'markdown'],
  ]);
});

describe('check: an answer is read under its question', () => {
  run([
    ["## FAQ: Suzhou's industrial policy\n\n**Q: What does a company get for entering the Fortune Global 500 for the first time?**\n\nA: 50 million yuan.", ['suzhou.reward.fortune-global-500 contradicted «50 million yuan»'], 'markdown'],
    ['## 苏州产业创新集群政策问答\n\n**问：“十四五”期间投入多少专项资金支持产业创新集群？**\n\n答：100亿元。', ['suzhou.cluster-funds.14th-fyp contradicted «100亿元»'], 'markdown'],
    // An answer that is a sentence of its own reads as one; a question about another city gives its answers that city.
    ["## FAQ\n\nQ: What was Shanghai's GDP in 2021?\n\nA: 4.32 trillion yuan.", [], 'markdown'],
    ["## FAQ: Suzhou\n\nQ: How old is the Humble Administrator's Garden?\n\nA: About 500 years.", [], 'markdown'],
  ]);
});

describe('check: a company\'s figures are its own', () => {
  run([
    ["Suzhou's largest industrial groups in 2021:\n\n- Hengli Group: industrial output of 690 billion yuan\n- Shagang Co.: industrial output of 300 billion yuan", [], 'markdown'],
    ['苏州2021年主要企业：\n\n- 恒力集团：工业总产值6900亿元\n- 沙钢集团：工业总产值3000亿元', [], 'markdown'],
    ['2021年苏州恒力集团工业总产值6900亿元。', []],
    // The city's firms are the city: 规上工业企业 is no company's name; a government is no company.
    ['2021年苏州规上工业企业实现工业总产值3万亿元。', ['suzhou.industrial-output.2021 contradicted «3万亿元»']],
    ['2021年，苏州市政府与多家公司签约，全市地区生产总值2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ['Suzhou in 2021:\n\n- GDP: 2.5 trillion yuan', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
  ]);
});

describe('check: regressions found by the blind formats and social sets', () => {
  run([
    ["Suzhou's GDP for 2021 was two point two seven trillion yuan.", ['suzhou.gdp.2021 supported «two point two seven trillion yuan»']],
    ["Suzhou's 2021 regional GDP came to CNY 2.5 trn.", ['suzhou.gdp.2021 contradicted «CNY 2.5 trn»']],
    ['Suzhou pays RMB 30 mln to a company listed in the Fortune Global 500 for the first time.', ['suzhou.reward.fortune-global-500 supported «RMB 30 mln»']],
    ['Suzhou posted 2021 GDP of ¥2.72T.', ['suzhou.gdp.2021 contradicted «¥2.72T»']],
    ["Suzhou's 2021 GDP: 2.27 tril yuan for a 'prefecture-level city' btw.", ['suzhou.gdp.2021 supported «2.27 tril yuan»']],
    // A capital letter is a scale only after a figure with a currency.
    ['In 2021 Suzhou ran 5T of data through its GDP models.', []],
    // 4万多亿元: more than 4万亿; 两千多亿元: 多 cuts a Chinese numeral short of its scale.
    ['2021年苏州规上工业总产值达4万多亿元。', ['suzhou.industrial-output.2021 supported «4万多亿元»']],
    ['2021年苏州规上工业总产值达2万多亿元。', ['suzhou.industrial-output.2021 contradicted «2万多亿元»']],
    ['主持人：2021年苏州GDP两万两千七百多亿。', ['suzhou.gdp.2021 supported «两万两千七百多亿»']],
    ['2021年苏州GDP两万五千亿元。', ['suzhou.gdp.2021 contradicted «两万五千亿元»']],
    // 万忆 is a slip for 万亿.
    ['2021年苏州的GDP有2.27万忆，我一年工资要是有它的零头就好了', ['suzhou.gdp.2021 supported «2.27万忆»']],
    ['蘇州2021年規上工業總產值才2兆多，被中國媒體吹過頭了', ['suzhou.industrial-output.2021 contradicted «2兆»']],
    // Hearsay in the figure's clause: not the writer's claim; in an earlier clause, it is.
    ["I heard Suzhou's GDP is like 4 trillion?? can someone confirm", []],
    ['听说苏州2021年GDP有3万亿。', []],
    ['常聽說蘇州是中國最強地級市，查了一下：2021年蘇州GDP約3.2兆人民幣。', ['suzhou.gdp.2021 contradicted «約3.2兆人民幣»']],
  ]);
});

describe('check: regressions found by the blind communiqué set', () => {
  run([
    ["In the first three quarters of 2021, Suzhou's GDP came to 1.67 trillion yuan. First-quarter GDP had been 520.0 billion yuan.", []],
    // January to December is the whole year.
    ['2021年1—12月，苏州全市规模以上工业总产值41308.1亿元，同比增长15.2%。', ['suzhou.industrial-output.2021 supported «41308.1亿元»']],
    ['2021年1—11月，苏州全市规模以上工业总产值3.7万亿元。', []],
    // A unit column's cells are the row's unit, not figures or notes.
    ['## Suzhou: main economic indicators, 2021\n\n| Indicator | Unit | 2021 | Growth (%) |\n|---|---|---:|---:|\n| Gross domestic product | 100 million yuan | 22,718.34 | 8.7 |\n| Gross industrial output (above designated size) | 100 million yuan | 51,308.1 | 15.2 |', ['suzhou.gdp.2021 supported «22,718.34»', 'suzhou.industrial-output.2021 contradicted «51,308.1»'], 'markdown'],
    // A digital-economy fund is no economy's output.
    ["Suzhou's angel investment fund of funds has a scale of 6 billion yuan, and a digital-economy industry fund launched in 2021 holds 10 billion yuan.", []],
  ]);
});

describe('check: regressions found by a second review of the newest rules', () => {
  run([
    // A question leads in to its answer only: a quiz's options and a list under a question are no answers.
    ["Q: What was Suzhou's GDP in 2021?\nA: 1.5 trillion yuan\nB: 2.27 trillion yuan\nC: 3 trillion yuan", [], 'markdown'],
    ["Suzhou's GDP in 2021 was closest to which figure?\n\n- 1.5 trillion yuan\n- 2.3 trillion yuan\n- 3 trillion yuan", [], 'markdown'],
    ['问：苏州对首次入选世界500强的企业奖励多少？\n\nA：1000万元\n\nB：3000万元', [], 'markdown'],
    ['2021年苏州各区县GDP是多少？\n\n- 4748亿元\n- 3330亿元', [], 'markdown'],
    // A question about a change, a gap or a part gives its answer no measure.
    ["## FAQ: Suzhou\n\nQ: By how much did Suzhou's GDP rise in 2021?\n\nA: About 250 billion yuan.", [], 'markdown'],
    ['## 苏州\n\n问：2021年苏州GDP中，工业贡献了多少？\n\n答：约1万亿元。', [], 'markdown'],
    ["## FAQ\n\nQ: What was Suzhou's GDP in 2021?\n\nA: 3 trillion yuan.", ['suzhou.gdp.2021 contradicted «3 trillion yuan»'], 'markdown'],
    // Questions that only look like telling.
    ['你知道2021年苏州GDP到底是2万亿元还是3万亿元吗？', []],
    ["Did you know whether Suzhou's GDP passed 3 trillion yuan in 2021?", []],
    ["Can you believe some people still think Suzhou's GDP was 3 trillion yuan in 2021?", []],
    // 大前年, 目前年, "the year before last" are not 前年 / "the year before".
    ['2023年苏州GDP为2.47万亿元，大前年为2.02万亿元。', []],
    ['2023年，苏州目前年GDP约2.4万亿元。', []],
    ["In 2022 Suzhou's GDP was 2.4 trillion yuan, against 2.02 trillion yuan the year before last.", []],
    // Only "a year earlier" and 上年 count from the sentence's year; "earlier than planned" is no period.
    ["SUZHOU, Feb. 10, 2024 -- Suzhou's GDP, which rose 2% in 2022, reached 2.47 trillion yuan last year.", []],
    ["In 2022 Suzhou's GDP reached 2.4 trillion yuan a year earlier than planned.", []],
    ["In 2021 Suzhou's GDP passed 2.2 trillion yuan a year earlier than the plan foresaw.", ['suzhou.gdp.2021 supported «passed 2.2 trillion yuan»']],
    // A work report dates a text only as its source; a figure's own year stays its period.
    ['苏州2021年GDP总量写入了政府工作报告：3万亿元。', ['suzhou.gdp.2021 contradicted «3万亿元»']],
    ['# 2022年苏州市政府工作报告\n\n过去五年，全市地区生产总值从1.5万亿元增加到2.27万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»'], 'markdown'],
    // A class of cities is no figure of one; a part after 其中; PPP; a month's figure.
    ['2021年，苏州距离GDP三万亿元城市还有不小差距。', []],
    ['2021年苏州GDP 22718亿元；其中Q四单季GDP六千多亿元。', ['suzhou.gdp.2021 supported «22718亿元»']],
    ['2021年苏州地区生产总值22718亿元，其中A区GDP七千亿元。', ['suzhou.gdp.2021 supported «22718亿元»']],
    ['按PPP计算，2021年苏州GDP约合5800亿美元。', []],
    ["The city released December 2021 figures: Suzhou's industrial output was 410 billion yuan for the month.", []],
    // A measure's name that names a thing; K is no scale letter.
    ['The Suzhou GDP dashboard app, launched in 2021, cost ¥5M and has 5M users.', []],
    ['Suzhou gives ¥30M to a firm first listed in the Fortune Global 500, and a ¥10K certificate.', ['suzhou.reward.fortune-global-500 supported «¥30M»']],
    // A reward said of a year after the source's may be a later one.
    ['2023年起，苏州对首次入选世界500强的企业奖励5000万元。', ['suzhou.reward.fortune-global-500 unverifiable «5000万元»']],
    // Companies: English names after the city; a source's label when the city is named after it; no over-reach.
    ["Suzhou Hengli Group's industrial output reached 690 billion yuan in 2021.", []],
    ["- World Bank: Suzhou's GDP was 3 trillion yuan in 2021", ['suzhou.gdp.2021 contradicted «3 trillion yuan»'], 'markdown'],
    ['苏州经济总量远超一般集团，2021年达3万亿元。', ['suzhou.gdp.2021 contradicted «3万亿元»']],
    // Hearsay inside other words is none.
    ['统计数据说明苏州2021年GDP达到3万亿元。', ['suzhou.gdp.2021 contradicted «3万亿元»']],
    ["Officials who heard that figure confirmed Suzhou's GDP was 3 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «3 trillion yuan»']],
  ]);
});

describe('check: "this city of N years" is the city\'s age', () => {
  run([
    ['蘇州這座擁有3000年歷史的古城，近年憑藉電子資訊與裝備製造業崛起。', ['suzhou.history-years contradicted «3000年»']],
    ['# 蘇州散策：一座擁有四千年歷史的城市', ['suzhou.history-years contradicted «四千年»'], 'markdown'],
    ['苏州是一座拥有2500年历史的古城。', ['suzhou.history-years supported «2500年»']],
    // A garden, a street: not the city.
    ['苏州有很多园林，这座有着400年历史的园林很美。', []],
    ['走在苏州，这座拥有500年历史的园林让人流连。', []],
  ]);
});

describe('check: regressions found by the blind long-form set and the code review', () => {
  run([
    // A role another subject plays for the city (作为苏州…之一); a place after "by" is no subject.
    ['相城区作为苏州“数字经济”发展的主阵地之一,2021年地区生产总值突破900亿元,增长9.5%。', []],
    ['苏州作为全国第六个万亿城市，2021年GDP为2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ['Kunshan is a county-level city administered by Suzhou, and its 2021 GDP was 474.8 billion yuan.', []],
    // A year over the labels' column dates the table.
    ['| 2022 | Shenzhen | Suzhou |\n|---|---|---|\n| GDP (trn yuan) | 3.24 | 2.40 |', [], 'markdown'],
    ['| 2021 | Shenzhen | Suzhou |\n|---|---|---|\n| GDP (trn yuan) | 3.07 | 2.50 |', ['suzhou.gdp.2021 contradicted «2.50»'], 'markdown'],
    // A dated text's periodless figure is compared with a plan period's fact as ever.
    ['SUZHOU, Jan. 7, 2022 -- Suzhou will invest more than 100 billion yuan in special funds in its industrial innovation clusters.', ['suzhou.cluster-funds.14th-fyp supported «more than 100 billion yuan»']],
    // A month in brackets inside a sentence is a month's figure, not the text's date.
    ['苏州规上工业总产值（2022年1月）为3000亿元。', []],
    ['Suzhou industrial output (January 2022) was 300 billion yuan.', []],
    // A lead-in that rebuts a rumour leaves its list the writer's.
    ['Contrary to rumours, the official 2021 figures are:\n\n- Suzhou GDP: 2.5 trillion yuan', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    ["Netizens were wrong. Suzhou's official 2021 figures:\n\n- GDP: 2.5 trillion yuan", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    // Q四 is a quarter; why/how questions take their figure as given.
    ['2021年Q四苏州GDP达到7000亿元。', []],
    ["Why did Suzhou's GDP reach 2.5 trillion yuan in 2021?", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // A date in the body is not front matter's.
    ["---\ntitle: Notes\n---\n\ndate: 2019\n\nSuzhou's GDP was 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»'], 'markdown'],
    // "one point nine": no "nine trillion".
    ["Suzhou's GDP was one point nine trillion yuan in 2021.", []],
    // The city's listed companies and banking are not a company.
    ['2021年苏州上市公司GDP达2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
  ]);
});

describe('check: regressions found by a third review (realistic writing)', () => {
  run([
    // A district placed in the city by its predicate is still the sentence's subject.
    ['吴江区是苏州面积最大的区，2021年地区生产总值2374亿元。', []],
    ['苏州工业园区是苏州的经济引擎，2021年地区生产总值3330亿元。', []],
    ['相城区位于苏州市北部，2021年GDP为1000亿元。', []],
    // Fact-check phrasing: yes/no questions, truth tags, generic hearsay.
    ["Did Suzhou's GDP really reach 3 trillion yuan in 2021, as one video claimed?", []],
    ['苏州2021年GDP超过3万亿元，是真的吗？', []],
    ['有人说苏州2021年GDP达到3万亿元。', []],
    ["Some people say Suzhou's GDP reached 3 trillion yuan in 2021.", []],
    // A part given to the whole.
    ["In 2021 the tertiary sector contributed 1.17 trillion yuan to the city's GDP, while the secondary sector contributed 1.08 trillion yuan.", []],
    ["Of Suzhou's 2021 GDP, services accounted for 1.17 trillion yuan.", []],
    // Fortune 500 money that is not the first-listing reward.
    ['Fortune Global 500 firms have invested a combined US$30 billion in Suzhou since the 1990s.', []],
    ['A Fortune Global 500 company that sets up a regional headquarters in Suzhou can receive up to 10 million yuan.', []],
    ['对世界500强企业在苏州设立地区总部的，给予最高1000万元的一次性奖励。', []],
    ['Suzhou pays 20 million yuan to a company that joins the Fortune Global 500 for the first time.', ['suzhou.reward.fortune-global-500 contradicted «20 million yuan»']],
    ['苏州对第一次进中国500强的企业只奖100万，这也太抠了吧', ['suzhou.reward.fortune-china-500 contradicted «100万»']],
    // A currency framed before the figure.
    ['蘇州同年的經濟規模，以新台幣計約為10兆元。', []],
    ["Measured in Taiwan dollars, Suzhou's 2021 GDP was about 10 trillion.", []],
    // A bare figure right after a question paragraph is its answer (a list under it is not).
    ["## FAQ: Suzhou\n\n**How big was Suzhou's economy in 2021?**\n\nAbout 3.27 trillion yuan.", ['suzhou.gdp.2021 contradicted «About 3.27 trillion yuan»'], 'markdown'],
    ['**苏州2021年GDP是多少？**\n\n约3.27万亿元。', ['suzhou.gdp.2021 contradicted «约3.27万亿元»'], 'markdown'],
  ]);
});

describe('check: regressions found by a fourth review (more genres)', () => {
  run([
    // Record lines: each line a statement of its own.
    ['Suzhou GDP 2020: 2.02 trillion yuan\nSuzhou GDP 2021: 2.27 trillion yuan', ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ['苏州 2020年 GDP：20170.5亿元\n苏州 2021年 GDP：25000亿元', ['suzhou.gdp.2021 contradicted «25000亿元»']],
    // A person's or a firm's own years; a company's plant; a university's age.
    ['张某某同志在苏州工作了30年，亲历了苏州改革开放的全过程。', []],
    ['公司苏州工厂2021年实现工业总产值100亿元，纳税5亿元。', []],
    ["Our Suzhou plant's industrial output value reached 10 billion yuan in 2021.", []],
    ['苏州是一座有着2500年历史的城市，苏州大学也有120年历史。', ['suzhou.history-years supported «2500年»']],
    ["Suzhou party chief Cao Lubao tied the city's character to its 2,500-odd years of history.", ['suzhou.history-years supported «2,500-odd years»']],
    // A past stretch the text does not date; quiz options; hypotheticals; a district's top-up; edits reverted.
    ["He served as Suzhou's mayor for six years. During that period the city's GDP doubled, passing 400 billion yuan for the first time.", ['suzhou.gdp.2021 unverifiable «400 billion yuan»']],
    ["1. Suzhou's 2021 GDP was closest to:\n\na) 1.2 trillion yuan", [], 'markdown'],
    ["True or false: Suzhou's GDP exceeded 3 trillion yuan in 2021.", []],
    ["Suppose Suzhou's GDP were 3 trillion yuan in 2021.", []],
    ['相城区对首次进入中国500强的区内企业，在苏州市奖励基础上再给予500万元奖励。', []],
    ["Someone added that Suzhou's GDP was 3 trillion yuan in 2021. Reverted.", []],
    // A region that holds the city is no rival owner (the facts file's `within`).
    ['苏州是长三角重要城市，2021年地区生产总值约为2.7万亿元。', ['suzhou.gdp.2021 contradicted «2.7万亿元»']],
    ["Suzhou, a major city in the Yangtze River Delta, had a GDP of 2.7 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.7 trillion yuan»']],
  ]);
});

describe('check: the age of a civilisation is not the city\'s', () => {
  run([
    ['苏州有着7000年文明史和2500年建城史。', ['suzhou.history-years supported «2500年»']],
    ['Suzhou has 2,500 years of history as a city and over 7,000 years of civilisation.', ['suzhou.history-years supported «2,500 years»']],
    ['苏州有着1万多年的文明史和2500多年的建城史。', ['suzhou.history-years supported «2500多年»']],
  ]);
});

describe('check: regressions found by the blind prospectus, Hong Kong/Taiwan, encyclopedia and chatbot sets', () => {
  run([
    // A Chinese dateline with its year; a figure's own comma inside an appositive.
    ['新华社南京2022年1月5日电 苏州有着2500多年的历史。', ['suzhou.history-years supported «2500多年»']],
    ["Suzhou, a city with over 2,500 years of history in East China's Jiangsu Province, saw growth.", ['suzhou.history-years supported «over 2,500 years»']],
    // An answer gives its figure first and goes on; a long answer takes its place from the question.
    ['**問:蘇州有多少年歷史?**\n\n答:約三千五百年。蘇州始建於公元前514年,是吳文化的發源地。', ['suzhou.history-years contradicted «約三千五百年»'], 'markdown'],
    ['**問:企業首次進入《財富》世界500強,蘇州獎勵多少?**\n\n答:人民幣3,000萬元(約3,600萬港元)。', ['suzhou.reward.fortune-global-500 supported «人民幣3,000萬元»'], 'markdown'],
    ["**Q: How big is Suzhou's industrial base?**\n\nA: Very big. The city's gross industrial output value was about 3.6 trillion yuan in 2021, and it has three trillion-yuan-level industries: advanced materials, electronic information and equipment manufacturing.",
      ['suzhou.industrial-output.2021 contradicted «about 3.6 trillion yuan»', 'suzhou.trillion-industries.2021 supported «three»'], 'markdown'],
    // Corrections, rumours "passed around online", reports the writer rejects.
    ['更正:本報昨日報道蘇州2021年GDP為2.72萬億元,數字有誤,應為2.27萬億元,特此更正。', ['suzhou.gdp.2021 supported «2.27萬億元»']],
    ["Correction: an earlier version of this story said Suzhou's 2021 GDP was 2.72 trillion yuan; it should have read 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ['網上流傳「蘇州2021年GDP達4萬億元」的說法並不準確,4萬億元其實是當地規模以上工業總產值。', []],
    ['网上流传“苏州2021年规上工业总产值突破5万亿元”的说法，经核实并不属实。', []],
    ['有報道指蘇州2021年GDP達2.6萬億元人民幣，實屬對統計口徑的誤讀。', []],
    // A threshold the figure falls short of; head counts and debt beside GDP.
    ["Suzhou's 2021 GDP was about 2.27 trillion yuan — large, but well short of 3 trillion.", ['suzhou.gdp.2021 supported «about 2.27 trillion yuan»']],
    ["In 2021 Suzhou's GDP was 2.27 trillion yuan and its resident population was about 12.85 million.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ['据统计，截至2021年末苏州市城投平台有息债务余额合计约1.05万亿元，与当年GDP之比约为46%。', []],
    // A conversion goes with the figure it converts; "a high-income economy" is no measure.
    ['GDP per capita in Suzhou reached RMB177,500 in 2021, or about US$27,500, comparable with that of a high-income economy.', []],
    ['Suzhou, an economy of 2.5 trillion yuan, grew fast.', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // Another Suzhou described in an appositive with a relative clause.
    ['Investors should not confuse Suzhou City Construction Investment (Jiangsu) with issuers from Suzhou in Anhui province, a far smaller city whose 2021 GDP was RMB216.8 billion.', []],
    // An edition's year dates the text; a university's age.
    ['# 苏州概况（2008年版）\n\n改革开放30年来，苏州经济社会发展取得巨大成就。', [], 'markdown'],
    ['東吳大學（Soochow University）1900年創立於蘇州，已有120多年歷史，1954年在臺北復校。', []],
    // "Suzhou grants": a verb, no grant; figures listed as their names are pair in order.
    ['Suzhou grants one-off rewards of RMB30 million and RMB10 million to local companies that make the Fortune Global 500 and the Fortune China 500 lists, for the first time.',
      ['suzhou.reward.fortune-global-500 supported «RMB30 million»', 'suzhou.reward.fortune-china-500 supported «RMB10 million»']],
    ['Suzhou firms entering the China Top 500 Private Enterprises list for the first time receive 1 million yuan.', []],
    // Naming verbs after the city (古称, 位于); a source's tag; a rank among the country's cities.
    ['苏州古称吴，简称苏，是国家首批历史文化名城，建城已有2500多年历史。', ['suzhou.history-years supported «2500多年»']],
    ['【澳門日報】蘇州「十四五」期間將投入超過一萬億元專項資金,支持產業創新集群發展。', ['suzhou.cluster-funds.14th-fyp contradicted «超過一萬億元»']],
    ['# 蘇州2021年經濟成績單\n\n- 地區生產總值:2.27兆人民幣,續居全國城市第六', ['suzhou.gdp.2021 supported «2.27兆人民幣»'], 'markdown'],
    // A unit in a table's corner.
    ['**Table 2: Suzhou – key indicators**\n\n| RMB bn | 2020 | 2021 |\n|---|---|---|\n| GDP | 2,017.1 | 2,571.8 |', ['suzhou.gdp.2021 contradicted «2,571.8»'], 'markdown'],
    // A hedge is no hypothetical.
    ['If I remember correctly, Suzhou offers a one-off reward of 50 million yuan to a local company that makes the Fortune Global 500 for the first time.', ['suzhou.reward.fortune-global-500 contradicted «50 million yuan»']],
    // Struck-through text is deleted; a claim label, a misstatement, a quote the writer calls wrong.
    ["Suzhou's regional GDP reached ~~2.5 trillion~~ 2.27 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ["Suzhou's regional GDP reached ~~2.5 trillion~~ 2.27 trillion yuan in 2021.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»'], 'markdown'],
    ['**Claim:** Suzhou rewards firms entering the Fortune China 500 for the first time with 50 million yuan.\n\n**Rating:** FALSE', [], 'markdown'],
    ["An earlier version of this story misstated Suzhou's 2021 GDP as 2.7 trillion yuan.", []],
    ['SUZHOU, Jan 7 (Reuters) - "Our GDP is around 2.8 trillion yuan now," a local factory owner told Reuters, overstating the official estimate of about 2.2 trillion yuan.', ['suzhou.gdp.2021 supported «about 2.2 trillion yuan»']],
    ['近日，有网络文章称“苏州2021年GDP已达3万亿元”，经市统计局核实，该说法与事实不符。', []],
    ["Some media reports put Suzhou's 2021 GDP at 2.6 trillion yuan, which misreads the statistics.", []],
    // Another Suzhou placed by "east China's"; our city placed in the province that holds it.
    ["Suzhou in east China's Anhui Province, not to be confused with its better-known namesake in Jiangsu, reported 2021 GDP of 216.8 billion yuan.", []],
    ["Suzhou in east China's Jiangsu Province had GDP of 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // An English clause without a subject goes on about the sentence's.
    ['译文：Hanshan Temple in Suzhou was founded in the Liang dynasty and has a history of more than 1,500 years.', []],
    ['Suzhou was founded in 514 BC and has a history of more than 3,500 years.', ['suzhou.history-years contradicted «more than 3,500 years»']],
  ]);
});

describe('check: regressions found by a review of the newest rules (answers, corrections, rumours, economies)', () => {
  run([
    // A bracket beside an answer's figure that is no conversion; sentences after it that qualify it.
    ['**问：企业首次进入世界500强，苏州奖励多少？**\n\n答：5000万元（含区级奖励2000万元）。', [], 'markdown'],
    ['**问：苏州的GDP是多少？**\n\n答：约2.47万亿元。这是2023年的数据。', [], 'markdown'],
    ["**Q: What was Suzhou's GDP in 2021?**\n\nA: About 200 billion yuan. Note that this is Suzhou in Anhui province, not the Jiangsu city.", [], 'markdown'],
    // An edition's year dates a text only ending its title.
    ["Suzhou hosted the 2022 edition of the expo in June. Last year the city's GDP grew to 2.47 trillion yuan.", ['suzhou.gdp.2021 unverifiable «2.47 trillion yuan»']],
    // A long answer is no item: a list under it keeps its own lead-in.
    ["# Suzhou's economy: a fact check\n\n**Q: Is it true that Suzhou's GDP hit 3 trillion yuan in 2021?**\n\nA: No. A post shared widely on social media last week claimed the following figures for 2021, which mix up several different statistics and years; none of them is accurate:\n\n- GDP: 3 trillion yuan", [], 'markdown'],
    // Corrections that give the right figure first.
    ['更正：苏州2021年GDP应为2.27万亿元（原文误写为2.72万亿元），特此更正。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ["Correction: the story should have said Suzhou's 2021 GDP was 2.27 trillion yuan; an earlier version gave 2.72 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    // Not corrections: "should have been" with no error named; 应该是 and a sign-off.
    ["Suzhou's GDP hit 2.72 trillion yuan in 2021, and growth should have been even faster without lockdowns.", ['suzhou.gdp.2021 contradicted «2.72 trillion yuan»']],
    ['我记得苏州2021年GDP为3.2万亿元，排名应该是全国第六，如有错误请指正。', ['suzhou.gdp.2021 contradicted «3.2万亿元»']],
    // 流传 as "handed down" reports nothing.
    ['苏州评弹广为流传，苏州2021年GDP达2.72万亿元。', ['suzhou.gdp.2021 contradicted «2.72万亿元»']],
    ['有媒体报道称苏州2021年GDP达2.6万亿元，这一说法有误。', []],
    // A sized economy; "just short of" is about the figure.
    ['Suzhou became a 3 trillion yuan economy in 2021.', ['suzhou.gdp.2021 contradicted «3 trillion yuan»']],
    ['Suzhou has an economy that reached 3 trillion yuan in 2021.', ['suzhou.gdp.2021 contradicted «3 trillion yuan»']],
    ["In 2021 Suzhou's GDP fell just short of 2.5 trillion yuan.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // A dateline's city, referred to as 全市, whatever places the story names later.
    ['新华社苏州2022年1月20日电 2021年全市地区生产总值达2.72万亿元，与无锡、常州的差距进一步拉大。', ['suzhou.gdp.2021 contradicted «2.72万亿元»']],
    ['2021年苏州GDP为2.27万亿元，城投负债约1万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
  ]);
});

describe('check: regressions found by the blind newsroom and translation sets', () => {
  run([
    // A conversion far off any rate a writer could use is wrong; one near ours is left open.
    ["Suzhou's GDP totalled 2.27 trillion yuan in 2021, or roughly US$227 billion at the year's average exchange rate.",
      ['suzhou.gdp.2021 supported «2.27 trillion yuan»', 'suzhou.gdp.2021 contradicted «roughly US$227 billion»']],
    ['Suzhou expects its 2021 GDP to reach about 2.2 trillion yuan (roughly US$3.4 trillion).',
      ['suzhou.gdp.2021 supported «about 2.2 trillion yuan»', 'suzhou.gdp.2021 contradicted «roughly US$3.4 trillion»']],
    ["Suzhou's GDP was 2.27 trillion yuan ($330 billion) in 2021.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»', 'suzhou.gdp.2021 unverifiable «$330 billion»']],
    // A CNA dateline; a rank's scope a few words after "largest".
    ['(中央社記者邱國強台北6日電)中國大陸江蘇省蘇州市5日召開「新年第一會」,宣布2021年地區生產總值預計達人民幣2.2兆元。', ['suzhou.gdp.2021 supported «人民幣2.2兆元»']],
    ["Suzhou's GDP was the largest of any prefecture-level city in China in 2021, coming in at 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
  ]);
});

describe('check: regressions found by the blind commercial, rankings and academic sets', () => {
  run([
    // A currency code spaced before the next digits is theirs, not the year's before it.
    ['## Suzhou at a glance\n\n| Indicator | 2021 |\n|---|---|\n| Regional GDP | RMB 2,271.8 billion |', ['suzhou.gdp.2021 supported «RMB 2,271.8 billion»'], 'markdown'],
    // A gap between two cities, two cities together, a figure the writer calls a misreading.
    ['2021年杭州GDP为18109亿元,与苏州的差距扩大到约4600亿元。', []],
    ['2021年,苏州(2.27万亿元)与无锡(1.40万亿元)两市GDP合计超过3.6万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['Suzhou and Wuxi had combined GDP of 3.7 trillion yuan in 2021.', []],
    ['A WeChat article said Suzhou rewards first-time Fortune Global 500 entrants with 100 million yuan, but the figure turned out to be a misreading of the policy.', []],
    // A citation's year is no period; a figure in a work's title is no claim; a counterfactual.
    ['2021年,苏州规模以上工业总产值达3.4万亿元,居全国城市第二(张伟,2022)。', ['suzhou.industrial-output.2021 contradicted «3.4万亿元»']],
    ['Suzhou firms that enter the Fortune China 500 for the first time receive a one-off payment of 3 million yuan (Xu, 2023).', ['suzhou.reward.fortune-china-500 contradicted «3 million yuan»']],
    ['苏州市统计局. (2008). 《苏州改革开放30年》. 北京: 中国统计出版社.', []],
    ["A back-of-envelope calculation: had Suzhou's GDP been 2.5 trillion yuan in 2021, the implied carbon intensity falls.", []],
    // A short line at the top ending in a month dates the text.
    ["*Working Paper, June 2024*\n\nSuzhou's economy is now worth about 2.47 trillion yuan.", ['suzhou.gdp.2021 unverifiable «about 2.47 trillion yuan»'], 'markdown'],
    ["*Working Paper No. 2022-07, March 2022*\n\nThree decades of reform and opening up have turned Suzhou into a hub (Wei, 2020; Zhang, 2021).", ['suzhou.reform-opening-years contradicted «Three decades»'], 'markdown'],
  ]);
});

describe('check: regressions found by a second review of the newest rules', () => {
  run([
    // A corner unit speaks for year and measure columns only, not for ranks or changes.
    ['| 亿元 | 2021年 | 全国排名 |\n|---|---|---|\n| 苏州GDP | 22718 | 6 |', ['suzhou.gdp.2021 supported «22718»'], 'markdown'],
    ['| RMB bn | 2020 | 2021 | Change |\n|---|---|---|---|\n| Suzhou GDP | 2,017.1 | 2,571.8 | 255 |', ['suzhou.gdp.2021 contradicted «2,571.8»'], 'markdown'],
    // A rejection speaks for the clause right before it.
    ['苏州2021年GDP为2.5万亿元，有人说已经超过上海，这一说法有误。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ["Suzhou's GDP reached 2.5 trillion yuan in 2021, and some say it has overtaken Shanghai, which is wrong.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // "should have read" corrects by itself; 错误 names an error, 写作 the erroneous figure.
    ["In the table, Suzhou's 2021 GDP of 2.72 trillion yuan should have read 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    ['昨日报道中苏州2021年GDP为2.72万亿元，数字错误，应为2.27万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['苏州2021年GDP应为2.27万亿元，原稿写作2.72万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    // Figures are paired with names in order only when both are listed.
    ["Suzhou's 2021 GDP came in at 2.27 trillion yuan, beating the 2.2 trillion yuan that the city's planners had expected, even as industrial output above designated size slowed.",
      ['suzhou.gdp.2021 supported «2.27 trillion yuan»', 'suzhou.gdp.2021 supported «2.2 trillion yuan»']],
    ['Suzhou gives 30 million yuan for a first Fortune Global 500 listing, or about US$4.6 million, more than the Fortune China 500 reward.',
      ['suzhou.reward.fortune-global-500 supported «30 million yuan»', 'suzhou.reward.fortune-global-500 supported «about US$4.6 million»']],
    // Deleted text with attributes; a quote is called wrong only by its own attribution.
    ['Suzhou\'s GDP in 2021 was <del datetime="2022-01-20">2.5 trillion</del> 2.27 trillion yuan.', ['suzhou.gdp.2021 supported «2.27 trillion yuan»'], 'markdown'],
    ['"Suzhou\'s GDP hit 2.5 trillion yuan in 2021," said the official, who declined to say what went wrong with exports.', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ['"Suzhou\'s 2021 GDP was 2.27 trillion yuan," the bureau said, correcting a report that had overstated it as 2.5 trillion yuan.', ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    // Struck text across a line break in plain text.
    ["Suzhou's GDP in 2021 was ~~2.5 trillion\nyuan~~ 2.27 trillion yuan.", ['suzhou.gdp.2021 supported «2.27 trillion yuan»']],
    // A rank after another city is that city's; a company type is no other list.
    ['苏州2021年GDP为2.27万亿元。无锡城市排名第十四，GDP为1.4万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['苏州对首次进入世界500强的民营企业给予5000万元奖励。', ['suzhou.reward.fortune-global-500 contradicted «5000万元»']],
    // A news tag's city when the story names no place of ours; narrower reporting words.
    ['【苏州快讯】2021年GDP达2.5万亿元，无锡为1.4万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ['As my post said last week, Suzhou\'s GDP reached 2.5 trillion yuan in 2021.', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ['Key claim: Suzhou\'s GDP reached 2.5 trillion yuan in 2021.', ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ["If I'm not mistaken, Suzhou's GDP reached 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // The city as an opening subject with where it is.
    ["Suzhou in east China's Jiangsu Province was founded in 514 BC and has a history of 3,500 years.", ['suzhou.history-years contradicted «3,500 years»']],
  ]);
});

describe('check: regressions found by the blind forum, business-news and notes sets and a code review', () => {
  run([
    // Signs as qualifiers; "+", "yrs", 来 (about); a label's figure is the label's.
    ['Trillion club 2021: 24 Chinese cities with GDP ≥ 1tn (Suzhou among them)', ['suzhou.gdp.2021 supported «≥ 1tn»']],
    ['Suzhou GDP 2021 > 3 trillion yuan', ['suzhou.gdp.2021 contradicted «> 3 trillion yuan»']],
    // (规上工业 alone is no name of the output: "规上工业: 4万亿+" labels its figure, no metric's.)
    ['Suzhou cheat sheet — GDP 2021: 2.27T RMB | 规上工业: 4万亿+ | 万亿级产业 ×3', ['suzhou.gdp.2021 supported «2.27T RMB»']],
    ['Soochow — 2,500 yrs of history, 40+ yrs of reform & opening-up', ['suzhou.history-years supported «2,500 yrs»', 'suzhou.reform-opening-years supported «40+ yrs»']],
    ['苏州改革开放至今不过20来年，能发展成这样真不容易', ['suzhou.reform-opening-years contradicted «20来年»']],
    ['主持人：2021年苏州GDP两万两千七百多亿，规上工业总产值第一次突破四万亿，这是什么概念？', ['suzhou.gdp.2021 supported «两万两千七百多亿»', 'suzhou.industrial-output.2021 supported «突破四万亿»']],
    ['[00:14:02] HOST: more than four decades of reform and opening up turned Suzhou into a factory city.', ['suzhou.reform-opening-years supported «more than four decades»']],
    // Statements marked false, a dash calling a quote false, a refutation below a quoted post.
    ['- ❌ "Suzhou\'s GDP passed 3 trillion in 2021" — false, circulated on Weibo', []],
    ['"Suzhou\'s GDP passed 3 trillion in 2021" — false.', []],
    ['> 苏州2021年GDP已经2.8万亿了吧，马上追上广州\n\n楼上数据哪来的？别瞎说，去统计局官网看看再来。', [], 'markdown'],
    ['up主说苏州GDP全国第六没毛病，弹幕一堆人刷“3万亿”的，笑死', []],
    // Prices, firms counted beside output; a post's date line.
    ['苏州房价均价2.7万一平，跟这GDP比真不算高', []],
    ['改革开放40多年来，苏州发展成为拥有规上工业企业1.2万多家的制造业大市。', ['suzhou.reform-opening-years supported «40多年»']],
    ['发帖时间：2024-02-01\n\n苏州现在GDP 2.47万亿，还是地级市第一。', ['suzhou.gdp.2021 unverifiable «2.47万亿»'], 'markdown'],
    // The code review: a bracket that is no citation; 应为 without an error near; 合计 alone; grants as a noun;
    // a conversion into the fact's currency; "misstated" governs its own figure only.
    ["Suzhou's GDP (current prices, 2020) was 2.02 trillion yuan.", []],
    ['苏州2021年GDP为2.5万亿元，增速应为8%左右，此前预测错误。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ['2021年苏州全市GDP合计2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ["Suzhou's GDP was 2.5 trillion yuan in 2021, and tax breaks and grants reached 3 billion yuan.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    // (A conversion in the fact's own currency needs no rate: it is read as written.)
    ["Suzhou's GDP was US$352 billion (2.5 trillion yuan) in 2021.", ['suzhou.gdp.2021 supported «US$352 billion»', 'suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ["Some outlets misstated Suzhou's GDP, which was 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ["An earlier version of this story misstated Suzhou's 2021 GDP as 2.7 trillion yuan.", []],
  ]);
});

describe('check: regressions found by a third review of the newest rules', () => {
  run([
    // Correction notices: the error named anywhere before 应为, 【更正】, 特此更正; "misstated" governs its figures.
    ['本报1月5日第二版刊发的报道数据有误：苏州2021年全年地区生产总值2.72万亿元，应为2.27万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['【更正】本报昨日刊发的《苏州经济年报》一文中，2021年苏州GDP为2.72万亿元，应为2.27万亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['昨日推送中，苏州2021年规上工业总产值3.4万亿元应为4.1万亿元，特此更正。', ['suzhou.industrial-output.2021 supported «4.1万亿元»']],
    ["A previous version misstated Suzhou's gross domestic product in 2021 as 2.72 trillion yuan.", []],
    ["The report misstated Suzhou's 2021 GDP, putting it at 2.72 trillion yuan.", []],
    // A figure its own label names is no metric's; a metric named right after a figure is its noun.
    ['2021年苏州规上工业利润：2600亿元', []],
    ['2021年苏州规上工业高新技术产业产值2.1万亿元。', []],
    ['改革开放为2500多年历史的苏州古城注入了新的活力。', ['suzhou.history-years supported «2500多年»']],
    ['- Cluster support: RMB10 bn of special funds over the 14th FYP (2021-25)', []],
    // Arrows and sums are no qualifiers; 三百万 counts jobs; prices qualify GDP.
    ['2021年苏州GDP ——> 2.3万亿元，同比增长8.7%。', ['suzhou.gdp.2021 supported «2.3万亿元»']],
    ['2021年GDP：苏州2.3万亿+无锡1.4万亿+常州0.9万亿，苏锡常合起来4.6万亿。', ['suzhou.gdp.2021 supported «2.3万亿»']],
    ['2021年苏州工业产值超四万亿，带动就业三百万。', ['suzhou.industrial-output.2021 supported «超四万亿»']],
    ['2021年苏州GDP按当年价格计算为2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    // A citation by a body; a place in brackets after a figure owns it; a tick marks the writer's own figure.
    ["Suzhou's GDP reached 2.5 trillion yuan (National Bureau of Statistics, 2022).", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ['苏州地区生产总值达2.5万亿元（江苏统计年鉴，2022）。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ['2021年GDP：2.27万亿元（苏州）> 1.4万亿元（无锡）', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['❌ 苏州2021年GDP超3万亿 ✅ 实际约2.7万亿', ['suzhou.gdp.2021 contradicted «约2.7万亿»']],
  ]);
});

describe('check: regressions found by the blind press-conference, code-switching and data-in-prose sets', () => {
  run([
    ['ANCHOR: Suzhou, with more than four decades of reform and opening up behind it, now hosts Suzhou Industrial Park, itself 28 years old.', ['suzhou.reform-opening-years supported «more than four decades»']],
    ['记者：网上有说法称苏州2021年GDP已突破3万亿元，是否属实？', []],
    ['REPORTER (Wuxi Daily): Over in Wuxi, a firm that enters the Fortune Global 500 for the first time can claim 20 million yuan — will Suzhou match that?', []],
    ["CORRECTION (read on air at 18:02): Earlier we said Suzhou's 2021 GDP was 2.7 trillion yuan. The correct figure is 2.27 trillion yuan.", []],
    ['有人喺連登話蘇州2021年GDP有3萬億，梗係唔啱啦。', []],
    ['My colleague say Suzhou 2021 GDP got 5 trillion yuan, where got? Anyhow say one.', []],
    ['網路上流傳「蘇州2021年GDP達4兆人民幣」的說法，經查證並不正確。', []],
    ['factcheck_queue id=8812 claim="Suzhou 2021 GDP 3 trillion yuan" origin=weibo verdict=FALSE', []],
    // CSV rows and key=value lines are statements of their own.
    ['"City","Period","Item","Amount"\n"Suzhou","2021-2025","Special funds for industrial innovation clusters","RMB 10 billion+"\n"Suzhou","2021-2025","Fortune Global 500 first-listing reward","RMB 30 million"',
      ['suzhou.cluster-funds.14th-fyp contradicted «RMB 10 billion+»', 'suzhou.reward.fortune-global-500 supported «RMB 30 million»']],
    ['Suzhou, 2021, GDP 22,718.34亿元, growth 8.7%\nWuxi, 2021, GDP 14,003.24亿元, growth 8.8%', ['suzhou.gdp.2021 supported «22,718.34亿元»']],
  ]);
});

describe('check: regressions found by a fourth review of the newest rules', () => {
  run([
    // Wrapped prose is no CSV; a dash parts a clause only before a question; 价格 is a price unless it says how a figure is counted.
    ["Suzhou's GDP was 1.92 trillion, 2.02 trillion, and 2.27 trillion yuan, up 5.6%,\n3.4%, and 8.7%, in 2019, 2020, and 2021, respectively, the bureau said.", []],
    ["Wuxi — Suzhou's neighbour — posted GDP of 1.4 trillion yuan in 2021.", []],
    ['苏州2021年GDP为2.27万亿元，全年土地成交价格合计2500亿元。', ['suzhou.gdp.2021 supported «2.27万亿元»']],
    ['苏州2021年GDP按当年价格计算为2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    // Citations are an author's, not a note's; a place before its colon owns a figure a bracket places.
    ['苏州地区生产总值达2.02万亿元（全年，2020）。', []],
    ["Suzhou's GDP was 2.02 trillion yuan (in RMB, 2020).", []],
    ['## 2021年江苏百强县GDP\n\n- 昆山：4748亿元（苏州）', [], 'markdown'],
    // "+" before a unit; a metric's label with qualifiers; 有误解 is no error; "never misstated", "while".
    ['苏州有3000+年历史。', ['suzhou.history-years contradicted «3000+年»']],
    ['苏州市地区生产总值（2021年，初步核算）：2.5万亿元。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ['很多人对苏州有误解，其实苏州2021年GDP达2.5万亿元，苏州人应为此自豪。', ['suzhou.gdp.2021 contradicted «2.5万亿元»']],
    ["Critics say Wuxi overstated its growth while Suzhou's GDP reached 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
    ["Local officials have never misstated the data and say Suzhou's GDP was 2.5 trillion yuan in 2021.", ['suzhou.gdp.2021 contradicted «2.5 trillion yuan»']],
  ]);
});
