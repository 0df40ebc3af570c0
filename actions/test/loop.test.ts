// The whole loop on GitHub, end to end: the steps of runGitHubLoop (the simulator's loop.ts,
// which `modelgate demo --github` runs too), each job a committed action bundle run as the
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
import type { ProposeRequest } from "../../packages/github/src/index.js";
import { type LoopEvent, type Push, runGitHubLoop } from "../../packages/github/src/simulator/loop.js";
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

/** the propose action's inputs for a request */
function inputsOf(r: ProposeRequest): Record<string, string> {
  const inputs: Record<string, string> = { kind: r.kind, model: r.model };
  if ("version" in r) inputs.version = r.version;
  if ("environment" in r) inputs.environment = r.environment;
  if (r.kind === "canary") inputs["canary-percent"] = String(r.canary);
  if (r.kind === "rollback" && r.direct) inputs.direct = "true";
  if ((r.kind === "rollback" || r.kind === "deprecate") && r.reason) inputs.reason = r.reason;
  if (r.kind === "register") {
    inputs.artifact = r.artifact;
    if (r.artifactSource) inputs["artifact-file"] = r.artifactSource;
    inputs.evidence = (r.evidence ?? []).join("\n");
  }
  return inputs;
}

/** check on a pull_request (or pull_request_review) event; the checkout is actions/checkout's */
async function check(checkout: string, event: Record<string, unknown>, eventName = "pull_request") {
  const pr = event.pull_request as { number: number; merge_commit_sha: string };
  return run(
    "check",
    { token: h.bot.token, "registry-path": "registry", "reports-dir": "reports" },
    {
      cwd: checkout,
      eventName,
      event,
      env: h.githubEnv({
        token: h.bot.token,
        sha: pr.merge_commit_sha,
        ref: `refs/pull/${String(pr.number)}/merge`,
        runId: RUN_ID,
      }),
    },
  );
}

/** deploy on the push a merge (or the direct rollback) made, in a fresh checkout with history */
async function deploy(push: Push) {
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

const pull = (n: number) => h.sim.repo(FULL).pulls.get(n)!;
const checkRunsOf = (sha: string) => h.sim.repo(FULL).checkRuns.filter((c) => c.headSha === sha);
const deploymentsOf = (events: LoopEvent[]) =>
  events.flatMap((e) =>
    e.kind === "deployed" ? [e.deployments.map((d) => [d.environment, d.kind, d.to])] : [],
  );

describe("the loop on GitHub", () => {
  it("register → check → staging → canary blocked until approved → deploy → complete → emergency rollback → deploy", async (context) => {
    const checkout = h.tmp("mg-checkout-");
    await h.git(checkout, "clone", "-q", h.sim.cloneUrl(FULL), "registry");
    const reviewer = h.sim.addUser("alice");
    h.sim.setPermission(FULL, reviewer.login, "write");

    // the training repository's workflow proposes the registration with its evidence
    const training = h.tmp("mg-training-");
    const bytes = Buffer.from("onnx bytes of credit-default 3.0.0\n");
    writeFileSync(join(training, "model.onnx"), bytes);
    const artSha = createHash("sha256").update(bytes).digest("hex");
    writeFileSync(
      join(training, "evaluation.json"),
      evaluationEvidence("credit-default", "3.0.0", artSha, 0.9, yesterday),
    );

    const record = await runGitHubLoop({
      sim: h.sim,
      repository: FULL,
      maintainer: h.admin,
      reviewer,
      staging: "staging",
      production: "production",
      canaryPercent: 10,
      registration: {
        kind: "register",
        model: "credit-default",
        version: "3.0.0",
        artifact: "file:artifacts/credit-default/3.0.0/model.onnx",
        artifactSource: "model.onnx",
        evidence: ["evaluation.json"],
      },
      driver: {
        async propose(request) {
          const inputs = inputsOf(request);
          const r =
            request.kind === "register"
              ? await propose(inputs, "acme/credit-training", training)
              : await propose(inputs);
          expect(r.exitCode, r.stdout).toBe(0);
          if (request.kind === "register") {
            // proposed again: the same pull request, updated
            const again = await propose(inputs, "acme/credit-training", training);
            expect(again.outputs["pr-number"]).toBe(r.outputs["pr-number"]);
            expect(h.sim.repo(FULL).pulls.size).toBe(1);
          }
          expect(r.outputs.direct).toBe(request.kind === "rollback" && request.direct ? "true" : "false");
          return {
            pullNumber: r.outputs["pr-number"] ? Number(r.outputs["pr-number"]) : null,
            commit: r.outputs.commit!,
          };
        },
        // run twice: one comment on the pull request, one check run on its head
        async check(n, reviewId) {
          const event =
            reviewId === undefined
              ? await pullRequestEvent(h.sim, FULL, n, "opened")
              : pullRequestReviewEvent(h.sim, FULL, n, reviewId);
          const eventName = reviewId === undefined ? "pull_request" : "pull_request_review";
          const runs: number[] = [];
          let blocked = false;
          for (let i = 0; i < 2; i++) {
            const r = await check(checkout, event, eventName);
            blocked = r.outputs.blocked === "true";
            expect(r.exitCode, r.stdout).toBe(blocked ? 1 : 0);
            expect(r.outputs.verdict).toBe(blocked ? "fail" : "pass");
            runs.push(checkRunsOf(pull(n).headSha).length);
          }
          expect(runs[1]).toBe(runs[0]);
          expect(h.sim.repo(FULL).comments.filter((c) => c.issue === n)).toHaveLength(1);
          return { blocked };
        },
        // run twice: deployments in_progress → success, and the second run adds nothing
        async deploy(push) {
          const first = await deploy(push);
          expect(first.exitCode, first.stdout).toBe(0);
          const count = h.sim.repo(FULL).deployments.length;
          const again = await deploy(push);
          expect(again.exitCode, again.stdout).toBe(0);
          expect(h.sim.repo(FULL).deployments).toHaveLength(count);
          return { blocked: first.outputs.blocked === "true" };
        },
      },
    });

    const { registration, staging, canary, complete } = record.pulls;
    const canaryChecks = record.events.filter((e) => e.kind === "checked" && e.pullNumber === canary);
    expect(canaryChecks.map((e) => e.kind === "checked" && [e.event, e.blocked])).toEqual([
      ["pull_request", true],
      ["pull_request_review", false],
    ]);
    const blockedRun = canaryChecks[0]!.kind === "checked" ? canaryChecks[0]!.checkRun : null;
    expect(blockedRun?.conclusion).toBe("failure");
    expect(checkRunsOf(pull(canary).headSha).map((c) => c.conclusion)).toEqual(["failure", "success"]);
    expect(checkRunsOf(pull(canary).headSha)[0]!.annotations).toEqual([
      expect.objectContaining({
        path: "environments/production/credit-default.yaml",
        annotation_level: "failure",
        title: "approvals",
        message: expect.stringContaining("production: 0 of 1 required approval(s)"),
      }),
    ]);
    expect(deploymentsOf(record.events)).toEqual([
      [["staging", "promote", "3.0.0"]],
      [["production", "canary", "3.0.0"]],
      [["production", "complete", "3.0.0"]],
      [["production", "rollback", "1.0.0"]],
    ]);
    const [d] = h.sim.repo(FULL).deployments.filter((x) => x.sha === record.rollback.commit);
    expect([d!.environment, d!.production]).toEqual(["production", true]);
    expect(d!.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    expect(d!.payload).toMatchObject({ kind: "rollback", to: "1.0.0" });

    // one comment per pull request, one successful check run per head that passed
    const comments = h.sim.repo(FULL).comments;
    expect(comments.map((c) => c.issue)).toEqual([registration, staging, canary, complete]);
    const ms = record.rollback.dispatchToDeploymentStatusMs;
    context.task.meta.rollbackDispatchToDeploymentStatusMs = ms;
    context.annotate(`rollback: dispatch to deployment status ${ms} ms`);
  }, 420_000);
});

declare module "vitest" {
  interface TaskMeta {
    rollbackDispatchToDeploymentStatusMs?: number;
  }
}
