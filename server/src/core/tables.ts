/**
 * Figures in table cells: a cell that holds nothing but a figure ("2.72", "22718.3") says what it
 * says only with its row's labels and its column's header ("| Suzhou | 2.72 |" under "| City |
 * 2021 GDP (trillion yuan) |"). Each such cell is read in a sentence made of those, with the unit
 * a header or label gives in brackets written after the figure: "Suzhou: 2021 GDP 2.72 trillion
 * yuan". Offsets are UTF-16, relative to the row's block.
 */
import type { Span } from './types';
import { findNumbers } from './numbers';
import { isIdeograph } from './chars';

/** A figure cell and the sentence it is read in. */
export interface CellSentence {
  /** The cell, relative to its row's block. */
  cell: Span;
  /** Labels, then the column's header, then the cell's text and the unit the table gives it. */
  sentence: string;
  /** Where the cell's text stands in `sentence`. */
  at: number;
}

/** A unit in brackets at the end of a header or label: "(trillion yuan)", "（亿元）", "(%)". */
const BRACKETED_UNIT = /[(（]\s*([^()（）]{1,24}?)\s*[)）]\s*$/u;

/** The text of `cell` in `prose`. */
function cellText(prose: string, cell: Span): string {
  return prose.slice(cell.start, cell.end);
}

/**
 * Whether `text` is a figure and nothing else: one figure spanning it all, not a bare year (a
 * year is a row's label, as in "| 2021 | 2.27 |").
 */
function isFigureCell(text: string): boolean {
  if (!text) return false;
  const found = findNumbers(text);
  return found.length === 1 && found[0].start === 0 && found[0].end === text.length && !found[0].isYear;
}

/** Whether a figure written `figure` already carries a scale, a currency or a percent sign. */
function hasUnit(figure: string): boolean {
  const [m] = findNumbers(figure);
  return m !== undefined && (m.style.scaleText !== null || m.currency !== null || m.percent);
}

/**
 * A header or label without the unit in brackets at its end, and that unit: "2021 GDP (trillion
 * yuan)" → "2021 GDP", "trillion yuan". The unit must read as a scale, a currency or a percent
 * after a figure; other brackets ("(Jiangsu)") stay in the label.
 */
function splitUnit(label: string): { label: string; unit: string | null } {
  const m = BRACKETED_UNIT.exec(label);
  if (!m) return { label, unit: null };
  const unit = m[1];
  const written = `1${joiner(unit)}${unit}`;
  const [figure] = findNumbers(written);
  const isUnit = figure !== undefined && figure.start === 0 && figure.end === written.length
    && (figure.style.scaleText !== null || figure.currency !== null || figure.percent);
  return isUnit ? { label: label.slice(0, m.index).trimEnd(), unit } : { label, unit: null };
}

/** What goes between a figure and its unit: nothing before Chinese or a percent sign, else a space. */
function joiner(unit: string): string {
  return isIdeograph(unit.charCodeAt(0)) || unit.startsWith('%') || unit.startsWith('％') ? '' : ' ';
}

/**
 * The figure cells of a table row (`row` and its `cells`), each with the sentence to read it in:
 * the row's other cells that are not figures (its labels), the cell's column header, then the
 * figure with the unit its header or its row's labels give in brackets (unless it has one).
 * `header` is the table's header row, or null when there is none to read.
 */
export function cellSentences(prose: string, cells: readonly Span[], header: { prose: string; cells: readonly Span[] } | null): CellSentence[] {
  const texts = cells.map((c) => cellText(prose, c));
  const figures = texts.map(isFigureCell);
  if (!figures.some(Boolean)) return [];
  const labels = texts.map((t, i) => (figures[i] ? null : splitUnit(t))).filter((l) => l !== null && l.label !== '') as { label: string; unit: string | null }[];
  const rowUnit = labels.find((l) => l.unit !== null)?.unit ?? null;
  const lead = labels.map((l) => l.label).join(', ');
  const out: CellSentence[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (!figures[i]) continue;
    const column = header && i < header.cells.length ? splitUnit(cellText(header.prose, header.cells[i])) : { label: '', unit: null };
    const unit = hasUnit(texts[i]) ? null : column.unit ?? rowUnit;
    const before = [lead, column.label].filter(Boolean).join(lead && column.label ? ': ' : '');
    const head = before ? `${before} ` : '';
    out.push({ cell: cells[i], sentence: `${head}${texts[i]}${unit ? joiner(unit) + unit : ''}`, at: head.length });
  }
  return out;
}
