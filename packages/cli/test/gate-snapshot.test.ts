// The gate reads the gated commit, never the working tree, and fails closed without its base.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scoreRegistry } from "@modelgate/score";
import { afterEach, describe, expect, it } from "vitest";
import { addVersion, createRegistryFixture, GIT_ENV } from "../../registry/test/fixture.js";
import { gitFixture, trustEvidence } from "../../score/test/fixture.js";
import { cli } from "./helpers.js";

const NOW = "2026-11-23T12:00:00Z";
const cleanup: string[] = [];
afterEach(() => {
  for (const d of cleanup.splice(0)) rmSync(d, { recursive: true, force: true });
});

const git = (dir: string, args: string[]) =>
  execFileSync("git", ["-c", "user.name=Risk ML", "-c", "user.email=risk@acme.example", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...GIT_ENV, GIT_AUTHOR_DATE: "2026-11-23T10:30:00Z", GIT_COMMITTER_DATE: "2026-11-23T10:30:00Z" },
  }).trim();

describe("the ML Test Score of the gated commit", () => {
  it("blocks a promotion whose head commit scores below production's minimum while the working tree is on main", async () => {
    // the fixture's hand-written evidence taken on trust (it earns nothing): production needs 1.5
    const dir = gitFixture((d) => trustEvidence(d, (t) => t.replace("minTestScore: 3", "minTestScore: 1.5")));
    cleanup.push(dir);
    // the promotion's head also drops the manual test declarations: its score falls below 1.5
    git(dir, ["checkout", "-q", "promote"]);
    git(dir, ["rm", "-q", "models/credit-default/ml-test-score.yaml"]);
    git(dir, ["commit", "-q", "-m", "drop the declarations"]);
    git(dir, ["checkout", "-q", "main"]);
    // the working tree (main) still scores 1.5: what a working-tree check would have judged
    const onDisk = await scoreRegistry({
      registry: dir,
      model: "credit-default",
      version: "1.0.0",
      environment: "production",
      repositoryRoots: [dir],
      now: new Date(NOW),
      context: { commit: null, ref: null, runUrl: null, ci: false },
    });
    expect([onDisk.result.score, onDisk.result.passed]).toEqual([1.5, true]);
    const out = join(dir, "..", `${Date.now()}-check.json`);
    cleanup.push(out);
    const merge = await cli(["merge", "promote", "--now", NOW, "--out", out], dir);
    expect(merge.exitCode).toBe(1);
    expect(merge.stdout).toContain("not merged");
    const report = JSON.parse(readFileSync(out, "utf8"));
    const change = report.changes.find(
      (c: { path: string }) => c.path === "environments/production/credit-default.yaml",
    );
    const score = change.checks.find((c: { id: string }) => c.id === "ml-test-score");
    expect(score.status).toBe("fail");
    expect(score.message.split("\n")[0]).toMatch(
      /^ML Test Score (0|0\.5|1) is below the minimum 1\.5 of production$/,
    );
  }, 60_000);
});

describe("a missing base fails closed", () => {
  it("exits 2 in a depth-1 clone and says how to fetch the base; never passes with zero changes", async () => {
    const f = createRegistryFixture();
    cleanup.push(f.dir);
    addVersion(f, "2.0.0", 0.85);
    const base = f.commitAll("Register 2.0.0");
    f.git(["checkout", "-q", "-b", "pr"]);
    f.write(
      "environments/staging/credit-default.yaml",
      "model: credit-default\nenvironment: staging\nversion: 2.0.0\n",
    );
    f.commitAll("Promote 2.0.0 to staging");
    const root = mkdtempSync(join(tmpdir(), "mg-shallow-"));
    cleanup.push(root);
    const clone = join(root, "clone");
    execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "pr", `file://${f.dir}`, clone], {
      env: GIT_ENV,
    });
    const out = join(root, "check.json");
    // the base commit is not in the clone
    const missing = await cli(["check", "--base", base, "--head", "HEAD", "--out", out, "--now", NOW], clone);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain(`the base commit ${base.slice(0, 12)} is not in this clone`);
    expect(missing.stderr).toContain("fetch-depth: 0");
    expect(missing.stdout).not.toContain("passed");
    // the base fetched at depth 1 too: both commits are there, their merge base is not
    execFileSync("git", ["fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main"], {
      cwd: clone,
      env: GIT_ENV,
    });
    const cut = await cli(
      ["check", "--base", "origin/main", "--head", "HEAD", "--out", out, "--now", NOW],
      clone,
    );
    expect(cut.exitCode).toBe(2);
    expect(cut.stderr).toContain("is not in this shallow clone");
    // the full history: the same check passes
    execFileSync("git", ["fetch", "-q", "--unshallow", "origin"], { cwd: clone, env: GIT_ENV });
    const full = await cli(
      ["check", "--base", "origin/main", "--head", "HEAD", "--out", out, "--now", NOW],
      clone,
    );
    expect(full.stderr).toBe("");
    expect(full.exitCode).toBe(0);
    expect(full.stdout).toContain("passed: every check of every change");
  }, 60_000);

  it('says "no change to the desired state" for head = base and for a change outside the registry', async () => {
    const f = createRegistryFixture();
    cleanup.push(f.dir);
    const out = join(f.dir, "..", `${Date.now()}-same.json`);
    cleanup.push(out);
    const same = await cli(["check", "--head", "main", "--out", out, "--now", NOW], f.dir);
    expect(same.exitCode).toBe(0);
    expect(same.stdout).toBe("no change to the desired state: the head is the base\n");
    expect(JSON.parse(readFileSync(out, "utf8")).desiredStateChanged).toBe(false);
    f.git(["checkout", "-q", "-b", "docs"]);
    f.write("README.md", "# the acme registry\n");
    f.commitAll("docs");
    const docs = await cli(["check", "--head", "docs", "--out", out, "--now", NOW], f.dir);
    expect(docs.exitCode).toBe(0);
    expect(docs.stdout).toBe("no change to the desired state: the change touches no registry file\n");
  });
});
