import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import {
  type Alias,
  Composer,
  CST,
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Pair,
  Parser,
  visit,
  type YAMLError,
  type YAMLMap,
  type Node as YamlNode,
} from "yaml";
import {
  DiagnosticCodes as C,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticFix,
  type Severity,
} from "./diagnostics.js";
import { fileKind } from "./input.js";
import { repoPathOfFileUri } from "./layout.js";
import { SCHEMA_NAMES, type SchemaError, validateValue } from "./schemas.js";
import { bytePosition, findControlByte, findControlChar, findInvalidUtf8, utf16Encoding } from "./text.js";

/** The kinds of manifest a registry holds; each has schemas/<kind>.schema.json. */
export const MANIFEST_KINDS = [
  "registry",
  "model",
  "model-version",
  "environment",
  "dataset-schema",
  "dataset-version",
  "ml-test-score",
] as const;
export type ManifestKind = (typeof MANIFEST_KINDS)[number];

export function isManifestKind(value: unknown): value is ManifestKind {
  return typeof value === "string" && (MANIFEST_KINDS as readonly string[]).includes(value);
}

/** Limits that keep hostile or mistaken input from exhausting memory or time. */
export const MANIFEST_LIMITS = {
  /** Largest manifest accepted, in bytes (1 MiB). */
  maxBytes: 1024 * 1024,
  /** Most alias nodes (`*name`) a manifest may contain. */
  maxAliases: 100,
  /** yaml's expansion guard: an alias may not expand to more than this many nodes per alias use. */
  maxAliasCount: 100,
  /** Most diagnostics reported per file; the rest are counted in one info diagnostic. */
  maxDiagnostics: 100,
  /**
   * Deepest nesting of mappings and lists (manifests and evidence files): deeper input is
   * refused before it is composed, so no recursive step (yaml, toJS, the schema) can overflow.
   */
  maxDepth: 64,
  /**
   * Most YAML tokens (keys, values, `:`, `-`, `,` and brackets; not spaces, line breaks or
   * comments) in one manifest. The parser costs about the same per token whatever the file holds,
   * so this bounds the time a manifest can take: the parse stops at the token past the limit.
   */
  maxTokens: 100_000,
} as const;

/** The pattern every model, version, environment and dataset name matches. */
export const NAME_PATTERN = "^[a-z0-9][a-z0-9._-]{0,63}$";

export interface KindDetection {
  kind: ManifestKind;
  /** path: from the registry layout; schema-comment: from `# yaml-language-server: $schema=`. */
  by: "path" | "schema-comment";
  /** Names the registry path implies, e.g. { model: "credit-default", version: "1.0.0" }. */
  names: Record<string, string>;
}

const PATH_RULES: Array<{ re: RegExp; kind: ManifestKind; groups: string[] }> = [
  { re: /(?:^|\/)modelgate\.ya?ml$/, kind: "registry", groups: [] },
  {
    re: /(?:^|\/)models\/([^/]+)\/versions\/([^/]+)\.ya?ml$/,
    kind: "model-version",
    groups: ["model", "version"],
  },
  { re: /(?:^|\/)models\/([^/]+)\/model\.ya?ml$/, kind: "model", groups: ["model"] },
  { re: /(?:^|\/)models\/([^/]+)\/ml-test-score\.ya?ml$/, kind: "ml-test-score", groups: ["model"] },
  {
    re: /(?:^|\/)environments\/([^/]+)\/([^/]+)\.ya?ml$/,
    kind: "environment",
    groups: ["environment", "model"],
  },
  { re: /(?:^|\/)datasets\/([^/]+)\/schema\.ya?ml$/, kind: "dataset-schema", groups: ["dataset"] },
  {
    re: /(?:^|\/)datasets\/([^/]+)\/versions\/([^/]+)\.ya?ml$/,
    kind: "dataset-version",
    groups: ["dataset", "version"],
  },
];

/** The kind a registry path implies (see docs/manifests.md for the layout), with the names in it. */
export function kindFromPath(path: string): KindDetection | undefined {
  const p = path.replaceAll("\\", "/");
  for (const rule of PATH_RULES) {
    const m = rule.re.exec(p);
    if (m === null) continue;
    const names: Record<string, string> = {};
    rule.groups.forEach((g, i) => {
      names[g] = m[i + 1]!;
    });
    return { kind: rule.kind, by: "path", names };
  }
  return undefined;
}

const SCHEMA_COMMENT = /^#\s*yaml-language-server:\s*\$schema=(\S+)/;

/** The kind named by a `# yaml-language-server: $schema=...` comment in the first lines, if any. */
export function kindFromSchemaComment(text: string): ManifestKind | undefined {
  let start = 0;
  for (let n = 0; n < 20 && start < text.length; n++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const m = SCHEMA_COMMENT.exec(text.slice(start, end).trim());
    if (m !== null) {
      const name = /([a-z0-9-]+)\.schema\.json$/.exec(m[1]!)?.[1];
      return isManifestKind(name) ? name : undefined;
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * The kind of a manifest: by its registry path, else by its `$schema` comment (text is the
 * manifest's source), else undefined.
 */
export function detectManifestKind(path: string, text?: string): KindDetection | undefined {
  const byPath = kindFromPath(path);
  if (byPath !== undefined) return byPath;
  const kind = text === undefined ? undefined : kindFromSchemaComment(text);
  return kind === undefined ? undefined : { kind, by: "schema-comment", names: {} };
}

export interface LoadOptions {
  /** The file name diagnostics carry (and the path kind detection looks at). */
  file: string;
  /** Force the kind instead of detecting it. */
  kind?: ManifestKind;
  /** Override MANIFEST_LIMITS.maxBytes. */
  maxBytes?: number;
  /**
   * false: YAML only (size, encoding, syntax, depth, tokens, keys, tags, aliases), no kind, schema
   * or cross-field checks; for modelgate's own reads of files the gate validates elsewhere.
   */
  validate?: boolean;
}

export interface LoadedManifest {
  /** The kind, when it was given or detected. */
  kind: ManifestKind | undefined;
  /** The manifest as plain data; undefined when the file could not be parsed. */
  value: unknown;
  /** Everything wrong with the file, sorted by position. */
  diagnostics: Diagnostic[];
  /** The parsed YAML document (keeps comments and source ranges); undefined when not parsed. */
  document: Document | undefined;
  /** Maps source offsets to lines and columns of `document`. */
  lineCounter: LineCounter;
}

type Range = { line: number; column: number; endLine: number; endColumn: number };

class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  /** Key lookups into large mappings of this file's document (keeps nodeAtPath linear overall). */
  readonly pairs: PairIndex = new WeakMap();
  /** Problems counted but not located (past the limit, locating them would cost time for nothing). */
  omitted = 0;
  constructor(
    readonly file: string,
    readonly lc: LineCounter,
  ) {}

  add(
    severity: Severity,
    code: DiagnosticCode,
    message: string,
    range: Range,
    hint?: string,
    fix?: DiagnosticFix,
  ): void {
    const d: Diagnostic = { severity, code, message, file: this.file, ...range };
    if (hint !== undefined) d.hint = hint;
    if (fix !== undefined) d.fix = fix;
    this.diagnostics.push(d);
  }

  /** The range of source offsets [start, end). */
  offsets(start: number, end: number): Range {
    const a = this.lc.linePos(start);
    const b = this.lc.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }
}

const AT_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function result(
  kind: string | undefined,
  value: unknown,
  rep: Reporter,
  document: Document | undefined,
): LoadedEvidence {
  rep.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : 1));
  let diagnostics = rep.diagnostics;
  const max = MANIFEST_LIMITS.maxDiagnostics;
  if (diagnostics.length > max || rep.omitted > 0) {
    const rest = Math.max(0, diagnostics.length - max) + rep.omitted;
    const last = diagnostics[Math.min(max, diagnostics.length) - 1]!;
    diagnostics = diagnostics.slice(0, max);
    diagnostics.push({
      severity: "info",
      code: C.TooManyProblems,
      message: `${rest} more problem${rest === 1 ? "" : "s"} in this file not shown`,
      file: rep.file,
      line: last.line,
      column: last.column,
      endLine: last.line,
      endColumn: last.column,
      hint: "fix the ones above and run again",
    });
  }
  return { kind, value, diagnostics, document, lineCounter: rep.lc };
}

/**
 * Parses and validates one manifest. Never throws for bad input: every problem is a
 * diagnostic with the file, line and column of the offending node.
 */
export function loadManifestText(input: string | Uint8Array, opts: LoadOptions): LoadedManifest {
  return loadText(input, opts, "manifest") as LoadedManifest;
}

/** A YAML file read through the loader's guards alone; `error` is its first problem, if any. */
export interface ParsedYaml {
  document: Document | undefined;
  /** The file as plain data; undefined when it could not be read. */
  value: unknown;
  lineCounter: LineCounter;
  error: Diagnostic | undefined;
}

/**
 * The one way modelgate reads YAML it did not just write: size, encoding, syntax, depth, token,
 * key, tag and alias guards of the manifest loader, without the kind, schema and cross checks
 * (callers with their own shape checks, or reading what the gate validates elsewhere).
 */
export function parseYamlText(input: string | Uint8Array, file: string, maxBytes?: number): ParsedYaml {
  const loaded = loadText(
    input,
    { file, validate: false, ...(maxBytes !== undefined ? { maxBytes } : {}) },
    "manifest",
  );
  return {
    document: loaded.document,
    value: loaded.value,
    lineCounter: loaded.lineCounter,
    error: loaded.diagnostics.find((d) => d.severity === "error"),
  };
}

/** Options of loadEvidenceText: the file name diagnostics carry, and an optional size limit. */
export interface EvidenceLoadOptions {
  file: string;
  /** Override EVIDENCE_LIMITS.maxBytes. */
  maxBytes?: number;
}

/** A loaded evidence (report) file; `kind` is its report kind when it names a registered schema. */
export interface LoadedEvidence extends Omit<LoadedManifest, "kind"> {
  kind: string | undefined;
}

/** The report kinds modelgate writes (docs/manifests.md, the evidence envelope). */
export const REPORT_KINDS = [
  "data-profile",
  "data-validation",
  "evaluation",
  "ml-test-score-report",
  "registry-check",
  "deploy-plan",
] as const;

/** Limits for evidence (report) files: larger than manifests, since profiles list every feature. */
export const EVIDENCE_LIMITS = {
  /** Largest evidence file accepted, in bytes (16 MiB). */
  maxBytes: 16 * 1024 * 1024,
} as const;

/**
 * Parses and validates one evidence file (a JSON report such as evaluation.json) against the
 * schema its `kind` names, with the same positions, limits and codes as manifests.
 */
export function loadEvidenceText(input: string | Uint8Array, opts: EvidenceLoadOptions): LoadedEvidence {
  return loadText(
    input,
    { file: opts.file, maxBytes: opts.maxBytes ?? EVIDENCE_LIMITS.maxBytes },
    "evidence",
  );
}

function loadText(
  input: string | Uint8Array,
  opts: LoadOptions,
  mode: "manifest" | "evidence",
  /** evidence: a report that JSON.parse and its schema pass cleanly is returned without a document */
  jsonFirst = false,
): LoadedEvidence {
  const lc = new LineCounter();
  const rep = new Reporter(opts.file, lc);
  const maxBytes = opts.maxBytes ?? MANIFEST_LIMITS.maxBytes;
  const what = mode === "manifest" ? "manifests" : "evidence files";
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) {
    rep.add(
      "error",
      C.FileTooLarge,
      `file is ${size} bytes; ${what} are limited to ${maxBytes} bytes`,
      AT_START,
      "a manifest describes a model, it does not hold data: keep large content in files referenced by uri",
    );
    return result(opts.kind, undefined, rep, undefined);
  }

  let text: string;
  if (typeof input === "string") {
    const at = findControlChar(input);
    if (at >= 0) {
      const pos = bytePosition(Buffer.from(input.slice(0, at), "utf8"), Number.POSITIVE_INFINITY);
      const code = input.charCodeAt(at);
      rep.add("error", C.Binary, binaryMessage(code), point(pos.line, pos.column));
      return result(opts.kind, undefined, rep, undefined);
    }
    text = input;
  } else {
    const utf16 = utf16Encoding(input);
    if (utf16 !== undefined) {
      rep.add(
        "error",
        C.NotUtf8,
        `the file is ${utf16} text, not UTF-8`,
        AT_START,
        `save it as UTF-8 (e.g. iconv -f ${utf16} -t UTF-8)`,
      );
      return result(opts.kind, undefined, rep, undefined);
    }
    // A NUL byte anywhere means binary (as git decides); otherwise the first bad byte decides.
    const nul = input.indexOf(0);
    const ctl = nul >= 0 ? nul : findControlByte(input);
    const bad = findInvalidUtf8(input);
    if (ctl >= 0 && (nul >= 0 || bad < 0 || ctl < bad)) {
      const pos = bytePosition(input, ctl);
      rep.add("error", C.Binary, binaryMessage(input[ctl]!), point(pos.line, pos.column));
      return result(opts.kind, undefined, rep, undefined);
    }
    if (bad >= 0) {
      const pos = bytePosition(input, bad);
      rep.add(
        "error",
        C.NotUtf8,
        `not valid UTF-8: byte 0x${input[bad]!.toString(16).padStart(2, "0")} at offset ${bad}`,
        point(pos.line, pos.column),
        "save the file as UTF-8",
      );
      return result(opts.kind, undefined, rep, undefined);
    }
    text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // A carriage return not followed by a line feed: yaml reads CR-only line endings (old Mac
  // files) as one long line, and would answer with a message about something else
  const cr = loneCarriageReturn(text);
  if (cr >= 0) {
    const pos = lineColumn(text, cr);
    rep.add(
      "error",
      C.YamlSyntax,
      text.includes("\n")
        ? "a carriage return (CR) without a line feed: YAML files end lines with LF or CR LF"
        : "the file's lines end with CR only (old Mac line endings): YAML reads it as one line",
      point(pos.line, pos.column),
      "convert the line endings to LF (e.g. tr '\\r' '\\n' < file > fixed)",
    );
    return result(opts.kind, undefined, rep, undefined);
  }

  // A clean JSON report needs no positions: JSON.parse and the validator take milliseconds
  // where the YAML composer with positions takes about a second (a 540 KB data profile).
  // Whatever they do not pass cleanly takes the positioned path below, which names the line.
  if (jsonFirst && mode === "evidence" && opts.validate !== false) {
    const clean = cleanJsonReport(text);
    if (clean !== undefined) return result(clean.kind, clean.value, rep, undefined);
  }

  // Tabs in indentation: reported by us with the exact column, yaml's own message is vaguer.
  const tabLines = new Set<number>();
  if (mode === "manifest") {
    let lineNo = 1;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      const indent = /^[ \t]*/.exec(line)![0];
      const tab = indent.indexOf("\t");
      if (tab >= 0 && indent.length < line.replace(/\r$/, "").length && line.trimStart()[0] !== "#") {
        tabLines.add(lineNo);
        rep.add(
          "error",
          C.TabIndentation,
          "tab used for indentation; YAML allows only spaces",
          { line: lineNo, column: tab + 1, endLine: lineNo, endColumn: tab + 2 },
          "replace the tab with spaces",
        );
      }
      start = end + 1;
      lineNo++;
    }
  }

  const doc = parseYaml(text, lc, rep, mode === "manifest" ? MANIFEST_LIMITS.maxTokens : undefined);
  if (doc === undefined) return result(opts.kind, undefined, rep, undefined);
  // With tabs in the indentation, yaml's recovery misreads the structure (e.g. nested keys
  // become duplicate top-level keys): report the tabs alone.
  if (tabLines.size > 0) return result(opts.kind, undefined, rep, doc);
  for (const e of doc.errors) {
    const range = rep.offsets(e.pos[0], e.pos[1]);
    const [code, message] = yamlError(e);
    rep.add("error", code, message, range, yamlHint(e));
  }
  for (const w of doc.warnings) {
    rep.add("warning", C.YamlSyntax, w.message.split("\n")[0]!, rep.offsets(w.pos[0], w.pos[1]));
  }
  checkNodes(doc, rep);

  // Alias guard: count alias nodes before anything expands them.
  let aliases = 0;
  let firstExcess: Alias | undefined;
  if (text.includes("*")) {
    visit(doc, {
      Alias(_, node) {
        aliases++;
        if (aliases === MANIFEST_LIMITS.maxAliases + 1) firstExcess = node;
      },
    });
  }
  if (firstExcess !== undefined) {
    const r = firstExcess.range ?? [0, 0];
    rep.add(
      "error",
      C.AliasLimit,
      `too many aliases (${aliases}); manifests may use at most ${MANIFEST_LIMITS.maxAliases}`,
      rep.offsets(r[0], r[1]),
      "write the values out instead of repeating them through anchors and aliases",
    );
    return result(opts.kind, undefined, rep, doc);
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MANIFEST_LIMITS.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/excessive alias count/i.test(message)) {
      rep.add(
        "error",
        C.AliasLimit,
        "aliases expand too much (a document that multiplies itself through aliases)",
        AT_START,
        "write the values out instead of nesting aliases",
      );
    } else {
      const bad = findUnresolvedAlias(doc);
      const r = bad?.range ?? [0, 0];
      rep.add("error", C.YamlSyntax, message.replace(/\s+/g, " "), rep.offsets(r[0], r[1]));
    }
    return result(opts.kind, undefined, rep, doc);
  }

  if (doc.contents === null || value === null || value === undefined) {
    if (rep.diagnostics.length === 0) {
      rep.add("error", C.Empty, "the file is empty", AT_START, "a manifest is a YAML mapping of fields");
    }
    return result(opts.kind, undefined, rep, doc);
  }
  if (opts.validate === false) return result(opts.kind, value, rep, doc);

  if (mode === "evidence") {
    if (!isMap(doc.contents)) {
      const r = doc.contents.range ?? [0, 0];
      rep.add(
        "error",
        C.NotAMapping,
        `a report must be an object, not ${describe(value)}`,
        rep.offsets(r[0], r[1]),
      );
      return result(undefined, value, rep, doc);
    }
    const reportKind = (value as Record<string, unknown>).kind;
    const reports = reportKinds();
    if (typeof reportKind !== "string" || !reports.includes(reportKind)) {
      const { node, key } = nodeAtPath(doc, ["kind"], rep.pairs);
      rep.add(
        "error",
        C.UnknownKind,
        typeof reportKind === "string"
          ? `unknown report kind ${JSON.stringify(reportKind)}`
          : "the report has no kind",
        rangeOf(node, key, rep),
        `an evidence file's kind is one of ${reports.join(", ")}`,
      );
      return result(undefined, value, rep, doc);
    }
    if (!rep.diagnostics.some((d) => d.severity === "error")) {
      schemaDiagnostics(validateValue(reportSchema(reportKind), value), doc, value, rep, text);
    }
    return result(reportKind, value, rep, doc);
  }

  let kind = opts.kind;
  let detection: KindDetection | undefined = kindFromPath(opts.file);
  const commentKind = kindFromSchemaComment(text);
  if (kind === undefined) {
    if (detection === undefined && commentKind !== undefined) {
      detection = { kind: commentKind, by: "schema-comment", names: {} };
    }
    kind = detection?.kind;
  }
  if (detection !== undefined && detection.kind !== kind) detection = undefined;
  if (detection?.by === "path" && commentKind !== undefined && commentKind !== detection.kind) {
    const line = commentLine(text);
    rep.add(
      "warning",
      C.KindMismatch,
      `the $schema comment names ${commentKind} but the path is a ${detection.kind} manifest`,
      { line, column: 1, endLine: line, endColumn: 1 },
      `point the comment at ${detection.kind}.schema.json`,
    );
  }

  if (!isMap(doc.contents)) {
    const r = doc.contents.range ?? [0, 0];
    rep.add(
      "error",
      C.NotAMapping,
      `a manifest must be a mapping of fields, not ${describe(value)}`,
      rep.offsets(r[0], r[1]),
    );
    return result(kind, value, rep, doc);
  }

  if (kind === undefined) {
    rep.add(
      "error",
      C.UnknownKind,
      "cannot tell what kind of manifest this is",
      AT_START,
      "put it at its registry path (e.g. models/<model>/model.yaml) or add a first line " +
        "`# yaml-language-server: $schema=https://modelgate.dev/schemas/<kind>.schema.json`",
    );
    return result(kind, value, rep, doc);
  }

  // Schema errors only when the YAML itself is sound, so one mistake is not reported twice.
  if (!rep.diagnostics.some((d) => d.severity === "error")) {
    schemaDiagnostics(validateValue(kind, value), doc, value, rep, text);
    crossChecks(kind, value as Record<string, unknown>, detection, doc, rep);
  }
  return result(kind, value, rep, doc);
}

/** The kinds an evidence file may name: the reports modelgate writes and every report schema. */
function reportKinds(): string[] {
  return [...new Set([...REPORT_KINDS, ...SCHEMA_NAMES.filter((n) => !isManifestKind(n))])].filter(
    (n) => n !== "evidence-envelope",
  );
}

/** The schema a report kind is held to: its own, or the envelope for a kind without one yet. */
const reportSchema = (kind: string) => (SCHEMA_NAMES.includes(kind) ? kind : "evidence-envelope");

/**
 * An evidence text that is plain JSON, passes its schema and holds nothing the YAML path
 * would report: its kind and value. Undefined otherwise (the caller takes the positioned path).
 * JSON.parse keeps the last of two equal keys where YAML reports them, so the keys in the text
 * are counted against the parsed value's; a tab outside a string (YAML is strict about tabs),
 * a key near YAML's 1024-character implicit-key limit or nesting near maxDepth also fall back.
 */
function cleanJsonReport(text: string): { kind: string; value: Record<string, unknown> } | undefined {
  const shape = jsonShape(text);
  if (shape === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  if (countKeys(value) !== shape.keys) return undefined;
  const kind = (value as Record<string, unknown>).kind;
  if (typeof kind !== "string" || !reportKinds().includes(kind)) return undefined;
  if (validateValue(reportSchema(kind), value).length > 0) return undefined;
  return { kind, value: value as Record<string, unknown> };
}

/** Object keys in a JSON text and its nesting, or undefined when the text needs the YAML path. */
function jsonShape(text: string): { keys: number } | undefined {
  let keys = 0;
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
      let j = i + 1;
      while (
        j < n &&
        (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x0a || text.charCodeAt(j) === 0x0d)
      )
        j++;
      if (text.charCodeAt(j) === 0x3a) {
        if (i - start > 1000) return undefined;
        keys++;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth >= MANIFEST_LIMITS.maxDepth) return undefined;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x09) return undefined;
  }
  return { keys };
}

/** Own keys of every object in a parsed JSON value. */
function countKeys(root: object): number {
  let keys = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === "object") stack.push(x);
      continue;
    }
    for (const k in v) {
      keys++;
      const x = (v as Record<string, unknown>)[k];
      if (x !== null && typeof x === "object") stack.push(x);
    }
  }
  return keys;
}

/**
 * Reads and loads one manifest file. Never throws for bad input: a missing, unreadable or
 * oversized file is a diagnostic (the size is checked before reading).
 */
export async function loadManifestFile(
  path: string,
  opts: Partial<LoadOptions> = {},
): Promise<LoadedManifest> {
  return (await loadFile(path, opts, "manifest")) as LoadedManifest;
}

/**
 * Reads and loads one evidence (report) file, like loadManifestFile. A clean JSON report is
 * checked by JSON.parse and its schema alone and comes back without a `document`; a report
 * with any problem is loaded with positions (docs/schemas.md).
 */
export async function loadEvidenceFile(
  path: string,
  opts: Partial<EvidenceLoadOptions> = {},
): Promise<LoadedEvidence> {
  return loadFile(path, { ...opts, maxBytes: opts.maxBytes ?? EVIDENCE_LIMITS.maxBytes }, "evidence");
}

async function loadFile(
  path: string,
  opts: Partial<LoadOptions>,
  mode: "manifest" | "evidence",
): Promise<LoadedEvidence> {
  const file = opts.file ?? path;
  const maxBytes = opts.maxBytes ?? MANIFEST_LIMITS.maxBytes;
  const lc = new LineCounter();
  const rep = new Reporter(file, lc);
  try {
    const s = await stat(path);
    if (!s.isFile()) {
      rep.add("error", C.FileUnreadable, `is ${fileKind(s)}, not a regular file`, AT_START);
      return result(opts.kind, undefined, rep, undefined);
    }
    if (s.size > maxBytes) {
      rep.add(
        "error",
        C.FileTooLarge,
        `file is ${s.size} bytes; ${mode === "manifest" ? "manifests" : "evidence files"} are limited to ${maxBytes} bytes`,
        AT_START,
        "a manifest describes a model, it does not hold data: keep large content in files referenced by uri",
      );
      return result(opts.kind, undefined, rep, undefined);
    }
    const bytes = await readFile(path);
    // a file's caller (lint) needs positions only for problems: evidence is tried as JSON first
    const loaded = loadText(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { ...opts, file, maxBytes },
      mode,
      mode === "evidence",
    );
    if (mode === "manifest" && loaded.document !== undefined) {
      await checkSchemaComment(path, bytes.toString("utf8"), file, loaded);
    }
    return loaded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES"
          ? "permission denied"
          : code === "EISDIR"
            ? "is a directory"
            : `cannot read file (${code ?? (error instanceof Error ? error.message : String(error))})`;
    rep.add("error", C.FileUnreadable, why, AT_START);
    return result(opts.kind, undefined, rep, undefined);
  }
}

/** Lexemes that are not keys, values or indicators (a plain scalar's text has no type: it counts). */
const FREE_TOKENS: ReadonlySet<string> = new Set([
  "space",
  "newline",
  "comment",
  "byte-order-mark",
  "doc-mode",
  "flow-error-end",
  // the marker before a plain scalar's text
  "scalar",
]);

/**
 * yaml's parseDocument, with the guards it lacks: nesting deeper than MANIFEST_LIMITS.maxDepth
 * stops the parse at the offending token (the composer recurses per level), so does the token
 * past `maxTokens` (yaml's parser costs about 1-2 µs per token, so a 1 MiB file of tiny keys
 * took seconds), and keys are not compared pairwise (`uniqueKeys` is quadratic in a mapping's
 * size; checkNodes does it with a set). Undefined when a guard stopped it (the diagnostic is
 * reported).
 */
function parseYaml(
  text: string,
  lc: LineCounter,
  rep: Reporter,
  maxTokens = Number.POSITIVE_INFINITY,
): Document | undefined {
  const parser = new Parser(lc.addNewLine);
  lc.addNewLine(0);
  const tokens = [];
  // the lexer alone first (a third of the parser's cost): a file past the token limit is refused
  // before the parser builds anything
  const lexemes: string[] = [];
  let counted = 0;
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    const type = CST.tokenType(lexeme) ?? "";
    if (!FREE_TOKENS.has(type) && ++counted > maxTokens) {
      // the parser has not seen the file, so the line counter has not either
      const pos = lineColumn(text, offset);
      rep.add(
        "error",
        C.TooComplex,
        `more than ${maxTokens} YAML tokens (keys, values, indicators); manifests are limited to ${maxTokens}`,
        { line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column + lexeme.length },
        "a manifest describes a model or a dataset; keep long lists in files it references",
      );
      return undefined;
    }
    // the lexer's markers (before a plain scalar, around documents) are not in the source
    if (type !== "scalar" && type !== "doc-mode" && type !== "flow-error-end") offset += lexeme.length;
    lexemes.push(lexeme);
  }
  // the parser's stack holds the document, each open collection and pending scalars; the
  // collections are counted only when the stack is deep enough to hold too many
  const max = MANIFEST_LIMITS.maxDepth;
  const collections = () =>
    parser.stack.filter(
      (t) => t.type === "block-map" || t.type === "block-seq" || t.type === "flow-collection",
    ).length;
  for (const lexeme of lexemes) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > max && collections() > max) {
      rep.add(
        "error",
        C.YamlSyntax,
        `nested more than ${max} levels deep`,
        // the parser's offset is past the lexeme that opened the level
        rep.offsets(parser.offset - lexeme.length, parser.offset),
        "flatten the structure; no manifest or report needs this depth",
      );
      return undefined;
    }
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer({
    prettyErrors: false,
    uniqueKeys: false,
    strict: true,
    version: "1.2",
    // checkKeys reports collection keys itself, with their position
    logLevel: "error",
  });
  let doc: Document | undefined;
  for (const d of composer.compose(tokens, true, text.length)) {
    if (doc === undefined) doc = d as Document;
    else {
      const r = d.range;
      rep.add(
        "error",
        C.MultipleDocuments,
        "a manifest holds one YAML document; this file has several",
        rep.offsets(r[0], r[1]),
        "split the documents into separate files",
      );
      break;
    }
  }
  return doc;
}

/** The tags of JSON's values in YAML 1.2's core schema: a manifest holds nothing else. */
const JSON_TAGS: ReadonlySet<string> = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
);

/** A tag as it is written: `!!binary` for yaml.org's, else as given. */
function shownTag(tag: string): string {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}

/**
 * One pass over every node: a key that repeats (as the JSON value sees keys, so `1` and `"1"`
 * are the same key) and a key that is itself a mapping or list are errors at that key; a tag
 * other than JSON's types (`!!binary`, `!!timestamp`, `!custom`) is an error at its node.
 */
function checkNodes(doc: Document, rep: Reporter): void {
  const tagged = (node: YamlNode) => {
    const tag = node.tag;
    if (tag === undefined || JSON_TAGS.has(tag)) return;
    const r = node.range ?? [0, 0];
    rep.add(
      "error",
      C.YamlSyntax,
      `the YAML tag ${shownTag(tag)} is not supported: a manifest holds strings, numbers, booleans, null, lists and mappings`,
      rep.offsets(r[0], r[1]),
      "remove the tag and write the value as plain text (a string)",
    );
  };
  visit(doc, {
    Scalar(_, node) {
      tagged(node);
    },
    Seq(_, node) {
      tagged(node);
    },
    Map(_, map) {
      tagged(map);
      const seen = new Set<string>();
      for (const pair of map.items) {
        let key: unknown = pair.key;
        if (isAlias(key)) key = key.resolve(doc);
        if (!isNode(key)) {
          if (key === null || key === undefined) key = "";
          else continue;
        }
        const range = isNode(pair.key) && pair.key.range ? pair.key.range : (map.range ?? [0, 0]);
        if (!isScalar(key) && isNode(key)) {
          rep.add(
            "error",
            C.YamlSyntax,
            `a key must be a single value, not ${isSeq(key) ? "a list" : "a mapping"}`,
            rep.offsets(range[0], range[1]),
            "write the key as plain text; a complex key (`? ...`) cannot become a field name",
          );
          continue;
        }
        const value = isScalar(key) ? key.value : key;
        const name = value === null || value === undefined ? "" : String(value);
        if (seen.has(name)) {
          rep.add(
            "error",
            C.DuplicateKey,
            `duplicate key ${JSON.stringify(name)}: this mapping already has this key`,
            rep.offsets(range[0], range[1]),
            "remove one of the two entries; YAML would otherwise keep only the last",
          );
        }
        seen.add(name);
      }
    },
  });
}

/** The offset of the first carriage return that is not followed by a line feed, or -1. */
function loneCarriageReturn(text: string): number {
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== 0x0a) return i;
  }
  return -1;
}

/** 1-based line (counting LF) and column (in characters) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function point(line: number, column: number): Range {
  return { line, column, endLine: line, endColumn: column + 1 };
}

function binaryMessage(byte: number): string {
  return `binary content: control byte 0x${byte.toString(16).padStart(2, "0")}; a manifest is a YAML text file`;
}

/** Warns when a relative `$schema` comment points at a file that does not exist (editors then lose completion). */
async function checkSchemaComment(
  path: string,
  text: string,
  file: string,
  loaded: LoadedEvidence,
): Promise<void> {
  const line = commentLine(text);
  const target = SCHEMA_COMMENT.exec(text.split("\n")[line - 1]?.trim() ?? "")?.[1];
  if (target === undefined || /^[a-z][a-z0-9+.-]*:/i.test(target)) return;
  try {
    await stat(resolve(dirname(path), target));
  } catch {
    const start = text.split("\n")[line - 1]!.indexOf(target) + 1;
    loaded.diagnostics.push({
      severity: "warning",
      code: C.SchemaCommentMissing,
      message: `the $schema comment points at ${target}, which does not exist`,
      file,
      line,
      column: start,
      endLine: line,
      endColumn: start + target.length,
      hint: "fix the relative path, or use the schema's URL https://modelgate.dev/schemas/<kind>.schema.json",
    });
  }
}

function commentLine(text: string): number {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => SCHEMA_COMMENT.test(l.trim()));
  return i < 0 ? 1 : i + 1;
}

function yamlError(e: YAMLError): [DiagnosticCode, string] {
  const first = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  switch (e.code) {
    case "TAB_AS_INDENT":
      return [C.TabIndentation, "tab used for indentation; YAML allows only spaces"];
    default:
      return [C.YamlSyntax, `YAML syntax error: ${first}`];
  }
}

function yamlHint(e: YAMLError): string | undefined {
  switch (e.code) {
    case "TAB_AS_INDENT":
      return "replace the tab with spaces";
    default:
      return undefined;
  }
}

function findUnresolvedAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (found === undefined && node.resolve(doc) === undefined) found = node;
    },
  });
  return found;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value} (${JSON.stringify(value)})`;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return "a number";
  return `a ${typeof value}`;
}

/** Pairs of a mapping by key text, built on first lookup (the first of duplicate keys wins). */
export type PairIndex = WeakMap<YAMLMap, Map<string, Pair>>;

function pairOf(map: YAMLMap, seg: string, index: PairIndex | undefined): Pair | undefined {
  // as the JSON value names the key: a null key (`null:`, `~:`, `:`) is ""
  const keyText = (k: unknown) => {
    const v = isScalar(k) ? k.value : k;
    return v === null || v === undefined ? "" : String(v);
  };
  // small mappings: a scan is cheaper than an index
  if (index === undefined || map.items.length < 16) return map.items.find((p) => keyText(p.key) === seg);
  let byKey = index.get(map);
  if (byKey === undefined) {
    byKey = new Map();
    for (const p of map.items) {
      const k = keyText(p.key);
      if (!byKey.has(k)) byKey.set(k, p as Pair);
    }
    index.set(map, byKey);
  }
  return byKey.get(seg);
}

/**
 * The node at a path in the document, and the key node of the last step when it was a mapping
 * key. Pass an index when looking up many paths in one document (each lookup is then O(depth)).
 */
export function nodeAtPath(
  doc: Document,
  path: readonly (string | number)[],
  index?: PairIndex,
): { node: YamlNode | null; key: YamlNode | undefined; found: boolean } {
  let node: unknown = doc.contents;
  let key: YamlNode | undefined;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairOf(node as YAMLMap, String(seg), index);
      if (pair === undefined) return { node: node as YamlNode, key: undefined, found: false };
      key = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
      if (node === null) return { node: null, key, found: true };
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return { node: node as YamlNode, key: undefined, found: false };
      key = undefined;
      node = item;
    } else {
      return { node: (isNode(node) ? node : null) as YamlNode | null, key: undefined, found: false };
    }
  }
  if (isAlias(node)) node = node.resolve(doc) ?? node;
  return { node: isNode(node) ? node : null, key, found: true };
}

function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** `lineage.datasets[0].role` for ["lineage", "datasets", "0", "role"]. */
export function fieldLabel(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number" || /^\d+$/.test(String(seg))) out += `[${seg}]`;
    else out += out === "" ? String(seg) : `.${seg}`;
  }
  return out;
}

function rangeOf(node: YamlNode | null | undefined, key: YamlNode | undefined, rep: Reporter): Range {
  const target = node?.range ?? key?.range;
  if (target === undefined || target === null) return AT_START;
  // a value with no content (`field:`) has an empty range: point at its key instead
  if (target[1] <= target[0] && key?.range) return rep.offsets(key.range[0], key.range[1]);
  return rep.offsets(target[0], target[1]);
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best !== undefined && bestDist <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

const NAME_HINT =
  "names use lowercase letters, digits, '.', '_' and '-', start with a letter or digit and are at most 64 characters";

/** Locates the first schema errors (ten times what is shown); the rest are only counted. */
function schemaDiagnostics(
  errors: SchemaError[],
  doc: Document,
  root: unknown,
  rep: Reporter,
  text: string,
): void {
  const located = MANIFEST_LIMITS.maxDiagnostics * 10;
  for (const e of errors.slice(0, located)) schemaDiagnostic(e, doc, root, rep, text);
  rep.omitted += errors
    .slice(located)
    .filter((e) => e.keyword !== "if" && e.propertyName === undefined).length;
}

function schemaDiagnostic(e: SchemaError, doc: Document, root: unknown, rep: Reporter, text: string): void {
  if (e.keyword === "if" || e.propertyName !== undefined) return;
  const segs = pointerSegments(e.instancePath);
  const field = fieldLabel(segs);
  const where = field === "" ? "" : ` in ${field}`;
  const { node, key } = nodeAtPath(doc, segs, rep.pairs);
  const value = valueAt(root, segs);
  const schema = e.parentSchema ?? {};
  const description = typeof schema.description === "string" ? schema.description : undefined;
  // only the scalar cases show the value: stringifying a whole mapping per error is quadratic
  const shown = typeof value === "object" && value !== null ? typeName(value) : JSON.stringify(value);
  const label = field === "" ? "the manifest" : field;

  switch (e.keyword) {
    case "additionalProperties": {
      const name = String(e.params.additionalProperty);
      const at = nodeAtPath(doc, [...segs, name], rep.pairs);
      const known = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
      const guess = closest(name, known);
      rep.add(
        "error",
        C.UnknownField,
        `unknown field "${name}"${where}`,
        rangeOf(at.key, undefined, rep),
        guess !== undefined ? `did you mean "${guess}"?` : `known fields: ${known.join(", ")}`,
      );
      return;
    }
    case "required": {
      const name = String(e.params.missingProperty);
      const props = (schema.properties as Record<string, { description?: string }> | undefined) ?? {};
      let range = rangeOf(node, key, rep);
      if (isMap(node) && node.items.length > 0 && isNode(node.items[0]!.key) && !node.flow) {
        const k = node.items[0]!.key as YamlNode;
        if (k.range) range = rep.offsets(k.range[0], k.range[1]);
      }
      rep.add(
        "error",
        C.MissingField,
        `missing required field "${name}"${where}`,
        range,
        props[name]?.description,
      );
      return;
    }
    case "propertyNames": {
      const name = String(e.params.propertyName);
      const at = nodeAtPath(doc, [...segs, name], rep.pairs);
      rep.add("error", C.BadName, `"${name}" is not a valid key${where}`, rangeOf(at.key, undefined, rep));
      return;
    }
    case "type": {
      const expected = String(e.params.type).replaceAll(",", " or ");
      let hint: string | undefined = description;
      let fix: DiagnosticFix | undefined;
      if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
        const src = node?.range ? text.slice(node.range[0], node.range[1]) : String(value);
        hint = `YAML reads ${src} as a ${typeof value}; quote it: "${src}"`;
        // the text as written ("1.10", not the number 1.1) is what was meant
        if (isScalar(node) && node.type === "PLAIN" && !src.includes("\n")) fix = { path: segs, value: src };
      }
      const got = value === null || value === undefined ? "no value" : typeName(value);
      rep.add(
        "error",
        C.WrongType,
        `${label} must be ${article(expected)}, got ${got}`,
        rangeOf(node, key, rep),
        hint,
        fix,
      );
      return;
    }
    case "pattern": {
      const pattern = String(e.params.pattern);
      if (pattern === NAME_PATTERN) {
        rep.add(
          "error",
          C.BadName,
          `${label} ${shown} is not a valid name`,
          rangeOf(node, key, rep),
          NAME_HINT,
        );
      } else {
        rep.add(
          "error",
          C.BadValue,
          `${label} ${shown} does not match ${pattern}`,
          rangeOf(node, key, rep),
          description,
        );
      }
      return;
    }
    case "enum": {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => String(v));
      const guess = typeof value === "string" ? closest(value, allowed) : undefined;
      rep.add(
        "error",
        C.BadValue,
        `${label} must be one of ${allowed.join(", ")}; got ${shown}`,
        rangeOf(node, key, rep),
        guess !== undefined ? `did you mean "${guess}"?` : description,
      );
      return;
    }
    case "const":
      rep.add(
        "error",
        C.BadValue,
        `${label} must be ${JSON.stringify(e.params.allowedValue)}; got ${shown}`,
        rangeOf(node, key, rep),
        description,
      );
      return;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const op = { minimum: ">=", maximum: "<=", exclusiveMinimum: ">", exclusiveMaximum: "<" }[e.keyword];
      rep.add(
        "error",
        C.BadValue,
        `${label} must be ${op} ${String(e.params.limit)}; got ${shown}`,
        rangeOf(node, key, rep),
        description,
      );
      return;
    }
    case "format": {
      const format = String(e.params.format);
      const example = format === "date" ? "2026-09-01" : format === "date-time" ? "2026-09-01T12:00:00Z" : "";
      rep.add(
        "error",
        C.BadValue,
        `${label} must be a ${format}${example ? ` like ${example}` : ""}; got ${shown}`,
        rangeOf(node, key, rep),
        description,
      );
      return;
    }
    case "minItems":
      rep.add(
        "error",
        C.BadValue,
        `${label} needs at least ${String(e.params.limit)} item(s)`,
        rangeOf(node, key, rep),
        description,
      );
      return;
    case "minLength":
      rep.add("error", C.BadValue, `${label} must not be empty`, rangeOf(node, key, rep), description);
      return;
    default:
      rep.add("error", C.BadValue, `${label} ${e.message}`, rangeOf(node, key, rep), description);
  }
}

function article(expected: string): string {
  const a = expected.startsWith("integer") || expected.startsWith("object") || expected.startsWith("array");
  const named = expected.replace(/\bobject\b/g, "mapping").replace(/\barray\b/g, "list");
  return a && !named.startsWith("mapping") && !named.startsWith("list") ? `an ${named}` : `a ${named}`;
}

/** Cheap, local consistency checks between fields and against the file's registry path. */
function crossChecks(
  kind: ManifestKind,
  value: Record<string, unknown>,
  detection: KindDetection | undefined,
  doc: Document,
  rep: Reporter,
): void {
  const at = (path: (string | number)[]): Range => {
    const { node, key } = nodeAtPath(doc, path, rep.pairs);
    return rangeOf(node, key, rep);
  };
  const add = (
    severity: Severity,
    code: DiagnosticCode,
    message: string,
    path: (string | number)[],
    hint?: string,
  ) => rep.add(severity, code, message, at(path), hint);

  if (detection?.by === "path") {
    for (const [field, expected] of Object.entries(detection.names)) {
      const stem = expected;
      const actual = value[field];
      const range = at([field]);
      const reported = rep.diagnostics.some((d) => d.line === range.line && d.column === range.column);
      if (typeof actual === "string" && actual !== stem && !reported) {
        add(
          "error",
          C.PathMismatch,
          `${field} "${actual}" does not match the file's path (${field} "${stem}")`,
          [field],
          "the registry layout names files after what they hold: rename the file or fix the field",
        );
      }
    }
  }

  const duplicates = (list: unknown, keyOf: (item: unknown) => unknown, path: string, what: string) => {
    if (!Array.isArray(list)) return;
    const seen = new Set<unknown>();
    list.forEach((item, i) => {
      const k = keyOf(item);
      if (k === undefined) return;
      if (seen.has(k)) add("error", C.DuplicateName, `${what} ${JSON.stringify(k)} appears twice`, [path, i]);
      seen.add(k);
    });
  };
  const nameOf = (item: unknown) => (item as { name?: unknown } | null)?.name;
  // the gate's rule for file: URIs (core's layout): a path that leaves the repository or reaches
  // into .git is refused here too, not first by the gate
  const fileUris = (uris: ReadonlyArray<readonly [(string | number)[], unknown]>) => {
    for (const [path, uri] of uris) {
      if (typeof uri !== "string" || !uri.startsWith("file:")) continue;
      try {
        repoPathOfFileUri(uri);
      } catch (error) {
        add(
          "error",
          C.BadValue,
          `${fieldLabel(path)}: ${(error as Error).message}`,
          path,
          "a file: URI is a path inside the registry repository, e.g. file:artifacts/<model>/<version>/model.onnx",
        );
      }
    }
  };

  switch (kind) {
    case "registry":
      duplicates(value.environments, nameOf, "environments", "environment");
      break;
    case "environment": {
      const canary = value.canary as { version?: unknown } | undefined;
      if (canary?.version !== undefined && canary.version === value.version) {
        add(
          "error",
          C.Inconsistent,
          `canary.version is the champion version ${JSON.stringify(value.version)}`,
          ["canary", "version"],
          "a canary runs a different version next to the champion; remove canary to serve one version",
        );
      }
      break;
    }
    case "model": {
      const sig = value.signature as
        | { inputs?: { features?: unknown[] }; outputs?: { classes?: unknown[] } }
        | undefined;
      const features = sig?.inputs?.features;
      if (Array.isArray(features)) {
        const i = features.indexOf(value.label);
        if (i >= 0) {
          add(
            "error",
            C.Inconsistent,
            `the label "${String(value.label)}" is also an input feature`,
            ["signature", "inputs", "features", i],
            "the model would see the answer it is asked to predict",
          );
        }
        const seen = new Set<unknown>();
        features.forEach((f, j) => {
          if (seen.has(f))
            add("error", C.DuplicateName, `feature ${JSON.stringify(f)} appears twice`, [
              "signature",
              "inputs",
              "features",
              j,
            ]);
          seen.add(f);
        });
      }
      if (value.task === "multiclass-classification" && sig?.outputs?.classes === undefined) {
        add(
          "warning",
          C.Inconsistent,
          "a multiclass model should list signature.outputs.classes",
          ["signature", "outputs"],
          "without classes, predictions are reported by output index",
        );
      }
      break;
    }
    case "model-version": {
      const evidence = (value.evaluation as { evidence?: unknown } | undefined)?.evidence;
      fileUris([
        [["artifact", "uri"], (value.artifact as { uri?: unknown } | undefined)?.uri],
        ...(Array.isArray(evidence) ? evidence : []).map((e, i): [(string | number)[], unknown] => [
          ["evaluation", "evidence", i, "uri"],
          (e as { uri?: unknown } | null)?.uri,
        ]),
      ]);
      if (value.deprecation !== undefined && value.status !== "deprecated") {
        add(
          "warning",
          C.Inconsistent,
          "deprecation is set but status is not deprecated",
          ["deprecation"],
          "set status: deprecated, or remove deprecation",
        );
      }
      break;
    }
    case "dataset-version":
      // the data itself may live anywhere; its profile is evidence the registry stores
      fileUris([[["profile", "uri"], (value.profile as { uri?: unknown } | undefined)?.uri]]);
      break;
    case "dataset-schema": {
      const features = Array.isArray(value.features) ? (value.features as Record<string, unknown>[]) : [];
      duplicates(features, nameOf, "features", "feature");
      const names = new Set(features.map(nameOf));
      if (typeof value.label === "string" && !names.has(value.label)) {
        add("warning", C.Inconsistent, `the label "${value.label}" is not among the features`, ["label"]);
      }
      if (Array.isArray(value.keys)) {
        value.keys.forEach((k, i) => {
          if (!names.has(k))
            add("error", C.Inconsistent, `key column "${String(k)}" is not a feature`, ["keys", i]);
        });
      }
      const rc = value.rowCount as { min?: number; max?: number } | undefined;
      if (rc?.min !== undefined && rc.max !== undefined && rc.min > rc.max) {
        add("error", C.Inconsistent, `rowCount.min ${rc.min} is larger than rowCount.max ${rc.max}`, [
          "rowCount",
          "min",
        ]);
      }
      const envs = Array.isArray(value.environments) ? new Set(value.environments) : undefined;
      features.forEach((f, i) => {
        const d = f.domain as { min?: number; max?: number; values?: unknown[] } | undefined;
        if (d?.min !== undefined && d.max !== undefined && d.min > d.max) {
          add("error", C.Inconsistent, `domain.min ${d.min} is larger than domain.max ${d.max}`, [
            "features",
            i,
            "domain",
            "min",
          ]);
        }
        if (d?.values !== undefined && (d.min !== undefined || d.max !== undefined)) {
          add("error", C.Inconsistent, "a domain is either a range (min/max) or a set of values, not both", [
            "features",
            i,
            "domain",
          ]);
        }
        if (envs !== undefined && Array.isArray(f.notIn)) {
          f.notIn.forEach((env, j) => {
            if (!envs.has(env))
              add("warning", C.Inconsistent, `notIn names "${String(env)}", which is not in environments`, [
                "features",
                i,
                "notIn",
                j,
              ]);
          });
        }
      });
      break;
    }
    case "ml-test-score": {
      const decls = Array.isArray(value.declarations)
        ? (value.declarations as Record<string, unknown>[])
        : [];
      duplicates(decls, (d) => (d as { test?: unknown } | null)?.test, "declarations", "test");
      decls.forEach((d, i) => {
        if (
          typeof d.validUntil === "string" &&
          typeof d.reviewedAt === "string" &&
          d.validUntil < d.reviewedAt
        ) {
          add("error", C.Inconsistent, `validUntil ${d.validUntil} is before reviewedAt ${d.reviewedAt}`, [
            "declarations",
            i,
            "validUntil",
          ]);
        }
      });
      break;
    }
  }
}
