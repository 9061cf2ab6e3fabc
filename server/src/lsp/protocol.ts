/**
 * factcheck's own messages between the language server and its clients, on top of LSP. No
 * imports, so the VS Code client can bundle it without pulling in server code.
 */

/** Request, client → server: check every Markdown and text file of the workspace folders. */
export const checkWorkspaceMethod = 'factcheck/checkWorkspace';

export interface CheckWorkspaceParams {
  /** LSP work-done token chosen by the client; without one the server creates its own progress. */
  workDoneToken?: number | string;
}

export interface CheckWorkspaceResult {
  /** Files checked (open and closed). */
  files: number;
  /** Files whose diagnostics were published because they are not open. */
  closedFiles: number;
  contradicted: number;
  unverifiable: number;
  /** True when the request was cancelled before every file was checked. */
  cancelled: boolean;
}

/** Notification, server → client: the facts in use, per workspace folder. */
export const factsStatusMethod = 'factcheck/factsStatus';

export interface FactsScopeStatus {
  /** Workspace folder URI, or null for documents outside every folder. */
  folderUri: string | null;
  /** Number of facts in use (from the last good load). */
  facts: number;
  /** Absolute paths of the facts files in use. */
  files: string[];
  /** Problems in the facts files at the last load (the last good facts stay in use). */
  errors: number;
}

export interface FactsStatusParams {
  scopes: FactsScopeStatus[];
}

/** Notification, server → client: what the last check of a document found. */
export const documentStatusMethod = 'factcheck/documentStatus';

export interface DocumentStatusParams {
  uri: string;
  version: number;
  /** False when the document is not checked (language, `factcheck.enable`). */
  checked: boolean;
  claims: number;
  contradicted: number;
  unverifiable: number;
  /** Workspace folder whose facts were used, or null. */
  folderUri: string | null;
}
