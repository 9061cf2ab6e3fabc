import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FactsStore, resolveFactsPatterns } from '../../../server/src/lsp/factsStore';

const fixtures = path.join(__dirname, '..', '..', 'protocol', 'fixtures');
/** Testville on its own (its own 'gdp' metric), and as an addition to the bundled facts. */
const fixture = fs.readFileSync(path.join(fixtures, 'testville.facts.json'), 'utf8');
const extraFixture = fs.readFileSync(path.join(fixtures, 'testville-extra.facts.json'), 'utf8');
const bundled = path.resolve(__dirname, '..', '..', '..', 'facts', 'suzhou.facts.json');
const ws = path.resolve('/ws');

/** A store over an in-memory file system. */
function storeWith(files: Record<string, string>) {
  const host = {
    bundledPath: bundled,
    readText: (p: string) => (p === bundled ? fs.readFileSync(bundled, 'utf8') : files[p] ?? null),
    listFiles: (folder: string) => Object.keys(files).filter((f) => f.startsWith(folder + path.sep)),
  };
  return { store: new FactsStore(host), files };
}

describe('lsp/factsStore', () => {
  it('resolves plain paths, absolute paths and globs against the folder, in order, once each', () => {
    const files = ['a.facts.json', 'facts/b.facts.json', 'facts/c.facts.json', 'facts/notes.md'].map((f) => path.join(ws, f));
    assert.deepEqual(
      resolveFactsPatterns(['facts/*.facts.json', 'a.facts.json', path.join(ws, 'facts', 'b.facts.json'), '**/*.facts.json'], ws, () => files),
      [files[1], files[2], files[0]],
    );
    assert.deepEqual(resolveFactsPatterns(['x.facts.json', '*.json'], null, () => files), [], 'relative patterns need a folder');
  });

  it('loads the bundled facts and the configured ones; useBundledFacts false leaves the bundled out', () => {
    const extra = path.join(ws, 'a', 'facts', 'testville.facts.json');
    const alone = path.join(ws, 'b', 'facts', 'testville.facts.json');
    const { store } = storeWith({ [extra]: extraFixture, [alone]: fixture });
    assert.equal(store.configure('a', path.join(ws, 'a'), { factsFiles: ['facts/*.facts.json'], useBundledFacts: true }), true);
    const a = store.get('a')!;
    assert.deepEqual(a.paths, [bundled, extra]);
    assert.deepEqual(a.problems, []);
    assert.ok(a.base!.facts.some((f) => f.id === 'testville.gdp.2021'));
    assert.ok(a.base!.facts.some((f) => f.id === 'suzhou.gdp.2021'));
    assert.equal(store.configure('a', path.join(ws, 'a'), { factsFiles: ['facts/*.facts.json'], useBundledFacts: true }), false, 'same settings: no reload');
    store.configure('b', path.join(ws, 'b'), { factsFiles: ['facts/*.facts.json'], useBundledFacts: false });
    assert.deepEqual(store.get('b')!.base!.facts.map((f) => f.id), ['testville.gdp.2021']);
  });

  it('keeps the last good facts when a file breaks, and reports the problem at its place', () => {
    const testville = path.join(ws, 'facts', 'testville.facts.json');
    const { store, files } = storeWith({ [testville]: fixture });
    store.configure('a', ws, { factsFiles: ['facts/testville.facts.json'], useBundledFacts: false });
    const scope = store.get('a')!;
    const good = scope.base;
    const generation = scope.generation;
    files[testville] = fixture.replace('"value": 100000000000', '"value": "lots"');
    assert.deepEqual(store.fileChanged(testville), [scope], 'problems changed');
    assert.equal(scope.base, good, 'last good base still in use');
    assert.equal(scope.generation, generation);
    const diagnostics = store.problemDiagnostics();
    const [problem] = [...diagnostics.values()].flat();
    assert.equal(problem.range.start.line, fixture.slice(0, fixture.indexOf('"value": 100000000000')).split('\n').length - 1);
    files[testville] = fixture.replace('100000000000', '120000000000');
    store.fileChanged(testville);
    assert.notEqual(scope.base, good);
    assert.equal(scope.base!.facts[0].value, 120000000000);
    assert.deepEqual([...store.problemDiagnostics().values()].flat(), [], 'problems cleared');
  });

  it('uses the files without errors when there is no good base yet', () => {
    const broken = path.join(ws, 'broken.facts.json');
    const { store } = storeWith({ [broken]: '{ "facts": [' });
    store.configure('a', ws, { factsFiles: ['broken.facts.json'], useBundledFacts: true });
    const scope = store.get('a')!;
    assert.ok(scope.base!.facts.some((f) => f.id === 'suzhou.gdp.2021'));
    assert.ok(scope.problems.some((p) => p.file === broken && p.severity === 'error'));
  });

  it('lists missing files and finds a fact\'s place in its file', () => {
    const testville = path.join(ws, 'testville.facts.json');
    const { store } = storeWith({ [testville]: fixture });
    store.configure('a', ws, { factsFiles: ['testville.facts.json', 'missing.facts.json'], useBundledFacts: false });
    const scope = store.get('a')!;
    assert.deepEqual(scope.missing, [path.join(ws, 'missing.facts.json')]);
    const location = store.factLocation(scope, 'testville.gdp.2021');
    assert.match(location!.uri, /testville\.facts\.json$/);
    assert.equal(fixture.split('\n')[location!.range.start.line].trim(), '{');
    assert.equal(store.factLocation(scope, 'nope'), undefined);
  });
});
