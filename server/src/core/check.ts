import type { CheckedClaim, DocumentKind, FactBase } from './types';

/**
 * Checks a whole document. Offsets in the result are UTF-16 indices into `text`.
 * Claims are sorted by `start`; suppressed claims (disable comments) are left out.
 */
export function checkDocument(text: string, kind: DocumentKind, facts: FactBase): CheckedClaim[] {
  return new Checker(facts).check(text, kind);
}

/**
 * A checker bound to one fact base. It remembers the claims of each prose block it has seen,
 * so re-checking an edited document only re-reads the blocks that changed.
 */
export class Checker {
  constructor(readonly facts: FactBase) {}

  check(_text: string, _kind: DocumentKind): CheckedClaim[] {
    return []; // STUB: being implemented
  }
}
