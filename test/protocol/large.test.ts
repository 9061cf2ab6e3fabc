/** A 1 MB document over the protocol: all its problems, and quick updates after small edits. */
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';
import { largeDocument, wrongClaim } from './largeDocument';

const contradicted = (ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === 'contradicted');

describe('protocol: a 1 MB document', function () {
  let client: TestClient;
  const uri = 'file:///ws/large.md';
  const { text, wrong } = largeDocument();

  before(async () => {
    client = await TestClient.start({ pull: true });
    await client.open(uri, 'markdown', text);
  });
  after(() => client.stop());

  it('reports every wrong figure', async () => {
    assert.ok(Buffer.byteLength(text) >= 1_000_000);
    assert.equal(contradicted(await client.diagnostics(uri)).length, wrong);
  });

  it('updates after single-character edits and after a fix, far within a second each', async () => {
    const middle = text.indexOf('canals', text.length / 2);
    for (let i = 0; i < 5; i++) {
      await client.edit(uri, middle, middle, 'x');
      const started = performance.now();
      const ds = contradicted(await client.diagnostics(uri));
      const elapsed = performance.now() - started;
      assert.equal(ds.length, wrong);
      assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms after a one-character edit`);
    }
    const current = client.docs.get(uri)!.getText();
    const at = current.lastIndexOf(wrongClaim) + wrongClaim.indexOf('2.5');
    await client.edit(uri, at, at + 3, '2.27');
    assert.equal(contradicted(await client.diagnostics(uri)).length, wrong - 1);
  });
});
