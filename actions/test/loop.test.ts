// The whole loop on GitHub, end to end: every step is a committed action bundle run as the
// runner runs it (node on actions/dist, INPUT_*, GITHUB_*, an event from GitHub's example
// payloads) against the OpenAPI-validated simulator backed by git http-backend; the people
// (a reviewer's approval, the merge button) act through the REST API.
//
// a training repository registers 3.0.0 → PR → check passes → merge → staging promotion → merge
// → deploy → canary of 3.0.0 to production: blocked without an approval → an approving review
// → passes → merge → deploy → complete → deploy → emergency rollback (direct) → deploy.
// Every action run again changes nothing.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { userClient } from "../../packages/github/src/simulator/client.js";
import type { SimUser } from "../../packages/github/src/simulator/server.js";
import {
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
} from "../../packages/github/test/simulator/events.js";
import {
  addVersion,
  CONFIG,
  createRegistryFixture,
  evaluationEvidence,
} from "../../packages/registry/test/fixture.js";
import { runAction } from "./run-action.js";
import { FULL, useSimulator } from "./simulator-harness.js";

const RUN_ID = "42";
const yesterday = new Date(Date.now() - 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");

// production needs one approval; 2.0.0 is live in staging, 1.0.0 in production
const h = useSimulator(() => {
  const f = createRegistryFixture();
  f.write(
    "modelgate.yaml",
    CONFIG.replace("maxModelAgeDays: 365", "maxModelAgeDays: 365\n      requiredApprovals: 1"),
  );
  addVersion(f, "2.0.0", 0.85, "", yesterday);
  f.write(
    "environments/staging/credit-default.yaml",
    "model: credit-default\nenvironment: staging\nversion: 2.0.0\n",
  );
  f.commitAll("Production needs an approval; 2.0.0 live in staging");
  return f;
});

const run = (name: string, inputs: Record<string, string>, options: Parameters<typeof runAction>[2]) =>
  runAction(name, inputs, options).then((r) => {
    h.expectClean(r, h.bot.token);
    return r;
  });

/** propose, from a training repository's workflow or the registry's own workflow_dispatch */
function propose(inputs: Record<string, string>, from = FULL, workspace = h.tmp("mg-workspace-")) {
  return run(
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
      event: { inputs: {}, ref: "refs/heads/main", repository: { full_name: from } },
      env: h.githubEnv({
        token: h.bot.token,
        repository: from,
        sha: "0123456789abcdef0123456789abcdef01234567",
        ref: "refs/heads/main",
        runId: RUN_ID,
      }),
    },
  );
}

/** check on a pull_request (or pull_request_review) event; the checkout is actions/checkout's */
async function check(checkout: string, event: Record<string, unknown>, eventName = "pull_request") {
  return run(
    "check",
    { token: h.bot.token, "registry-path": "registry", "reports-dir": "reports" },
    {
      cwd: checkout,
      eventName,
      event,
      env: h.githubEnv({
        token: h.bot.token,
        sha: String((event.pull_request as { merge_commit_sha: string }).merge_commit_sha),
        ref: `refs/pull/${String((event.pull_request as { number: number }).number)}/merge`,
        runId: RUN_ID,
      }),
    },
  );
}

/** deploy on the push a merge (or the direct rollback) made, in a fresh checkout with history */
async function deploy(push: { ref: string; before: string; after: string }) {
  const ws = h.tmp("mg-deploy-");
  await h.git(ws, "clone", "-q", h.sim.repo(FULL).gitdir, ".");
  return run(
    "deploy",
    { token: h.bot.token, "write-interval-ms": "5" },
    {
      cwd: ws,
      eventName: "push",
      event: await pushEvent(h.sim, FULL, push),
      env: h.githubEnv({ token: h.bot.token, sha: push.after, ref: push.ref, runId: RUN_ID }),
    },
  );
}

const rest = (user: SimUser) => userClient(h.sim, user);
const pull = (n: number) => h.sim.repo(FULL).pulls.get(n)!;
const checkRunsOf = (sha: string) => h.sim.repo(FULL).checkRuns.filter((c) => c.headSha === sha);

/** the pull_request event as GitHub sends it once the test merge exists */
async function prEvent(n: number, action = "opened") {
  await rest(h.dev).pulls.get({ owner: "acme", repo: "registry", pull_number: n });
  return pullRequestEvent(h.sim, FULL, n, action);
}

async function merge(n: number) {
  await rest(h.admin).pulls.merge({ owner: "acme", repo: "registry", pull_number: n });
  const push = h.sim.pushes.at(-1)!;
  expect(push.pull).toBe(n);
  return push;
}

/** a check that passes, run twice: one comment on the PR, one check run on its head */
async function checkPasses(checkout: string, event: Record<string, unknown>, eventName = "pull_request") {
  const n = (event.pull_request as { number: number }).number;
  const after: number[] = [];
  for (let i = 0; i < 2; i++) {
    const r = await check(checkout, event, eventName);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: "pass", blocked: "false" });
    after.push(checkRunsOf(pull(n).headSha).length);
  }
  expect(after[1]).toBe(after[0]);
  expect(h.sim.repo(FULL).comments.filter((c) => c.issue === n)).toHaveLength(1);
  const runs = checkRunsOf(pull(n).headSha);
  expect(runs.at(-1)!.conclusion).toBe("success");
  return runs;
}

/** deploy run twice: deployments in_progress → success, and the second run adds nothing */
async function deploysOnce(push: { ref: string; before: string; after: string }) {
  const first = await deploy(push);
  expect(first.exitCode, first.stdout).toBe(0);
  const made = h.sim.repo(FULL).deployments.filter((d) => d.sha === push.after);
  const count = h.sim.repo(FULL).deployments.length;
  const again = await deploy(push);
  expect(again.exitCode, again.stdout).toBe(0);
  expect(h.sim.repo(FULL).deployments).toHaveLength(count);
  for (const d of made) expect(d.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
  return made.map((d) => [
    d.environment,
    (d.payload as { kind: string }).kind,
    (d.payload as { to: string }).to,
  ]);
}

describe("the loop on GitHub", () => {
  it("register → check → staging → canary blocked until approved → deploy → complete → emergency rollback → deploy", async (context) => {
    const checkout = h.tmp("mg-checkout-");
    await h.git(checkout, "clone", "-q", h.sim.cloneUrl(FULL), "registry");
    const reviewer = h.sim.addUser("alice");
    h.sim.setPermission(FULL, reviewer.login, "write");

    // 1. the training repository's workflow proposes the registration with its evidence
    const training = h.tmp("mg-training-");
    const bytes = Buffer.from("onnx bytes of credit-default 3.0.0\n");
    writeFileSync(join(training, "model.onnx"), bytes);
    const artSha = createHash("sha256").update(bytes).digest("hex");
    writeFileSync(
      join(training, "evaluation.json"),
      evaluationEvidence("credit-default", "3.0.0", artSha, 0.9, yesterday),
    );
    const register = {
      kind: "register",
      model: "credit-default",
      version: "3.0.0",
      artifact: "file:artifacts/credit-default/3.0.0/model.onnx",
      "artifact-file": "model.onnx",
      evidence: "evaluation.json",
    };
    const proposed = await propose(register, "acme/credit-training", training);
    expect(proposed.exitCode, proposed.stdout).toBe(0);
    const again = await propose(register, "acme/credit-training", training);
    expect(again.outputs["pr-number"]).toBe(proposed.outputs["pr-number"]);
    expect(h.sim.repo(FULL).pulls.size).toBe(1);
    const registration = Number(proposed.outputs["pr-number"]);
    await checkPasses(checkout, await prEvent(registration));
    await merge(registration);

    // 2. 3.0.0 to staging (no approval needed there), deployed
    const toStaging = await propose({
      kind: "promote",
      model: "credit-default",
      version: "3.0.0",
      environment: "staging",
    });
    const staging = Number(toStaging.outputs["pr-number"]);
    await checkPasses(checkout, await prEvent(staging));
    expect(await deploysOnce(await merge(staging))).toEqual([["staging", "promote", "3.0.0"]]);

    // 3. the canary to production: blocked without an approval, passes once alice approves
    const toCanary = await propose({
      kind: "canary",
      model: "credit-default",
      version: "3.0.0",
      environment: "production",
      "canary-percent": "10",
    });
    const canary = Number(toCanary.outputs["pr-number"]);
    const blocked = await check(checkout, await prEvent(canary));
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs.blocked).toBe("true");
    expect(checkRunsOf(pull(canary).headSha).at(-1)!.annotations).toEqual([
      expect.objectContaining({
        path: "environments/production/credit-default.yaml",
        annotation_level: "failure",
        title: "approvals",
        message: expect.stringContaining("production: 0 of 1 required approval(s)"),
      }),
    ]);
    const { data: review } = await rest(reviewer).pulls.createReview({
      owner: "acme",
      repo: "registry",
      pull_number: canary,
      event: "APPROVE",
    });
    const canaryRuns = await checkPasses(
      checkout,
      pullRequestReviewEvent(h.sim, FULL, canary, review.id),
      "pull_request_review",
    );
    expect(canaryRuns.map((c) => c.conclusion)).toEqual(["failure", "success"]);
    expect(await deploysOnce(await merge(canary))).toEqual([["production", "canary", "3.0.0"]]);

    // 4. complete the canary (approved before the check runs): one check, deployed
    const toComplete = await propose({
      kind: "complete",
      model: "credit-default",
      version: "3.0.0",
      environment: "production",
    });
    const complete = Number(toComplete.outputs["pr-number"]);
    const { data: approval } = await rest(reviewer).pulls.createReview({
      owner: "acme",
      repo: "registry",
      pull_number: complete,
      event: "APPROVE",
    });
    await checkPasses(
      checkout,
      pullRequestReviewEvent(h.sim, FULL, complete, approval.id),
      "pull_request_review",
    );
    expect(await deploysOnce(await merge(complete))).toEqual([["production", "complete", "3.0.0"]]);

    // 5. the emergency rollback: pushed straight to main, then deployed
    const before = await h.sim.git(FULL, "rev-parse", "refs/heads/main");
    const dispatched = Date.now();
    const rollback = await propose({
      kind: "rollback",
      model: "credit-default",
      environment: "production",
      direct: "true",
      reason: "p99 latency",
    });
    expect(rollback.exitCode, rollback.stdout).toBe(0);
    expect(rollback.outputs.direct).toBe("true");
    const rolledBack = await deploy({ ref: "refs/heads/main", before, after: rollback.outputs.commit! });
    const dispatchToStatusMs = Date.now() - dispatched;
    expect(rolledBack.exitCode, rolledBack.stdout).toBe(0);
    const [d] = h.sim.repo(FULL).deployments.filter((x) => x.sha === rollback.outputs.commit);
    expect([d!.environment, d!.production]).toEqual(["production", true]);
    expect(d!.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    expect(d!.payload).toMatchObject({ kind: "rollback", to: "1.0.0" });
    const count = h.sim.repo(FULL).deployments.length;
    const redeploy = await deploy({ ref: "refs/heads/main", before, after: rollback.outputs.commit! });
    expect(redeploy.exitCode).toBe(0);
    expect(h.sim.repo(FULL).deployments).toHaveLength(count);

    // one comment per pull request, one successful check run per head that passed
    const comments = h.sim.repo(FULL).comments;
    expect(comments.map((c) => c.issue)).toEqual([registration, staging, canary, complete]);
    context.task.meta.rollbackDispatchToDeploymentStatusMs = dispatchToStatusMs;
    context.annotate(`rollback: dispatch to deployment status ${dispatchToStatusMs} ms`);
  }, 420_000);
});

declare module "vitest" {
  interface TaskMeta {
    rollbackDispatchToDeploymentStatusMs?: number;
  }
}
