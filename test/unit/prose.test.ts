import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { extractProse, type ProseBlock, type ProseDocument } from '../../server/src/core/prose';
import type { DocumentKind } from '../../server/src/core/types';

/**
 * Checks the invariants every block must keep: `prose` is as long as its document slice, and
 * differs from it only by characters replaced with spaces, never at a line break.
 */
function assertAligned(text: string, block: ProseBlock): void {
  const slice = text.slice(block.start, block.end);
  assert.equal(block.prose.length, block.end - block.start, `length of ${JSON.stringify(block.prose)}`);
  for (let i = 0; i < slice.length; i++) {
    const original = slice[i];
    const kept = block.prose[i];
    if (original === '\n' || original === '\r') assert.equal(kept, original, `line break at ${block.start + i}`);
    else assert.ok(kept === original || kept === ' ', `at ${block.start + i}: ${JSON.stringify(kept)} for ${JSON.stringify(original)}`);
  }
}

function extract(text: string, kind: DocumentKind = 'markdown'): ProseDocument {
  const doc = extractProse(text, kind);
  for (const block of doc.blocks) assertAligned(text, block);
  for (let k = 1; k < doc.blocks.length; k++) assert.ok(doc.blocks[k].start >= doc.blocks[k - 1].end, 'blocks in order');
  return doc;
}

/** "kind/level: visible words" with whitespace runs collapsed: what a reader of the block sees. */
function summary(block: ProseBlock): string {
  const words = block.prose.replace(/\s+/g, ' ').trim();
  return block.kind === 'heading' ? `h${block.level}: ${words}` : block.kind === 'title' ? `title: ${words}` : words;
}

/** Each row: name, document, and the blocks expected (see `summary`). */
type Row = [name: string, text: string, blocks: string[]];

const MARKDOWN: Row[] = [
  ['plain paragraphs', 'GDP was 2.27 trillion yuan.\nIt grew.\n\nSecond one.', ['GDP was 2.27 trillion yuan. It grew.', 'Second one.']],
  ['fenced code (backticks and tildes)', 'Before\n```js\nconst gdp = 2.5;\n```\n~~~~\n2.5 trillion\n~~~~\nAfter', ['Before', 'After']],
  ['fence closes only with a long enough run', '````\n```\nstill code 3\n````\nout', ['out']],
  ['unclosed fence runs to the end', 'a\n```\ncode', ['a']],
  ['indented code', 'Text\n\n    code 2.5 trillion\n    more\n\nText two', ['Text', 'Text two']],
  ['indented line continues a paragraph', 'Text\n    still text', ['Text still text']],
  ['inline code', 'The value `2.5 trillion` is `` a`b `` wrong', ['The value is wrong']],
  ['unmatched backticks stay', 'a ` b', ['a ` b']],
  ['HTML block', '<div class="x">\n2.5 trillion\n</div>\n\nProse', ['Prose']],
  ['HTML block interrupts a paragraph', 'Para\n<table>\n<tr><td>9</td></tr>\n</table>', ['Para']],
  ['raw HTML block ends at its closing tag', '<script>\nx = 1\n\ny = 2\n</script>\nText', ['Text']],
  ['HTML comment block', '<!--\ncomment 2.5\n-->\nText', ['Text']],
  ['inline HTML and comments', 'GDP <b>grew</b> to <!-- hidden 9 --> 2.27<br/> trillion', ['GDP grew to 2.27 trillion']],
  ['a lone < is prose', 'a < b and <5%', ['a < b and <5%']],
  ['link destination and title', 'See [the report](https://x.cn/a_(b) "Title 9") now', ['See the report now']],
  ['image keeps its alt text only', 'A chart ![GDP 2.27](img/gdp.png) here', ['A chart GDP 2.27 here']],
  ['reference links', 'See [the report][r1] and [this][] and [short]', ['See the report and this and [short]']],
  ['link reference definitions are skipped', '[r1]: https://x.cn "t"\n\nText', ['Text']],
  ['autolinks', 'Mail <a@b.cn> or <https://x.cn/9>.', ['Mail or .']],
  ['bare URLs keep trailing punctuation', 'See https://x.cn/2021/gdp. Or www.x.cn, then', ['See . Or , then']],
  ['emphasis marks; struck-through text is deleted', '**GDP** was *2.27* _trillion_ ~~2.5~~ __yuan__', ['GDP was 2.27 trillion yuan']],
  ['struck-through text runs to its closing marks, not past a spaced pair', 'Was ~~2.5 trillion~~ 2.27 trillion, ~~ not struck ~~ here', ['Was 2.27 trillion, ~~ not struck ~~ here']],
  ['deleted HTML text', 'GDP <del>2.5</del> 2.27 and <s>3</s> trillion', ['GDP 2.27 and trillion']],
  ['snake_case, a lone * and ~ stay', 'snake_case 5 * 3 ~2.2', ['snake_case 5 * 3 ~2.2']],
  ['escapes and hard breaks', 'a\\*b\\\nc', ['a *b c']],
  ['footnotes', 'Text[^1] more\n\n[^1]: Source 2021.', ['Text more', 'Source 2021.']],
  ['ATX headings', '# Suzhou #\n## GDP in 2021\n###### Six\n#NotHeading', ['h1: Suzhou', 'h2: GDP in 2021', 'h6: Six', '#NotHeading']],
  ['closing hashes must follow a space', '### C# #', ['h3: C#']],
  ['empty heading is no block', '#\n\nText', ['Text']],
  ['setext headings', 'Title one\n=========\nTitle\ntwo\n---\n\nText', ['h1: Title one', 'h2: Title two', 'Text']],
  ['thematic breaks', 'a\n\n***\n- - -\n___\nb', ['a', 'b']],
  ['bullet lists', '- one **2021**\n- two\n  continued\n* star\n+ plus', ['one 2021', 'two continued', 'star', 'plus']],
  ['ordered lists', '1. one\n2. two\n   1) nested\n\ntext', ['one', 'two', 'nested', 'text']],
  ['a year does not start a list inside a paragraph', 'It was\n2021. Then', ['It was 2021. Then']],
  ['indented code inside a list item', '- item\n\n      code 9\n\n  para in item', ['item', 'para in item']],
  ['heading and fence inside a list item', '- # Head\n- ```\n  code\n  ```\n- after', ['h1: Head', 'after']],
  ['blockquotes', '> quoted **2.2**\nlazy\n\n> a\n>\n> > b', ['quoted 2.2 lazy', 'a', 'b']],
  ['code in a blockquote', '> ```\n> code\n> ```\n> text', ['text']],
  ['tables', '| Year | GDP |\n|:-----|----:|\n| 2021 | 2.27 `x` |\n| 2020 | 2.0\\|2 |\n\nAfter', ['Year GDP', '2021 2.27', '2020 2.0 |2', 'After']],
  ['table without outer pipes', 'Year | GDP\n--- | ---\n2021 | 2.27', ['Year GDP', '2021 2.27']],
  ['dashes under a pipe-less line are a setext heading', 'Year GDP\n---', ['h2: Year GDP']],
  ['math block', '$$\nx = 2.5\n$$\nCost $5', ['Cost $5']],
  ['YAML front matter with title', '---\ntitle: "Suzhou in 2021"\ntags: [a]\n---\n# H', ['title: Suzhou in 2021', 'h1: H']],
  ['YAML title unquoted', '---\ntitle: 苏州经济\n...\n正文', ['title: 苏州经济', '正文']],
  ['TOML front matter', '+++\ntitle = \'GDP\'\n+++\ntext', ['title: GDP', 'text']],
  ['unclosed front matter is a thematic break', '---\ntext', ['text']],
  ['front matter only at the very start', 'a\n\n---\ntitle: x\n---', ['a', 'h2: title: x']],
  ['Chinese text', '# 苏州\n\n2021年，苏州地区生产总值达**２２７１８.３４亿元**。', ['h1: 苏州', '2021年，苏州地区生产总值达 ２２７１８.３４亿元 。']],
];

describe('extractProse (Markdown)', () => {
  for (const [name, text, expected] of MARKDOWN) {
    it(name, () => assert.deepEqual(extract(text).blocks.map(summary), expected));
  }

  it('marks table rows and gives their cells, column by column', () => {
    const text = '| Year | GDP (trillion yuan) |\n|:-----|----:|\n| 2021 | 2.27 `x` |\n| 2020 |  |\nA \\| B | 2.0\n\nAfter';
    const doc = extract(text);
    const cells = (b: ProseBlock): string[] | undefined => b.table?.cells.map((c) => b.prose.slice(c.start, c.end));
    assert.deepEqual(doc.blocks.map((b) => [b.table?.role, cells(b)]), [
      ['header', ['Year', 'GDP (trillion yuan)']],
      ['row', ['2021', '2.27']],
      // An empty cell keeps its column; an escaped pipe is text, not a border.
      ['row', ['2020', '']],
      ['row', ['A  | B', '2.0']],
      [undefined, undefined],
    ]);
  });

  it('gives heading levels and kinds', () => {
    const doc = extract('---\ntitle: T\n---\n## Two\n\nText');
    assert.deepEqual(doc.blocks.map((b) => [b.kind, b.level]), [['title', 0], ['heading', 2], ['paragraph', 0]]);
  });

  it('keeps exact offsets with CRLF line endings', () => {
    const text = '# GDP\r\n\r\nSuzhou: 2.27 trillion\r\nyuan `x`.\r\n\r\n```\r\ncode\r\n```\r\nEnd';
    const doc = extract(text);
    assert.deepEqual(doc.blocks.map(summary), ['h1: GDP', 'Suzhou: 2.27 trillion yuan .', 'End']);
    const para = doc.blocks[1];
    assert.equal(text.slice(para.start, para.end), 'Suzhou: 2.27 trillion\r\nyuan `x`.');
    assert.ok(para.prose.includes('\r\n'));
    const at = para.prose.indexOf('2.27');
    assert.equal(text.slice(para.start + at, para.start + at + 4), '2.27');
  });

  it('handles lone CR line endings', () => {
    const doc = extract('a\rb\r\r```\rcode\r```\rc');
    assert.deepEqual(doc.blocks.map(summary), ['a b', 'c']);
  });

  it('keeps offsets exact after emoji and astral characters', () => {
    const text = '😀 𠀀 `code` **苏州** GDP 2.27 trillion 🚀 yuan.';
    const [block] = extract(text).blocks;
    for (const figure of ['2.27', 'trillion', 'yuan', '苏州']) {
      const i = block.prose.indexOf(figure);
      assert.ok(i >= 0, figure);
      assert.equal(text.slice(block.start + i, block.start + i + figure.length), figure);
    }
  });

  it('keeps full-width digits and CJK punctuation as prose', () => {
    const text = '苏州ＧＤＰ达２.２７万亿元（2021年）。';
    assert.equal(extract(text).blocks[0].prose, text);
  });

  it('starts list-item and quote blocks after their markers', () => {
    const text = '> - 2.27 trillion';
    const [block] = extract(text).blocks;
    assert.equal(text.slice(block.start, block.end), '2.27 trillion');
  });

  it('blanks quote markers of continuation lines', () => {
    const text = '> one\n> two';
    const [block] = extract(text).blocks;
    assert.equal(block.prose, 'one\n  two');
  });

  it('is a pure function of the text', () => {
    const text = '# A\n\nB `c` [d](e)';
    assert.deepEqual(extractProse(text, 'markdown'), extractProse(text, 'markdown'));
  });

  it('handles empty and blank documents', () => {
    assert.deepEqual(extract(''), { blocks: [], directives: [] });
    assert.deepEqual(extract('\n \n\t\n'), { blocks: [], directives: [] });
  });
});

/** Each row: name, document, and its directives as "kind ids@line". */
type DirectiveRow = [name: string, text: string, directives: string[], kind?: DocumentKind];

const DIRECTIVES: DirectiveRow[] = [
  ['block comments', '<!-- factcheck-disable -->\ntext\n<!-- factcheck-enable -->', ['disable @0', 'enable @2']],
  ['with fact ids and a reason', '<!-- factcheck-disable suzhou.gdp.2021 suzhou.pop -- old draft -->', ['disable suzhou.gdp.2021 suzhou.pop @0']],
  ['next line', 'a\n\n<!-- factcheck-disable-next-line suzhou.gdp.2021 -->\nb', ['disable-next-line suzhou.gdp.2021 @2']],
  ['inline in a paragraph', 'GDP <!-- factcheck-disable-next-line --> text', ['disable-next-line @0']],
  ['multi-line comment', '<!--\n  factcheck-disable\n-->', ['disable @0']],
  ['not a directive', '<!-- factcheck-disabled -->\n<!-- factcheck-disable a b! -->\n<!-- note -->', []],
  ['inside a fence: ignored', '```\n<!-- factcheck-disable -->\n```', []],
  ['inside indented code: ignored', 'a\n\n    <!-- factcheck-disable -->\n', []],
  ['inside inline code: ignored', 'a `<!-- factcheck-disable -->` b', []],
  ['plain text lines', 'x\nfactcheck-disable suzhou.gdp.2021\ny\n  factcheck-enable  \nfactcheck-disable-next-line -- why', ['disable suzhou.gdp.2021 @1', 'enable @3', 'disable-next-line @4'], 'plaintext'],
  ['plain text: only on a line of its own', 'see factcheck-disable here\nfactcheck-disabled', [], 'plaintext'],
  ['plain text: comment form also accepted', '<!-- factcheck-disable -->', ['disable @0'], 'plaintext'],
];

describe('extractProse directives', () => {
  for (const [name, text, expected, kind] of DIRECTIVES) {
    it(name, () => {
      const doc = extract(text, kind ?? 'markdown');
      assert.deepEqual(doc.directives.map((d) => `${d.kind} ${d.factIds.map((id) => `${id} `).join('')}@${d.line}`), expected);
      for (const d of doc.directives) assert.match(text.slice(d.start, d.end), /^(<!--[\s\S]*-->|factcheck-.*)$/);
    });
  }

  it('does not count a directive line as prose in plain text', () => {
    const doc = extract('one\nfactcheck-disable-next-line\ntwo', 'plaintext');
    assert.deepEqual(doc.blocks.map(summary), ['one', 'two']);
  });
});

describe('extractProse (plain text)', () => {
  const rows: Row[] = [
    ['paragraphs split at blank lines', 'One 2.2\ntwo\n\n \nThree', ['One 2.2 two', 'Three']],
    ['Markdown syntax is prose in plain text', '# `2.5` **x** <b>', ['# `2.5` **x** <b>']],
    ['CRLF and CR', 'a\r\nb\r\n\r\nc\r\rd', ['a b', 'c', 'd']],
    ['struck-through text is deleted in plain text too', 'GDP ~~2.5 trillion~~ 2.27 trillion, ~2.3 ~ x, ~~ y ~~', ['GDP 2.27 trillion, ~2.3 ~ x, ~~ y ~~']],
  ];
  for (const [name, text, expected] of rows) {
    it(name, () => assert.deepEqual(extract(text, 'plaintext').blocks.map(summary), expected));
  }

  it('trims blocks to their text', () => {
    const text = '\n  indented 2.2  \n';
    const [block] = extract(text, 'plaintext').blocks;
    assert.equal(text.slice(block.start, block.end), 'indented 2.2');
    assert.equal(block.prose, 'indented 2.2');
  });
});

describe('extractProse on hostile input', () => {
  // Unclosed constructs once made the inline scan quadratic (a rescan to the block's end each time).
  const rows: Array<[string, string]> = [
    ['unclosed brackets', '['.repeat(100_000)],
    ['unclosed link tails', '[a]('.repeat(30_000)],
    ['unclosed titles', '[a](b "'.repeat(30_000)],
    ['unclosed footnotes', '[^'.repeat(50_000)],
    ['backtick runs of every length', Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 1)).join(' x ')],
    ['unclosed comments', 'x <!--'.repeat(30_000)],
    ['unclosed attribute quotes', '<a b="'.repeat(30_000)],
    ['deep quotes', `${'> '.repeat(5_000)}x`],
  ];
  for (const [name, text] of rows) {
    it(`${name} stays linear`, () => {
      const t = performance.now();
      const doc = extract(text);
      assert.ok(doc.blocks.length <= 1);
      assert.ok(performance.now() - t < 2000, `${name}: ${performance.now() - t} ms`);
    });
  }
});

describe('extractProse on the Rust book corpus', () => {
  const corpus = '/work/shared/corpus/prose-en-rust-book.md';
  it('keeps every block aligned with the document and skips all code', function () {
    if (!existsSync(corpus)) this.skip();
    const text = readFileSync(corpus, 'utf8');
    const doc = extract(text);
    assert.ok(doc.blocks.length > 1000);
    for (const block of doc.blocks) {
      assert.ok(!/\bfn main\(\)|println!\(/.test(block.prose), `code leaked: ${block.prose.slice(0, 80)}`);
      assert.ok(!/\]\(|https?:\/\//.test(block.prose), `link syntax leaked: ${block.prose.slice(0, 80)}`);
    }
  });
});
