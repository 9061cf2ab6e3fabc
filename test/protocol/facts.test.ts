/**
 * Facts files over the protocol: per-folder facts in a multi-root workspace, a facts file changed
 * on disk (didChangeWatchedFiles), an open facts file edited without saving, and an invalid facts
 * file (diagnostics in the facts file, the last good facts still in use).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { TestClient } from './client';

const fixture = fs.readFileSync(path.join(__dirname, 'fixtures', 'testville.facts.json'), 'utf8');
const testville = "Testville's GDP reached 120 billion yuan in 2021.";
const suzhou = "Suzhou's GDP reached 2.5 trillion yuan in 2021.";

const contradicted = (ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.code === 'contradicted');

describe('protocol: facts files', function () {
  let dir: string;
  let client: TestClient;
  let factsPath: string;
  let factsUri: string;
  let folderA: string;
  let folderB: string;
  const uriOf = (p: string): string => URI.file(p).toString();

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-facts-'));
    folderA = path.join(dir, 'a');
    folderB = path.join(dir, 'b');
    fs.mkdirSync(path.join(folderA, 'facts'), { recursive: true });
    fs.mkdirSync(folderB);
    factsPath = path.join(folderA, 'facts', 'testville.facts.json');
    factsUri = uriOf(factsPath);
    fs.writeFileSync(factsPath, fixture);
    client = await TestClient.start({
      pull: true,
      workspaceFolders: [{ uri: uriOf(folderA), name: 'a' }, { uri: uriOf(folderB), name: 'b' }],
      initializationOptions: { debounceMs: 10 },
      // Folder a: only its own facts (found by a glob); folder b: the bundled facts.
      configuration: (item) => item.section === 'factcheck' && item.scopeUri?.startsWith(uriOf(folderA))
        ? { factsFiles: ['facts/*.facts.json'], useBundledFacts: false }
        : null,
    });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives each workspace folder its own facts', async () => {
    const a = uriOf(path.join(folderA, 'doc.md'));
    const b = uriOf(path.join(folderB, 'doc.md'));
    await client.open(a, 'markdown', `${testville}\n\n${suzhou}\n`);
    await client.open(b, 'markdown', `${testville}\n\n${suzhou}\n`);
    const inA = contradicted(await client.diagnostics(a));
    const inB = contradicted(await client.diagnostics(b));
    assert.deepEqual(inA.map((d) => d.range.start.line), [0], 'folder a knows Testville only');
    assert.deepEqual(inB.map((d) => d.range.start.line), [2], 'folder b knows Suzhou only');
    assert.equal(inA[0].codeDescription?.href, 'https://example.org/testville/2021');
    const related = inA[0].relatedInformation?.[0].location;
    assert.equal(related?.uri, factsUri);
    assert.equal(fixture.split('\n')[related!.range.start.line].trim(), '{', 'points at the fact object');
  });

  it('watches facts files and re-checks when one changes on disk', async () => {
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'
      && JSON.stringify(r.registerOptions).includes('**/*.facts.json')));
    const a = uriOf(path.join(folderA, 'doc.md'));
    fs.writeFileSync(factsPath, fixture.replace('100000000000', '120000000000'));
    const refreshed = client.nextRefresh();
    await client.filesChanged([{ uri: factsUri, type: FileChangeType.Changed }]);
    await refreshed;
    assert.deepEqual(contradicted(await client.diagnostics(a)), []);
    fs.writeFileSync(factsPath, fixture);
    const again = client.nextRefresh();
    await client.filesChanged([{ uri: factsUri, type: FileChangeType.Changed }]);
    await again;
    assert.equal(contradicted(await client.diagnostics(a)).length, 1);
  });

  it('uses the unsaved text of an open facts file at once', async () => {
    const a = uriOf(path.join(folderA, 'doc.md'));
    await client.open(factsUri, 'json', fixture);
    const at = fixture.indexOf('100000000000');
    const refreshed = client.nextRefresh();
    await client.edit(factsUri, at, at + 3, '120');
    await refreshed;
    assert.deepEqual(contradicted(await client.diagnostics(a)), []);
  });

  it('shows problems of an invalid facts file in that file and keeps the last good facts', async () => {
    const a = uriOf(path.join(folderA, 'doc.md'));
    const text = client.docs.get(factsUri)!.getText();
    const at = text.indexOf('120000000000');
    const problems = client.published.next((p) => p.uri === factsUri && p.diagnostics.length > 0);
    const status = client.notifications.next((n) => n.method === 'factcheck/factsStatus');
    await client.edit(factsUri, at, at + 12, '"lots"');
    const published = await problems;
    assert.equal(published.diagnostics[0].source, 'factcheck');
    assert.equal(published.diagnostics[0].severity, 1);
    assert.equal(published.diagnostics[0].range.start.line, text.slice(0, at).split('\n').length - 1, 'at the offending value');
    const scopes = ((await status).params as { scopes: { folderUri: string; errors: number; facts: number }[] }).scopes;
    assert.ok(scopes.find((s) => s.folderUri === uriOf(folderA))!.errors > 0);
    // The last good facts (value 120 billion, unsaved) stay in use.
    assert.deepEqual(contradicted(await client.diagnostics(a)), []);
    const cleared = client.published.next((p) => p.uri === factsUri && p.diagnostics.length === 0);
    await client.edit(factsUri, at, at + 6, '100000000000');
    await cleared;
    const refreshed = client.nextRefresh();
    await client.close(factsUri); // back to the file on disk (100 billion)
    await refreshed;
    assert.equal(contradicted(await client.diagnostics(a)).length, 1);
  });
});
