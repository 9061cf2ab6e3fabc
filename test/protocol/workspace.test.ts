/**
 * "Check Workspace": every Markdown and text file of the folders, minus files.exclude and
 * factcheck.exclude, with work-done progress; closed files get pushed diagnostics, which give way
 * to pull diagnostics when the file opens.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { TestClient } from './client';

const en = "Suzhou's GDP reached 2.5 trillion yuan in 2021.\n";
const zh = '2021年苏州地区生产总值达到30000亿元。\n';

describe('protocol: Check Workspace', function () {
  let dir: string;
  let client: TestClient;
  const uriOf = (rel: string): string => URI.file(path.join(dir, rel)).toString();

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-ws-'));
    const files: Record<string, string> = {
      'docs/a.md': en,
      'notes.txt': zh,
      'open.md': en,
      'data.json': en,
      'node_modules/pkg/README.md': en,
      'drafts/b.md': en,
      'private/c.md': en,
    };
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    client = await TestClient.start({
      pull: true,
      workspaceFolders: [{ uri: URI.file(dir).toString(), name: 'ws' }],
      configuration: (item) => item.section === 'files.exclude' ? { '**/drafts': true, '**/.git': true, 'docs': false }
        : item.section === 'factcheck' ? { exclude: ['**/node_modules/**', 'private/**'] } : null,
    });
    await client.open(uriOf('open.md'), 'markdown', en);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks the files not excluded, publishes closed files\' problems and reports progress', async () => {
    const result = await client.connection.sendRequest('factcheck/checkWorkspace', { workDoneToken: 'wd-1' });
    assert.deepEqual(result, { files: 3, closedFiles: 2, contradicted: 3, unverifiable: 0, cancelled: false });
    const published = new Map(client.published.seen.filter((p) => p.diagnostics.length > 0).map((p) => [p.uri, p.diagnostics]));
    assert.deepEqual([...published.keys()].sort(), [uriOf('docs/a.md'), uriOf('notes.txt')].sort());
    assert.deepEqual(published.get(uriOf('notes.txt'))!.map((d) => [d.code, d.range.start.character]), [['contradicted', zh.indexOf('30000')]]);
    const kinds = client.progress.seen.filter((p) => p.token === 'wd-1').map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('clears the pushed diagnostics of a file when it opens (pull takes over)', async () => {
    const uri = uriOf('docs/a.md');
    const cleared = client.published.next((p) => p.uri === uri && p.diagnostics.length === 0);
    await client.open(uri, 'markdown', en);
    await cleared;
    assert.equal((await client.diagnostics(uri)).length, 1);
  });

  it('lists a checked file\'s problems again, from disk, when it is closed', async () => {
    const uri = uriOf('docs/a.md');
    const relisted = client.published.next((p) => p.uri === uri && p.diagnostics.length === 1);
    await client.close(uri);
    await relisted;
  });
});
