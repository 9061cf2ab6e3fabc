// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Node built-ins the engine must never touch: it takes text and returns claims. */
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'worker_threads', 'url', 'process'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.e2e/**', '.vscode-test/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The bin shims load the CommonJS bundles in dist/.
    files: ['bin/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The engine boundary: pure TypeScript, no editor, protocol or file-system imports.
    files: ['server/src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'The engine must not depend on VS Code.' },
          ...nodeBuiltins.flatMap((name) => [
            { name, message: 'The engine takes text, not files: no Node built-ins.' },
            { name: `node:${name}`, message: 'The engine takes text, not files: no Node built-ins.' },
          ]),
        ],
        patterns: [
          { group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The engine must not depend on the LSP.' },
          { group: ['fs/*', 'node:fs/*'], message: 'The engine takes text, not files.' },
          { group: ['../lsp/*', '../cli/*', '**/lsp/**', '**/cli/**'], message: 'The engine must not import its front ends.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'require', message: 'No dynamic requires in the engine.' }],
      // Measured on Node 20: a case-insensitive Unicode pattern (/iu) ran about 35 times slower than
      // the same pattern with /i or /u alone (the target pattern, 2026-11). Where a pattern needs
      // Unicode mode (a bounded window that must count an emoji as one character), drop /i and
      // test lower-cased text instead.
      'no-restricted-syntax': ['error',
        { selector: 'Literal[regex.flags=/i/][regex.flags=/u/]', message: 'No /iu regular expressions in the engine: use /i, or /u on lower-cased text (see eslint.config.mjs).' },
        { selector: 'NewExpression[callee.name="RegExp"] > Literal.arguments:nth-child(2)[value=/i/][value=/u/]', message: 'No "iu" RegExp flags in the engine: use "i".' },
      ],
    },
  },
);
