import { strict as assert } from 'node:assert';
import { checkDocument } from '../../server/src/core';
import { loadFacts } from '../helpers/facts';

/**
 * The engine knows nothing of Suzhou by itself: with a facts file about another city (trade in US
 * dollars, a population count, a percentage) it checks that city's figures the same way, and a
 * Suzhou figure is just another place's.
 */
const facts = loadFacts('test/fixtures/facts/shenzhen.facts.json');

const rows: [string, string[]][] = [
  ["Shenzhen's GDP reached 3.07 trillion yuan in 2021.", ['shenzhen.gdp.2021 supported «3.07 trillion yuan»']],
  ["Shenzhen's GDP reached 3.5 trillion yuan in 2021.", ['shenzhen.gdp.2021 contradicted «3.5 trillion yuan» → 3.07']],
  ['2021年深圳地区生产总值为30664.85亿元。', ['shenzhen.gdp.2021 supported «30664.85亿元»']],
  ["Shenzhen's GDP grew 6.7 percent in 2021.", ['shenzhen.gdp-growth.2021 supported «6.7 percent»']],
  ["Shenzhen's GDP grew 8 percent in 2021.", ['shenzhen.gdp-growth.2021 contradicted «8 percent» → 6.7']],
  ['Shenzhen had a resident population of 17.68 million in 2021.', ['shenzhen.population.2021 supported «17.68 million»']],
  ["Shenzhen's population reached 25 million people in 2021.", ['shenzhen.population.2021 contradicted «25 million» → 17.68']],
  ["Shenzhen's exports reached US$299.2 billion in 2021.", ['shenzhen.exports.2021 supported «US$299.2 billion»']],
  ["Shenzhen's exports reached 1.93 trillion yuan in 2021.", ['shenzhen.exports.2021 supported «1.93 trillion yuan»']],
  ["Shenzhen's exports reached $400 billion in 2021.", ['shenzhen.exports.2021 contradicted «$400 billion» → 299.2']],
  ["Suzhou's GDP reached 2.5 trillion yuan in 2021.", []],
  ['The city of Shenzhen employs 2,500 workers in its port.', []],
];

describe('check: a facts file about another place', () => {
  for (const [text, expected] of rows) {
    it(text, () => {
      const got = checkDocument(text, 'plaintext', facts).filter((c) => c.factId).map((c) => `${c.factId} ${c.verdict} «${c.text.trim()}»${c.fix ? ` → ${c.fix.newText}` : ''}`);
      assert.deepEqual(got, expected);
    });
  }
});
