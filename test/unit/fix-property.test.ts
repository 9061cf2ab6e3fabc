import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkDocument, type CheckedClaim, type DocumentKind } from '../../server/src/core';
import { bundledFacts } from '../helpers/facts';

/**
 * The fix property, over many generated documents: applying every proposed fix and checking again
 * leaves no contradicted claim, and every character outside the fixed ranges is unchanged.
 */

const facts = bundledFacts();

/** A figure written in one of the styles writers use, for a value in yuan. */
const yuanFigure = fc.oneof(
  fc.record({ v: fc.integer({ min: 1, max: 99 }), d: fc.integer({ min: 0, max: 2 }) }).map(({ v, d }) => `${(v / 10).toFixed(d)} trillion yuan`),
  fc.integer({ min: 100, max: 9999 }).map((v) => `${v.toLocaleString('en-US')} billion yuan`),
  fc.integer({ min: 1, max: 99 }).map((v) => `RMB${(v / 10).toFixed(1)}tn`),
  fc.integer({ min: 1000, max: 99999 }).map((v) => `${v}亿元`),
  fc.integer({ min: 1, max: 99 }).map((v) => `${(v / 10).toFixed(1)}万亿元`),
);
const millionFigure = fc.oneof(
  fc.integer({ min: 1, max: 90 }).map((v) => `${v} million yuan`),
  fc.integer({ min: 1, max: 9000 }).map((v) => `${v}万元`),
);
const smallCount = fc.constantFrom('one', 'two', 'three', 'four', 'five', 'six');

/** A sentence with a (possibly wrong) claim, or filler that must survive untouched. */
const sentence = fc.oneof(
  yuanFigure.map((f) => `Suzhou's GDP reached ${f} in 2021.`),
  yuanFigure.map((f) => `2021年苏州地区生产总值为${f}。`),
  yuanFigure.map((f) => `In 2021, Suzhou's gross industrial output value was ${f}.`),
  millionFigure.map((f) => `Suzhou pays ${f} to a company that joins the Fortune Global 500 for the first time.`),
  millionFigure.map((f) => `Firms entering the Fortune China 500 for the first time get ${f} from Suzhou.`),
  yuanFigure.map((f) => `During the 14th Five-Year Plan, Suzhou will put ${f} of special funds into industrial innovation clusters.`),
  smallCount.map((n) => `Suzhou has built ${n} trillion-yuan-level industries.`),
  fc.integer({ min: 1, max: 9 }).map((n) => `Suzhou boasts ${n * 1000} years of history.`),
  fc.constantFrom('The canals are lovely in spring 🌸.', "Shanghai's GDP reached 4.32 trillion yuan in 2021.", '`2.5 trillion yuan` is code.', '苏州园林很美。'),
);

const document = fc.record({
  paragraphs: fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
  crlf: fc.boolean(),
  kind: fc.constantFrom<DocumentKind>('markdown', 'plaintext'),
});

function applyFixes(text: string, claims: CheckedClaim[]): string {
  const edits = claims.flatMap((c) => (c.fix ? [c.fix] : [])).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('fix property', function () {
  this.timeout(120000);
  it('applying all fixes leaves no contradiction and changes nothing outside the fixed ranges', () => {
    let fixedClaims = 0;
    fc.assert(
      fc.property(document, ({ paragraphs, crlf, kind }) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = paragraphs.map((p) => p.join(' ')).join(eol + eol) + eol;
        const claims = checkDocument(text, kind, facts);
        const contradicted = claims.filter((c) => c.verdict === 'contradicted');
        for (const c of contradicted) assert.ok(c.fix, `no fix for ${c.text}`);
        const edits = contradicted.map((c) => c.fix!).sort((a, b) => a.start - b.start);
        for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start, 'fixes overlap');
        const fixed = applyFixes(text, contradicted);
        fixedClaims += contradicted.length;
        // Outside the ranges: walk the original and the fixed text in step.
        let delta = 0;
        let prev = 0;
        for (const e of edits) {
          assert.equal(fixed.slice(prev + delta, e.start + delta), text.slice(prev, e.start));
          delta += e.newText.length - (e.end - e.start);
          prev = e.end;
        }
        assert.equal(fixed.slice(prev + delta), text.slice(prev));
        const again = checkDocument(fixed, kind, facts).filter((c) => c.verdict === 'contradicted');
        assert.deepEqual(again.map((c) => c.text), [], `still contradicted after fixing:\n${fixed}`);
      }),
      { numRuns: 300, seed: 20260107 },
    );
    // The generator must actually produce wrong figures, or the property says nothing.
    assert.ok(fixedClaims > 300, `only ${fixedClaims} contradicted claims were generated`);
  });
});
