/**
 * Edit-to-diagnostics time of the bundled language server on a 1 MB Markdown document: the time
 * from sending a one-character didChange to having that version's diagnostics, in pull mode (VS
 * Code) and in push mode with the debounce set to 0 (so the figure is the server's own work).
 * Prints median and p95 over many edits; target: p95 under 30 ms. No asserts.
 *
 *   node --import tsx bench/lsp.ts [edits]      (run `npm run build` first)
 */
import { DidChangeTextDocumentNotification, type Position } from 'vscode-languageserver-protocol/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../test/protocol/client';
import { largeDocument } from '../test/protocol/largeDocument';

const edits = Number(process.argv[2] ?? 200);
const uri = 'file:///bench/large.md';

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function report(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const p95 = quantile(sorted, 0.95);
  console.log(`${label.padEnd(36)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   max ${sorted[sorted.length - 1].toFixed(1).padStart(6)} ms   (${times.length} edits, target p95 < 30 ms${p95 < 30 ? ': met' : ': MISSED'})`);
}

/** Prose positions spread over the document, where a typed character changes no claim. */
function editPositions(doc: TextDocument, count: number): Position[] {
  const text = doc.getText();
  const out: Position[] = [];
  for (let i = 0; i < count; i++) {
    const at = text.indexOf('canals', Math.floor((text.length * (i + 0.5)) / count));
    out.push(doc.positionAt(at < 0 ? text.indexOf('canals') : at));
  }
  return out;
}

async function bench(pull: boolean): Promise<number[]> {
  const { text } = largeDocument();
  const client = await TestClient.start({ pull, initializationOptions: { debounceMs: 0 } });
  try {
    const opened = pull ? undefined : client.pushed(uri, 1);
    const doc = await client.open(uri, 'markdown', text);
    if (pull) await client.pull(uri);
    else await opened;
    const times: number[] = [];
    // Each step types a character and the next deletes it, so every position stays valid in the
    // original text and the client need not keep its own copy (its cost is not the server's).
    const positions = editPositions(doc, Math.ceil(edits / 2));
    for (let i = 0; i < edits; i++) {
      const start = positions[Math.floor(i / 2)];
      const insert = i % 2 === 0;
      const version = i + 2;
      const published = pull ? undefined : client.pushed(uri, version);
      const started = performance.now();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start, end: insert ? start : { line: start.line, character: start.character + 1 } }, text: insert ? 'x' : '' }],
      });
      if (pull) await client.pull(uri);
      else await published;
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await client.stop();
  }
}

async function main(): Promise<void> {
  const { text } = largeDocument();
  console.log(`language server, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB Markdown document, one-character edits:`);
  report('pull (textDocument/diagnostic)', await bench(true));
  report('push (publishDiagnostics, debounce 0)', await bench(false));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
