// The check action under evidence.verify: recompute (the default), against the OpenAPI-validated
// simulator, on real files: examples/registry with credit-default 2.0.0 honestly evaluated and a
// copy, 2.0.1, whose evaluation JSON says ROC AUC 0.9. The action re-runs the evaluation from the
// registered artifact and data (onnxruntime and DuckDB, the workspace's engines) and blocks.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { RegistryCheckReport } from "@modelgate/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userClient } from "../../packages/github/src/simulator/client.js";
import { pullRequestEvent, pushEvent } from "../../packages/github/test/simulator/events.js";
import {
  createVerifyFixture,
  EXAMPLES,
  type VerifyFixture,
} from "../../packages/score/test/verify-fixture.js";
import { runAction } from "./run-action.js";
import { FULL, useSimulator } from "./simulator-harness.js";

const exec = promisify(execFile);
let vf: VerifyFixture;
beforeAll(async () => {
  vf = await createVerifyFixture({
    "2.0.1": {
      edit: (ev) => {
        const models = ev.models as Array<{ role: string; metrics: Record<string, unknown> }>;
        models.find((m) => m.role === "challenger")!.metrics.roc_auc = 0.9;
      },
    },
  });
  vf.promote("2.0.1");
}, 240_000);
afterAll(() => vf?.cleanup());

// served as acme/registry with its branches; the fixture is removed once, after the file
const h = useSimulator(() => ({ dir: vf.dir, cleanup: () => {} }));

/** The pull request promoting the forged 2.0.1 to staging. */
async function openForged(): Promise<number> {
  const { data } = await userClient(h.sim, h.dev).pulls.create({
    owner: "acme",
    repo: "registry",
    head: "promote-2.0.1-main",
    base: "main",
    title: "Promote credit-default 2.0.1 to staging",
  });
  await userClient(h.sim, h.dev).pulls.get({ owner: "acme", repo: "registry", pull_number: data.number });
  return data.number;
}

/** What actions/checkout leaves, and the dataset the registry names beside it (file:../data/test.csv). */
async function workspace(): Promise<string> {
  const ws = h.tmp("mg-workspace-");
  await exec("git", ["clone", "-q", h.sim.cloneUrl(FULL), join(ws, "registry")], { env: h.sim.gitEnv });
  mkdirSync(join(ws, "data"));
  cpSync(join(EXAMPLES, "data", "test.csv"), join(ws, "data", "test.csv"));
  return ws;
}

/** The check action on the pull request promoting the forged 2.0.1 to staging. */
async function checkForged(env: Record<string, string> = {}, args: string[] = [], pull?: number) {
  const n = pull ?? (await openForged());
  const run = await runAction(
    "check",
    { token: h.bot.token, "registry-path": "registry", "reports-dir": "reports" },
    {
      cwd: await workspace(),
      eventName: "pull_request",
      event: pullRequestEvent(h.sim, FULL, n, "opened"),
      env: {
        ...h.githubEnv({ token: h.bot.token, sha: "", ref: `refs/pull/${n}/merge`, runId: "7" }),
        ...env,
      },
      args,
    },
  );
  h.expectClean(run, h.bot.token);
  if (args.length > 0) return { n, run, report: null, evaluation: null };
  const report = JSON.parse(readFileSync(run.outputs.report!, "utf8")) as RegistryCheckReport;
  return { n, run, report, evaluation: report.evidence.find((e) => e.kind === "evaluation")! };
}

describe("the check action recomputes the evidence it gates on", () => {
  it("blocks an edited ROC AUC, naming the figure, the claimed value and the recomputed one", async () => {
    // the action.yml's first step: staging's policy asks for recomputation, so the engines are installed
    const decided = await checkForged({}, ["--engines"]);
    expect(decided.run.exitCode).toBe(0);
    expect(decided.run.outputs.engines).toBe("true");
    const { run, report, evaluation } = await checkForged({}, [], decided.n);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.blocked).toBe("true");
    expect(evaluation, evaluation!.message).toMatchObject({
      status: "refused",
      mode: "recompute",
      rows: 5000,
    });
    expect(evaluation!.mismatches).toEqual([
      { figure: "models[challenger].metrics.roc_auc", claimed: 0.9, recomputed: expect.any(Number) },
    ]);
    // 0.8437 by scikit-learn at training time (examples/models/README.md)
    expect(evaluation!.mismatches[0]!.recomputed).toBeCloseTo(0.8437, 4);
    const reason =
      /models\[challenger\]\.metrics\.roc_auc: claimed 0\.9, recomputed 0\.8436\d* \(5000 rows, [\d.]+ s\)/;
    expect(report!.blocking.find((b) => b.check === "verify:evaluation")?.message).toMatch(reason);
    const checkRun = h.sim.repo(FULL).checkRuns.at(-1)!;
    expect(checkRun.conclusion).toBe("failure");
    expect(checkRun.annotations.map((a) => a.message)).toContainEqual(expect.stringMatching(reason));
  });

  it("without the engines it blocks with the reason and the fix (fail closed)", async () => {
    const nowhere = join(h.tmp("mg-no-engines-"), "engines");
    const { run, report, evaluation } = await checkForged({ MODELGATE_ENGINES: nowhere });
    expect(run.exitCode).toBe(1);
    expect(evaluation!.status).toBe("unverified");
    expect(report!.blocking.find((b) => b.check === "verify:evaluation")?.message).toContain(
      `the engines @duckdb/node-api and onnxruntime-node are not installed in ${nowhere} (MODELGATE_ENGINES), so nothing can be re-run: run the action through its action.yml, which installs them from actions/engines/package-lock.json`,
    );
  });

  it("the deploy re-gate of a forged evaluation merged without its check blocks, and nothing is deployed", async () => {
    const n = await openForged();
    await userClient(h.sim, h.admin).pulls.merge({ owner: "acme", repo: "registry", pull_number: n });
    const push = h.sim.pushes.at(-1)!;
    const run = await runAction(
      "deploy",
      { token: h.bot.token, "registry-path": "registry", "write-interval-ms": "5" },
      {
        cwd: await workspace(),
        eventName: "push",
        event: await pushEvent(h.sim, FULL, push),
        env: h.githubEnv({ token: h.bot.token, sha: push.after, ref: push.ref, runId: "8" }),
      },
    );
    h.expectClean(run, h.bot.token);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.blocked).toBe("true");
    expect(run.stdout).toMatch(
      /::error title=modelgate deploy%3A not deployed,.*::verify:evaluation: .*models\[challenger\]\.metrics\.roc_auc: claimed 0\.9, recomputed 0\.8436/,
    );
    expect(h.sim.repo(FULL).deployments.map((d) => d.statuses.map((s) => s.state))).toEqual([["failure"]]);
  });
});
