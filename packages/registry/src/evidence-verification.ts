import type { EvidenceVerifyMode, VerificationMethod } from "@modelgate/core";
import type { EvidenceRef, ModelVersion, RegistryConfig } from "./desired-state.js";
import type { RegistrySnapshot } from "./snapshot.js";

/**
 * Evidence verification: before the gate decides on the figures of an evaluation or
 * data-validation report, the environment's `policy.evidence.verify` says how they must be
 * verified (recompute, provenance, either, none). The registry does not know how to re-run
 * an evaluation (it does not depend on the model or data packages): the verifier is plugged
 * in (`GateOptions.verifier`; @modelgate/score's recompute verifier), and without one every
 * file that needs verifying is unverified, so the change is blocked (fail closed).
 */

/** One figure that disagrees: what the file says, what was re-derived. */
export interface FigureMismatch {
  /** where in the report, e.g. models[challenger].metrics.roc_auc */
  figure: string;
  claimed: unknown;
  recomputed: unknown;
}

/** What verifying one evidence file found. */
export interface EvidenceVerificationResult {
  /**
   * verified: re-derived (or its run proven) and in agreement; refused: the figures disagree
   * with their re-derivation (an edited file, or a different run); unverified: it could not
   * be checked here (the message says why and what makes it checkable)
   */
  status: "verified" | "refused" | "unverified";
  /** the method that verified it; null unless verified */
  method: VerificationMethod | null;
  message: string;
  /** every figure that disagrees (refused) */
  mismatches: FigureMismatch[];
  /**
   * the report as verified: its figures are the re-derived ones (measurements that cannot be
   * reproduced, such as latency, re-measured); null unless verified
   */
  doc: Record<string, unknown> | null;
  /** what it cost: wall seconds and data rows read; cached when an identical re-derivation was reused */
  cost: { seconds: number; rows: number; cached: boolean } | null;
}

/** A file the gate asks to verify, for a version entering an environment. */
export interface EvidenceVerifyRequest {
  /** the gated commit: every registry file the verifier reads comes from it */
  snapshot: RegistrySnapshot;
  config: RegistryConfig;
  /** the version the evidence is about */
  version: ModelVersion;
  ref: EvidenceRef;
  /** the parsed report; its envelope and bindings were verified already */
  doc: Record<string, unknown>;
  environment: string;
  /** the environment's mode; never none (nothing is asked then) */
  mode: EvidenceVerifyMode;
}

/** Verifies evidence files; plugged into the gate by the caller. */
export interface EvidenceVerifier {
  verify(request: EvidenceVerifyRequest): Promise<EvidenceVerificationResult>;
}

/** One evidence file in the registry-check report: how it was verified for one environment. */
export interface EvidenceVerificationRecord {
  uri: string;
  sha256: string;
  kind: string;
  /** model@version the evidence is about */
  subject: string;
  environment: string;
  mode: EvidenceVerifyMode;
  status: EvidenceVerificationResult["status"];
  method: VerificationMethod | null;
  message: string;
  mismatches: FigureMismatch[];
  seconds: number | null;
  rows: number | null;
  cached: boolean;
}

/** The result for a file an environment takes on trust (verify: none). */
export function trustedAsIs(): EvidenceVerificationResult {
  return {
    status: "unverified",
    method: null,
    message:
      "taken on trust (verify: none): its figures were not re-derived, and it earns no automated ML Test Score point",
    mismatches: [],
    doc: null,
    cost: null,
  };
}

/** The result when the gate was given no verifier: nothing can be verified, so it fails closed. */
export function noVerifier(mode: EvidenceVerifyMode): EvidenceVerificationResult {
  return {
    status: "unverified",
    method: null,
    message: `the environment's policy says verify: ${mode}, but the gate ran without an evidence verifier: run it through modelgate check, or pass the recompute verifier of @modelgate/score (GateOptions.verifier)`,
    mismatches: [],
    doc: null,
    cost: null,
  };
}
