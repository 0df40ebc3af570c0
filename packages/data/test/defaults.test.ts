// infer-schema's defaults and the small-sample rule, pinned at a few sizes (the whole study:
// scripts/false-alarm-study.ts, its table in docs/data.md "Defaults that do not cry wolf").
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  chiSquareIsf,
  chiSquareSf,
  DEFAULT_DRIFT_THRESHOLDS,
  INFER_DEFAULTS,
  inferSchema,
  MIN_DRIFT_VALUES,
  parseDatasetSchema,
  profileDataset,
  sampleThresholds,
  validateData,
  withinTolerance,
} from "../src/index.js";

const root = join(import.meta.dirname, "../../..");
const data = (f: string) => join(root, "examples/data", f);
const context = { commit: null, ref: null, runUrl: null, ci: false };

describe("the χ² quantiles the thresholds use", () => {
  it("match the printed tables (upper 0.1% points) and the normal quantiles", () => {
    // χ²(df) upper 0.001 points, e.g. NIST/SEMATECH e-Handbook table 1.3.6.7.4
    const table: [number, number][] = [
      [1, 10.828],
      [2, 13.816],
      [5, 20.515],
      [9, 27.877],
      [10, 29.588],
      [30, 59.703],
      [100, 149.449],
    ];
    for (const [df, x] of table) expect(chiSquareIsf(0.001, df)).toBeCloseTo(x, 3);
    // z for two-sided 5% is 1.959964; for two-sided 1e-4, 3.890592; for 1e-5, 4.417173 (Z² ~ χ²(1))
    expect(Math.sqrt(chiSquareIsf(0.05, 1))).toBeCloseTo(1.959964, 6);
    expect(Math.sqrt(chiSquareIsf(1e-4, 1))).toBeCloseTo(3.890592, 6);
    expect(Math.sqrt(chiSquareIsf(1e-5, 1))).toBeCloseTo(4.417173, 6);
    // P(χ²(2) > x) = exp(−x/2) exactly
    expect(chiSquareSf(6, 2)).toBeCloseTo(Math.exp(-3), 12);
  });
});

describe("drift thresholds judge a sample by its size", () => {
  const t = DEFAULT_DRIFT_THRESHOLDS;
  it("below 200 values on either side drift is reported, not gated", () => {
    expect(MIN_DRIFT_VALUES).toBe(200);
    expect(sampleThresholds(t, 89, 15000, 10)).toMatchObject({ gated: false, thresholds: t });
    expect(sampleThresholds(t, 100_000, 150, 10).gated).toBe(false);
  });

  it("from 200 values each threshold is the schema's or the 1-in-1000 noise of clean data, whichever is larger", () => {
    // n_eff = 1/(1/200 + 1/15000) = 197.368; 10 decile bins: PSI noise 27.877/197.368 = 0.1412 < 0.2,
    // JSD 0.1412/(8 ln 2) = 0.0255 < 0.1; L∞ (Bonferroni over 10 bins): 3.890592·√(0.25/197.368) = 0.13847
    expect(sampleThresholds(t, 200, 15000, 10)).toMatchObject({
      gated: true,
      thresholds: { psi: 0.2, jsd: 0.1, linf: 0.1385 },
    });
    // 101 categories (df 100): PSI 149.449/197.368 = 0.75721, JSD 0.75721/(8 ln 2 = 5.54518) = 0.13655
    const many = sampleThresholds(t, 200, 15000, 101);
    expect(many.thresholds).toMatchObject({ psi: 0.7573, jsd: 0.1366 });
    expect(many.note).toContain("PSI 0.2 → 0.7573");
    // at 5,000 values the schema's thresholds hold: PSI noise 27.877/3750 = 0.0074
    expect(sampleThresholds(t, 5000, 15000, 10)).toEqual({ gated: true, thresholds: t });
  });

  it("values outside a domain: up to ceil(tolerance × rows) are reported as info, more are an error", () => {
    expect(INFER_DEFAULTS).toEqual({ rangeMargin: 0.1, tolerance: 0.002 });
    expect([withinTolerance(1, 50, 0.002), withinTolerance(2, 50, 0.002)]).toEqual([true, false]);
    expect([withinTolerance(10, 5000, 0.002), withinTolerance(11, 5000, 0.002)]).toEqual([true, false]);
    expect([withinTolerance(2, 501, 0.002), withinTolerance(2, 500, 0.002)]).toEqual([true, false]);
    expect(withinTolerance(1, 100_000, undefined)).toBe(false); // a schema without a tolerance: strict
  });
});

describe("a schema inferred from train.csv with the defaults", () => {
  it("passes clean serving samples of 89 and 5,000 rows and catches the shipped drift", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-defaults-"));
    const profile = await profileDataset(data("train.csv"), { subject: "loans", inputs: [], context });
    const reference = join(dir, "train-profile.json");
    writeFileSync(reference, JSON.stringify(profile));
    const { yaml } = inferSchema(profile, { dataset: "loans", label: "default" });
    expect(yaml).toContain("  - name: income    # observed 4524.43..305639.73, widened by 10%\n");
    expect(yaml).toContain("    domain: { min: 0, max: 335751, tolerance: 0.002 }\n");
    const schema = parseDatasetSchema(yaml, "schema.yaml");
    const validate = (file: string) =>
      validateData({ schema, data: file, reference, environment: "serving", context });

    // the case: a clean 89-row serving split once failed with 6 range errors and PSI 0.38
    const lines = readFileSync(data("serving.csv"), "utf8").split("\n");
    writeFileSync(join(dir, "s89.csv"), `${lines.slice(0, 90).join("\n")}\n`);
    const small = await validate(join(dir, "s89.csv"));
    expect(small.anomalies).toEqual([]);
    expect(small.features.find((f) => f.name === "region")!.drift!.note).toContain("fewer than 200");

    // all of serving.csv: two incomes above the widened range, within the tolerance: reported only
    const clean = await validate(data("serving.csv"));
    expect(clean.anomalies.map((a) => [a.severity, a.code, a.column])).toEqual([
      ["info", "out-of-range", "income"],
    ]);
    expect([clean.verdict, clean.summary.errors, clean.summary.warnings]).toEqual(["pass", 0, 0]);

    // serving_drift.csv: credit scores 0/999, "crypto", the region mix (income ×1.25 has PSI 0.194, under 0.2)
    const drifted = await validate(data("serving_drift.csv"));
    expect(
      drifted.anomalies.filter((a) => a.severity === "error").map((a) => `${a.code} ${a.column}`),
    ).toEqual(["out-of-range credit_score", "unexpected-values purpose", "drift purpose", "drift region"]);
    expect(drifted.features.find((f) => f.name === "income")!.drift!.psi).toBeCloseTo(0.194, 3);
  }, 60_000);
});
