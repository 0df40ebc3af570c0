// The check action run as the runner runs it (node on the bundle, INPUT_* and GITHUB_*, a real
// event payload), against the OpenAPI-validated GitHub simulator backed by git http-backend.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { validateValue } from "@modelgate/core";
import { openRegistry, proposePromotion, proposeRollback } from "@modelgate/registry";
import { beforeEach, describe, expect, it } from "vitest";
import { userClient } from "../../packages/github/src/simulator/client.js";
import type { SimUser } from "../../packages/github/src/simulator/server.js";
import { pullRequestEvent, pullRequestReviewEvent } from "../../packages/github/test/simulator/events.js";
import {
  addVersion,
  CONFIG,
  createRegistryFixture,
  evaluationEvidence,
  type RegistryFixture,
} from "../../packages/registry/test/fixture.js";
import { runAction } from "./run-action.js";
import { runActionYml } from "./runner.js";
import { FULL, useSimulator } from "./simulator-harness.js";

const exec = promisify(execFile);
const PRODUCTION = "environments/production/credit-default.yaml";
let checkout: string;

/** A version registered with evidence made now (the action judges freshness by the real clock). */
function freshVersion(f: RegistryFixture, version: string, rocAuc: number): void {
  const artSha = addVersion(f, version, rocAuc);
  const evidence = `evidence/credit-default/${version}/evaluation.json`;
  f.write(evidence, evaluationEvidence("credit-default", version, artSha, rocAuc, new Date().toISOString()));
  const file = `models/credit-default/versions/${version}.yaml`;
  f.write(
    file,
    f
      .read(file)
      .replace(/sha256: [0-9a-f]{64} \}/, `sha256: ${f.sha256sum(evidence)} }`)
      .replace(
        "createdAt: 2026-11-01T00:00:00Z",
        `createdAt: ${new Date(Date.now() - 86_400_000).toISOString()}`,
      ),
  );
}

// production needs one approval; 2.0.0 is live in staging, 3.0.0 registered
const h = useSimulator(() => {
  const f = createRegistryFixture();
  f.write(
    "modelgate.yaml",
    CONFIG.replace("maxModelAgeDays: 365", "maxModelAgeDays: 365\n      requiredApprovals: 1"),
  );
  freshVersion(f, "2.0.0", 0.85);
  freshVersion(f, "3.0.0", 0.86);
  f.write(
    "environments/staging/credit-default.yaml",
    "model: credit-default\nenvironment: staging\nversion: 2.0.0\n",
  );
  f.commitAll("Production needs an approval; 2.0.0 live in staging, 3.0.0 registered");
  return f;
});

beforeEach(async () => {
  // what actions/checkout leaves: a clone of the branches; the test merges are fetched by the action
  checkout = join(h.tmp("mg-checkout-"), "registry");
  await exec("git", ["clone", "-q", h.sim.cloneUrl(FULL), checkout], { env: h.sim.gitEnv });
});

const rest = (user: SimUser) => userClient(h.sim, user);

/** A pull request by dev: a change made on a clone of the registry, pushed, opened. */
async function openPull(
  make: "promote-staging" | "promote-production" | "rollback-staging",
): Promise<number> {
  const reg = await openRegistry(h.sim.cloneUrl(FULL), { cloneDir: h.tmp("mg-clone-") });
  const change =
    make === "rollback-staging"
      ? await proposeRollback(reg, { model: "credit-default", environment: "staging" })
      : await proposePromotion(reg, {
          model: "credit-default",
          version: make === "promote-staging" ? "3.0.0" : "2.0.0",
          environment: make === "promote-staging" ? "staging" : "production",
        });
  const { data } = await rest(h.dev).pulls.create({
    owner: "acme",
    repo: "registry",
    head: change.branch,
    base: "main",
    title: change.title,
    body: change.body,
  });
  return data.number;
}

/** The runner's variables for a check on an event; no engines: no policy here asks for recomputation. */
function checkEnv(event: Record<string, unknown>, user: SimUser) {
  return {
    ...h.githubEnv({
      token: user.token,
      sha: String((event.pull_request as { merge_commit_sha?: string } | undefined)?.merge_commit_sha),
      ref: `refs/pull/${String((event.pull_request as { number?: number } | undefined)?.number)}/merge`,
      runId: "42",
    }),
    MODELGATE_ENGINES: join(checkout, "..", "no-engines"),
  };
}

/** The check action on an event, as the runner runs it. */
async function check(event: Record<string, unknown>, user: SimUser = h.bot, eventName = "pull_request") {
  // as the runner sets it: a pull_request_review event has no top-level number, its pull request has
  const ref = `refs/pull/${String((event.pull_request as { number?: number } | undefined)?.number)}/merge`;
  expect(ref).toMatch(/^refs\/pull\/\d+\/merge$/);
  const r = await runAction(
    "check",
    { token: user.token, "registry-path": "registry", "reports-dir": "reports" },
    { cwd: join(checkout, ".."), eventName, event, env: checkEnv(event, user) },
  );
  h.expectClean(r, user.token);
  return r;
}

/** The check action from its action.yml (composite: the engines decided first). */
async function checkFromActionYml(event: Record<string, unknown>) {
  const eventFile = join(h.tmp("mg-event-"), "event.json");
  writeFileSync(eventFile, JSON.stringify(event));
  const r = await runActionYml(
    new URL("../check", import.meta.url).pathname,
    { token: h.bot.token, "registry-path": "registry", "reports-dir": "reports" },
    {
      workspace: join(checkout, ".."),
      env: { ...checkEnv(event, h.bot), GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: eventFile },
    },
  );
  h.expectClean(r, h.bot.token);
  return r;
}

/** The pull_request event of a pull request as GitHub sends it now. */
async function prEvent(n: number, action = "opened") {
  await rest(h.dev).pulls.get({ owner: "acme", repo: "registry", pull_number: n }); // the test merge, made
  return pullRequestEvent(h.sim, FULL, n, action);
}

async function approve(user: SimUser, n: number) {
  const { data } = await rest(user).pulls.createReview({
    owner: "acme",
    repo: "registry",
    pull_number: n,
    event: "APPROVE",
  });
  return pullRequestReviewEvent(h.sim, FULL, n, data.id);
}

const runUrl = () => `${h.sim.serverUrl}/${FULL}/actions/runs/42`;

describe("the check action", () => {
  it("passes a staging promotion: one comment, one success check run; a re-run changes nothing", async () => {
    const n = await openPull("promote-staging");
    const event = await prEvent(n);
    const first = await check(event);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ verdict: "pass", blocked: "false" });
    const report = JSON.parse(readFileSync(first.outputs.report!, "utf8"));
    expect(first.outputs.report).toBe(join(checkout, "..", "reports", `registry-check-pr-${n}.json`));
    expect(validateValue("registry-check", report)).toEqual([]);
    // base = the pull request's base, head = its test merge
    const pull = h.sim.repo(FULL).pulls.get(n)!;
    expect(report).toMatchObject({ base: pull.baseSha, head: pull.mergeCommitSha, blocked: false });
    expect(first.summary).toContain("## modelgate registry check: ✅ passed");
    const { comments, checkRuns } = h.sim.repo(FULL);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(
      /^<!-- modelgate registry=acme -->\n## modelgate registry check: ✅ passed/,
    );
    expect(checkRuns.map((c) => [c.name, c.headSha, c.conclusion, c.detailsUrl])).toEqual([
      ["modelgate / gate", pull.headSha, "success", runUrl()],
    ]);

    // the re-run from action.yml: no policy asks for recomputation, so no engine is installed
    const again = await checkFromActionYml(await prEvent(n, "synchronize"));
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.steps.map((s) => [s.step.split(" ").at(-1), s.skipped ?? false])).toEqual([
      ["--engines", false],
      ["locate", true],
      ["actions/cache@v4", true],
      ['"$ENGINES_DIR"', true],
      ['"$GITHUB_ACTION_PATH/../dist/check.js"', false],
    ]);
    expect(again.stdout).toContain("no policy asks for recomputation: the engines are not needed");
    expect(again.outputs).toMatchObject({ verdict: "pass", blocked: "false" });
    expect(h.sim.repo(FULL).comments.map((c) => c.id)).toEqual([comments[0]!.id]);
    expect(h.sim.repo(FULL).checkRuns.map((c) => c.id)).toEqual([checkRuns[0]!.id]);
  });

  it("blocks a production promotion until a writer approves its head: not a reader, not an approval of an older commit", async () => {
    const n = await openPull("promote-production");
    const blocked = await check(await prEvent(n));
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs).toMatchObject({ verdict: "fail", blocked: "true" });
    const run = h.sim.repo(FULL).checkRuns.at(-1)!;
    expect(run.conclusion).toBe("failure");
    expect(run.annotations).toEqual([
      expect.objectContaining({
        path: PRODUCTION,
        start_line: 1,
        annotation_level: "failure",
        title: "approvals",
        message: `production: 0 of 1 required approval(s) on #${n} — a reviewer with write permission other than the author approves the head commit (an approval of an earlier commit does not count: allowStaleApprovals is false)`,
      }),
    ]);
    expect(h.sim.repo(FULL).comments[0]!.body).toContain("❌ blocked");

    // a reader approves, a writer approves, then the author pushes again: neither counts
    const rita = h.sim.addUser("rita");
    h.sim.setPermission(FULL, "rita", "read");
    await approve(rita, n);
    const alice = h.sim.addUser("alice");
    h.sim.setPermission(FULL, "alice", "write");
    await approve(alice, n);
    const p = h.sim.repo(FULL).pulls.get(n)!;
    const approvedHead = p.headSha;
    const pushed = await h.sim.git(
      FULL,
      "commit-tree",
      `${p.headSha}^{tree}`,
      "-p",
      p.headSha,
      "-m",
      "touch",
    );
    await h.sim.git(FULL, "update-ref", `refs/heads/${p.head}`, pushed);
    const stale = await check(await prEvent(n, "synchronize"));
    expect(stale.exitCode).toBe(1);
    const reasons = (r: { outputs: Record<string, string> }) =>
      (
        JSON.parse(readFileSync(r.outputs.report!, "utf8")) as { blocking: Array<{ message: string }> }
      ).blocking
        .map((b) => b.message)
        .join("\n");
    expect(reasons(stale)).toContain("set aside: alice (stale), rita (no-write-permission)");
    const report0 = JSON.parse(readFileSync(stale.outputs.report!, "utf8"));
    expect(report0.approvals.environments[0].setAside[0].detail).toBe(
      `alice approved ${approvedHead.slice(0, 12)}, not the head ${pushed.slice(0, 12)}`,
    );

    // alice approves the head: it passes, on the new head's check run
    const passed = await check(await approve(alice, n), h.bot, "pull_request_review");
    expect(passed.exitCode).toBe(0);
    expect(passed.outputs.blocked).toBe("false");
    expect(passed.summary).toContain("| ✅ production | 1 | alice");
    const report = JSON.parse(readFileSync(passed.outputs.report!, "utf8"));
    expect(report.approvals).toMatchObject({
      source: "github",
      pullRequest: `#${n}`,
      author: "dev",
      headSha: pushed,
      environments: [
        { environment: "production", required: 1, approvedBy: [{ login: "alice", commit: pushed }] },
      ],
    });
    const runs = h.sim.repo(FULL).checkRuns;
    expect(runs.filter((c) => c.headSha === pushed).map((c) => c.conclusion)).toEqual(["failure", "success"]);
    expect(runs.filter((c) => c.headSha === pushed).map((c) => c.title)).toEqual([
      "superseded",
      "passed: the change may merge",
    ]);
    expect(h.sim.repo(FULL).comments).toHaveLength(1);
  });

  it("with a fork's read-only token: the summary and annotations, and the verdict decides the exit", async () => {
    const fork = h.sim.addUser("fork-token", { readOnly: true });
    h.sim.setPermission(FULL, fork.login, "read");
    const ok = await check(await prEvent(await openPull("promote-staging")), fork);
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs).toMatchObject({ verdict: "pass", blocked: "false" });
    expect(ok.summary).toContain("**No check run**: the token may not write to this pull request");
    expect(ok.summary).toContain("**No comment**");
    expect(ok.stdout).toMatch(
      /::warning::no comment: commenting on pull request #\d+ in acme\/registry failed: HTTP 403/,
    );

    const blocked = await check(await prEvent(await openPull("promote-production")), fork);
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout).toContain(
      `::error title=approvals,file=${PRODUCTION},line=1,endLine=1::production: 0 of 1 required approval(s)`,
    );
    expect(h.sim.repo(FULL).comments).toEqual([]);
    expect(h.sim.repo(FULL).checkRuns).toEqual([]);
  });

  it("names the other pull request that changes the same (model, environment), in each", async () => {
    const a = await openPull("promote-staging");
    const b = await openPull("rollback-staging");
    const ra = await check(await prEvent(a));
    const rb = await check(await prEvent(b));
    expect([ra.exitCode, rb.exitCode]).toEqual([0, 0]);
    const byIssue = new Map(h.sim.repo(FULL).comments.map((c) => [c.issue, c.body]));
    expect(byIssue.get(a)).toContain(
      `- [\\#${b}](${h.sim.serverUrl}/${FULL}/pull/${b}) Roll back credit-default in staging`,
    );
    expect(byIssue.get(b)).toContain(
      `- [\\#${a}](${h.sim.serverUrl}/${FULL}/pull/${a}) Promote credit-default 3.0.0 to staging`,
    );
    expect(byIssue.get(b)).toContain(
      "also changes credit-default in staging; whichever merges second is gated again",
    );
    const report = JSON.parse(readFileSync(rb.outputs.report!, "utf8"));
    expect(report.competing).toEqual([
      expect.objectContaining({ pullRequest: `#${a}`, model: "credit-default", environment: "staging" }),
    ]);
    const run = h.sim.repo(FULL).checkRuns.find((c) => c.headSha === h.sim.repo(FULL).pulls.get(b)!.headSha)!;
    expect(run.annotations).toEqual([
      expect.objectContaining({
        annotation_level: "warning",
        title: "competing pull request",
        path: "environments/staging/credit-default.yaml",
      }),
    ]);
  });

  it("a pull request that does not exist, or another event: a clear error, exit 2", async () => {
    const event = await prEvent(await openPull("promote-staging"));
    const missing = structuredClone(event) as { number: number; pull_request: { number: number } };
    missing.number = 999;
    missing.pull_request.number = 999;
    const r = await check(missing);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toContain(
      "::error::reading pull request #999 in acme/registry failed: HTTP 404 Not Found — it does not exist, or the token cannot see it",
    );
    const push = await check(event, h.bot, "push");
    expect(push.exitCode).toBe(2);
    expect(push.stdout).toContain(
      "::error::modelgate check runs on pull_request (and pull_request_review) events, not push",
    );
    const target = await check(event, h.bot, "pull_request_target");
    expect(target.stdout).toContain(
      "pull_request_target gives untrusted pull requests a write token and is not needed",
    );
    expect(h.sim.repo(FULL).comments).toEqual([]);
  });
});
