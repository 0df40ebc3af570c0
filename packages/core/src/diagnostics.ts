/** How bad a diagnostic is: errors fail `modelgate lint`, warnings and infos do not. */
export type Severity = "error" | "warning" | "info";

/**
 * One finding about a file, with a 1-based source range. `code` is stable (see
 * docs/schemas.md); `hint` says how to fix it when we know.
 */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  hint?: string;
  /** A safe, mechanical fix (`modelgate lint --fix` applies it with editManifestText). */
  fix?: DiagnosticFix;
}

/** Set the value at `path` (field names and list indices) to `value`. */
export interface DiagnosticFix {
  path: (string | number)[];
  value: unknown;
}

/**
 * The stable diagnostic codes. MG00x: the file cannot be read as a manifest at all
 * (commands treat these as input errors, exit 2). MG01x: YAML. MG02x: manifest kind.
 * MG03x: schema. MG04x: cross-field consistency. MG05x: references between the files of a registry.
 */
export const DiagnosticCodes = {
  /** The path does not exist or cannot be read. */
  FileUnreadable: "MG001",
  /** The file is larger than the manifest size limit. */
  FileTooLarge: "MG002",
  /** The file is not valid UTF-8. */
  NotUtf8: "MG003",
  /** The file contains NUL or other control bytes: it is binary, not YAML. */
  Binary: "MG004",
  /** The file is empty or holds only comments. */
  Empty: "MG005",
  /** More problems than are reported for one file (info). */
  TooManyProblems: "MG006",
  /** YAML syntax error. */
  YamlSyntax: "MG010",
  /** A mapping has the same key twice. */
  DuplicateKey: "MG011",
  /** A tab is used for indentation. */
  TabIndentation: "MG012",
  /** Too many aliases, or aliases that expand too much (a "billion laughs" document). */
  AliasLimit: "MG013",
  /** More than one YAML document in a manifest. */
  MultipleDocuments: "MG014",
  /** The top level is not a mapping. */
  NotAMapping: "MG015",
  /** More YAML tokens than a manifest may hold (MANIFEST_LIMITS.maxTokens). */
  TooComplex: "MG016",
  /** The manifest kind cannot be told from the path or a $schema comment. */
  UnknownKind: "MG020",
  /** The $schema comment names another kind than the file's registry path. */
  KindMismatch: "MG021",
  /** A relative $schema comment points at a file that does not exist. */
  SchemaCommentMissing: "MG022",
  /** A value has the wrong type. */
  WrongType: "MG030",
  /** A field the schema does not know. */
  UnknownField: "MG031",
  /** A required field is missing. */
  MissingField: "MG032",
  /** A name (model, version, environment, dataset) does not match ^[a-z0-9][a-z0-9._-]{0,63}$. */
  BadName: "MG033",
  /** A value is out of range, not one of the allowed values, or badly formatted. */
  BadValue: "MG034",
  /** A name in the file disagrees with the file's registry path. */
  PathMismatch: "MG040",
  /** The same name appears twice in a list that must be unique. */
  DuplicateName: "MG041",
  /** Fields that disagree with each other. */
  Inconsistent: "MG042",
  /** A reference to something the registry does not hold (a version, model, environment, column). */
  UnknownReference: "MG050",
  /** A digest that differs from the one the registry records for the same thing. */
  DigestMismatch: "MG051",
  /** A deprecated version still serves. */
  DeprecatedInUse: "MG052",
} as const;
export type DiagnosticCode = (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes];

const UNREADABLE: ReadonlySet<string> = new Set([
  DiagnosticCodes.FileUnreadable,
  DiagnosticCodes.FileTooLarge,
  DiagnosticCodes.NotUtf8,
  DiagnosticCodes.Binary,
]);

/** True for the codes that mean "this input cannot be read" (exit 2 rather than 1). */
export function isUnreadable(d: Pick<Diagnostic, "code">): boolean {
  return UNREADABLE.has(d.code);
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}

/** Orders diagnostics by file, then position, then code. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export type DiagnosticFormat = "text" | "json" | "github";

/**
 * Renders diagnostics. text: one `file:line:col: severity CODE message` line each, followed
 * by an indented `hint:` line when there is one. json: a JSON array of the diagnostics.
 * github: GitHub Actions workflow commands (`::error file=...,line=...::message`), which the
 * runner turns into annotations on the pull request's files.
 */
export function renderDiagnostics(diags: readonly Diagnostic[], format: DiagnosticFormat): string {
  if (format === "json") return `${JSON.stringify(diags, null, 2)}\n`;
  if (format === "github") return diags.map(githubCommand).join("");
  let out = "";
  for (const d of diags) {
    out += `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}\n`;
    if (d.hint !== undefined) out += `  hint: ${d.hint}\n`;
  }
  return out;
}

const escapeData = (s: string) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (s: string) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

function githubCommand(d: Diagnostic): string {
  const command = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
  const props = [
    `file=${escapeProperty(d.file)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(d.code)}`,
  ].join(",");
  const message = d.hint === undefined ? d.message : `${d.message}\n${d.hint}`;
  return `::${command} ${props}::${escapeData(message)}\n`;
}
