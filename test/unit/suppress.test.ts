import { strict as assert } from 'node:assert';
import { extractProse } from '../../server/src/core/prose';
import { buildSuppressions, parseDirectiveWords } from '../../server/src/core/suppress';
import type { DocumentKind } from '../../server/src/core/types';

/**
 * Each row: a document where each claim is marked `{id}` or `{}` (factId null), and whether each
 * marked claim is suppressed, in order.
 */
type Row = [name: string, text: string, suppressed: boolean[], kind?: DocumentKind];

const ROWS: Row[] = [
  ['no directives', 'GDP {a} and {}', [false, false]],
  ['disable to the end of the document', '{a}\n<!-- factcheck-disable -->\n{a} {}\n\n{b}', [false, true, true, true]],
  ['disable … enable', '<!-- factcheck-disable -->\n{a}\n<!-- factcheck-enable -->\n{a}', [true, false]],
  ['disable with ids', '<!-- factcheck-disable a c -->\n{a} {b} {c} {}', [true, false, true, false]],
  ['enable one id after disabling all', '<!-- factcheck-disable -->\n<!-- factcheck-enable a -->\n{a} {b} {}', [false, true, true]],
  ['enable all after disabling one', '<!-- factcheck-disable a -->\n{a}\n<!-- factcheck-enable -->\n{a}', [true, false]],
  ['a claim before the comment on the same line', 'x {a} <!-- factcheck-disable --> {a}', [false, true]],
  ['disable-next-line: the next line only', '<!-- factcheck-disable-next-line -->\n{a} {}\n{a}', [true, true, false]],
  ['disable-next-line skips blank lines', '<!-- factcheck-disable-next-line -->\n\n  \n{a}\n{a}', [true, false]],
  ['disable-next-line with an id', '<!-- factcheck-disable-next-line a -->\n{a} {b} {}', [true, false, false]],
  ['disable-next-line does not touch its own line', 'x {a} <!-- factcheck-disable-next-line -->\n{a}', [false, true]],
  ['disable-line: its own line, before and after the comment', 'x {a}\n{a} y <!-- factcheck-disable-line --> {}\n{a}', [false, true, true, false]],
  ['disable-line with an id, in a paragraph', 'x {a}\n{a} {b} <!-- factcheck-disable-line a -->\n{a}', [false, true, false, false]],
  ['disable-line, CRLF', '{a}\r\n{a} <!-- factcheck-disable-line -->\r\n{a}', [false, true, false]],
  ['CRLF', '<!-- factcheck-disable-next-line -->\r\n{a}\r\n{a}', [true, false]],
  ['lone CR', '<!-- factcheck-disable-next-line -->\r{a}\r{a}', [true, false]],
  ['directive in code does nothing', '```\n<!-- factcheck-disable -->\n```\n{a}', [false]],
  ['plain text disable … enable', 'factcheck-disable\n{a}\nfactcheck-enable\n{a}', [true, false], 'plaintext'],
  ['plain text next line with id', 'factcheck-disable-next-line a -- reason\n{a} {b}\n{a}', [true, false, false], 'plaintext'],
];

/** Strips the claim markers, returning the text and each claim's offset and factId. */
function parse(marked: string): { text: string; claims: Array<{ offset: number; factId: string | null }> } {
  const claims: Array<{ offset: number; factId: string | null }> = [];
  let text = '';
  let at = 0;
  for (const m of marked.matchAll(/\{([^}]*)\}/g)) {
    text += marked.slice(at, m.index);
    claims.push({ offset: text.length, factId: m[1] || null });
    text += 'X';
    at = (m.index ?? 0) + m[0].length;
  }
  return { text: text + marked.slice(at), claims };
}

describe('buildSuppressions', () => {
  for (const [name, marked, expected, kind] of ROWS) {
    it(name, () => {
      const { text, claims } = parse(marked);
      const suppressions = buildSuppressions(text, extractProse(text, kind ?? 'markdown').directives);
      assert.deepEqual(claims.map((c) => suppressions.isSuppressed(c.offset, c.factId)), expected);
    });
  }

  it('a disable-next-line at the end of the document suppresses nothing', () => {
    const text = 'X\n<!-- factcheck-disable-next-line -->\n';
    const s = buildSuppressions(text, extractProse(text, 'markdown').directives);
    assert.equal(s.isSuppressed(0, null), false);
  });
});

describe('parseDirectiveWords', () => {
  const rows: Array<[string, string | null]> = [
    ['factcheck-disable', 'disable'],
    ['  factcheck-enable  ', 'enable'],
    ['factcheck-disable-next-line suzhou.gdp.2021', 'disable-next-line suzhou.gdp.2021'],
    ['factcheck-disable a b -- because the source is old', 'disable a b'],
    ['factcheck-disable -- no ids', 'disable'],
    ['factcheck-disabled', null],
    ['factcheck-disable please ignore this!', null],
    ['factcheck-ignore', null],
    ['disable', null],
  ];
  for (const [body, expected] of rows) {
    it(JSON.stringify(body), () => {
      const words = parseDirectiveWords(body);
      assert.equal(words && [words.kind, ...words.factIds].join(' '), expected);
    });
  }
});
