import { describe, expect, it } from "vitest";
import { verifyEvidence } from "../src/verify-evidence.js";

const MODEL = "a".repeat(64);
const DATA = "b".repeat(64);
const OTHER = "c".repeat(64);
const NOW = new Date("2026-11-23T12:00:00Z");

function evaluation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "evaluation",
    schemaVersion: 1,
    tool: { name: "modelgate", version: "0.1.0" },
    subject: "credit-default@2.0.0",
    inputs: [
      { role: "model", uri: "file:artifacts/m.onnx", sha256: MODEL },
      { role: "data", uri: "file:data/test.csv", sha256: DATA },
    ],
    context: { commit: null, ref: null, runUrl: null, ci: true },
    createdAt: "2026-11-20T12:00:00Z",
    verdict: "pass",
    ...overrides,
  };
}

const expectation = {
  kind: "evaluation",
  subject: "credit-default@2.0.0",
  bindings: [
    { role: "model", sha256: MODEL },
    { role: "data", sha256: DATA },
  ],
  maxAgeDays: 30,
  now: NOW,
};

describe("verifyEvidence", () => {
  it("accepts evidence bound to the artifact and data, fresh, passing", () => {
    const result = verifyEvidence(evaluation(), expectation);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("refuses forged evidence: the model input is another artifact", () => {
    const forged = evaluation({
      inputs: [
        { role: "model", uri: "file:artifacts/m.onnx", sha256: OTHER },
        { role: "data", uri: "file:data/test.csv", sha256: DATA },
      ],
    });
    const result = verifyEvidence(forged, expectation);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(["evidence-digest-mismatch"]);
  });

  it("lists every problem at once: stale, failing, wrong subject, unbound; where it ran is no problem", () => {
    const bad = evaluation({
      subject: "credit-default@1.0.0",
      inputs: [{ role: "model", uri: "file:m.onnx", sha256: MODEL }],
      context: { commit: null, ref: null, runUrl: null, ci: false },
      createdAt: "2026-10-01T00:00:00Z",
      verdict: "fail",
    });
    const codes = verifyEvidence(bad, expectation).problems.map((p) => p.code);
    expect(codes.sort()).toEqual(
      ["evidence-stale", "evidence-unbound", "evidence-verdict", "evidence-wrong-subject"].sort(),
    );
  });

  it("treats exactly maxAgeDays as fresh and a second more as stale", () => {
    const edge = evaluation({ createdAt: "2026-10-24T12:00:00Z" }); // 30.0 days before NOW
    expect(verifyEvidence(edge, expectation).ok).toBe(true);
    const over = evaluation({ createdAt: "2026-10-24T11:59:59Z" });
    expect(verifyEvidence(over, expectation).problems.map((p) => p.code)).toEqual(["evidence-stale"]);
  });

  it("refuses malformed evidence with reasons instead of throwing", () => {
    for (const doc of [null, [], "x", { kind: "evaluation" }, evaluation({ inputs: [{ role: "model" }] })]) {
      const result = verifyEvidence(doc, expectation);
      expect(result.ok).toBe(false);
      expect(result.problems[0]?.code).toBe("evidence-malformed");
    }
  });

  it("accepts warn only when asked to", () => {
    const warn = evaluation({ verdict: "warn" });
    expect(verifyEvidence(warn, expectation).ok).toBe(false);
    expect(verifyEvidence(warn, { ...expectation, acceptVerdicts: ["pass", "warn"] }).ok).toBe(true);
  });
});
