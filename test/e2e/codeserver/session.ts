/**
 * One scenario's world: a fresh copy of a fixture workspace, a fresh user-data folder,
 * its own code-server and browser context. The extension is installed once per run into
 * a shared extensions folder that scenarios only read.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixturesDir, resultsDir, vsixPath } from '../paths';
import { installExtension, startCodeServer, writeUserSettings, type CodeServer } from './codeServer';
import { launchChromium, type Browser, type BrowserContext, type Page } from './playwright';
import { Workbench } from './workbench';

/** What every scenario in a run shares: the browser and the installed extension. */
export interface Run {
  browser: Browser;
  extensionsDir: string;
  tmpRoot: string;
}

/**
 * Installs the .vsix into a new extensions folder (or uses FACTCHECK_E2E_EXTENSIONS_DIR as
 * it is, for trying the harness against another build) and launches Chromium.
 */
export async function startRun(): Promise<Run> {
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-e2e-'));
  let extensionsDir = process.env.FACTCHECK_E2E_EXTENSIONS_DIR ?? '';
  if (!extensionsDir) {
    if (!fs.existsSync(vsixPath)) throw new Error(`no ${vsixPath}: run \`npm run package\` first (npm run test:e2e does)`);
    extensionsDir = path.join(tmpRoot, 'extensions');
    await installExtension(vsixPath, extensionsDir, path.join(tmpRoot, 'install-user-data'));
  }
  const browser = await launchChromium();
  return { browser, extensionsDir, tmpRoot };
}

export async function endRun(run: Run | undefined): Promise<void> {
  if (!run) return;
  await run.browser.close();
  fs.rmSync(run.tmpRoot, { recursive: true, force: true });
}

export interface ScenarioOptions {
  /** Folder under test/e2e/fixtures to copy; default "workspace". */
  fixture?: string;
  /** Extra user settings. */
  userSettings?: Record<string, unknown>;
  /** The file whose Explorer entry marks the workbench as loaded. */
  firstFile?: string;
}

/** A running scenario: workspace copy, code-server, page. Call `end` in afterEach. */
export class Scenario {
  private constructor(
    readonly dir: string,
    readonly workspace: string,
    readonly server: CodeServer,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly workbench: Workbench,
  ) {}

  static async start(run: Run, name: string, opts: ScenarioOptions = {}): Promise<Scenario> {
    const dir = fs.mkdtempSync(path.join(run.tmpRoot, `${slug(name)}-`));
    const workspace = path.join(dir, 'workspace');
    fs.cpSync(path.join(fixturesDir, opts.fixture ?? 'workspace'), workspace, { recursive: true });
    const userDataDir = path.join(dir, 'user-data');
    writeUserSettings(userDataDir, opts.userSettings ?? {});
    const server = await startCodeServer({ userDataDir, extensionsDir: run.extensionsDir, workspace, logFile: path.join(dir, 'code-server.log') });
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const workbench = new Workbench(page);
    const scenario = new Scenario(dir, workspace, server, context, page, workbench);
    try {
      await workbench.open(server.workspaceUrl, opts.firstFile ?? 'economy.md');
    } catch (err) {
      await scenario.end(name, true);
      throw err;
    }
    return scenario;
  }

  /** Path of a workspace file. */
  file(rel: string): string {
    return path.join(this.workspace, rel);
  }

  /**
   * Stops everything. On failure keeps evidence in test-results/: a screenshot, code-server's
   * log and VS Code's logs (extension host and the factcheck output channel among them).
   */
  async end(name: string, failed: boolean): Promise<void> {
    if (failed) {
      const out = path.join(resultsDir, slug(name));
      fs.mkdirSync(out, { recursive: true });
      await this.page.screenshot({ path: path.join(out, 'screenshot.png') }).catch(() => undefined);
      fs.cpSync(path.join(this.dir, 'code-server.log'), path.join(out, 'code-server.log'), { force: true });
      const logs = path.join(this.dir, 'user-data', 'logs');
      if (fs.existsSync(logs)) fs.cpSync(logs, path.join(out, 'logs'), { recursive: true, force: true });
    }
    await this.context.close().catch(() => undefined);
    await this.server.stop();
  }
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}
