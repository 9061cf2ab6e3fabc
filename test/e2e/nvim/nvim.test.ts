/**
 * Neovim as a second, independent LSP client (issue 4): headless `nvim` runs check.lua,
 * which attaches `factcheck-ls --stdio` to a copy of the fixture economy.md and reports
 * the diagnostics, a hover and the code actions it got. This test judges that report.
 * Neovim 0.7 has no pull diagnostics, so this also covers the server's push mode.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { economyWrong } from '../expectations';
import { fixturesDir, repoRoot } from '../paths';

interface NvimDiagnostic { lnum: number; col: number; end_lnum: number; end_col: number; message: string; severity: number; source?: string }
interface LspRange { start: { line: number; character: number }; end: { line: number; character: number } }
interface NvimReport {
  ok: boolean;
  error?: string;
  log: string[];
  diagnostics?: NvimDiagnostic[];
  pushed?: { range: LspRange; message: string; source?: string; code?: string | number }[];
  hover?: string;
  code_actions?: { title: string; kind?: string; isPreferred?: boolean }[];
  fixed_line?: string;
  diagnostics_after_fix?: number;
  server_exit?: { code: number; signal: number };
  /** Neovim's LSP log, where the server's stderr goes. */
  lsp_log?: string;
}

/** The last lines of Neovim's LSP log, for failure messages. */
function lspLogTail(report: NvimReport): string {
  if (!report.lsp_log || !fs.existsSync(report.lsp_log)) return '(no LSP log)';
  return fs.readFileSync(report.lsp_log, 'utf8').split('\n').slice(-15).join('\n');
}

/** Runs check.lua in headless Neovim on `file`, waiting for `expect` diagnostics; resolves with its report. */
function runNvim(file: string, expect: number, outFile: string): Promise<{ report: NvimReport | null; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = execFile('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'check.lua')}`], {
      // XDG_CACHE_HOME keeps Neovim's LSP log (the server's stderr) in this run's folder.
      env: { ...process.env, XDG_CACHE_HOME: path.join(path.dirname(outFile), 'cache'), FACTCHECK_REPO: process.env.FACTCHECK_E2E_REPO ?? repoRoot, FACTCHECK_NVIM_FILE: file, FACTCHECK_NVIM_OUT: outFile, FACTCHECK_NVIM_EXPECT: String(expect) },
      timeout: 60_000,
    }, (_err, _stdout, stderr) => {
      const report = fs.existsSync(outFile) ? (JSON.parse(fs.readFileSync(outFile, 'utf8')) as NvimReport) : null;
      resolve({ report, stderr, code: child.exitCode });
    });
  });
}

describe('factcheck-ls in Neovim (headless, built-in LSP client)', function () {
  this.timeout(90_000);
  let dir: string;
  let report: NvimReport;
  let lines: string[];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-nvim-'));
    const file = path.join(dir, 'economy.md');
    fs.copyFileSync(path.join(fixturesDir, 'workspace', 'economy.md'), file);
    lines = fs.readFileSync(file, 'utf8').split('\n');
    const run = await runNvim(file, economyWrong.length, path.join(dir, 'report.json'));
    assert.ok(run.report, `nvim wrote no report (exit ${run.code}): ${run.stderr}`);
    report = run.report;
    assert.ok(report.ok, `check.lua failed: ${report.error}\nlog: ${report.log.join('; ')}\ndiagnostics: ${JSON.stringify(report.diagnostics)}\nLSP log:\n${lspLogTail(report)}`);
    assert.equal(run.code, 0);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows exactly the wrong figures, at the figures', () => {
    const diagnostics = report.diagnostics ?? [];
    assert.equal(diagnostics.length, economyWrong.length, JSON.stringify(diagnostics, null, 2));
    for (const [i, wrong] of economyWrong.entries()) {
      const d = diagnostics[i];
      assert.equal(d.lnum, wrong.line - 1);
      // Neovim columns are bytes: convert the expected UTF-16 column through the line's text.
      const line = lines[wrong.line - 1];
      const start = Buffer.byteLength(line.slice(0, wrong.column - 1));
      assert.equal(d.col, start, `start of "${wrong.figure}"`);
      const underlined = Buffer.from(line).subarray(d.col, d.end_col).toString();
      assert.ok(wrong.figure.includes(underlined) && /\d/.test(underlined), `"${underlined}" lies on "${wrong.figure}"`);
      assert.equal(d.severity, 2, 'Warning');
      assert.equal(d.source, 'factcheck');
      for (const m of wrong.mentions) assert.ok(d.message.includes(m), `"${d.message}" mentions "${m}"`);
    }
  });

  it('uses UTF-16 positions on the wire', () => {
    const chinese = (report.pushed ?? []).find((d) => d.range.start.line === economyWrong[1].line - 1);
    assert.ok(chinese, 'the Chinese diagnostic');
    assert.equal(chinese.range.start.character, economyWrong[1].column - 1);
  });

  it('answers a hover on a wrong figure with the fact, its period and its source', () => {
    const hover = report.hover ?? '';
    assert.match(hover, /contradicted/i);
    assert.match(hover, /suzhou\.gdp\.2021/);
    assert.match(hover, /22,718\.34|2\.27 trillion/);
    assert.match(hover, /2021/);
    assert.match(hover, /Jiangsu/);
  });

  it('offers the preferred quick fix, whose edit corrects the figure and clears its diagnostic', () => {
    const fix = (report.code_actions ?? []).find((a) => a.title === economyWrong[0].fixTitle);
    assert.ok(fix, JSON.stringify(report.code_actions));
    assert.equal(fix.isPreferred, true);
    assert.equal(report.fixed_line, "Suzhou's GDP reached 2.27 trillion yuan in 2021.");
    assert.equal(report.diagnostics_after_fix, economyWrong.length - 1);
  });

  it('shuts down cleanly when Neovim stops it', () => {
    assert.deepEqual(report.server_exit, { code: 0, signal: 0 });
  });
});
