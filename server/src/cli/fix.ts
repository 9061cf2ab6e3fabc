/** Applying the engine's fixes to a document's text. */
import type { TextEdit } from '../core';

/** The result of {@link applyEdits}. */
export interface AppliedEdits {
  text: string;
  /** Edits applied, in document order. */
  applied: TextEdit[];
}

/**
 * Applies non-overlapping edits (UTF-16 offsets into `text`) from the end backwards, so earlier
 * offsets stay valid. The engine promises edits never overlap; if two did, the later one in the
 * document would be kept and the other left out rather than corrupt the text. Nothing outside
 * the applied ranges changes.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): AppliedEdits {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  const applied: TextEdit[] = [];
  let out = text;
  let limit = text.length;
  for (const e of sorted) {
    if (e.start < 0 || e.end < e.start || e.end > limit) continue;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    applied.push(e);
    limit = e.start;
  }
  return { text: out, applied: applied.reverse() };
}
