import {
  createEnvelope,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  type Verdict,
} from "@modelgate/core";
import { computeDrift, DEFAULT_DRIFT_THRESHOLDS, type DriftSide, type FeatureDrift } from "./drift.js";
import { DataEngine, type EngineOptions, ident, type LoadedTable, type ReadOptions } from "./engine.js";
import { type ColumnProfile, type DataProfile, TableProfiler } from "./profile.js";
import { readProfileFile } from "./profile-file.js";

type ProfileBody = Omit<DataProfile, keyof EvidenceEnvelope>;

import type { LoadedSchema, SchemaFeature } from "./schema-file.js";

/** error fails the validation; warn makes the verdict warn; info is reported only (values within a domain's tolerance). */
export type Severity = "error" | "warn" | "info";

/** Stable anomaly codes (docs/data.md "Anomalies"). */
export type AnomalyCode =
  | "empty-dataset"
  | "row-count"
  | "missing-column"
  | "new-column"
  | "not-in-environment"
  | "type-mismatch"
  | "low-presence"
  | "unexpected-values"
  | "out-of-range"
  | "nan-present"
  | "inf-present"
  | "duplicate-keys"
  | "constant-column"
  | "malformed-rows"
  | "reference-columns"
  | "drift";

export interface Anomaly {
  code: AnomalyCode;
  column: string | null;
  severity: Severity;
  message: string;
  observed: unknown;
  expected: unknown;
  /** 1-based line in the schema file of the violated constraint, when there is one. */
  schemaLine?: number;
}

export interface FeatureReport {
  name: string;
  type: string;
  presence?: number;
  drift?: FeatureDrift;
}

export interface DataValidationReport extends EvidenceEnvelope<"data-validation"> {
  environment: string;
  /** "skew" when serving data is compared with training data, "drift" otherwise, null without a reference. */
  comparison: "drift" | "skew" | null;
  anomalies: Anomaly[];
  features: FeatureReport[];
  summary: { rows: number; driftedShare: number | null; errors: number; warnings: number };
}

export interface ValidateOptions {
  schema: LoadedSchema;
  /** Data file to validate. */
  data: string;
  /** Reference data file, or a data-profile JSON. */
  reference?: string;
  environment?: string;
  /** How the reference was produced; "training" with environment "serving" makes the comparison a skew check. */
  referenceEnvironment?: string;
  read?: ReadOptions;
  engine?: EngineOptions;
  subject?: string;
  /** The report's inputs; a promise when their digests are read while the data is (dataInputsAlongside). */
  inputs?: EvidenceInput[] | Promise<EvidenceInput[]>;
  context: EvidenceContext;
  createdAt?: Date;
  /** called with the data's profile (profiled once, for the validation; with reference data, at their shared points) */
  onProfile?: (profile: Omit<DataProfile, keyof EvidenceEnvelope>) => void;
}

const NUMERIC = new Set(["int", "float", "timestamp"]);

function typeCompatible(expected: string, observed: string): boolean {
  if (expected === observed) return true;
  if (expected === "float" && observed === "int") return true;
  return false;
}

function example(values: unknown[]): string {
  return values
    .slice(0, 5)
    .map((v) => JSON.stringify(v))
    .join(", ");
}

/** Validates data against a dataset schema, and against reference data for drift or skew. */
export async function validateData(options: ValidateOptions): Promise<DataValidationReport> {
  const engine = await DataEngine.create(options.engine);
  try {
    const refProfile = options.reference === undefined ? undefined : readProfileFile(options.reference);
    if (options.reference !== undefined && refProfile === undefined) {
      // reference data: both tables profiled together, so drift reads neither again
      const profiler = new TableProfiler(engine);
      const loaded = await engine.load(options.reference, options.read);
      await profiler.add(loaded);
      const current = await engine.load(options.data, options.read);
      await profiler.add(current);
      const [ref, cur] = (await profiler.finish()) as [ProfileBody, ProfileBody];
      options.onProfile?.(cur);
      return await validateLoaded(engine, options, current, cur, {
        columns: ref.columns,
        rows: ref.rows,
        loaded,
      });
    }
    const current = await engine.load(options.data, options.read);
    // a stored reference profile: the current is counted at its points in the profiling pass
    const profiler = new TableProfiler(engine);
    if (refProfile) profiler.shareWith(refProfile.columns);
    await profiler.add(current);
    const [curProfile] = (await profiler.finish()) as [ProfileBody];
    options.onProfile?.(curProfile);
    const reference = refProfile && { columns: refProfile.columns, rows: refProfile.rows };
    return await validateLoaded(engine, options, current, curProfile, reference);
  } finally {
    engine.close();
  }
}

/**
 * Validation on tables already loaded in an engine (the reference as a drift side with its table,
 * or just its profile). validateData is this plus loading; jobs that also profile reuse the tables.
 */
export async function validateLoaded(
  engine: DataEngine,
  options: ValidateOptions,
  current: LoadedTable,
  profile: Omit<DataProfile, keyof EvidenceEnvelope>,
  reference: DriftSide | undefined,
): Promise<DataValidationReport> {
  const { schema, lines } = options.schema;
  const environment = options.environment ?? "training";
  const anomalies: Anomaly[] = [];
  const add = (a: Anomaly) => anomalies.push(a);
  const byName = new Map(profile.columns.map((c) => [c.name, c]));
  const declared = new Map(schema.features.map((f) => [f.name, f]));
  const rows = profile.rows;
  engine.step(`checking ${rows.toLocaleString("en-US")} rows against the schema`);

  if (profile.rejectedRows > 0) {
    add({
      code: "malformed-rows",
      column: null,
      severity: "warn",
      message: `${profile.rejectedRows} malformed rows were skipped (first at line ${current.rejected.examples[0]?.line ?? "?"})`,
      observed: { count: profile.rejectedRows, examples: current.rejected.examples },
      expected: 0,
    });
  }
  if (rows === 0) {
    add({
      code: "empty-dataset",
      column: null,
      severity: "error",
      message: "the dataset has no rows",
      observed: 0,
      expected: ">= 1",
    });
  }
  if (schema.rowCount && rows > 0) {
    const { min, max } = schema.rowCount;
    if ((min !== undefined && rows < min) || (max !== undefined && rows > max)) {
      add({
        code: "row-count",
        column: null,
        severity: "error",
        message: `${rows} rows, expected ${min ?? 0}..${max ?? "∞"}`,
        observed: rows,
        expected: schema.rowCount,
        schemaLine: lines.get("rowCount"),
      });
    }
  }

  const expectedHere = (f: SchemaFeature) => !(f.notIn ?? []).includes(environment);
  for (const f of schema.features) {
    const col = byName.get(f.name);
    const line = lines.get(f.name);
    if (!col) {
      if (expectedHere(f)) {
        add({
          code: "missing-column",
          column: f.name,
          severity: "error",
          message: `column "${f.name}" is declared in the schema but missing from the data`,
          observed: null,
          expected: f.type,
          schemaLine: line,
        });
      }
      continue;
    }
    if (!expectedHere(f)) {
      add({
        code: "not-in-environment",
        column: f.name,
        severity: "warn",
        message: `column "${f.name}" is present in environment ${environment}, where the schema declares it absent`,
        observed: "present",
        expected: `absent in ${environment}`,
        schemaLine: lines.get(`${f.name}.notIn`) ?? line,
      });
    }
    checkFeature(f, col, rows, lines, add);
  }
  for (const col of profile.columns) {
    if (!declared.has(col.name)) {
      add({
        code: "new-column",
        column: col.name,
        severity: "warn",
        message: `column "${col.name}" (${col.type}) is not declared in the schema`,
        observed: col.type,
        expected: null,
      });
    }
  }
  if (schema.keys && schema.keys.length > 0 && rows > 0) {
    const present = schema.keys.filter((k) => byName.has(k));
    if (present.length === schema.keys.length) {
      const cols = present.map(ident).join(", ");
      const dup = await engine.query<{ groups: bigint; rows: bigint; ex: unknown }>(
        `SELECT count(*) AS groups, sum(n) AS rows, list(k ORDER BY n DESC, k)[1:5] AS ex FROM (SELECT ${present.length === 1 ? `${cols}::VARCHAR` : `concat_ws('|', ${cols})`} AS k, count(*) AS n FROM ${current.table} GROUP BY ALL HAVING count(*) > 1)`,
      );
      const groups = Number(dup[0]?.groups ?? 0);
      if (groups > 0) {
        add({
          code: "duplicate-keys",
          column: present.join(","),
          severity: "error",
          message: `${groups} key values occur more than once (${Number(dup[0]!.rows)} rows), e.g. ${example(dup[0]!.ex as unknown[])}`,
          observed: { duplicateKeys: groups, rows: Number(dup[0]!.rows), examples: dup[0]!.ex },
          expected: "unique",
          schemaLine: lines.get("keys"),
        });
      }
    }
  }

  // out-of-range and unexpected-value examples need one query per violated column
  for (const a of anomalies) {
    if (a.code === "out-of-range" || a.code === "unexpected-values")
      await addExamples(engine, current, a, declared);
  }

  let features: FeatureReport[] = profile.columns.map((c) => ({
    name: c.name,
    type: c.type,
    presence: rows > 0 ? c.count / rows : 0,
  }));
  let driftedShare: number | null = null;
  let comparison: DataValidationReport["comparison"] = null;
  if (reference && rows > 0) {
    comparison =
      environment === "serving" && (options.referenceEnvironment ?? "training") === "training"
        ? "skew"
        : "drift";
    const refNames = new Set(reference.columns.map((c) => c.name));
    const onlyRef = [...refNames].filter((n) => !byName.has(n));
    const onlyCur = profile.columns.map((c) => c.name).filter((n) => !refNames.has(n));
    const labelOnly = onlyRef.filter((n) => declared.get(n)?.notIn?.includes(environment));
    const unexplained = onlyRef.filter((n) => !labelOnly.includes(n));
    if (unexplained.length > 0 || onlyCur.length > 0) {
      add({
        code: "reference-columns",
        column: null,
        severity: "warn",
        message: `reference and data have different columns (only in reference: ${unexplained.join(", ") || "none"}; only in data: ${onlyCur.join(", ") || "none"}); drift is computed on the common columns`,
        observed: { onlyInData: onlyCur },
        expected: { onlyInReference: unexplained },
      });
    }
    const keys = new Set(schema.keys ?? []);
    const candidates = profile.columns
      .map((c) => c.name)
      .filter((n) => refNames.has(n) && !keys.has(n) && n !== schema.label);
    engine.step(
      `${comparison === "skew" ? "training/serving skew" : "drift"} of ${candidates.length} features against the reference`,
    );
    const drift = await computeDrift(
      engine,
      reference,
      { columns: profile.columns, rows, loaded: current },
      (name) => ({ ...DEFAULT_DRIFT_THRESHOLDS, ...(declared.get(name)?.drift ?? {}) }),
      candidates,
    );
    // timestamps move with time by nature: reported, gated only when the schema sets thresholds
    for (const [name, d] of drift) {
      const col = byName.get(name);
      if (col?.type === "timestamp" && declared.get(name)?.drift === undefined && d.drifted) {
        d.drifted = false;
        d.note = "timestamps are reported, not gated, unless the schema sets drift thresholds";
      }
    }
    features = features.map((f) => (drift.has(f.name) ? { ...f, drift: drift.get(f.name)! } : f));
    const compared = [...drift.values()].filter((d) => d.psi !== undefined);
    driftedShare = compared.length > 0 ? compared.filter((d) => d.drifted).length / compared.length : 0;
    for (const [name, d] of drift) {
      if (!d.drifted) continue;
      const over = (["psi", "jsd", "linf"] as const).filter(
        (k) => d[k] !== undefined && d[k]! > d.thresholds[k],
      );
      add({
        code: "drift",
        column: name,
        severity: "error",
        message: `${comparison === "skew" ? "training/serving skew" : "drift"}: ${over.map((k) => `${k.toUpperCase()} ${d[k]!.toFixed(3)} > ${d.thresholds[k]}`).join(", ")}`,
        observed: Object.fromEntries(over.map((k) => [k, d[k]])),
        expected: Object.fromEntries(over.map((k) => [k, d.thresholds[k]])),
        schemaLine: lines.get(`${name}.drift`) ?? lines.get(name),
      });
    }
  }

  const errors = anomalies.filter((a) => a.severity === "error").length;
  const warnings = anomalies.filter((a) => a.severity === "warn").length;
  const verdict: Verdict = errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass";
  const severityRank = (a: Anomaly) => ({ error: 0, warn: 1, info: 2 })[a.severity];
  anomalies.sort((a, b) => severityRank(a) - severityRank(b));
  return {
    ...createEnvelope({
      kind: "data-validation",
      subject: options.subject ?? schema.dataset,
      inputs: (await options.inputs) ?? [],
      context: options.context,
      verdict,
      createdAt: options.createdAt,
    }),
    environment,
    comparison,
    anomalies,
    features,
    summary: { rows, driftedShare, errors, warnings },
  };
}

function checkFeature(
  f: SchemaFeature,
  col: ColumnProfile,
  rows: number,
  lines: Map<string, number>,
  add: (a: Anomaly) => void,
): void {
  const line = lines.get(f.name);
  if (!typeCompatible(f.type, col.type)) {
    add({
      code: "type-mismatch",
      column: f.name,
      severity: "error",
      message: `column "${f.name}" is ${col.type}, the schema expects ${f.type}${col.type === "string" && NUMERIC.has(f.type) ? " (some values are not numbers)" : ""}`,
      observed: col.type,
      expected: f.type,
      schemaLine: lines.get(`${f.name}.type`) ?? line,
    });
    return;
  }
  if (rows === 0) return;
  const presence = col.count / rows;
  const minFraction = f.presence?.minFraction;
  if (minFraction !== undefined && presence < minFraction) {
    add({
      code: "low-presence",
      column: f.name,
      severity: "error",
      message: `column "${f.name}" has a value in ${(presence * 100).toFixed(2)}% of rows, expected at least ${(minFraction * 100).toFixed(2)}%`,
      observed: presence,
      expected: minFraction,
      schemaLine: lines.get(`${f.name}.presence`) ?? line,
    });
  }
  if (f.presence?.minCount !== undefined && col.count < f.presence.minCount) {
    add({
      code: "low-presence",
      column: f.name,
      severity: "error",
      message: `column "${f.name}" has ${col.count} values, expected at least ${f.presence.minCount}`,
      observed: col.count,
      expected: f.presence.minCount,
      schemaLine: lines.get(`${f.name}.presence`) ?? line,
    });
  }
  if (col.nan > 0) {
    add({
      code: "nan-present",
      column: f.name,
      severity: "error",
      message: `column "${f.name}" has ${col.nan} NaN values`,
      observed: col.nan,
      expected: 0,
      schemaLine: line,
    });
  }
  if (col.posInf + col.negInf > 0) {
    add({
      code: "inf-present",
      column: f.name,
      severity: "error",
      message: `column "${f.name}" has ${col.posInf + col.negInf} infinite values`,
      observed: { posInf: col.posInf, negInf: col.negInf },
      expected: 0,
      schemaLine: line,
    });
  }
  if (col.count > 1 && col.distinct.exact && col.distinct.value === 1 && f.name) {
    add({
      code: "constant-column",
      column: f.name,
      severity: "warn",
      message: `column "${f.name}" has a single value (${JSON.stringify(col.top[0]?.value)})`,
      observed: col.top[0]?.value ?? null,
      expected: "more than one value",
      schemaLine: line,
    });
  }
  const domain = f.domain;
  if (!domain) return;
  const domainLine = lines.get(`${f.name}.domain`) ?? line;
  if (domain.values && !NUMERIC.has(f.type)) {
    const allowed = new Set(domain.values.map((v) => String(v)));
    const counts = col.values ?? col.top.map((t) => [t.value, t.count] as [unknown, number]);
    const bad = counts.filter(([v]) => !allowed.has(String(v)));
    // without full value counts, the unexpected count is everything not in the allowed top values
    const badCount = col.values
      ? bad.reduce((s, [, n]) => s + n, 0)
      : col.count - counts.filter(([v]) => allowed.has(String(v))).reduce((s, [, n]) => s + n, 0);
    if (badCount > 0) {
      const tolerated = withinTolerance(badCount, rows, domain.tolerance);
      add({
        code: "unexpected-values",
        column: f.name,
        severity: tolerated ? "info" : "error",
        message: `column "${f.name}" has ${badCount} values (${((badCount / rows) * 100).toFixed(2)}%) outside the domain, e.g. ${example(bad.map(([v]) => v))}${tolerated ? toleranceNote(rows, domain.tolerance!) : ""}`,
        observed: { count: badCount, share: badCount / rows, examples: bad.slice(0, 5).map(([v]) => v) },
        expected: domain.values,
        schemaLine: domainLine,
      });
    }
  }
  if (
    (domain.min !== undefined || domain.max !== undefined) &&
    NUMERIC.has(f.type) &&
    col.min !== undefined
  ) {
    const low = domain.min !== undefined && col.min < domain.min;
    const high = domain.max !== undefined && col.max! > domain.max;
    if (low || high) {
      add({
        code: "out-of-range",
        column: f.name,
        severity: "error",
        message: `column "${f.name}" has values outside [${domain.min ?? "−∞"}, ${domain.max ?? "+∞"}] (observed ${col.min}..${col.max})`,
        observed: { min: col.min, max: col.max },
        expected: { min: domain.min ?? null, max: domain.max ?? null },
        schemaLine: domainLine,
      });
    }
  }
}

/** Adds counts, share and example values to an out-of-range anomaly (one SQL query). */
async function addExamples(
  engine: DataEngine,
  current: LoadedTable,
  a: Anomaly,
  declared: Map<string, SchemaFeature>,
): Promise<void> {
  if (a.code !== "out-of-range" || !a.column) return;
  const f = declared.get(a.column)!;
  const c = ident(a.column);
  const conds: string[] = [];
  if (f.domain?.min !== undefined) conds.push(`${c} < ${f.domain.min}`);
  if (f.domain?.max !== undefined) conds.push(`${c} > ${f.domain.max}`);
  const [r] = await engine.query<{ n: bigint; ex: unknown[] }>(
    `SELECT count(*) AS n, list(DISTINCT ${c} ORDER BY ${c})[1:5] AS ex FROM ${current.table} WHERE ${conds.join(" OR ")}`,
  );
  const count = Number(r?.n ?? 0);
  const total = Number(
    (await engine.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${current.table}`))[0]!.n,
  );
  const examples = (r?.ex ?? []).map((v) => (typeof v === "bigint" ? Number(v) : v));
  a.observed = { ...(a.observed as object), count, share: count / total, examples };
  const tolerated = withinTolerance(count, total, f.domain?.tolerance);
  if (tolerated) a.severity = "info";
  a.message = `column "${a.column}" has ${count} values (${((count / total) * 100).toFixed(2)}%) outside [${f.domain?.min ?? "−∞"}, ${f.domain?.max ?? "+∞"}], e.g. ${example(examples)}${tolerated ? toleranceNote(total, f.domain!.tolerance!) : ""}`;
}

/**
 * Whether `count` values outside a domain of `rows` are within its tolerance: at most
 * ceil(tolerance × rows), so with any tolerance one stray value is a warning, not an error.
 */
export function withinTolerance(count: number, rows: number, tolerance: number | undefined): boolean {
  return tolerance !== undefined && tolerance > 0 && count <= Math.ceil(tolerance * rows);
}

const toleranceNote = (rows: number, tolerance: number) =>
  ` (within the domain's tolerance ${tolerance}: up to ${Math.ceil(tolerance * rows)} of ${rows} rows)`;
