import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateValue } from "@modelgate/core";
import { describe, expect, it } from "vitest";
import {
  inferSchema,
  ksAndWasserstein,
  mergeProfiles,
  parseDatasetSchema,
  profileDataset,
  readColumns,
  validateData,
} from "../src/index.js";

const root = join(import.meta.dirname, "../../..");
const data = (f: string) => join(root, "examples/data", f);
const schema = parseDatasetSchema(
  readFileSync(join(root, "examples/registry/datasets/loans/schema.yaml"), "utf8"),
  "schema.yaml",
);
const context = { commit: null, ref: null, runUrl: null, ci: false };
const dir = mkdtempSync(join(tmpdir(), "mg-data-"));

describe("validateData on the loans example", () => {
  it("finds the deliberate drift in serving_drift.csv", async () => {
    const r = await validateData({
      schema,
      data: data("serving_drift.csv"),
      reference: data("train.csv"),
      environment: "serving",
      context,
    });
    expect(r.kind).toBe("data-validation");
    expect(validateValue("data-validation", JSON.parse(JSON.stringify(r)))).toEqual([]);
    expect(r.verdict).toBe("fail");
    expect(r.comparison).toBe("skew");
    const by = (code: string, column: string) =>
      r.anomalies.find((a) => a.code === code && a.column === column);
    // the generator puts exactly these in: ~1% credit scores 0/999, ~3% "crypto", a shifted region mix, income ×1.25
    expect(by("out-of-range", "credit_score")?.observed).toMatchObject({ count: 48 });
    expect(by("unexpected-values", "purpose")?.observed).toMatchObject({ count: 176, examples: ["crypto"] });
    expect(by("drift", "region")).toBeDefined();
    expect(by("drift", "income")).toBeDefined();
    expect(r.anomalies.find((a) => a.code === "missing-column")).toBeUndefined(); // the label is notIn serving
    expect(r.summary.rows).toBe(5000);
    const income = r.features.find((f) => f.name === "income")!;
    expect(income.drift!.ks!.pvalue).toBeLessThan(1e-10);
  });
  it("passes serving.csv (same distribution) and flags the label's absence only in training", async () => {
    const r = await validateData({
      schema,
      data: data("serving.csv"),
      reference: data("train.csv"),
      environment: "serving",
      context,
    });
    expect(r.anomalies).toEqual([]);
    expect(r.verdict).toBe("pass");
    const t = await validateData({ schema, data: data("serving.csv"), environment: "training", context });
    expect(t.anomalies.map((a) => [a.code, a.column])).toEqual([["missing-column", "default"]]);
    expect(t.anomalies[0]!.schemaLine).toBeGreaterThan(1);
  });
});

describe("KS and Wasserstein through DuckDB", () => {
  it("match scipy on 400 vs 300 values", async () => {
    // numpy default_rng(7): x = round(normal(0,1,400),3), y = round(normal(0.3,1.2,300),3); scipy ks_2samp asymp
    // D 0.15916666666666668, p 0.00029872016422192755; wasserstein_distance / np.std(x) = 0.3056895942668503
    writeFileSync(
      join(dir, "x.csv"),
      `v\n${[0.001, 0.299, -0.274, -0.891, -0.455, -0.992, 0.06, 1.34, -0.492, -0.62, 0.49, 0.357, 0.105, -0.93, -0.029, 0.695, -1.344, -0.458, -1.901, -1.29, -1.842, -0.235, -1.267, 0.271, 0.157, -0.187, -2.517, -0.539, -0.049, 0.113, -1.53, -0.478, -0.979, -0.809, 1.061, -0.808, -0.033, 0.884, -0.584, -0.112, 0.11, 0.064, -1.225, 0.076, 1.359, -1.547, 0.859, 0.119, -0.641, 2.0, 0.762, -1.199, 0.075, 0.577, -0.189, 0.683, -0.067, 0.667, 1.439, -0.676, 0.203, -0.463, 0.127, -1.187, -0.579, -0.196, 0.899, 1.145, -1.324, -0.795, 0.647, -1.992, -0.463, -0.097, 1.257, 0.689, -0.327, -0.369, -0.25, 1.524, -0.428, -0.304, 0.353, -0.121, -0.197, -1.114, -0.012, -0.444, 1.166, 0.653, -0.024, 0.668, -0.34, 1.052, -0.005, 0.583, -1.291, 0.347, -1.688, -2.035, -0.304, -0.9, 0.164, 2.245, -0.832, -0.624, 0.205, 0.493, -0.176, -0.206, 0.702, 0.52, -1.034, -0.079, 0.035, -1.054, 0.26, -0.858, 0.972, 0.193, 0.089, -0.591, -0.119, -1.998, -1.131, 0.363, -2.129, 0.847, -1.746, 0.757, -0.845, 0.779, 0.131, -1.537, 1.249, 1.442, -0.066, -0.274, -0.16, -0.975, 1.099, -0.543, -0.051, -0.793, -0.626, -1.278, 1.257, -0.154, 0.966, 0.013, -0.694, -0.327, -0.56, 0.008, -0.375, -0.3, -1.379, -0.807, 1.654, -0.671, -1.054, 0.337, 1.407, -1.454, -0.209, -0.632, -1.761, 0.735, -0.023, 0.071, -0.752, 0.455, -0.539, -0.143, -1.108, -1.216, 1.336, -0.507, 0.292, -0.034, -0.441, -0.508, 0.63, -0.302, -0.151, 0.022, 1.177, 0.681, 0.383, -0.564, -1.382, 0.95, 0.966, -0.141, 0.542, 0.781, 0.831, 0.921, -0.456, 1.515, -1.247, 0.862, 0.494, 0.874, 1.879, 1.484, -1.145, -1.689, 0.817, -1.015, -0.012, 0.84, -1.644, -2.11, 0.259, 0.044, -0.246, 0.039, -0.861, -1.513, -0.167, -0.972, -1.643, 0.506, -0.061, 0.407, -0.989, -0.658, -0.999, -0.887, 0.195, -0.783, 0.356, 0.34, 2.025, -1.393, 0.888, -0.089, -0.014, -1.45, -0.46, 0.743, -0.082, 0.081, -0.291, 1.155, -0.021, -2.2, -0.692, -1.969, -3.251, -0.53, 1.334, 0.047, -1.173, -0.941, 1.131, 0.158, 0.048, -0.053, 0.038, 0.805, 0.553, 0.216, -1.043, 0.511, -0.684, 1.094, -1.271, -0.138, -0.007, -1.325, 1.722, 1.46, -0.464, 0.772, 0.379, -2.614, 0.25, -0.061, 0.083, -1.077, -0.269, -0.178, 1.188, 0.334, -0.006, 1.529, -0.555, -0.389, -1.817, 1.569, 0.964, 0.917, 0.669, 0.11, 0.215, -0.252, -0.204, 0.054, 1.512, 0.556, -0.058, -0.579, -0.635, 1.603, 0.507, 0.068, -0.346, -1.109, -0.067, 0.874, -0.393, -0.227, -0.221, 0.11, -1.593, -0.235, -0.854, 0.885, -0.771, 0.577, 1.524, -0.314, -0.602, 0.191, -0.002, -0.994, 0.461, 2.016, -0.258, -0.203, -1.045, 0.319, -1.247, -1.107, 1.28, -0.905, 1.081, 1.524, 0.259, 0.553, 1.952, -0.197, -0.593, -1.353, 0.042, 1.479, 0.96, -0.942, -0.855, -0.504, 0.292, -0.205, 0.214, 0.297, -0.299, -0.04, 0.207, -0.084, 0.504, 1.871, 0.592, 0.056, -1.686, 0.388, -1.947, -1.409, 0.855, 0.706, -0.15, -1.71, -0.371, -0.679, 0.637, 2.258, 0.217, -0.779, -1.171, -0.056, -0.177, -1.152, 0.116, -1.151, 1.112, 1.063, 1.085, -0.474, 0.515, -0.132, -0.389, -0.339, -1.3, -1.444, 0.794, -0.191, 0.216, 1.002, -1.733, -0.784].join("\n")}\n`,
    );
    writeFileSync(
      join(dir, "y.csv"),
      `v\n${[0.51, 0.771, -0.152, 1.535, 0.552, -1.156, -0.817, 1.267, 0.857, -1.979, 1.917, 1.018, 1.912, -0.16, -0.055, -1.052, 3.344, 0.089, 2.205, -0.477, 0.497, -1.706, -0.159, 1.481, -1.202, 1.587, 0.705, -0.953, -0.302, -0.251, 0.241, -0.343, -0.693, -0.066, -0.932, -1.247, 0.242, 1.359, -1.535, 0.304, -0.48, -0.873, 1.324, -0.322, 2.098, -0.636, 0.764, 0.027, -0.605, 1.005, 0.114, 1.024, 0.243, -1.003, 0.178, 0.362, 1.45, -0.788, 0.253, -1.766, 1.082, -0.998, -1.868, 0.229, 1.627, -1.529, -1.006, -0.592, -1.055, 0.755, -0.669, -0.566, 1.0, -0.607, 0.819, -0.866, -1.155, -1.903, 2.533, -0.084, 0.593, 0.263, 0.492, 0.36, 2.59, -0.947, -1.569, -0.914, -1.302, 1.196, 1.284, -0.854, -1.369, -0.126, 1.969, -3.083, 0.932, -0.991, 1.548, -0.994, -0.042, -1.508, -0.873, 1.963, 1.285, -0.182, -0.744, -1.973, -0.172, 0.263, 0.199, 0.187, -1.046, 0.22, 0.254, 1.849, 2.54, 0.136, -0.62, 0.222, -0.429, -0.591, 0.23, -0.952, 1.027, 0.175, 0.6, 0.08, -0.573, -0.838, 0.015, -0.359, 0.581, 0.295, -1.335, 0.381, -1.311, -0.44, -0.053, -2.19, 0.41, 0.481, 0.11, -0.209, -0.148, -0.872, -0.024, -0.363, 0.41, -1.145, 0.583, 0.472, 0.13, -0.227, 0.963, -1.698, 0.853, 0.592, 0.64, 0.76, -0.484, -0.011, 1.064, 0.817, 0.548, -1.517, 0.945, 1.703, 1.512, 0.581, -1.569, 1.431, 0.123, -2.739, 0.753, -1.491, -1.256, -0.462, 1.827, -0.145, 0.625, 2.398, 2.213, 0.176, 0.01, -1.213, -0.533, 0.81, 0.775, 0.432, 1.494, -0.627, 0.233, 1.177, 1.001, 1.585, 0.776, -0.071, 0.735, -0.903, -1.667, 0.997, 0.234, 0.67, -1.737, -0.138, -0.42, -0.737, -2.406, -0.102, 1.377, 0.757, -0.421, 0.282, 1.208, -3.013, 0.151, 0.952, 1.119, 2.341, 1.662, 0.675, 0.662, 1.244, -0.347, 0.252, 1.387, 2.649, 0.109, 0.242, 0.538, 1.912, 0.264, 2.063, -0.86, 0.077, 0.062, 1.244, 1.554, -1.511, -0.798, 0.704, -0.49, -1.527, 1.546, 0.893, 0.892, -0.271, 1.535, 0.012, 1.616, -0.794, -0.725, 0.546, -0.543, 1.111, 0.612, -0.808, 0.387, -0.122, 1.399, -0.459, -0.227, 1.753, 2.986, 2.699, 0.376, 0.563, 2.14, 0.151, -0.872, 0.44, 0.842, -0.695, -1.675, -1.424, 1.099, -0.61, 0.13, 0.555, 1.043, -0.102, 0.898, -0.768, -0.134, -0.929, 1.658, 0.268, -0.587, -0.123, 0.034, 1.141, -1.615, -0.945, -0.154, 3.339, 1.447, 0.166, 1.154, 2.769].join("\n")}\n`,
    );
    const s = parseDatasetSchema("dataset: xy\nfeatures:\n  - name: v\n    type: float\n", "s.yaml");
    const r = await validateData({
      schema: s,
      data: join(dir, "y.csv"),
      reference: join(dir, "x.csv"),
      context,
    });
    const d = r.features[0]!.drift!;
    expect(d.ks!.statistic).toBeCloseTo(0.15916666666666668, 9);
    expect(d.ks!.pvalue).toBeCloseTo(0.00029872016422192755, 9);
    expect(d.ks!.method).toBe("exact");
    expect(d.ks!.errorBound).toBe(0);
    expect(d.wasserstein).toBeCloseTo(0.3056895942668503, 9);
  });
});

describe("KS above 100,000 rows: binned with a measured bound", () => {
  it("D is within its stated bound (≤ 0.002) of the exact D from the sorted samples", async () => {
    // seeded normals; the exact D comes from ksAndWasserstein (checked against scipy above)
    let a = 12345;
    const rand = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const normal = () => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
    const x = Array.from({ length: 150_000 }, () => Math.round(normal() * 1e4) / 1e4);
    const y = Array.from({ length: 120_000 }, () => Math.round((normal() * 1.1 + 0.05) * 1e4) / 1e4);
    writeFileSync(join(dir, "bx.csv"), `v\n${x.join("\n")}\n`);
    writeFileSync(join(dir, "by.csv"), `v\n${y.join("\n")}\n`);
    const s = parseDatasetSchema("dataset: xy\nfeatures:\n  - name: v\n    type: float\n", "s.yaml");
    const r = await validateData({
      schema: s,
      data: join(dir, "by.csv"),
      reference: join(dir, "bx.csv"),
      context,
    });
    const ks = r.features[0]!.drift!.ks!;
    const exact = ksAndWasserstein(x, y).d;
    expect(ks.method).toBe("binned");
    expect(ks.errorBound).toBeLessThanOrEqual(0.002);
    expect(Math.abs(ks.statistic - exact)).toBeLessThanOrEqual(ks.errorBound!);
  });
});

describe("profiles", () => {
  it("merged shard profiles equal the whole-file profile for exact statistics", async () => {
    const lines = readFileSync(data("train.csv"), "utf8").trimEnd().split("\n");
    const header = lines[0]!;
    writeFileSync(join(dir, "a.csv"), `${[header, ...lines.slice(1, 6001)].join("\n")}\n`);
    writeFileSync(join(dir, "b.csv"), `${[header, ...lines.slice(6001)].join("\n")}\n`);
    const opts = { subject: "loans", inputs: [], context };
    const whole = await profileDataset(data("train.csv"), opts);
    const a = await profileDataset(join(dir, "a.csv"), opts);
    const b = await profileDataset(join(dir, "b.csv"), opts);
    const merged = mergeProfiles([a, b], opts);
    expect(validateValue("data-profile", JSON.parse(JSON.stringify(whole)))).toEqual([]);
    expect(validateValue("data-profile", JSON.parse(JSON.stringify(merged)))).toEqual([]);
    expect(merged.rows).toBe(15000);
    for (const w of whole.columns) {
      const m = merged.columns.find((c) => c.name === w.name)!;
      expect([m.type, m.count, m.missing, m.nan, m.min, m.max]).toEqual([
        w.type,
        w.count,
        w.missing,
        w.nan,
        w.min,
        w.max,
      ]);
      if (w.mean !== undefined) {
        expect(m.mean).toBeCloseTo(w.mean, 6);
        expect(m.std).toBeCloseTo(w.std!, 6);
        expect(m.sketch!.rankError).toBeGreaterThan(0);
      }
      if (w.values) {
        expect(m.values).toEqual(w.values);
        expect(m.distinct).toEqual(w.distinct);
        expect(m.top).toEqual(w.top);
      }
      if (w.stringLength) expect(m.stringLength!.mean).toBeCloseTo(w.stringLength.mean, 9);
    }
    const emp = whole.columns.find((c) => c.name === "employment_years")!;
    expect(emp.missing).toBeGreaterThan(200);
    // quantiles are exact here (numpy linear): the median of term_months is 36
    expect(whole.columns.find((c) => c.name === "term_months")!.quantiles!.p50).toBe(36);
  });
  it("infers a schema TFDV-style that validates its own data cleanly", async () => {
    const p = await profileDataset(data("train.csv"), { subject: "loans", inputs: [], context });
    const { schema: s, yaml } = inferSchema(p, { dataset: "loans", label: "default" });
    expect(s.keys).toEqual(["loan_id"]);
    const f = (n: string) => s.features.find((x) => x.name === n)!;
    expect(f("default").notIn).toEqual(["serving"]);
    expect(f("region").domain!.values).toEqual(["east", "north", "south", "west"]);
    expect(f("employment_years").presence).toEqual({ minCount: 1 });
    expect(f("age").presence).toEqual({ minFraction: 1 });
    expect(f("has_cosigner").type).toBe("bool");
    const reparsed = parseDatasetSchema(yaml, "inferred.yaml");
    const r = await validateData({ schema: reparsed, data: data("train.csv"), context });
    expect(r.verdict).toBe("pass");
  });
  it("a column with 1,000,000 distinct strings: exact distinct count, top values, bounded engine memory", async () => {
    const lines = ["id,k"];
    for (let i = 0; i < 1_000_000; i++) lines.push(`u${i},${i % 3}`);
    writeFileSync(join(dir, "distinct.csv"), `${lines.join("\n")}\n`);
    const p = await profileDataset(join(dir, "distinct.csv"), {
      subject: "d",
      inputs: [],
      context,
      engine: { memoryLimit: "300MB", threads: 2 },
    });
    const id = p.columns.find((c) => c.name === "id")!;
    expect(id.distinct).toEqual({ value: 1_000_000, exact: true });
    expect(id.top).toHaveLength(20);
    expect(id.values).toBeUndefined();
    expect(id.stringLength).toEqual({
      min: 2,
      max: 7,
      mean: (10 * 2 + 90 * 3 + 900 * 4 + 9000 * 5 + 90000 * 6 + 900000 * 7) / 1e6,
    });
    expect(p.columns.find((c) => c.name === "k")!.values).toEqual([
      [0, 333334],
      [1, 333333],
      [2, 333333],
    ]);
  });
  it("readColumns streams feature columns into typed arrays", async () => {
    const { rows, columns } = await readColumns(data("test.csv"), ["income", "employment_years", "region"], {
      strings: ["region"],
    });
    expect(rows).toBe(5000);
    expect(columns.income).toBeInstanceOf(Float64Array);
    expect((columns.income as Float64Array)[0]).toBeGreaterThan(0);
    expect(Array.from(columns.employment_years as Float64Array).some(Number.isNaN)).toBe(true);
    expect(new Set(columns.region as string[])).toEqual(new Set(["north", "south", "east", "west"]));
  });
});
