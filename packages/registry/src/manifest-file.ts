import {
  editManifestText,
  loadManifestText,
  MANIFEST_LIMITS,
  nodeAtPath,
  parseYamlText,
} from "@modelgate/core";
import { isMap, parseDocument } from "yaml";

/** A problem in a registry file, located by file, line, column and field path. */
export interface FileDiagnostic {
  file: string;
  line: number | null;
  column: number | null;
  /** dotted field path, e.g. `canary.traffic`; empty for the whole file */
  field: string;
  /** stable diagnostic code (docs/schemas.md), when the problem came from the manifest loader */
  code?: string;
  message: string;
}

/** The largest manifest modelgate parses (pull-request YAML is untrusted): core's one limit, so what lints clean also reads. */
export const MAX_MANIFEST_BYTES = MANIFEST_LIMITS.maxBytes;

export interface ParsedManifest {
  value: unknown;
  diagnostics: FileDiagnostic[];
  /** line (1-based) of a field path, when present in the text */
  lineOf(field: string): number | null;
}

/**
 * Loads one manifest with core's loader (YAML with positions, kind from the registry path,
 * schema and cross-field checks). Errors become diagnostics; warnings are left out.
 */
export function parseManifest(
  text: string,
  file: string,
  options: { validate?: boolean } = {},
): ParsedManifest {
  if (options.validate === false) return parseLight(text, file);
  const loaded = loadManifestText(text, { file, maxBytes: MAX_MANIFEST_BYTES });
  const diagnostics: FileDiagnostic[] = loaded.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => ({ file, line: d.line, column: d.column, field: "", code: d.code, message: d.message }));
  const lineOf = (field: string): number | null => {
    if (!loaded.document || field === "") return null;
    const path = field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const at = nodeAtPath(loaded.document, path);
    const range = (at.key ?? at.node)?.range;
    return at.found && range ? loaded.lineCounter.linePos(range[0]).line : null;
  };
  return { value: loaded.value ?? null, diagnostics, lineOf };
}

/**
 * YAML only, no schema: for reading a whole registry's state quickly (status). Core's YAML
 * guards still hold (size, encoding, syntax, depth, tokens, duplicate keys, tags, aliases);
 * `modelgate check` and `lint` validate.
 */
function parseLight(text: string, file: string): ParsedManifest {
  const none = { lineOf: () => null };
  const parsed = parseYamlText(text, file, MAX_MANIFEST_BYTES);
  const fail = (
    message: string,
    line: number | null = null,
    column: number | null = null,
  ): ParsedManifest => ({
    value: null,
    diagnostics: [{ file, line, column, field: "", message }],
    ...none,
  });
  if (parsed.error) return fail(parsed.error.message, parsed.error.line, parsed.error.column);
  const value = parsed.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return fail("expected a mapping");
  return { value: value as Record<string, unknown>, diagnostics: [], ...none };
}

/**
 * Sets (or, with `undefined`, deletes) fields of a YAML manifest with core's comment- and
 * layout-preserving editor, so a change is a minimal diff.
 */
export function editManifest(text: string, edits: Array<{ path: string[]; value: unknown }>): string {
  return editManifestText(text, edits);
}

/** Writes a new manifest from a value (used for files a change creates). */
export function renderManifest(value: unknown, schemaComment?: string): string {
  const doc = parseDocument("{}");
  doc.contents = doc.createNode(value) as typeof doc.contents;
  if (isMap(doc.contents)) doc.contents.flow = false;
  const body = doc.toString({ lineWidth: 0 });
  return schemaComment ? `# yaml-language-server: $schema=${schemaComment}\n${body}` : body;
}
