import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../../server/src/core';
import { bundledFacts, repoRoot } from '../helpers/facts';

/**
 * The labelled development claims (../shared/eval/dev-claims.jsonl), scored as
 * ../shared/eval/score.py scores the CLI: every expected (factId, verdict) pair is found, and no
 * contradiction is reported that is not expected.
 */
interface Item {
  text?: string;
  md?: string;
  expect: [string, string][];
  allow?: [string, string][];
  why?: string;
  skip?: boolean;
}

const evalFile = path.resolve(repoRoot, '..', 'shared', 'eval', 'dev-claims.jsonl');

describe('accuracy on the labelled development claims', function () {
  if (!fs.existsSync(evalFile)) {
    it.skip(`needs ${evalFile}`);
    return;
  }
  const facts = bundledFacts();
  const items: Item[] = fs.readFileSync(evalFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
  items.forEach((item, i) => {
    if (item.skip) return;
    const source = item.md ?? item.text ?? '';
    it(`[${i}] ${source.slice(0, 70).replace(/\n/g, ' ')}${item.why ? ` (${item.why})` : ''}`, () => {
      const claims = checkDocument(source + '\n', item.md !== undefined ? 'markdown' : 'plaintext', facts);
      const got = claims.map((c) => `${c.factId} ${c.verdict}`);
      for (const [factId, verdict] of item.expect) assert.ok(got.includes(`${factId} ${verdict}`), `expected ${factId} ${verdict}, got ${JSON.stringify(got)}`);
      const ok = new Set([...item.expect, ...(item.allow ?? [])].map(([f, v]) => `${f} ${v}`));
      const falseAlarms = claims.filter((c) => c.verdict === 'contradicted' && !ok.has(`${c.factId} ${c.verdict}`));
      assert.deepEqual(falseAlarms.map((c) => `${c.factId}: ${c.text}`), [], 'false alarms');
    });
  });
});
