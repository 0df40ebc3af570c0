import { UserError } from "@modelgate/core";
import type { FetchLike } from "./artifact.js";
import { gatherGateInputs } from "./gate-inputs.js";
import {
  type ExtraCheck,
  type GateCheck,
  GateRules,
  type RegistryCheckReport,
  schemaChecks,
} from "./gate-rules.js";
import type { Registry } from "./git.js";
import type { RegistrySnapshot } from "./snapshot.js";
import { type MetricThreshold, type Policy, paths, type RegistryConfig } from "./state.js";

export type {
  BlockingReason,
  CheckStatus,
  ExtraCheck,
  ExtraCheckInput,
  GateChange,
  GateChangeKind,
  GateCheck,
  RegistryCheckReport,
} from "./gate-rules.js";
export { renderCheckMarkdown } from "./gate-rules.js";

export interface GateOptions {
  base: string;
  head: string;
  now?: Date;
  context?: import("@modelgate/core").EvidenceContext;
  extraChecks?: ExtraCheck[];
  fetch?: FetchLike;
}

/** MLflow MetricThreshold semantics; see docs/registry.md for the zero/negative baseline cases. */
export function checkMetricThreshold(
  name: string,
  t: MetricThreshold,
  candidate: number | undefined,
  baseline: number | undefined,
): GateCheck[] {
  const id = `metric:${name}`;
  if (candidate === undefined || !Number.isFinite(candidate)) {
    return [{ id, status: "fail", message: `the evaluation evidence has no value for ${name}` }];
  }
  const out: GateCheck[] = [];
  const better = t.greaterIsBetter;
  if (t.threshold !== undefined) {
    const ok = better ? candidate >= t.threshold : candidate <= t.threshold;
    out.push({
      id,
      status: ok ? "pass" : "fail",
      message: `${name} ${fmt(candidate)} ${ok ? "meets" : "misses"} the threshold ${better ? ">=" : "<="} ${fmt(t.threshold)}`,
    });
  }
  if (t.minAbsoluteChange !== undefined || t.minRelativeChange !== undefined) {
    if (baseline === undefined || !Number.isFinite(baseline)) {
      out.push({
        id,
        status: "skip",
        message: `${name}: no champion value to compare against (first deployment)`,
      });
    } else {
      const gain = better ? candidate - baseline : baseline - candidate;
      if (t.minAbsoluteChange !== undefined) {
        const ok = gain >= t.minAbsoluteChange - 1e-12;
        out.push({
          id,
          status: ok ? "pass" : "fail",
          message: `${name} ${fmt(candidate)} vs champion ${fmt(baseline)}: change ${fmt(gain)} ${ok ? ">=" : "<"} required ${fmt(t.minAbsoluteChange)}`,
        });
      }
      if (t.minRelativeChange !== undefined) {
        const rel =
          baseline === 0 ? (gain === 0 ? 0 : gain > 0 ? Infinity : -Infinity) : gain / Math.abs(baseline);
        const ok = rel >= t.minRelativeChange - 1e-12;
        out.push({
          id,
          status: ok ? "pass" : "fail",
          message: `${name} ${fmt(candidate)} vs champion ${fmt(baseline)}: relative change ${fmt(rel)} ${ok ? ">=" : "<"} required ${fmt(t.minRelativeChange)}`,
        });
      }
    }
  }
  return out;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? "+inf" : "-inf";
  return Number(n.toPrecision(6)).toString();
}

interface EvaluationModelEntry {
  role?: string;
  sha256?: string | null;
  metrics?: Record<string, number | null>;
}

function numbers(m: Record<string, unknown> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(m ?? {})) if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  return out;
}

/**
 * The metrics of one model in an evaluation report (schemas/evaluation.schema.json):
 * `models[]` entry with the given role (challenger by default), optionally only when its
 * sha256 matches.
 */
export function evaluationMetrics(
  report: unknown,
  role = "challenger",
  sha256?: string,
): Record<string, number> | null {
  const models = (report as { models?: unknown } | null)?.models;
  if (!Array.isArray(models)) return null;
  const entry = (models as EvaluationModelEntry[]).find(
    (m) => m?.role === role && (sha256 === undefined || m.sha256 === sha256),
  );
  return entry ? numbers(entry.metrics as Record<string, unknown>) : null;
}

interface SliceRow {
  feature?: string;
  value?: string;
  evaluated?: boolean;
  metrics?: Record<string, number | null> | null;
  champion?: Record<string, number | null> | null;
}

/** Slice drops against the champion (the report's per-slice champion metrics), limited by maxSliceDrop. */
export function sliceChecks(report: Record<string, unknown>, maxDrop: number): GateCheck[] {
  const metric = typeof report.sliceMetric === "string" ? report.sliceMetric : null;
  const slices = Array.isArray(report.slices) ? (report.slices as SliceRow[]) : [];
  const compared = slices.filter((s) => s.evaluated && s.metrics && s.champion && metric);
  if (!metric || compared.length === 0) {
    return [
      {
        id: "slices",
        status: "skip",
        message: "no per-slice champion comparison in the evaluation evidence",
      },
    ];
  }
  const out: GateCheck[] = [];
  let worst = Number.NEGATIVE_INFINITY;
  for (const s of compared) {
    const now = s.metrics?.[metric];
    const before = s.champion?.[metric];
    if (typeof now !== "number" || typeof before !== "number") continue;
    const drop = before - now;
    worst = Math.max(worst, drop);
    if (drop > maxDrop + 1e-12) {
      out.push({
        id: "slices",
        status: "fail",
        message: `slice ${s.feature}=${s.value}: ${metric} ${fmt(now)} vs champion ${fmt(before)}, a drop of ${fmt(drop)} > ${fmt(maxDrop)}`,
      });
    }
  }
  if (out.length === 0) {
    out.push({
      id: "slices",
      status: "pass",
      message: `no slice drops more than ${fmt(maxDrop)} in ${metric} (worst ${fmt(worst)})`,
    });
  }
  return out;
}

/**
 * The challenger's p95 batch latency against the champion's measured in the same report,
 * limited by maxLatencyRatio (the same rule as the evaluation's own latency check).
 */
export function latencyChecks(
  report: Record<string, unknown>,
  maxRatio: number,
  sha256: string,
): GateCheck[] {
  type Entry = { role?: string; sha256?: string; latency?: { batch?: { p95Ms?: unknown } } | null };
  const models = Array.isArray(report.models) ? (report.models as Entry[]) : [];
  const p95 = (m: Entry | undefined) => {
    const v = m?.latency?.batch?.p95Ms;
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  const champion = models.find((m) => m?.role === "champion");
  if (!champion)
    return [
      {
        id: "latency",
        status: "skip",
        message: "no champion in the evaluation evidence to compare latency with",
      },
    ];
  const challenger = models.find((m) => m?.role === "challenger" && m.sha256 === sha256);
  const now = p95(challenger);
  const before = p95(champion);
  if (now === null || before === null)
    return [
      {
        id: "latency",
        status: "fail",
        message: `the evaluation evidence lacks the p95 batch latency of the ${now === null ? "challenger" : "champion"}`,
      },
    ];
  const ratio = before > 0 ? now / before : now > 0 ? Number.POSITIVE_INFINITY : 1;
  return [
    {
      id: "latency",
      status: ratio <= maxRatio ? "pass" : "fail",
      message: `p95 batch latency ${fmt(now)} ms vs the champion's ${fmt(before)} ms: ratio ${fmt(ratio)} ${ratio <= maxRatio ? "<=" : ">"} ${fmt(maxRatio)}`,
    },
  ];
}

interface FairnessRow {
  attribute?: string;
  demographicParityDifference?: number | null;
  equalOpportunityDifference?: number | null;
}

/** Fairness gaps of each protected attribute against the policy's limits. */
export function fairnessChecks(
  report: Record<string, unknown>,
  limits: { demographicParityDifference?: number; equalOpportunityDifference?: number },
): GateCheck[] {
  const rows = Array.isArray(report.fairness) ? (report.fairness as FairnessRow[]) : [];
  if (rows.length === 0)
    return [{ id: "fairness", status: "fail", message: "the evaluation evidence has no fairness results" }];
  const out: GateCheck[] = [];
  for (const r of rows) {
    for (const key of ["demographicParityDifference", "equalOpportunityDifference"] as const) {
      const limit = limits[key];
      const value = r[key];
      if (limit === undefined || value === null || value === undefined) continue;
      out.push({
        id: "fairness",
        status: value <= limit + 1e-12 ? "pass" : "fail",
        message: `${r.attribute}: ${key} ${fmt(value)} ${value <= limit + 1e-12 ? "<=" : ">"} ${fmt(limit)}`,
      });
    }
  }
  return out;
}

/**
 * The policy checks of one evaluation report against an environment's policy: metric
 * thresholds (against the champion's metrics), slices, fairness and latency. The one call site
 * of the evaluator functions above.
 */
export function policyChecks(
  policy: Policy,
  doc: Record<string, unknown>,
  baseline: Record<string, number>,
  challengerSha: string,
): GateCheck[] {
  const out: GateCheck[] = [];
  const candidate = evaluationMetrics(doc) ?? {};
  for (const [name, t] of Object.entries(policy.metrics ?? {})) {
    out.push(...checkMetricThreshold(name, t, candidate[name], baseline[name]));
  }
  if (policy.maxSliceDrop !== undefined) {
    out.push(...sliceChecks(doc, policy.maxSliceDrop));
  }
  if (policy.fairness) out.push(...fairnessChecks(doc, policy.fairness));
  if (policy.maxLatencyRatio !== undefined)
    out.push(...latencyChecks(doc, policy.maxLatencyRatio, challengerSha));
  return out;
}

/** modelgate.yaml of a snapshot, validated; null when it is invalid (missing: an input error). */
async function configOf(snapshot: RegistrySnapshot): Promise<RegistryConfig | null> {
  const loaded = await snapshot.load<RegistryConfig>(paths.config);
  if (!loaded)
    throw new UserError(
      `${paths.config} is missing at ${snapshot.commit.slice(0, 12)}: not a modelgate registry (the base's policy judges every change)`,
    );
  return schemaChecks(loaded, "registry").some((c) => c.status === "fail") ? null : loaded.value;
}

/**
 * The policy gate: snapshots in, report out. Everything the rules need is gathered first
 * (gate-inputs.ts: the merge base and head snapshots, the changed paths with their modes, the
 * history facts, the artifact digests, the clock); then the rules (gate-rules.ts) classify each
 * changed path into a transition, judge it by the base's policy and list every blocking reason.
 */
export async function runGate(reg: Registry, options: GateOptions): Promise<RegistryCheckReport> {
  const inputs = await gatherGateInputs(reg, options, configOf);
  const rules = new GateRules(inputs, options.extraChecks ?? []);
  await rules.collectInputs();
  const report = await rules.judge();
  if (inputs.baseConfig === null) {
    // an invalid base policy cannot judge anything: fail closed with its diagnostics
    const loaded = await inputs.baseSnapshot.load<RegistryConfig>(paths.config);
    const checks = loaded ? schemaChecks(loaded, "registry") : [];
    report.changes.unshift({
      path: paths.config,
      fileKind: "registry",
      kind: "edit",
      environment: null,
      model: null,
      version: null,
      from: null,
      to: null,
      traffic: null,
      qualityGatesSkipped: false,
      checks: checks.map((c) => ({ ...c, message: `the base's ${paths.config} is invalid: ${c.message}` })),
    });
    report.blocking.unshift(
      ...checks.map((c) => ({
        path: paths.config,
        check: c.id,
        message: `the base's ${paths.config} is invalid: ${c.message}`,
        ...(c.file ? { file: c.file } : {}),
        ...(c.line !== undefined ? { line: c.line } : {}),
      })),
    );
    report.blocked = true;
    report.verdict = "fail";
  }
  return report;
}
