/**
 * The factcheck engine: text and facts in, checked claims out. Pure: no editor, protocol or
 * file-system dependency (guarded by eslint's no-restricted-imports in eslint.config.mjs).
 */
export * from './types';
export { parseFactsFiles } from './facts';
export type { FactsFileInput, FactsParseResult } from './facts';
export { checkDocument, Checker } from './check';
export { extractProse } from './prose';
