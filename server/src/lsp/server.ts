/**
 * The factcheck language server: wires LSP requests to the engine. Each feature is "get the
 * document → check it (cached per version and fact base) → convert"; the conversions live in
 * diagnostics.ts, hover.ts and codeActions.ts, the facts in factsStore.ts.
 *
 * Diagnostics are pulled (textDocument/diagnostic) when the client supports it and pushed
 * (debounced publishDiagnostics) otherwise, never both for one document. The one exception is
 * Check Workspace, which pushes diagnostics for files that are not open; they are cleared when
 * such a file opens and pull diagnostics take over.
 */
import * as path from 'node:path';
import {
  CodeActionKind, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type ClientCapabilities, type Connection, type Diagnostic, type Disposable,
  type FileSystemWatcher, type InitializeResult, type WorkDoneProgressReporter, type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Checker, type CheckedClaim, type DocumentKind } from '../core';
import { readDocument } from '../node/documents';
import { buildCodeActions, fixAllKind } from './codeActions';
import { pathToUri, uriToPath } from './convert';
import { claimsToDiagnostics } from './diagnostics';
import { FactsStore, type FactsScope } from './factsStore';
import { readTextFile, walkFiles } from './files';
import { claimAt, hoverMarkdown } from './hover';
import {
  checkWorkspaceMethod, documentStatusMethod, factsStatusMethod,
  type CheckWorkspaceParams, type CheckWorkspaceResult, type DocumentStatusParams, type FactsStatusParams,
} from './protocol';
import { normalizeSettings, type FactcheckSettings } from './settings';
import { enabledExcludes, filesToCheck } from './workspaceCheck';

export interface ServerOptions {
  /** The bundled facts file, or null when none ships. */
  bundledFactsPath: string | null;
}

/** `initializationOptions` the server understands (all optional). */
interface InitOptions {
  /** Push-mode debounce after an edit, in milliseconds (default 150). */
  debounceMs?: number;
  /** Settings for clients that answer neither workspace/configuration nor send didChangeConfiguration. */
  settings?: unknown;
  /** The same, as Helix sends its `config` table ({ factcheck = { … } }). */
  factcheck?: unknown;
}

/** What one check of one document version found, with everything needed to convert it. */
interface Analysis {
  doc: TextDocument;
  version: number;
  kind: DocumentKind;
  settings: FactcheckSettings;
  scope: FactsScope;
  claims: CheckedClaim[];
}

interface Folder {
  uri: string;
  path: string;
}

const defaultDebounceMs = 150;

/** Language ids other editors use for plain text (Neovim and Helix say "text"). */
const languageAliases: Record<string, string> = { text: 'plaintext', txt: 'plaintext' };

/** Whether the settings' `languages` cover `languageId`, aliases included. */
function languageChecked(settings: FactcheckSettings, languageId: string): boolean {
  return settings.languages.includes(languageId) || settings.languages.includes(languageAliases[languageId] ?? '');
}

/** Lets queued messages (cancellations, newer edits) in before heavy work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** Registers every handler on `connection`; the caller then calls `connection.listen()`. */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const facts = new FactsStore({
    bundledPath: options.bundledFactsPath,
    // An open facts file's unsaved text wins over the disk, so editing one re-checks at once.
    readText: (filePath) => documents.get(pathToUri(filePath))?.getText() ?? readTextFile(filePath),
    listFiles: (folder) => walkFiles(folder, (rel) => rel.endsWith('node_modules') || rel.split('/').pop() === '.git'),
  });

  let pullMode = false;
  let refreshSupport = false;
  let configurationSupport = false;
  let versionedEdits = true;
  let workDoneSupport = false;
  let folderChangeSupport = false;
  let watcherRegistration: Promise<Disposable> | null = null;
  let watcherKey = '';
  let dynamicWatchers = false;
  let relativePatterns = false;
  let debounceMs = defaultDebounceMs;
  let fallbackSettings: unknown = undefined;
  let folders: Folder[] = [];

  /** Settings per scope URI (a document or a folder; '' for global), cleared when the configuration changes. */
  const settingsCache = new Map<string, Promise<FactcheckSettings>>();
  /** Claims per document URI, valid for one version and fact-base generation. */
  const claimsCache = new Map<string, { version: number; generation: number; kind: DocumentKind; claims: CheckedClaim[] }>();
  /** Push-mode timers per document URI. */
  const timers = new Map<string, NodeJS.Timeout>();
  /** Closed files whose diagnostics Check Workspace pushed (cleared when they open). */
  const pushedClosed = new Set<string>();
  let factsEditTimer: NodeJS.Timeout | undefined;

  const log = (message: string): void => connection.console.log(message);

  // ---- settings -------------------------------------------------------------------------------

  function settingsFor(scopeUri: string | undefined): Promise<FactcheckSettings> {
    let cached = settingsCache.get(scopeUri ?? '');
    if (!cached) {
      cached = configurationSupport
        ? connection.workspace.getConfiguration({ scopeUri, section: 'factcheck' }).then(normalizeSettings, () => normalizeSettings(fallbackSettings))
        : Promise.resolve(normalizeSettings(fallbackSettings));
      settingsCache.set(scopeUri ?? '', cached);
    }
    return cached;
  }

  async function filesExcludeFor(folderUri: string): Promise<string[]> {
    if (!configurationSupport) return [];
    try {
      return enabledExcludes(await connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' }));
    } catch {
      return [];
    }
  }

  // ---- facts ----------------------------------------------------------------------------------

  /** The workspace folder holding `uri` (the innermost one, for nested folders), or undefined. */
  function folderOf(uri: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of folders) {
      const prefix = folder.uri.endsWith('/') ? folder.uri : `${folder.uri}/`;
      if (uri.startsWith(prefix) && (!best || folder.uri.length > best.uri.length)) best = folder;
    }
    return best;
  }

  /** The facts scope for a document, configured from that document's settings. */
  function scopeFor(uri: string, settings: FactcheckSettings): FactsScope {
    const folder = folderOf(uri);
    const key = folder?.uri ?? '';
    if (facts.configure(key, folder?.path ?? null, settings)) factsChanged();
    const scope = facts.get(key);
    if (!scope) throw new Error(`facts scope ${key} missing after configure`);
    return scope;
  }

  function sendFactsStatus(): void {
    const params: FactsStatusParams = {
      scopes: facts.all().map((s) => ({
        folderUri: s.key || null,
        facts: s.base?.facts.length ?? 0,
        files: s.base?.files ?? [],
        errors: s.problems.filter((p) => p.severity === 'error').length + s.missing.length,
      })),
    };
    void connection.sendNotification(factsStatusMethod, params);
  }

  function publishFactsProblems(): void {
    for (const [uri, diagnostics] of facts.problemDiagnostics()) {
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const scope of facts.all()) {
      for (const missing of scope.missing) log(`factcheck: facts file not found: ${missing}`);
    }
  }

  /** After a fact base or its problems changed: show the problems and re-check open documents. */
  function factsChanged(): void {
    publishFactsProblems();
    sendFactsStatus();
    updateWatchers();
  }

  function refreshDiagnostics(): void {
    if (pullMode) {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
    } else {
      for (const doc of documents.all()) schedule(doc, 0);
    }
  }

  /** Watches `*.facts.json` everywhere plus the files the settings name, through the client. */
  function updateWatchers(): void {
    if (!dynamicWatchers) return;
    const watchers: FileSystemWatcher[] = [{ globPattern: '**/*.facts.json' }];
    for (const scope of facts.all()) {
      for (const pattern of scope.settings.factsFiles) {
        if (pattern.endsWith('.facts.json') && !path.isAbsolute(pattern)) continue;
        if (path.isAbsolute(pattern)) watchers.push({ globPattern: pattern.split(path.sep).join('/') });
        else if (relativePatterns && scope.key) watchers.push({ globPattern: { baseUri: scope.key, pattern } });
        else watchers.push({ globPattern: `**/${pattern.replace(/^\.\//, '')}` });
      }
    }
    const key = JSON.stringify(watchers);
    if (key === watcherKey) return;
    watcherKey = key;
    const previous = watcherRegistration;
    watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    void previous?.then((d) => d.dispose(), () => undefined);
  }

  function factsFileTouched(filePath: string): void {
    if (facts.fileChanged(filePath).length === 0) return;
    factsChanged();
    refreshDiagnostics();
  }

  // ---- checking -------------------------------------------------------------------------------

  function kindOf(doc: TextDocument): DocumentKind {
    return doc.languageId === 'markdown' ? 'markdown' : 'plaintext';
  }

  /**
   * Checks `doc` as it is now; null when it is not checked (disabled, another language). Throws
   * RequestCancelled when `token` fires while waiting for settings.
   */
  async function analyze(doc: TextDocument, token?: CancellationToken): Promise<Analysis | null> {
    const settings = await settingsFor(doc.uri);
    if (token?.isCancellationRequested) throw cancelled();
    if (!settings.enable || !languageChecked(settings, doc.languageId)) return null;
    const scope = scopeFor(doc.uri, settings);
    const kind = kindOf(doc);
    const version = doc.version;
    const cached = claimsCache.get(doc.uri);
    let claims: CheckedClaim[];
    if (cached && cached.version === version && cached.generation === scope.generation && cached.kind === kind) {
      claims = cached.claims;
    } else {
      claims = scope.checker ? scope.checker.check(doc.getText(), kind) : [];
      claimsCache.set(doc.uri, { version, generation: scope.generation, kind, claims });
    }
    return { doc, version, kind, settings, scope, claims };
  }

  function diagnosticsOf(a: Analysis): Diagnostic[] {
    return claimsToDiagnostics(a.doc, a.claims, { settings: a.settings, factLocation: (id) => facts.factLocation(a.scope, id) });
  }

  function sendDocumentStatus(uri: string, version: number, a: Analysis | null): void {
    const params: DocumentStatusParams = {
      uri,
      version,
      checked: a !== null,
      claims: a?.claims.length ?? 0,
      contradicted: a?.claims.filter((c) => c.verdict === 'contradicted').length ?? 0,
      unverifiable: a?.claims.filter((c) => c.verdict === 'unverifiable').length ?? 0,
      folderUri: a?.scope.key || null,
    };
    void connection.sendNotification(documentStatusMethod, params);
  }

  /** Closed files Check Workspace has checked: when one is closed again, its problems come back. */
  const workspaceChecked = new Set<string>();

  /**
   * Checks a file that is not open, from disk, and pushes its diagnostics. `checker` is a
   * throwaway one for this scope: the per-block cache of the editors' checker is kept for them.
   */
  function checkClosedFile(file: string, settings: FactcheckSettings, checker?: Checker): CheckedClaim[] | null {
    const uri = pathToUri(file);
    let loaded;
    try {
      loaded = readDocument(file);
    } catch {
      return null;
    }
    const scope = scopeFor(uri, settings);
    if (!scope.base) return null;
    const claims = (checker ?? new Checker(scope.base)).check(loaded.text, loaded.kind);
    const textDoc = TextDocument.create(uri, loaded.kind, 0, loaded.text);
    const diagnostics = claimsToDiagnostics(textDoc, claims, { settings, factLocation: (id) => facts.factLocation(scope, id) });
    pushedClosed.add(uri);
    workspaceChecked.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
    return claims;
  }

  /** Push mode: (re)validates `doc` after `delay` ms, replacing any pending validation. */
  function schedule(doc: TextDocument, delay: number = debounceMs): void {
    if (pullMode) return;
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      void pushDiagnostics(doc.uri);
    }, delay));
  }

  async function pushDiagnostics(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const a = await analyze(doc);
      // An edit arrived while waiting for settings: its own validation is already scheduled.
      if (documents.get(uri) !== doc || doc.version !== version) return;
      const diagnostics = a ? diagnosticsOf(a) : [];
      if (a) sendDocumentStatus(uri, version, a);
      if (a || pushedClosed.delete(uri)) await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      log(`factcheck: checking ${uri} failed: ${String(error)}`);
    }
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    const caps: ClientCapabilities = params.capabilities;
    pullMode = !!caps.textDocument?.diagnostic;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    configurationSupport = !!caps.workspace?.configuration;
    versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    workDoneSupport = !!caps.window?.workDoneProgress;
    folderChangeSupport = !!caps.workspace?.workspaceFolders;
    dynamicWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    relativePatterns = !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    const init = (params.initializationOptions ?? {}) as InitOptions;
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    fallbackSettings = init.settings ?? init.factcheck;
    const given: WorkspaceFolder[] = params.workspaceFolders
      ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(params.rootUri) }] : []);
    setFolders(given);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind], resolveProvider: false },
        // Each document's diagnostics depend on it and the facts only; facts changes trigger a refresh.
        diagnosticProvider: pullMode ? { identifier: 'factcheck', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'factcheck-ls', version: '0.1.0' },
    };
  });

  function setFolders(list: readonly WorkspaceFolder[]): void {
    folders = list.flatMap((f) => {
      const p = uriToPath(f.uri);
      return p ? [{ uri: f.uri, path: p }] : [];
    });
  }

  connection.onInitialized(() => {
    updateWatchers();
    if (folderChangeSupport) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        setFolders([...folders.filter((f) => !removed.has(f.uri)).map((f) => ({ uri: f.uri, name: f.path })), ...event.added]);
        settingsCache.clear();
        refreshDiagnostics();
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    if (!configurationSupport) {
      const s = (params.settings as { factcheck?: unknown } | null)?.factcheck;
      if (s !== undefined) fallbackSettings = s;
    }
    settingsCache.clear();
    // Facts settings may have changed: re-resolve each scope with its folder's new settings.
    void Promise.all(facts.all().map(async (scope) => {
      const settings = await settingsFor(scope.key || undefined);
      return facts.configure(scope.key, scope.folderPath, settings);
    })).then((changed) => {
      if (changed.some(Boolean)) factsChanged();
      refreshDiagnostics();
    }, (error) => log(`factcheck: reloading settings failed: ${String(error)}`));
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const filePath = uriToPath(change.uri);
      if (filePath) factsFileTouched(filePath);
    }
  });

  // ---- documents ------------------------------------------------------------------------------

  documents.onDidOpen((event) => {
    // Pull diagnostics take over from what Check Workspace pushed while the file was closed.
    if (pullMode && pushedClosed.delete(event.document.uri)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    schedule(event.document, 0);
  });

  documents.onDidChangeContent((event) => {
    const filePath = uriToPath(event.document.uri);
    if (filePath && facts.all().some((s) => s.paths.includes(filePath))) {
      clearTimeout(factsEditTimer);
      factsEditTimer = setTimeout(() => factsFileTouched(filePath), debounceMs);
    }
    schedule(event.document);
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    claimsCache.delete(uri);
    settingsCache.delete(uri);
    const closedPath = uriToPath(uri);
    if (workspaceChecked.has(uri) && closedPath) {
      // Checked by Check Workspace: keep listing its problems, from the saved file.
      void settingsFor(uri).then((settings) => checkClosedFile(closedPath, settings), () => undefined);
    } else if (!pullMode) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    // A facts file's unsaved edits are dropped with it: go back to the text on disk.
    const filePath = uriToPath(uri);
    if (filePath && facts.all().some((s) => s.paths.includes(filePath))) factsFileTouched(filePath);
  });

  // ---- features -------------------------------------------------------------------------------

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = doc.version;
    await yieldToEventLoop();
    if (token.isCancellationRequested) throw cancelled();
    const a = await analyze(doc, token);
    if (doc.version !== version) {
      // The client asks again for the new version; this answer would be outdated.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Document changed', { retriggerRequest: true });
    }
    if (!a) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${version}:${a.scope.generation}:${JSON.stringify(a.settings.severity)}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const items = diagnosticsOf(a);
    sendDocumentStatus(doc.uri, version, a);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  connection.onHover(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const a = await analyze(doc, token);
    if (!a) return null;
    const claim = claimAt(a.claims, doc.offsetAt(params.position));
    if (!claim) return null;
    return {
      contents: { kind: 'markdown', value: hoverMarkdown(claim) },
      range: { start: doc.positionAt(claim.start), end: doc.positionAt(claim.end) },
    };
  });

  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const a = await analyze(doc, token);
    if (!a) return [];
    return buildCodeActions({
      doc,
      kind: a.kind,
      diagnostics: params.context.diagnostics,
      only: params.context.only,
      claims: () => a.claims,
      fixContradicted: a.settings.severity.contradicted !== 'off',
      versioned: versionedEdits,
    });
  });

  connection.onRequest(checkWorkspaceMethod, async (params: CheckWorkspaceParams | null | undefined, token: CancellationToken) => {
    // Progress on the client's token when it sent one, else on one the server creates (cancellable in the UI).
    let progress: WorkDoneProgressReporter = connection.window.attachWorkDoneProgress(params?.workDoneToken);
    let progressToken: CancellationToken | undefined;
    if (params?.workDoneToken === undefined && workDoneSupport) {
      const created = await connection.window.createWorkDoneProgress();
      progress = created;
      progressToken = created.token;
    }
    const isCancelled = (): boolean => token.isCancellationRequested || !!progressToken?.isCancellationRequested;
    progress.begin('factcheck: Check Workspace', 0, 'Listing files', true);
    const result: CheckWorkspaceResult = { files: 0, closedFiles: 0, contradicted: 0, unverifiable: 0, cancelled: false };
    try {
      const work: { file: string; folder: Folder; settings: FactcheckSettings }[] = [];
      for (const folder of folders) {
        const settings = await settingsFor(folder.uri);
        if (!settings.enable) continue;
        const excludes = [...await filesExcludeFor(folder.uri), ...settings.exclude];
        const files = filesToCheck(
          (skip) => walkFiles(folder.path, skip),
          (file) => path.relative(folder.path, file).split(path.sep).join('/'),
          excludes,
        );
        for (const file of files) work.push({ file, folder, settings });
      }
      // One throwaway checker per scope: its per-block cache would only evict the editors' blocks.
      const checkers = new Map<string, Checker>();
      for (let i = 0; i < work.length; i++) {
        if (isCancelled()) {
          result.cancelled = true;
          break;
        }
        const { file, folder, settings } = work[i];
        const uri = pathToUri(file);
        if (i % 10 === 0) {
          progress.report(Math.round((100 * i) / work.length), path.relative(folder.path, file));
          await yieldToEventLoop();
        }
        result.files++;
        const open = documents.get(uri);
        if (open) {
          const a = await analyze(open);
          result.contradicted += a?.claims.filter((c) => c.verdict === 'contradicted').length ?? 0;
          result.unverifiable += a?.claims.filter((c) => c.verdict === 'unverifiable').length ?? 0;
          continue;
        }
        const scope = scopeFor(uri, settings);
        if (!scope.base) continue;
        let checker = checkers.get(scope.key);
        if (!checker || checker.facts !== scope.base) checkers.set(scope.key, checker = new Checker(scope.base));
        const claims = checkClosedFile(file, settings, checker);
        if (!claims) continue;
        result.closedFiles++;
        result.contradicted += claims.filter((c) => c.verdict === 'contradicted').length;
        result.unverifiable += claims.filter((c) => c.verdict === 'unverifiable').length;
      }
      refreshDiagnostics();
      log(`factcheck: checked ${result.files} files: ${result.contradicted} contradicted, ${result.unverifiable} unverifiable claims${result.cancelled ? ' (cancelled)' : ''}`);
      return result;
    } finally {
      progress.done();
    }
  });

  documents.listen(connection);
}
