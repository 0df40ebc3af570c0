import { parseYamlText, UserError } from "@modelgate/core";
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";
import { TEST_IDS } from "./rubric.js";

/** One manual-evidence declaration of models/<model>/ml-test-score.yaml, as written. */
export interface Declaration {
  test: string;
  summary: string | null;
  document: string | null;
  owner: string | null;
  reviewedAt: string | null;
  validUntil: string | null;
  /** 1-based line of the declaration in its file */
  line: number;
  /** problems found in the declaration itself (field, line); a declaration with problems earns nothing */
  problems: string[];
}

export interface DeclarationsFile {
  /** the file name used in messages */
  file: string;
  model: string;
  declarations: Declaration[];
}

const DECLARATION_FIELDS = ["test", "summary", "document", "owner", "reviewedAt", "validUntil"];
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const LINK = /^(https?:\/\/\S+|file:\S+)$/;

/**
 * Parses an ml-test-score.yaml. A file that is not YAML or not shaped like a declarations file
 * is an input error (UserError naming file, line and field); problems inside one declaration
 * are kept on that declaration so the report can show why it was refused.
 */
export function parseDeclarations(text: string, file: string, expectedModel?: string): DeclarationsFile {
  const parsed = parseYamlText(text, file);
  const { lineCounter: lines, document: doc } = parsed;
  if (parsed.error !== undefined || doc === undefined) {
    const e = parsed.error;
    throw new UserError(
      `${file}:${e?.line ?? 1}:${e?.column ?? 1}: not valid YAML: ${e?.message ?? "does not parse"}`,
    );
  }
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 1;
  const root = doc.contents;
  if (!isMap(root)) {
    throw new UserError(`${file}:${lineOf(root)}: expected a mapping with "model" and "declarations"`);
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (key !== "model" && key !== "declarations") {
      throw new UserError(
        `${file}:${lineOf(pair.key as Node)}: unknown field "${key}" (allowed: model, declarations)`,
      );
    }
  }
  const modelNode = root.get("model", true);
  if (!isScalar(modelNode) || typeof modelNode.value !== "string" || modelNode.value === "") {
    throw new UserError(`${file}:${lineOf(modelNode ?? root)}: field "model" must be the model name`);
  }
  const model = modelNode.value;
  if (expectedModel !== undefined && model !== expectedModel) {
    throw new UserError(
      `${file}:${lineOf(modelNode)}: field "model" is "${model}" but the score is for "${expectedModel}"`,
    );
  }
  const list = root.get("declarations", true);
  if (list === undefined || list === null) return { file, model, declarations: [] };
  if (!isSeq(list))
    throw new UserError(`${file}:${lineOf(list as Node)}: field "declarations" must be a list`);

  const declarations: Declaration[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((item, index) => {
    const line = lineOf(item as Node);
    const where = `${file}:${line}: declarations[${index}]`;
    if (!isMap(item)) {
      declarations.push(emptyDeclaration(line, [`${where} must be a mapping`]));
      return;
    }
    const problems: string[] = [];
    const field = (name: string): string | null => readString(item, name, where, lineOf, file, problems);
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!DECLARATION_FIELDS.includes(key)) {
        const at = `${file}:${lineOf(pair.key as Node)}: declarations[${index}].${key}`;
        problems.push(
          key === "points"
            ? `${at}: a declaration cannot set its points; manual evidence is worth at most half a point`
            : `${at}: unknown field (allowed: ${DECLARATION_FIELDS.join(", ")})`,
        );
      }
    }
    const test = field("test");
    const d: Declaration = {
      test: test ?? "",
      summary: field("summary"),
      document: field("document"),
      owner: field("owner"),
      reviewedAt: field("reviewedAt"),
      validUntil: field("validUntil"),
      line,
      problems,
    };
    if (test === null) problems.push(`${where}.test: missing`);
    else if (!TEST_IDS.has(test)) {
      problems.push(
        `${where}.test: unknown test id "${test}" (data-1..data-7, model-1..7, infra-1..7, monitor-1..7)`,
      );
    } else if (seen.has(test)) {
      problems.push(`${where}.test: "${test}" is already declared on line ${seen.get(test)}`);
    } else seen.set(test, line);
    if (d.summary === null) problems.push(`${where}.summary: missing (what was done to satisfy the test)`);
    if (d.document === null) problems.push(`${where}.document: missing (a link to the documented results)`);
    else if (!LINK.test(d.document))
      problems.push(`${where}.document: "${d.document}" is not an http(s) or file: link`);
    if (d.owner === null) problems.push(`${where}.owner: missing`);
    if (d.reviewedAt === null) problems.push(`${where}.reviewedAt: missing`);
    else if (!isDate(d.reviewedAt))
      problems.push(`${where}.reviewedAt: "${d.reviewedAt}" is not a date (YYYY-MM-DD)`);
    if (d.validUntil !== null && !isDate(d.validUntil)) {
      problems.push(`${where}.validUntil: "${d.validUntil}" is not a date (YYYY-MM-DD)`);
    }
    declarations.push(d);
  });
  return { file, model, declarations };
}

function readString(
  map: YAMLMap,
  name: string,
  where: string,
  lineOf: (n: Node | null | undefined) => number,
  file: string,
  problems: string[],
): string | null {
  const node = map.get(name, true) as Node | undefined;
  if (node === undefined || node === null) return null;
  if (!isScalar(node) || node.value === null || node.value === "") {
    problems.push(`${file}:${lineOf(node)}: ${where.split(": ")[1]}.${name}: must be a non-empty text`);
    return null;
  }
  const value = node.value;
  if (typeof value !== "string" && typeof value !== "number") {
    problems.push(`${file}:${lineOf(node)}: ${where.split(": ")[1]}.${name}: must be a text`);
    return null;
  }
  return String(value);
}

function emptyDeclaration(line: number, problems: string[]): Declaration {
  return {
    test: "",
    summary: null,
    document: null,
    owner: null,
    reviewedAt: null,
    validUntil: null,
    line,
    problems,
  };
}

function isDate(s: string): boolean {
  return DATE.test(s) && !Number.isNaN(Date.parse(s));
}

/** A date-only value is the whole day: valid until its end (UTC). */
export function endOfDay(s: string): number {
  const t = Date.parse(s);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? t + 86_400_000 - 1 : t;
}
