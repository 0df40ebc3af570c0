import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_EXPECTATIONS, type Expected, runDemo } from "../src/commands/demo.js";
import { cli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "mg-demo-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("modelgate demo", () => {
  it("runs the loop on a real registry and leaves it for plain git", async () => {
    const run = await cli(["demo", "--dir", dir]);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const out = run.stdout;
    // the story, in order
    expect(out).toContain("credit-default: staging -, production -; versions \n");
    expect(out).toMatch(/Register credit-default 1\.0\.0 .*\n.*gate: \d+ checks passed; merged as #local-1/s);
    expect(out).toContain("deploy: staging/credit-default promote ∅ → 1.0.0 (100% of traffic)");
    expect(out).toContain("deploy: production/credit-default promote ∅ → 1.0.0 (100% of traffic)");
    expect(out).toContain("deploy: staging/credit-default promote 1.0.0 → 2.0.0 (100% of traffic)");
    expect(out).toContain("canary-required: production requires a canary first");
    expect(out).toContain("deploy: production/credit-default canary 1.0.0 → 2.0.0 (10% of traffic)");
    expect(out).toContain("deploy: production/credit-default complete 1.0.0 → 2.0.0 (100% of traffic)");
    // 3.0.0's ROC AUC on examples/data/test.csv is 0.618 (examples/registry/README.md), under staging's 0.70
    expect(out).toMatch(/metric:roc_auc: roc_auc 0\.618\d* misses the threshold >= 0\.7/);
    // every staging and production gate re-ran the evidence it decided on, and it agreed
    expect(out).toMatch(
      /gate: recomputed 3 evidence file\(s\): every figure agrees \(re-ran evaluation [\d.]+ s, data-validation/,
    );
    // the forged copy of 3.0.0's evaluation: caught by its recomputation, with both values
    expect(out).toContain("edited ROC AUC 0.618 → 0.850 in a copy of 3.0.0's evaluation.json");
    expect(out).toMatch(
      /✗ evidence\/credit-default\/3\.0\.1\/evaluation\.json verify:evaluation: .*models\[challenger\]\.metrics\.roc_auc: claimed 0\.85, recomputed 0\.618\d*/,
    );
    expect(out).toContain("deploy: production/credit-default rollback 2.0.0 → 1.0.0 (100% of traffic)");
    expect(out).toContain("credit-default: staging 2.0.0, production 1.0.0");
    expect(out).toContain("10 changes merged, 4 blocked by the gate, each as expected");
    // production needs an approval: blocked without one, merged once a reviewer approved
    expect(out).toMatch(
      /approvals: production: 1 approval\(s\) required and the gate was given no reviews.*\n(.*\n)*.*approved by platform-lead; expected: merged\n/,
    );
    expect(out).toContain("gate: production: 1 of 1 required approval(s) on local-3, by platform-lead");
    expect(out).toMatch(
      /\[branch [^\]]+\] approved by platform-lead; expected: blocked by canary-required\n/,
    );
    // from recomputed evidence: the same on a laptop as under CI
    expect(out).toContain("gate: ML Test Score 2.5 meets the minimum 1 of production");

    const registry = join(dir, "registry");
    const git = (...args: string[]) => execFileSync("git", args, { cwd: registry, encoding: "utf8" }).trim();
    git("fsck", "--strict", "--no-progress");
    expect(git("show", "main:environments/production/credit-default.yaml")).toContain("version: 1.0.0");
    const subjects = git("log", "--first-parent", "--format=%s", "main").split("\n");
    expect(subjects[0]).toBe("Merge modelgate/rollback/credit-default-production-1.0.0 (#local-13)");
    expect(git("log", "-1", "--format=%(trailers:key=Modelgate-Approved-By,valueonly)", "main")).toBe(
      "platform-lead",
    );
    expect(git("status", "--porcelain")).toBe("");

    const reports = join(dir, "reports");
    const blocked = JSON.parse(
      readFileSync(join(reports, "10-promote-staging-3.0.0.registry-check.json"), "utf8"),
    );
    expect(blocked.blocked).toBe(true);
    expect(existsSync(join(reports, "kserve", "production", "credit-default.yaml"))).toBe(true);
    // merge deploys through the deploy job and the local GitHub port: one deployment per (environment, model) change
    const deployments = JSON.parse(readFileSync(join(reports, "github", "deployments.json"), "utf8"));
    expect(
      deployments.map((d: { environment: string; statuses: Array<{ state: string }> }) => [
        d.environment,
        d.statuses.map((s) => s.state).join(" → "),
      ]),
    ).toEqual([
      ["staging", "in_progress → success"],
      ["production", "in_progress → success"],
      ["staging", "in_progress → success"],
      ["production", "in_progress → success"],
      ["production", "in_progress → success"],
      ["production", "in_progress → success"],
    ]);
    expect(out).toMatch(
      /deploy: production\/credit-default rollback 2\.0\.0 → 1\.0\.0 \(100% of traffic\); deployment 6 success/,
    );
    const forged = JSON.parse(
      readFileSync(join(reports, "12-promote-staging-3.0.1.registry-check.json"), "utf8"),
    );
    expect(forged.evidence.find((e: { kind: string }) => e.kind === "evaluation")).toMatchObject({
      status: "refused",
      mismatches: [{ figure: "models[challenger].metrics.roc_auc", claimed: 0.85 }],
    });
    const dora = JSON.parse(readFileSync(join(reports, "dora.json"), "utf8"));
    expect(dora.env).toBe("production");
  }, 180_000);

  /** The demo with one expectation changed, on its own real registry and git. */
  async function deviating(name: string, expected: Expected) {
    const d = mkdtempSync(join(tmpdir(), "mg-demo-deviate-"));
    let stdout = "";
    let stderr = "";
    const exitCode = await runDemo(
      {
        cwd: d,
        env: {},
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
      },
      { dir: d },
      { ...DEMO_EXPECTATIONS, [name]: expected },
    );
    rmSync(d, { recursive: true, force: true });
    return { exitCode, stdout, stderr };
  }

  it("exits 1 when a change it expects blocked merges, naming the step and what happened", async () => {
    const run = await deviating("01-register-1.0.0", { outcome: "blocked", check: "canary-required" });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(
      'modelgate demo: step 2 "Register credit-default 1.0.0, its first version, with evaluation and data-validation evidence", change 01-register-1.0.0: expected blocked by canary-required, but it merged as #local-1\n',
    );
    expect(run.stdout).toContain("== Stopped: step 2 ");
    expect(run.stdout).not.toContain("02-promote"); // stopped at the first deviation
    expect(run.stdout).not.toContain("changes merged");
  }, 180_000);

  it("exits 1 when a change it expects merged is blocked", async () => {
    const run = await deviating("06-promote-production-2.0.0", { outcome: "merged" });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(
      'modelgate demo: step 6 "Production requires a canary: try a direct promotion first", change 06-promote-production-2.0.0: expected merged, but it was blocked by canary-required\n',
    );
    expect(run.stdout).not.toContain("Canary 2.0.0 at 10%");
  }, 180_000);
});
