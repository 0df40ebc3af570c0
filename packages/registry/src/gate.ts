import { UserError } from "@modelgate/core";
import type { GateApprovals } from "./approvals.js";
import type { FetchLike } from "./artifact.js";
import { paths, type RegistryConfig } from "./desired-state.js";
import type { EvidenceVerifier } from "./evidence-verification.js";
import { gatherGateInputs } from "./gate-inputs.js";
import { type ExtraCheck, GateRules, type RegistryCheckReport, schemaChecks } from "./gate-rules.js";
import type { Registry } from "./git.js";
import type { RegistrySnapshot } from "./snapshot.js";

export type {
  EvidenceVerificationRecord,
  EvidenceVerificationResult,
  EvidenceVerifier,
  EvidenceVerifyRequest,
  FigureMismatch,
} from "./evidence-verification.js";
export type {
  BlockingReason,
  CheckStatus,
  CompetingChange,
  ExtraCheck,
  ExtraCheckInput,
  GateCheck,
  GateTransition,
  GateTransitionKind,
  RegistryCheckReport,
} from "./gate-rules.js";
export { renderCheckMarkdown } from "./gate-rules.js";

export interface GateOptions {
  base: string;
  head: string;
  now?: Date;
  context?: import("@modelgate/core").EvidenceContext;
  extraChecks?: ExtraCheck[];
  /**
   * Verifies the evidence the gate decides on, as each environment's `evidence.verify` asks
   * (@modelgate/score's recompute verifier); without one, nothing can be verified and every
   * environment that asks for verification blocks (fail closed)
   */
  verifier?: EvidenceVerifier;
  fetch?: FetchLike;
  /**
   * the change's reviews: each environment's requiredApprovals is enforced on them. Without
   * them a required approval fails (fail closed); `{ source: "not-judged", reason }` records
   * them as skipped (a re-gate of a merged state, whose pull request's gate enforced them)
   */
  approvals?: GateApprovals;
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
  const rules = new GateRules(inputs, options.extraChecks ?? [], options.verifier ?? null);
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
