import { validateValue } from "@modelgate/core";
import { DEFAULT_DRIFT_THRESHOLDS } from "./drift.js";
import type { DataProfile } from "./profile.js";
import type { DatasetSchema, SchemaFeature } from "./schema-file.js";

/** A string column gets a categorical domain when it has at most this many distinct values (TFDV: max_string_domain_size). */
export const STRING_DOMAIN_LIMIT = 100;

/**
 * infer-schema's defaults, chosen so that clean data from the reference's distribution passes
 * (scripts/false-alarm-study.ts; docs/data.md "Defaults that do not cry wolf"): numeric ranges
 * widened by 10% of the observed range on each side, and domains that tolerate 0.2% of rows
 * outside them (at least one), reported as info.
 */
export const INFER_DEFAULTS = { rangeMargin: 0.1, tolerance: 0.002 } as const;

export interface InferOptions {
  dataset: string;
  /** The label column: marked absent in the serving environment. */
  label?: string;
  /** Widen numeric ranges by this share of the observed range on each side (default 0.1). */
  rangeMargin?: number;
  /** domain.tolerance of every domain: the share of rows that may lie outside it, reported as info (default 0.002; 0 writes none). */
  tolerance?: number;
  /** Environment the label is absent in (default "serving"). */
  servingEnvironment?: string;
}

export interface InferredSchema {
  schema: DatasetSchema;
  /** The schema as commented YAML, valid against dataset-schema. */
  yaml: string;
}

/**
 * Infers a dataset schema from a profile, following TFDV's rules (type; presence minFraction 1.0
 * only when nothing is missing; categorical domains for strings with few distinct values; bool
 * from true/false columns) and adding numeric ranges, keys, the label's environments and drift thresholds.
 */
export function inferSchema(
  profile: Pick<DataProfile, "rows" | "columns">,
  options: InferOptions,
): InferredSchema {
  const margin = options.rangeMargin ?? INFER_DEFAULTS.rangeMargin;
  const tolerance = options.tolerance ?? INFER_DEFAULTS.tolerance;
  const tolerated = tolerance > 0 ? { tolerance } : {};
  const serving = options.servingEnvironment ?? "serving";
  const comments = new Map<string, string>();
  const keys: string[] = [];
  const features: SchemaFeature[] = profile.columns.map((c) => {
    const f: SchemaFeature = { name: c.name, type: c.type };
    const notes: string[] = [];
    if (c.missing === 0 && profile.rows > 0) f.presence = { minFraction: 1.0 };
    else {
      f.presence = { minCount: 1 };
      notes.push(`${((c.missing / Math.max(1, profile.rows)) * 100).toFixed(1)}% missing`);
    }
    const isKey =
      (c.type === "string" || c.type === "int") &&
      profile.rows > 1 &&
      c.missing === 0 &&
      c.distinct.exact &&
      c.distinct.value === profile.rows;
    if (isKey) {
      keys.push(c.name);
      notes.push("unique in every row: a key");
    }
    if ((c.type === "int" || c.type === "float") && c.min !== undefined && c.max !== undefined) {
      // the label's range is not widened; a non-negative column is not widened below 0
      const pad = c.name === options.label ? 0 : (c.max - c.min) * margin;
      let min = c.min >= 0 ? Math.max(0, c.min - pad) : c.min - pad;
      let max = c.max + pad;
      min = Number(min.toPrecision(6));
      max = Number(max.toPrecision(6));
      if (min > c.min) min = c.min;
      if (max < c.max) max = c.max;
      if (c.type === "int") {
        min = Math.floor(min);
        max = Math.ceil(max);
      }
      // the label is not a serving input: its range holds exactly
      f.domain = { min, max, ...(c.name === options.label ? {} : tolerated) };
      notes.push(
        `observed ${c.min}..${c.max}${margin > 0 && c.name !== options.label ? `, widened by ${Number((margin * 100).toPrecision(6))}%` : ""}`,
      );
    }
    if (
      c.type === "string" &&
      !isKey &&
      c.values &&
      c.values.length > 0 &&
      c.distinct.exact &&
      c.distinct.value <= STRING_DOMAIN_LIMIT
    ) {
      f.domain = { values: c.values.map(([v]) => String(v)).sort(), ...tolerated };
      notes.push(`${c.distinct.value} distinct values`);
    } else if (c.type === "string" && !isKey && c.count === 0) {
      notes.push("no values: no categorical domain");
    } else if (c.type === "string" && !isKey) {
      notes.push(`${c.distinct.value} distinct values: no categorical domain (limit ${STRING_DOMAIN_LIMIT})`);
    }
    if (c.name === options.label) {
      f.notIn = [serving];
      notes.push(`the label: absent in ${serving}`);
    } else if (!isKey && c.type !== "timestamp") {
      f.drift = { ...DEFAULT_DRIFT_THRESHOLDS };
    }
    comments.set(c.name, notes.join("; "));
    return f;
  });
  const schema: DatasetSchema = {
    dataset: options.dataset,
    ...(options.label ? { label: options.label } : {}),
    ...(keys.length > 0 ? { keys } : {}),
    environments: options.label ? ["training", serving] : ["training"],
    features,
  };
  const errors = validateValue("dataset-schema", schema);
  if (errors.length > 0)
    throw new Error(`inferred schema is invalid: ${errors[0]!.instancePath} ${errors[0]!.message}`);
  return { schema, yaml: toYaml(schema, profile.rows, comments, margin, tolerance) };
}

const q = (s: string | number | boolean) =>
  typeof s === "string" && !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s)
    ? JSON.stringify(s)
    : typeof s === "string" && /^(true|false|null|yes|no|on|off|y|n|~)$/i.test(s)
      ? JSON.stringify(s)
      : String(s);
const flow = (o: Record<string, unknown>) =>
  `{ ${Object.entries(o)
    .map(
      ([k, v]) =>
        `${k}: ${Array.isArray(v) ? `[${v.map((x) => q(x as string)).join(", ")}]` : q(v as string)}`,
    )
    .join(", ")} }`;

function toYaml(
  schema: DatasetSchema,
  rows: number,
  comments: Map<string, string>,
  margin: number,
  tolerance: number,
): string {
  const pct = (x: number) => `${Number((x * 100).toPrecision(6))}%`;
  const out: string[] = [
    "# yaml-language-server: $schema=https://modelgate.dev/schemas/dataset-schema.schema.json",
    `# Inferred by modelgate infer-schema from ${rows} rows. Review it: this is the data contract.`,
    `# presence.minFraction 1.0 only where nothing was missing; numeric domains are the observed range${margin > 0 ? ` widened by ${pct(margin)} of it on each side` : ""};`,
    `# string domains list every value when there are at most ${STRING_DOMAIN_LIMIT}${tolerance > 0 ? `; up to ${pct(tolerance)} of rows (at least one) outside a domain are reported, more are an error` : ""}.`,
    "# Drift thresholds are the defaults; small samples are judged with their size in mind (docs/data.md).",
    `dataset: ${q(schema.dataset)}`,
  ];
  if (schema.label) out.push(`label: ${q(schema.label)}                 # absent in the serving environment`);
  if (schema.keys) out.push(`keys: [${schema.keys.map(q).join(", ")}]`);
  out.push(`environments: [${schema.environments!.map(q).join(", ")}]`, "features:");
  for (const f of schema.features) {
    const note = comments.get(f.name);
    out.push(`  - name: ${q(f.name)}${note ? `    # ${note}` : ""}`, `    type: ${f.type}`);
    if (f.presence) out.push(`    presence: ${flow(f.presence)}`);
    if (f.domain) out.push(`    domain: ${flow(f.domain)}`);
    if (f.drift) out.push(`    drift: ${flow(f.drift)}`);
    if (f.notIn) out.push(`    notIn: [${f.notIn.map(q).join(", ")}]`);
  }
  return `${out.join("\n")}\n`;
}
