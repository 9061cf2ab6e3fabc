/**
 * Facts files: parsing (JSON with positions, via jsonc-parser), validation against
 * facts/facts.schema.json (ajv), semantic checks across the merged files, and the in-memory
 * {@link FactBase}. Pure: the caller reads the files; this module only sees their text.
 *
 * Facts files are JSON proper: comments and trailing commas are errors (use `"$comment"`), so a
 * file that loads here also loads in any JSON tool.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../../facts/facts.schema.json';
import { LineIndex } from './lines';
import type {
  EntityDef, FactBase, FactDef, FactsProblem, FileLocation, MetricDef, PeriodDef, RateDef, Source, Statement, Unit,
} from './types';

export interface FactsFileInput {
  /** How problems and locations name the file (as given: absolute, relative or a URI). */
  path: string;
  text: string;
}

export interface FactsParseResult {
  /** The merged facts; null when any problem has severity 'error'. */
  base: FactBase | null;
  /** Every problem found, file by file in input order, each file's sorted by offset. */
  problems: FactsProblem[];
}

/** A year, or a part of one, that needs no `periods[]` entry: "2021", "2021-H1", "2021-Q3", "2021-11". */
export const YEARISH_PERIOD = /^[0-9]{4}(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** The schema's own patterns: a value that fails them has its schema error already, so semantics skip it. */
const ID_PATTERN = new RegExp(schema.definitions.id.pattern);
const PERIOD_PATTERN = new RegExp(schema.definitions.periodRef.pattern);

const CURRENCIES: ReadonlySet<Unit> = new Set<Unit>(['CNY', 'USD']);

type Section = 'entities' | 'metrics' | 'periods' | 'rates' | 'facts';
const SECTIONS: readonly Section[] = ['entities', 'metrics', 'periods', 'rates', 'facts'];
/** Sections whose items have ids, and what an id of each names in messages. */
const ID_KINDS = { entities: 'entity', metrics: 'metric', periods: 'period', facts: 'fact' } as const;
type IdSection = keyof typeof ID_KINDS;

/**
 * Parses, validates and merges facts files (in order). base is null when any problem has severity 'error'.
 *
 * Problems carry 0-based lines and UTF-16 columns and offsets into each file's text (a leading
 * byte-order mark counts as one code unit). Checks: JSON syntax, the schema, duplicate properties,
 * ids unique per kind across all files (the later one is reported), references to entities,
 * metrics and periods defined in any of the files, units that fit their metric, one fact per
 * entity, metric and period, one rate per currency pair and period. In the base, every definition
 * has its `location` (the whole object) and optional arrays default to []. A few milliseconds
 * for a small file, so it can run on every keystroke.
 */
export function parseFactsFiles(files: FactsFileInput[]): FactsParseResult {
  const parsed = files.map(parseOne);
  const problems: FactsProblem[] = parsed.flatMap((f) => f.problems);
  const usable = parsed.filter((f): f is UsableFile => f.root !== undefined);
  problems.push(...checkSemantics(usable));
  const order = new Map(files.map((f, i) => [f.path, i]));
  problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.offset - b.offset);
  const base = problems.some((p) => p.severity === 'error') ? null : buildBase(usable, files.map((f) => f.path));
  return { base, problems };
}

// ---------------------------------------------------------------------------------------------
// Positions

/** Maps UTF-16 offsets of one file to 0-based lines and columns (binary search over line starts). */
interface ParsedFile {
  path: string;
  text: string;
  lines: LineIndex;
  /** Undefined when the file is not valid JSON. */
  root: Node | undefined;
  problems: FactsProblem[];
}

function problemAt(file: ParsedFile, offset: number, length: number, message: string, severity: FactsProblem['severity'] = 'error'): FactsProblem {
  const { line, column } = file.lines.position(offset);
  return { file: file.path, line, column, offset, length, message, severity };
}

function locationOf(file: ParsedFile, node: Node): FileLocation {
  const { line, column } = file.lines.position(node.offset);
  return { file: file.path, offset: node.offset, length: node.length, line, column };
}

/** "path:line:col" with 1-based line and column, as messages quote another place. */
function where(file: ParsedFile, node: Node): string {
  const { line, column } = file.lines.position(node.offset);
  return `${file.path}:${line + 1}:${column + 1}`;
}

// ---------------------------------------------------------------------------------------------
// Syntax

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'property name expected',
  ValueExpected: 'value expected',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: 'end of file expected (only one JSON value per file)',
  InvalidCommentToken: 'comments are not allowed in JSON (use a "$comment" property)',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

/** The comma before `offset`, skipping white space, when the error is a trailing comma. */
function trailingCommaBefore(text: string, offset: number): number | null {
  const close = text[offset];
  if (close !== '}' && close !== ']') return null;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && text[i] === ',' ? i : null;
}

function syntaxProblem(file: ParsedFile, e: ParseError): FactsProblem {
  const code = printParseErrorCode(e.error);
  if (code === 'PropertyNameExpected' || code === 'ValueExpected') {
    const comma = trailingCommaBefore(file.text, e.offset);
    if (comma !== null) return problemAt(file, comma, 1, 'trailing comma: JSON allows no comma before a closing bracket');
    if (e.offset >= file.text.length && file.text.trim() === '') return problemAt(file, 0, 0, 'the file is empty: a facts file is a JSON object');
  }
  return problemAt(file, e.offset, e.length, `invalid JSON: ${SYNTAX_MESSAGES[code] ?? code}`);
}

/** Objects with the same key twice: JSON.parse would silently keep the last one. */
function duplicateKeys(file: ParsedFile, node: Node, out: FactsProblem[]): void {
  if (node.type === 'object') {
    const seen = new Map<string, Node>();
    for (const p of node.children ?? []) {
      const key = p.children?.[0];
      if (!key || typeof key.value !== 'string') continue;
      const first = seen.get(key.value);
      if (first) out.push(problemAt(file, key.offset, key.length, `duplicate property "${key.value}" (first at ${where(file, first)})`));
      else seen.set(key.value, key);
    }
  }
  for (const child of node.children ?? []) duplicateKeys(file, child, out);
}

function parseOne(input: FactsFileInput): ParsedFile {
  // A byte-order mark is not JSON; blank it (same length) so offsets stay those of the input.
  const text = input.text.charCodeAt(0) === 0xfeff ? ' ' + input.text.slice(1) : input.text;
  const file: ParsedFile = { path: input.path, text, lines: new LineIndex(text), root: undefined, problems: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const seen = new Set<string>();
    for (const e of errors) {
      const p = syntaxProblem(file, e);
      const key = `${p.offset}:${p.message}`;
      if (!seen.has(key)) file.problems.push(p);
      seen.add(key);
    }
    if (!file.problems.length) file.problems.push(problemAt(file, 0, 0, 'the file is empty: a facts file is a JSON object'));
    return file;
  }
  file.root = root;
  duplicateKeys(file, root, file.problems);
  file.problems.push(...schemaProblems(file, root));
  return file;
}

// ---------------------------------------------------------------------------------------------
// Schema

let validator: ValidateFunction | undefined;

/** Compiled once, on first use: compiling costs milliseconds, validating a small file microseconds. */
function validate(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(schema);
  return validator;
}

/** JSON pointer segments, array indices as numbers (what findNodeAtLocation wants). */
function pointerSegments(root: Node, pointer: string): (string | number)[] {
  if (!pointer) return [];
  const out: (string | number)[] = [];
  let node: Node | undefined = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step: string | number = node?.type === 'array' ? Number(seg) : seg;
    out.push(step);
    node = node ? findNodeAtLocation(node, [step]) : undefined;
  }
  return out;
}

/** "facts[3].source.date"; "the file" for the root. */
function describePath(segments: readonly (string | number)[]): string {
  let s = '';
  for (const seg of segments) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || 'the file';
}

const PATTERN_HINTS: Record<string, string> = {
  [schema.definitions.id.pattern]: "must be an id: lower-case letters, digits, '.' and '-', starting with a letter or digit",
  [schema.definitions.periodRef.pattern]: 'must be a year ("2021"), a half ("2021-H1"), a quarter ("2021-Q3"), a month ("2021-11") or a period id',
  [schema.definitions.year.pattern]: 'must be a year of four digits ("2021")',
  [schema.definitions.source.properties.date.pattern]: 'must be a date: YYYY-MM-DD (or YYYY-MM, YYYY)',
  [schema.definitions.source.properties.url.pattern]: 'must be an http(s) URL',
};

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function quoted(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** One readable sentence per ajv error, and the node it is about. */
function schemaMessage(e: ErrorObject, path: string): { message: string; key?: string; item?: number } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return { message: `${path} must be one of ${(p.allowedValues as unknown[]).join(', ')}, not ${quoted(e.data)}` };
    case 'type': {
      const wanted = String(p.type).split(',').map(article).join(' or ');
      return { message: path === 'the file' ? `a facts file must be a JSON object` : `${path} must be ${wanted}` };
    }
    case 'required':
      return { message: `${path} lacks the required property "${String(p.missingProperty)}"` };
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const hint = suggest(key, known);
      return { message: `${path} has an unknown property "${key}"${hint ? ` (did you mean "${hint}"?)` : `; known: ${known.join(', ')}`}`, key };
    }
    case 'pattern':
      return { message: `${path} ${PATTERN_HINTS[String(p.pattern)] ?? `must match ${String(p.pattern)}`}, not ${quoted(e.data)}` };
    case 'minItems':
    case 'minLength':
      return { message: `${path} must not be empty` };
    case 'uniqueItems': {
      const i = Number(p.i);
      const j = Number(p.j);
      return { message: `${path} lists ${quoted((e.data as unknown[])[Math.max(i, j)])} twice (items ${Math.min(i, j)} and ${Math.max(i, j)})`, item: Math.max(i, j) };
    }
    case 'exclusiveMinimum':
      return { message: `${path} must be greater than ${String(p.limit)}` };
    default:
      return { message: `${path} ${e.message ?? 'is invalid'}` };
  }
}

function schemaProblems(file: ParsedFile, root: Node): FactsProblem[] {
  const check = validate();
  if (check(getNodeValue(root))) return [];
  const out: FactsProblem[] = [];
  const seen = new Set<string>();
  for (const e of check.errors ?? []) {
    const segments = pointerSegments(root, e.instancePath);
    const { message, key, item } = schemaMessage(e, describePath(segments));
    const node = findNodeAtLocation(root, segments) ?? root;
    let target: { offset: number; length: number } = node;
    if (key !== undefined) target = findNodeAtLocation(root, [...segments, key])?.parent?.children?.[0] ?? node;
    else if (item !== undefined) target = findNodeAtLocation(root, [...segments, item]) ?? node;
    // A missing property belongs to its object; underline only the opening brace, not the whole object.
    else if (e.keyword === 'required') target = { offset: node.offset, length: 1 };
    const dedupe = `${target.offset}:${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push(problemAt(file, target.offset, target.length, message));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Semantics across the merged files

/** The value node of `key` in object `obj`. */
function prop(obj: Node, key: string): Node | undefined {
  if (obj.type !== 'object') return undefined;
  for (const p of obj.children ?? []) if (p.children?.[0]?.value === key) return p.children[1];
  return undefined;
}

function str(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

function items(root: Node, section: Section): Node[] {
  const arr = prop(root, section);
  return arr?.type === 'array' ? (arr.children ?? []).filter((n) => n.type === 'object') : [];
}

interface Defined {
  file: ParsedFile;
  node: Node;
}

function isCurrency(u: string | undefined): boolean {
  return u !== undefined && CURRENCIES.has(u as Unit);
}

/** Edit distance with transpositions (optimal string alignment); small strings only (ids and property names). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest known word, when it is close enough to be a likely typo. */
function suggest(word: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== null && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}

/** Folds a name as the matcher does, so "Trillion-yuan industries" and "trillion yuan industries" collide. */
function foldName(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/[\s\u00a0\-‐‑–]+/g, '');
}

type UsableFile = ParsedFile & { root: Node };

/** Checks that need every file: ids unique across files, references resolved against all of them. */
function checkSemantics(files: UsableFile[]): FactsProblem[] {
  const checker = new SemanticChecker(files);
  checker.checkNames();
  checker.checkPeriods();
  checker.checkRates();
  checker.checkFacts();
  return checker.problems;
}

class SemanticChecker {
  readonly problems: FactsProblem[] = [];
  /** First definition of each id, per kind; later ones are reported as duplicates. */
  private readonly defined: Record<IdSection, Map<string, Defined>> = { entities: new Map(), metrics: new Map(), periods: new Map(), facts: new Map() };

  constructor(private readonly files: UsableFile[]) {
    for (const file of files) {
      for (const section of Object.keys(ID_KINDS) as IdSection[]) {
        for (const item of items(file.root, section)) {
          const idNode = prop(item, 'id');
          const id = str(idNode);
          if (id === undefined || !idNode) continue;
          const first = this.defined[section].get(id);
          if (first) this.report(file, idNode, `duplicate ${ID_KINDS[section]} id "${id}" (first defined at ${where(first.file, prop(first.node, 'id') ?? first.node)})`);
          else this.defined[section].set(id, { file, node: item });
        }
      }
    }
  }

  private report(file: ParsedFile, node: Node, message: string, severity: FactsProblem['severity'] = 'error'): void {
    this.problems.push(problemAt(file, node.offset, node.length, message, severity));
  }

  /** A name shared by two entities, metrics or periods makes binding ambiguous: a warning. */
  checkNames(): void {
    for (const section of ['entities', 'metrics', 'periods'] as const) {
      const owner = new Map<string, string>();
      for (const { file, node } of this.defined[section].values()) {
        const id = str(prop(node, 'id')) ?? '';
        for (const n of prop(node, 'names')?.children ?? []) {
          const name = str(n);
          if (name === undefined) continue;
          const other = owner.get(foldName(name));
          if (other !== undefined && other !== id) this.report(file, n, `the name "${name}" is also a name of ${ID_KINDS[section]} "${other}": a match would be ambiguous`, 'warning');
          else owner.set(foldName(name), id);
        }
      }
    }
  }

  /** Named periods run forwards. */
  checkPeriods(): void {
    for (const { file, node } of this.defined.periods.values()) {
      const from = str(prop(node, 'from'));
      const to = str(prop(node, 'to'));
      if (from && to && from > to) this.report(file, prop(node, 'to') ?? node, `period "${str(prop(node, 'id'))}" ends (${to}) before it starts (${from})`);
    }
  }

  /** Known periods, two different currencies, one rate per pair of currencies and period. */
  checkRates(): void {
    const seen = new Map<string, Defined>();
    for (const file of this.files) {
      items(file.root, 'rates').forEach((rate, i) => {
        const path = `rates[${i}]`;
        const periodNode = prop(rate, 'period');
        this.checkPeriodRef(file, periodNode, `${path}.period`);
        const from = str(prop(rate, 'from'));
        const to = str(prop(rate, 'to'));
        if (from && to && from === to) this.report(file, prop(rate, 'to') ?? rate, `${path} converts ${from} to itself`);
        const period = str(periodNode);
        if (!from || !to || period === undefined) return;
        const key = [from, to, period].sort().join('|');
        const first = seen.get(key);
        if (first) this.report(file, periodNode ?? rate, `${path} is a second rate between ${from} and ${to} for ${period} (first at ${where(first.file, first.node)})`);
        else seen.set(key, { file, node: rate });
      });
    }
  }

  /** Known entity, metric and period; units that fit the metric; one fact per entity, metric and period. */
  checkFacts(): void {
    const seen = new Map<string, Defined>();
    for (const file of this.files) {
      items(file.root, 'facts').forEach((fact, i) => {
        const path = `facts[${i}]`;
        this.checkIdRef(file, fact, path, 'entity', 'entities');
        this.checkIdRef(file, fact, path, 'metric', 'metrics');
        this.checkPeriodRef(file, prop(fact, 'period'), `${path}.period`);
        this.checkUnit(file, fact, fact, path);
        (prop(fact, 'alternatives')?.children ?? []).forEach((alt, j) => this.checkUnit(file, fact, alt, `${path}.alternatives[${j}]`));

        const entity = str(prop(fact, 'entity'));
        const metric = str(prop(fact, 'metric'));
        if (entity === undefined || metric === undefined) return;
        const period = str(prop(fact, 'period')) ?? '';
        const key = `${entity}|${metric}|${period}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { file, node: fact });
          return;
        }
        const firstId = str(prop(first.node, 'id'));
        this.report(file, prop(fact, 'id') ?? fact,
          `${path} states ${metric} of ${entity} ${period ? `for ${period}` : '(timeless)'} again: fact "${firstId}" (${where(first.file, first.node)}) already does; make this one of its alternatives`);
      });
    }
  }

  private checkIdRef(file: ParsedFile, fact: Node, path: string, key: 'entity' | 'metric', section: 'entities' | 'metrics'): void {
    const node = prop(fact, key);
    const id = str(node);
    // An id that breaks the id pattern has its schema error already.
    if (!node || id === undefined || !ID_PATTERN.test(id) || this.defined[section].has(id)) return;
    const hint = suggest(id, this.defined[section].keys());
    this.report(file, node, `${path}.${key} names an unknown ${key} "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}: define it in ${section}[]`);
  }

  private checkPeriodRef(file: ParsedFile, node: Node | undefined, path: string): void {
    const period = str(node);
    if (!node || period === undefined || !PERIOD_PATTERN.test(period) || YEARISH_PERIOD.test(period) || this.defined.periods.has(period)) return;
    const hint = suggest(period, this.defined.periods.keys());
    this.report(file, node, `${path} names an unknown period "${period}"${hint ? ` (did you mean "${hint}"?)` : ''}: use a year ("2021", "2021-H1", "2021-Q3", "2021-11") or the id of a periods[] entry`);
  }

  /** A statement's unit against its fact's metric: another currency warns (rates convert), another kind is an error. */
  private checkUnit(file: ParsedFile, fact: Node, statement: Node, path: string): void {
    const metricId = str(prop(fact, 'metric'));
    const metric = this.defined.metrics.get(metricId ?? '');
    const declared = metric ? str(prop(metric.node, 'unit')) : undefined;
    // A metric whose own unit is invalid has its schema error already; comparing with it would only echo it.
    if (declared === undefined || !(schema.definitions.unit.enum as readonly string[]).includes(declared)) return;
    const unitNode = prop(statement, 'unit');
    const unit = str(unitNode);
    if (!unitNode || !unit || unit === declared) return;
    if (isCurrency(unit) && isCurrency(declared)) {
      this.report(file, unitNode, `${path}.unit is ${unit} but metric "${metricId}" is in ${declared}: claims will be compared through rates[]`, 'warning');
    } else {
      this.report(file, unitNode, `${path}.unit is ${unit} but metric "${metricId}" is measured in ${declared}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The fact base (built only from files that passed every check, so the casts below are safe)

interface SourceJson extends Source { $comment?: string }
interface StatementJson { value: number; unit: Unit; qualifier: Statement['qualifier']; status: Statement['status']; source: SourceJson; display?: string }

function source(s: SourceJson): Source {
  const out: Source = { title: s.title };
  if (s.publisher !== undefined) out.publisher = s.publisher;
  if (s.date !== undefined) out.date = s.date;
  if (s.url !== undefined) out.url = s.url;
  if (s.quote !== undefined) out.quote = s.quote;
  return out;
}

function statement(s: StatementJson): Statement {
  const out: Statement = { value: s.value, unit: s.unit, qualifier: s.qualifier, status: s.status, source: source(s.source) };
  if (s.display !== undefined) out.display = s.display;
  return out;
}

function buildBase(files: UsableFile[], paths: string[]): FactBase {
  const base: FactBase = { entities: [], metrics: [], periods: [], rates: [], facts: [], files: paths };
  for (const file of files) {
    for (const section of SECTIONS) {
      for (const node of items(file.root, section)) {
        const location = locationOf(file, node);
        const v = getNodeValue(node) as Record<string, unknown>;
        switch (section) {
          case 'entities': {
            const e = v as unknown as EntityDef;
            base.entities.push({ id: e.id, names: e.names, references: e.references ?? [], within: e.within ?? [], location });
            break;
          }
          case 'metrics': {
            const m = v as unknown as MetricDef;
            const def: MetricDef = { id: m.id, names: m.names, unit: m.unit, blockers: m.blockers ?? [], countNouns: m.countNouns ?? [], requires: m.requires ?? [], location };
            if (m.label !== undefined) def.label = m.label;
            base.metrics.push(def);
            break;
          }
          case 'periods': {
            const p = v as unknown as PeriodDef;
            base.periods.push({ id: p.id, names: p.names, from: p.from, to: p.to, location });
            break;
          }
          case 'rates': {
            const r = v as unknown as RateDef;
            base.rates.push({ from: r.from, to: r.to, period: r.period, value: r.value, source: source(r.source), location });
            break;
          }
          case 'facts': {
            const f = v as unknown as StatementJson & { id: string; entity: string; metric: string; period?: string; alternatives?: StatementJson[] };
            const def: FactDef = {
              ...statement(f), id: f.id, entity: f.entity, metric: f.metric, alternatives: (f.alternatives ?? []).map(statement), location,
            };
            if (f.period !== undefined) def.period = f.period;
            base.facts.push(def);
            break;
          }
        }
      }
    }
  }
  return base;
}
