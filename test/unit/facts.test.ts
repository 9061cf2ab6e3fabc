import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import schema from '../../facts/facts.schema.json';
import { parseFactsFiles, type FactsFileInput } from '../../server/src/core/facts';
import type { FactsProblem } from '../../server/src/core/types';
import { bundledFactsPath, loadFactsFiles } from '../../server/src/node/factsFiles';

// Not ../helpers/facts: that imports the whole engine, and these tests need only the loader.
const repoRoot = path.resolve(__dirname, '..', '..');
const BUNDLED = 'facts/suzhou.facts.json';
const FIXTURES = 'test/fixtures/facts';

function input(rel: string): FactsFileInput {
  return { path: rel, text: fs.readFileSync(path.join(repoRoot, rel), 'utf8') };
}

function fixture(name: string): FactsFileInput {
  return input(`${FIXTURES}/${name}`);
}

/** Problems as "line:col severity message" with 1-based positions, as the CLI prints them. */
function render(problems: FactsProblem[]): string[] {
  return problems.map((p) => `${path.basename(p.file)}:${p.line + 1}:${p.column + 1} ${p.severity} ${p.message}`);
}

/** Asserts every offset/length pair agrees with the line/column pair for the given text. */
function assertPositionsConsistent(text: string, problems: FactsProblem[]): void {
  for (const p of problems) {
    const before = text.slice(0, p.offset).split(/\r\n|\r|\n/);
    assert.equal(p.line, before.length - 1, `line of ${p.message}`);
    assert.equal(p.column, before[before.length - 1].length, `column of ${p.message}`);
  }
}

describe('facts: the bundled Suzhou facts', () => {
  const result = parseFactsFiles([input(BUNDLED)]);
  const base = result.base;

  it('loads with no problems', () => {
    assert.deepEqual(render(result.problems), []);
    assert.ok(base);
  });

  it('has exactly the eight fact ids of the issue', () => {
    assert.deepEqual(base?.facts.map((f) => f.id).sort(), [
      'suzhou.cluster-funds.14th-fyp',
      'suzhou.gdp.2021',
      'suzhou.history-years',
      'suzhou.industrial-output.2021',
      'suzhou.reform-opening-years',
      'suzhou.reward.fortune-china-500',
      'suzhou.reward.fortune-global-500',
      'suzhou.trillion-industries.2021',
    ]);
  });

  const expected: [id: string, value: number, unit: string, qualifier: string, period: string | undefined, statuses: string[]][] = [
    ['suzhou.gdp.2021', 2271834000000, 'CNY', 'exact', '2021', ['final']],
    ['suzhou.industrial-output.2021', 4e12, 'CNY', 'more-than', '2021', ['final']],
    ['suzhou.cluster-funds.14th-fyp', 1e11, 'CNY', 'more-than', '14th-fyp', ['plan']],
    ['suzhou.reward.fortune-global-500', 3e7, 'CNY', 'exact', undefined, ['plan', 'final']],
    ['suzhou.reward.fortune-china-500', 1e7, 'CNY', 'exact', undefined, ['plan', 'final']],
    ['suzhou.trillion-industries.2021', 3, 'count', 'exact', '2021', ['final']],
    ['suzhou.history-years', 2500, 'years', 'about', undefined, ['final']],
    ['suzhou.reform-opening-years', 40, 'years', 'more-than', undefined, ['final']],
  ];
  for (const [id, value, unit, qualifier, period, statuses] of expected) {
    it(`${id}: ${qualifier} ${value} ${unit}${period ? ` for ${period}` : ', timeless'}, with a quoted, dated source`, () => {
      const fact = base?.facts.find((f) => f.id === id);
      assert.ok(fact, id);
      assert.deepEqual([fact.value, fact.unit, fact.qualifier, fact.period], [value, unit, qualifier, period]);
      assert.ok(statuses.includes(fact.status), fact.status);
      assert.equal(fact.entity, 'suzhou');
      assert.equal(base?.metrics.find((m) => m.id === fact.metric)?.unit, unit, 'the fact is in its metric\'s unit');
      assert.match(fact.source.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(fact.source.publisher && fact.source.quote, 'publisher and quote');
    });
  }

  it('suzhou.gdp.2021 cites the provincial bureau and keeps the press release estimate as an alternative', () => {
    const gdp = base?.facts.find((f) => f.id === 'suzhou.gdp.2021');
    assert.equal(gdp?.display, '22,718.34 亿元');
    assert.match(gdp?.source.publisher ?? '', /Jiangsu Provincial Bureau of Statistics.*Yangtse Evening Post/);
    assert.equal(gdp?.source.date, '2022-01-24');
    assert.match(gdp?.source.quote ?? '', /22718\.34 亿元/);
    assert.deepEqual(gdp?.alternatives.map((a) => [a.value, a.unit, a.qualifier, a.status, a.source.publisher, a.source.date]), [
      [2.2e12, 'CNY', 'about', 'estimate', 'PR Newswire', '2022-01-07'],
    ]);
    assert.match(gdp?.alternatives[0].source.quote ?? '', /2\.2 trillion yuan was expected/);
  });

  it('names the three trillion-yuan industries in the quote of suzhou.trillion-industries.2021', () => {
    const quote = base?.facts.find((f) => f.id === 'suzhou.trillion-industries.2021')?.source.quote ?? '';
    for (const industry of ['advanced materials', 'electronic information', 'equipment manufacturing']) assert.ok(quote.includes(industry), industry);
  });

  it('has the 2021 USD→CNY rate from the NBS communiqué', () => {
    assert.deepEqual(base?.rates.map((r) => [r.from, r.to, r.period, r.value, r.source.publisher]), [
      ['USD', 'CNY', '2021', 6.4515, 'National Bureau of Statistics of China'],
    ]);
  });

  it('defines the 14th and 13th Five-Year Plan periods, in English and both Chinese scripts', () => {
    const p14 = base?.periods.find((p) => p.id === '14th-fyp');
    assert.deepEqual([p14?.from, p14?.to], ['2021', '2025']);
    for (const name of ['14th Five-Year Plan', '14th Five-Year Plan period', '十四五', '十四五规划', '十四五規劃', '第十四个五年规划', '第十四個五年規劃']) {
      assert.ok(p14?.names.includes(name), name);
    }
    const p13 = base?.periods.find((p) => p.id === '13th-fyp');
    assert.deepEqual([p13?.from, p13?.to], ['2016', '2020']);
  });

  const names: [metric: string, names: string[]][] = [
    ['gdp', ['GDP', 'gross domestic product', 'regional GDP', 'economic output', '地区生产总值', '地區生產總值', '经济总量', '經濟總量', 'GDP总量']],
    ['industrial-output', ['gross industrial output value', 'gross industrial output', 'industrial output value', '工业总产值', '規上工業總產值', '规上工业总产值', '规模以上工业总产值']],
    ['cluster-funds', ['special funds', '专项资金', '專項資金']],
    ['reward-fortune-global-500', ['Fortune Global 500', 'Fortune 500 in the world', '世界500强', '世界五百强', '财富世界500强', '世界500強']],
    ['reward-fortune-china-500', ['Fortune China 500', 'Fortune 500 in China', '中国500强', '中國500強']],
    ['trillion-industries', ['trillion-yuan-level industries', 'trillion-yuan industries', 'trillion-level industries', '万亿级产业', '萬億級產業']],
    ['history', ['history', 'years of history', '历史', '歷史']],
    ['reform-opening', ['reform and opening up', 'reform and opening-up', '改革开放', '改革開放']],
  ];
  for (const [metric, wanted] of names) {
    it(`metric ${metric} is named in English, simplified and traditional Chinese`, () => {
      const m = base?.metrics.find((x) => x.id === metric);
      for (const n of wanted) assert.ok(m?.names.includes(n), n);
    });
  }

  it('blocks GDP per capita, growth and shares, in both languages', () => {
    const gdp = base?.metrics.find((m) => m.id === 'gdp');
    for (const b of ['per capita', 'per-capita', 'growth', 'grew', 'share', 'proportion', '人均', '增长', '增速', '增幅', '占比', '比重']) assert.ok(gdp?.blockers.includes(b), b);
  });

  it('gives the count metric its nouns and the city its names and back-references', () => {
    assert.ok(base?.metrics.find((m) => m.id === 'trillion-industries')?.countNouns.includes('产业'));
    const city = base?.entities.find((e) => e.id === 'suzhou');
    for (const n of ['Suzhou', 'Soochow', '苏州', '蘇州', '苏州市', '蘇州市']) assert.ok(city?.names.includes(n), n);
    for (const r of ['the city', 'its', '该市', '該市', '全市', '我市', '本市']) assert.ok(city?.references.includes(r), r);
  });

  it('locates every definition at its object in the file', () => {
    const text = input(BUNDLED).text;
    for (const def of [...(base?.entities ?? []), ...(base?.metrics ?? []), ...(base?.periods ?? []), ...(base?.facts ?? [])]) {
      const loc = def.location;
      assert.ok(loc);
      assert.equal(loc.file, BUNDLED);
      const obj = JSON.parse(text.slice(loc.offset, loc.offset + loc.length)) as { id: string };
      assert.equal(obj.id, def.id);
      const lines = text.split('\n');
      assert.equal(lines[loc.line][loc.column], '{');
    }
  });

  it('is fast enough to re-parse on every keystroke', () => {
    const file = input(BUNDLED);
    parseFactsFiles([file]);
    // The fastest of several runs: robust to a loaded machine, and still far above the ~1 ms a
    // parse takes, yet below what recompiling the schema on every call would cost.
    let best = Infinity;
    for (let i = 0; i < 20; i++) {
      const start = process.hrtime.bigint();
      parseFactsFiles([file]);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    }
    assert.ok(best < 20, `${best.toFixed(2)} ms per parse`);
  });
});

describe('facts: the JSON Schema', () => {
  it('compiles in ajv strict mode and is itself a valid draft-07 schema', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(schema));
  });

  it('describes every property (VS Code shows descriptions on hover and completion)', () => {
    type S = { description?: string; $ref?: string; properties?: Record<string, S>; definitions?: Record<string, S> };
    const root = schema as S;
    const defs = root.definitions ?? {};
    const missing: string[] = [];
    const visit = (s: S, where: string): void => {
      for (const [key, child] of Object.entries(s.properties ?? {})) {
        const target = child.$ref ? defs[child.$ref.replace('#/definitions/', '')] : child;
        if (!child.description && !target?.description) missing.push(`${where}.${key}`);
      }
    };
    visit(root, '(root)');
    for (const [name, def] of Object.entries(defs)) visit(def, name);
    assert.deepEqual(missing, []);
  });

  const enums: [definition: 'unit' | 'qualifier' | 'status', values: string[]][] = [
    ['unit', ['CNY', 'USD', 'percent', 'count', 'years']],
    ['qualifier', ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most', 'nearly']],
    ['status', ['final', 'preliminary', 'estimate', 'plan']],
  ];
  for (const [def, values] of enums) {
    it(`enumerates the ${def}s of types.ts`, () => assert.deepEqual(schema.definitions[def].enum, values));
  }
});

describe('facts: broken files are rejected at the offending place', () => {
  const cases: [file: string, problems: string[]][] = [
    ['bad-json.facts.json', ["bad-json.facts.json:4:5 error invalid JSON: ',' expected"]],
    ['trailing-comma.facts.json', [
      'trailing-comma.facts.json:3:32 error trailing comma: JSON allows no comma before a closing bracket',
      'trailing-comma.facts.json:3:35 error trailing comma: JSON allows no comma before a closing bracket',
    ]],
    ['comment.facts.json', ['comment.facts.json:2:3 error invalid JSON: comments are not allowed in JSON (use a "$comment" property)']],
    ['schema-violation.facts.json', [
      'schema-violation.facts.json:5:5 error metrics[0] lacks the required property "unit"',
      'schema-violation.facts.json:13:7 error facts[0] has an unknown property "vaule" (did you mean "value"?)',
      'schema-violation.facts.json:14:16 error facts[0].value must be a number',
      'schema-violation.facts.json:18:72 error facts[0].source.date must be a date: YYYY-MM-DD (or YYYY-MM, YYYY), not "2022-13-01"',
    ]],
    ['wrong-enum.facts.json', [
      'wrong-enum.facts.json:4:56 error metrics[0].unit must be one of CNY, USD, percent, count, years, not "RMB"',
      'wrong-enum.facts.json:13:20 error facts[0].qualifier must be one of exact, about, more-than, at-least, less-than, at-most, nearly, not "approximately"',
    ]],
    ['unknown-reference.facts.json', [
      'unknown-reference.facts.json:7:45 error rates[0].period names an unknown period "13th-fyp" (did you mean "14th-fyp"?): use a year ("2021", "2021-H1", "2021-Q3", "2021-11") or the id of a periods[] entry',
      'unknown-reference.facts.json:12:17 error facts[0].entity names an unknown entity "twon" (did you mean "town"?): define it in entities[]',
      'unknown-reference.facts.json:13:17 error facts[0].metric names an unknown metric "output": define it in metrics[]',
      'unknown-reference.facts.json:14:17 error facts[0].period names an unknown period "15th-fyp" (did you mean "14th-fyp"?): use a year ("2021", "2021-H1", "2021-Q3", "2021-11") or the id of a periods[] entry',
    ]],
    ['duplicate-id.facts.json', [
      `duplicate-id.facts.json:7:13 error duplicate fact id "town.gdp.2021" (first defined at ${FIXTURES}/duplicate-id.facts.json:6:13)`,
    ]],
  ];
  for (const [file, problems] of cases) {
    it(file, () => {
      const f = fixture(file);
      const result = parseFactsFiles([f]);
      assert.equal(result.base, null);
      assert.deepEqual(render(result.problems), problems);
      assertPositionsConsistent(f.text, result.problems);
      for (const p of result.problems) assert.equal(p.file, `${FIXTURES}/${file}`);
    });
  }

  it('underlines the offending value itself', () => {
    const f = fixture('wrong-enum.facts.json');
    const [unit, qualifier] = parseFactsFiles([f]).problems;
    assert.equal(f.text.slice(unit.offset, unit.offset + unit.length), '"RMB"');
    assert.equal(f.text.slice(qualifier.offset, qualifier.offset + qualifier.length), '"approximately"');
  });
});

describe('facts: merging files', () => {
  it('merges in order, resolving references to the files before', () => {
    const result = parseFactsFiles([input(BUNDLED), fixture('suzhou-extra.facts.json')]);
    assert.deepEqual(render(result.problems), []);
    assert.deepEqual(result.base?.files, [BUNDLED, `${FIXTURES}/suzhou-extra.facts.json`]);
    assert.equal(result.base?.facts.length, 9);
    const extra = result.base?.facts[8];
    assert.equal(extra?.id, 'suzhou.gdp.2020');
    assert.equal(extra?.location?.file, `${FIXTURES}/suzhou-extra.facts.json`);
    assert.deepEqual(result.base?.periods.map((p) => p.id), ['14th-fyp', '13th-fyp', '12th-fyp']);
  });

  it('reports a duplicate id in the second file, naming where the first is', () => {
    const result = parseFactsFiles([input(BUNDLED), fixture('redefines-bundled.facts.json')]);
    assert.equal(result.base, null);
    const bundledLine = input(BUNDLED).text.split('\n').findIndex((l) => l.includes('"id": "suzhou.gdp.2021"')) + 1;
    assert.deepEqual(render(result.problems), [
      `redefines-bundled.facts.json:5:13 error duplicate fact id "suzhou.gdp.2021" (first defined at ${BUNDLED}:${bundledLine}:13)`,
    ]);
  });

  it('rejects two files that define the same metric, period and rate', () => {
    const result = parseFactsFiles([input(BUNDLED), fixture('shenzhen.facts.json')]);
    assert.equal(result.base, null);
    const messages = result.problems.map((p) => p.message);
    assert.equal(messages.length, 3);
    assert.match(messages[0], /^duplicate metric id "gdp" \(first defined at facts\/suzhou\.facts\.json:\d+:\d+\)$/);
    assert.match(messages[1], /^duplicate period id "14th-fyp"/);
    assert.match(messages[2], /^rates\[0\] is a second rate between USD and CNY for 2021/);
    assert.ok(result.problems.every((p) => p.file.endsWith('shenzhen.facts.json')));
  });

  it('still checks a good file when another is not JSON', () => {
    const result = parseFactsFiles([fixture('bad-json.facts.json'), fixture('unknown-reference.facts.json')]);
    assert.deepEqual(result.problems.map((p) => path.basename(p.file)), ['bad-json.facts.json', ...Array(4).fill('unknown-reference.facts.json')]);
  });
});

describe('facts: a facts file about another place', () => {
  const result = parseFactsFiles([fixture('shenzhen.facts.json')]);

  it('loads, with its own entity, units, rate and defaults', () => {
    assert.deepEqual(render(result.problems), []);
    const base = result.base;
    assert.ok(base);
    assert.deepEqual(base.entities.map((e) => e.id), ['shenzhen']);
    assert.deepEqual(base.metrics.map((m) => [m.id, m.unit]), [['gdp', 'CNY'], ['gdp-growth', 'percent'], ['population', 'count'], ['exports', 'USD']]);
    assert.deepEqual(base.facts.map((f) => [f.id, f.value, f.unit]), [
      ['shenzhen.gdp.2021', 3066485000000, 'CNY'],
      ['shenzhen.gdp-growth.2021', 6.7, 'percent'],
      ['shenzhen.population.2021', 17681600, 'count'],
      ['shenzhen.exports.2021', 299200000000, 'USD'],
    ]);
    assert.deepEqual(base.rates.map((r) => [r.from, r.to, r.period, r.value]), [['USD', 'CNY', '2021', 6.4515]]);
    assert.deepEqual(base.metrics.find((m) => m.id === 'gdp')?.countNouns, [], 'optional arrays default to []');
    assert.deepEqual(base.facts.find((f) => f.id === 'shenzhen.population.2021')?.alternatives, []);
    assert.ok(base.metrics.find((m) => m.id === 'population')?.countNouns.includes('residents'));
    assert.equal(base.facts[0].source.url, 'https://tjj.sz.gov.cn/');
  });
});

/** A minimal valid file, with `facts` or other sections replaced. */
function doc(extra: Record<string, unknown>): string {
  return JSON.stringify({
    entities: [{ id: 'town', names: ['Town'] }],
    metrics: [{ id: 'gdp', names: ['GDP'], unit: 'CNY' }, { id: 'exports', names: ['exports'], unit: 'USD' }],
    ...extra,
  }, null, 2);
}

const src = { title: 'T', publisher: 'P', date: '2022-01-01' };
const fact = (o: Record<string, unknown>): Record<string, unknown> => ({
  id: 'town.gdp', entity: 'town', metric: 'gdp', period: '2021', value: 1, unit: 'CNY', qualifier: 'exact', status: 'final', source: src, ...o,
});

describe('facts: checks on single files', () => {
  const cases: [name: string, text: string, expected: [severity: 'error' | 'warning', fragment: RegExp][]][] = [
    ['empty file', '', [['error', /^the file is empty/]]],
    ['blank file', '  \n ', [['error', /^the file is empty/]]],
    ['a top-level array', '[]', [['error', /^a facts file must be a JSON object$/]]],
    ['an unknown top-level section', '{"fact": []}', [['error', /^the file has an unknown property "fact" \(did you mean "facts"\?\)$/]]],
    ['an empty object (all sections optional)', '{}', []],
    ['any $schema string', '{"$schema": "https://example.com/whatever.json", "$comment": "x"}', []],
    ['a property given twice', '{"facts": [], "facts": []}', [['error', /^duplicate property "facts" \(first at <mem>:1:2\)$/]]],
    ['year-ish periods need no definition', doc({ facts: ['2021', '2021-H1', '2021-Q3', '2021-11'].map((p, i) => fact({ id: `f${i}`, period: p })) }), []],
    ['a malformed period', doc({ facts: [fact({ period: '2021-Q5' })] }), [['error', /^facts\[0\]\.period must be a year \("2021"\), a half/]]],
    ['a period that is neither a year nor defined', doc({ facts: [fact({ period: '2021-13' })] }), [['error', /^facts\[0\]\.period names an unknown period "2021-13"/]]],
    ['an entity reference that is not an id', doc({ facts: [fact({ entity: 'Town' })] }), [['error', /^facts\[0\]\.entity must be an id/]]],
    ['a timeless fact', doc({ facts: [fact({ period: undefined })] }), []],
    ['a currency other than the metric\'s warns', doc({ facts: [fact({ unit: 'USD' })] }), [['warning', /^facts\[0\]\.unit is USD but metric "gdp" is in CNY: claims will be compared through rates\[\]$/]]],
    ['a unit of another kind is an error', doc({ facts: [fact({ unit: 'percent' })] }), [['error', /^facts\[0\]\.unit is percent but metric "gdp" is measured in CNY$/]]],
    ['an alternative of another kind is an error', doc({ facts: [fact({ alternatives: [{ value: 1, unit: 'count', qualifier: 'about', status: 'estimate', source: src }] })] }),
      [['error', /^facts\[0\]\.alternatives\[0\]\.unit is count but metric "gdp"/]]],
    ['two facts for one entity, metric and period', doc({ facts: [fact({ id: 'a' }), fact({ id: 'b' })] }), [['error', /^facts\[1\] states gdp of town for 2021 again: fact "a" \(<mem>:\d+:\d+\) already does; make this one of its alternatives$/]]],
    ['a period that ends before it starts', doc({ periods: [{ id: 'p', names: ['P'], from: '2025', to: '2021' }] }), [['error', /^period "p" ends \(2021\) before it starts \(2025\)$/]]],
    ['a rate from a currency to itself', doc({ rates: [{ from: 'CNY', to: 'CNY', period: '2021', value: 1, source: src }] }), [['error', /^rates\[0\] converts CNY to itself$/]]],
    ['a negative rate', doc({ rates: [{ from: 'USD', to: 'CNY', period: '2021', value: -1, source: src }] }), [['error', /^rates\[0\]\.value must be greater than 0$/]]],
    ['a name shared by two metrics warns', doc({ metrics: [{ id: 'gdp', names: ['GDP', 'output'], unit: 'CNY' }, { id: 'io', names: ['Output'], unit: 'CNY' }] }),
      [['warning', /^the name "Output" is also a name of metric "gdp": a match would be ambiguous$/]]],
    ['a name listed twice', doc({ entities: [{ id: 'town', names: ['Town', 'Town'] }] }), [['error', /^entities\[0\]\.names lists "Town" twice \(items 0 and 1\)$/]]],
    ['an empty names list', doc({ entities: [{ id: 'town', names: [] }] }), [['error', /^entities\[0\]\.names must not be empty$/]]],
    ['an id in capitals', doc({ entities: [{ id: 'Town', names: ['Town'] }], facts: [] }), [['error', /^entities\[0\]\.id must be an id: lower-case letters/]]],
    ['a value as a string', doc({ facts: [fact({ value: '1' })] }), [['error', /^facts\[0\]\.value must be a number$/]]],
    ['a source without a title', doc({ facts: [fact({ source: { publisher: 'P', date: '2022' } })] }), [['error', /^facts\[0\]\.source lacks the required property "title"$/]]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const result = parseFactsFiles([{ path: '<mem>', text }]);
      assert.deepEqual(result.problems.map((p) => p.severity), expected.map(([s]) => s), render(result.problems).join('\n'));
      result.problems.forEach((p, i) => assert.match(p.message, expected[i][1]));
      assert.equal(result.base === null, expected.some(([s]) => s === 'error'), 'base is null exactly when there is an error');
      assertPositionsConsistent(text, result.problems);
    });
  }

  it('counts lines and UTF-16 columns through CRLF, a byte-order mark and astral characters', () => {
    const text = '\ufeff{\r\n  "$comment": "😀 苏州",\r\n  "entities": [{ "id": "town", "names": ["😀"], "bogus": 1 }]\r\n}';
    const [p] = parseFactsFiles([{ path: 'x', text }]).problems;
    assert.equal(p.message, 'entities[0] has an unknown property "bogus"; known: $comment, id, names, references, within');
    assert.deepEqual([p.line, p.column], [2, text.split('\r\n')[2].indexOf('"bogus"')]);
    assert.equal(text.slice(p.offset, p.offset + p.length), '"bogus"');
  });

  it('merges nothing into an empty base', () => {
    assert.deepEqual(parseFactsFiles([]), { base: { entities: [], metrics: [], periods: [], rates: [], facts: [], files: [] }, problems: [] });
  });
});

describe('facts: reading files (node side)', () => {
  it('finds the bundled facts from the sources, from dist/ and from an extension layout', () => {
    const expected = path.join(repoRoot, 'facts', 'suzhou.facts.json');
    assert.equal(bundledFactsPath(), expected);
    assert.equal(bundledFactsPath(path.join(repoRoot, 'dist')), expected);
    const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-ext-'));
    try {
      fs.mkdirSync(path.join(ext, 'dist'));
      fs.mkdirSync(path.join(ext, 'facts'));
      fs.copyFileSync(expected, path.join(ext, 'facts', 'suzhou.facts.json'));
      assert.equal(bundledFactsPath(path.join(ext, 'dist')), path.join(ext, 'facts', 'suzhou.facts.json'));
    } finally {
      fs.rmSync(ext, { recursive: true, force: true });
    }
  });

  it('throws when no ancestor holds the bundled facts', () => {
    assert.throws(() => bundledFactsPath(path.parse(repoRoot).root), /bundled facts not found/);
  });

  it('loads files from disk, and turns an unreadable one into a problem at 0:0', () => {
    const good = loadFactsFiles([bundledFactsPath()]);
    assert.equal(good.problems.length, 0);
    assert.equal(good.base?.facts.length, 8);
    assert.equal(good.inputs.length, 1);

    const missing = path.join(repoRoot, FIXTURES, 'no-such.facts.json');
    const bad = loadFactsFiles([missing, bundledFactsPath()]);
    assert.equal(bad.base, null);
    assert.deepEqual(bad.problems.map((p) => [p.file, p.line, p.column, p.severity, p.message]), [
      [missing, 0, 0, 'error', 'cannot read facts file: no such file'],
    ]);
  });
});
