/**
 * Starts and stops code-server (VS Code 1.100 in the browser) for one scenario: a free
 * loopback port, its own user-data folder, and a process group that `stop()` ends whole,
 * so no extension host or language server outlives the scenario.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { codeServerBin } from '../paths';

const execFileP = promisify(execFile);

/** Settings every scenario starts with: nothing may stand between the test and the editor. */
export const baseUserSettings: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // A short hover delay keeps hover waits short; the hover is still awaited, not assumed.
  'editor.hover.delay': 150,
  // VS Code in a browser auto-saves after a second by default; desktop VS Code does not.
  // An auto-save (reason AUTO) skips editor.codeActionsOnSave, and a Ctrl+S that follows
  // finds nothing dirty, so "fix all on save" raced the clock on a slow machine.
  'files.autoSave': 'off',
};

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Installs a .vsix into an extensions folder with code-server's own CLI, as a user would
 * with `code --install-extension`. Throws with code-server's output when it fails.
 */
export async function installExtension(vsix: string, extensionsDir: string, userDataDir: string): Promise<void> {
  const { stdout, stderr } = await execFileP(process.execPath, [
    codeServerBin, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--install-extension', vsix, '--force',
  ], { timeout: 120_000 });
  if (!/successfully installed/i.test(stdout + stderr)) {
    throw new Error(`installing ${vsix} failed:\n${stdout}\n${stderr}`);
  }
}

/** Writes user settings (User/settings.json) into a fresh user-data folder. */
export function writeUserSettings(userDataDir: string, settings: Record<string, unknown>): void {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...baseUserSettings, ...settings }, null, 2));
}

export interface CodeServerOptions {
  userDataDir: string;
  extensionsDir: string;
  /** The folder to open. */
  workspace: string;
  /** code-server's stdout and stderr go here. */
  logFile: string;
  /** Upper bound on waiting for the HTTP endpoint, in ms. */
  startTimeoutMs?: number;
}

export interface CodeServer {
  /** Base URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** URL that opens `workspace` in the workbench. */
  workspaceUrl: string;
  /** Ends code-server's whole process group (extension host and language server included). */
  stop(): Promise<void>;
}

/** Resolves once `url` answers with any HTTP status below 500; rejects if `child` exits or time runs out. */
async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => { exited = code; });
  for (;;) {
    if (exited !== undefined) throw new Error(`code-server exited with ${exited} before answering; see ${logFile}`);
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get(url, (res) => { res.resume(); resolve((res.statusCode ?? 500) < 500); });
      req.setTimeout(1000, () => req.destroy());
      req.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms; see ${logFile}`);
    // Not a fixed sleep: a short pause between connection attempts while the port opens.
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Process groups of running code-servers, ended if the test process exits or is told to stop. */
const liveGroups = new Set<number>();
let cleanupInstalled = false;

function killGroups(): void {
  for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ } }
  liveGroups.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.once('exit', killGroups);
  // Without these, a killed test run would leave code-server (a group of its own) running.
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => { killGroups(); process.exit(128 + (signal === 'SIGTERM' ? 15 : 1)); });
  }
}

/** Starts code-server on a free loopback port with no auth, and waits until it answers HTTP. */
export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const port = await freePort();
  const log = fs.openSync(opts.logFile, 'a');
  const child = spawn(process.execPath, [
    codeServerBin,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', opts.userDataDir,
    '--extensions-dir', opts.extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    opts.workspace,
  ], {
    // A process group of its own, so stop() can end the extension host and servers too.
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, VSCODE_PROXY_URI: '' },
  });
  fs.closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  const url = `http://127.0.0.1:${port}/`;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    const leaderAlive = child.exitCode === null && child.signalCode === null;
    try { process.kill(-pid, 'SIGTERM'); } catch { return; /* no process of the group is left */ }
    if (leaderAlive) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exitedPromise, new Promise<void>((r) => { timer = setTimeout(r, 5000); })]);
      clearTimeout(timer);
    }
    // Whatever of the group outlived the leader (extension host, language server) ends now.
    try { process.kill(-pid, 'SIGKILL'); } catch { /* all gone */ }
  };
  installCleanup();
  liveGroups.add(pid);
  try {
    await waitForHttp(`${url}healthz`, child, opts.startTimeoutMs ?? 30_000, opts.logFile);
  } catch (err) {
    await stop();
    liveGroups.delete(pid);
    throw err;
  }
  return {
    url,
    workspaceUrl: `${url}?folder=${encodeURIComponent(opts.workspace)}`,
    stop: async () => { await stop(); liveGroups.delete(pid); },
  };
}
