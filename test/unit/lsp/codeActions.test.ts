import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { checkDocument, type CheckedClaim } from '../../../server/src/core';
import {
  buildCodeActions, disableComment, fixAllKind, fixAllTitle, ignoreTitle, kindRequested,
} from '../../../server/src/lsp/codeActions';
import { claimsToDiagnostics } from '../../../server/src/lsp/diagnostics';
import { defaultSettings } from '../../../server/src/lsp/settings';
import { bundledFacts } from '../../helpers/facts';
import { claimIn } from './claims';

const facts = bundledFacts();

/** Applies the single versioned document edit of `action` to `doc`, checking the pinned version. */
function apply(doc: TextDocument, action: CodeAction): string {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit;
  assert.equal(change.textDocument.version, doc.version, 'edit pinned to the version it was computed for');
  return TextDocument.applyEdits(doc, change.edits as TextEdit[]);
}

function setup(text: string, claims: CheckedClaim[], kind: 'markdown' | 'plaintext' = 'markdown', version = 3) {
  const doc = TextDocument.create('file:///a', kind, version, text);
  const diagnostics = claimsToDiagnostics(doc, claims, { settings: defaultSettings, factLocation: () => undefined });
  const actions = (only?: string[], over: Partial<Parameters<typeof buildCodeActions>[0]> = {}) => buildCodeActions({
    doc, kind, diagnostics, only, claims: () => claims, fixContradicted: true, versioned: true, ...over,
  });
  return { doc, diagnostics, actions };
}

describe('lsp/codeActions', () => {
  const text = "Suzhou's GDP reached 2.5 trillion yuan in 2021.\n\n2021年苏州地区生产总值达到30000亿元。\n";
  const en = claimIn(text, '2.5 trillion yuan', { newText: '2.27', fixOf: '2.5' });
  const zh = claimIn(text, '30000亿元', { newText: '22718.34', fixOf: '30000' });

  it('offers a preferred "Change to" quick fix that replaces only the figure', () => {
    const { doc, actions } = setup(text, [en]);
    const fix = actions().find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Change to 2.27 trillion yuan', 'names the whole figure, not just the replaced digits');
    assert.equal(fix?.kind, 'quickfix');
    assert.equal(apply(doc, fix!), text.replace('2.5 trillion', '2.27 trillion'));
  });

  it('refuses a quick fix computed for another document version', () => {
    const { diagnostics } = setup(text, [en], 'markdown', 3);
    const newer = TextDocument.create('file:///a', 'markdown', 4, text);
    const actions = buildCodeActions({
      doc: newer, kind: 'markdown', diagnostics, only: undefined, claims: () => [], fixContradicted: true, versioned: true,
    });
    assert.deepEqual(actions, []);
  });

  it('fixes all contradicted claims in one versioned edit, as a quick fix and as source.fixAll.factcheck', () => {
    const { doc, actions } = setup(text, [en, zh]);
    const quick = actions().find((a) => a.title === fixAllTitle);
    assert.equal(quick?.kind, 'quickfix');
    const expected = "Suzhou's GDP reached 2.27 trillion yuan in 2021.\n\n2021年苏州地区生产总值达到22718.34亿元。\n";
    assert.equal(apply(doc, quick!), expected);
    for (const only of [['source.fixAll'], ['source'], [fixAllKind]]) {
      const source = actions(only);
      assert.deepEqual(source.map((a) => [a.title, a.kind]), [[fixAllTitle, fixAllKind]], `only=${only}`);
      assert.equal(apply(doc, source[0]), expected);
    }
  });

  it('does not offer Fix All for a single fix, nor source actions unless asked, nor anything when contradictions are off', () => {
    const { actions } = setup(text, [en]);
    assert.ok(!actions().some((a) => a.title === fixAllTitle));
    assert.ok(!actions().some((a) => a.kind === fixAllKind));
    assert.deepEqual(actions(['source.fixAll'], { fixContradicted: false }), []);
    assert.deepEqual(actions(['refactor']), []);
  });

  const ignoreCases: [string, string, 'markdown' | 'plaintext', string][] = [
    ['Markdown', 'Intro.\n\nSuzhou\'s GDP reached 2.5 trillion yuan.\n', 'markdown',
      'Intro.\n\nSuzhou\'s GDP reached 2.5 trillion yuan. <!-- factcheck-disable-line suzhou.gdp.2021 -->\n'],
    ['Markdown block quote, CRLF', 'Intro.\r\n\r\n> Suzhou\'s GDP reached 2.5 trillion yuan.\r\n', 'markdown',
      'Intro.\r\n\r\n> Suzhou\'s GDP reached 2.5 trillion yuan. <!-- factcheck-disable-line suzhou.gdp.2021 -->\r\n'],
    ['Markdown, before a hard break', 'Suzhou\'s GDP reached 2.5 trillion yuan.\\\nNext line.\n', 'markdown',
      'Suzhou\'s GDP reached 2.5 trillion yuan. <!-- factcheck-disable-line suzhou.gdp.2021 -->\\\nNext line.\n'],
    ['Markdown, before trailing spaces, last line', 'Suzhou\'s GDP reached 2.5 trillion yuan.  ', 'markdown',
      'Suzhou\'s GDP reached 2.5 trillion yuan. <!-- factcheck-disable-line suzhou.gdp.2021 -->  '],
    ['Markdown heading with closing #s', '## Suzhou\'s GDP reached 2.5 trillion yuan in 2021 ##\n', 'markdown',
      '## Suzhou\'s GDP reached 2.5 trillion yuan in 2021 <!-- factcheck-disable-line suzhou.gdp.2021 --> ##\n'],
    ['Markdown, escaped backslashes are no hard break', 'Suzhou\'s GDP reached 2.5 trillion yuan in 2021 \\\\\nNext.\n', 'markdown',
      'Suzhou\'s GDP reached 2.5 trillion yuan in 2021 \\\\ <!-- factcheck-disable-line suzhou.gdp.2021 -->\nNext.\n'],
    ['Markdown, a code span running on to the next line: a comment line instead',
      'Intro.\n\nSuzhou\'s GDP reached 2.5 trillion yuan in 2021. `code\nspan` end.\n', 'markdown',
      'Intro.\n\n<!-- factcheck-disable-next-line suzhou.gdp.2021 -->\nSuzhou\'s GDP reached 2.5 trillion yuan in 2021. `code\nspan` end.\n'],
    ['Markdown, an HTML attribute running on to the next line: a comment line instead',
      'Suzhou\'s GDP reached 2.5 trillion yuan in 2021. <span title="a\nb">x</span>\n', 'markdown',
      '<!-- factcheck-disable-next-line suzhou.gdp.2021 -->\nSuzhou\'s GDP reached 2.5 trillion yuan in 2021. <span title="a\nb">x</span>\n'],
    ['plain text, indented', '  Suzhou\'s GDP reached 2.5 trillion yuan.', 'plaintext',
      '  factcheck-disable-next-line suzhou.gdp.2021\n  Suzhou\'s GDP reached 2.5 trillion yuan.'],
  ];
  for (const [name, input, kind, output] of ignoreCases) {
    it(`"Ignore this claim" switches the claim off, at the end of its line where it can (${name})`, () => {
      const { doc, actions } = setup(input, [claimIn(input, '2.5 trillion yuan', { newText: '2.27', fixOf: '2.5' })], kind);
      const ignore = actions().find((a) => a.title === ignoreTitle);
      const edited = apply(doc, ignore!);
      assert.equal(edited, output);
      // The engine agrees: the claim is wrong before, and switched off after.
      assert.equal(checkDocument(input, kind, facts).filter((c) => c.verdict === 'contradicted').length, 1, 'a wrong claim to ignore');
      assert.deepEqual(checkDocument(edited, kind, facts).filter((c) => c.verdict === 'contradicted'), [], 'ignored after the edit');
    });
  }

  it('writes disable comments without a fact id when the claim has none', () => {
    assert.equal(disableComment('disable-line', 'markdown', null), '<!-- factcheck-disable-line -->');
    assert.equal(disableComment('disable-next-line', 'markdown', null), '<!-- factcheck-disable-next-line -->');
    assert.equal(disableComment('disable-next-line', 'plaintext', 'x.y'), 'factcheck-disable-next-line x.y');
  });

  it('uses plain changes for clients without documentChanges', () => {
    const { actions } = setup(text, [en]);
    const fix = actions(undefined, { versioned: false }).find((a) => a.isPreferred);
    assert.deepEqual(fix?.edit, { changes: { 'file:///a': [{ range: { start: { line: 0, character: 21 }, end: { line: 0, character: 24 } }, newText: '2.27' }] } });
  });

  const kinds: [string[] | undefined, string, boolean][] = [
    [undefined, 'quickfix', true], [undefined, fixAllKind, false], [['quickfix'], 'quickfix', true],
    [['source'], fixAllKind, true], [['source.fixAll'], fixAllKind, true], [['source.fix'], fixAllKind, false],
    [['quickfix'], fixAllKind, false],
  ];
  for (const [only, kind, wanted] of kinds) {
    it(`kindRequested(${JSON.stringify(only)}, ${kind}) is ${wanted}`, () => assert.equal(kindRequested(only, kind), wanted));
  }
});
