// A data-profile JSON as the reference gives the figures the reference data gives: PSI, JSD, L∞ and
// the bins equal, KS within the bound each report states.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom, validateValue } from "@modelgate/core";
import { describe, expect, it } from "vitest";
import {
  type DataValidationReport,
  ksAndWasserstein,
  mergeProfiles,
  parseDatasetSchema,
  profileDataset,
  readProfileFile,
  validateData,
} from "../src/index.js";
import { prevDouble } from "../src/profile.js";

const root = join(import.meta.dirname, "../../..");
const data = (f: string) => join(root, "examples/data", f);
const loans = parseDatasetSchema(
  readFileSync(join(root, "examples/registry/datasets/loans/schema.yaml"), "utf8"),
  "schema.yaml",
);
const context = { commit: null, ref: null, runUrl: null, ci: false };
const dir = mkdtempSync(join(tmpdir(), "mg-ref-profile-"));

async function writeProfile(path: string, name: string): Promise<string> {
  const profile = await profileDataset(path, { subject: name, inputs: [], context });
  const out = join(dir, `${name}.profile.json`);
  writeFileSync(out, `${JSON.stringify(profile, null, 2)}\n`);
  return out;
}

const drifts = (r: DataValidationReport) =>
  new Map(r.features.filter((f) => f.drift).map((f) => [f.name, f.drift!]));

/** PSI, JSD, L∞, bins and verdicts equal; KS D within the sum of both stated bounds. */
function expectSameFigures(fromData: DataValidationReport, fromProfile: DataValidationReport): void {
  const a = drifts(fromData);
  const b = drifts(fromProfile);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, d] of a) {
    const p = b.get(name)!;
    expect({ name, psi: p.psi, jsd: p.jsd, linf: p.linf, bins: p.bins, drifted: p.drifted }).toEqual({
      name,
      psi: d.psi,
      jsd: d.jsd,
      linf: d.linf,
      bins: d.bins,
      drifted: d.drifted,
    });
    if (!d.ks) continue;
    expect(Math.abs(p.ks!.statistic - d.ks.statistic)).toBeLessThanOrEqual(
      p.ks!.errorBound + d.ks.errorBound + 1e-12,
    );
  }
  expect(fromProfile.anomalies).toEqual(fromData.anomalies);
  expect(fromProfile.verdict).toBe(fromData.verdict);
}

describe("a profile JSON as the reference", () => {
  it("loans: the same figures as train.csv; KS exact from the data, binned within its bound from the profile", async () => {
    const profile = await writeProfile(data("train.csv"), "train");
    const options = { schema: loans, data: data("serving_drift.csv"), environment: "serving", context };
    const fromData = await validateData({ ...options, reference: data("train.csv") });
    const fromProfile = await validateData({ ...options, reference: profile });
    expect(validateValue("data-validation", JSON.parse(JSON.stringify(fromProfile)))).toEqual([]);
    expectSameFigures(fromData, fromProfile);
    // scipy.stats.ks_2samp(train, serving_drift, method="asymp") on the non-missing values;
    // wasserstein_distance(train, serving_drift) / np.std(train)
    const scipy = {
      income: { d: 0.19266666666666665, p: 2.114622059135546e-122, w: 0.49377722518838824 },
      loan_amount: { d: 0.04800000000000004, p: 6.013292134678428e-8, w: 0.10628329872648035 },
      credit_score: { d: 0.0126, p: 0.5864752632394685, w: 0.07279099349686857 },
    };
    const a = drifts(fromData);
    const b = drifts(fromProfile);
    for (const [name, known] of Object.entries(scipy)) {
      const exact = a.get(name)!;
      expect(exact.ks).toMatchObject({ method: "exact", errorBound: 0 });
      expect(exact.ks!.statistic).toBeCloseTo(known.d, 12);
      expect(exact.ks!.pvalue / known.p).toBeCloseTo(1, 6);
      expect(exact.wasserstein).toBeCloseTo(known.w, 9);
      const binned = b.get(name)!.ks!;
      expect(Math.abs(binned.statistic - known.d)).toBeLessThanOrEqual(binned.errorBound);
    }
    // 404 distinct credit scores: exact from the profile's value counts too
    expect(b.get("credit_score")!.ks).toMatchObject({ method: "exact", errorBound: 0 });
    for (const name of ["income", "loan_amount"]) {
      const ks = b.get(name)!.ks!;
      expect(ks.method).toBe("binned");
      expect(ks.points).toBeGreaterThan(1000);
      // the profile's exact ECDF at ~1,000 points, the current's located at its own points
      expect(ks.errorBound).toBeGreaterThan(0);
      expect(ks.errorBound).toBeLessThanOrEqual(0.002);
    }
  });

  it("above 100,000 rows: the same PSI and bins as the data file, KS within both stated bounds of the exact D", async () => {
    const rand = seededRandom(11);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const x = Array.from({ length: 140_000 }, () => Math.round(normal() * 1e4) / 1e4);
    // shifted, wider, with a point mass the reference does not have and values below its minimum
    const y = Array.from({ length: 110_000 }, () =>
      rand() < 0.04 ? 0.5 : Math.round((normal() * 1.3 + 0.1) * 1e4) / 1e4,
    );
    writeFileSync(join(dir, "lx.csv"), `v\n${x.join("\n")}\n`);
    writeFileSync(join(dir, "ly.csv"), `v\n${y.join("\n")}\n`);
    const profile = await writeProfile(join(dir, "lx.csv"), "lx");
    const schema = parseDatasetSchema("dataset: xy\nfeatures:\n  - name: v\n    type: float\n", "s.yaml");
    const options = { schema, data: join(dir, "ly.csv"), context };
    const fromData = await validateData({ ...options, reference: join(dir, "lx.csv") });
    let current: { columns: { ecdf?: { points: number[] } }[] } | undefined;
    const fromProfile = await validateData({
      ...options,
      reference: profile,
      onProfile: (p) => {
        current = p;
      },
    });
    expectSameFigures(fromData, fromProfile);
    // the current was counted at the stored profile's points in its profiling pass (drift reads
    // no data again), and below the reference's minimum
    const stored = readProfileFile(profile)!.columns[0]!;
    const counted = new Set(current!.columns[0]!.ecdf!.points);
    expect(stored.ecdf!.points.filter((x) => !counted.has(x))).toEqual([]);
    expect(counted.has(prevDouble(stored.min!))).toBe(true);
    const exact = ksAndWasserstein(x, y).d; // ksAndWasserstein is checked against scipy in stats.test.ts
    for (const r of [fromData, fromProfile]) {
      const ks = r.features[0]!.drift!.ks!;
      expect(ks.method).toBe("binned");
      // the current's point mass at 0.5 lies inside one of the reference's buckets: located by the
      // current's own ECDF points, it does not widen the bound by its 4%
      expect(ks.errorBound).toBeLessThanOrEqual(0.002);
      expect(Math.abs(ks.statistic - exact)).toBeLessThanOrEqual(ks.errorBound);
    }
  });

  it("a merged profile without one ECDF: binned from its sketch, the rank error added to the bound", async () => {
    const lines = readFileSync(data("train.csv"), "utf8").trimEnd().split("\n");
    writeFileSync(join(dir, "a.csv"), `${[lines[0], ...lines.slice(1, 7001)].join("\n")}\n`);
    writeFileSync(join(dir, "b.csv"), `${[lines[0], ...lines.slice(7001)].join("\n")}\n`);
    const opts = { subject: "train", inputs: [], context };
    const merged = mergeProfiles(
      [await profileDataset(join(dir, "a.csv"), opts), await profileDataset(join(dir, "b.csv"), opts)],
      opts,
    );
    const income = merged.columns.find((c) => c.name === "income")!;
    expect(income.ecdf).toBeUndefined(); // the shards were counted at different points
    const file = join(dir, "merged.profile.json");
    writeFileSync(file, JSON.stringify(merged));
    const r = await validateData({
      schema: loans,
      data: data("serving_drift.csv"),
      reference: file,
      environment: "serving",
      context,
    });
    const ks = r.features.find((f) => f.name === "income")!.drift!.ks!;
    expect(ks.method).toBe("binned");
    expect(ks.errorBound).toBeGreaterThan(income.sketch!.rankError);
    expect(Math.abs(ks.statistic - 0.19266666666666665)).toBeLessThanOrEqual(ks.errorBound); // scipy, above
  });

  it("bad input: an inconsistent ECDF or another kind is refused with the file, line and field", async () => {
    const profile = JSON.parse(readFileSync(await writeProfile(data("test.csv"), "test"), "utf8"));
    const c = profile.columns.findIndex((col: { name: string }) => col.name === "income");
    profile.columns[c].ecdf.counts[5] = profile.columns[c].ecdf.counts[4] - 1;
    const bad = join(dir, "bad.profile.json");
    writeFileSync(bad, JSON.stringify(profile, null, 2));
    expect(() => readProfileFile(bad, "bad.profile.json")).toThrow(
      new RegExp(
        `^bad\\.profile\\.json:\\d+: columns\\[${c}\\]\\.ecdf\\.counts\\[5\\]: counts must not decrease`,
      ),
    );
    profile.columns[c].ecdf.counts = [1, 2];
    writeFileSync(bad, JSON.stringify(profile, null, 2));
    expect(() => readProfileFile(bad, "bad.profile.json")).toThrow(/counts for \d+ points/);
    profile.columns[c].ecdf = { points: "none" };
    writeFileSync(bad, JSON.stringify(profile, null, 2));
    expect(() => readProfileFile(bad, "bad.profile.json")).toThrow(
      /^bad\.profile\.json is not a valid data-profile:\nbad\.profile\.json:\d+:\d+: error/,
    );
    writeFileSync(bad, JSON.stringify({ ...profile, kind: "evaluation" }));
    expect(() => readProfileFile(bad, "bad.profile.json")).toThrow(/expected a data-profile report/);
  });
});
