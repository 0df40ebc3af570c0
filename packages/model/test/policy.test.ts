// MLflow MetricThreshold semantics (mlflow.models.evaluation.validation._validate), case by case,
// with exactly representable numbers so no case depends on rounding.
import { describe, expect, it } from "vitest";
import { checkThreshold, evaluatePolicy, type PolicySubject } from "../src/policy.js";

describe("checkThreshold", () => {
  it("threshold: >= when greater is better, <= otherwise, equality passes", () => {
    expect(checkThreshold("roc_auc", { threshold: 0.75 }, 0.75, null).passed).toBe(true);
    expect(checkThreshold("roc_auc", { threshold: 0.75 }, 0.7499, null).passed).toBe(false);
    expect(checkThreshold("log_loss", { threshold: 0.5 }, 0.5, null).passed).toBe(true);
    expect(checkThreshold("log_loss", { threshold: 0.5 }, 0.5001, null).passed).toBe(false);
    // the direction can be overridden
    expect(checkThreshold("custom", { threshold: 2, greaterIsBetter: false }, 1, null).passed).toBe(true);
  });

  it("minAbsoluteChange: candidate >= champion + change (or <= champion - change)", () => {
    expect(checkThreshold("accuracy", { minAbsoluteChange: 0.25 }, 0.75, 0.5).passed).toBe(true);
    expect(checkThreshold("accuracy", { minAbsoluteChange: 0.25 }, 0.74, 0.5).passed).toBe(false);
    expect(checkThreshold("log_loss", { minAbsoluteChange: 0.25 }, 0.25, 0.5).passed).toBe(true);
    expect(checkThreshold("log_loss", { minAbsoluteChange: 0.25 }, 0.26, 0.5).passed).toBe(false);
    // a change of 0 means "not worse"
    expect(checkThreshold("accuracy", { minAbsoluteChange: 0 }, 0.5, 0.5).passed).toBe(true);
    expect(checkThreshold("accuracy", { minAbsoluteChange: 0 }, 0.49, 0.5).passed).toBe(false);
  });

  it("minRelativeChange: improvement / |champion| >= change", () => {
    expect(checkThreshold("accuracy", { minRelativeChange: 0.25 }, 0.625, 0.5).passed).toBe(true);
    expect(checkThreshold("accuracy", { minRelativeChange: 0.25 }, 0.6, 0.5).passed).toBe(false);
    expect(checkThreshold("log_loss", { minRelativeChange: 0.25 }, 0.375, 0.5).passed).toBe(true);
    expect(checkThreshold("log_loss", { minRelativeChange: 0.25 }, 0.4, 0.5).passed).toBe(false);
  });

  it("a zero champion: the candidate must simply be better (as MLflow)", () => {
    expect(checkThreshold("r2", { minRelativeChange: 0.5 }, 0.125, 0).passed).toBe(true);
    expect(checkThreshold("r2", { minRelativeChange: 0.5 }, 0, 0).passed).toBe(false);
    expect(checkThreshold("mae", { minRelativeChange: 0.5 }, 0, 0).passed).toBe(false);
  });

  it("a negative champion: improvement is divided by |champion| (MLflow's signed division would invert it)", () => {
    // r2 from -0.5 to -0.25 is an improvement of 0.25, relative 0.5
    expect(checkThreshold("r2", { minRelativeChange: 0.5 }, -0.25, -0.5).passed).toBe(true);
    expect(checkThreshold("r2", { minRelativeChange: 0.5 }, -0.75, -0.5).passed).toBe(false);
  });

  it("no champion: change requirements do not apply, the threshold still does", () => {
    const r = checkThreshold(
      "roc_auc",
      { threshold: 0.5, minAbsoluteChange: 0.1, minRelativeChange: 0.1 },
      0.6,
      null,
    );
    expect(r.passed).toBe(true);
    expect(r.expected.join("; ")).toContain("no champion");
    expect(checkThreshold("roc_auc", { threshold: 0.7, minAbsoluteChange: 0.1 }, 0.6, undefined).passed).toBe(
      false,
    );
  });

  it("a metric the candidate lacks fails", () => {
    const r = checkThreshold("roc_auc", { threshold: 0.5 }, null, 0.7);
    expect(r.passed).toBe(false);
    expect(r.failures[0]).toContain("not defined");
  });

  it("every failing clause is named", () => {
    const r = checkThreshold(
      "accuracy",
      { threshold: 0.9, minAbsoluteChange: 0.125, minRelativeChange: 0.5 },
      0.625,
      0.5,
    );
    expect(r.failures).toHaveLength(2); // threshold and relative fail, absolute passes
    expect(r.failures.join(" ")).toMatch(/not >= 0.9/);
    expect(r.failures.join(" ")).toMatch(/relative improvement 0.25 < 0.5/);
  });
});

const subject: PolicySubject = {
  models: [
    { role: "challenger", metrics: { roc_auc: 0.8, log_loss: 0.4 }, latency: { batch: { p95Ms: 3 } } },
    { role: "champion", metrics: { roc_auc: 0.75, log_loss: 0.45 }, latency: { batch: { p95Ms: 1 } } },
  ],
  sliceMetric: "roc_auc",
  slices: [
    {
      feature: "region",
      value: "north",
      support: 100,
      metrics: { roc_auc: 0.7 },
      champion: { roc_auc: 0.8 },
    },
    {
      feature: "region",
      value: "south",
      support: 100,
      metrics: { roc_auc: 0.85 },
      champion: { roc_auc: 0.8 },
    },
    { feature: "region", value: "tiny", support: 3, metrics: null, champion: null },
  ],
  fairness: [
    {
      attribute: "gender",
      groups: [],
      demographicParityDifference: 0.125,
      demographicParityRatio: 0.5,
      equalOpportunityDifference: 0.0625,
      equalizedOddsDifference: 0.125,
    },
  ],
};

describe("evaluatePolicy", () => {
  it("applies metric thresholds, slice drop, fairness and latency limits", () => {
    const checks = evaluatePolicy(subject, {
      metrics: { roc_auc: { threshold: 0.7, minAbsoluteChange: 0.05 }, log_loss: { threshold: 0.5 } },
      maxSliceDrop: 0.05,
      fairness: {
        demographicParityDifference: 0.1,
        equalOpportunityDifference: 0.1,
        demographicParityRatio: 0.8,
      },
      maxLatencyRatio: 2,
    });
    const byName = Object.fromEntries(checks.map((c) => [c.name, c]));
    expect(byName["metric:roc_auc"]?.passed).toBe(true);
    expect(byName["metric:log_loss"]?.passed).toBe(true);
    expect(byName["max-slice-drop"]?.passed).toBe(false);
    expect(byName["max-slice-drop"]?.observed).toBeCloseTo(0.1, 12);
    expect(byName["max-slice-drop"]?.message).toContain("region=north");
    expect(byName["fairness:gender:demographicParityDifference"]?.passed).toBe(false);
    expect(byName["fairness:gender:equalOpportunityDifference"]?.passed).toBe(true);
    expect(byName["fairness:gender:demographicParityRatio"]?.passed).toBe(false);
    expect(byName.latency?.passed).toBe(false);
    expect(byName.latency?.observed).toBe(3);
  });

  it("passes the slice limit when the largest drop is within it", () => {
    const [check] = evaluatePolicy(subject, { maxSliceDrop: 0.15 });
    expect(check?.passed).toBe(true);
  });
});
