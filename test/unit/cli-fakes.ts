/**
 * Fakes for CLI tests that must not depend on the engine: a checker that reads markers such as
 * `[[wrong:25→22]]`, and an in-memory process.
 */
import type { CheckedClaim, DocumentKind, FactBase, FactsProblem, Verdict } from '../../server/src/core';
import type { CliDeps, CliIO } from '../../server/src/cli/run';

/** An empty fact base: the fake checker ignores it. */
export const EMPTY_FACTS: FactBase = { entities: [], metrics: [], periods: [], rates: [], facts: [], files: [] };

/** A claim at `[start, end)` of `text`, with a fix for contradicted ones when `newText` is given. */
export function claim(text: string, start: number, end: number, verdict: Verdict, newText?: string): CheckedClaim {
  return {
    start, end, text: text.slice(start, end), verdict,
    factId: verdict === 'unverifiable' ? null : 'x.gdp.2021',
    entity: 'x', metric: 'gdp', period: '2021', periodFrom: 'sentence',
    claimed: { value: Number(text.slice(start, end)) || 0, unit: 'CNY', qualifier: 'exact', precision: 1 },
    expected: verdict === 'unverifiable' ? null : {
      factId: 'x.gdp.2021', value: 22, unit: 'CNY', qualifier: 'exact', status: 'final', period: '2021',
      matched: 'primary', source: { title: 'Report' }, display: '22', displayInClaimUnits: '22',
    },
    message: `${verdict} ${text.slice(start, end)}`,
    fix: verdict === 'contradicted' && newText !== undefined ? { start, end, newText } : null,
  };
}

/**
 * Fake engine: every run of digits is a claim; 22 is supported, 99 unverifiable, anything else
 * contradicted with the fix "22". In Markdown, digits inside backticks are skipped, so tests can
 * tell the kind the CLI chose.
 */
export function fakeCheck(text: string, kind: DocumentKind): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  const code = kind === 'markdown' ? [...text.matchAll(/`[^`]*`/g)].map((m) => [m.index, m.index + m[0].length]) : [];
  for (const m of text.matchAll(/\d+/g)) {
    const start = m.index;
    if (code.some(([a, b]) => start >= a && start < b)) continue;
    const v: Verdict = m[0] === '22' ? 'supported' : m[0] === '99' ? 'unverifiable' : 'contradicted';
    out.push(claim(text, start, start + m[0].length, v, '22'));
  }
  return out;
}

export interface FakeIO extends CliIO {
  out: string;
  err: string;
}

/** An in-memory process rooted at `cwd`, with `stdin` as its standard input. */
export function fakeIO(cwd: string, stdin = '', env: Record<string, string> = {}): FakeIO {
  const io: FakeIO = {
    cwd, env, stdoutIsTTY: false, out: '', err: '',
    stdout: (s) => { io.out += s; },
    stderr: (s) => { io.err += s; },
    readStdin: () => Promise.resolve(stdin),
  };
  return io;
}

/** Dependencies with the fake engine; `problems` simulates a facts file's errors. */
export function fakeDeps(problems: FactsProblem[] = [], loaded: string[][] = []): CliDeps {
  return {
    version: '9.9.9',
    informationUri: 'https://example.test/factcheck',
    bundledFactsPath: () => '/bundled/suzhou.facts.json',
    loadFactsFiles: (paths) => {
      loaded.push(paths);
      return { base: problems.some((p) => p.severity === 'error') ? null : EMPTY_FACTS, problems };
    },
    createChecker: () => fakeCheck,
  };
}
