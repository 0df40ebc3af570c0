import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
    expect(out).toContain("deploy: production/credit-default rollback 2.0.0 → 1.0.0 (100% of traffic)");
    expect(out).toContain("credit-default: staging 2.0.0, production 1.0.0");
    expect(out).toContain("9 changes merged, 2 blocked by the gate");
    expect(out).toContain("gate: ML Test Score 1 meets the minimum 1 of production");

    const registry = join(dir, "registry");
    const git = (...args: string[]) => execFileSync("git", args, { cwd: registry, encoding: "utf8" }).trim();
    git("fsck", "--strict", "--no-progress");
    expect(git("show", "main:environments/production/credit-default.yaml")).toContain("version: 1.0.0");
    const subjects = git("log", "--first-parent", "--format=%s", "main").split("\n");
    expect(subjects[0]).toBe("Merge modelgate/rollback/credit-default-production-1.0.0 (#local-11)");
    expect(git("status", "--porcelain")).toBe("");

    const reports = join(dir, "reports");
    const blocked = JSON.parse(
      readFileSync(join(reports, "10-promote-staging-3.0.0.registry-check.json"), "utf8"),
    );
    expect(blocked.blocked).toBe(true);
    expect(existsSync(join(reports, "kserve", "production", "credit-default.yaml"))).toBe(true);
    const dora = JSON.parse(readFileSync(join(reports, "dora.json"), "utf8"));
    expect(dora.env).toBe("production");
  }, 90_000);
});
