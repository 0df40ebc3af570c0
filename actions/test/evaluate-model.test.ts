import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "./run-action.js";

const examples = new URL("../../examples/", import.meta.url).pathname;

/** A workspace holding a copy of the demo registry with credit-default 2.0.0 registered. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "evaluate-action-"));
  cpSync(join(examples, "registry"), join(dir, "registry"), { recursive: true });
  cpSync(join(examples, "data"), join(dir, "data"), { recursive: true });
  const artifactDir = join(dir, "registry/artifacts/credit-default/2.0.0");
  cpSync(join(examples, "models/credit-default/2.0.0"), artifactDir, { recursive: true });
  const bytes = readFileSync(join(artifactDir, "model.onnx"));
  const versions = join(dir, "registry/models/credit-default/versions");
  writeFileSync(
    join(versions, "2.0.0.yaml"),
    readFileSync(join(versions, "1.0.0.yaml"), "utf8")
      .replace("version: 1.0.0", "version: 2.0.0")
      .replace("credit-default/1.0.0", "credit-default/2.0.0")
      .replace(/sha256: a818[0-9a-f]+/, `sha256: ${createHash("sha256").update(bytes).digest("hex")}`)
      .replace(/bytes: \d+/, `bytes: ${bytes.length}`),
  );
  return dir;
}

describe("evaluate-model action", () => {
  it("evaluates a registered version against the production champion: outputs, report, summary", async () => {
    const dir = workspace();
    const run = await runAction(
      "evaluate-model",
      {
        registry: "registry",
        "model-name": "credit-default",
        version: "2.0.0",
        environment: "production",
        out: "evidence/evaluation.json",
        markdown: "evidence/evaluation.md",
        importance: "true",
      },
      {
        cwd: dir,
        env: {
          GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
          GITHUB_REPOSITORY: "acme/ml",
          GITHUB_RUN_ID: "42",
        },
      },
    );
    expect(run.stdout).not.toContain("::error");
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.outputs.report).toBe(join(dir, "evidence/evaluation.json"));
    const report = JSON.parse(readFileSync(join(dir, "evidence/evaluation.json"), "utf8"));
    expect(report.kind).toBe("evaluation");
    expect(report.context).toEqual({
      commit: "0123456789abcdef0123456789abcdef01234567",
      ref: null,
      runUrl: "https://github.com/acme/ml/actions/runs/42",
      ci: true,
    });
    expect(run.summary).toContain("Evaluation of credit-default@2.0.0: pass");
    expect(run.summary).toContain("| roc_auc |");
    expect(report.featureImportance).toHaveLength(12);
    expect(run.stdout).toContain("::notice::champion: credit-default@1.0.0, live in production");
    expect(existsSync(join(dir, "evidence/evaluation.md"))).toBe(true);
  });

  it("evaluates a challenger not registered yet: the file with the registry's manifest, champion and policy", async () => {
    // as model-evidence.yml does before proposing the registration
    const dir = mkdtempSync(join(tmpdir(), "evaluate-action-"));
    cpSync(join(examples, "registry"), join(dir, "registry"), { recursive: true });
    cpSync(join(examples, "data/test.csv"), join(dir, "test.csv"));
    cpSync(join(examples, "models/credit-default/2.0.0/model.onnx"), join(dir, "out/model.onnx"));
    const inputs = {
      registry: "registry",
      "model-name": "credit-default",
      version: "2.0.0",
      model: "out/model.onnx",
      data: "test.csv",
      environment: "production",
      out: "evaluation.json",
    };
    const run = await runAction("evaluate-model", inputs, { cwd: dir });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      "::notice::credit-default@2.0.0 is not registered yet: evaluating out/model.onnx",
    );
    expect(run.stdout).toContain("::notice::champion: credit-default@1.0.0, live in production");
    const report = JSON.parse(readFileSync(join(dir, "evaluation.json"), "utf8"));
    expect(report.subject).toBe("credit-default@2.0.0");
    const sha = createHash("sha256")
      .update(readFileSync(join(dir, "out/model.onnx")))
      .digest("hex");
    expect(report.models[0]).toMatchObject({ role: "challenger", sha256: sha });
    // without data there is no lineage to take it from; a registered version names its own artifact
    const noData = await runAction("evaluate-model", { ...inputs, data: "" }, { cwd: dir });
    expect(noData.exitCode).toBe(2);
    expect(noData.stdout).toContain(
      "::error::input data is required: credit-default@2.0.0 is not registered, so no lineage names its test data",
    );
    const registered = await runAction("evaluate-model", { ...inputs, version: "1.0.0" }, { cwd: dir });
    expect(registered.exitCode).toBe(2);
    expect(registered.stdout).toContain(
      "::error::input model: credit-default@1.0.0 is registered (registry/models/credit-default/versions/1.0.0.yaml), so the registry names its artifact: leave out input model",
    );
  });

  it("fails with exit 1 and error annotations when the policy is not met", async () => {
    const dir = workspace();
    writeFileSync(
      join(dir, "strict.yaml"),
      "metrics:\n  roc_auc: { threshold: 0.9, greaterIsBetter: true }\n",
    );
    const run = await runAction(
      "evaluate-model",
      { registry: "registry", "model-name": "credit-default", version: "2.0.0", policy: "strict.yaml" },
      { cwd: dir },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.stdout).toMatch(
      /::error::credit-default@2\.0\.0: metric:roc_auc: roc_auc 0\.84\d* misses the threshold >= 0\.9/,
    );
  });

  it("takes the CLI's options: lists split on commas and newlines, bins, min-support, bootstrap, seed", async () => {
    const dir = workspace();
    const run = await runAction(
      "evaluate-model",
      {
        registry: "registry",
        "model-name": "credit-default",
        version: "2.0.0",
        slices: "region,\nage",
        bins: "3",
        "min-support": "50",
        bootstrap: "10",
        seed: "7",
        out: "evaluation.json",
      },
      { cwd: dir },
    );
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "evaluation.json"), "utf8"));
    expect(report.minSupport).toBe(50);
    expect(report.slices.filter((s: { feature: string }) => s.feature === "age")).toHaveLength(3);
    expect(report.models[0].intervals.roc_auc.low).toBeLessThan(report.models[0].metrics.roc_auc);
    const bad = await runAction(
      "evaluate-model",
      { registry: "registry", "model-name": "credit-default", version: "2.0.0", seed: "-1" },
      { cwd: dir },
    );
    expect(bad.exitCode).toBe(2);
    expect(bad.stdout).toContain('::error::input seed "-1" must be a whole number from 0 to 4294967295');
  });

  it("exits 2 with one clear error on bad input", async () => {
    const dir = workspace();
    const run = await runAction(
      "evaluate-model",
      {
        model: "registry/artifacts/credit-default/2.0.0/reference-predictions.csv",
        "model-name": "credit-default",
        version: "2.0.0",
        data: "data/test.csv",
        label: "default",
      },
      { cwd: dir },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/::error::.*reference-predictions\.csv: not a valid ONNX model/);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "evaluation.json"))).toBe(false);
    // the job's messages name the action's inputs, not the CLI's flags
    const none = await runAction("evaluate-model", { data: "data/test.csv", label: "default" }, { cwd: dir });
    expect(none.exitCode).toBe(2);
    expect(none.stdout).toContain(
      "::error::give input model (an ONNX file), or input registry with input model-name and input version",
    );
    const noData = await runAction(
      "evaluate-model",
      { registry: "registry", "model-name": "credit-default" },
      { cwd: dir },
    );
    expect(noData.exitCode).toBe(2);
    expect(noData.stdout).toContain("::error::input registry needs input model-name and input version");
  });
});
