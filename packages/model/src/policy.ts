import { greaterIsBetter as defaultDirection, type Metrics } from "./metrics.js";
import type { FairnessReport } from "./slices.js";

/** MLflow `MetricThreshold`, in the registry's YAML spelling. */
export interface MetricThreshold {
  threshold?: number;
  minAbsoluteChange?: number;
  minRelativeChange?: number;
  greaterIsBetter?: boolean;
}

/** The evaluation part of an environment policy (modelgate.yaml `environments[].policy`). */
export interface EvaluationPolicy {
  metrics?: Record<string, MetricThreshold>;
  /** no important slice's metric may fall more than this below the champion's on that slice */
  maxSliceDrop?: number;
  fairness?: {
    demographicParityDifference?: number;
    demographicParityRatio?: number;
    equalOpportunityDifference?: number;
    equalizedOddsDifference?: number;
  };
  /** challenger p95 batch latency at most this multiple of the champion's */
  maxLatencyRatio?: number;
}

export interface Check {
  name: string;
  passed: boolean;
  observed: number | string | boolean | null;
  expected: number | string | boolean | null;
  message: string;
}

/** What evaluatePolicy reads from an evaluation report. */
export interface PolicySubject {
  models: { role: string; metrics: Metrics; latency?: { batch?: { p95Ms: number } } | null }[];
  sliceMetric?: string;
  slices: {
    feature: string;
    value: string;
    support: number;
    metrics: Metrics | null;
    champion?: Metrics | null;
  }[];
  fairness: FairnessReport[];
}

export interface ThresholdOutcome {
  passed: boolean;
  failures: string[];
  expected: string[];
}

/**
 * One metric against MLflow MetricThreshold semantics.
 * - threshold: candidate >= threshold (greater is better) or <= threshold.
 * - minAbsoluteChange: candidate >= baseline + change (or <= baseline - change).
 * - minRelativeChange: the improvement divided by |baseline| is at least the change. Dividing by
 *   the magnitude (MLflow divides by the signed baseline) keeps "better" meaning better when the
 *   baseline is negative (e.g. an R² below zero). With a zero baseline a relative change is
 *   undefined; as in MLflow the candidate must then simply be better than the baseline.
 * - no baseline (no champion): the change checks are not applicable and pass, noted in `failures`-free
 *   `expected` text; a metric the candidate lacks (null) fails.
 */
export function checkThreshold(
  name: string,
  t: MetricThreshold,
  candidate: number | null | undefined,
  baseline: number | null | undefined,
): ThresholdOutcome {
  const gib = t.greaterIsBetter ?? defaultDirection(name);
  const better = (a: number, b: number): boolean => (gib ? a >= b : a <= b);
  const failures: string[] = [];
  const expected: string[] = [];
  if (candidate === null || candidate === undefined || Number.isNaN(candidate)) {
    return { passed: false, failures: [`${name} is not defined for the challenger`], expected };
  }
  if (t.threshold !== undefined) {
    expected.push(`${gib ? ">=" : "<="} ${t.threshold}`);
    if (!better(candidate, t.threshold))
      failures.push(`${name} ${fmt(candidate)} is not ${gib ? ">=" : "<="} ${t.threshold}`);
  }
  const hasBaseline = baseline !== null && baseline !== undefined && !Number.isNaN(baseline);
  if (t.minAbsoluteChange !== undefined) {
    if (!hasBaseline) expected.push("absolute change: no champion");
    else {
      const bar = gib ? baseline + t.minAbsoluteChange : baseline - t.minAbsoluteChange;
      expected.push(`${gib ? ">=" : "<="} champion ${gib ? "+" : "-"} ${t.minAbsoluteChange} (${fmt(bar)})`);
      if (!better(candidate, bar))
        failures.push(
          `${name} ${fmt(candidate)} vs champion ${fmt(baseline)}: needs an absolute improvement of ${t.minAbsoluteChange}`,
        );
    }
  }
  if (t.minRelativeChange !== undefined) {
    if (!hasBaseline) expected.push("relative change: no champion");
    else if (baseline === 0) {
      expected.push("better than a zero champion");
      if (!(gib ? candidate > 0 : candidate < 0))
        failures.push(`${name} ${fmt(candidate)} is not better than the champion's 0`);
    } else {
      const change = (gib ? candidate - baseline : baseline - candidate) / Math.abs(baseline);
      expected.push(`relative improvement >= ${t.minRelativeChange}`);
      if (change < t.minRelativeChange)
        failures.push(
          `${name} ${fmt(candidate)} vs champion ${fmt(baseline)}: relative improvement ${fmt(change)} < ${t.minRelativeChange}`,
        );
    }
  }
  return { passed: failures.length === 0, failures, expected };
}

const fmt = (x: number): string => String(Number(x.toPrecision(6)));

/** The direction-aware metric a slice is judged on, by task. */
export function sliceMetricOf(task: string): string {
  return task === "binary-classification" ? "roc_auc" : task === "regression" ? "r2" : "accuracy";
}

/**
 * Applies an environment policy to an evaluation report and returns its checks. Pure: the
 * registry gate calls it on stored evidence with the target environment's policy.
 */
export function evaluatePolicy(report: PolicySubject, policy: EvaluationPolicy): Check[] {
  const checks: Check[] = [];
  const challenger = report.models.find((m) => m.role === "challenger");
  const champion = report.models.find((m) => m.role === "champion");
  if (!challenger)
    return [
      {
        name: "challenger",
        passed: false,
        observed: null,
        expected: "a challenger",
        message: "the report has no challenger model",
      },
    ];
  for (const [name, t] of Object.entries(policy.metrics ?? {})) {
    const cand = challenger.metrics[name];
    const base = champion?.metrics[name];
    const r = checkThreshold(name, t, cand, base);
    checks.push({
      name: `metric:${name}`,
      passed: r.passed,
      observed: cand ?? null,
      expected: r.expected.join("; ") || "defined",
      message: r.passed
        ? `${name} ${cand === null || cand === undefined ? "" : fmt(cand)} meets the policy`
        : r.failures.join("; "),
    });
  }
  if (policy.maxSliceDrop !== undefined) {
    const metric = report.sliceMetric ?? "accuracy";
    const gib = defaultDirection(metric);
    let worst: { drop: number; label: string } | null = null;
    for (const s of report.slices) {
      const a = s.metrics?.[metric];
      const b = s.champion?.[metric];
      if (a === null || a === undefined || b === null || b === undefined) continue;
      const drop = gib ? b - a : a - b;
      if (!worst || drop > worst.drop) worst = { drop, label: `${s.feature}=${s.value}` };
    }
    if (!champion)
      checks.push({
        name: "max-slice-drop",
        passed: true,
        observed: null,
        expected: policy.maxSliceDrop,
        message: "no champion to compare slices with",
      });
    else
      checks.push({
        name: "max-slice-drop",
        passed: worst === null || worst.drop <= policy.maxSliceDrop,
        observed: worst ? worst.drop : null,
        expected: policy.maxSliceDrop,
        message: worst
          ? `largest ${metric} drop vs the champion: ${fmt(worst.drop)} on ${worst.label} (limit ${policy.maxSliceDrop})`
          : "no slice has the metric for both models",
      });
  }
  const limits = policy.fairness ?? {};
  for (const f of report.fairness) {
    for (const key of [
      "demographicParityDifference",
      "equalOpportunityDifference",
      "equalizedOddsDifference",
    ] as const) {
      const limit = limits[key];
      if (limit === undefined) continue;
      const v = f[key];
      checks.push({
        name: `fairness:${f.attribute}:${key}`,
        passed: v !== null && v <= limit,
        observed: v,
        expected: `<= ${limit}`,
        message:
          v === null
            ? `${key} on ${f.attribute} is undefined (no positives in a group)`
            : `${key} on ${f.attribute} is ${fmt(v)} (limit ${limit})`,
      });
    }
    if (limits.demographicParityRatio !== undefined) {
      const v = f.demographicParityRatio;
      checks.push({
        name: `fairness:${f.attribute}:demographicParityRatio`,
        passed: v >= limits.demographicParityRatio,
        observed: v,
        expected: `>= ${limits.demographicParityRatio}`,
        message: `demographicParityRatio on ${f.attribute} is ${fmt(v)} (minimum ${limits.demographicParityRatio})`,
      });
    }
  }
  if (policy.maxLatencyRatio !== undefined && champion) {
    const a = challenger.latency?.batch?.p95Ms;
    const b = champion.latency?.batch?.p95Ms;
    if (a !== undefined && b !== undefined && b > 0) {
      const ratio = a / b;
      checks.push({
        name: "latency",
        passed: ratio <= policy.maxLatencyRatio,
        observed: ratio,
        expected: `<= ${policy.maxLatencyRatio}`,
        message: `p95 batch latency ${fmt(a)} ms vs the champion's ${fmt(b)} ms (ratio ${fmt(ratio)})`,
      });
    }
  }
  return checks;
}
