/**
 * The server's file-system access: listing a workspace folder and reading files. Kept apart so
 * the rest of the server can be given fakes in tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every file under `root` (absolute paths), depth first, in name order. `skipDir` gets the
 * `/`-separated path of each directory relative to `root` and prunes it when it returns true.
 * Unreadable directories and symbolic links are skipped (links could loop).
 */
export function walkFiles(root: string, skipDir: (relDir: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const visit = (dir: string, rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDir(childRel)) visit(full, childRel);
      } else if (entry.isFile()) {
        out.push(full);
      }
    }
  };
  visit(root, '');
  return out;
}

/** The UTF-8 text of a file, or null when it cannot be read. */
export function readTextFile(filePath: string): string | null {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
}
