/**
 * The VS Code extension: starts dist/server.js over Node IPC and adds a language-status item and
 * commands. The client id 'factcheck' makes the `factcheck.trace.server` setting work.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentStatusMethod, factsStatusMethod, type DocumentStatusParams, type FactsStatusParams } from '../../server/src/lsp/protocol';
import { defaultSettings } from '../../server/src/lsp/settings';
import { registerCommands } from './commands';
import { FactcheckStatus } from './status';

let client: LanguageClient | undefined;

function checkedLanguages(): string[] {
  return vscode.workspace.getConfiguration('factcheck').get<string[]>('languages') ?? defaultSettings.languages;
}

/** Checked documents, plus facts files so the server sees their unsaved edits. */
function documentSelector(languages: readonly string[]): LanguageClientOptions['documentSelector'] {
  return [
    ...languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    { scheme: 'file', pattern: '**/*.facts.json' },
  ];
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, status: FactcheckStatus): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(checkedLanguages()),
    outputChannel: output,
    // Without onChange, pull diagnostics would only refresh on open and save.
    diagnosticPullOptions: { onChange: true, onSave: true },
    markdown: { isTrusted: false, supportHtml: false },
  };
  const c = new LanguageClient('factcheck', 'factcheck', serverOptions, clientOptions);
  c.onNotification(factsStatusMethod, (params: FactsStatusParams) => status.onFacts(params));
  c.onNotification(documentStatusMethod, (params: DocumentStatusParams) => status.onDocument(params));
  await c.start();
  return c;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('factcheck', { log: true });
  const status = new FactcheckStatus(checkedLanguages().map((language) => ({ language })));
  context.subscriptions.push(output, status);

  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    await old?.stop().catch((error: unknown) => output.error(`stopping the server: ${String(error)}`));
    client = await startClient(context, output, status);
  };

  context.subscriptions.push(
    ...registerCommands({ client: () => client, restart, output, status }),
    // The document selector is fixed when a client starts: a new language list needs a new client.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('factcheck.languages')) void restart();
    }),
  );
  client = await startClient(context, output, status);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
