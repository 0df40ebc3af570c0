import type { EvidenceEnvelope, Verdict } from "./evidence.js";

/** Why a piece of evidence cannot be trusted for the purpose at hand. */
export interface EvidenceProblem {
  code:
    | "evidence-malformed"
    | "evidence-wrong-kind"
    | "evidence-wrong-subject"
    | "evidence-unbound"
    | "evidence-digest-mismatch"
    | "evidence-verdict"
    | "evidence-stale"
    | "evidence-future";
  message: string;
}

export interface EvidenceExpectation {
  /** the report kind required, e.g. "evaluation" */
  kind?: string;
  /** the subject required, e.g. "credit-default@2.0.0" */
  subject?: string;
  /** inputs that must be present with exactly this digest, e.g. {role: "model", sha256: artifact digest} */
  bindings?: Array<{ role: string; sha256: string }>;
  /** verdicts accepted; default ["pass"] */
  acceptVerdicts?: Verdict[];
  /** evidence older than this many days is stale */
  maxAgeDays?: number;
  /** the time to judge freshness against (pass it in: keeps the check pure and testable) */
  now?: Date;
  /** extra validation, e.g. the report's JSON Schema; returns messages */
  validate?: (doc: EvidenceEnvelope) => string[];
}

export interface EvidenceVerification {
  ok: boolean;
  problems: EvidenceProblem[];
  /** the parsed envelope when it is well-formed */
  envelope: EvidenceEnvelope | null;
}

const SHA256 = /^[0-9a-f]{64}$/;
const DAY_MS = 86_400_000;

/**
 * Checks that a piece of evidence proves what a gate needs: the right kind and subject,
 * bound to the exact inputs by digest, an accepted verdict, fresh. Where it was made
 * (`context.ci`) is not checked: anyone can set CI=true; what counts is verified evidence.
 * Every problem is listed, not just the first.
 */
export function verifyEvidence(doc: unknown, expect: EvidenceExpectation = {}): EvidenceVerification {
  const malformed = envelopeShapeProblems(doc);
  if (malformed.length > 0) {
    return {
      ok: false,
      envelope: null,
      problems: malformed.map((message) => ({ code: "evidence-malformed", message })),
    };
  }
  const env = doc as EvidenceEnvelope;
  const problems: EvidenceProblem[] = [];
  for (const message of expect.validate?.(env) ?? []) problems.push({ code: "evidence-malformed", message });
  if (expect.kind !== undefined && env.kind !== expect.kind) {
    problems.push({
      code: "evidence-wrong-kind",
      message: `evidence is of kind "${env.kind}", expected "${expect.kind}"`,
    });
  }
  if (expect.subject !== undefined && env.subject !== expect.subject) {
    problems.push({
      code: "evidence-wrong-subject",
      message: `evidence is about "${env.subject}", expected "${expect.subject}"`,
    });
  }
  for (const binding of expect.bindings ?? []) {
    const inputs = env.inputs.filter((i) => i.role === binding.role);
    if (inputs.length === 0) {
      problems.push({ code: "evidence-unbound", message: `evidence names no "${binding.role}" input` });
    } else if (!inputs.some((i) => i.sha256 === binding.sha256)) {
      problems.push({
        code: "evidence-digest-mismatch",
        message: `evidence "${binding.role}" input has sha256 ${inputs[0]?.sha256.slice(0, 12)}…, expected ${binding.sha256.slice(0, 12)}…`,
      });
    }
  }
  const accepted = expect.acceptVerdicts ?? ["pass"];
  if (!accepted.includes(env.verdict)) {
    problems.push({
      code: "evidence-verdict",
      message: `evidence verdict is "${env.verdict}", accepted: ${accepted.join(", ")}`,
    });
  }
  const created = Date.parse(env.createdAt);
  const now = (expect.now ?? new Date()).getTime();
  if (expect.maxAgeDays !== undefined) {
    const ageDays = (now - created) / DAY_MS;
    if (ageDays > expect.maxAgeDays) {
      problems.push({
        code: "evidence-stale",
        message: `evidence is ${ageDays.toFixed(1)} days old, the limit is ${expect.maxAgeDays} days`,
      });
    }
  }
  // A clock skew of a few minutes is normal between runners; a day is not.
  if (created - now > DAY_MS) {
    problems.push({ code: "evidence-future", message: `evidence is dated in the future (${env.createdAt})` });
  }
  return { ok: problems.length === 0, problems, envelope: env };
}

function envelopeShapeProblems(doc: unknown): string[] {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return ["evidence is not a JSON object"];
  const d = doc as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof d.kind !== "string" || d.kind === "") problems.push("evidence has no kind");
  if (d.schemaVersion !== 1) problems.push("evidence schemaVersion is not 1");
  if (typeof d.subject !== "string") problems.push("evidence has no subject");
  if (typeof d.createdAt !== "string" || Number.isNaN(Date.parse(d.createdAt))) {
    problems.push("evidence createdAt is not a date-time");
  }
  if (d.verdict !== "pass" && d.verdict !== "warn" && d.verdict !== "fail") {
    problems.push("evidence verdict is not pass, warn or fail");
  }
  const ctx = d.context as Record<string, unknown> | undefined;
  if (typeof ctx !== "object" || ctx === null || typeof ctx.ci !== "boolean") {
    problems.push("evidence context.ci is missing");
  }
  if (!Array.isArray(d.inputs)) {
    problems.push("evidence inputs is not a list");
  } else {
    d.inputs.forEach((input: unknown, i: number) => {
      const inp = input as Record<string, unknown> | null;
      if (
        typeof inp !== "object" ||
        inp === null ||
        typeof inp.role !== "string" ||
        typeof inp.uri !== "string" ||
        typeof inp.sha256 !== "string" ||
        !SHA256.test(inp.sha256)
      ) {
        problems.push(`evidence inputs[${i}] needs role, uri and a 64-hex sha256`);
      }
    });
  }
  return problems;
}
