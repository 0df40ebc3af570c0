// decidePolicy against hand-computed cases. Numbers are exactly representable (halves,
// quarters, eighths) so no case depends on rounding; the expected verdicts follow the table in
// docs/registry.md ("Policy verdicts").
import { describe, expect, it } from "vitest";
import {
  type Champion,
  championOf,
  decidePolicy,
  decidesOnEvaluation,
  type EnvironmentPolicy,
  evidenceVerifyMode,
  type PolicyEvaluation,
  type PolicyModel,
  parsePolicy,
  policyErrors,
  reportChampion,
  verificationMethods,
} from "../src/index.js";

const SHA_A = "a".repeat(64);
const SHA_B = "b".repeat(64);

function report(
  challenger: Record<string, number | null>,
  champion?: Record<string, number | null>,
  extra: Partial<PolicyEvaluation> = {},
): PolicyEvaluation {
  const models: PolicyModel[] = [{ role: "challenger", sha256: SHA_A, metrics: challenger }];
  if (champion) models.push({ role: "champion", uri: "champ.onnx", sha256: SHA_B, metrics: champion });
  return { models, sliceMetric: "roc_auc", slices: [], fairness: [], ...extra };
}

const statuses = (policy: EnvironmentPolicy, r: PolicyEvaluation, c: Champion | null = reportChampion(r)) =>
  decidePolicy(policy, r, c).map((x) => `${x.id} ${x.status}`);

const gib = (t: Record<string, number>) => ({ metrics: { m: { ...t, greaterIsBetter: true } } });
const lib = (t: Record<string, number>) => ({ metrics: { m: { ...t, greaterIsBetter: false } } });

describe("metric thresholds", () => {
  it("threshold: >= when greater is better, <= otherwise; equal values pass", () => {
    expect(statuses(gib({ threshold: 0.75 }), report({ m: 0.75 }))).toEqual(["metric:m pass"]);
    expect(statuses(gib({ threshold: 0.75 }), report({ m: 0.5 }))).toEqual(["metric:m fail"]);
    expect(statuses(lib({ threshold: 0.5 }), report({ m: 0.5 }))).toEqual(["metric:m pass"]);
    expect(statuses(lib({ threshold: 0.5 }), report({ m: 0.625 }))).toEqual(["metric:m fail"]);
  });

  it("minAbsoluteChange: gain >= change; 0 means no worse", () => {
    expect(statuses(gib({ minAbsoluteChange: 0.25 }), report({ m: 0.75 }, { m: 0.5 }))).toEqual([
      "metric:m pass",
    ]);
    expect(statuses(gib({ minAbsoluteChange: 0.25 }), report({ m: 0.625 }, { m: 0.5 }))).toEqual([
      "metric:m fail",
    ]);
    expect(statuses(lib({ minAbsoluteChange: 0.25 }), report({ m: 0.25 }, { m: 0.5 }))).toEqual([
      "metric:m pass",
    ]);
    expect(statuses(gib({ minAbsoluteChange: 0 }), report({ m: 0.5 }, { m: 0.5 }))).toEqual([
      "metric:m pass",
    ]);
    expect(statuses(gib({ minAbsoluteChange: 0.125 }), report({ m: 0.5 }, { m: 0.5 }))).toEqual([
      "metric:m fail",
    ]);
    // 0.81 − 0.8 is 0.010000000000000009 in binary: rounding never flips an exact requirement
    expect(statuses(gib({ minAbsoluteChange: 0.01 }), report({ m: 0.83 }, { m: 0.82 }))).toEqual([
      "metric:m pass",
    ]);
  });

  it("minRelativeChange: gain / |champion| >= change", () => {
    expect(statuses(gib({ minRelativeChange: 0.25 }), report({ m: 0.625 }, { m: 0.5 }))).toEqual([
      "metric:m pass",
    ]);
    expect(statuses(gib({ minRelativeChange: 0.25 }), report({ m: 0.5625 }, { m: 0.5 }))).toEqual([
      "metric:m fail",
    ]);
    expect(statuses(lib({ minRelativeChange: 0.25 }), report({ m: 0.375 }, { m: 0.5 }))).toEqual([
      "metric:m pass",
    ]);
    const checks = decidePolicy(gib({ minRelativeChange: 0 }), report({ m: 0.625 }, { m: 0.5 }), {
      name: "c",
      sha256: null,
      metrics: { m: 0.5 },
    });
    expect(checks[0]?.observed).toBe(0.25);
  });

  it("a zero champion: no change is 0, an improvement +∞, a regression −∞", () => {
    // relative change 0 and equal values: no worse, passes
    expect(statuses(gib({ minRelativeChange: 0 }), report({ m: 0 }, { m: 0 }))).toEqual(["metric:m pass"]);
    // relative change > 0 and equal values: 0 < 0.5 fails
    expect(statuses(gib({ minRelativeChange: 0.5 }), report({ m: 0 }, { m: 0 }))).toEqual(["metric:m fail"]);
    // any improvement over zero is an infinite relative improvement
    expect(statuses(gib({ minRelativeChange: 0.5 }), report({ m: 0.125 }, { m: 0 }))).toEqual([
      "metric:m pass",
    ]);
    expect(statuses(gib({ minRelativeChange: 0 }), report({ m: -0.125 }, { m: 0 }))).toEqual([
      "metric:m fail",
    ]);
    // lower is better (mae 0 is perfect): a worse challenger fails even at change 0
    expect(statuses(lib({ minRelativeChange: 0 }), report({ m: 0.25 }, { m: 0 }))).toEqual(["metric:m fail"]);
    const [check] = decidePolicy(gib({ minRelativeChange: 0.5 }), report({ m: 0.125 }, { m: 0 }), {
      name: "c",
      sha256: null,
      metrics: { m: 0 },
    });
    expect(check?.observed).toBeNull(); // +∞ is not JSON; the message says it
    expect(check?.message).toContain("+∞");
  });

  it("a negative champion: divided by |champion| (MLflow's signed division would invert it)", () => {
    // r2 from −0.5 to −0.25: gain 0.25, relative 0.5
    expect(statuses(gib({ minRelativeChange: 0.5 }), report({ m: -0.25 }, { m: -0.5 }))).toEqual([
      "metric:m pass",
    ]);
    expect(statuses(gib({ minRelativeChange: 0.625 }), report({ m: -0.25 }, { m: -0.5 }))).toEqual([
      "metric:m fail",
    ]);
    expect(statuses(gib({ minRelativeChange: 0 }), report({ m: -0.75 }, { m: -0.5 }))).toEqual([
      "metric:m fail",
    ]);
    expect(statuses(gib({ minRelativeChange: 0 }), report({ m: -0.5 }, { m: -0.5 }))).toEqual([
      "metric:m pass",
    ]);
  });

  it("no champion: the changes are skip, the threshold still decides", () => {
    const t = { threshold: 0.5, minAbsoluteChange: 0.125, minRelativeChange: 0.125 };
    expect(statuses(gib(t), report({ m: 0.75 }))).toEqual([
      "metric:m pass",
      "metric:m skip",
      "metric:m skip",
    ]);
    expect(statuses(gib(t), report({ m: 0.25 }))).toEqual([
      "metric:m fail",
      "metric:m skip",
      "metric:m skip",
    ]);
  });

  it("a missing, null or NaN challenger value fails once; a champion's fails each change", () => {
    const t = { threshold: 0.5, minAbsoluteChange: 0 };
    expect(statuses(gib(t), report({}, { m: 0.5 }))).toEqual(["metric:m fail"]);
    expect(statuses(gib(t), report({ m: null }, { m: 0.5 }))).toEqual(["metric:m fail"]);
    expect(statuses(gib(t), report({ m: Number.NaN }, { m: 0.5 }))).toEqual(["metric:m fail"]);
    const [missing] = decidePolicy(gib(t), report({ m: null }), null);
    expect(missing?.message).toContain("undefined on these rows (null)");
    // the champion is live but its value is unknown: the change cannot be verified
    expect(statuses(gib(t), report({ m: 0.75 }, { m: null }))).toEqual(["metric:m pass", "metric:m fail"]);
    expect(statuses(gib(t), report({ m: 0.75 }, {}))).toEqual(["metric:m pass", "metric:m fail"]);
    // a report without a challenger
    expect(statuses(gib(t), { models: [], slices: [], fairness: [] }, null)).toEqual(["metric:m fail"]);
  });
});

describe("slices, fairness, latency", () => {
  const slice = (value: string, now: number | null, before: number | null, evaluated = true) => ({
    feature: "region",
    value,
    evaluated,
    metrics: evaluated ? { roc_auc: now } : null,
    champion: evaluated ? { roc_auc: before } : null,
  });

  it("maxSliceDrop: every slice measured for both models, the worst drop at most the limit", () => {
    const r = report({}, {}, { slices: [slice("north", 0.625, 0.75), slice("south", 0.75, 0.75)] });
    expect(statuses({ maxSliceDrop: 0.125 }, r)).toEqual(["slices pass"]); // equal drop passes
    const [fail] = decidePolicy({ maxSliceDrop: 0.0625 }, r, reportChampion(r));
    expect(fail?.status).toBe("fail");
    expect(fail?.observed).toBe(0.125);
    expect(fail?.message).toContain("region=north");
    // an unevaluated slice (below minSupport) and a slice undefined for both are not compared
    const partial = report({}, {}, { slices: [slice("east", null, null, false), slice("west", null, null)] });
    expect(statuses({ maxSliceDrop: 0.125 }, partial)).toEqual(["slices fail"]);
    // defined for one model only: fails closed
    const oneSided = report({}, {}, { slices: [slice("north", null, 0.75), slice("south", 0.75, 0.75)] });
    expect(statuses({ maxSliceDrop: 0.125 }, oneSided)).toEqual(["slices fail"]);
    // no champion: skip; a champion the report did not run: fail
    expect(statuses({ maxSliceDrop: 0.125 }, report({}, undefined, { slices: r.slices }))).toEqual([
      "slices skip",
    ]);
    const other: Champion = { name: "m@1.0.0", sha256: "c".repeat(64), metrics: {} };
    expect(statuses({ maxSliceDrop: 0.125 }, r, other)).toEqual(["slices fail"]);
  });

  it("fairness: each limit on each attribute; a null value fails closed; nothing measured fails", () => {
    const fairness = [
      { attribute: "gender", demographicParityDifference: 0.125, equalOpportunityDifference: null },
      { attribute: "region", demographicParityDifference: 0.25, equalOpportunityDifference: 0.0625 },
    ];
    const r = report({}, undefined, { fairness });
    const checks = decidePolicy(
      { fairness: { demographicParityDifference: 0.125, equalOpportunityDifference: 0.125 } },
      r,
      null,
    );
    expect(checks.map((c) => `${c.status} ${c.message.split(" ")[0]}`)).toEqual([
      "pass gender:", // equal to the limit
      "fail gender:", // null: the limit is not verifiable
      "fail region:",
      "pass region:",
    ]);
    expect(checks[1]?.message).toContain("cannot be verified");
    expect(statuses({ fairness: { demographicParityDifference: 0.125 } }, report({}))).toEqual([
      "fairness fail",
    ]);
    expect(statuses({ fairness: {} }, report({}))).toEqual([]);
  });

  it("maxLatencyRatio: challenger p95 over the champion's in the same report", () => {
    const withLatency = (now: number | null, before: number | null): PolicyEvaluation => ({
      models: [
        { role: "challenger", sha256: SHA_A, metrics: {}, latency: { batch: { p95Ms: now } } },
        { role: "champion", sha256: SHA_B, metrics: {}, latency: { batch: { p95Ms: before } } },
      ],
      slices: [],
      fairness: [],
    });
    expect(statuses({ maxLatencyRatio: 1.5 }, withLatency(3, 2))).toEqual(["latency pass"]); // 1.5 = limit
    expect(statuses({ maxLatencyRatio: 1.25 }, withLatency(3, 2))).toEqual(["latency fail"]);
    expect(statuses({ maxLatencyRatio: 1.5 }, withLatency(null, 2))).toEqual(["latency fail"]);
    expect(statuses({ maxLatencyRatio: 1.5 }, withLatency(1, 0))).toEqual(["latency fail"]); // 1/0: +∞
    expect(statuses({ maxLatencyRatio: 1.5 }, withLatency(0, 0))).toEqual(["latency pass"]); // 0/0: 1
    expect(statuses({ maxLatencyRatio: 1.5 }, report({}), null)).toEqual(["latency skip"]);
  });
});

describe("the champion's baseline", () => {
  const r = report({ m: 0.75 }, { m: 0.5 });
  it("the report's entry when it ran the live artifact, else its own evidence, else its summary", () => {
    expect(championOf(r, null)).toBeNull();
    expect(championOf(r, { name: "x@1", sha256: SHA_B })?.metrics).toEqual({ m: 0.5 });
    const own = report({ m: 0.625 }); // its challenger is SHA_A
    expect(championOf(r, { name: "x@1", sha256: SHA_A, evaluation: own })?.metrics).toEqual({ m: 0.625 });
    // an evaluation of another artifact is no baseline of this one
    expect(championOf(r, { name: "x@1", sha256: "c".repeat(64), evaluation: own })?.metrics).toEqual({});
    expect(championOf(r, { name: "x@1", sha256: "c".repeat(64), summary: { m: 0.25 } })?.metrics).toEqual({
      m: 0.25,
    });
    expect(championOf(r, { name: "x@1", sha256: "c".repeat(64) })?.metrics).toEqual({});
  });
});

describe("parsePolicy", () => {
  it("accepts the schema's policy and refuses anything else with the field", () => {
    expect(
      parsePolicy({ metrics: { roc_auc: { threshold: 0.7, greaterIsBetter: true } } }, "p.yaml"),
    ).toEqual({
      metrics: { roc_auc: { threshold: 0.7, greaterIsBetter: true } },
    });
    expect(policyErrors({ metrics: { roc_auc: { threshold: 0.7 } } }).map((e) => e.instancePath)).toEqual([
      "/metrics/roc_auc",
    ]);
    expect(() => parsePolicy({ fairness: { demographicParityRatio: 0.8 } }, "p.yaml")).toThrow(
      /p\.yaml is not a valid policy:\n {2}fairness: must NOT have additional properties: demographicParityRatio/,
    );
    expect(() => parsePolicy({ maxSliceDrop: -1 }, "p.yaml")).toThrow(/maxSliceDrop: must be >= 0/);
    expect(() => parsePolicy([], "p.yaml")).toThrow(/\(the policy\): must be object/);
  });
});

describe("evidence.verify", () => {
  it("defaults to recompute; each mode names the methods it accepts, in order", () => {
    expect(evidenceVerifyMode(undefined)).toBe("recompute");
    expect(evidenceVerifyMode({})).toBe("recompute");
    expect(evidenceVerifyMode({ evidence: {} })).toBe("recompute");
    expect(evidenceVerifyMode({ evidence: { verify: "none" } })).toBe("none");
    expect(verificationMethods("recompute")).toEqual(["recompute"]);
    expect(verificationMethods("provenance")).toEqual(["provenance"]);
    expect(verificationMethods("either")).toEqual(["recompute", "provenance"]);
    expect(verificationMethods("none")).toEqual([]);
  });

  it("the schema takes the four modes and nothing else", () => {
    for (const verify of ["recompute", "provenance", "either", "none"])
      expect(policyErrors({ evidence: { verify } })).toEqual([]);
    expect(() => parsePolicy({ evidence: { verify: "trust" } }, "p.yaml")).toThrow(
      /evidence\.verify: must be equal to one of the allowed values, found "trust"/,
    );
    expect(() => parsePolicy({ evidence: { verify: "none", recompute: true } }, "p.yaml")).toThrow(
      /evidence: must NOT have additional properties: recompute/,
    );
  });

  it("a policy decides on evaluations when any rule reads one", () => {
    expect(decidesOnEvaluation({ requireDataValidation: true, minTestScore: 1 })).toBe(false);
    expect(decidesOnEvaluation({ maxLatencyRatio: 2 })).toBe(true);
    expect(decidesOnEvaluation({ requireEvaluation: true })).toBe(true);
  });
});
