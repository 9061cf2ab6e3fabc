/**
 * What the extension and the server must report for the fixture workspace
 * (test/e2e/fixtures/workspace), shared by the code-server scenarios and the Neovim test.
 * Lines and columns are 1-based, columns in UTF-16 code units, as VS Code shows them.
 */

export interface WrongFigure {
  line: number;
  column: number;
  /** The figure as written; the diagnostic range must lie inside it and include its digits. */
  figure: string;
  /** Fragments the message must contain (the fact's value, the claimed figure). */
  mentions: string[];
  /** Title of the preferred quick fix. */
  fixTitle: string;
}

/** The wrong figures of economy.md, top to bottom; its other figures are right or not about Suzhou. */
export const economyWrong: WrongFigure[] = [
  { line: 3, column: 22, figure: '2.5 trillion yuan', mentions: ['22,718.34', '2.5 trillion yuan'], fixTitle: 'Change to 2.27 trillion yuan' },
  { line: 11, column: 16, figure: '30000亿元', mentions: ['22,718.34', '30000亿元'], fixTitle: 'Change to 22718.34亿元' },
  { line: 17, column: 13, figure: '20 million yuan', mentions: ['30 million', '20 million yuan'], fixTitle: 'Change to 30 million yuan' },
];
