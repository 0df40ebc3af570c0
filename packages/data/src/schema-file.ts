import { loadManifestText, renderDiagnostics, UserError } from "@modelgate/core";
import { isMap, isSeq, type Node as YamlNode } from "yaml";
import type { ColumnType } from "./engine.js";

/** A dataset schema (schemas/dataset-schema.schema.json). */
export interface DatasetSchema {
  dataset: string;
  label?: string;
  keys?: string[];
  rowCount?: { min?: number; max?: number };
  environments?: string[];
  features: SchemaFeature[];
}

export interface SchemaFeature {
  name: string;
  description?: string;
  type: ColumnType;
  presence?: { minFraction?: number; minCount?: number };
  domain?: { min?: number; max?: number; values?: (string | number | boolean)[]; tolerance?: number };
  drift?: { psi?: number; jsd?: number; linf?: number };
  notIn?: string[];
}

/** A schema with the line of each constraint, so anomalies can point at the YAML. */
export interface LoadedSchema {
  schema: DatasetSchema;
  path?: string;
  /** `feature`, `feature.presence`, `feature.domain`, `keys`, `rowCount`… → 1-based line. */
  lines: Map<string, number>;
}

/**
 * Parses and validates a dataset schema with core's manifest loader (YAML with positions, the
 * dataset-schema JSON Schema, duplicate and list-or-mapping keys reported at the key); an invalid
 * file is a UserError listing each error with its file, line, column and field.
 */
export function parseDatasetSchema(text: string, path = "schema.yaml"): LoadedSchema {
  const loaded = loadManifestText(text, { file: path, kind: "dataset-schema" });
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0 || !loaded.document)
    throw new UserError(
      `${path} is not a valid dataset schema:\n${renderDiagnostics(errors, "text").trimEnd()}`,
    );
  const doc = loaded.document;
  const value = loaded.value;
  const lineOf = (node: YamlNode | null | undefined) =>
    node?.range ? loaded.lineCounter.linePos(node.range[0]).line : undefined;
  const findLine = (pointer: string): number | undefined => {
    const parts = pointer.split("/").slice(1);
    let node: unknown = doc.contents;
    let line = lineOf(doc.contents as YamlNode);
    for (const part of parts) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === part);
        if (!pair) break;
        line = lineOf(pair.key as YamlNode) ?? line;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(part)];
        line = lineOf(node as YamlNode) ?? line;
      } else break;
    }
    return line;
  };
  const schema = value as DatasetSchema;
  const lines = new Map<string, number>();
  schema.features.forEach((f, i) => {
    lines.set(f.name, findLine(`/features/${i}`) ?? 1);
    for (const key of ["type", "presence", "domain", "drift", "notIn"]) {
      const l = findLine(`/features/${i}/${key}`);
      if (l !== undefined && (f as unknown as Record<string, unknown>)[key] !== undefined)
        lines.set(`${f.name}.${key}`, l);
    }
  });
  for (const key of ["keys", "rowCount", "label", "dataset"]) {
    const l = findLine(`/${key}`);
    if (l !== undefined) lines.set(key, l);
  }
  const seen = new Set<string>();
  for (const f of schema.features) {
    if (seen.has(f.name))
      throw new UserError(`${path}:${lines.get(f.name)}: features: "${f.name}" is declared twice`);
    seen.add(f.name);
  }
  return { schema, path, lines };
}
