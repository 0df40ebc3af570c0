import {
  createEnvelope,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  hashFile,
  type ProgressListener,
  progressOf,
  seededRandom,
  UserError,
} from "@modelgate/core";
import { datasetHeader, readDataset } from "./evaluation-data.js";
import { type Check, type EvaluationPolicy, evaluatePolicy, sliceMetricOf } from "./evaluation-policy.js";
import {
  binaryMetricsByGroup,
  bootstrapIntervals,
  type GroupIndex,
  greaterIsBetter,
  type Metrics,
  multiclassMetrics,
  quantile,
  regressionMetrics,
  type SortedScores,
  sortScores,
} from "./metrics.js";
import {
  columnKinds,
  type InputPlan,
  type LoadedModel,
  loadModel,
  type OutputPlan,
  planInputs,
  planOutputs,
  predict,
} from "./runner.js";
import { DEFAULT_BINS, type FairnessReport, fairness, gather, sliceGroups } from "./slices.js";
import type { ModelSpec, Task } from "./spec.js";
import { type Column, type ColumnRequest, readHeader, readTable, type Table } from "./table.js";

export interface Latency {
  loadMs: number;
  /** one row per run over the first rows of the dataset */
  single: { runs: number; p50Ms: number; p95Ms: number; p99Ms: number };
  /** per `session.run` at the working batch size */
  batch: { batchSize: number; runs: number; p50Ms: number; p95Ms: number; p99Ms: number };
  rowsPerSecond: number;
  /** peak resident set size of the evaluating process so far */
  peakRssMB: number;
}

export interface ModelEntry {
  role: "challenger" | "champion" | "baseline";
  uri: string;
  sha256: string | null;
  bytes: number | null;
  description?: string;
  metrics: Metrics;
  confusion: number[][] | { tn: number; fp: number; fn: number; tp: number } | null;
  intervals?: Record<string, { low: number; high: number }>;
  latency: Latency | null;
}

export interface SliceEntry {
  feature: string;
  value: string;
  support: number;
  /** false when support < minSupport: metrics are not computed */
  evaluated: boolean;
  metrics: Metrics | null;
  champion: Metrics | null;
}

export interface EvaluationReport extends EvidenceEnvelope<"evaluation"> {
  task: Task;
  label: string;
  decisionThreshold: number | null;
  classes: string[] | null;
  dataset: { uri: string; sha256: string; rows: number };
  features: string[];
  models: ModelEntry[];
  sliceMetric: string;
  minSupport: number;
  slices: SliceEntry[];
  worstSlice: {
    feature: string;
    value: string;
    metric: string;
    metricValue: number;
    overall: number;
    gap: number;
  } | null;
  fairness: FairnessReport[];
  parity: {
    reference: string;
    tolerance: number;
    comparedRows: number;
    mismatchedRows: number;
    maxAbsDifference: number;
    examples: { row: number; expected: number; observed: number }[];
  } | null;
  determinism: { rows: number; identical: boolean };
  /** permutation importance: how much sliceMetric worsens when the feature's values are shuffled */
  featureImportance?: { feature: string; importance: number }[];
  /** how the evaluation ran, so that anyone (the registry gate) can run it again the same way */
  settings: EvaluationSettings;
  checks: Check[];
}

/** The options of an evaluation that its figures depend on and the report does not show otherwise. */
export interface EvaluationSettings {
  /** quantile bins of a numeric slice column */
  bins: number;
  /** the seed of the permutation importance and the bootstrap */
  seed: number;
  /** bootstrap resamples (0: no intervals) */
  bootstrap: number;
  /** the policy the report's policy checks were decided by (null: none) */
  policy: EvaluationPolicy | null;
}

export interface ModelInput {
  path: string;
  /** how the report names it (default: the path) */
  uri?: string;
  /** the digest the manifest records; a different artifact is refused */
  expectedSha256?: string;
}

export interface EvaluateOptions {
  model: ModelInput;
  champion?: ModelInput;
  data: { path: string; uri?: string };
  spec: ModelSpec;
  subject: string;
  context: EvidenceContext;
  features?: string[];
  slices?: string[];
  protectedAttributes?: string[];
  policy?: EvaluationPolicy;
  batchSize?: number;
  minSupport?: number;
  bins?: number;
  reference?: { path: string; uri?: string; tolerance?: number };
  bootstrap?: { resamples: number; seed: number };
  /** permutation feature importance of the challenger: each feature shuffled (seeded), the drop in sliceMetric */
  importance?: { seed: number };
  threads?: number;
  /** rows re-run for the determinism check (default 1000) */
  determinismRows?: number;
  /** rows run one at a time for the batch-size-1 latency (default 100) */
  singleRowRuns?: number;
  createdAt?: Date;
  /** progress of the phases (reading, inference per model, importance per feature, ...) */
  onProgress?: ProgressListener;
}

async function openModel(
  m: ModelInput,
  threads: number | undefined,
  onProgress: ProgressListener | undefined,
): Promise<LoadedModel> {
  if (m.expectedSha256) {
    let actual: string;
    try {
      actual = (await hashFile(m.path, "model", onProgress)).sha256;
    } catch {
      throw new UserError(`${m.path}: model file not found`);
    }
    if (actual !== m.expectedSha256.toLowerCase())
      throw new UserError(
        `${m.path}: artifact digest sha256:${actual} differs from the manifest's sha256:${m.expectedSha256}`,
      );
  }
  onProgress?.({ phase: `loading ${m.uri ?? m.path}` });
  return loadModel(m.path, threads === undefined ? {} : { threads });
}

function percentiles(seconds: number[]): { runs: number; p50Ms: number; p95Ms: number; p99Ms: number } {
  const ms = Float64Array.from(seconds.map((s) => s * 1000)).sort();
  return { runs: ms.length, p50Ms: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95), p99Ms: quantile(ms, 0.99) };
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

interface Labels {
  y: Float64Array;
  classes: string[] | null;
}

function readLabels(spec: ModelSpec, table: Table, classes: string[] | null): Labels {
  const col = table.columns.get(spec.label);
  if (!col) throw new UserError(`${table.path}: label column '${spec.label}' not found`);
  const y = new Float64Array(table.rows);
  if (spec.task === "multiclass-classification") {
    const values: string[] = Array.from(col.values as ArrayLike<string | number>, (v) => String(v));
    const seen: string[] = classes ?? [...new Set(values)].sort();
    const index = new Map(seen.map((c, i) => [c, i]));
    for (let i = 0; i < table.rows; i++) {
      const v = String(values[i]);
      const k = index.get(v);
      if (k === undefined)
        throw new UserError(
          `${table.path}:${i + 2}: label '${spec.label}' value '${v}' is not one of the model's classes [${seen.join(", ")}]`,
        );
      y[i] = k;
    }
    return { y, classes: seen };
  }
  const v = col.values as Float64Array;
  for (let i = 0; i < table.rows; i++) {
    const x = v[i] as number;
    if (Number.isNaN(x)) throw new UserError(`${table.path}:${i + 2}: label '${spec.label}' is missing`);
    if (spec.task === "binary-classification" && x !== 0 && x !== 1)
      throw new UserError(`${table.path}:${i + 2}: label '${spec.label}' must be 0 or 1, found ${x}`);
    y[i] = x;
  }
  return { y, classes: null };
}

function taskMetrics(
  task: Task,
  y: ArrayLike<number>,
  values: ArrayLike<number>,
  k: number,
  threshold: number,
  sorted?: SortedScores,
): { metrics: Metrics; confusion: ModelEntry["confusion"] } {
  if (task === "binary-classification") {
    const r = binaryMetricsByGroup(y, values, threshold, sorted ?? sortScores(y, values), null, 1)[0] as {
      metrics: Metrics;
      confusion: ModelEntry["confusion"];
    };
    return { metrics: r.metrics, confusion: r.confusion };
  }
  if (task === "multiclass-classification") {
    const r = multiclassMetrics(y, values, k);
    return { metrics: r.metrics, confusion: r.confusion };
  }
  return { metrics: regressionMetrics(y, values), confusion: null };
}

/** Reads reference predictions (CSV, one numeric column per output value, one row per data row). */
export function readReference(path: string): {
  columns: string[];
  values: Float64Array;
  width: number;
  rows: number;
} {
  const header = readHeader(path);
  const t = readTable(
    path,
    header.map((name) => ({ name, kind: "number" as const })),
  );
  const width = header.length;
  const values = new Float64Array(t.rows * width);
  header.forEach((h, j) => {
    const col = (t.columns.get(h) as { values: Float64Array }).values;
    for (let r = 0; r < t.rows; r++) values[r * width + j] = col[r] as number;
  });
  return { columns: header, values, width, rows: t.rows };
}

interface RunResult {
  model: LoadedModel;
  plan: InputPlan;
  out: OutputPlan;
  values: Float64Array;
  latency: Latency;
}

/**
 * Evaluates a challenger model (and optionally the champion) on a labelled dataset and returns the
 * `evaluation` evidence report: metrics, slices, fairness, parity, determinism, latency and the
 * policy checks, with a verdict.
 */
export async function evaluateModel(opts: EvaluateOptions): Promise<EvaluationReport> {
  const spec = opts.spec;
  const batchSize = opts.batchSize ?? 1024;
  const minSupport = opts.minSupport ?? 30;
  const threshold = spec.decisionThreshold ?? 0.5;
  const header = await datasetHeader(opts.data.path);
  if (!header.includes(spec.label))
    throw new UserError(
      `${opts.data.path}: label column '${spec.label}' not found; columns are ${header.join(", ")}`,
    );
  const sliceFeatures = [...new Set([...(spec.slices ?? []), ...(opts.slices ?? [])])];
  const protectedAttrs = [
    ...new Set([...(spec.protectedAttributes ?? []), ...(opts.protectedAttributes ?? [])]),
  ];
  for (const c of [...sliceFeatures, ...protectedAttrs])
    if (!header.includes(c))
      throw new UserError(
        `${opts.data.path}: slice/protected column '${c}' not found; columns are ${header.join(", ")}`,
      );

  const progress = opts.onProgress;
  const challenger = await openModel(opts.model, opts.threads, progress);
  const champion = opts.champion ? await openModel(opts.champion, opts.threads, progress) : null;
  const plans = [challenger, ...(champion ? [champion] : [])].map((m) => ({
    model: m,
    plan: planInputs(
      m,
      spec,
      header,
      opts.features,
      [...sliceFeatures, ...protectedAttrs].filter((c) => !opts.features?.includes(c)),
    ),
    out: planOutputs(m, spec),
  }));

  // one pass over the file for every column any model, the label and the slices need
  const requests: ColumnRequest[] = [];
  const want = (name: string, kind: "number" | "string"): void => {
    const have = requests.find((r) => r.name === name);
    if (!have) requests.push({ name, kind });
    else if (have.kind !== kind)
      throw new UserError(
        `${opts.data.path}: column '${name}' is used both as a ${have.kind} and as a ${kind}`,
      );
  };
  for (const p of plans) for (const c of columnKinds(p.plan)) want(c.name, c.kind);
  want(spec.label, spec.task === "multiclass-classification" ? "string" : "number");
  for (const c of [...sliceFeatures, ...protectedAttrs])
    if (!requests.some((r) => r.name === c)) want(c, "string");
  const table = await readDataset(opts.data.path, requests, progress);
  const dataDigest = { sha256: table.sha256 };

  const declaredClasses = spec.signature?.outputs?.classes?.map(String) ?? null;
  const zipClasses = challenger.zipmap?.labels.map(String) ?? null;
  const labels = readLabels(spec, table, declaredClasses ?? zipClasses);
  const k = labels.classes?.length ?? 1;

  const runs: RunResult[] = [];
  /** Reports the phase with its rows to do, and returns predict's per-batch callback for it. */
  const counted = (phase: string, rows: number) => {
    if (!progress) return undefined;
    progress(progressOf(phase, 0, rows, "rows"));
    return (done: number, total: number) => progress(progressOf(phase, done, total, "rows"));
  };
  for (const [i, p] of plans.entries()) {
    const role = i === 0 ? "challenger" : "champion";
    const pred = await predict(p.model, spec, p.plan, p.out, table, {
      batchSize,
      classes: k,
      onBatch: counted(`inference (${role})`, table.rows),
    });
    const singleRows = Math.min(table.rows, opts.singleRowRuns ?? 100);
    const single =
      singleRows > 0
        ? await predict(p.model, spec, p.plan, p.out, table, {
            batchSize: 1,
            rows: singleRows,
            classes: k,
            onBatch: counted(`latency (${role}, one row at a time)`, singleRows),
          })
        : null;
    const total = pred.batchSeconds.reduce((a, b) => a + b, 0);
    runs.push({
      ...p,
      values: pred.values,
      latency: {
        loadMs: p.model.loadMs,
        single: percentiles(single?.batchSeconds ?? []),
        batch: { batchSize, ...percentiles(pred.batchSeconds) },
        rowsPerSecond: total > 0 ? table.rows / total : 0,
        peakRssMB: peakRssMB(),
      },
    });
  }
  const main = runs[0] as RunResult;
  const champ = runs[1] ?? null;

  // determinism: the first rows again, bit for bit
  const detRows = Math.min(table.rows, opts.determinismRows ?? 1000);
  const again = await predict(main.model, spec, main.plan, main.out, table, {
    batchSize,
    rows: detRows,
    classes: k,
    onBatch: counted("determinism (the first rows again)", detRows),
  });
  let identical = true;
  for (let i = 0; i < again.values.length; i++)
    if (!Object.is(again.values[i], main.values[i])) {
      identical = false;
      break;
    }

  const y = labels.y;
  const width = spec.task === "multiclass-classification" ? k : 1;
  const binary = spec.task === "binary-classification";
  const mainOrder = binary ? sortScores(y, main.values) : undefined;
  const champOrder = binary && champ ? sortScores(y, champ.values) : undefined;
  const mainEval = taskMetrics(spec.task, y, main.values, k, threshold, mainOrder);
  if (spec.task === "binary-classification" && mainEval.metrics.roc_auc === null)
    throw new UserError(
      `${opts.data.path}: ROC AUC is undefined: every row of label '${spec.label}' is ${y[0]}; evaluation needs both classes`,
    );
  const models: ModelEntry[] = [
    {
      role: "challenger",
      uri: opts.model.uri ?? opts.model.path,
      sha256: main.model.sha256,
      bytes: main.model.bytes,
      metrics: mainEval.metrics,
      confusion: mainEval.confusion,
      latency: main.latency,
    },
  ];
  if (opts.bootstrap) {
    const boot = opts.bootstrap;
    progress?.({ phase: `bootstrap (${boot.resamples} resamples)` });
    (models[0] as ModelEntry).intervals = bootstrapIntervals(
      table.rows,
      (rows) =>
        taskMetrics(spec.task, gather(y, rows), gather(main.values, rows, width), k, threshold).metrics,
      boot,
    );
  }
  let champEval: ReturnType<typeof taskMetrics> | null = null;
  if (champ) {
    champEval = taskMetrics(spec.task, y, champ.values, k, threshold, champOrder);
    models.push({
      role: "champion",
      uri: opts.champion?.uri ?? opts.champion?.path ?? "",
      sha256: champ.model.sha256,
      bytes: champ.model.bytes,
      metrics: champEval.metrics,
      confusion: champEval.confusion,
      latency: champ.latency,
    });
  }
  // the trivial baseline: the majority class (its observed share as the probability) or the mean
  const baselineValues = new Float64Array(table.rows * width);
  let baselineDescription: string;
  if (spec.task === "multiclass-classification") {
    const counts = new Array<number>(k).fill(0);
    for (const c of y) counts[c] = (counts[c] as number) + 1;
    for (let i = 0; i < table.rows; i++)
      for (let c = 0; c < k; c++) baselineValues[i * k + c] = (counts[c] as number) / table.rows;
    baselineDescription = "class frequencies (predicts the majority class)";
  } else {
    let mean = 0;
    for (const v of y) mean += v;
    mean /= table.rows;
    baselineValues.fill(mean);
    baselineDescription =
      spec.task === "binary-classification"
        ? `constant positive rate ${Number(mean.toPrecision(4))} (the majority class)`
        : `constant mean ${Number(mean.toPrecision(6))}`;
  }
  const baseEval = taskMetrics(spec.task, y, baselineValues, k, threshold);
  models.push({
    role: "baseline",
    uri: "baseline:trivial",
    sha256: null,
    bytes: null,
    description: baselineDescription,
    metrics: baseEval.metrics,
    confusion: baseEval.confusion,
    latency: null,
  });

  // slices
  progress?.({ phase: "slices and fairness" });
  const sliceMetric = sliceMetricOf(spec.task);
  const fallbackMetric = "accuracy";
  const slices: SliceEntry[] = [];
  const groupsByFeature = new Map<string, ReturnType<typeof sliceGroups>>();
  for (const f of [...sliceFeatures, ...protectedAttrs]) {
    if (groupsByFeature.has(f)) continue;
    groupsByFeature.set(
      f,
      sliceGroups(f, table.columns.get(f) as never, opts.bins === undefined ? {} : { bins: opts.bins }),
    );
  }
  for (const f of sliceFeatures) {
    const groups = groupsByFeature.get(f) ?? [];
    const evaluated = groups.filter((g) => g.rows.length >= minSupport);
    // each row's group, once for both models
    let groupOf: GroupIndex | undefined;
    const byGroup = (values: Float64Array, order: SortedScores | undefined): Metrics[] => {
      if (binary && order) {
        if (!groupOf) {
          groupOf = (evaluated.length < 255 ? new Uint8Array(table.rows) : new Uint32Array(table.rows)).fill(
            evaluated.length,
          );
          evaluated.forEach((g, gi) => {
            for (const r of g.rows) groupOf![r] = gi;
          });
        }
        return binaryMetricsByGroup(y, values, threshold, order, groupOf, evaluated.length).map(
          (r) => r.metrics,
        );
      }
      return evaluated.map(
        (g) => taskMetrics(spec.task, gather(y, g.rows), gather(values, g.rows, width), k, threshold).metrics,
      );
    };
    const mine = byGroup(main.values, mainOrder);
    const theirs = champ ? byGroup(champ.values, champOrder) : null;
    for (const g of groups) {
      const gi = evaluated.indexOf(g);
      slices.push({
        feature: f,
        value: g.value,
        support: g.rows.length,
        evaluated: gi >= 0,
        metrics: gi >= 0 ? (mine[gi] as Metrics) : null,
        champion: gi >= 0 && theirs ? (theirs[gi] as Metrics) : null,
      });
    }
  }
  let worstSlice: EvaluationReport["worstSlice"] = null;
  const gib = greaterIsBetter(sliceMetric);
  for (const s of slices) {
    const metric = s.metrics?.[sliceMetric] === null ? fallbackMetric : sliceMetric;
    const v = s.metrics?.[metric];
    const overall = mainEval.metrics[metric];
    if (v === null || v === undefined || overall === null || overall === undefined) continue;
    const gap = gib ? overall - v : v - overall;
    if (!worstSlice || gap > worstSlice.gap)
      worstSlice = { feature: s.feature, value: s.value, metric, metricValue: v, overall, gap };
  }

  // fairness (binary classification)
  const fairnessReports: FairnessReport[] = [];
  if (spec.task === "binary-classification")
    for (const a of protectedAttrs)
      fairnessReports.push(fairness(a, groupsByFeature.get(a) ?? [], y, main.values, threshold, minSupport));

  // parity against the reference predictions made at training time
  let parity: EvaluationReport["parity"] = null;
  if (opts.reference) {
    progress?.({ phase: "training/serving parity" });
    const ref = readReference(opts.reference.path);
    if (ref.rows !== table.rows || ref.width !== width)
      throw new UserError(
        `${opts.reference.path}: reference predictions have ${ref.rows} rows x ${ref.width} values, the evaluation has ${table.rows} x ${width}`,
      );
    const tolerance = opts.reference.tolerance ?? 1e-5;
    let mismatched = 0;
    let maxAbs = 0;
    const examples: { row: number; expected: number; observed: number }[] = [];
    for (let r = 0; r < table.rows; r++) {
      let bad = false;
      for (let j = 0; j < width; j++) {
        const e = ref.values[r * width + j] as number;
        const o = main.values[r * width + j] as number;
        const d = Math.abs(e - o);
        if (d > maxAbs) maxAbs = d;
        if (!(d <= tolerance)) {
          bad = true;
          if (examples.length < 20) examples.push({ row: r + 1, expected: e, observed: o });
        }
      }
      if (bad) mismatched++;
    }
    parity = {
      reference: opts.reference.uri ?? opts.reference.path,
      tolerance,
      comparedRows: table.rows,
      mismatchedRows: mismatched,
      maxAbsDifference: maxAbs,
      examples,
    };
  }

  // permutation feature importance of the challenger
  let featureImportance: { feature: string; importance: number }[] | undefined;
  if (opts.importance) {
    const rand = seededRandom(opts.importance.seed);
    const metric = sliceMetric;
    const base = mainEval.metrics[metric];
    featureImportance = [];
    const features = main.plan.features;
    for (const [fi, f] of features.entries()) {
      progress?.(progressOf("permutation importance", fi, features.length, "features"));
      const col = table.columns.get(f) as Column;
      const perm = new Uint32Array(table.rows);
      for (let i = 0; i < perm.length; i++) perm[i] = i;
      for (let i = perm.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        const t = perm[i] as number;
        perm[i] = perm[j] as number;
        perm[j] = t;
      }
      const shuffled: Column =
        col.kind === "number"
          ? { kind: "number", values: gather(col.values, perm) }
          : { kind: "string", values: Array.from(perm, (r) => col.values[r] as string) };
      const columns = new Map(table.columns);
      columns.set(f, shuffled);
      const pred = await predict(
        main.model,
        spec,
        main.plan,
        main.out,
        { ...table, columns },
        { batchSize, classes: k },
      );
      const m = taskMetrics(spec.task, y, pred.values, k, threshold).metrics[metric];
      const drop =
        base === null || base === undefined || m === null || m === undefined
          ? 0
          : greaterIsBetter(metric)
            ? base - m
            : m - base;
      featureImportance.push({ feature: f, importance: drop });
    }
  }

  // checks
  const checks: Check[] = [];
  checks.push({
    name: "numerical-stability",
    passed: true,
    observed: 0,
    expected: 0,
    message: `no NaN or infinite output on ${table.rows} rows`,
  });
  checks.push({
    name: "determinism",
    passed: identical,
    observed: identical,
    expected: true,
    message: identical
      ? `a second run over the first ${detRows} rows gave bit-identical outputs`
      : `a second run over the first ${detRows} rows gave different outputs`,
  });
  if (parity)
    checks.push({
      name: "training-serving-parity",
      passed: parity.mismatchedRows === 0,
      observed: parity.mismatchedRows,
      expected: 0,
      message:
        parity.mismatchedRows === 0
          ? `all ${parity.comparedRows} rows match the reference predictions within ${parity.tolerance} (max difference ${parity.maxAbsDifference.toExponential(2)})`
          : `${parity.mismatchedRows} row(s) differ from the reference predictions by more than ${parity.tolerance}: rows ${parity.examples.map((e) => e.row).join(", ")}${parity.mismatchedRows > parity.examples.length ? ", ..." : ""}`,
    });
  const baselineMetrics =
    spec.task === "binary-classification"
      ? ["roc_auc", "log_loss"]
      : spec.task === "multiclass-classification"
        ? ["accuracy", "log_loss"]
        : ["rmse", "mae"];
  const baselineFailures: string[] = [];
  for (const m of baselineMetrics) {
    const a = mainEval.metrics[m];
    const b = baseEval.metrics[m];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    const better = m === "log_loss" || m === "rmse" || m === "mae" ? a < b : a > b;
    if (!better) baselineFailures.push(`${m} ${a.toPrecision(4)} vs baseline ${b.toPrecision(4)}`);
  }
  checks.push({
    name: "beats-baseline",
    passed: baselineFailures.length === 0,
    observed: baselineMetrics.map((m) => `${m} ${mainEval.metrics[m]?.toPrecision(4)}`).join(", "),
    expected: `better than ${baselineDescription} on ${baselineMetrics.join(" and ")}`,
    message:
      baselineFailures.length === 0
        ? `beats the trivial baseline on ${baselineMetrics.join(" and ")}`
        : `does not beat the trivial baseline: ${baselineFailures.join("; ")}`,
  });
  const partial = { models, sliceMetric, slices, fairness: fairnessReports };
  if (opts.policy) checks.push(...evaluatePolicy(partial, opts.policy));

  const inputs: EvidenceInput[] = [
    { role: "model", uri: opts.model.uri ?? opts.model.path, sha256: main.model.sha256 },
  ];
  if (champ && opts.champion)
    inputs.push({
      role: "champion",
      uri: opts.champion.uri ?? opts.champion.path,
      sha256: champ.model.sha256,
    });
  inputs.push({ role: "data", uri: opts.data.uri ?? opts.data.path, sha256: dataDigest.sha256 });
  if (opts.reference) {
    const refDigest = await hashFile(opts.reference.path);
    inputs.push({
      role: "reference",
      uri: opts.reference.uri ?? opts.reference.path,
      sha256: refDigest.sha256,
    });
  }
  for (const r of runs) await r.model.session.release();

  const envelope = createEnvelope({
    kind: "evaluation" as const,
    subject: opts.subject,
    inputs,
    context: opts.context,
    verdict: checks.every((c) => c.passed) ? "pass" : "fail",
    ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
  });
  return {
    ...envelope,
    task: spec.task,
    label: spec.label,
    decisionThreshold: spec.task === "binary-classification" ? threshold : null,
    classes: labels.classes,
    dataset: { uri: opts.data.uri ?? opts.data.path, sha256: dataDigest.sha256, rows: table.rows },
    features: main.plan.features,
    models,
    sliceMetric,
    minSupport,
    slices,
    worstSlice,
    fairness: fairnessReports,
    parity,
    determinism: { rows: detRows, identical },
    ...(featureImportance ? { featureImportance } : {}),
    settings: {
      bins: opts.bins ?? DEFAULT_BINS,
      seed: opts.importance?.seed ?? opts.bootstrap?.seed ?? 1,
      bootstrap: opts.bootstrap?.resamples ?? 0,
      policy: opts.policy ?? null,
    },
    checks,
  };
}
