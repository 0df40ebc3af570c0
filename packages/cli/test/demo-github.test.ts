// `modelgate demo --github`: the GitHub loop against the simulator, as a user watches it.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { httpBackend } from "@modelgate/registry/git-server";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "mg-demo-github-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("modelgate demo --github", () => {
  it("prints the pull requests, the checks, the sticky comments and the deployments of the loop", async () => {
    const run = await cli(["demo", "--github", "--dir", join(dir, "demo")]);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const out = run.stdout;
    expect(out).toContain("propose: register credit-default 2.0.0: pull request #1");
    expect(out).toMatch(/check #1 on pull_request: passes; check run "modelgate \/ gate" \d+ success/);
    expect(out).toContain("│ ## modelgate registry check: ✅ passed");
    expect(out).toMatch(/deploy: deployment \d+ staging promote → 2\.0\.0: in_progress → success/);
    // the canary waits for an approval: blocked on the pull_request event, passes on the review's
    expect(out).toMatch(/check #3 on pull_request: BLOCKED; check run "modelgate \/ gate" \d+ failure/);
    expect(out).toContain("production: 0 of 1 required approval(s)");
    expect(out).toMatch(/review: platform-lead approves #3 \(review \d+\)/);
    expect(out).toMatch(/check #3 on pull_request_review: passes; check run "modelgate \/ gate" \d+ success/);
    expect(out).toMatch(
      /deploy: deployment \d+ production \(production_environment\) canary → 2\.0\.0: in_progress → success/,
    );
    expect(out).toMatch(/deploy: deployment \d+ production \(production_environment\) complete → 2\.0\.0/);
    expect(out).toMatch(
      /propose: roll back credit-default in production: pushed [0-9a-f]{12} to main \(no pull request\)/,
    );
    expect(out).toMatch(
      /deploy: deployment \d+ production \(production_environment\) rollback → 1\.0\.0: in_progress → success/,
    );
    expect(out).toContain("#1 register, #2 staging, #3 canary (blocked, then approved), #4 complete");
    expect(out).toContain("5 check runs, 4 sticky comments, 4 deployments");
  }, 400_000);

  it("without git's http-backend: a clear message naming the fix", async () => {
    const bin = join(dir, "bin");
    const empty = join(dir, "exec-path");
    for (const d of [bin, empty]) mkdirSync(d);
    writeFileSync(join(bin, "git"), `#!/bin/sh\necho ${empty}\n`);
    chmodSync(join(bin, "git"), 0o755);
    await expect(httpBackend({ path: bin })).rejects.toThrow(
      `git http-backend is missing: ${join(empty, "git-http-backend")} does not exist`,
    );
    await expect(httpBackend({ path: join(dir, "nowhere") })).rejects.toThrow(
      /git is not installed or not on PATH/,
    );
  });
});
