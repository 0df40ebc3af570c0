import { seededRandom } from "@modelgate/core";
// Known answers. Where a value is not hand-computed it was computed once with scikit-learn 1.2.1
// (sklearn.metrics: roc_auc_score, average_precision_score, log_loss, brier_score_loss,
// precision/recall/f1_score, mean_absolute_error, mean_squared_error, r2_score) and written here.
import { describe, expect, it } from "vitest";
import {
  averagePrecision,
  binaryConfusion,
  binaryLogLoss,
  binaryMetrics,
  bootstrapIntervals,
  multiclassMetrics,
  quantile,
  rankMetricsByGroup,
  regressionMetrics,
  rocAuc,
  sortScores,
} from "../src/metrics.js";

const y = [1, 0, 1, 1, 0, 0, 1, 0];
const p = [0.9, 0.4, 0.6, 0.3, 0.5, 0.2, 0.5, 0.7];

describe("binary metrics", () => {
  it("confusion at the threshold counts score >= threshold as positive (hand-computed)", () => {
    // predicted positive: 0.9 0.6 0.5 0.5 0.7 -> tp rows 1,3,7; fp rows 5,8; fn row 4; tn rows 2,6
    expect(binaryConfusion(y, p, 0.5)).toEqual({ tn: 2, fp: 2, fn: 1, tp: 3 });
    const m = binaryMetrics(y, p, 0.5);
    expect(m.accuracy).toBeCloseTo(5 / 8, 12);
    expect(m.precision).toBeCloseTo(3 / 5, 12);
    expect(m.recall).toBeCloseTo(3 / 4, 12);
    expect(m.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35, 12);
    // sklearn
    expect(m.roc_auc).toBeCloseTo(0.65625, 12);
    expect(m.average_precision).toBeCloseTo(0.7095238095238094, 12);
    expect(m.log_loss).toBeCloseTo(0.6430494105344725, 12);
    expect(m.brier).toBeCloseTo(0.23125, 12);
  });

  it("ROC AUC and average precision with heavy ties (sklearn)", () => {
    const y2 = [0, 0, 1, 1, 0, 1, 0, 1, 1, 0];
    const p2 = [0.2, 0.2, 0.2, 0.8, 0.8, 0.8, 0.5, 0.5, 0.2, 0.5];
    expect(rocAuc(y2, p2)).toBeCloseTo(0.56, 12);
    expect(averagePrecision(y2, p2)).toBeCloseTo(0.5666666666666667, 12);
  });

  it("a constant score has ROC AUC exactly 1/2 and AP equal to the prevalence", () => {
    expect(rocAuc([0, 1, 1, 0, 1], [0.3, 0.3, 0.3, 0.3, 0.3])).toBe(0.5);
    expect(averagePrecision([0, 1, 1, 0, 1], [0.3, 0.3, 0.3, 0.3, 0.3])).toBeCloseTo(0.6, 12);
  });

  it("perfect and inverted rankings", () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(rocAuc([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1])).toBe(0);
  });

  it("ROC AUC is undefined with a single class", () => {
    expect(rocAuc([1, 1, 1], [0.2, 0.5, 0.9])).toBeNull();
    expect(rocAuc([0, 0], [0.2, 0.5])).toBeNull();
    expect(averagePrecision([0, 0], [0.2, 0.5])).toBeNull();
  });

  it("log loss clips probabilities to [1e-15, 1 - 1e-15] (hand-computed)", () => {
    // y=1 with p=0 costs -ln(1e-15) = 34.538776394910684; y=0 with p=0 costs -ln(1) = 0
    expect(binaryLogLoss([1, 0], [0, 0])).toBeCloseTo(34.538776394910684 / 2, 9);
    // y=0 with p=1 costs -ln(1 - (1 - 1e-15)) ~ -ln(1.11e-15) in double precision
    expect(binaryLogLoss([0], [1])).toBeCloseTo(-Math.log(1 - (1 - 1e-15)), 9);
    expect(Number.isFinite(binaryLogLoss([0], [1]))).toBe(true);
  });

  it("precision is 0 when nothing is predicted positive", () => {
    const m = binaryMetrics([1, 0, 1], [0.1, 0.2, 0.3], 0.5);
    expect(m.precision).toBe(0);
    expect(m.recall).toBe(0);
    expect(m.f1).toBe(0);
  });
});

describe("multiclass metrics (sklearn)", () => {
  const yt = [0, 1, 2, 2, 1, 0, 2, 1];
  // argmax rows: 0 2 2 1 1 0 2 0
  const P = [
    [0.7, 0.2, 0.1],
    [0.2, 0.3, 0.5],
    [0.1, 0.1, 0.8],
    [0.2, 0.5, 0.3],
    [0.1, 0.6, 0.3],
    [0.5, 0.4, 0.1],
    [0.3, 0.3, 0.4],
    [0.6, 0.3, 0.1],
  ].flat();
  it("accuracy, macro and weighted precision/recall/F1, log loss, confusion", () => {
    const { metrics: m, confusion } = multiclassMetrics(yt, P, 3);
    expect(m.accuracy).toBeCloseTo(0.625, 12);
    expect(m.precision_macro).toBeCloseTo(0.611111111111111, 12);
    expect(m.recall_macro).toBeCloseTo(0.6666666666666666, 12);
    expect(m.f1_macro).toBeCloseTo(0.6222222222222222, 12);
    expect(m.precision_weighted).toBeCloseTo(0.6041666666666666, 12);
    expect(m.recall_weighted).toBeCloseTo(0.625, 12);
    expect(m.f1_weighted).toBeCloseTo(0.6, 12);
    expect(m.log_loss).toBeCloseTo(0.7890000555538551, 12);
    expect(confusion).toEqual([
      [2, 0, 0],
      [1, 1, 1],
      [0, 1, 2],
    ]);
  });
});

describe("regression metrics", () => {
  it("MAE, RMSE, R² and MAPE (sklearn)", () => {
    const m = regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8]);
    expect(m.mae).toBeCloseTo(0.5, 12);
    expect(m.rmse).toBeCloseTo(0.6123724356957945, 12);
    expect(m.r2).toBeCloseTo(0.9486081370449679, 12);
    expect(m.mape).toBeCloseTo(0.3273809523809524, 12);
    expect(m.mape_excluded_rows).toBe(0);
  });

  it("MAPE leaves out zero targets and counts them (hand-computed)", () => {
    const m = regressionMetrics([0, 2, 4], [1, 2, 5]);
    expect(m.mape).toBeCloseTo((0 / 2 + 1 / 4) / 2, 12);
    expect(m.mape_excluded_rows).toBe(1);
    expect(m.r2).toBeCloseTo(0.75, 12);
    expect(regressionMetrics([0, 0], [1, 0]).mape).toBeNull();
  });

  it("R² with constant targets: 1 for a perfect fit, 0 otherwise (as sklearn's force_finite)", () => {
    expect(regressionMetrics([5, 5, 5], [5, 5, 5]).r2).toBe(1);
    expect(regressionMetrics([5, 5, 5], [5, 6, 5]).r2).toBe(0);
  });
});

describe("bootstrap", () => {
  it("is reproducible with a seed and brackets the point estimate", () => {
    const n = 400;
    const ys = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const ps = Array.from({ length: n }, (_, i) => ((i * 7919) % 100) / 100 + (i % 3 === 0 ? 0.3 : 0));
    const compute = (rows: Uint32Array) =>
      binaryMetrics(
        Array.from(rows, (r) => ys[r] as number),
        Array.from(rows, (r) => ps[r] as number),
      );
    const a = bootstrapIntervals(n, compute, { resamples: 60, seed: 42 });
    const b = bootstrapIntervals(n, compute, { resamples: 60, seed: 42 });
    expect(a).toEqual(b);
    const point = binaryMetrics(ys, ps).roc_auc as number;
    expect(a.roc_auc?.low).toBeLessThan(point);
    expect(a.roc_auc?.high).toBeGreaterThan(point);
  });

  it("quantile interpolates linearly like numpy", () => {
    // numpy.quantile([1, 2, 3, 4], 0.25) = 1.75
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
  });
});

describe("grouped rank metrics", () => {
  it("agree with the pairwise-merge ROC AUC and AP computed separately per group", () => {
    // an independent check: rocAuc/averagePrecision split and sort each group on its own
    const rand = seededRandom(5);
    const n = 3000;
    const y = Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
    // float32 scores with many ties (two decimals), and a float64 copy that takes the other sort path
    const p32 = y.map((v) => Math.fround(Math.round((rand() * 0.7 + v * 0.3) * 100) / 100));
    const p64 = p32.map((v) => v + 1e-12);
    const groupOf = Uint32Array.from({ length: n }, (_, i) => (i * 7) % 5); // group 4 is ignored (k = 4)
    for (const p of [p32, p64]) {
      const r = rankMetricsByGroup(sortScores(y, p), groupOf, 4);
      for (let g = 0; g < 4; g++) {
        const rows = [...groupOf.keys()].filter((i) => groupOf[i] === g);
        const yg = rows.map((i) => y[i] as number);
        const pg = rows.map((i) => p[i] as number);
        expect(r.rocAuc[g]).toBeCloseTo(rocAuc(yg, pg) as number, 12);
        expect(r.averagePrecision[g]).toBeCloseTo(averagePrecision(yg, pg) as number, 12);
      }
    }
  });
});
