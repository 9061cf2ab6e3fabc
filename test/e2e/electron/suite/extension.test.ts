/**
 * The extension in real VS Code: diagnostics, hover, quick fix, Fix All, facts-file edits and
 * Check Workspace. Every wait is on an event (languages.onDidChangeDiagnostics), bounded by
 * mocha's timeout; none sleeps.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const workspace = process.env.FACTCHECK_E2E_WORKSPACE ?? vscode.workspace.workspaceFolders![0].uri.fsPath;
const fileUri = (rel: string): vscode.Uri => vscode.Uri.file(path.join(workspace, rel));

function factcheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factcheck');
}

/** Resolves with the factcheck diagnostics of `uri` once `accept` holds for them. */
function diagnosticsWhen(uri: vscode.Uri, accept: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const ds = factcheckDiagnostics(uri);
      if (!accept(ds)) return false;
      subscription.dispose();
      resolve(ds);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

const contradicted = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === 'contradicted';
});

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

describe('factcheck in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'factcheck');
    assert.ok(extension, 'the extension under development is loaded');
    await vscode.workspace.openTextDocument(fileUri('docs/economy.md')); // activates onLanguage:markdown
    await extension.activate();
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['factcheck.checkWorkspace', 'factcheck.openFactsFile', 'factcheck.showOutput', 'factcheck.restartServer', 'factcheck.fixAll']) {
      assert.ok(commands.includes(c), c);
    }
  });

  it('underlines exactly the wrong figures, English and Chinese, with the workspace facts too', async () => {
    const uri = fileUri('docs/economy.md');
    const editor = await vscode.window.showTextDocument(uri);
    const ds = contradicted(await diagnosticsWhen(uri, (d) => contradicted(d).length === 3));
    assert.deepEqual(ds.map((d) => editor.document.getText(d.range)).sort(), ['120 billion yuan', '2.5 trillion yuan', '30000亿元'].sort());
    assert.ok(ds.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.match(ds.find((d) => editor.document.getText(d.range) === '2.5 trillion yuan')!.message, /22,718\.34 亿元/);
  });

  it('hovers with the fact, its period and its source', async () => {
    const uri = fileUri('docs/economy.md');
    const editor = await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (d) => contradicted(d).length > 0);
    const at = editor.document.positionAt(editor.document.getText().indexOf('2.5 trillion'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    for (const part of ['contradicted', '2.27 trillion yuan', '2021', 'final', 'Source']) assert.ok(text.includes(part), `${part} in ${text}`);
  });

  it('fixes one figure with the quick fix, then the rest with source.fixAll.factcheck', async () => {
    const uri = fileUri('docs/economy.md');
    const editor = await vscode.window.showTextDocument(uri);
    const [first] = contradicted(await diagnosticsWhen(uri, (d) => contradicted(d).length === 3));
    const fix = (await codeActions(uri, first.range, vscode.CodeActionKind.QuickFix.value)).find((a) => a.isPreferred);
    assert.ok(fix?.edit, 'a preferred quick fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await diagnosticsWhen(uri, (d) => contradicted(d).length === 2);
    const all = (await codeActions(uri, new vscode.Range(0, 0, editor.document.lineCount, 0), 'source.fixAll.factcheck'))[0];
    assert.equal(all?.title, 'Fix all factcheck problems');
    assert.ok(await vscode.workspace.applyEdit(all.edit!));
    await diagnosticsWhen(uri, (d) => contradicted(d).length === 0);
    assert.ok(editor.document.getText().includes('2021年苏州地区生产总值达到22718.34亿元。'));
  });

  it('re-checks open documents when a workspace facts file is edited, and flags a broken one', async () => {
    const docUri = fileUri('docs/economy.md');
    await vscode.window.showTextDocument(docUri);
    await diagnosticsWhen(docUri, (d) => contradicted(d).length === 3);
    const factsUri = fileUri('facts/testville.facts.json');
    const facts = await vscode.workspace.openTextDocument(factsUri);
    const at = facts.getText().indexOf('100000000000');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(factsUri, new vscode.Range(facts.positionAt(at), facts.positionAt(at + 3)), '120');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsWhen(docUri, (d) => contradicted(d).length === 2);
    const broken = new vscode.WorkspaceEdit();
    broken.replace(factsUri, new vscode.Range(facts.positionAt(at), facts.positionAt(at + 12)), '"lots"');
    assert.ok(await vscode.workspace.applyEdit(broken));
    const problems = await diagnosticsWhen(factsUri, (d) => d.length > 0);
    assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(contradicted(factcheckDiagnostics(docUri)).length, 2, 'the last good facts stay in use');
    await vscode.window.showTextDocument(facts);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('checks plain text too', async () => {
    const uri = fileUri('docs/notes.txt');
    await vscode.window.showTextDocument(uri);
    assert.equal(contradicted(await diagnosticsWhen(uri, (d) => contradicted(d).length === 1)).length, 1);
  });

  it('Check Workspace lists problems of files that are not open, skipping files.exclude', async () => {
    const closed = fileUri('docs/closed.md');
    const listed = diagnosticsWhen(closed, (d) => contradicted(d).length === 1);
    const result = await vscode.commands.executeCommand<{ files: number; cancelled: boolean }>('factcheck.checkWorkspace');
    assert.equal(result.cancelled, false);
    await listed;
    assert.deepEqual(factcheckDiagnostics(fileUri('drafts/excluded.md')), []);
  });
});
