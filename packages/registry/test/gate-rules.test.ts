import { describe, expect, it } from "vitest";
import { checkMetricThreshold, fairnessChecks, latencyChecks, sliceChecks } from "../src/index.js";

// Expected outcomes are worked out by hand from MLflow's MetricThreshold definitions
// (gain = candidate - baseline when greater is better, baseline - candidate otherwise;
// relative gain = gain / |baseline|), as documented in docs/registry.md.
const statuses = (checks: { status: string }[]) => checks.map((c) => c.status);

describe("MetricThreshold semantics", () => {
  it("absolute threshold, both directions", () => {
    expect(
      statuses(checkMetricThreshold("roc_auc", { threshold: 0.7, greaterIsBetter: true }, 0.75, undefined)),
    ).toEqual(["pass"]);
    expect(
      statuses(checkMetricThreshold("roc_auc", { threshold: 0.7, greaterIsBetter: true }, 0.65, undefined)),
    ).toEqual(["fail"]);
    expect(
      statuses(checkMetricThreshold("log_loss", { threshold: 0.55, greaterIsBetter: false }, 0.5, undefined)),
    ).toEqual(["pass"]);
    expect(
      statuses(checkMetricThreshold("log_loss", { threshold: 0.55, greaterIsBetter: false }, 0.6, undefined)),
    ).toEqual(["fail"]);
  });

  it("minimum absolute change against the champion", () => {
    const t = { minAbsoluteChange: 0.01, greaterIsBetter: true };
    expect(statuses(checkMetricThreshold("roc_auc", t, 0.82, 0.8))).toEqual(["pass"]); // gain 0.02
    expect(statuses(checkMetricThreshold("roc_auc", t, 0.805, 0.8))).toEqual(["fail"]); // gain 0.005
    // "no worse than the champion": 0 change required, equal passes, lower fails
    const noWorse = { minAbsoluteChange: 0, greaterIsBetter: true };
    expect(statuses(checkMetricThreshold("roc_auc", noWorse, 0.8, 0.8))).toEqual(["pass"]);
    expect(statuses(checkMetricThreshold("roc_auc", noWorse, 0.799, 0.8))).toEqual(["fail"]);
  });

  it("minimum relative change, including zero and negative baselines", () => {
    const up = { minRelativeChange: 0.05, greaterIsBetter: true };
    expect(statuses(checkMetricThreshold("roc_auc", up, 0.84, 0.8))).toEqual(["pass"]); // 0.04/0.8 = 0.05
    expect(statuses(checkMetricThreshold("roc_auc", up, 0.83, 0.8))).toEqual(["fail"]); // 0.0375
    const down = { minRelativeChange: 0.05, greaterIsBetter: false };
    expect(statuses(checkMetricThreshold("log_loss", down, 0.38, 0.4))).toEqual(["pass"]); // 0.02/0.4 = 0.05
    expect(statuses(checkMetricThreshold("log_loss", down, 0.39, 0.4))).toEqual(["fail"]); // 0.025
    // baseline 0: any improvement is infinitely large, no change is 0
    expect(statuses(checkMetricThreshold("r2", up, 0.1, 0))).toEqual(["pass"]);
    expect(statuses(checkMetricThreshold("r2", up, 0, 0))).toEqual(["fail"]);
    expect(
      statuses(checkMetricThreshold("r2", { minRelativeChange: 0, greaterIsBetter: true }, 0, 0)),
    ).toEqual(["pass"]);
    // negative baseline: -0.5 -> -0.4 is a gain of 0.1 over |−0.5|, i.e. 0.2
    expect(
      statuses(checkMetricThreshold("r2", { minRelativeChange: 0.2, greaterIsBetter: true }, -0.4, -0.5)),
    ).toEqual(["pass"]);
    expect(
      statuses(checkMetricThreshold("r2", { minRelativeChange: 0.25, greaterIsBetter: true }, -0.4, -0.5)),
    ).toEqual(["fail"]);
  });

  it("skips the comparison without a champion and fails without a value", () => {
    const t = { threshold: 0.7, minAbsoluteChange: 0, greaterIsBetter: true };
    expect(statuses(checkMetricThreshold("roc_auc", t, 0.8, undefined))).toEqual(["pass", "skip"]);
    expect(statuses(checkMetricThreshold("roc_auc", t, undefined, 0.8))).toEqual(["fail"]);
  });
});

describe("slices and fairness", () => {
  const report = {
    sliceMetric: "roc_auc",
    slices: [
      {
        feature: "region",
        value: "north",
        evaluated: true,
        metrics: { roc_auc: 0.74 },
        champion: { roc_auc: 0.8 },
      },
      {
        feature: "region",
        value: "south",
        evaluated: true,
        metrics: { roc_auc: 0.79 },
        champion: { roc_auc: 0.8 },
      },
      { feature: "region", value: "tiny", evaluated: false, metrics: null, champion: null },
    ],
    fairness: [{ attribute: "gender", demographicParityDifference: 0.12, equalOpportunityDifference: 0.08 }],
  };

  it("blocks a slice that drops more than maxSliceDrop against the champion", () => {
    // north drops 0.06, south 0.01
    const strict = sliceChecks(report, 0.05);
    expect(strict.map((c) => [c.status, c.message])).toEqual([
      ["fail", "slice region=north: roc_auc 0.74 vs champion 0.8, a drop of 0.06 > 0.05"],
    ]);
    expect(statuses(sliceChecks(report, 0.07))).toEqual(["pass"]);
    expect(statuses(sliceChecks({ sliceMetric: "roc_auc", slices: [] }, 0.05))).toEqual(["skip"]);
  });

  it("checks each fairness gap against its limit", () => {
    const checks = fairnessChecks(report, {
      demographicParityDifference: 0.1,
      equalOpportunityDifference: 0.1,
    });
    expect(checks.map((c) => [c.status, c.message])).toEqual([
      ["fail", "gender: demographicParityDifference 0.12 > 0.1"],
      ["pass", "gender: equalOpportunityDifference 0.08 <= 0.1"],
    ]);
    expect(statuses(fairnessChecks({}, { demographicParityDifference: 0.1 }))).toEqual(["fail"]);
  });
});

describe("latency against the champion", () => {
  const SHA = "c".repeat(64);
  const report = (challengerMs: number | null, championMs: number | null | "absent") => ({
    models: [
      {
        role: "challenger",
        sha256: SHA,
        latency: challengerMs === null ? null : { batch: { p95Ms: challengerMs } },
      },
      ...(championMs === "absent"
        ? []
        : [
            {
              role: "champion",
              sha256: "d".repeat(64),
              latency: championMs === null ? null : { batch: { p95Ms: championMs } },
            },
          ]),
      { role: "baseline", sha256: null, latency: null },
    ],
  });
  const statuses = (r: Record<string, unknown>, limit: number) =>
    latencyChecks(r, limit, SHA).map((c) => c.status);

  it("passes at the limit and fails just above it (3 ms vs 2 ms is a ratio of 1.5)", () => {
    expect(statuses(report(3, 2), 1.5)).toEqual(["pass"]);
    expect(statuses(report(3.01, 2), 1.5)).toEqual(["fail"]);
    expect(latencyChecks(report(3, 2), 1.5, SHA)[0]?.message).toBe(
      "p95 batch latency 3 ms vs the champion's 2 ms: ratio 1.5 <= 1.5",
    );
  });

  it("skips without a champion, fails when a latency is missing or belongs to another artifact", () => {
    expect(statuses(report(3, "absent"), 1.5)).toEqual(["skip"]);
    expect(statuses(report(null, 2), 1.5)).toEqual(["fail"]);
    expect(statuses(report(3, null), 1.5)).toEqual(["fail"]);
    expect(latencyChecks(report(1, 2), 1.5, "e".repeat(64)).map((c) => c.status)).toEqual(["fail"]);
  });
});
