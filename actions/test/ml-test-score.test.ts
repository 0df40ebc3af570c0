import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "./run-action.js";

const FIXTURE = new URL("../../packages/score/test/fixtures/registry", import.meta.url).pathname;
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString().replace(/\.\d{3}Z$/, "Z");
const day = (days: number) => ago(days).slice(0, 10);

/**
 * The fixture registry as a git repository dated relative to today (the action judges at the
 * real time): evidence 1–3 days old, the version 60 days old, a canary 20 days ago and a
 * rollback drill 10 days ago.
 */
function freshRegistry(): string {
  const dir = mkdtempSync(join(tmpdir(), "score-action-"));
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(join(dir, "environments"), { recursive: true, force: true });
  const evidenceDir = join(dir, "evidence/credit-default/1.0.0");
  readdirSync(evidenceDir).forEach((name, i) => {
    const doc = JSON.parse(readFileSync(join(evidenceDir, name), "utf8"));
    doc.createdAt = ago(1 + i * 0.5);
    writeFileSync(join(evidenceDir, name), JSON.stringify(doc, null, 2));
  });
  const version = join(dir, "models/credit-default/versions/1.0.0.yaml");
  writeFileSync(version, readFileSync(version, "utf8").replace(/createdAt: .*/, `createdAt: ${ago(60)}`));
  const decl = (test: string) =>
    `  - test: ${test}\n    summary: reviewed\n    document: https://wiki.acme.example/credit/${test}\n    owner: risk-ml@acme.example\n    reviewedAt: ${day(30)}\n    validUntil: ${day(-300)}\n`;
  writeFileSync(
    join(dir, "models/credit-default/ml-test-score.yaml"),
    `model: credit-default\ndeclarations:\n${["data-3", "data-4", "data-5", "model-2", "model-3", "infra-2", "infra-3", "infra-5"].map(decl).join("")}` +
      `  - test: data-6\n    summary: expired\n    document: https://wiki.acme.example/x\n    owner: bob@acme.example\n    reviewedAt: ${day(400)}\n    validUntil: ${day(35)}\n`,
  );
  const git = (args: string[], date?: string) =>
    execFileSync("git", ["-c", "user.name=Risk ML", "-c", "user.email=risk@acme.example", ...args], {
      cwd: dir,
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      stdio: "pipe",
    });
  const setEnv = (env: string, body: string, daysAgo: number) => {
    mkdirSync(join(dir, "environments", env), { recursive: true });
    writeFileSync(
      join(dir, "environments", env, "credit-default.yaml"),
      `model: credit-default\nenvironment: ${env}\n${body}`,
    );
    git(["add", "-A"]);
    git(["commit", "-q", "-m", `Change credit-default in ${env}`], ago(daysAgo));
  };
  git(["init", "-q", "-b", "main"]);
  git(["add", "-A"]);
  git(["commit", "-q", "-m", "Register credit-default"], ago(70));
  setEnv("staging", "version: 0.9.0\n", 65);
  setEnv("staging", "version: 1.0.0\n", 40);
  setEnv("staging", "version: 0.9.0\n", 10);
  setEnv("production", "version: 0.9.0\n", 50);
  setEnv("production", "version: 0.9.0\ncanary:\n  version: 1.0.0\n  traffic: 10\n", 20);
  setEnv("production", "version: 1.0.0\n", 19);
  return dir;
}

describe("ml-test-score action (run as the runner runs it)", () => {
  it("scores the model, sets the outputs and writes the grid to the step summary", async () => {
    const registry = freshRegistry();
    const run = await runAction(
      "ml-test-score",
      { model: "credit-default", registry, out: "reports/score.json", "min-score": "1.5" },
      { cwd: registry },
    );
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    // worked out by hand: the fixture's reports are hand-written, so recomputation (the default)
    // refuses them and no report earns a point; what is left is the declarations (data 3 × .5,
    // model 2 × .5, infra 3 × .5), the policy (model-1, infra-4), the history (canary, rollback
    // drill: infra-6, infra-7) and the repository (monitor-1 dependabot, monitor-4 age)
    expect(run.outputs).toMatchObject({
      score: "1.5",
      data: "1.5",
      model: "2",
      infra: "4.5",
      monitor: "2",
      verdict: "pass",
      report: join(registry, "reports/score.json"),
    });
    expect(run.summary).toContain("| **Data** ⬅ limiting |");
    // the expired declaration is annotated
    expect(run.stdout).toMatch(/::warning::data-6 \(line \d+\): expired/);
    const report = JSON.parse(readFileSync(join(registry, "reports/score.json"), "utf8"));
    expect(report.context.ci).toBe(true);
    expect(report.verdict).toBe("pass");
  });

  it("fails below min-score with an error annotation", async () => {
    const registry = freshRegistry();
    const run = await runAction(
      "ml-test-score",
      { model: "credit-default", registry, "min-score": "4" },
      { cwd: registry },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.stdout).toContain("::error::ML Test Score 1.5 is below the minimum 4 (limiting: data)");
  });

  it("reports bad input with exit code 2 and no stack trace", async () => {
    const registry = freshRegistry();
    writeFileSync(join(registry, "bad.yaml"), "model: credit-default\ndeclarations: [\n");
    const run = await runAction(
      "ml-test-score",
      { model: "credit-default", registry, declarations: "bad.yaml" },
      { cwd: registry },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/::error::bad\.yaml:\d+:\d+: not valid YAML/);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    const badMin = await runAction(
      "ml-test-score",
      { model: "credit-default", registry, "min-score": "high" },
      { cwd: registry },
    );
    expect(badMin.exitCode).toBe(2);
    expect(badMin.stdout).toContain('::error::input min-score "high" must be a number between 0 and 7');
    const noModel = await runAction("ml-test-score", { registry }, { cwd: registry });
    expect(noModel.exitCode).toBe(2);
    expect(noModel.stdout).toContain("::error::input model is required");
  });
});
