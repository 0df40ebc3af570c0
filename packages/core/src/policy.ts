import { UserError } from "./errors.js";
import type { EnvironmentPolicy, MetricThreshold } from "./generated/index.js";
import { type SchemaError, validateValue } from "./schemas.js";

/**
 * The one place that decides an environment policy (schemas/registry.schema.json
 * `$defs/policy`) against an evaluation report and the champion: `modelgate evaluate`, the
 * registry gate and the ML Test Score all call `decidePolicy`. The edge cases are listed in
 * docs/registry.md, "Policy verdicts".
 */

export type PolicyCheckStatus = "pass" | "fail" | "skip" | "warn";

/** One verdict of the policy. `fail` blocks; `skip` says a rule could not apply and why. */
export interface PolicyCheck {
  /** `metric:<name>`, `slices`, `fairness` or `latency` */
  id: string;
  status: PolicyCheckStatus;
  /** what was measured (the value, the gain, the worst drop, the ratio); null when nothing was */
  observed: number | null;
  /** what the policy requires, for people */
  expected: string;
  message: string;
}

type MetricValues = Record<string, number | null | undefined>;

/** One model of an evaluation report (schemas/evaluation.schema.json `$defs/model`), as read here. */
export interface PolicyModel {
  role: string;
  uri?: string;
  sha256?: string | null;
  metrics: MetricValues;
  latency?: { batch?: { p95Ms?: number | null } | null } | null;
}

/** What decidePolicy reads from an evaluation report (schemas/evaluation.schema.json). */
export interface PolicyEvaluation {
  models: readonly PolicyModel[];
  sliceMetric?: string;
  slices: ReadonlyArray<{
    feature: string;
    value: string;
    evaluated?: boolean;
    metrics: MetricValues | null;
    champion: MetricValues | null;
  }>;
  fairness: ReadonlyArray<{
    attribute: string;
    demographicParityDifference?: number | null;
    equalOpportunityDifference?: number | null;
  }>;
}

/** The version a challenger is compared with: the one live in the target environment. */
export interface Champion {
  /** how messages name it, e.g. credit-default@1.0.0 */
  name: string;
  /**
   * Its artifact digest. Slices and latency are compared only with a `champion` entry of the
   * report that has this digest (null: the report's champion entry, whatever it is).
   */
  sha256: string | null;
  /** its metric values: the baseline of minAbsoluteChange and minRelativeChange */
  metrics: MetricValues;
}

/** The live version as the gate and the score find it, before its baseline is chosen. */
export interface LiveChampion {
  name: string;
  sha256: string;
  /** the champion version's own evaluation evidence, when read */
  evaluation?: PolicyEvaluation | null;
  /** its `evaluation.summary` from the version manifest */
  summary?: MetricValues | null;
}

/** Comparisons allow this much floating-point rounding of the arithmetic (gain, drop, ratio). */
export const POLICY_TOLERANCE = 1e-12;

/** The report's `champion` model entry, only the one with this digest when a digest is given. */
export function championEntry(report: PolicyEvaluation, sha256?: string | null): PolicyModel | null {
  return (
    report.models.find(
      (m) => m.role === "champion" && (sha256 === undefined || sha256 === null || m.sha256 === sha256),
    ) ?? null
  );
}

/** The champion of a report evaluated with `--champion`: its champion entry, or null without one. */
export function reportChampion(report: PolicyEvaluation): Champion | null {
  const entry = championEntry(report);
  if (!entry) return null;
  return { name: entry.uri ?? "the champion", sha256: entry.sha256 ?? null, metrics: entry.metrics };
}

/**
 * The baseline of the live version: its metrics measured on the same rows in this report (its
 * champion entry has the live artifact's digest), else its own evaluation evidence (the
 * challenger entry with that digest), else its
 * manifest's `evaluation.summary`, else none (every change criterion then fails: unknown).
 * Null when nothing is live.
 */
export function championOf(report: PolicyEvaluation, live: LiveChampion | null): Champion | null {
  if (live === null) return null;
  const same = championEntry(report, live.sha256);
  // its own evaluation counts only when that evaluation is about the live artifact
  const own = live.evaluation?.models.find((m) => m.role === "challenger" && m.sha256 === live.sha256);
  const metrics = same?.metrics ?? own?.metrics ?? live.summary ?? {};
  return { name: live.name, sha256: live.sha256, metrics };
}

/**
 * Decides a policy: every metric threshold (MLflow MetricThreshold semantics, with the
 * zero/negative baseline rules below), `maxSliceDrop`, each fairness limit and
 * `maxLatencyRatio`. Pure. `champion` null means nothing is live to compare with.
 *
 * - threshold: challenger >= threshold (greater is better) or <= threshold; equal passes.
 * - gain = challenger − champion (greater is better) or champion − challenger.
 *   minAbsoluteChange: gain >= the change. minRelativeChange: gain / |champion| >= the change;
 *   with a zero champion no change is 0, an improvement +∞ and a regression −∞.
 * - a value that is absent, null or NaN fails wherever it is needed (fail closed), a champion's
 *   included; a rule that needs a champion is `skip` without one.
 */
export function decidePolicy(
  policy: EnvironmentPolicy,
  report: PolicyEvaluation,
  champion: Champion | null,
): PolicyCheck[] {
  const checks: PolicyCheck[] = [];
  const challenger = report.models.find((m) => m.role === "challenger") ?? null;
  for (const [name, threshold] of Object.entries(policy.metrics ?? {})) {
    if (threshold) checks.push(...metricChecks(name, threshold, challenger, champion));
  }
  if (policy.maxSliceDrop !== undefined) checks.push(sliceCheck(policy.maxSliceDrop, report, champion));
  if (policy.fairness) checks.push(...fairnessChecks(policy.fairness, report));
  if (policy.maxLatencyRatio !== undefined)
    checks.push(latencyCheck(policy.maxLatencyRatio, report, challenger, champion));
  return checks;
}

/** A finite number, or why there is none. */
function numberOf(metrics: MetricValues | null | undefined, name: string): number | string {
  if (!metrics || !(name in metrics) || metrics[name] === undefined) return "not reported";
  const v = metrics[name];
  if (v === null) return "undefined on these rows (null)";
  if (typeof v !== "number" || Number.isNaN(v)) return "not a number (NaN)";
  if (!Number.isFinite(v)) return `infinite (${v})`;
  return v;
}

function metricChecks(
  name: string,
  t: MetricThreshold,
  challenger: PolicyModel | null,
  champion: Champion | null,
): PolicyCheck[] {
  const id = `metric:${name}`;
  const gib = t.greaterIsBetter;
  const cmp = gib ? ">=" : "<=";
  const c = challenger
    ? numberOf(challenger.metrics, name)
    : "not reported (the evaluation has no challenger)";
  if (typeof c === "string") {
    const expected = t.threshold !== undefined ? `${cmp} ${fmt(t.threshold)}` : "a value";
    return [
      {
        id,
        status: "fail",
        observed: null,
        expected,
        message: `the challenger's ${name} is ${c}: the policy cannot be verified; evaluate a model and data on which ${name} is defined, or drop ${name} from the policy`,
      },
    ];
  }
  const out: PolicyCheck[] = [];
  if (t.threshold !== undefined) {
    const ok = gib ? c >= t.threshold : c <= t.threshold;
    out.push({
      id,
      status: ok ? "pass" : "fail",
      observed: c,
      expected: `${cmp} ${fmt(t.threshold)}`,
      message: `${name} ${fmt(c)} ${ok ? "meets" : "misses"} the threshold ${cmp} ${fmt(t.threshold)}`,
    });
  }
  const changes: Array<["absolute" | "relative", number]> = [];
  if (t.minAbsoluteChange !== undefined) changes.push(["absolute", t.minAbsoluteChange]);
  if (t.minRelativeChange !== undefined) changes.push(["relative", t.minRelativeChange]);
  for (const [kind, min] of changes) {
    const expected = `${kind} improvement over the champion >= ${fmt(min)}`;
    if (champion === null) {
      out.push({
        id,
        status: "skip",
        observed: null,
        expected,
        message: `${name}: no champion to compare with, so the ${kind} change is not checked`,
      });
      continue;
    }
    const b = numberOf(champion.metrics, name);
    if (typeof b === "string") {
      out.push({
        id,
        status: "fail",
        observed: null,
        expected,
        message: `the champion ${champion.name}'s ${name} is ${b}: the ${kind} change cannot be verified; evaluate the challenger against the champion on the same rows`,
      });
      continue;
    }
    const gain = gib ? c - b : b - c;
    const change = kind === "absolute" ? gain : relativeChange(gain, b);
    const ok = change >= min - POLICY_TOLERANCE;
    const what =
      kind === "absolute"
        ? `change ${fmt(gain)}`
        : b === 0
          ? `relative change ${fmt(change)} (the champion's value is 0)`
          : `relative change ${fmt(change)}`;
    out.push({
      id,
      status: ok ? "pass" : "fail",
      // ±∞ (a zero champion) does not survive JSON: the message says it
      observed: Number.isFinite(change) ? change : null,
      expected,
      message: `${name} ${fmt(c)} vs the champion's ${fmt(b)}: ${what} ${ok ? ">=" : "<"} the required ${fmt(min)}`,
    });
  }
  return out;
}

/** gain / |baseline|; at a zero baseline no change is 0, an improvement +∞, a regression −∞. */
function relativeChange(gain: number, baseline: number): number {
  if (baseline !== 0) return gain / Math.abs(baseline);
  if (Math.abs(gain) <= POLICY_TOLERANCE) return 0;
  return gain > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

/** Why the report cannot compare with the champion on the same rows, or null when it can. */
function notInReport(report: PolicyEvaluation, champion: Champion, what: string): string | null {
  if (championEntry(report, champion.sha256)) return null;
  const other = championEntry(report);
  return other
    ? `the evaluation ran ${other.uri ?? "another champion"}, not the champion ${champion.name}: ${what} cannot be compared; evaluate again against the live champion`
    : `the evaluation did not run the champion ${champion.name} on the same rows: ${what} cannot be compared; evaluate with the champion (--environment or --champion)`;
}

function sliceCheck(max: number, report: PolicyEvaluation, champion: Champion | null): PolicyCheck {
  const expected = `no slice drops more than ${fmt(max)} below the champion`;
  const base = { id: "slices", expected };
  if (champion === null)
    return {
      ...base,
      status: "skip",
      observed: null,
      message: "no champion to compare slices with",
    };
  const missing = notInReport(report, champion, "slices");
  if (missing) return { ...base, status: "fail", observed: null, message: missing };
  const metric = report.sliceMetric;
  if (typeof metric !== "string" || metric === "")
    return { ...base, status: "fail", observed: null, message: "the evaluation names no sliceMetric" };
  const problems: string[] = [];
  let worst: { drop: number; label: string } | null = null;
  let compared = 0;
  for (const s of report.slices) {
    if (s.evaluated === false) continue;
    const label = `${s.feature}=${s.value}`;
    const a = numberOf(s.metrics, metric);
    const b = numberOf(s.champion, metric);
    if (typeof a === "string" && typeof b === "string") continue; // undefined for both models on these rows
    if (typeof a === "string" || typeof b === "string") {
      problems.push(
        `slice ${label}: the ${typeof a === "string" ? `challenger's ${metric} is ${a}` : `champion's ${metric} is ${b}`}`,
      );
      continue;
    }
    compared++;
    // slice metrics (roc_auc, accuracy, r2) are greater-is-better
    const drop = b - a;
    if (!worst || drop > worst.drop) worst = { drop, label };
    if (drop > max + POLICY_TOLERANCE)
      problems.push(
        `slice ${label}: ${metric} ${fmt(a)} vs the champion's ${fmt(b)}, a drop of ${fmt(drop)} > ${fmt(max)}`,
      );
  }
  if (compared === 0 && problems.length === 0)
    return {
      ...base,
      status: "fail",
      observed: null,
      message: `no slice of the evaluation has ${metric} for both models: declare slices (model.yaml slices, or --slices) with at least minSupport rows each`,
    };
  if (problems.length > 0)
    return {
      ...base,
      status: "fail",
      observed: worst?.drop ?? null,
      message:
        problems.slice(0, 10).join("; ") + (problems.length > 10 ? `; and ${problems.length - 10} more` : ""),
    };
  return {
    ...base,
    status: "pass",
    observed: worst!.drop,
    message: `no slice drops more than ${fmt(max)} in ${metric} against the champion (worst ${fmt(worst!.drop)} on ${worst!.label}, ${compared} slices compared)`,
  };
}

const FAIRNESS_LIMITS = ["demographicParityDifference", "equalOpportunityDifference"] as const;

function fairnessChecks(
  limits: NonNullable<EnvironmentPolicy["fairness"]>,
  report: PolicyEvaluation,
): PolicyCheck[] {
  const set = FAIRNESS_LIMITS.filter((k) => limits[k] !== undefined);
  if (set.length === 0) return [];
  if (report.fairness.length === 0)
    return [
      {
        id: "fairness",
        status: "fail",
        observed: null,
        expected: set.map((k) => `${k} <= ${fmt(limits[k]!)}`).join(", "),
        message:
          "the evaluation measured no fairness: declare protectedAttributes in model.yaml (or --protected) so the limits can be checked",
      },
    ];
  const out: PolicyCheck[] = [];
  for (const row of report.fairness) {
    for (const key of set) {
      const limit = limits[key]!;
      const v = numberOf(row as unknown as MetricValues, key);
      const expected = `${key} <= ${fmt(limit)}`;
      if (typeof v === "string") {
        out.push({
          id: "fairness",
          status: "fail",
          observed: null,
          expected,
          message: `${row.attribute}: ${key} is ${v} (a group without positives, or without rows), so the limit ${fmt(limit)} cannot be verified`,
        });
        continue;
      }
      const ok = v <= limit + POLICY_TOLERANCE;
      out.push({
        id: "fairness",
        status: ok ? "pass" : "fail",
        observed: v,
        expected,
        message: `${row.attribute}: ${key} ${fmt(v)} ${ok ? "<=" : ">"} ${fmt(limit)}`,
      });
    }
  }
  return out;
}

function latencyCheck(
  max: number,
  report: PolicyEvaluation,
  challenger: PolicyModel | null,
  champion: Champion | null,
): PolicyCheck {
  const base = { id: "latency", expected: `p95 batch latency <= ${fmt(max)} × the champion's` };
  if (champion === null)
    return {
      ...base,
      status: "skip",
      observed: null,
      message: "no champion to compare latency with",
    };
  const missing = notInReport(report, champion, "latency");
  if (missing) return { ...base, status: "fail", observed: null, message: missing };
  const p95 = (m: PolicyModel | null) => {
    const v = m?.latency?.batch?.p95Ms;
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  const now = p95(challenger);
  const before = p95(championEntry(report, champion.sha256));
  if (now === null || before === null)
    return {
      ...base,
      status: "fail",
      observed: null,
      message: `the evaluation lacks the p95 batch latency of the ${now === null ? "challenger" : "champion"}`,
    };
  // a champion measured at 0 ms: any latency of the challenger is an infinite ratio
  const ratio = before > 0 ? now / before : now > 0 ? Number.POSITIVE_INFINITY : 1;
  const ok = ratio <= max + POLICY_TOLERANCE;
  return {
    ...base,
    status: ok ? "pass" : "fail",
    observed: Number.isFinite(ratio) ? ratio : null,
    message: `p95 batch latency ${fmt(now)} ms vs the champion's ${fmt(before)} ms: ratio ${fmt(ratio)} ${ok ? "<=" : ">"} ${fmt(max)}`,
  };
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? "+∞" : "−∞";
  return String(Number(n.toPrecision(6)));
}

/** How an environment's gate verifies the evidence it decides on (`policy.evidence.verify`). */
export type EvidenceVerifyMode = NonNullable<NonNullable<EnvironmentPolicy["evidence"]>["verify"]>;

/** A way evidence is verified: its figures re-derived, or the run that made it proven. */
export type VerificationMethod = "recompute" | "provenance";

export const EVIDENCE_VERIFY_MODES: readonly EvidenceVerifyMode[] = [
  "recompute",
  "provenance",
  "either",
  "none",
];

/**
 * The mode of an environment whose policy does not say: recompute. The gate then re-derives
 * every figure it decides on, and no environment is left taking typed numbers on trust
 * unless its policy says `none` in so many words (docs/security.md, "Evidence verification").
 */
export const DEFAULT_EVIDENCE_VERIFY: EvidenceVerifyMode = "recompute";

/** The verification mode of an environment's policy (the default when it sets none). */
export function evidenceVerifyMode(policy: EnvironmentPolicy | null | undefined): EvidenceVerifyMode {
  return policy?.evidence?.verify ?? DEFAULT_EVIDENCE_VERIFY;
}

/** The methods a mode accepts, in the order they are tried (none: no method, nothing is verified). */
export function verificationMethods(mode: EvidenceVerifyMode): VerificationMethod[] {
  if (mode === "none") return [];
  if (mode === "either") return ["recompute", "provenance"];
  return [mode];
}

/** Whether a policy decides anything on evaluation evidence (any rule read from a report). */
export function decidesOnEvaluation(policy: EnvironmentPolicy | null | undefined): boolean {
  if (!policy) return false;
  return (
    policy.requireEvaluation === true ||
    Object.keys(policy.metrics ?? {}).length > 0 ||
    policy.maxSliceDrop !== undefined ||
    policy.fairness !== undefined ||
    policy.maxLatencyRatio !== undefined
  );
}

/**
 * Schema problems of a policy value (`$defs/policy` of schemas/registry.schema.json), with
 * instance paths relative to the policy. The policy is validated inside a minimal registry
 * document so that core's one compiled registry schema is the only validator.
 */
export function policyErrors(value: unknown): SchemaError[] {
  const prefix = "/environments/0/policy";
  return validateValue("registry", { name: "policy", environments: [{ name: "policy", policy: value }] })
    .filter((e) => e.instancePath.startsWith(prefix))
    .map((e) => ({ ...e, instancePath: e.instancePath.slice(prefix.length) }));
}

/** A policy value validated against the schema; a UserError naming `where` and each bad field. */
export function parsePolicy(value: unknown, where: string): EnvironmentPolicy {
  const errors = policyErrors(value);
  if (errors.length > 0)
    throw new UserError(
      `${where} is not a valid policy:\n${errors.map((e) => `  ${policyErrorText(e, value)}`).join("\n")}`,
    );
  return value as EnvironmentPolicy;
}

/** One schema problem of a policy as `field: message`, with the value found when `policy` is given. */
export function policyErrorText(e: SchemaError, policy?: unknown): string {
  const segments = policyErrorPath(e);
  const field = segments.length === 0 ? "(the policy)" : segments.join(".");
  let extra = "";
  if (e.keyword === "additionalProperties" && typeof e.params.additionalProperty === "string")
    extra = `: ${e.params.additionalProperty}`;
  else if (policy !== undefined && e.keyword !== "required") {
    let v: unknown = policy;
    for (const seg of segments)
      v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[seg] : undefined;
    if (v !== undefined && typeof v !== "object") extra = `, found ${JSON.stringify(v)}`;
  }
  return `${field}: ${e.message}${extra}`;
}

/** The path segments (into the policy) of a policy schema problem. */
export function policyErrorPath(e: SchemaError): string[] {
  if (e.instancePath === "") return [];
  return e.instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}
