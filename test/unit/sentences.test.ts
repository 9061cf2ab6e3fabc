import { strict as assert } from 'node:assert';
import { splitClauses, splitSentences } from '../../server/src/core/sentences';
import type { Span } from '../../server/src/core/types';

function texts(source: string, spans: Span[]): string[] {
  return spans.map((s) => source.slice(s.start, s.end));
}

/** Each row: name, prose, the sentences expected. */
type Row = [name: string, prose: string, sentences: string[]];

const SENTENCES: Row[] = [
  ['two English sentences', 'GDP rose. It was 2.27 trillion yuan!', ['GDP rose.', 'It was 2.27 trillion yuan!']],
  ['question', 'Was it 2.2? No, 2.27.', ['Was it 2.2?', 'No, 2.27.']],
  ['decimals do not end a sentence', 'It was 2.27 trillion in 2021. Next.', ['It was 2.27 trillion in 2021.', 'Next.']],
  ['a full-width decimal point does not end a sentence', 'GDP为２．２７万亿元。下一句．完', ['GDP为２．２７万亿元。', '下一句．', '完']],
  ['a lowercase word after the stop continues', 'It grew approx. two per cent. fine. Then', ['It grew approx. two per cent. fine.', 'Then']],
  ['titles', 'Mr. Li and Dr. Wang met Prof. Zhao. They agreed.', ['Mr. Li and Dr. Wang met Prof. Zhao.', 'They agreed.']],
  ['months', 'In Jan. 2021 and Sept. 2022 GDP rose. Then', ['In Jan. 2021 and Sept. 2022 GDP rose.', 'Then']],
  ['e.g. and i.e.', 'Cities, e.g. Suzhou, i.e. Soochow. Done', ['Cities, e.g. Suzhou, i.e. Soochow.', 'Done']],
  ['U.S. and U.K.', 'The U.S. GDP and U.K. GDP. Next', ['The U.S. GDP and U.K. GDP.', 'Next']],
  ['company suffixes', 'Suzhou Co. Ltd. Made 5 bn USD. Then', ['Suzhou Co. Ltd. Made 5 bn USD.', 'Then']],
  // Regression (fix property): "tn."/"bn." end sentences; reading them as abbreviations bound the
  // next sentence's figure to this sentence's metric.
  ['scale abbreviations end sentences', 'Output was RMB0.1tn. Suzhou pays 1 million yuan.', ['Output was RMB0.1tn.', 'Suzhou pays 1 million yuan.']],
  ['No. before a number', 'It ranked No. 6 in China. Then', ['It ranked No. 6 in China.', 'Then']],
  ['initials', 'J. K. Smith wrote it. Then', ['J. K. Smith wrote it.', 'Then']],
  ['etc. and vs.', 'Steel, chips etc. Suzhou vs. Wuxi. End', ['Steel, chips etc. Suzhou vs. Wuxi.', 'End']],
  ['closing quotes stay with the sentence', 'He said "GDP rose." Then it fell.', ['He said "GDP rose."', 'Then it fell.']],
  ['closing bracket after the stop', '(It was 2.2.) Then', ['(It was 2.2.)', 'Then']],
  ['a new sentence may start with a digit', 'It rose. 2021 was good.', ['It rose.', '2021 was good.']],
  ['file names and versions do not split', 'See file.md and v1.2.3 today.', ['See file.md and v1.2.3 today.']],
  ['ellipsis', 'It rose... Then fell', ['It rose...', 'Then fell']],
  ['Chinese full stop', '苏州GDP达2.27万亿元。全市人口1284万。', ['苏州GDP达2.27万亿元。', '全市人口1284万。']],
  ['Chinese exclamation, question and semicolon', '增长了！是吗？对；好', ['增长了！', '是吗？', '对；', '好']],
  ['Chinese closing quotes follow the stop', '他说：“增长了。”然后「好。」结束', ['他说：“增长了。”', '然后「好。」', '结束']],
  ['ASCII ! and ? in Chinese', '增长了!是吗?好', ['增长了!', '是吗?', '好']],
  ['traditional Chinese', '蘇州GDP達2.27萬億元。全市人口1284萬。', ['蘇州GDP達2.27萬億元。', '全市人口1284萬。']],
  ['mixed English and Chinese', 'Suzhou’s GDP rose. 苏州GDP达2.27万亿元。Then 2021.', ['Suzhou’s GDP rose.', '苏州GDP达2.27万亿元。', 'Then 2021.']],
  ['full-width digits', '达２.２７万亿元。好', ['达２.２７万亿元。', '好']],
  ['a blank line ends a sentence', 'No stop here\n\nNext part', ['No stop here', 'Next part']],
  ['a blank line of spaces and CRLF', 'One\r\n   \r\nTwo', ['One', 'Two']],
  ['a single line break does not', 'Still one\nsentence.', ['Still one\nsentence.']],
  ['a list item ends a sentence', 'Items:\n- one 2.2\n- two\n1. three\n2) four\n（1）五\n一、六', ['Items:', '- one 2.2', '- two', '1. three', '2) four', '（1）五', '一、六']],
  ['surrounding whitespace trimmed, blanked syntax ignored', '   GDP   2.2 .   ', ['GDP   2.2 .']],
  ['empty and blank', '  \n ', []],
];

describe('splitSentences', () => {
  for (const [name, prose, expected] of SENTENCES) {
    it(name, () => assert.deepEqual(texts(prose, splitSentences(prose)), expected));
  }

  it('covers all non-blank text, in order, without overlap', () => {
    const prose = 'A 2.2. B? 苏州。C!\n\nD\n- e. f';
    const spans = splitSentences(prose);
    let covered = '';
    let last = 0;
    for (const s of spans) {
      assert.ok(s.start >= last && s.end > s.start);
      covered += prose.slice(s.start, s.end);
      last = s.end;
    }
    assert.equal(covered.replace(/\s/g, ''), prose.replace(/\s/g, ''));
  });

  it('is linear on long input', () => {
    const prose = 'Suzhou GDP was 2.27 trillion yuan in 2021. '.repeat(20000);
    const t = performance.now();
    assert.equal(splitSentences(prose).length, 20000);
    assert.ok(performance.now() - t < 1000);
  });
});

const CLAUSES: Row[] = [
  ['commas and semicolons', 'GDP rose, exports fell; imports grew', ['GDP rose', 'exports fell', 'imports grew']],
  ['thousands separators do not split', 'GDP was 22,718.34 yuan, up 8.7%', ['GDP was 22,718.34 yuan', 'up 8.7%']],
  ['colons', 'Note: GDP was 2.2 trillion at 10:30', ['Note', 'GDP was 2.2 trillion at 10:30']],
  ['conjunctions', 'GDP was 2.27 trillion and Shenzhen had 3.07 trillion', ['GDP was 2.27 trillion', 'Shenzhen had 3.07 trillion']],
  ['but, while, whereas', 'a rose but b fell while c held whereas d', ['a rose', 'b fell', 'c held', 'd']],
  ['words inside words do not split', 'Anderson brandy butter', ['Anderson brandy butter']],
  ['brackets', 'GDP (2.27 trillion) rose', ['GDP', '2.27 trillion', 'rose']],
  ['Chinese punctuation', '苏州GDP达2.27万亿元，增长8.7%；上海（4.32万亿）、北京：4.03万亿', ['苏州GDP达2.27万亿元', '增长8.7%', '上海', '4.32万亿', '北京', '4.03万亿']],
];

describe('splitClauses', () => {
  for (const [name, sentence, expected] of CLAUSES) {
    it(name, () => assert.deepEqual(texts(sentence, splitClauses(sentence)), expected));
  }
});
