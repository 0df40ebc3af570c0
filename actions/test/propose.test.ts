// The propose action run as the runner runs it (node on the bundle, INPUT_* and GITHUB_*),
// against the OpenAPI-validated GitHub simulator backed by git http-backend.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addVersion,
  createRegistryFixture,
  evaluationEvidence,
} from "../../packages/registry/test/fixture.js";
import { runAction } from "./run-action.js";
import { FULL, useSimulator } from "./simulator-harness.js";

const h = useSimulator(() => {
  const f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85);
  f.commitAll("Register 2.0.0");
  f.write(
    "environments/staging/credit-default.yaml",
    "model: credit-default\nenvironment: staging\nversion: 2.0.0\n",
  );
  f.commitAll("Promote 2.0.0 to staging");
  return f;
});

/** The propose action from a training repository's workflow (another repository than the registry). */
function propose(inputs: Record<string, string>, workspace = h.tmp("mg-training-")) {
  return runAction(
    "propose",
    {
      "registry-repository": FULL,
      "registry-clone-url": h.sim.cloneUrl(FULL),
      token: h.bot.token,
      ...inputs,
    },
    {
      cwd: workspace,
      eventName: "workflow_dispatch",
      event: { inputs: {}, ref: "refs/heads/main", repository: { full_name: "acme/credit-training" } },
      env: h.githubEnv({
        token: h.bot.token,
        repository: "acme/credit-training",
        sha: "0123456789abcdef0123456789abcdef01234567",
        ref: "refs/heads/main",
        runId: "42",
      }),
    },
  );
}

/** A training run's outputs: the model file and its evaluation evidence, in the workspace. */
function trainingWorkspace(version: string): string {
  const ws = h.tmp("mg-training-");
  const bytes = Buffer.from(`onnx bytes of credit-default ${version}\n`);
  writeFileSync(join(ws, "model.onnx"), bytes);
  const sha = createHash("sha256").update(bytes).digest("hex");
  writeFileSync(join(ws, "evaluation.json"), evaluationEvidence("credit-default", version, sha, 0.9));
  return ws;
}

describe("propose", () => {
  it("registers from a training repository's workflow as a labelled PR, and updates it when proposed again", async () => {
    const ws = trainingWorkspace("3.0.0");
    const inputs = {
      kind: "register",
      model: "credit-default",
      version: "3.0.0",
      artifact: "file:artifacts/credit-default/3.0.0/model.onnx",
      "artifact-file": "model.onnx",
      evidence: "evaluation.json",
    };
    const first = await propose(inputs, ws);
    expect(first.stderr + first.stdout).not.toContain("internal error");
    expect(first.exitCode).toBe(0);
    expect(first.outputs["pr-number"]).toBe("1");
    expect(first.outputs.branch).toBe("modelgate/register/credit-default-3.0.0");
    expect(first.outputs["pr-url"]).toBe(`${h.sim.serverUrl}/${FULL}/pull/1`);
    const pull = h.sim.repo(FULL).pulls.get(1)!;
    expect(pull.labels).toEqual(["modelgate", "register"]);
    const files = await h.sim.git(FULL, "ls-tree", "-r", "--name-only", pull.headSha);
    expect(files).toContain("evidence/credit-default/3.0.0/evaluation.json");
    expect(files).toContain("artifacts/credit-default/3.0.0/model.onnx");
    const second = await propose(inputs, ws);
    expect(second.exitCode).toBe(0);
    expect(second.outputs["pr-number"]).toBe("1");
    expect(h.sim.repo(FULL).pulls.size).toBe(1);
    expect(second.outputs.commit).not.toBe(first.outputs.commit);
    expect(h.sim.repo(FULL).pulls.get(1)!.headSha).toBe(second.outputs.commit);
    for (const r of [first, second]) expect(r.stdout + r.stderr + r.summary).not.toContain(h.bot.token);
  });

  it("pushes an emergency rollback straight to the default branch", async () => {
    const before = await h.sim.git(FULL, "rev-parse", "refs/heads/main");
    const t0 = Date.now();
    const r = await propose({
      kind: "rollback",
      model: "credit-default",
      environment: "staging",
      direct: "true",
      reason: "p99 latency",
    });
    const ms = Date.now() - t0;
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs.direct).toBe("true");
    expect(r.outputs["pr-number"]).toBe("");
    const after = await h.sim.git(FULL, "rev-parse", "refs/heads/main");
    expect(after).toBe(r.outputs.commit);
    expect(await h.sim.git(FULL, "rev-parse", `${after}^`)).toBe(before);
    const file = await h.sim.git(FULL, "show", `${after}:environments/staging/credit-default.yaml`);
    expect(file).toMatch(/version: 1\.0\.0/);
    expect(h.sim.repo(FULL).pulls.size).toBe(0);
    console.log(`rollback direct: dispatch to pushed commit ${ms} ms (step ${r.outputs.seconds} s)`);
  });

  it("falls back to a PR with auto-merge when branch protection refuses the direct push", async () => {
    h.sim.protectBranch(FULL, "main");
    h.sim.repo(FULL).allowAutoMerge = true;
    const before = await h.sim.git(FULL, "rev-parse", "refs/heads/main");
    const t0 = Date.now();
    const r = await propose({
      kind: "rollback",
      model: "credit-default",
      environment: "staging",
      direct: "true",
    });
    const ms = Date.now() - t0;
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/refused the direct push/);
    expect(r.outputs.direct).toBe("false");
    expect(await h.sim.git(FULL, "rev-parse", "refs/heads/main")).toBe(before);
    const pull = h.sim.repo(FULL).pulls.get(Number(r.outputs["pr-number"]))!;
    expect(pull.labels).toEqual(["modelgate", "rollback", "staging"]);
    expect(pull.autoMerge).toMatchObject({ by: h.bot.login, method: "MERGE" });
    console.log(`rollback fallback: dispatch to PR with auto-merge ${ms} ms`);
  });

  it("says clearly when auto-merge is off in the repository's settings", async () => {
    h.sim.protectBranch(FULL, "main");
    const r = await propose({
      kind: "rollback",
      model: "credit-default",
      environment: "staging",
      direct: "true",
    });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(/Auto merge is not allowed for this repository/);
    expect(r.stdout + r.stderr).not.toContain(h.bot.token);
  });

  it("an unknown model: a clear error, exit 2, no token in any output", async () => {
    const r = await propose({
      kind: "promote",
      model: "no-such-model",
      version: "1.0.0",
      environment: "staging",
    });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(/no-such-model 1\.0\.0 is not registered/);
    expect(r.stdout + r.stderr).not.toMatch(/internal error|\n\s+at /);
    const basic = Buffer.from(`x-access-token:${h.bot.token}`).toString("base64");
    for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) {
      expect(text).not.toContain(h.bot.token);
      expect(text).not.toContain(basic);
    }
    expect(h.sim.repo(FULL).pulls.size).toBe(0);
  });

  it("a bad kind is an input error", async () => {
    const r = await propose({ kind: "ship-it", model: "credit-default" });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(/input kind "ship-it" must be one of register, promote/);
  });
});
