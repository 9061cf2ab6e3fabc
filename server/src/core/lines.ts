/**
 * Offsets to line and column numbers: 1-based as eslint and SARIF count them, 0-based as LSP and
 * facts-file problems do. Columns are UTF-16 code units (what a JavaScript string index counts).
 */

/** A 1-based line and UTF-16 column. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Line starts of a text, built in one pass. Line breaks are `\n`, `\r\n` and a lone `\r`
 * (as CommonMark has them), so CRLF files get the same lines an editor shows.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        this.starts.push(i + 1);
      } else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Number of lines (a text ending with a break has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /**
   * The 1-based position of UTF-16 offset `offset` (clamped to `[0, text.length]`).
   * An offset between the `\r` and `\n` of a CRLF maps to the end of that line.
   */
  positionAt(offset: number): LineColumn {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo] + 1 };
  }

  /** The 0-based line and UTF-16 column of `offset`, as LSP positions count them. */
  position(offset: number): LineColumn {
    const p = this.positionAt(offset);
    return { line: p.line - 1, column: p.column - 1 };
  }
}
