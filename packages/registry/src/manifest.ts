import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

/** A problem in a registry file, located by file, line, column and field path. */
export interface FileDiagnostic {
  file: string;
  line: number | null;
  column: number | null;
  /** dotted field path, e.g. `canary.traffic`; empty for the whole file */
  field: string;
  message: string;
}

/** The largest manifest modelgate parses (pull-request YAML is untrusted). */
export const MAX_MANIFEST_BYTES = 256 * 1024;

export interface ParsedManifest {
  value: unknown;
  diagnostics: FileDiagnostic[];
  /** line (1-based) of a field path, when present in the text */
  lineOf(field: string): number | null;
}

/** Parses one YAML manifest with positions; syntax errors, aliases bombs and oversize files become diagnostics. */
export function parseManifest(text: string, file: string): ParsedManifest {
  const diagnostics: FileDiagnostic[] = [];
  if (Buffer.byteLength(text, "utf8") > MAX_MANIFEST_BYTES) {
    return {
      value: null,
      diagnostics: [
        { file, line: null, column: null, field: "", message: `file is over ${MAX_MANIFEST_BYTES} bytes` },
      ],
      lineOf: () => null,
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    diagnostics.push({
      file,
      line: pos.line,
      column: pos.col,
      field: "",
      message: error.message.split("\n")[0] ?? error.message,
    });
  }
  let value: unknown = null;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      diagnostics.push({ file, line: null, column: null, field: "", message: (error as Error).message });
    }
  }
  const lineOf = (field: string): number | null => {
    const path = field === "" ? [] : field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let node: unknown = doc.contents;
    let last: unknown = node;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(key));
        if (!pair) break;
        last = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        last = node;
      } else break;
    }
    const range = (last as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : null;
  };
  return { value, diagnostics, lineOf };
}

/**
 * Sets (or, with `undefined`, deletes) fields of a YAML manifest keeping comments, key order
 * and formatting of everything else, so a change is a minimal diff.
 */
export function editManifest(text: string, edits: Array<{ path: string[]; value: unknown }>): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0) throw new Error(doc.errors[0]?.message ?? "invalid YAML");
  for (const edit of edits) {
    if (edit.value === undefined) doc.deleteIn(edit.path);
    else if (edit.value !== null && typeof edit.value === "object") {
      const node = doc.createNode(edit.value);
      if (isMap(node)) node.flow = false;
      doc.setIn(edit.path, node);
    } else doc.setIn(edit.path, edit.value);
  }
  return doc.toString({ lineWidth: 0 });
}

/** Writes a new manifest from a value (used for files a change creates). */
export function renderManifest(value: unknown, schemaComment?: string): string {
  const doc = parseDocument("{}");
  doc.contents = doc.createNode(value) as typeof doc.contents;
  if (isMap(doc.contents)) doc.contents.flow = false;
  const body = doc.toString({ lineWidth: 0 });
  return schemaComment ? `# yaml-language-server: $schema=${schemaComment}\n${body}` : body;
}
