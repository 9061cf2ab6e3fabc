import * as assert from 'node:assert/strict';
import { defaultSettings, normalizeSettings } from '../../../server/src/lsp/settings';

describe('lsp/settings', () => {
  const cases: [string, unknown, Partial<ReturnType<typeof normalizeSettings>>][] = [
    ['null (Neovim without settings)', null, {}],
    ['a VS Code object', { enable: false, factsFiles: ['a.facts.json'], severity: { contradicted: 'error', unverifiable: 'off' } },
      { enable: false, factsFiles: ['a.facts.json'], severity: { contradicted: 'error', unverifiable: 'off' } }],
    ['dotted keys', { 'severity.contradicted': 'hint' }, { severity: { contradicted: 'hint', unverifiable: 'information' } }],
    ['ill-typed values fall back', { enable: 'yes', languages: 'markdown', severity: { contradicted: 'loud' }, exclude: [1, 'x'] },
      { exclude: ['x'] }],
  ];
  for (const [name, raw, expected] of cases) {
    it(`normalizes ${name}`, () => assert.deepEqual(normalizeSettings(raw), { ...defaultSettings, ...expected }));
  }
});
