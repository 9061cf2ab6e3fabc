import { strict as assert } from 'node:assert';
import { extractProse, type ProseBlock } from '../../server/src/core/prose';
import { cellSentences, readColumns, unitOfLine, type TableWords } from '../../server/src/core/tables';

/**
 * The sentences figure cells are read in (see tables.ts), with words known by a small list in
 * place of a facts file's names: each row is a table and the sentences of its last row.
 */
const KNOWN = ['Suzhou', 'Jiangsu', 'GDP', '地区生产总值', 'per capita'];
const words: TableWords = {
  isPlainLabel: (label) => label.split(/[\s,]+/).filter(Boolean).every((w) => KNOWN.some((k) => k.toLowerCase().includes(w.toLowerCase())) || /^\d{4}$/.test(w)),
  isInformative: (header) => /\d{4}/.test(header) || KNOWN.some((k) => header.includes(k)),
  namesMeasure: (text) => /GDP|地区生产总值|per capita/i.test(text),
};

function sentences(markdown: string): string[] {
  const blocks = extractProse(markdown, 'markdown').blocks.filter((b): b is ProseBlock & { table: NonNullable<ProseBlock['table']> } => b.table !== undefined);
  const header = blocks[0];
  const row = blocks[blocks.length - 1];
  const columns = readColumns(header.prose, header.table.cells, words);
  return cellSentences(row.prose, row.table.cells, columns, words).map(({ sentence, at, cell }) => {
    // The cell's text stands where `at` says.
    assert.equal(sentence.slice(at, at + cell.end - cell.start), row.prose.slice(cell.start, cell.end));
    return sentence;
  });
}

type Row = [name: string, markdown: string, expected: string[]];

const ROWS: Row[] = [
  ['unit in the header', '| City | 2021 GDP (trillion yuan) |\n|---|---|\n| Suzhou | 2.72 |', ['Suzhou: 2021 GDP 2.72 trillion yuan']],
  ['unit in the row label, year in the header', '| 指标 | 2021年 |\n|---|---|\n| 地区生产总值（亿元） | 22718.3 |', ['地区生产总值: 2021年 22718.3亿元']],
  ['unit in a cell of its own', '| 指标 | 单位 | 2021年 |\n|---|---|---|\n| 地区生产总值 | 亿元 | 22718.3 |', ['地区生产总值: 2021年 22718.3亿元']],
  ['currency before the figure', '| City | 2021 GDP (US$ billion) |\n|---|---|\n| Suzhou | 352 |', ['Suzhou: 2021 GDP US$352 billion']],
  ['myriads in English', '| Indicator | 2021 |\n|---|---|\n| GDP (100 million yuan) | 22718.3 |', ['GDP: 2021 22718.3亿元']],
  ['a range in the column\'s unit', '| City | 2021 GDP (trillion yuan) |\n|---|---|\n| Suzhou | 2.2-2.3 |', ['Suzhou: 2021 GDP 2.2-2.3 trillion yuan']],
  ['a figure with its own unit keeps it', '| City | GDP 2021 (trillion yuan) |\n|---|---|\n| Suzhou | 2.6 billion yuan |', ['Suzhou: GDP 2021 2.6 billion yuan']],
  ['two labels', '| City | Province | 2021 GDP (billion yuan) |\n|---|---|---|\n| Suzhou | Jiangsu | 2,271.8 |', ['Suzhou, Jiangsu: 2021 GDP 2,271.8 billion yuan']],
  ['a year row', '| Year | GDP (trillion yuan) |\n|---|---|\n| 2021 | 2.27 |', ['2021: GDP 2.27 trillion yuan']],
  // Nothing to read: a part of the whole, a column that says nothing, no figure.
  ['a part of the whole', '| Sector | 2021 GDP (billion yuan) |\n|---|---|\n| Primary | 19.7 |', []],
  ['an empty header', '| City | |\n|---|---|\n| Suzhou | 2.6 |', []],
  ['a notes column', '| City | Notes |\n|---|---|\n| Suzhou | 2.6 |', []],
  // A value column: the row's label says what the figure is; a source column is no label.
  ['a value column', '| Indicator | Value |\n|---|---|\n| GDP, 2021 | RMB 2.27 tn |', ['GDP, 2021: RMB 2.27 tn']],
  ['a source column', '| Indicator | Value | Source |\n|---|---|---|\n| GDP, 2021 | RMB 2.27 tn | Jiangsu Bureau |', ['GDP, 2021: RMB 2.27 tn']],
  ['no figure cell', '| City | 2021 GDP |\n|---|---|\n| Suzhou | n/a |', []],
];

describe('cellSentences', () => {
  for (const [name, markdown, expected] of ROWS) {
    it(name, () => assert.deepEqual(sentences(markdown), expected));
  }
});

describe('unitOfLine', () => {
  const UNITS: [line: string, expected: string | null][] = [
    ['单位：亿元', '1亿元'],
    ['（单位：亿元）', '1亿元'],
    ['Unit: billion yuan', '1 billion yuan'],
    ['2021年GDP（億元人民幣）', '1億元'],
    ['GDP (US$ billion)', 'US$1 billion'],
    ['Suzhou in 2021', null],
    ['单位：个人认为', null],
  ];
  for (const [line, expected] of UNITS) {
    it(line, () => {
      const unit = unitOfLine(line);
      assert.equal(unit && `${unit.before}1${unit.after}`, expected);
    });
  }
});
