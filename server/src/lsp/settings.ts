/**
 * The one settings shape shared by the extension client and the language server. It has no
 * imports so that both bundles can include it.
 *
 * The server reads these per document (`workspace/configuration` with the document as scope), so
 * each workspace folder of a multi-root workspace may have its own facts files and severities.
 */

/** How a verdict is shown: an LSP severity, or not at all. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface FactcheckSettings {
  /** Master switch: false means no diagnostics, hovers or code actions. */
  enable: boolean;
  /** Extra facts files: workspace-folder-relative paths or globs (absolute paths allowed). */
  factsFiles: string[];
  /** Whether the facts bundled with factcheck are used besides `factsFiles`. */
  useBundledFacts: boolean;
  severity: {
    contradicted: SeverityName;
    unverifiable: SeverityName;
  };
  /** Language ids of the documents checked ('markdown' and 'plaintext' by default). */
  languages: string[];
  /** Globs (relative to the workspace folder) of files that Check Workspace skips. */
  exclude: string[];
}

export const defaultSettings: FactcheckSettings = Object.freeze({
  enable: true,
  factsFiles: [],
  useBundledFacts: true,
  severity: Object.freeze({ contradicted: 'warning', unverifiable: 'information' }),
  languages: ['markdown', 'plaintext'],
  exclude: ['**/node_modules/**'],
}) as FactcheckSettings;

const severityNames: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringArray(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [...fallback];
}

function severity(value: unknown, fallback: SeverityName): SeverityName {
  return typeof value === 'string' && (severityNames as readonly string[]).includes(value) ? (value as SeverityName) : fallback;
}

/**
 * Turns whatever a client sent for the `factcheck` section (a VS Code object, a Neovim table,
 * `null`, a flat object with dotted keys) into complete settings. Unknown or ill-typed values fall
 * back to the defaults, so a typo in a user's settings never stops the server.
 */
export function normalizeSettings(raw: unknown): FactcheckSettings {
  const r = isRecord(raw) ? raw : {};
  const sev = isRecord(r.severity) ? r.severity : {};
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : defaultSettings.enable,
    factsFiles: stringArray(r.factsFiles, defaultSettings.factsFiles),
    useBundledFacts: typeof r.useBundledFacts === 'boolean' ? r.useBundledFacts : defaultSettings.useBundledFacts,
    severity: {
      contradicted: severity(sev.contradicted ?? r['severity.contradicted'], defaultSettings.severity.contradicted),
      unverifiable: severity(sev.unverifiable ?? r['severity.unverifiable'], defaultSettings.severity.unverifiable),
    },
    languages: stringArray(r.languages, defaultSettings.languages),
    exclude: stringArray(r.exclude, defaultSettings.exclude),
  };
}
