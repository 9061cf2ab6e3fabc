/**
 * Loads playwright-core from the e2e tool folder (.e2e/, filled by scripts/e2e/setup.sh),
 * which is not one of the project's dependencies. The interfaces below type only the part
 * of Playwright's API the scenarios use; they match playwright-core 1.64's signatures.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { chromiumPath, toolsDir } from '../paths';

export interface Locator {
  click(options?: { button?: 'left' | 'right'; position?: { x: number; y: number }; timeout?: number }): Promise<void>;
  dblclick(options?: { timeout?: number }): Promise<void>;
  hover(options?: { position?: { x: number; y: number }; timeout?: number }): Promise<void>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  count(): Promise<number>;
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean }): Locator;
  filter(options: { hasText?: string | RegExp; hasNotText?: string | RegExp }): Locator;
  innerText(options?: { timeout?: number }): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  isVisible(): Promise<boolean>;
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  press(key: string, options?: { timeout?: number }): Promise<void>;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
}

export interface Keyboard {
  press(key: string, options?: { delay?: number }): Promise<void>;
  type(text: string, options?: { delay?: number }): Promise<void>;
  insertText(text: string): Promise<void>;
}

export interface Mouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  click(x: number, y: number, options?: { button?: 'left' | 'right'; clickCount?: number }): Promise<void>;
}

export interface Page {
  goto(url: string, options?: { timeout?: number; waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit' }): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean }): Locator;
  keyboard: Keyboard;
  mouse: Mouse;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<Buffer>;
  /** Evaluates a JavaScript expression in the page (see inPage.ts) and returns its JSON value. */
  evaluate<R>(expression: string): Promise<R>;
  setDefaultTimeout(ms: number): void;
  on(event: 'console', listener: (msg: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (err: Error) => void): void;
}

export interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
  grantPermissions(permissions: string[], options?: { origin?: string }): Promise<void>;
}

export interface Browser {
  newContext(options?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number }): Promise<BrowserContext>;
  close(): Promise<void>;
}

interface PlaywrightModule {
  chromium: { launch(options: { executablePath: string; headless?: boolean; args?: string[]; timeout?: number }): Promise<Browser> };
}

/** Chromium flags from the recipe: no sandbox as root, and no network chatter on a closed network. */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

/** Launches Debian's Chromium, headless, through playwright-core from the tool folder. */
export async function launchChromium(): Promise<Browser> {
  const requireFromTools = createRequire(path.join(toolsDir, 'package.json'));
  const playwright = requireFromTools('playwright-core') as PlaywrightModule;
  return playwright.chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, timeout: 60_000 });
}
