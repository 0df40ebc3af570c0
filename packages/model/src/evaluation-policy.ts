import {
  decidePolicy,
  type EnvironmentPolicy,
  type PolicyCheckStatus,
  type PolicyEvaluation,
  reportChampion,
} from "@modelgate/core";

/** The evaluation's policy: an environment policy of modelgate.yaml (core's generated type). */
export type EvaluationPolicy = EnvironmentPolicy;

/** One check of an evaluation report (schemas/evaluation.schema.json `$defs/check`). */
export interface Check {
  name: string;
  passed: boolean;
  /** policy checks: pass, fail, or skip (a rule that cannot apply, e.g. no champion) */
  status?: PolicyCheckStatus;
  observed: number | string | boolean | null;
  expected: number | string | boolean | null;
  message: string;
}

/** The direction-aware metric a slice is judged on, by task. */
export function sliceMetricOf(task: string): string {
  return task === "binary-classification" ? "roc_auc" : task === "regression" ? "r2" : "accuracy";
}

/**
 * The policy's checks of an evaluation: core's decidePolicy against the champion the report
 * evaluated (none without `--champion` or a live version), as report checks.
 */
export function evaluatePolicy(report: PolicyEvaluation, policy: EvaluationPolicy): Check[] {
  return decidePolicy(policy, report, reportChampion(report)).map((c) => ({
    name: c.id,
    passed: c.status !== "fail",
    status: c.status,
    observed: c.observed,
    expected: c.expected,
    message: c.message,
  }));
}
