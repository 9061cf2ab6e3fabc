/**
 * The bundled server over stdio, as VS Code (pull diagnostics) and as Neovim 0.7 (push) use it:
 * diagnostics and their exact UTF-16 ranges, hovers, quick fixes, Fix All, disable comments,
 * settings changes and cancellation.
 */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';

const en = "Suzhou's GDP reached 2.5 trillion yuan in 2021.";
const zh = '2021年苏州地区生产总值达到30000亿元。';
const shanghai = "Shanghai's GDP reached 4.3 trillion yuan in 2021.";

/** Where `needle` is in `text`, as the LSP range of a single-line text starting at `line`. */
function rangeOf(lines: string[], needle: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const line = lines.findIndex((l) => l.includes(needle));
  const character = lines[line].indexOf(needle);
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

function contradictions(ds: Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => d.code === 'contradicted');
}

describe('protocol: pull diagnostics (VS Code)', function () {
  let client: TestClient;
  let severity: { contradicted?: string; unverifiable?: string } = {};
  before(async () => {
    client = await TestClient.start({
      pull: true,
      configuration: (item) => (item.section === 'factcheck' ? { severity } : null),
    });
  });
  after(() => client.stop());

  it('declares pull diagnostics, hovers, quick fixes and source.fixAll.factcheck', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.diagnosticProvider);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.factcheck']);
    assert.equal((caps.textDocumentSync as { change: number }).change, 2, 'incremental sync');
  });

  it('reports a wrong figure with exact UTF-16 ranges among Chinese text and emoji', async () => {
    const lines = ['# 苏州经济 😀🇨🇳', '', `😀😀 ${en}`, '', `🎉${zh}`, '', shanghai, ''];
    const uri = 'file:///ws/ranges.md';
    await client.open(uri, 'markdown', lines.join('\n'));
    const ds = await client.diagnostics(uri);
    const bad = contradictions(ds);
    assert.equal(bad.length, 2, JSON.stringify(ds, null, 1));
    assert.deepEqual(bad[0].range, rangeOf(lines, '2.5 trillion yuan'));
    assert.deepEqual(bad[1].range, rangeOf(lines, '30000亿元'));
    assert.ok(!ds.some((d) => d.range.start.line === 6), 'nothing about Shanghai');
  });

  it('fills severity, source, code, message, relatedInformation and data', async () => {
    const uri = 'file:///ws/fields.md';
    await client.open(uri, 'markdown', `${en}\n`);
    const [d] = contradictions(await client.diagnostics(uri));
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.equal(d.source, 'factcheck');
    assert.match(d.message as string, /22,718\.34 亿元.*2\.27 trillion yuan.*final.*not 2\.5 trillion yuan/);
    assert.match(d.relatedInformation?.[0].location.uri ?? '', /suzhou\.facts\.json$/);
    const data = d.data as { version: number; factId: string; fix: { newText: string } };
    assert.equal(data.version, 1);
    assert.equal(data.factId, 'suzhou.gdp.2021');
    assert.match(data.fix.newText, /2\.27/);
  });

  it('hovers over a claim with the verdict, the fact, its period and status, the source and the reading', async () => {
    const uri = 'file:///ws/hover.md';
    const text = `${en}\n`;
    await client.open(uri, 'markdown', text);
    const hover = await client.hover(uri, text.indexOf('trillion'));
    assert.deepEqual(hover?.range, { start: { line: 0, character: en.indexOf('2.5') }, end: { line: 0, character: en.indexOf(' in 2021') } });
    const value = (hover?.contents as { kind: string; value: string }).value;
    assert.equal((hover?.contents as { kind: string }).kind, 'markdown');
    for (const part of ['contradicted', 'suzhou.gdp.2021', '2.27 trillion yuan', '22,718.34 亿元', '2021', 'final', 'Jiangsu Provincial Bureau of Statistics', '22718.34', 'Read as', 'entity `suzhou`', 'metric `gdp`']) {
      assert.ok(value.includes(part), `hover lacks ${part}:\n${value}`);
    }
    assert.equal(await client.hover(uri, 2), null, 'no hover away from claims');
  });

  it('applies the preferred quick fix, pinned to its version, and the problem goes away', async () => {
    const uri = 'file:///ws/quickfix.md';
    await client.open(uri, 'markdown', `Intro.\n\n${en}\n`);
    const [d] = contradictions(await client.diagnostics(uri));
    const actions = await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] });
    const fix = actions.find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Change to 2.27 trillion yuan');
    const doc = await client.applyEdit(fix!);
    assert.equal(doc.getText(), "Intro.\n\nSuzhou's GDP reached 2.27 trillion yuan in 2021.\n");
    assert.deepEqual(contradictions(await client.diagnostics(uri)), []);
    // The same diagnostic, now outdated, gets no edit.
    assert.deepEqual(await client.codeActions(uri, d.range, { diagnostics: [d] }), []);
  });

  it('fixes everything with source.fixAll.factcheck (fix on save) and with the Fix All quick fix', async () => {
    for (const only of [['source.fixAll'], ['quickfix']]) {
      const uri = `file:///ws/fixall-${only[0]}.md`;
      await client.open(uri, 'markdown', `# Suzhou\n\n${en}\n\n${zh}\n`);
      const ds = contradictions(await client.diagnostics(uri));
      assert.equal(ds.length, 2);
      const actions = await client.codeActions(uri, ds[0].range, { diagnostics: only[0] === 'quickfix' ? [ds[0]] : [], only });
      const all = actions.find((a) => a.title === 'Fix all factcheck problems');
      assert.ok(all, `no Fix All among ${actions.map((a) => a.title)}`);
      assert.equal(all.kind, only[0] === 'quickfix' ? 'quickfix' : 'source.fixAll.factcheck');
      const doc = await client.applyEdit(all);
      assert.equal(doc.getText(), `# Suzhou\n\nSuzhou's GDP reached 2.27 trillion yuan in 2021.\n\n2021年苏州地区生产总值达到22718.34亿元。\n`);
      assert.deepEqual(contradictions(await client.diagnostics(uri)), []);
    }
  });

  it('honours disable comments and inserts one with "Ignore this claim"', async () => {
    const uri = 'file:///ws/disable.md';
    await client.open(uri, 'markdown', `<!-- factcheck-disable-next-line -->\n${en}\n\n${zh}\n`);
    const ds = contradictions(await client.diagnostics(uri));
    assert.equal(ds.length, 1, 'the English claim is suppressed');
    const ignore = (await client.codeActions(uri, ds[0].range, { diagnostics: ds })).find((a) => a.title === 'Ignore this claim');
    const doc = await client.applyEdit(ignore!);
    assert.equal(doc.getText(), `<!-- factcheck-disable-next-line -->\n${en}\n\n${zh} <!-- factcheck-disable-line suzhou.gdp.2021 -->\n`);
    assert.deepEqual(contradictions(await client.diagnostics(uri)), []);
  });

  it('follows incremental edits and answers "unchanged" for an unchanged version', async () => {
    const uri = 'file:///ws/incremental.txt';
    const text = `Notes 😀\n${en}\n`;
    await client.open(uri, 'plaintext', text);
    const first = await client.pull(uri);
    assert.equal(first.kind, 'full');
    assert.equal((await client.pull(uri, first.resultId)).kind, 'unchanged');
    await client.edit(uri, 0, 0, '😀🎉 '); // five UTF-16 units before everything, on line 0 only
    const [d] = contradictions(await client.diagnostics(uri));
    assert.deepEqual(d.range, rangeOf(`😀🎉 Notes 😀\n${en}\n`.split('\n'), '2.5 trillion yuan'));
    await client.edit(uri, text.indexOf('2.5') + 5, text.indexOf('2.5') + 8, '2.27');
    assert.deepEqual(contradictions(await client.diagnostics(uri)), []);
  });

  it('re-reads settings on didChangeConfiguration and asks the client to refresh', async () => {
    const uri = 'file:///ws/settings.md';
    await client.open(uri, 'markdown', `${en}\n`);
    assert.equal(contradictions(await client.diagnostics(uri))[0].severity, DiagnosticSeverity.Warning);
    severity = { contradicted: 'error' };
    let refreshed = client.nextRefresh();
    await client.configurationChanged();
    await refreshed;
    assert.equal(contradictions(await client.diagnostics(uri))[0].severity, DiagnosticSeverity.Error);
    severity = { contradicted: 'off' };
    refreshed = client.nextRefresh();
    await client.configurationChanged();
    await refreshed;
    assert.deepEqual(contradictions(await client.diagnostics(uri)), []);
    severity = {};
    refreshed = client.nextRefresh();
    await client.configurationChanged();
    await refreshed;
  });

  it('cancels a diagnostic request cancelled while the server waits for settings, then answers the next', async () => {
    const uri = 'file:///ws/cancel.md';
    await client.open(uri, 'markdown', `${en}\n`);
    const source = new CancellationTokenSource();
    const normal = client.configuration;
    // The server asks for this document's settings before checking: cancel in between.
    client.configuration = (item) => {
      if (item.scopeUri === uri) source.cancel();
      return normal(item);
    };
    await assert.rejects(client.pull(uri, undefined, source), (e: { code?: number }) => e.code === -32800);
    client.configuration = normal;
    assert.equal(contradictions(await client.diagnostics(uri)).length, 1);
  });

  it('checks nothing in a language it is not configured for, and publishes nothing in pull mode', async () => {
    const uri = 'file:///ws/other.rst';
    await client.open(uri, 'restructuredtext', `${en}\n`);
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.deepEqual(client.published.seen.filter((p) => p.uri.startsWith('file:///ws/') && p.diagnostics.length > 0), []);
  });

  it('sends the facts in use and the document status', async () => {
    const facts = await client.notifications.find((n) => n.method === 'factcheck/factsStatus');
    const scope = (facts.params as { scopes: { facts: number; files: string[]; errors: number }[] }).scopes[0];
    assert.ok(scope.facts >= 8);
    assert.match(scope.files[0], /suzhou\.facts\.json$/);
    const uri = 'file:///ws/status.md';
    const status = client.notifications.next((n) => n.method === 'factcheck/documentStatus' && (n.params as { uri: string }).uri === uri);
    await client.open(uri, 'markdown', `${en}\n\n${zh}\n`);
    await client.pull(uri);
    assert.deepEqual((await status).params, { uri, version: 1, checked: true, claims: 2, contradicted: 2, unverifiable: 0, folderUri: null });
  });
});

describe('protocol: push diagnostics (Neovim 0.7)', function () {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: false, initializationOptions: { debounceMs: 20 } });
  });
  after(() => client.stop());

  it('declares no pull diagnostics and publishes versioned diagnostics on open and after edits', async () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
    const uri = 'file:///ws/push.md';
    const first = client.pushed(uri);
    await client.open(uri, 'markdown', `😀 ${en}\n`);
    const p1 = await first;
    assert.equal(p1.version, 1);
    assert.deepEqual(contradictions(p1.diagnostics).map((d) => d.range.start), [{ line: 0, character: en.indexOf('2.5') + 3 }]);
    const fixed = client.pushed(uri, 3);
    const doc = await client.edit(uri, 3 + en.indexOf('2.5'), 3 + en.indexOf('2.5') + 3, '2.2');
    await client.edit(uri, 3 + en.indexOf('2.2') + 3, 3 + en.indexOf('2.2') + 3, '7');
    const p3 = await fixed;
    assert.equal(p3.version, doc.version);
    assert.deepEqual(contradictions(p3.diagnostics), []);
    const ignoredIntermediate = client.published.seen.filter((p) => p.uri === uri && p.version === 2);
    assert.deepEqual(ignoredIntermediate, [], 'the debounce skipped version 2');
  });

  it('checks Neovim\'s "text" filetype, hovers and fixes in push mode too, and clears diagnostics on close', async () => {
    const uri = 'file:///ws/push2.txt';
    const opened = client.pushed(uri);
    await client.open(uri, 'text', `${zh}\n`);
    const [d] = contradictions((await opened).diagnostics);
    const hover = await client.hover(uri, 20);
    assert.match((hover?.contents as { value: string }).value, /contradicted/);
    const fix = (await client.codeActions(uri, d.range, { diagnostics: [d] })).find((a) => a.isPreferred);
    const after = client.pushed(uri, 2);
    await client.applyEdit(fix!);
    assert.deepEqual(contradictions((await after).diagnostics), []);
    const cleared = client.pushed(uri);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
