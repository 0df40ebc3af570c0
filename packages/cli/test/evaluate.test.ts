import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateValue } from "@modelgate/core";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const root = new URL("../../../", import.meta.url).pathname;
const examples = join(root, "examples");
const FEATURES =
  "age,income,loan_amount,term_months,interest_rate,credit_score,debt_to_income,employment_years,num_open_accounts,num_delinquencies,revolving_utilization,has_cosigner";

/** A copy of the demo registry (and its data) where credit-default 2.0.0 and 3.0.0 are registered. */
function registryCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "mg-eval-cli-"));
  cpSync(join(examples, "registry"), join(dir, "registry"), { recursive: true });
  cpSync(join(examples, "data"), join(dir, "data"), { recursive: true });
  for (const v of ["2.0.0", "3.0.0"]) {
    const artifactDir = join(dir, "registry", "artifacts", "credit-default", v);
    cpSync(join(examples, "models", "credit-default", v), artifactDir, { recursive: true });
    const bytes = readFileSync(join(artifactDir, "model.onnx"));
    const sha = createHash("sha256").update(bytes).digest("hex");
    const text = readFileSync(
      join(dir, "registry", "models", "credit-default", "versions", "1.0.0.yaml"),
      "utf8",
    )
      .replace(/version: 1\.0\.0/, `version: ${v}`)
      .replace(/credit-default\/1\.0\.0/, `credit-default/${v}`)
      .replace(/sha256: a818[0-9a-f]+/, `sha256: ${sha}`)
      .replace(/bytes: \d+/, `bytes: ${bytes.length}`);
    writeFileSync(join(dir, "registry", "models", "credit-default", "versions", `${v}.yaml`), text);
  }
  return dir;
}

describe("modelgate evaluate", () => {
  it("evaluates a registered version against the production champion under its policy (exit 0)", async () => {
    const dir = registryCopy();
    const run = await cli(
      [
        "evaluate",
        "--registry",
        "registry",
        "--model-name",
        "credit-default",
        "--version",
        "2.0.0",
        "--environment",
        "production",
        "--out",
        "out/report.json",
        "--markdown",
        "out/report.md",
        "--html",
        "out/report.html",
      ],
      dir,
    );
    expect(run.stderr).toContain("champion: credit-default@1.0.0, live in production");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/evaluation of credit-default@2\.0\.0: pass/);
    const report = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8"));
    expect(validateValue("evaluation", report)).toEqual([]);
    expect(report.inputs.map((i: { role: string; uri: string }) => `${i.role} ${i.uri}`)).toEqual([
      "model file:artifacts/credit-default/2.0.0/model.onnx",
      "champion file:artifacts/credit-default/1.0.0/model.onnx",
      "data file:../data/test.csv",
      "reference file:artifacts/credit-default/2.0.0/reference-predictions.csv",
    ]);
    // production policy: roc_auc, log_loss, slice drop, two fairness limits
    expect(report.checks.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(["metric:roc_auc", "metric:log_loss", "slices", "fairness"]),
    );
    expect(readFileSync(join(dir, "out", "report.md"), "utf8")).toContain("| roc_auc |");
    expect(readFileSync(join(dir, "out", "report.html"), "utf8")).toMatch(/^<!doctype html>/);
  });

  it("blocks the worse challenger 3.0.0 (exit 1) and says which checks failed", async () => {
    const dir = registryCopy();
    const run = await cli(
      [
        "evaluate",
        "--registry",
        "registry",
        "--model-name",
        "credit-default",
        "--version",
        "3.0.0",
        "--environment",
        "production",
        "--out",
        "r.json",
      ],
      dir,
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/failed metric:roc_auc: roc_auc 0\.61\d+ misses the threshold >= 0\.75/);
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).verdict).toBe("fail");
  });

  it("runs on plain files with --features, --slices, --protected and a policy file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-eval-cli-"));
    writeFileSync(
      join(dir, "policy.yaml"),
      "metrics:\n  roc_auc: { threshold: 0.8, minAbsoluteChange: 0.0, greaterIsBetter: true }\nmaxSliceDrop: 0.05\n",
    );
    const run = await cli(
      [
        "evaluate",
        "--model",
        join(examples, "models/credit-default/2.0.0/model.onnx"),
        "--model-name",
        "credit-default",
        "--version",
        "2.0.0",
        "--champion",
        join(examples, "models/credit-default/1.0.0/model.onnx"),
        "--data",
        join(examples, "data/test.csv"),
        "--label",
        "default",
        "--features",
        FEATURES,
        "--slices",
        "region,age",
        "--protected",
        "gender",
        "--policy",
        "policy.yaml",
        "--bootstrap",
        "20",
        "--out",
        "r.json",
      ],
      dir,
    );
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect(report.subject).toBe("credit-default@2.0.0");
    expect(report.slices.filter((s: { feature: string }) => s.feature === "age")).toHaveLength(4);
    expect(report.models[0].intervals.roc_auc.low).toBeLessThan(report.models[0].metrics.roc_auc);
    expect(validateValue("evaluation", report)).toEqual([]);
  });

  const bad: [string, string[], RegExp][] = [
    ["not an ONNX file", ["--model", join(examples, "data/test.csv")], /test\.csv: not a valid ONNX model/],
    ["a missing label", ["--label", "nope"], /label column 'nope' not found; columns are loan_id, /],
    [
      "a feature count not matching",
      ["--features", "age,income"],
      /input 'input' takes 12 features, 2 given: \[age, income\]/,
    ],
    ["an unknown task", ["--task", "ranking"], /--task "ranking" must be one of/],
    ["a bad batch size", ["--batch-size", "0"], /--batch-size "0" must be a whole number from 1 to 1000000/],
    ["a missing data file", ["--data", "nowhere.csv"], /nowhere\.csv: dataset not found/],
  ];
  for (const [what, flags, message] of bad) {
    it(`exits 2 on ${what}, without a stack trace or a report`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "mg-eval-cli-"));
      const base: Record<string, string> = {
        "--model": join(examples, "models/credit-default/2.0.0/model.onnx"),
        "--model-name": "credit-default",
        "--version": "2.0.0",
        "--data": join(examples, "data/test.csv"),
        "--label": "default",
        "--features": FEATURES,
      };
      for (let i = 0; i < flags.length; i += 2) base[flags[i] as string] = flags[i + 1] as string;
      const argv = ["evaluate", ...Object.entries(base).flat(), "--out", "r.json"];
      const run = await cli(argv, dir);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, "r.json"))).toBe(false);
    });
  }

  it("names the subject from --model-name and --version, never from the path (exit 2 without them)", async () => {
    // a user's own layout: proj/models/1.0.0/model.onnx once became the subject "models@1.0.0"
    const dir = mkdtempSync(join(tmpdir(), "mg-eval-cli-"));
    cpSync(join(examples, "models/credit-default/1.0.0"), join(dir, "proj/models/1.0.0"), {
      recursive: true,
    });
    const base = [
      "evaluate",
      "--model",
      "proj/models/1.0.0/model.onnx",
      "--data",
      join(examples, "data/test.csv"),
      "--label",
      "default",
      "--features",
      FEATURES,
      "--out",
      "r.json",
    ];
    for (const names of [[], ["--model-name", "loans-default"], ["--version", "1.0.0"]]) {
      const run = await cli([...base, ...names], dir);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain(
        "modelgate: --model needs --model-name and --version: they name the model version the report is evidence about",
      );
      expect(existsSync(join(dir, "r.json"))).toBe(false);
    }
    const named = await cli([...base, "--model-name", "loans-default", "--version", "1.0.0"], dir);
    expect(named.exitCode).toBe(0);
    expect(named.stdout).toMatch(/^evaluation of loans-default@1\.0\.0: pass/);
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).subject).toBe("loans-default@1.0.0");
    const bad = await cli([...base, "--model-name", "../up", "--version", "1.0.0"], dir);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--model-name/);
  });

  it("evaluates before registering: the registry's manifest, champion and policy, the file named as M@V", async () => {
    const dir = registryCopy();
    const args = [
      "evaluate",
      "--registry",
      "registry",
      "--model-name",
      "credit-default",
      "--environment",
      "production",
      "--model",
      join(examples, "models/credit-default/2.0.0/model.onnx"),
      "--data",
      "data/test.csv",
      "--out",
      "r.json",
    ];
    const run = await cli([...args, "--version", "2.1.0"], dir);
    expect(run.stderr).toContain("credit-default@2.1.0 is not registered yet: evaluating");
    expect(run.stderr).toContain("champion: credit-default@1.0.0, live in production");
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect(report.subject).toBe("credit-default@2.1.0");
    expect(report.checks.map((c: { name: string }) => c.name)).toContain("fairness"); // production's policy
    // a registered version names its own artifact
    const registered = await cli([...args, "--version", "2.0.0"], dir);
    expect(registered.exitCode).toBe(2);
    expect(registered.stderr).toContain(
      "--model: credit-default@2.0.0 is registered (registry/models/credit-default/versions/2.0.0.yaml), so the registry names its artifact: leave out --model",
    );
  });

  it("registry mode checks parity with the version's registered reference predictions, bound by their digest", async () => {
    const dir = registryCopy();
    const file = join(dir, "registry", "models", "credit-default", "versions", "2.0.0.yaml");
    const reference = join(
      dir,
      "registry",
      "artifacts",
      "credit-default",
      "2.0.0",
      "reference-predictions.csv",
    );
    const sha = createHash("sha256").update(readFileSync(reference)).digest("hex");
    const original = readFileSync(file, "utf8");
    const named = (digest: string) =>
      original.replace(
        /format: onnx\n/,
        `format: onnx\n  referencePredictions:\n    uri: file:artifacts/credit-default/2.0.0/reference-predictions.csv\n    sha256: ${digest}\n`,
      );
    const args = [
      "evaluate",
      "--registry",
      "registry",
      "--model-name",
      "credit-default",
      "--version",
      "2.0.0",
    ];
    writeFileSync(file, named(sha));
    const ok = await cli([...args, "--out", "r.json"], dir);
    expect(ok.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect(report.parity).toMatchObject({ comparedRows: 5000, mismatchedRows: 0 });
    writeFileSync(file, named("ab".repeat(32)));
    const bad = await cli([...args, "--out", "bad.json"], dir);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain(
      `reference-predictions.csv: reference predictions digest sha256:${sha} differs from the manifest's sha256:abab`,
    );
    expect(existsSync(join(dir, "bad.json"))).toBe(false);
  });

  it("exits 2 when the artifact differs from the digest in the version manifest", async () => {
    const dir = registryCopy();
    const file = join(dir, "registry", "models", "credit-default", "versions", "2.0.0.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/sha256: de9f[0-9a-f]+/, `sha256: ${"ab".repeat(32)}`),
    );
    const run = await cli(
      [
        "evaluate",
        "--registry",
        "registry",
        "--model-name",
        "credit-default",
        "--version",
        "2.0.0",
        "--out",
        "r.json",
      ],
      dir,
    );
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /model\.onnx: artifact digest sha256:de9f67c2\S* differs from the manifest's sha256:abab/,
    );
    expect(existsSync(join(dir, "r.json"))).toBe(false);
  });

  it("exits 2 on a policy file with a wrong field, naming file and field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-eval-cli-"));
    writeFileSync(join(dir, "p.yaml"), "metrics:\n  roc_auc: { threshold: high }\n");
    const run = await cli(
      [
        "evaluate",
        "--model",
        join(examples, "models/credit-default/2.0.0/model.onnx"),
        "--model-name",
        "credit-default",
        "--version",
        "2.0.0",
        "--data",
        join(examples, "data/test.csv"),
        "--label",
        "default",
        "--features",
        FEATURES,
        "--policy",
        "p.yaml",
        "--out",
        "r.json",
      ],
      dir,
    );
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('p.yaml:2:25: metrics.roc_auc.threshold: must be number, found "high"');
    expect(run.stderr).toContain(
      "p.yaml:2:12: metrics.roc_auc: must have required property 'greaterIsBetter'",
    );
  });
});
