/**
 * The language-status item of Markdown and plain-text editors: the facts in use for this file
 * (count and files) and this file's contradictions, from the server's status notifications.
 * Clicking it opens the output.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DocumentStatusParams, FactsScopeStatus, FactsStatusParams } from '../../server/src/lsp/protocol';

export class FactcheckStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private scopes: FactsScopeStatus[] = [];
  private readonly documents = new Map<string, DocumentStatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('factcheck.status', selector);
    this.item.name = 'factcheck';
    this.item.command = { title: 'Show Output', command: 'factcheck.showOutput', tooltip: 'Open the factcheck output' };
    this.item.text = 'factcheck: starting';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.documents.delete(doc.uri.toString())),
    );
  }

  onFacts(params: FactsStatusParams): void {
    this.scopes = params.scopes;
    this.render();
  }

  onDocument(params: DocumentStatusParams): void {
    this.documents.set(params.uri, params);
    this.render();
  }

  /** The facts scope of a document: its workspace folder's, else the one outside folders. */
  scopeOf(uri: vscode.Uri | undefined): FactsScopeStatus | undefined {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? null : null;
    return this.scopes.find((s) => s.folderUri === folder) ?? this.scopes[0];
  }

  /** Every facts file in use by any folder, without duplicates. */
  allFiles(): string[] {
    return [...new Set(this.scopes.flatMap((s) => s.files))];
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const scope = this.scopeOf(uri);
    const doc = uri ? this.documents.get(uri.toString()) : undefined;
    if (!scope) {
      this.item.text = 'factcheck: loading facts';
      this.item.detail = undefined;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const files = scope.files.map((f) => path.basename(f)).join(', ') || 'no facts file';
    const problems = doc && doc.checked
      ? `${doc.contradicted} contradicted${doc.unverifiable ? `, ${doc.unverifiable} unverifiable` : ''} in this file`
      : doc ? 'this file is not checked' : '';
    this.item.text = `factcheck: ${scope.facts} facts`;
    this.item.detail = [files, problems, scope.errors ? `${scope.errors} facts-file problem(s)` : ''].filter(Boolean).join(' · ');
    this.item.severity = scope.errors > 0 ? vscode.LanguageStatusSeverity.Error
      : doc && doc.contradicted > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
