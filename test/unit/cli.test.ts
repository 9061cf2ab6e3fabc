/** The CLI's parts with a fake engine: arguments, files, positions, fixes, formats, exit codes. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { collectInputs } from '../../server/src/cli/files';
import { applyEdits } from '../../server/src/cli/fix';
import { LineIndex } from '../../server/src/core/lines';
import { formatText } from '../../server/src/cli/formats/text';
import { toJsonReport } from '../../server/src/cli/formats/json';
import { artifactLocation, toSarif } from '../../server/src/cli/formats/sarif';
import { run, useColor } from '../../server/src/cli/run';
import type { FileReport } from '../../server/src/cli/report';
import { documentKindFor, readDocument } from '../../server/src/node/documents';
import { claim, fakeCheck, fakeDeps, fakeIO } from './cli-fakes';

function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('cli: parseArgs', () => {
  const ok: [string[], Partial<ReturnType<typeof parseArgs> & object> | Record<string, unknown>][] = [
    [['a.md'], { paths: ['a.md'], format: 'text', facts: [], fix: false }],
    [['--format', 'json', 'd'], { format: 'json', paths: ['d'] }],
    [['--format=sarif', 'd'], { format: 'sarif' }],
    [['--facts', 'a.json', '--facts=b.json', 'x'], { facts: ['a.json', 'b.json'] }],
    [['--fix', '-q', 'x'], { fix: true, quiet: true }],
    [['-', '--stdin-kind', 'markdown'], { paths: ['-'], stdinKind: 'markdown' }],
    [['--no-color', 'x'], { color: false }],
    [['--', '--fix', '-q'], { paths: ['--fix', '-q'], fix: false }],
    [['--help'], { help: true, paths: [] }],
    [['-v'], { version: true }],
  ];
  for (const [argv, expected] of ok) {
    it(`accepts ${argv.join(' ')}`, () => {
      const r = parseArgs(argv);
      assert.ok(r.ok, JSON.stringify(r));
      for (const [k, v] of Object.entries(expected)) assert.deepEqual((r.options as unknown as Record<string, unknown>)[k], v, k);
    });
  }
  const bad: [string[], RegExp][] = [
    [[], /no input/],
    [['--format', 'xml', 'x'], /unknown format 'xml'/],
    [['--format'], /needs a value/],
    [['--facts=', 'x'], /needs a value/],
    [['--frobnicate', 'x'], /unknown option --frobnicate/],
    [['--fix=yes', 'x'], /takes no value/],
    [['--fix', '-'], /cannot rewrite standard input/],
    [['--stdin-kind', 'html', '-'], /unknown --stdin-kind/],
    [['-q', '--verbose', 'x'], /exclude each other/],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${argv.join(' ') || '(nothing)'}`, () => {
      const r = parseArgs(argv);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error, message);
    });
  }
});

describe('cli: LineIndex', () => {
  const cases: [string, string, number, [number, number]][] = [
    ['first offset', 'ab\ncd', 0, [1, 1]],
    ['after LF', 'ab\ncd', 3, [2, 1]],
    ['end of text', 'ab\ncd', 5, [2, 3]],
    ['CRLF: next line', 'ab\r\ncd', 4, [2, 1]],
    ['CRLF: inside the break stays on the line', 'ab\r\ncd', 3, [1, 4]],
    ['lone CR breaks a line', 'ab\rcd', 3, [2, 1]],
    ['UTF-16 columns count surrogate pairs as two', '😀x\ny', 2, [1, 3]],
    ['Chinese text', '苏州GDP\n2021年', 7, [2, 2]],
    ['clamped past the end', 'ab', 99, [1, 3]],
    ['trailing newline gives an empty last line', 'ab\n', 3, [2, 1]],
  ];
  for (const [name, text, offset, [line, column]] of cases) {
    it(name, () => assert.deepEqual(new LineIndex(text).positionAt(offset), { line, column }));
  }
});

describe('cli: applyEdits', () => {
  const cases: [string, string, { start: number; end: number; newText: string }[], string, number][] = [
    ['no edits', 'abc', [], 'abc', 0],
    ['one edit', 'GDP 25 tn', [{ start: 4, end: 6, newText: '22.7' }], 'GDP 22.7 tn', 1],
    ['edits in any order, applied from the end', 'a1 b2 c3', [
      { start: 1, end: 2, newText: '10' }, { start: 7, end: 8, newText: '30' }, { start: 4, end: 5, newText: '20' },
    ], 'a10 b20 c30', 3],
    ['an overlapping edit is left out', 'abcdef', [
      { start: 1, end: 4, newText: 'X' }, { start: 3, end: 5, newText: 'Y' },
    ], 'abcYf', 1],
    ['out-of-range edits are left out', 'abc', [{ start: 2, end: 9, newText: 'Z' }], 'abc', 0],
    ['astral characters around the range are kept', '😀12😀', [{ start: 2, end: 4, newText: '345' }], '😀345😀', 1],
  ];
  for (const [name, text, edits, expected, count] of cases) {
    it(name, () => {
      const r = applyEdits(text, edits);
      assert.equal(r.text, expected);
      assert.equal(r.applied.length, count);
    });
  }
});

describe('cli: documents and files', () => {
  it('decides the kind by extension', () => {
    assert.equal(documentKindFor('a/B.MD'), 'markdown');
    assert.equal(documentKindFor('a.markdown'), 'markdown');
    assert.equal(documentKindFor('a.txt'), 'plaintext');
    assert.equal(documentKindFor('README'), 'plaintext');
  });

  it('strips a BOM for checking and reports it', () => {
    const dir = tempDir({ 'b.md': '\ufeffSuzhou 25' });
    const doc = readDocument(path.join(dir, 'b.md'));
    assert.equal(doc.text, 'Suzhou 25');
    assert.equal(doc.bom, true);
  });

  it('walks directories in sorted order, skipping node_modules, dot-folders and other extensions', () => {
    const dir = tempDir({
      'b.md': '', 'a.txt': '', 'c.markdown': '', 'd.json': '', 'sub/e.MD': '',
      'node_modules/x.md': '', '.git/y.md': '', '.hidden/z.txt': '',
    });
    const r = collectInputs(['.'], dir);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.inputs, ['a.txt', 'b.md', 'c.markdown', 'sub/e.MD'].map((p) => ({ kind: 'file', path: p })));
  });

  it('takes a named file whatever its extension, once, and reports missing paths', () => {
    const dir = tempDir({ 'notes.rst': '', 'a.md': '' });
    const r = collectInputs(['notes.rst', 'a.md', './a.md', 'missing.md', '-', '-'], dir);
    assert.deepEqual(r.inputs, [{ kind: 'file', path: 'notes.rst' }, { kind: 'file', path: 'a.md' }, { kind: 'stdin' }]);
    assert.deepEqual(r.errors, ['missing.md: no such file or directory']);
  });
});

const TEXT = 'GDP 25\nGDP 22 and 99\r\nGDP 7';
const REPORTS: FileReport[] = [
  { path: 'docs/a.md', text: TEXT, claims: fakeCheck(TEXT, 'plaintext'), fixed: 0 },
  { path: 'b.txt', text: 'nothing here', claims: [], fixed: 0 },
];

describe('cli: text format', () => {
  it('prints contradicted and unverifiable claims with 1-based positions, then a summary', () => {
    assert.equal(formatText(REPORTS, { quiet: false, verbose: false, color: false }), [
      'docs/a.md:1:5   error  contradicted 25  [x.gdp.2021]',
      'docs/a.md:2:12  info   unverifiable 99',
      'docs/a.md:3:5   error  contradicted 7  [x.gdp.2021]',
      '2 contradicted, 1 supported, 1 unverifiable in 2 files',
      '',
    ].join('\n'));
  });

  it('--quiet leaves out unverifiable claims, --verbose adds supported ones', () => {
    const quiet = formatText(REPORTS, { quiet: true, verbose: false, color: false });
    assert.doesNotMatch(quiet, /info/);
    assert.match(quiet, /error/);
    const verbose = formatText(REPORTS, { quiet: false, verbose: true, color: false });
    assert.match(verbose, /docs\/a\.md:2:5\s+ok\s+supported 22/);
  });

  it('reports fixes and colours only when asked', () => {
    const out = formatText([{ ...REPORTS[1], fixed: 2 }], { quiet: false, verbose: false, color: true });
    assert.match(out, /fixed 2 claims in b\.txt/);
    assert.ok(out.includes('\u001b[32m0 contradicted, 0 supported, 0 unverifiable in 1 file\u001b[0m'), out);
    assert.ok(!formatText(REPORTS, { quiet: false, verbose: false, color: false }).includes('\u001b'));
  });

  const colorCases: [string, boolean | null, Record<string, string>, boolean, boolean][] = [
    ['terminal', null, {}, true, true],
    ['pipe', null, {}, false, false],
    ['NO_COLOR', null, { NO_COLOR: '1' }, true, false],
    ['FORCE_COLOR on a pipe', null, { FORCE_COLOR: '1' }, false, true],
    ['--no-color beats FORCE_COLOR', false, { FORCE_COLOR: '1' }, true, false],
    ['--color beats NO_COLOR', true, { NO_COLOR: '1' }, false, true],
  ];
  for (const [name, color, env, tty, expected] of colorCases) {
    it(`colour: ${name}`, () => assert.equal(useColor({ color }, { env, stdoutIsTTY: tty }), expected));
  }
});

describe('cli: json format', () => {
  const json = toJsonReport(REPORTS);

  it('lists every file and every claim with 1-based, end-exclusive positions', () => {
    assert.equal(json.version, 1);
    assert.deepEqual(json.files.map((f) => [f.path, f.claims.length]), [['docs/a.md', 4], ['b.txt', 0]]);
    const c = json.files[0].claims[3];
    assert.deepEqual(
      [c.verdict, c.line, c.column, c.endLine, c.endColumn, c.text, c.factId, c.fix],
      ['contradicted', 3, 5, 3, 6, '7', 'x.gdp.2021', { newText: '22', line: 3, column: 5, endLine: 3, endColumn: 6 }],
    );
    assert.deepEqual([c.entity, c.metric, c.period], ['x', 'gdp', '2021']);
    assert.equal(json.files[0].claims[1].fix, null);
    assert.deepEqual(json.summary, { files: 2, claims: 4, contradicted: 2, supported: 1, unverifiable: 1, fixed: 0 });
  });

  it('survives a JSON round trip unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
  });
});

describe('cli: sarif format', () => {
  const log = toSarif(REPORTS, { toolVersion: '1.2.3', informationUri: 'https://example.test/fc', cwd: '/repo' });
  const runLog = log.runs[0];

  it('has the 2.1.0 envelope and one rule per verdict', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    assert.equal(runLog.columnKind, 'utf16CodeUnits');
    assert.deepEqual(runLog.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/' } });
    const rules = runLog.tool.driver.rules ?? [];
    assert.deepEqual(rules.map((r) => [r.id, r.defaultConfiguration?.level]),
      [['factcheck/contradicted', 'error'], ['factcheck/unverifiable', 'note'], ['factcheck/supported', 'none']]);
    for (const r of rules) assert.ok(r.shortDescription?.text && r.fullDescription?.text && r.helpUri);
    assert.equal(runLog.tool.driver.version, '1.2.3');
  });

  it('has one result per contradicted claim, with location, fingerprint and fix', () => {
    const results = runLog.results ?? [];
    assert.equal(results.length, 2);
    const r = results[1];
    assert.equal(r.ruleId, 'factcheck/contradicted');
    assert.equal(r.level, 'error');
    assert.equal(r.message.text, 'contradicted 7');
    const loc = r.locations?.[0].physicalLocation;
    assert.deepEqual(loc?.artifactLocation, { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual({ ...loc?.region, snippet: undefined }, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 6, snippet: undefined });
    const rep = r.fixes?.[0].artifactChanges[0].replacements[0];
    assert.deepEqual(rep, { deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 6 }, insertedContent: { text: '22' } });
    const fps = results.map((x) => Object.values(x.partialFingerprints ?? {})[0]);
    assert.equal(new Set(fps).size, 2, 'fingerprints differ between claims');
  });

  it('keeps fingerprints when lines shift above the claim', () => {
    const shifted = '\n\n' + TEXT;
    const again = toSarif([{ path: 'docs/a.md', text: shifted, claims: fakeCheck(shifted, 'plaintext'), fixed: 0 }],
      { toolVersion: '1', informationUri: 'x', cwd: '/repo' });
    assert.deepEqual(again.runs[0].results?.map((r) => r.partialFingerprints), runLog.results?.map((r) => r.partialFingerprints));
  });

  const uris: [string, string, object][] = [
    ['relative path', 'docs/a b.md', { uri: 'docs/a%20b.md', uriBaseId: '%SRCROOT%' }],
    ['absolute path under cwd', '/repo/x/中.md', { uri: 'x/%E4%B8%AD.md', uriBaseId: '%SRCROOT%' }],
    ['outside cwd', '../other/a.md', { uri: 'file:///other/a.md' }],
    ['stdin', '<stdin>', { uri: 'stdin' }],
  ];
  for (const [name, p, expected] of uris) {
    it(`artifact location: ${name}`, () => assert.deepEqual(artifactLocation(p, '/repo'), expected));
  }
});

describe('cli: run (fake engine)', () => {
  it('exits 1 and reports contradictions; 0 when all claims hold', async () => {
    const dir = tempDir({ 'docs/bad.md': 'GDP 25', 'docs/good.txt': 'GDP 22', 'skip.json': '25' });
    const io = fakeIO(dir);
    assert.equal(await run(['docs'], io, fakeDeps()), 1);
    assert.match(io.out, /^docs\/bad\.md:1:5 {2}error {2}contradicted 25 {2}\[x\.gdp\.2021\]$/m);
    assert.match(io.out, /1 contradicted, 1 supported, 0 unverifiable in 2 files\n$/);
    assert.equal(io.err, '');
    const io2 = fakeIO(dir);
    assert.equal(await run(['docs/good.txt'], io2, fakeDeps()), 0);
  });

  it('uses the bundled facts unless --facts replaces them', async () => {
    const dir = tempDir({ 'a.txt': 'x' });
    const loaded: string[][] = [];
    await run(['a.txt'], fakeIO(dir), fakeDeps([], loaded));
    await run(['--facts', 'f1.json', '--facts', 'sub/f2.json', 'a.txt'], fakeIO(dir), fakeDeps([], loaded));
    assert.deepEqual(loaded, [['/bundled/suzhou.facts.json'], [path.join(dir, 'f1.json'), path.join(dir, 'sub/f2.json')]]);
  });

  it('exits 2 with file:line:col messages for an invalid facts file, checking nothing', async () => {
    const dir = tempDir({ 'a.txt': 'GDP 25' });
    const io = fakeIO(dir);
    const problem = { file: path.join(dir, 'my.facts.json'), line: 3, column: 6, offset: 40, length: 2, message: 'unknown entity "x"', severity: 'error' as const };
    assert.equal(await run(['--facts', 'my.facts.json', 'a.txt'], io, fakeDeps([problem])), 2);
    assert.match(io.err, /^my\.facts\.json:4:7: error: unknown entity "x"$/m);
    assert.equal(io.out, '');
  });

  it('prints facts-file warnings but still checks', async () => {
    const dir = tempDir({ 'a.txt': 'GDP 22' });
    const io = fakeIO(dir);
    const warning = { file: '/elsewhere/f.json', line: 0, column: 0, offset: 0, length: 1, message: 'odd', severity: 'warning' as const };
    assert.equal(await run(['a.txt'], io, fakeDeps([warning])), 0);
    assert.equal(io.err, '/elsewhere/f.json:1:1: warning: odd\n');
  });

  const usage: [string, string[], RegExp][] = [
    ['unknown option', ['--nope', 'x'], /unknown option --nope/],
    ['missing path', ['missing.md'], /missing\.md: no such file or directory/],
    ['no input', [], /no input/],
  ];
  for (const [name, argv, message] of usage) {
    it(`exits 2 on ${name}`, async () => {
      const io = fakeIO(tempDir({}));
      assert.equal(await run(argv, io, fakeDeps()), 2);
      assert.match(io.err, message);
      assert.equal(io.out, '');
    });
  }

  it('--help and --version go to stdout and exit 0', async () => {
    const io = fakeIO('/');
    assert.equal(await run(['--help'], io, fakeDeps()), 0);
    assert.match(io.out, /Usage: factcheck/);
    const io2 = fakeIO('/');
    assert.equal(await run(['--version'], io2, fakeDeps()), 0);
    assert.equal(io2.out, '9.9.9\n');
  });

  it('reads stdin as plain text unless --stdin-kind markdown', async () => {
    const input = '\ufeffGDP `25`';
    const plain = fakeIO('/', input);
    assert.equal(await run(['--format', 'json', '-'], plain, fakeDeps()), 1);
    const pj = JSON.parse(plain.out) as { files: { path: string; claims: { column: number }[] }[] };
    assert.deepEqual(pj.files.map((f) => [f.path, f.claims.map((c) => c.column)]), [['<stdin>', [6]]]);
    const md = fakeIO('/', input);
    assert.equal(await run(['--stdin-kind', 'markdown', '-'], md, fakeDeps()), 0);
  });

  it('json output lists every file, even with no claims', async () => {
    const dir = tempDir({ 'a.md': 'GDP 22', 'b.txt': 'no figures' });
    const io = fakeIO(dir);
    assert.equal(await run(['--format', 'json', dir], io, fakeDeps()), 0);
    const j = JSON.parse(io.out) as { files: { path: string }[] };
    assert.deepEqual(j.files.map((f) => f.path), [path.join(dir, 'a.md'), path.join(dir, 'b.txt')]);
  });

  it('--fix rewrites only the fixed ranges, keeps BOM and CRLF, re-checks and reports', async () => {
    const original = '\ufeffGDP 25\r\nsee `7`\r\nGDP 22 and 3\r\n';
    const dir = tempDir({ 'a.md': original, 'ok.md': 'GDP 22\n' });
    const before = fs.statSync(path.join(dir, 'ok.md')).mtimeMs;
    const io = fakeIO(dir);
    assert.equal(await run(['--fix', '.'], io, fakeDeps()), 0);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), '\ufeffGDP 22\r\nsee `7`\r\nGDP 22 and 22\r\n');
    assert.equal(fs.statSync(path.join(dir, 'ok.md')).mtimeMs, before, 'files without fixes are not rewritten');
    assert.match(io.out, /^fixed 2 claims in a\.md$/m);
    assert.match(io.out, /0 contradicted, 4 supported, 0 unverifiable in 2 files/);
  });

  it('--fix writes nothing when an input is unreadable', async () => {
    const dir = tempDir({ 'a.md': 'GDP 25' });
    const io = fakeIO(dir);
    assert.equal(await run(['--fix', 'a.md', 'missing.md'], io, fakeDeps()), 2);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), 'GDP 25');
  });

  it('exits 2 when the engine fails on a file, still reporting the others', async () => {
    const dir = tempDir({ 'a.md': 'GDP 25', 'b.md': 'boom' });
    const deps = fakeDeps();
    deps.createChecker = () => (text, kind) => {
      if (text === 'boom') throw new Error('engine exploded');
      return fakeCheck(text, kind);
    };
    const io = fakeIO(dir);
    assert.equal(await run(['.'], io, deps), 2);
    assert.match(io.err, /b\.md: engine exploded/);
    assert.match(io.out, /a\.md:1:5/);
  });

  it('claim() builds claims whose text is the slice', () => {
    assert.equal(claim('ab12', 2, 4, 'supported').text, '12');
  });
});
