import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Checker, checkDocument } from '../../server/src/core';
import { splitChunks } from '../../server/src/core/chunks';
import { bundledFacts } from '../helpers/facts';

const facts = bundledFacts();

const doc = [
  '# Suzhou in 2021',
  '',
  "The city's GDP came to 2.5 trillion yuan.",
  '',
  '```text',
  'Suzhou GDP 2021 = 7 trillion yuan',
  '',
  'still code',
  '```',
  '',
  "Suzhou's industrial output passed 4 trillion yuan.",
  '',
  '- a list item',
  '',
  '    indented code 9 trillion yuan',
  '',
  'Suzhou marks 10 years of reform and opening up.',
  '',
  '| City | 2021 GDP (trillion yuan) |',
  '|---|---|',
  '| Suzhou | 2.72 |',
  '',
].join('\n');

describe('incremental checking', () => {
  it('splits chunks only where blocks cannot continue, covering the text without gaps', () => {
    const chunks = splitChunks(doc, 'markdown');
    assert.equal(chunks[0].start, 0);
    assert.equal(chunks[chunks.length - 1].end, doc.length);
    for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end);
    const texts = chunks.map((c) => doc.slice(c.start, c.end));
    assert.ok(texts.some((t) => t.includes('```text') && t.includes('still code')), 'a fence stays whole');
    assert.ok(texts.some((t) => t.includes('- a list item') && t.includes('indented code')), 'indented lines stay with the block above');
  });

  it('gives the same claims as a one-shot check, before and after edits', () => {
    const checker = new Checker(facts);
    const edits = [doc, doc.replace('2.5 trillion', '2.6 trillion'), doc.replace('Suzhou marks', 'Shanghai marks'), doc.replace('```text', 'text'),
      // A table's header is read with its rows: a new unit in it changes the verdict of a cell.
      doc.replace('(trillion yuan)', '(billion yuan)'), doc.replace('| Suzhou | 2.72 |', '| Suzhou | 2.27 |')];
    for (const text of edits) {
      const strip = (cs: ReturnType<typeof checkDocument>) => cs.map((c) => `${c.start}:${c.text}:${c.verdict}:${c.message}`);
      assert.deepEqual(strip(checker.check(text, 'markdown')), strip(checkDocument(text, 'markdown', facts)));
    }
  });

  // Headings, bold lines, lead-ins, table headers and "City" rows carry context from block to block:
  // the editor's chunked check must read every labelled item as the one-shot check does.
  it('gives the same claims as a one-shot check on every labelled item', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'eval');
    const checker = new Checker(facts);
    const strip = (cs: ReturnType<typeof checkDocument>) => cs.map((c) => `${c.start}:${c.text}:${c.verdict}:${c.factId}:${c.fix?.newText ?? ''}`);
    let items = 0;
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const item = JSON.parse(line) as { text?: string; md?: string };
        const kind = item.md !== undefined ? 'markdown' : 'plaintext';
        const text = `${item.md ?? item.text ?? ''}\n`;
        assert.deepEqual(strip(checker.check(text, kind)), strip(checkDocument(text, kind, facts)), `${name}: ${text.slice(0, 80)}`);
        items++;
      }
    }
    assert.ok(items > 1000, `read ${items} items`);
  });

  it('re-reads only the paragraph that changed', () => {
    const checker = new Checker(facts);
    checker.check(doc, 'markdown');
    assert.equal(checker.stats.chunksRead, checker.stats.chunks);
    checker.check(doc.replace('2.5 trillion', '2.6 trillion'), 'markdown');
    assert.equal(checker.stats.chunksRead, 1);
    assert.equal(checker.stats.blocksRead, 1);
    checker.check(doc.replace('2.5 trillion', '2.6 trillion'), 'markdown');
    assert.equal(checker.stats.chunksRead, 0);
  });
});
