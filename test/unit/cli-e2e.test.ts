/**
 * The CLI over the real engine and bundled facts: examples/, --fix, an invalid facts file, and the
 * built binary (bin/factcheck.js → dist/cli.js; `npm test` builds before it runs mocha).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { main } from '../../server/src/cli/cli';
import type { JsonReport } from '../../server/src/cli/formats/json';
import { fakeIO } from './cli-fakes';

const root = path.resolve(__dirname, '..', '..');

/** The wrong figures in examples/, as `file:line`: everything else there must not be contradicted. */
const EXPECTED_WRONG = [
  'examples/suzhou-economy.md:12', // GDP 2.5 trillion yuan
  'examples/suzhou-economy.md:14', // industrial output 400 billion yuan (a 10x slip)
  'examples/suzhou-economy.md:25', // Fortune China 500 reward 20 million yuan
  'examples/suzhou-economy.zh-Hans.md:9', // 地区生产总值 2.5万亿元
  'examples/suzhou-economy.zh-Hans.md:11', // 5个万亿级产业
  'examples/suzhou-economy.zh-Hant.md:5', // 3500年歷史
  'examples/suzhou-economy.zh-Hant.md:9', // 世界500強 reward 300萬元
  'examples/suzhou-notes.txt:5', // GDP 22.7 billion yuan (亿 read as billion)
  'examples/suzhou-notes.txt:11', // Fortune Global 500 reward 3 million yuan
  'examples/suzhou-notes.txt:15', // two trillion-yuan-level industries
];

async function runCli(argv: string[], cwd = root): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIO(cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

function contradicted(report: JsonReport): string[] {
  return report.files.flatMap((f) => f.claims.filter((c) => c.verdict === 'contradicted').map((c) => `${f.path}:${c.line}`)).sort();
}

describe('cli over the engine: examples/', () => {
  it('reports exactly the wrong figures and exits 1', async () => {
    const r = await runCli(['--format', 'json', 'examples']);
    assert.equal(r.err, '');
    assert.equal(r.code, 1);
    assert.deepEqual(contradicted(JSON.parse(r.out) as JsonReport), [...EXPECTED_WRONG].sort());
  });

  it('text output names each wrong figure with its fact id', async () => {
    const r = await runCli(['--no-color', 'examples']);
    assert.equal(r.code, 1);
    const errors = r.out.split('\n').filter((l) => /\s{2}error\s{2}/.test(l));
    assert.equal(errors.length, EXPECTED_WRONG.length, r.out);
    for (const line of errors) assert.match(line, /^examples\/\S+:\d+:\d+\s+error\s+\S.*\[suzhou\.[a-z0-9.-]+\]$/);
    assert.match(r.out, new RegExp(`^${EXPECTED_WRONG.length} contradicted, \\d+ supported, \\d+ unverifiable in 5 files$`, 'm'));
  });

  it('exits 0 on a file whose claims all hold, and lists them as supported in JSON', async () => {
    const r = await runCli(['--format', 'json', 'examples/all-correct.md']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out) as JsonReport;
    assert.ok(j.summary.supported >= 3, r.out);
    assert.equal(j.summary.contradicted, 0);
  });

  it('SARIF has one result per wrong figure', async () => {
    const r = await runCli(['--format', 'sarif', 'examples']);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.out) as import('sarif').Log;
    assert.equal(log.runs[0].results?.length, EXPECTED_WRONG.length);
  });

  it('SARIF validates against the official SARIF 2.1.0 schema, with and without results', async () => {
    // The schema is draft-04 (hence ajv-draft-04); formats (uri, date-time) are checked too. One of
    // its patterns ("…]?$" for a language tag) is only valid without the Unicode flag.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')));
    const clean = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-sarif-'));
    fs.writeFileSync(path.join(clean, 'ok.md'), "Suzhou's GDP was 2.27 trillion yuan in 2021.\n");
    for (const [argv, cwd] of [[['--format', 'sarif', 'examples'], root], [['--format', 'sarif', 'ok.md'], clean]] as const) {
      const r = await runCli([...argv], cwd);
      const log = JSON.parse(r.out) as import('sarif').Log;
      assert.ok(validate(log), `${argv.join(' ')}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
      // The validator is live: a log the schema forbids fails.
      assert.ok(!validate({ ...log, version: '2.0.0' }), 'a wrong SARIF version must not validate');
    }
  });
});

describe('cli over the engine: --fix', () => {
  it('fixes every wrong figure in a copy of examples/, changing nothing else, and exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-fix-'));
    fs.cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), { recursive: true });
    const before = new Map(fs.readdirSync(path.join(dir, 'examples')).map((n) => [n, fs.readFileSync(path.join(dir, 'examples', n), 'utf8')]));
    const r = await runCli(['--no-color', '--fix', 'examples'], dir);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /^fixed \d+ claims? in examples\/suzhou-economy\.md$/m);
    assert.match(r.out, /^0 contradicted/m);
    for (const [name, text] of before) {
      const after = fs.readFileSync(path.join(dir, 'examples', name), 'utf8');
      // Lines without a wrong figure are byte-for-byte the same.
      const wrong = new Set(EXPECTED_WRONG.filter((w) => w.startsWith(`examples/${name}:`)).map((w) => Number(w.split(':')[1])));
      const a = text.split('\n');
      const b = after.split('\n');
      assert.equal(b.length, a.length, name);
      a.forEach((line, i) => {
        if (wrong.has(i + 1)) assert.notEqual(b[i], line, `${name}:${i + 1} was fixed`);
        else assert.equal(b[i], line, `${name}:${i + 1} unchanged`);
      });
    }
  });
});

describe('cli over the engine: facts files', () => {
  it('exits 2 with file:line:col for an invalid facts file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-facts-'));
    fs.writeFileSync(path.join(dir, 'bad.facts.json'), '{\n  "entities": [\n    }\n');
    fs.writeFileSync(path.join(dir, 'a.md'), 'Suzhou GDP was 2.5 trillion yuan in 2021.\n');
    const r = await runCli(['--facts', 'bad.facts.json', 'a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^bad\.facts\.json:\d+:\d+: error: /m);
    assert.equal(r.out, '');
  });

  it('--facts replaces the bundled facts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-facts-'));
    fs.writeFileSync(path.join(dir, 'a.md'), "Suzhou's GDP was 2.5 trillion yuan in 2021.\n");
    const bundled = JSON.parse(fs.readFileSync(path.join(root, 'facts', 'suzhou.facts.json'), 'utf8')) as { facts: { id: string }[]; $schema?: string };
    bundled.facts = bundled.facts.filter((f) => f.id !== 'suzhou.gdp.2021');
    delete bundled.$schema;
    fs.writeFileSync(path.join(dir, 'mine.facts.json'), JSON.stringify(bundled, null, 2));
    assert.equal((await runCli(['a.md'], dir)).code, 1);
    const r = await runCli(['--format', 'json', '--facts', 'mine.facts.json', 'a.md'], dir);
    assert.equal(r.code, 0, r.err);
  });
});

describe('cli: the built binary', () => {
  const bin = path.join(root, 'bin', 'factcheck.js');
  before(function () {
    if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) this.skip(); // `npm run build` first
  });

  it('prints its version and exits 0', () => {
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  it('finds the bundled facts and exits 1 on examples/', () => {
    const r = spawnSync(process.execPath, [bin, 'examples'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1);
  });

  it('reads stdin with -, and exits 2 on a usage error', () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'json', '-'], { input: "Suzhou's GDP in 2021 was 2.27 trillion yuan.\n", encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as JsonReport).files[0].path, '<stdin>');
    const bad = spawnSync(process.execPath, [bin, '--format', 'xml', 'x'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown format/);
  });
});
