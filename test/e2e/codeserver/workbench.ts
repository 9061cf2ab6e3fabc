/**
 * Drives the VS Code workbench in code-server the way a person does: clicks in the
 * Explorer, keyboard shortcuts, the command palette, the mouse over a figure. Reads back
 * what the screen shows (Problems rows, squiggles, hovers, status bar) as plain data.
 * Every wait is bounded and waits for the screen, never for a fixed time.
 */
import type { Page } from './playwright';
import { callInPage } from './inPage';
import { until } from './wait';

/** One row of the Problems panel. `line` and `column` are 1-based, as VS Code shows them. */
export interface Problem {
  file: string;
  severity: 'Error' | 'Warning' | 'Info' | 'Hint' | 'Unknown';
  message: string;
  line: number;
  column: number;
  source: string;
}

/** A squiggle in the active editor and the text it underlines. */
export interface Squiggle {
  severity: string;
  text: string;
}

/** Screen rectangle in CSS pixels. */
interface Box { x: number; y: number; width: number; height: number }

const ACTIVE_EDITOR = '.editor-group-container.active .editor-container .monaco-editor';

export class Workbench {
  constructor(readonly page: Page) {}

  /** Loads the workbench at `url` and waits until the Explorer shows the folder's files. */
  async open(url: string, firstFile: string): Promise<void> {
    await this.page.goto(url, { timeout: 60_000 });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.explorerItem(firstFile).waitFor({ timeout: 60_000 });
  }

  private explorerItem(name: string) {
    return this.page.locator('.explorer-folders-view').getByRole('treeitem', { name, exact: true });
  }

  /**
   * Opens `relPath` (slash-separated, relative to the folder) by clicking through the
   * Explorer, then waits until its editor is active and shows text.
   */
  async openFile(relPath: string): Promise<void> {
    const parts = relPath.split('/');
    for (const [i, part] of parts.entries()) {
      const item = this.explorerItem(part);
      await item.waitFor({ timeout: 15_000 });
      if (i < parts.length - 1) {
        if ((await item.getAttribute('aria-expanded')) !== 'true') await item.click();
      } else {
        // A double click opens the file pinned and moves the focus into its editor.
        await item.dblclick();
      }
    }
    const name = parts[parts.length - 1];
    await this.page.locator(`.editor-group-container.active .tab.active[data-resource-name="${name}"]`).waitFor({ timeout: 15_000 });
    await this.page.locator(`${ACTIVE_EDITOR} .view-line`).first().waitFor({ timeout: 15_000 });
  }

  /** The active editor's visible lines, top to bottom, with non-breaking spaces as spaces. */
  async editorLines(): Promise<string[]> {
    return this.page.evaluate<string[]>(callInPage('lines', ACTIVE_EDITOR));
  }

  /** Waits until some line of the active editor satisfies `accept`; returns all lines. */
  async waitForLines(accept: (lines: string[]) => boolean, what: string, timeout = 20_000): Promise<string[]> {
    return until(() => this.editorLines(), accept, { what, timeout });
  }

  /** Where `needle` is drawn in the active editor (the nth occurrence, 0-based), or null. */
  async textBox(needle: string, occurrence = 0): Promise<Box | null> {
    return this.page.evaluate<Box | null>(callInPage('textBox', ACTIVE_EDITOR, needle, occurrence));
  }

  /** Waits until `needle` is on screen in the active editor and returns its box. */
  async waitForText(needle: string, occurrence = 0): Promise<Box> {
    const box = await until(() => this.textBox(needle, occurrence), (b) => b !== null, { what: `"${needle}" in the editor`, timeout: 15_000 });
    return box as Box;
  }

  /** The squiggles in the active editor, each with the characters it underlines. */
  async squiggles(): Promise<Squiggle[]> {
    return this.page.evaluate<Squiggle[]>(callInPage('squiggles', ACTIVE_EDITOR));
  }

  /** Waits until the squiggles satisfy `accept`. */
  async waitForSquiggles(accept: (s: Squiggle[]) => boolean, what: string, timeout = 20_000): Promise<Squiggle[]> {
    return until(() => this.squiggles(), accept, { what, timeout });
  }

  /** Opens the Problems panel (Ctrl+Shift+M) unless it is already showing. */
  async showProblems(): Promise<void> {
    if (!(await this.page.locator('.markers-panel').isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
    }
    await this.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
  }

  /**
   * The problems the Problems panel shows, in its order. Rows are virtualised: call
   * `maximizePanel` first when more than about ten rows are expected. A row whose label
   * cannot be read is kept with severity "Unknown", so that a wait fails showing it.
   */
  async problems(): Promise<Problem[]> {
    const rows = await this.page.evaluate<{ label: string; level: string; top: number }[]>(callInPage('listRows', '.markers-panel .monaco-list-row'));
    rows.sort((a, b) => a.top - b.top);
    const out: Problem[] = [];
    let file = '';
    for (const row of rows) {
      if (row.level === '1') {
        // "3 problems in file economy.md of folder reports"
        const m = /in file (.+?) of folder (.+)$/.exec(row.label);
        file = m ? (m[2] === '.' ? m[1] : `${m[2]}/${m[1]}`) : row.label;
      } else if (row.level === '2') {
        // "Warning: <message> at line 3 and character 22. [This problem has references to 1 locations. ]generated by factcheck"
        const m = /^(Error|Warning|Info|Hint)\w*: ([\s\S]*) at line (\d+) and character (\d+)\. (?:This problem has references to \d+ locations?\. )?generated by (.*)$/.exec(row.label);
        out.push(m
          ? { file, severity: m[1] as Problem['severity'], message: m[2], line: Number(m[3]), column: Number(m[4]), source: m[5] }
          : { file, severity: 'Unknown', message: row.label, line: 0, column: 0, source: '' });
      }
    }
    return out;
  }

  /** Waits until the Problems panel's rows satisfy `accept` and returns them. */
  async waitForProblems(accept: (p: Problem[]) => boolean, what: string, timeout = 30_000): Promise<Problem[]> {
    await this.showProblems();
    return until(() => this.problems(), accept, { what: `Problems: ${what}`, timeout });
  }

  /**
   * Moves the mouse onto `needle` and waits until the hover's text (all its parts: the
   * problem, then the hover providers', which may arrive later) matches `expect`. A hover
   * asked for before the language server was ready stays empty, so the mouse leaves and
   * comes back until the hover shows, within the bound.
   */
  async hover(needle: string, expect: RegExp, timeout = 30_000): Promise<string> {
    const hover = this.page.locator(`${ACTIVE_EDITOR} .monaco-hover:not(.hidden)`);
    const attempt = async (): Promise<string> => {
      const box = await this.waitForText(needle);
      await this.page.mouse.move(box.x + box.width / 2, box.y - 60);
      await hover.first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      return until(async () => (await hover.allInnerTexts()).join('\n'), (t) => expect.test(t), { what: 'hover', timeout: 4_000 })
        .catch(() => '');
    };
    return until(attempt, (t) => expect.test(t), { what: `a hover over "${needle}" matching ${expect}`, timeout });
  }

  /** Moves the keyboard focus into the active editor (other panels, such as Problems, take it). */
  async focusEditor(): Promise<void> {
    await this.page.locator(`${ACTIVE_EDITOR} .view-lines`).click({ position: { x: 2, y: 2 } });
  }

  /** Puts the cursor inside `needle` by clicking its middle; returns where `needle` is drawn. */
  async clickText(needle: string): Promise<Box> {
    const box = await this.waitForText(needle);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    return box;
  }

  /**
   * Ctrl+. on `needle`, then picks the code action titled `title` from the menu.
   * Returns the titles the menu offered.
   */
  async quickFix(needle: string, title: string | RegExp): Promise<string[]> {
    const box = await this.clickText(needle);
    // Ctrl+. pressed while the editor is still asking for this line's actions (right after
    // the click) can report "No code actions available"; the light bulb on the figure's
    // line shows that the answer has arrived (VS Code draws it on that line or, when the
    // line starts with text, on the line above).
    const bulb = this.page.locator(`${ACTIVE_EDITOR} .lightBulbWidget`);
    const mid = box.y + box.height / 2;
    await until(() => bulb.boundingBox(), (b) => b !== null && b.y + b.height / 2 > mid - 1.6 * box.height && b.y + b.height / 2 < mid + 0.6 * box.height,
      { what: `the light bulb on the line of "${needle}"`, timeout: 15_000 });
    const menu = this.page.locator('.action-widget');
    const item = menu.locator('.monaco-list-row.action', { hasText: title });
    // The bulb can still be the answer to an earlier request (a loaded machine answers late), and
    // Ctrl+. then shows "No code actions available": close that and ask again, within the bound,
    // as runCommand reopens a palette opened too early.
    await until(async () => {
      await this.page.keyboard.press('Control+.');
      const found = await item.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
      if (!found) await this.page.keyboard.press('Escape');
      return found;
    }, (found) => found, { what: `"${String(title)}" in the code-action menu on "${needle}"`, timeout: 30_000 });
    const titles = await menu.locator('.monaco-list-row.action').allInnerTexts();
    // Choose with the keyboard, as the menu expects (it blocks the pointer while it opens).
    const focused = menu.locator('.monaco-list-row.action.focused');
    for (let i = 0; i <= titles.length; i++) {
      const label = (await focused.getAttribute('aria-label', { timeout: 5_000 })) ?? '';
      if (typeof title === 'string' ? label.includes(title) : title.test(label)) break;
      if (i === titles.length) throw new Error(`could not focus "${title}" in the menu: ${titles.join(' | ')}`);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 10_000 });
    return titles.map((t) => t.trim());
  }

  /**
   * Runs a command from the command palette (F1) by its label, e.g. "factcheck: Check
   * Workspace". The palette lists an extension's commands only once the workbench has read
   * the extension, so a palette opened too early is closed and opened again, within the bound.
   */
  async runCommand(label: string, timeout = 30_000): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    const row = widget.locator('.monaco-list-row', { hasText: label });
    await until(async () => {
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${label}`);
      const found = await row.first().waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
      if (!found) {
        await this.page.keyboard.press('Escape');
        await widget.waitFor({ state: 'hidden', timeout: 5_000 });
      }
      return found;
    }, (found) => found, { what: `"${label}" in the command palette`, timeout });
    await input.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** The language-status item's accessible text ("Editor Language Status: …"). */
  async languageStatus(): Promise<string> {
    return (await this.page.locator('[id="status.languageStatus"]').getAttribute('aria-label', { timeout: 10_000 })) ?? '';
  }

  /** Saves the active editor (Ctrl+S), which also runs `editor.codeActionsOnSave`. */
  async save(): Promise<void> {
    const dirty = this.page.locator('.editor-group-container.active .tab.active.dirty');
    // A save with nothing to save runs no save participants: fail here, not later.
    await dirty.waitFor({ state: 'attached', timeout: 5_000 });
    await this.page.keyboard.press('Control+S');
    await dirty.waitFor({ state: 'detached', timeout: 15_000 });
  }

  /** Maximises the panel (Problems), so more of its virtualised rows are on screen. */
  async maximizePanel(): Promise<void> {
    await this.showProblems();
    await this.runCommand('View: Toggle Maximized Panel');
  }

  /** Goes to `line`:`column` (1-based) in the active editor with Ctrl+G. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  }
}
