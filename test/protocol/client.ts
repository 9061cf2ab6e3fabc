/**
 * A small LSP test client: spawns the bundled server (`node dist/server.js --stdio`) and talks
 * JSON-RPC to it with vscode-languageserver-protocol. Every wait is on a message (a notification,
 * a request from the server, a response), never on a timer; mocha's timeout bounds them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  CancellationTokenSource, createProtocolConnection, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest,
  ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  StreamMessageReader, StreamMessageWriter, CodeActionRequest, HoverRequest,
  type ClientCapabilities, type CodeAction, type CodeActionContext, type Diagnostic, type DocumentDiagnosticReport,
  type FileEvent, type Hover, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams, type Range,
  type TextDocumentContentChangeEvent, type TextDocumentEdit, type TextEdit, type WorkspaceFolder, type ConfigurationItem,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const root = path.resolve(__dirname, '..', '..');
/** The bundled server; FACTCHECK_SERVER points the tests at another build. */
export const serverPath = process.env.FACTCHECK_SERVER ?? path.join(root, 'dist', 'server.js');

export interface StartOptions {
  /** Declare pull-diagnostic support (VS Code) or not (Neovim 0.7: push). */
  pull: boolean;
  workspaceFolders?: WorkspaceFolder[];
  /** Answers workspace/configuration; default: null for every item (server defaults). */
  configuration?: (item: ConfigurationItem) => unknown | Promise<unknown>;
  initializationOptions?: unknown;
}

type Waiter<T> = { test: (value: T) => boolean; resolve: (value: T) => void };

/** Resolves with the first value `test` accepts among those already seen or still to come. */
class Channel<T> {
  readonly seen: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(value: T): void {
    this.seen.push(value);
    this.waiters = this.waiters.filter((w) => (w.test(value) ? (w.resolve(value), false) : true));
  }

  /** The next value from now on that passes `test`. */
  next(test: (value: T) => boolean = () => true): Promise<T> {
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** A value already seen that passes `test`, else the next one. */
  find(test: (value: T) => boolean): Promise<T> {
    const found = this.seen.find(test);
    return found !== undefined ? Promise.resolve(found) : this.next(test);
  }
}

export class TestClient {
  readonly published = new Channel<PublishDiagnosticsParams>();
  readonly notifications = new Channel<{ method: string; params: unknown }>();
  readonly refreshes = new Channel<number>();
  readonly progress = new Channel<{ token: string | number; value: { kind: string; message?: string; percentage?: number } }>();
  readonly configurationRequests = new Channel<ConfigurationItem>();
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly docs = new Map<string, TextDocument>();
  configuration: (item: ConfigurationItem) => unknown | Promise<unknown>;
  initializeResult!: InitializeResult;
  private refreshCount = 0;

  private constructor(readonly connection: ProtocolConnection, readonly process: ChildProcess, options: StartOptions) {
    this.configuration = options.configuration ?? (() => null);
  }

  static async start(options: StartOptions): Promise<TestClient> {
    // FACTCHECK_NODE_ARGS passes options to the server's node, e.g. "--cpu-prof" for profiling.
    const nodeArgs = (process.env.FACTCHECK_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child, options);
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => client.published.push(p));
    connection.onNotification('$/progress', (params: unknown) => client.progress.push(params as never));
    for (const method of ['factcheck/factsStatus', 'factcheck/documentStatus']) {
      connection.onNotification(method, (params: unknown) => client.notifications.push({ method, params }));
    }
    connection.onRequest('workspace/configuration', async (p: { items: ConfigurationItem[] }) => {
      p.items.forEach((i) => client.configurationRequests.push(i));
      return Promise.all(p.items.map((i) => client.configuration(i)));
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes.push(++client.refreshCount);
      return null;
    });
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      workspace: {
        configuration: true,
        workspaceFolders: true,
        workspaceEdit: { documentChanges: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      window: { workDoneProgress: true },
    };
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<TextDocument> {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.docs.set(uri, doc);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return doc;
  }

  /** Sends incremental changes (or a full text) and applies them to the client's copy. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<TextDocument> {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return doc;
  }

  /** Replaces `[start, end)` (UTF-16 offsets of the client's copy) by `text`. */
  async edit(uri: string, start: number, end: number, text: string): Promise<TextDocument> {
    const doc = this.docs.get(uri)!;
    return this.change(uri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text }]);
  }

  /** Applies a workspace edit as VS Code does: refused when its version is not the document's. */
  async applyEdit(action: CodeAction): Promise<TextDocument> {
    const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    if (!change) throw new Error(`no document change in ${action.title}`);
    const doc = this.docs.get(change.textDocument.uri)!;
    if (change.textDocument.version !== doc.version) throw new Error(`stale edit: v${change.textDocument.version}, document v${doc.version}`);
    const edits = (change.edits as TextEdit[]).slice().sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    return this.change(doc.uri, edits.map((e) => ({ range: e.range, text: e.newText })));
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async pull(uri: string, previousResultId?: string, token?: CancellationTokenSource): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }, token?.token);
  }

  /** Pulled diagnostics of a full report. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.pull(uri);
    if (report.kind !== 'full') throw new Error('expected a full report');
    return report.items;
  }

  /** The next push for `uri` whose version is at least `version` (push mode). */
  pushed(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.published.next((p) => p.uri === uri && (version === undefined || (p.version ?? -1) >= version));
  }

  hover(uri: string, offset: number): Promise<Hover | null> {
    const doc = this.docs.get(uri)!;
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: doc.positionAt(offset) });
  }

  async codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context });
    return (result ?? []) as CodeAction[];
  }

  async configurationChanged(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** A refresh request from the server that comes after this call. */
  nextRefresh(): Promise<number> {
    return this.refreshes.next();
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.process.kill();
    }
    await exited;
    this.connection.dispose();
  }
}
