import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const root = join(import.meta.dirname, "../../..");
const loansSchema = join(root, "examples/registry/datasets/loans/schema.yaml");
const dir = mkdtempSync(join(tmpdir(), "mg-cli-data-"));
const file = (name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const schema = file(
  "s.yaml",
  "dataset: t\nfeatures:\n  - name: a\n    type: int\n    domain: { min: 0, max: 10 }\n  - name: b\n    type: string\n",
);
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe("modelgate validate-data", () => {
  it("reports the loans drift with exit 1 and writes JSON, Markdown and HTML", async () => {
    const out = join(dir, "r.json");
    const r = await cli([
      "validate-data",
      "--schema",
      loansSchema,
      "--data",
      join(root, "examples/data/serving_drift.csv"),
      "--reference",
      join(root, "examples/data/train.csv"),
      "--environment",
      "serving",
      "--out",
      out,
      "--markdown",
      join(dir, "r.md"),
      "--html",
      join(dir, "r.html"),
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^fail: 5000 rows/);
    expect(r.stdout).toMatch(/schema\.yaml:\d+: .*crypto/);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.verdict).toBe("fail");
    expect(report.inputs.map((i: { role: string }) => i.role)).toEqual(["schema", "data", "reference"]);
    const md = readFileSync(join(dir, "r.md"), "utf8");
    expect(md.split("\n")[0]).toMatch(/FAIL/);
    expect(md).toMatch(/\| region \|/);
    expect(readFileSync(join(dir, "r.html"), "utf8")).toMatch(/<svg/);
  });
  it("a data-profile JSON as the reference: PSI exact from its histogram, KS from its sketch with a bound", async () => {
    const prof = join(dir, "train-profile.json");
    expect((await cli(["profile", join(root, "examples/data/train.csv"), "--out", prof])).exitCode).toBe(0);
    const out = join(dir, "rp.json");
    const r = await cli([
      "validate-data",
      "--schema",
      loansSchema,
      "--data",
      join(root, "examples/data/serving_drift.csv"),
      "--reference",
      prof,
      "--environment",
      "serving",
      "--out",
      out,
    ]);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(out, "utf8"));
    const income = report.features.find((f: { name: string }) => f.name === "income").drift;
    expect(income.drifted).toBe(true);
    expect(income.ks.method).toBe("binned");
    expect(income.ks.errorBound).toBeLessThan(0.01);
    expect(report.inputs[2]).toMatchObject({
      role: "reference",
      uri: expect.stringMatching(/train-profile\.json$/),
    });
  });
  it("--fail-on warn: exit 1 on warnings (the label where serving declares it absent)", async () => {
    const args = ["validate-data", "--schema", loansSchema, "--data", join(root, "examples/data/train.csv")];
    const out = ["--environment", "serving", "--out", join(dir, "w.json")];
    const plain = await cli([...args, ...out]);
    expect([plain.exitCode, plain.stdout.split(":")[0]]).toEqual([0, "warn"]);
    expect((await cli([...args, ...out, "--fail-on", "warn"])).exitCode).toBe(1);
    const bad = await cli([...args, ...out, "--fail-on", "never"]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--fail-on must be error or warn, not "never"');
  });
  it("infer-schema --profile-out: the reference profiled once, reused by validate-data with the same figures", async () => {
    const train = join(root, "examples/data/train.csv");
    const inferred = join(dir, "inferred.yaml");
    const prof = join(dir, "inferred-profile.json");
    const r = await cli([
      "infer-schema",
      train,
      "--out",
      inferred,
      "--label",
      "default",
      "--profile-out",
      prof,
    ]);
    expect(r.exitCode).toBe(0);
    const profile = JSON.parse(readFileSync(prof, "utf8"));
    expect(profile.inputs[0]).toMatchObject({ role: "data", uri: expect.stringMatching(/train\.csv$/) });
    const run = async (reference: string, out: string) => {
      const v = await cli([
        "validate-data",
        ...["--schema", inferred, "--data", join(root, "examples/data/serving_drift.csv")],
        ...["--reference", reference, "--environment", "serving", "--out", join(dir, out)],
      ]);
      expect(v.exitCode).toBe(1);
      return JSON.parse(readFileSync(join(dir, out), "utf8"));
    };
    const fromData = await run(train, "vd.json");
    const fromProfile = await run(prof, "vp.json");
    // bound to the profile by its digest
    expect(fromProfile.inputs[2].sha256).toBe(createHash("sha256").update(readFileSync(prof)).digest("hex"));
    for (const f of fromData.features.filter((x: { drift?: unknown }) => x.drift)) {
      const p = fromProfile.features.find((x: { name: string }) => x.name === f.name).drift;
      expect([f.name, p.psi, p.jsd, p.bins]).toEqual([f.name, f.drift.psi, f.drift.jsd, f.drift.bins]);
      if (f.drift.ks)
        expect(Math.abs(p.ks.statistic - f.drift.ks.statistic)).toBeLessThanOrEqual(
          p.ks.errorBound + f.drift.ks.errorBound + 1e-12,
        );
    }
    const again = await cli(["infer-schema", prof, "--out", inferred, "--profile-out", join(dir, "x.json")]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/--profile-out: .* is a profile already/);
  });
  it("missing file: exit 2, a message, no stack, no output", async () => {
    const out = join(dir, "none.json");
    const r = await cli(["validate-data", "--schema", schema, "--data", join(dir, "nope.csv"), "--out", out]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/nope\.csv: no such file/);
    noStack(r.stderr);
    expect(existsSync(out)).toBe(false);
  });
  it("empty file: exit 2", async () => {
    const r = await cli(["profile", file("empty.csv", ""), "--out", join(dir, "p.json")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/empty/);
  });
  it("header only: the empty-dataset anomaly, exit 1", async () => {
    const r = await cli([
      "validate-data",
      "--schema",
      schema,
      "--data",
      file("h.csv", "a,b\n"),
      "--out",
      join(dir, "h.json"),
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/empty-dataset/);
  });
  it("malformed row: the line number, exit 2; --on-error skip drops and counts it", async () => {
    const rows = ["a,b", ...Array.from({ length: 50 }, (_, i) => `${i % 10},x${i}`)];
    rows.splice(31, 0, "1,2,3,4");
    const bad = file("bad.csv", `${rows.join("\n")}\n`);
    const r = await cli(["validate-data", "--schema", schema, "--data", bad, "--out", join(dir, "b.json")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:32: malformed CSV row/);
    noStack(r.stderr);
    const s = await cli([
      "validate-data",
      "--schema",
      schema,
      "--data",
      bad,
      "--on-error",
      "skip",
      "--out",
      join(dir, "b.json"),
    ]);
    expect(s.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "b.json"), "utf8"));
    expect(report.anomalies[0]).toMatchObject({
      code: "malformed-rows",
      severity: "warn",
      observed: { count: 1 },
    });
    expect(report.summary.rows).toBe(50);
  });
  it("NaN and infinities: counted in the profile, nan-present and inf-present anomalies", async () => {
    const s = file(
      "f.yaml",
      "dataset: t\nfeatures:\n  - name: x\n    type: float\n    domain: { min: 0, max: 10 }\n",
    );
    const data = file("nan.csv", "x\n1.5\nnan\ninf\n-inf\n2.5\n\n3.0\n");
    const r = await cli(["validate-data", "--schema", s, "--data", data, "--out", join(dir, "nan.json")]);
    expect(r.exitCode).toBe(1);
    const codes = JSON.parse(readFileSync(join(dir, "nan.json"), "utf8")).anomalies.map(
      (a: { code: string }) => a.code,
    );
    expect(codes.sort()).toEqual(["inf-present", "nan-present"]);
    expect((await cli(["profile", data, "--out", join(dir, "nanp.json")])).exitCode).toBe(0);
    const x = JSON.parse(readFileSync(join(dir, "nanp.json"), "utf8")).columns[0];
    // finite values 1.5, 2.5, 3.0: numpy mean 2.3333333333, std (ddof=1) 0.7637626158
    expect(x).toMatchObject({
      type: "float",
      count: 6,
      missing: 1,
      nan: 1,
      posInf: 1,
      negInf: 1,
      min: 1.5,
      max: 3,
    });
    expect(x.mean).toBeCloseTo(2.3333333333, 9);
    expect(x.std).toBeCloseTo(0.7637626158, 9);
    expect(x.histogram.counts.reduce((a: number, b: number) => a + b, 0)).toBe(3);
    expect(x.values).toEqual([
      [1.5, 1],
      [2.5, 1],
      [3, 1],
    ]);
  });
  it("wrong delimiter: exit 2 naming the delimiter", async () => {
    const r = await cli([
      "profile",
      file("semi.csv", "a;b;c\n1;2;3\n4;5;6\n"),
      "--delimiter",
      ",",
      "--out",
      join(dir, "p.json"),
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--delimiter/);
  });
  it("mixed types in one column: a type-mismatch anomaly", async () => {
    const r = await cli([
      "validate-data",
      "--schema",
      schema,
      "--data",
      file("mixed.csv", "a,b\n1,x\ntwo,y\n3,z\n"),
      "--out",
      join(dir, "m.json"),
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/type-mismatch \[a\]/);
  });
  it("non-UTF-8 bytes: exit 2 with a clear message", async () => {
    const latin1 = Buffer.concat([Buffer.from("a,b\n1,caf"), Buffer.from([0xe9]), Buffer.from("\n2,x\n")]);
    const r = await cli(["profile", file("latin1.csv", latin1), "--out", join(dir, "p.json")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/UTF-8/);
    noStack(r.stderr);
  });
  it("a schema naming unknown columns: missing-column with the schema line", async () => {
    const s = file(
      "unknown.yaml",
      "dataset: t\nfeatures:\n  - name: a\n    type: int\n  - name: zzz\n    type: float\n",
    );
    const r = await cli([
      "validate-data",
      "--schema",
      s,
      "--data",
      file("ab.csv", "a,b\n1,x\n2,y\n"),
      "--out",
      join(dir, "u.json"),
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/missing-column \[zzz\]: .*unknown\.yaml:5:/);
  });
  it("an invalid schema: exit 2 naming file, line and field", async () => {
    const s = file("invalid.yaml", "dataset: t\nfeatures:\n  - name: a\n    type: integer\n");
    const r = await cli([
      "validate-data",
      "--schema",
      s,
      "--data",
      file("a.csv", "a\n1\n"),
      "--out",
      join(dir, "i.json"),
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/invalid\.yaml:4:11: error MG034 features\[0\]\.type must be one of int, float/);
  });
  it("reference and data with different column sets: a warning, drift on the common columns", async () => {
    const ref = file(
      "ref.csv",
      `a,b,c\n${Array.from({ length: 40 }, (_, i) => `${i % 10},x${i % 3},${i}`).join("\n")}\n`,
    );
    const cur = file(
      "cur.csv",
      `a,b,d\n${Array.from({ length: 40 }, (_, i) => `${i % 10},x${i % 3},${i}`).join("\n")}\n`,
    );
    const r = await cli([
      "validate-data",
      "--schema",
      schema,
      "--data",
      cur,
      "--reference",
      ref,
      "--out",
      join(dir, "c.json"),
    ]);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "c.json"), "utf8"));
    expect(report.anomalies.map((a: { code: string }) => a.code).sort()).toEqual([
      "new-column",
      "reference-columns",
    ]);
    expect(report.features.find((f: { name: string }) => f.name === "a").drift.psi).toBe(0);
  });
});

describe("modelgate profile and infer-schema", () => {
  // wider than 2,000 columns is refused before DuckDB reads it (tests/corpus); 1,000 is profiled
  it("profiles a 1,000-column file", { timeout: 120_000 }, async () => {
    const cols = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const rows = Array.from({ length: 20 }, (_, r) => cols.map((_, i) => (r * i) % 7).join(","));
    const p = file("wide.csv", `${cols.join(",")}\n${rows.join("\n")}\n`);
    const r = await cli(["profile", p, "--out", join(dir, "wide.json")]);
    expect(r.exitCode).toBe(0);
    const prof = JSON.parse(readFileSync(join(dir, "wide.json"), "utf8"));
    expect(prof.columns).toHaveLength(1000);
    expect(prof.columns[3].max).toBe(6);
  });
  it("profile merge, then infer-schema from the merged profile", async () => {
    const a = file("sa.csv", "x,k\n1,a\n2,b\n");
    const b = file("sb.csv", "x,k\n3,a\n4,c\n");
    expect((await cli(["profile", a, "--out", join(dir, "pa.json")])).exitCode).toBe(0);
    expect((await cli(["profile", b, "--out", join(dir, "pb.json")])).exitCode).toBe(0);
    const m = await cli([
      "profile",
      "merge",
      join(dir, "pa.json"),
      join(dir, "pb.json"),
      "--out",
      join(dir, "pm.json"),
    ]);
    expect(m.exitCode).toBe(0);
    const merged = JSON.parse(readFileSync(join(dir, "pm.json"), "utf8"));
    expect(merged.rows).toBe(4);
    expect(merged.columns[0]).toMatchObject({ min: 1, max: 4, mean: 2.5 });
    expect(merged.columns[1].top).toEqual([
      { value: "a", count: 2 },
      { value: "b", count: 1 },
      { value: "c", count: 1 },
    ]);
    const i = await cli([
      "infer-schema",
      join(dir, "pm.json"),
      "--dataset",
      "s",
      "--out",
      join(dir, "s.yaml"),
    ]);
    expect(i.exitCode).toBe(0);
    expect(readFileSync(join(dir, "s.yaml"), "utf8")).toMatch(
      /domain: \{ values: \[a, b, c\], tolerance: 0.002 \}/,
    );
  });
});
