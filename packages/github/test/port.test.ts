import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { UserError } from "@modelgate/core";
import { type DeployEntry, openRegistry, proposePromotion } from "@modelgate/registry";
import { Octokit } from "@octokit/rest";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_SECRET } from "../../../tests/secret.js";
import { addVersion, createRegistryFixture, NOW, type RegistryFixture } from "../../registry/test/fixture.js";
import {
  approvalCandidates,
  commentMarker,
  createGitHubPort,
  type GateReportView,
  GitHubApiError,
  type GitHubOptions,
  MAX_COMMENT_CHARS,
  type WaitEvent,
} from "../src/index.js";
import { type SimUser, type Simulator, startSimulator } from "../src/simulator/server.js";
import { pullRequestEvent, pushEvent } from "./simulator/events.js";
import { OpenApiValidator } from "./simulator/openapi.js";

const run = promisify(execFile);
const FULL = "acme/registry";
let validator: OpenApiValidator;
let sim: Simulator;
let f: RegistryFixture;
let bot: SimUser;
let dev: SimUser;
const scratch: string[] = [];
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(d);
  return d;
};

beforeAll(() => {
  validator = new OpenApiValidator();
});

beforeEach(async () => {
  f = createRegistryFixture();
  addVersion(f, "2.0.0", 0.85);
  f.commitAll("Register 2.0.0");
  sim = await startSimulator(tmp("mg-sim-"), { api: validator, env: process.env, tokenMark: TEST_SECRET });
  await sim.createRepo("acme", "registry", f.dir);
  bot = sim.addUser("github-actions[bot]");
  sim.setPermission(FULL, bot.login, "write");
  dev = sim.addUser("dev");
  sim.setPermission(FULL, dev.login, "write");
});

afterEach(async () => {
  const violations = [...sim.violations];
  await sim.close();
  f.cleanup();
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
  // every request and response matched api.github.com's OpenAPI description
  expect(violations.join("\n")).toBe("");
});

function port(user: SimUser = bot, extra: Partial<GitHubOptions> = {}) {
  return createGitHubPort({
    repository: FULL,
    token: user.token,
    apiUrl: sim.apiUrl,
    waitUnitMs: 10,
    writeIntervalMs: 5,
    timeoutMs: 10_000,
    ...extra,
  });
}

function rest(user: SimUser) {
  return new Octokit({
    auth: user.token,
    baseUrl: sim.apiUrl,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
}

/** A pull request from a pushed branch with one commit changing the staging environment. */
async function openPull(user: SimUser, version = "2.0.0", environment = "staging"): Promise<number> {
  const reg = await openRegistry(sim.cloneUrl(FULL), { cloneDir: tmp("mg-clone-") });
  const change = await proposePromotion(reg, { model: "credit-default", version, environment }, { now: NOW });
  const { data } = await rest(user).pulls.create({
    owner: "acme",
    repo: "registry",
    head: change.branch,
    base: "main",
    title: change.title,
    body: change.body,
  });
  return data.number;
}

const report = (n: number): GateReportView => ({
  blocked: n > 0,
  blocking: Array.from({ length: n }, (_, i) => ({
    path: "environments/production/credit-default.yaml",
    check: "environment-order",
    message: `reason ${i + 1}: 2.0.0 must be live in staging before it enters production`,
    file: `models/m${i % 7}/versions/1.0.${i}.yaml`,
    line: i + 1,
    field: "version",
  })),
});

describe("the simulator", () => {
  it("keeps real refs: refs/pull/N/head and a real test merge at refs/pull/N/merge; a merge really merges", async () => {
    const n = await openPull(dev);
    const pr = (await rest(dev).pulls.get({ owner: "acme", repo: "registry", pull_number: n })).data;
    expect(await sim.git(FULL, "rev-parse", `refs/pull/${n}/head`)).toBe(pr.head.sha);
    const merge = await sim.git(FULL, "rev-parse", `refs/pull/${n}/merge`);
    expect(merge).toBe(pr.merge_commit_sha);
    expect((await sim.git(FULL, "rev-parse", `${merge}^1`, `${merge}^2`)).split("\n")).toEqual([
      pr.base.sha,
      pr.head.sha,
    ]);
    expect(await sim.git(FULL, "show", `${merge}:environments/staging/credit-default.yaml`)).toContain(
      "version: 2.0.0",
    );
    const before = await sim.git(FULL, "rev-parse", "main");
    const merged = await rest(dev).pulls.merge({ owner: "acme", repo: "registry", pull_number: n });
    expect(await sim.git(FULL, "rev-parse", "main")).toBe(merged.data.sha);
    expect(await sim.git(FULL, "show", "main:environments/staging/credit-default.yaml")).toContain(
      "version: 2.0.0",
    );
    expect(sim.pushes).toEqual([
      { repo: FULL, ref: "refs/heads/main", before, after: merged.data.sha, pull: n },
    ]);
    execFileSync("git", ["--git-dir", sim.repo(FULL).gitdir, "fsck", "--strict", "--no-progress"]);
  });

  it("fails an unknown endpoint and an invalid body, and says so", async () => {
    const o = rest(dev);
    await expect(
      o.request("GET /repos/{owner}/{repo}/modelgate-nothing", { owner: "acme", repo: "registry" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      o.request("POST /repos/{owner}/{repo}/check-runs", {
        owner: "acme",
        repo: "registry",
        name: "x",
        head_sha: "a".repeat(40),
        conclusion: "splendid" as "success",
      }),
    ).rejects.toMatchObject({ status: 422 });
    // answers are held to the spec the same way
    const create = validator.match("POST", "/repos/acme/registry/check-runs")!;
    expect(validator.validateResponse(create, 201, { id: 1, name: "x" }).join()).toMatch(
      /must have required property 'head_sha'/,
    );
    expect(validator.validateResponse(create, 418, {})).toEqual([
      "status 418 is not documented for POST /repos/{owner}/{repo}/check-runs",
    ]);
    expect(sim.violations).toHaveLength(2);
    expect(sim.violations[0]).toMatch(/no such endpoint/);
    expect(sim.violations[1]).toMatch(/conclusion must be equal to one of the allowed values/);
    sim.violations.length = 0;
  });

  it("builds pull_request and push events from GitHub's example payloads", async () => {
    const n = await openPull(dev);
    await rest(dev).pulls.get({ owner: "acme", repo: "registry", pull_number: n });
    const p = sim.repo(FULL).pulls.get(n)!;
    const opened = pullRequestEvent(sim, FULL, n, "opened") as {
      action: string;
      number: number;
      pull_request: {
        head: { sha: string; ref: string };
        base: { sha: string };
        merge_commit_sha: string;
        user: { login: string };
      };
      repository: { full_name: string; clone_url: string; owner: { login: string } };
      sender: { login: string };
    };
    expect(opened.action).toBe("opened");
    expect(opened.number).toBe(n);
    expect(opened.pull_request.head).toMatchObject({ sha: p.headSha, ref: p.head });
    expect(opened.pull_request.base.sha).toBe(p.baseSha);
    expect(opened.pull_request.merge_commit_sha).toBe(
      await sim.git(FULL, "rev-parse", `refs/pull/${n}/merge`),
    );
    expect(opened.pull_request.user.login).toBe("dev");
    expect(opened.repository).toMatchObject({
      full_name: FULL,
      clone_url: sim.cloneUrl(FULL),
      owner: { login: "acme" },
    });
    expect(JSON.stringify(opened)).not.toMatch(/Codertocat\/Hello-World|api\.github\.com/);
    await rest(dev).pulls.merge({ owner: "acme", repo: "registry", pull_number: n });
    const push = (await pushEvent(sim, FULL, sim.pushes[0]!)) as {
      ref: string;
      before: string;
      after: string;
      head_commit: { id: string; message: string };
    };
    expect(push).toMatchObject({ ref: "refs/heads/main", before: p.baseSha, after: sim.pushes[0]!.after });
    expect(push.head_commit.id).toBe(sim.pushes[0]!.after);
    expect(push.head_commit.message).toMatch(
      new RegExp(`^Merge pull request #${n} from acme/modelgate/promote/`),
    );
  });
});

describe("the port's inputs", () => {
  it("refuse a repository that is not owner/name and an empty token", () => {
    expect(() => createGitHubPort({ repository: "acme", token: "t" })).toThrow(
      'repository "acme" must be "owner/name"',
    );
    expect(() => createGitHubPort({ repository: "acme/registry/x", token: "t" })).toThrow(UserError);
    expect(() => createGitHubPort({ repository: "acme/registry", token: "" })).toThrow(
      "a GitHub token is needed (the `token` input)",
    );
  });

  it("answer bad credentials with a clear error", async () => {
    const error = await createGitHubPort({ repository: FULL, token: "ghs_wrong", apiUrl: sim.apiUrl })
      .locks([{ model: "credit-default", environment: "staging" }])
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "listing the open pull requests in acme/registry failed: HTTP 401 Bad credentials — the token is missing, expired or revoked",
    );
    expect((error as Error).message).not.toContain("ghs_wrong");
  });
});

describe("the sticky comment", () => {
  it("is created once and updated in place on the next run", async () => {
    const n = await openPull(dev);
    const first = await port().upsertComment({ pullNumber: n, registry: "acme", body: "run 1" });
    const second = await port().upsertComment({ pullNumber: n, registry: "acme", body: "run 2" });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ id: first.id, created: false, truncated: false });
    const comments = sim.repo(FULL).comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(`${commentMarker("acme")}\nrun 2`);
    expect(comments[0]!.body.startsWith("<!-- modelgate")).toBe(true);
    // another registry's comment on the same pull request is its own
    await port().upsertComment({ pullNumber: n, registry: "other", body: "x" });
    expect(sim.repo(FULL).comments).toHaveLength(2);
  });

  it("stays one comment when two runs race", async () => {
    const n = await openPull(dev);
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([
        port().upsertComment({ pullNumber: n, registry: "acme", body: `A${round}` }),
        port().upsertComment({ pullNumber: n, registry: "acme", body: `B${round}` }),
      ]);
      const left = sim.repo(FULL).comments.filter((c) => c.body.startsWith(commentMarker("acme")));
      expect(left).toHaveLength(1);
      expect(results[0]!.id).toBe(left[0]!.id);
      expect(results[1]!.id).toBe(left[0]!.id);
    }
    // the race really happened: both runs created a comment in the first round and one was removed
    expect(sim.log.filter((l) => /^POST .*\/issues\/\d+\/comments 201$/.test(l))).toHaveLength(2);
    expect(sim.log.filter((l) => /^DELETE .*\/issues\/comments\/\d+ 204$/.test(l))).toHaveLength(1);
  });

  it("never deletes a comment of somebody else that carries the marker", async () => {
    const n = await openPull(dev);
    const first = await port().upsertComment({ pullNumber: n, registry: "acme", body: "report" });
    const copy = `${commentMarker("acme")}\ncopied`;
    await rest(dev).issues.createComment({ owner: "acme", repo: "registry", issue_number: n, body: copy });
    const second = await port().upsertComment({ pullNumber: n, registry: "acme", body: "report 2" });
    expect(second).toMatchObject({ id: first.id, created: false, removedDuplicates: [] });
    expect(sim.repo(FULL).comments.map((c) => [c.user, c.body])).toEqual([
      [bot.login, `${commentMarker("acme")}\nreport 2`],
      ["dev", copy],
    ]);
  });

  it("cuts a body over 65,536 characters with a pointer to the job summary", async () => {
    const n = await openPull(dev);
    const body = `${"| a | b |\n".repeat(8000)}😀 end`;
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS);
    const summary = "http://127.0.0.1/acme/registry/actions/runs/7";
    const r = await port().upsertComment({ pullNumber: n, registry: "acme", body, summaryUrl: summary });
    expect(r.truncated).toBe(true);
    const stored = sim.repo(FULL).comments[0]!.body;
    expect(stored.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(stored.length).toBeGreaterThan(MAX_COMMENT_CHARS - 2100);
    expect(stored).toContain(`[job summary](${summary})`);
    expect(stored).not.toContain("😀 end");
    // GitHub's limit is real in the simulator too
    await expect(
      rest(bot).issues.createComment({
        owner: "acme",
        repo: "registry",
        issue_number: n,
        body: "x".repeat(65_537),
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("says why when the token may not write (a fork's pull request)", async () => {
    const n = await openPull(dev);
    const fork = sim.addUser("fork-token", { readOnly: true });
    sim.setPermission(FULL, fork.login, "read");
    const error = await port(fork)
      .upsertComment({ pullNumber: n, registry: "acme", body: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(403);
    expect((error as Error).message).toMatch(
      /commenting on pull request #\d+ in acme\/registry failed: HTTP 403 Resource not accessible by integration/,
    );
    expect((error as Error).message).not.toContain(fork.token);
  });
});

describe("the check run", () => {
  it("sends 120 annotations in 3 requests at each blocking reason's file and line; a re-run updates it", async () => {
    const head = await sim.git(FULL, "rev-parse", "main");
    const r = report(120);
    const run = await port().upsertCheckRun({
      headSha: head,
      report: r,
      summary: "## blocked",
      detailsUrl: "http://127.0.0.1/run/1",
    });
    expect(run).toMatchObject({ conclusion: "failure", created: true, annotations: 120, requests: 3 });
    const stored = sim.repo(FULL).checkRuns;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: "modelgate / gate",
      headSha: head,
      conclusion: "failure",
      requests: [50, 50, 20],
    });
    expect(stored[0]!.annotations).toHaveLength(120);
    expect(stored[0]!.annotations[73]).toMatchObject({
      path: "models/m3/versions/1.0.73.yaml",
      start_line: 74,
      end_line: 74,
      annotation_level: "failure",
      title: "environment-order: version",
      message: "reason 74: 2.0.0 must be live in staging before it enters production",
    });
    const again = await port().upsertCheckRun({ headSha: head, report: r, summary: "## blocked" });
    expect(again).toMatchObject({ id: run.id, created: false, annotations: 0, requests: 1 });
    expect(sim.repo(FULL).checkRuns).toHaveLength(1);
    expect(sim.repo(FULL).checkRuns[0]!.annotations).toHaveLength(120);
    // the findings changed on the same sha (an approval arrived): a fresh run, the old one marked superseded
    const passed = await port().upsertCheckRun({ headSha: head, report: report(0), summary: "## passed" });
    expect(passed).toMatchObject({
      conclusion: "success",
      created: true,
      superseded: run.id,
      annotations: 0,
    });
    const runs = sim.repo(FULL).checkRuns;
    expect(runs.map((c) => [c.conclusion, c.title])).toEqual([
      ["failure", "superseded"],
      ["success", "passed: the change may merge"],
    ]);
    const latest = await rest(bot).checks.listForRef({
      owner: "acme",
      repo: "registry",
      ref: head,
      check_name: "modelgate / gate",
    });
    expect(latest.data.check_runs.map((c) => c.id)).toEqual([passed.id]);
  });
});

describe("approvals", () => {
  it("count the latest review per user with write permission, not the author, not a reader, not a stale sha", async () => {
    const n = await openPull(dev);
    const users = Object.fromEntries(
      ["alice", "bob", "carol", "rita", "wanda"].map((login) => [login, sim.addUser(login)]),
    ) as Record<string, SimUser>;
    sim.setPermission(FULL, "alice", "write");
    sim.setPermission(FULL, "bob", "maintain");
    sim.setPermission(FULL, "carol", "admin");
    sim.setPermission(FULL, "rita", "read");
    sim.setPermission(FULL, "wanda", "write");
    const review = (u: string, event: "APPROVE" | "REQUEST_CHANGES" | "COMMENT", commit_id?: string) =>
      rest(users[u]!).pulls.createReview({
        owner: "acme",
        repo: "registry",
        pull_number: n,
        event,
        body: "",
        ...(commit_id ? { commit_id } : {}),
      });
    // GitHub refuses an author's approval of their own pull request; the simulator too
    await review("alice", "APPROVE");
    await expect(
      rest(dev).pulls.createReview({ owner: "acme", repo: "registry", pull_number: n, event: "APPROVE" }),
    ).rejects.toMatchObject({ status: 422 });
    await review("alice", "REQUEST_CHANGES"); // latest review wins: alice approved, then asked for changes
    await review("bob", "APPROVE");
    await review("bob", "COMMENT"); // a comment does not withdraw bob's approval
    const oldHead = sim.repo(FULL).pulls.get(n)!.headSha;
    await review("wanda", "APPROVE", oldHead);
    // a new commit on the branch: wanda's approval is now on an older head
    const branch = sim.repo(FULL).pulls.get(n)!.head;
    const newHead = await sim.git(FULL, "commit-tree", `${oldHead}^{tree}`, "-p", oldHead, "-m", "touch");
    await sim.git(FULL, "update-ref", `refs/heads/${branch}`, newHead);
    await review("carol", "APPROVE");
    await review("rita", "APPROVE"); // read permission

    const result = await port().approvals(n, { required: 2 });
    expect(result.headSha).toBe(newHead);
    expect(result.author).toBe("dev");
    expect(result.approvedBy.map((a) => a.login)).toEqual(["carol"]);
    expect(result.satisfied).toBe(false);
    expect(Object.fromEntries(result.ignored.map((i) => [i.login, i.reason]))).toEqual({
      alice: "changes-requested",
      bob: "stale",
      rita: "no-write-permission",
      wanda: "stale",
    });
    const lenient = await port().approvals(n, { required: 2, allowStaleApprovals: true });
    expect(lenient.approvedBy.map((a) => a.login)).toEqual(["bob", "carol", "wanda"]);
    expect(lenient.ignored.map((i) => i.login)).toEqual(["alice", "rita"]);
    expect(lenient.satisfied).toBe(true);
    expect(lenient.ignored.find((i) => i.login === "rita")?.detail).toBe(
      "rita has read permission; approvals need write",
    );
  });

  it("never count the pull request's author (the rule itself, as GitHub's API will not record such an approval)", () => {
    const sha = "a".repeat(40);
    const { candidates, ignored } = approvalCandidates(
      [
        { id: 1, login: "dev", state: "APPROVED", commitId: sha, submittedAt: "2026-11-20T12:00:01Z" },
        { id: 2, login: "ann", state: "APPROVED", commitId: sha, submittedAt: "2026-11-20T12:00:02Z" },
      ],
      { author: "dev", headSha: sha, allowStale: false },
    );
    expect(candidates.map((c) => c.login)).toEqual(["ann"]);
    expect(ignored).toEqual([{ login: "dev", reason: "author", detail: "dev wrote the pull request" }]);
  });

  it("fail clearly for a pull request that does not exist", async () => {
    const error = await port()
      .approvals(999, { required: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as Error).message).toBe(
      "reading pull request #999 in acme/registry failed: HTTP 404 Not Found — it does not exist, or the token cannot see it",
    );
  });
});

const entry = (environment: string): DeployEntry => ({
  environment,
  model: "credit-default",
  kind: "promote",
  from: "1.0.0",
  to: "2.0.0",
  traffic: 100,
  desired: { version: "2.0.0", canary: null },
  artifacts: [
    {
      version: "2.0.0",
      uri: "file:artifacts/credit-default/2.0.0/model.onnx",
      sha256: "b".repeat(64),
      traffic: 100,
    },
  ],
});

describe("deployments", () => {
  it("one per (environment, model) of a merge, statuses in_progress then success with the log URL; the same sha again creates none", async () => {
    const sha = await sim.git(FULL, "rev-parse", "main");
    const log = "http://127.0.0.1/acme/registry/actions/runs/42";
    const deploy = async () => {
      const out = [];
      for (const [i, env] of ["staging", "production"].entries()) {
        const d = await port().startDeployment({ sha, entry: entry(env), production: i === 1, logUrl: log });
        if (d.state !== "success") {
          await port().setDeploymentStatus({ id: d.id, state: "in_progress", logUrl: log });
          await port().setDeploymentStatus({
            id: d.id,
            state: "success",
            logUrl: log,
            description: "applied",
          });
        }
        out.push(d);
      }
      return out;
    };
    const first = await deploy();
    expect(first.map((d) => [d.environment, d.created, d.state])).toEqual([
      ["staging", true, null],
      ["production", true, null],
    ]);
    const stored = sim.repo(FULL).deployments;
    expect(stored.map((d) => [d.environment, d.production, d.task, d.sha])).toEqual([
      ["staging", false, "deploy:modelgate", sha],
      ["production", true, "deploy:modelgate", sha],
    ]);
    expect(stored[1]!.payload).toMatchObject({
      environment: "production",
      model: "credit-default",
      to: "2.0.0",
    });
    expect(stored[1]!.statuses.map((s) => [s.state, s.logUrl])).toEqual([
      ["in_progress", log],
      ["success", log],
    ]);
    const second = await deploy();
    expect(second.map((d) => [d.id, d.created, d.state])).toEqual(first.map((d) => [d.id, false, "success"]));
    expect(sim.repo(FULL).deployments).toHaveLength(2);
    expect(sim.repo(FULL).deployments[1]!.statuses).toHaveLength(2);
  });
});

describe("a proposed change", () => {
  it("is pushed over HTTPS and opened as a labelled pull request; proposed again, the open one is updated", async () => {
    const reg = await openRegistry(sim.cloneUrl(FULL), { cloneDir: tmp("mg-clone-") });
    const change = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const first = await port().proposePullRequest({ registry: reg, change });
    expect(first).toMatchObject({
      number: 1,
      created: true,
      branch: change.branch,
      labels: ["modelgate", "promote", "staging"],
    });
    const pr = sim.repo(FULL).pulls.get(1)!;
    expect(pr).toMatchObject({
      title: change.title,
      head: change.branch,
      base: "main",
      headSha: change.commit,
      labels: ["modelgate", "promote", "staging"],
    });
    const again = await port().proposePullRequest({
      registry: reg,
      change: { ...change, title: "Promote credit-default 2.0.0 to staging (again)" },
    });
    expect(again).toMatchObject({ number: 1, created: false });
    expect(sim.repo(FULL).pulls.size).toBe(1);
    expect(sim.repo(FULL).pulls.get(1)!.title).toBe("Promote credit-default 2.0.0 to staging (again)");
    expect(sim.repo(FULL).pulls.get(1)!.labels).toEqual(["modelgate", "promote", "staging"]);
  });

  it("names the other open pull requests that change the same (model, environment)", async () => {
    const a = await openPull(dev, "2.0.0", "staging");
    addVersion(f, "3.0.0", 0.86);
    f.commitAll("Register 3.0.0");
    // asynchronously: the git server answers from this process
    await run("git", ["push", "-q", sim.cloneUrl(FULL), "main"], { cwd: f.dir });
    const b = await openPull(dev, "3.0.0", "staging");
    const c = await openPull(dev, "2.0.0", "production");
    const locks = await port().locks([{ model: "credit-default", environment: "staging" }], {
      exceptPullNumber: b,
    });
    expect(locks).toEqual([
      {
        model: "credit-default",
        environment: "staging",
        pullNumber: a,
        title: expect.stringContaining("staging"),
        url: `${sim.serverUrl}/${FULL}/pull/${a}`,
      },
    ]);
    expect(
      (await port().locks([{ model: "credit-default", environment: "production" }])).map((l) => l.pullNumber),
    ).toEqual([c]);
  });
});

// A client timeout short enough to keep the suite quick yet far above what any answered request
// takes on a loaded machine (a shorter one timed real answers out and retried them too), and the
// injected hang far longer still (the simulator releases it when it closes): only the injected
// fault can time out.
const CLIENT_TIMEOUT_MS = 3000;
const HANG_MS = 60_000;

describe("faults", () => {
  it("keeps one comment when a create timed out after GitHub had made it", async () => {
    const n = await openPull(dev);
    sim.inject({
      kind: "timeout",
      match: "POST /repos/acme/registry/issues/",
      holdMs: HANG_MS,
      applied: true,
    });
    const r = await port(bot, { timeoutMs: CLIENT_TIMEOUT_MS }).upsertComment({
      pullNumber: n,
      registry: "acme",
      body: "once",
    });
    expect(sim.faultsUsed).toEqual([`timeout POST /repos/acme/registry/issues/${n}/comments`]);
    // the retried create made a second comment; the run found both and removed its own duplicate
    expect(r.removedDuplicates).toHaveLength(1);
    expect(sim.repo(FULL).comments.map((c) => c.body)).toEqual([`${commentMarker("acme")}\nonce`]);
  });

  it("survives a secondary rate limit, a 502 and a timeout, once each, waiting as told", async () => {
    const n = await openPull(dev);
    const waits: WaitEvent[] = [];
    sim.inject({ kind: "secondary-rate-limit", match: "GET /repos/acme/registry/issues/", retryAfter: 2 });
    sim.inject({ kind: "bad-gateway", match: "POST /repos/acme/registry/check-runs" });
    sim.inject({ kind: "timeout", match: "GET /repos/acme/registry/pulls/", holdMs: HANG_MS });
    const p = port(bot, { onWait: (w) => waits.push(w), timeoutMs: CLIENT_TIMEOUT_MS });
    const t0 = performance.now();
    const comment = await p.upsertComment({ pullNumber: n, registry: "acme", body: "ok" });
    const t1 = performance.now();
    const head = sim.repo(FULL).pulls.get(n)!.headSha;
    const run = await p.upsertCheckRun({ headSha: head, report: report(2), summary: "s" });
    const t2 = performance.now();
    const approvals = await p.approvals(n, { required: 0 });
    // the hung read was given up at the client's timeout and retried, not answered by the hang's end
    const waited = performance.now() - t2;
    expect(waited).toBeGreaterThanOrEqual(CLIENT_TIMEOUT_MS - 5);
    expect(waited).toBeLessThan(HANG_MS);
    expect(comment.created).toBe(true);
    expect(run.conclusion).toBe("failure");
    expect(approvals.satisfied).toBe(true);
    expect(sim.faultsUsed).toEqual([
      `secondary-rate-limit GET /repos/acme/registry/issues/${n}/comments`,
      "bad-gateway POST /repos/acme/registry/check-runs",
      `timeout GET /repos/acme/registry/pulls/${n}`,
    ]);
    expect(waits).toEqual([
      expect.objectContaining({ kind: "secondary-rate-limit", retryAfter: 2, method: "GET", attempt: 1 }),
    ]);
    // Retry-After 2 at 10 ms a second: the client waited about 20 ms, not 2 s, and not zero
    expect(t1 - t0).toBeGreaterThanOrEqual(20);
    expect(sim.repo(FULL).comments).toHaveLength(1);
    expect(sim.repo(FULL).checkRuns).toHaveLength(1);
  });
});
