import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Pair,
  Scalar,
  stringify,
  type YAMLMap,
  type Node as YamlNode,
} from "yaml";
import { UserError } from "./errors.js";
import { parseYamlText } from "./manifest.js";

/** One change to a manifest: set the value at `path`, or delete it when `value` is undefined. */
export interface ManifestEdit {
  path: readonly (string | number)[];
  value: unknown | undefined;
}

/**
 * Applies edits to a manifest's YAML text and returns the new text. Everything that is not
 * edited keeps its bytes: comments, key order, quoting and layout. Changing a scalar rewrites
 * only that scalar; adding or removing a field of a block mapping adds or removes only its
 * lines. Other structural edits (inside flow collections, sequences) fall back to
 * re-serialising the document, which still keeps comments and key order.
 */
export function editManifestText(text: string, edits: readonly ManifestEdit[]): string {
  let out = text;
  for (const edit of edits) out = applyEdit(out, edit);
  return out;
}

function parse(text: string): Document {
  const parsed = parseYamlText(text, "manifest");
  if (parsed.error !== undefined || parsed.document === undefined) {
    const e = parsed.error;
    throw new UserError(
      `cannot edit a manifest with YAML errors: ${e ? `line ${e.line}: ${e.message}` : "it does not parse"}`,
    );
  }
  return parsed.document;
}

function keyOf(pair: Pair): string {
  const k = pair.key;
  return isScalar(k) ? String(k.value) : String(k);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i + 1;
}

/** The end of a pair's value in the source (before its trailing comment and newline). */
function pairEnd(pair: Pair, fallback: number): number {
  const v = pair.value;
  if (isNode(v) && v.range) return v.range[1];
  const k = pair.key;
  if (isNode(k) && k.range) return k.range[1];
  return fallback;
}

function applyEdit(text: string, edit: ManifestEdit): string {
  const doc = parse(text);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  if (edit.path.length === 0) throw new UserError("an edit needs a non-empty path");
  // Walk to the deepest existing node on the path.
  let parent: unknown = doc.contents;
  let depth = 0;
  for (; depth < edit.path.length - 1; depth++) {
    const seg = edit.path[depth]!;
    const child = childOf(parent, seg);
    if (child === undefined || !(isMap(child) || isSeq(child))) break;
    parent = child;
  }
  const seg = edit.path[depth]!;
  const rest = edit.path.slice(depth + 1);

  // A scalar replaced by a scalar: splice only its characters, in any kind of collection.
  if (rest.length === 0 && edit.value !== undefined && isScalarValue(edit.value)) {
    const target = childOf(parent, seg);
    if (isScalar(target) && target.range) {
      const replacement = scalarSource(target, edit.value);
      if (replacement !== undefined) {
        return text.slice(0, target.range[0]) + replacement + text.slice(target.range[1]);
      }
    }
  }
  const value = rest.length === 0 ? edit.value : nest(rest, edit.value);
  if (edit.value === undefined && rest.length > 0) return text; // deleting below a missing node: nothing to do

  if (isMap(parent) && !parent.flow) {
    const pair = parent.items.find((p) => keyOf(p) === String(seg));
    if (pair !== undefined) {
      const target = pair.value;
      if (value !== undefined && isScalar(target) && isScalarValue(value) && target.range) {
        const replacement = scalarSource(target, value);
        if (replacement !== undefined) {
          return text.slice(0, target.range[0]) + replacement + text.slice(target.range[1]);
        }
      }
      // replace or delete the whole pair's lines
      const keyNode = pair.key as YamlNode;
      const start = lineStart(text, keyNode.range![0]);
      const end = lineEnd(text, pairEnd(pair, keyNode.range![1]));
      const indent = keyNode.range![0] - start;
      const onlyPairOnLines = text.slice(start, keyNode.range![0]).trim() === "";
      if (onlyPairOnLines) {
        const insert = value === undefined ? "" : blockPair(String(seg), value, indent, eol);
        let from = start;
        if (value === undefined && pair !== parent.items[0]) {
          // comment lines right above a removed entry document it: they go with it (not for
          // the first entry, whose comments may be the file's header)
          while (from > 0) {
            const prev = lineStart(text, from - 1);
            const line = text.slice(prev, from);
            if (!line.trimStart().startsWith("#") || line.length - line.trimStart().length !== indent) break;
            from = prev;
          }
        }
        if (
          value === undefined &&
          pair === parent.items[parent.items.length - 1] &&
          parent.items.length > 1
        ) {
          // removing the last entry also removes the blank lines that set it apart
          while (from > 0) {
            const prev = lineStart(text, from - 1);
            if (text.slice(prev, from).trim() !== "") break;
            from = prev;
          }
        }
        return text.slice(0, from) + insert + text.slice(end);
      }
    } else if (value !== undefined && parent.items.length > 0) {
      const last = parent.items[parent.items.length - 1]!;
      const firstKey = parent.items[0]!.key as YamlNode;
      const start = lineStart(text, firstKey.range![0]);
      const indent = firstKey.range![0] - start;
      if (text.slice(start, firstKey.range![0]).trim() === "") {
        const at = lineEnd(text, pairEnd(last, firstKey.range![1]));
        const sep = at > 0 && text[at - 1] !== "\n" ? eol : "";
        return text.slice(0, at) + sep + blockPair(String(seg), value, indent, eol) + text.slice(at);
      }
    } else if (value === undefined) {
      return text;
    }
  }

  // Fallback: edit the document and re-serialise it.
  if (edit.value === undefined) doc.deleteIn(edit.path as (string | number)[]);
  else doc.setIn(edit.path as (string | number)[], doc.createNode(edit.value));
  const out = doc.toString();
  return eol === "\n" ? out : out.replace(/\r?\n/g, eol);
}

function childOf(node: unknown, seg: string | number): unknown {
  if (isAlias(node)) return undefined;
  if (isMap(node)) return (node as YAMLMap).items.find((p) => keyOf(p) === String(seg))?.value ?? undefined;
  if (isSeq(node)) return node.items[Number(seg)];
  return undefined;
}

function nest(path: readonly (string | number)[], value: unknown): unknown {
  let v = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i]!;
    if (typeof seg === "number") {
      const arr: unknown[] = [];
      arr[seg] = v;
      v = arr;
    } else {
      v = { [seg]: v };
    }
  }
  return v;
}

function isScalarValue(v: unknown): boolean {
  return v === null || ["string", "number", "boolean"].includes(typeof v);
}

/** The source text of a new scalar value, in the old scalar's quoting style where that is safe. */
function scalarSource(old: Scalar, value: unknown): string | undefined {
  if (typeof value === "string") {
    if (old.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
    if (old.type === Scalar.QUOTE_SINGLE && !value.includes("\n")) return `'${value.replaceAll("'", "''")}'`;
    if (old.type === Scalar.BLOCK_FOLDED || old.type === Scalar.BLOCK_LITERAL) return undefined;
  }
  const src = stringify(value, { lineWidth: 0 }).replace(/\n$/, "");
  return src.includes("\n") ? undefined : src;
}

/** `key: value` as block YAML at an indentation, ending in a newline. */
function blockPair(key: string, value: unknown, indent: number, eol: string): string {
  const src = stringify({ [key]: value }, { lineWidth: 0 });
  const pad = " ".repeat(indent);
  return src
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join(eol);
}

/**
 * Writes a manifest atomically: the text goes to a temporary file in the same directory,
 * which is then renamed over the target, so a crash never leaves a half-written file.
 */
export async function writeManifestFile(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, { encoding: "utf8", flag: "wx" });
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
