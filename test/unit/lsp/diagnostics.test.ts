import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, type Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { claimsToDiagnostics, isFactcheckDiagnostic } from '../../../server/src/lsp/diagnostics';
import { defaultSettings, type FactcheckSettings } from '../../../server/src/lsp/settings';
import { claimIn } from './claims';

const factLocation = (id: string): Location | undefined => id === 'suzhou.gdp.2021'
  ? { uri: 'file:///facts/suzhou.facts.json', range: { start: { line: 40, character: 4 }, end: { line: 60, character: 5 } } }
  : undefined;

function severities(contradicted: FactcheckSettings['severity']['contradicted'], unverifiable: FactcheckSettings['severity']['unverifiable']) {
  return { settings: { severity: { contradicted, unverifiable } }, factLocation };
}

describe('lsp/diagnostics', () => {
  const text = '# 苏州 😀\n\n😀 Suzhou\'s GDP reached 2.5 trillion yuan in 2021.\r\nIt has 2,500 years of history. 2025年GDP为3万亿元。\n';
  const doc = TextDocument.create('file:///a.md', 'markdown', 7, text);
  const contradicted = claimIn(text, '2.5 trillion yuan', { newText: '2.27', fixOf: '2.5' });
  const supported = claimIn(text, '2,500 years', { verdict: 'supported', factId: 'suzhou.history-years', expected: null });
  const unverifiable = claimIn(text, '3万亿元', { verdict: 'unverifiable', factId: null, expected: null, period: '2025', message: 'No fact for 2025.' });
  const claims = [contradicted, supported, unverifiable];

  it('makes one diagnostic per contradicted and unverifiable claim, none for supported ones, with exact UTF-16 ranges', () => {
    const ds = claimsToDiagnostics(doc, claims, { settings: defaultSettings, factLocation });
    assert.equal(ds.length, 2);
    // Line 2 starts with an emoji: two UTF-16 code units before "Suzhou".
    assert.deepEqual(ds[0].range, { start: { line: 2, character: 24 }, end: { line: 2, character: 41 } });
    assert.equal(text.split(/\r?\n/)[2].slice(24, 41), '2.5 trillion yuan');
    assert.deepEqual(ds[1].range.start, { line: 3, character: 40 });
    assert.equal(ds[0].severity, DiagnosticSeverity.Warning);
    assert.equal(ds[1].severity, DiagnosticSeverity.Information);
  });

  it('fills source, code, codeDescription, relatedInformation and data', () => {
    const [d] = claimsToDiagnostics(doc, [contradicted], { settings: defaultSettings, factLocation });
    assert.equal(d.source, 'factcheck');
    assert.equal(d.code, 'contradicted');
    assert.equal(d.message, contradicted.message);
    assert.deepEqual(d.codeDescription, { href: 'https://example.org/suzhou-2022' });
    assert.equal(d.relatedInformation?.[0].location.uri, 'file:///facts/suzhou.facts.json');
    assert.deepEqual(d.data, {
      version: 7,
      verdict: 'contradicted',
      factId: 'suzhou.gdp.2021',
      fix: { range: { start: { line: 2, character: 24 }, end: { line: 2, character: 27 } }, newText: '2.27', fixedFigure: '2.27 trillion yuan' },
    });
    assert.ok(isFactcheckDiagnostic(d));
  });

  it('leaves out codeDescription and relatedInformation when the fact has no URL or location', () => {
    const noUrl = claimIn(text, '2.5 trillion yuan', { expected: { ...contradicted.expected!, source: { title: 'x' } }, factId: 'other' });
    const [d] = claimsToDiagnostics(doc, [{ ...noUrl, expected: { ...noUrl.expected!, factId: 'other' } }], { settings: defaultSettings, factLocation });
    assert.equal(d.codeDescription, undefined);
    assert.equal(d.relatedInformation, undefined);
  });

  const table: [Parameters<typeof severities>[0], Parameters<typeof severities>[1], (DiagnosticSeverity | undefined)[]][] = [
    ['error', 'hint', [DiagnosticSeverity.Error, DiagnosticSeverity.Hint]],
    ['information', 'off', [DiagnosticSeverity.Information]],
    ['off', 'warning', [DiagnosticSeverity.Warning]],
    ['off', 'off', []],
  ];
  for (const [c, u, expected] of table) {
    it(`maps severity settings contradicted=${c}, unverifiable=${u}`, () => {
      assert.deepEqual(claimsToDiagnostics(doc, claims, severities(c, u)).map((d) => d.severity), expected);
    });
  }

  it('rejects diagnostics that are not ours or whose data is malformed', () => {
    const [d] = claimsToDiagnostics(doc, [contradicted], { settings: defaultSettings, factLocation });
    assert.equal(isFactcheckDiagnostic({ ...d, source: 'eslint' }), false);
    assert.equal(isFactcheckDiagnostic({ ...d, data: { ...(d.data as object), version: '7' } }), false);
    assert.equal(isFactcheckDiagnostic({ ...d, data: { ...(d.data as object), fix: { newText: 'x' } } }), false);
    assert.equal(isFactcheckDiagnostic({ ...d, data: null }), false);
  });
});
