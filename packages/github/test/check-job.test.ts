// runPullRequestCheck against the simulator, for what the action's tests do not reach: a test
// merge fetched after the base branch moved, and a checkout that lacks it with nothing to fetch.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { openRegistry, proposePromotion } from "@modelgate/registry";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_SECRET } from "../../../tests/secret.js";
import { addVersion, createRegistryFixture, NOW, type RegistryFixture } from "../../registry/test/fixture.js";
import { createGitHubPort, runPullRequestCheck } from "../src/index.js";
import { userClient } from "../src/simulator/client.js";
import { type SimUser, type Simulator, startSimulator } from "../src/simulator/server.js";
import { OpenApiValidator } from "./simulator/openapi.js";

const exec = promisify(execFile);
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
  expect(violations).toEqual([]);
});

const port = () =>
  createGitHubPort({
    repository: FULL,
    token: bot.token,
    apiUrl: sim.apiUrl,
    waitUnitMs: 10,
    writeIntervalMs: 5,
  });

async function open(change: { branch: string; title: string }): Promise<number> {
  const { data } = await userClient(sim, dev).pulls.create({
    owner: "acme",
    repo: "registry",
    head: change.branch,
    base: "main",
    title: change.title,
  });
  await userClient(sim, dev).pulls.get({ owner: "acme", repo: "registry", pull_number: data.number });
  return data.number;
}

describe("runPullRequestCheck", () => {
  it("gates a test merge fetched after the base moved against the base it was made on: the pull request's change alone", async () => {
    const clone = () => openRegistry(sim.cloneUrl(FULL), { cloneDir: tmp("mg-clone-") });
    const staging = await proposePromotion(
      await clone(),
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const a = await open(staging);
    const canary = await proposePromotion(
      await clone(),
      { model: "credit-default", version: "2.0.0", environment: "production", canary: 10 },
      { now: NOW },
    );
    const b = await open(canary);
    const event = { base: sim.repo(FULL).pulls.get(b)!.baseSha, head: sim.repo(FULL).pulls.get(b)!.headSha };
    // #a merges: main moves on, and GitHub's next test merge of #b is made onto the new main
    await userClient(sim, dev).pulls.merge({ owner: "acme", repo: "registry", pull_number: a });
    await userClient(sim, dev).pulls.get({ owner: "acme", repo: "registry", pull_number: b });
    const newMain = await sim.git(FULL, "rev-parse", "main");
    const checkout = join(tmp("mg-checkout-"), "registry");
    await exec("git", ["clone", "-q", "--branch", "main", sim.cloneUrl(FULL), checkout], { env: sim.gitEnv });
    // the event's merge commit is gone from the server's refs; the checkout has only the branches
    const result = await runPullRequestCheck({
      registry: await openRegistry(checkout),
      port: port(),
      pullNumber: b,
      baseSha: event.base,
      mergeCommit: null,
      headSha: event.head,
      fetch: { headers: {} },
      now: NOW,
    });
    expect(result.report.base).toBe(newMain);
    expect(result.report.head).toBe(sim.repo(FULL).pulls.get(b)!.mergeCommitSha);
    expect(result.report.changes.map((c) => [c.path, c.kind])).toEqual([
      ["environments/production/credit-default.yaml", "canary"],
    ]);
    // 2.0.0 is live in staging on the new base: the canary enters production in order
    expect(result.report.changes[0]!.checks.find((c) => c.id === "environment-order")?.status).toBe("pass");
    expect(result.checkRun?.conclusion).toBe("success");
    expect(result.comment?.created).toBe(true);
    expect(result.notWritten).toEqual([]);
  });

  it("a checkout without the test merge, and nothing to fetch with: says how to check out", async () => {
    const reg = await openRegistry(sim.cloneUrl(FULL), { cloneDir: tmp("mg-clone-") });
    const change = await proposePromotion(
      reg,
      { model: "credit-default", version: "2.0.0", environment: "staging" },
      { now: NOW },
    );
    const n = await open(change);
    const p = sim.repo(FULL).pulls.get(n)!;
    const error = await runPullRequestCheck({
      registry: await openRegistry(f.dir),
      port: port(),
      pullNumber: n,
      baseSha: p.baseSha,
      mergeCommit: p.mergeCommitSha,
      headSha: p.headSha,
    }).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `the merge commit ${p.mergeCommitSha!.slice(0, 12)} of pull request #${n} is not in ${f.dir}: check out the registry with actions/checkout and fetch-depth: 0`,
    );
  });
});
