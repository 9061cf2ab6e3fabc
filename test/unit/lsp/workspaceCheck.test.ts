import * as assert from 'node:assert/strict';
import { enabledExcludes, filesToCheck, isExcluded } from '../../../server/src/lsp/workspaceCheck';

describe('lsp/workspaceCheck', () => {
  it('keeps only the globs files.exclude switches on', () => {
    assert.deepEqual(enabledExcludes({ '**/.git': true, '**/drafts': false, '**/*.js': { when: '$(basename).ts' } }), ['**/.git']);
    assert.deepEqual(enabledExcludes(null), []);
  });

  const cases: [string, string[], boolean][] = [
    ['docs/a.md', ['**/node_modules/**'], false],
    ['node_modules/x/README.md', ['**/node_modules/**'], true],
    ['.git/info.txt', ['**/.git'], true],
    ['drafts/old/a.md', ['drafts'], true],
    ['notes/drafts.md', ['drafts'], false],
    ['a.txt', ['**/*.txt'], true],
  ];
  for (const [file, globs, expected] of cases) {
    it(`isExcluded(${file}, ${globs}) is ${expected}`, () => assert.equal(isExcluded(file, globs), expected));
  }

  it('lists Markdown and text files, pruning excluded directories', () => {
    const tree = ['a.md', 'b.markdown', 'c.txt', 'd.json', 'node_modules/x/e.md', 'drafts/f.md', 'docs/g.MD'];
    const prunedDirs: string[] = [];
    const walk = (skip: (dir: string) => boolean): string[] => tree.filter((f) => {
      const dirs = f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
      const pruned = dirs.find(skip);
      if (pruned) prunedDirs.push(pruned);
      return !pruned;
    });
    assert.deepEqual(filesToCheck(walk, (f) => f, ['**/node_modules/**', 'drafts/**']), ['a.md', 'b.markdown', 'c.txt', 'docs/g.MD']);
    assert.ok(prunedDirs.includes('node_modules/x'));
  });
});
