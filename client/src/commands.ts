/** The extension's commands; each is a thin call into the language client or VS Code. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspaceMethod, type CheckWorkspaceParams, type CheckWorkspaceResult } from '../../server/src/lsp/protocol';
import type { FactcheckStatus } from './status';

export interface CommandContext {
  client(): LanguageClient | undefined;
  restart(): Promise<void>;
  output: vscode.LogOutputChannel;
  status: FactcheckStatus;
}

/** Registers factcheck.checkWorkspace, .openFactsFile, .showOutput, .restartServer and .fixAll. */
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('factcheck.checkWorkspace', async () => {
      const client = ctx.client();
      if (!client) return;
      // The server reports progress itself (work-done progress), cancellable from the UI.
      const result = await client.sendRequest<CheckWorkspaceResult>(checkWorkspaceMethod, {} satisfies CheckWorkspaceParams);
      const summary = `factcheck: ${result.files} file(s) checked, ${result.contradicted} contradicted and ${result.unverifiable} unverifiable claim(s)${result.cancelled ? ' (cancelled)' : ''}.`;
      ctx.output.info(summary);
      // Not awaited: the command is done when the check is, whether or not the message is answered.
      void vscode.window.showInformationMessage(summary, 'Show Problems').then((choice) =>
        choice ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined);
      return result;
    }),
    vscode.commands.registerCommand('factcheck.openFactsFile', async () => {
      const active = vscode.window.activeTextEditor?.document.uri;
      const inScope = ctx.status.scopeOf(active)?.files ?? [];
      const files = inScope.length > 0 ? inScope : ctx.status.allFiles();
      if (files.length === 0) {
        void vscode.window.showInformationMessage('factcheck: no facts file in use yet. Open a Markdown or text file first.');
        return;
      }
      const picked = files.length === 1 ? files[0] : (await vscode.window.showQuickPick(
        files.map((f) => ({ label: path.basename(f), description: f, file: f })),
        { placeHolder: 'Facts file to open' },
      ))?.file;
      if (picked) await vscode.window.showTextDocument(vscode.Uri.file(picked));
    }),
    vscode.commands.registerCommand('factcheck.showOutput', () => ctx.output.show(true)),
    vscode.commands.registerCommand('factcheck.restartServer', () => ctx.restart()),
    vscode.commands.registerCommand('factcheck.fixAll', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.factcheck', apply: 'first' })),
  ];
}
