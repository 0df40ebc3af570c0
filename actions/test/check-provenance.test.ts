// The check action under evidence.verify: provenance (and either), against the OpenAPI-validated
// simulator, on real files: examples/registry whose staging and production verify by provenance and trust
// acme/churn-model's evidence.yml@refs/heads/main. The evidence is made by the evaluation and
// data-validation jobs (what the evaluate-model and validate-data actions run) with the GITHUB_*
// variables of a run of that workflow, so context.github names the run, and uploaded to it as
// model-evidence does (modelgate-evidence-<sha256>). The honest file passes, verified by
// provenance; a file edited after upload and one made by an untrusted workflow are blocked,
// with their reasons in the check run; `either` with the data out of reach falls back to
// provenance; the deploy re-gate of the merged honest promotion deploys. One registry and one
// simulator for the file, so the tests run in order.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { contextFromEnv, hashBytes } from "@modelgate/core";
import { runDataValidationJob } from "@modelgate/data";
import { runEvaluationJob } from "@modelgate/model";
import type { RegistryCheckReport } from "@modelgate/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceArtifactName } from "../../packages/github/src/index.js";
import { userClient } from "../../packages/github/src/simulator/client.js";
import type { SimRun } from "../../packages/github/src/simulator/server.js";
import { pullRequestEvent, pushEvent } from "../../packages/github/test/simulator/events.js";
import {
  createVerifyFixture,
  EXAMPLES,
  type VerifyFixture,
} from "../../packages/score/test/verify-fixture.js";
import { TEST_SECRET } from "../../tests/secret.js";
import { runAction } from "./run-action.js";
import { FULL, useSimulator } from "./simulator-harness.js";

const exec = promisify(execFile);
const ML = "acme/churn-model";
const WORKFLOW = ".github/workflows/evidence.yml";
const TRUSTED = `${ML}/${WORKFLOW}@refs/heads/main`;
const MODEL = "credit-default";
type Obj = Record<string, unknown>;

let vf: VerifyFixture;
beforeAll(async () => {
  vf = await createVerifyFixture({});
}, 240_000);
afterAll(() => vf?.cleanup());

const h = useSimulator(() => ({ dir: vf.dir, cleanup: () => {} }), { perFile: true });

/** the ML repository's commit the runs ran on: the versions' lineage.codeCommit */
let code: string;

/** The evidence a run of `workflow` makes for `version`, uploaded by the run as model-evidence does. */
async function madeBy(run: SimRun, workflow: string, version: string) {
  const env = {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_SERVER_URL: h.sim.serverUrl,
    GITHUB_REPOSITORY: ML,
    GITHUB_WORKFLOW_REF: `${ML}/${workflow}@refs/heads/main`,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: run.headSha,
    GITHUB_REF: "refs/heads/main",
  };
  const context = contextFromEnv(env);
  const { report: evaluation } = await runEvaluationJob({
    cwd: vf.dir,
    context,
    registry: ".",
    modelName: MODEL,
    version,
    model: `artifacts/${MODEL}/${version}/model.onnx`,
    environment: "staging",
    data: "../data/test.csv",
  });
  const { report: validation } = await runDataValidationJob({
    cwd: vf.dir,
    context,
    schema: "datasets/loans/schema.yaml",
    data: "../data/test.csv",
    environment: "training",
    subject: "loans@2026-11-test",
  });
  const files = {
    evaluation: `${JSON.stringify(evaluation, null, 2)}\n`,
    "data-validation": `${JSON.stringify(validation, null, 2)}\n`,
  };
  for (const [kind, text] of Object.entries(files))
    h.sim.uploadArtifact(ML, run.id, evidenceArtifactName(hashBytes(text)), { [`${kind}.json`]: text });
  return files;
}

/** Registers `version` (2.0.0's ONNX) with these evidence files and lineage.codeCommit. */
function register(version: string, files: Record<string, string>): void {
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(vf.dir, path)), { recursive: true });
    writeFileSync(join(vf.dir, path), text);
  };
  const evidence = Object.entries(files).map(([kind, text]) => {
    const path = `evidence/${MODEL}/${version}/${kind}.json`;
    write(path, text);
    return `    - { kind: ${kind}, uri: "file:${path}", sha256: ${hashBytes(text)} }\n`;
  });
  const yaml = readFileSync(join(vf.dir, `models/${MODEL}/versions/2.0.0.yaml`), "utf8")
    .replace("version: 2.0.0", `version: ${version}`)
    .replace(`file:artifacts/${MODEL}/2.0.0/`, `file:artifacts/${MODEL}/${version}/`)
    .replace("lineage:\n", `lineage:\n  codeCommit: ${code}\n`)
    .replace(/evaluation:\n {2}evidence:\n(?: {4}- .*\n)+/, `evaluation:\n  evidence:\n${evidence.join("")}`);
  write(`models/${MODEL}/versions/${version}.yaml`, yaml);
}

beforeAll(async () => {
  code = vf.git(["rev-parse", "HEAD"]);
  // the ML repository: any git history will do, its commits are what runs run on
  await h.sim.createRepo("acme", "churn-model", vf.dir);
  const policy = readFileSync(join(vf.dir, "modelgate.yaml"), "utf8");
  const mode = (verify: string) =>
    policy
      .replace(
        "      requireDataValidation: true\n",
        `      requireDataValidation: true\n      evidence: { verify: ${verify} }\n`,
      )
      .replace(
        "  - name: production\n    policy:\n      requireEvaluation: true\n",
        `  - name: production\n    policy:\n      requireEvaluation: true\n      evidence: { verify: ${verify} }\n`,
      )
      .replace(
        "evidence:\n  maxAgeDays: 30\n",
        `evidence:\n  maxAgeDays: 30\n  trustedWorkflows:\n    - ${TRUSTED}\n`,
      );
  writeFileSync(join(vf.dir, "modelgate.yaml"), mode("provenance"));
  for (const v of ["2.0.1", "2.0.2", "2.0.3"]) {
    mkdirSync(join(vf.dir, "artifacts", MODEL, v), { recursive: true });
    cpSync(
      join(EXAMPLES, "models", MODEL, "2.0.0", "model.onnx"),
      join(vf.dir, "artifacts", MODEL, v, "model.onnx"),
    );
  }
  const trusted = h.sim.createRun(ML, { path: WORKFLOW, headSha: code });
  const untrusted = h.sim.createRun(ML, { path: ".github/workflows/laptop.yml", headSha: code });
  register("2.0.1", await madeBy(trusted, WORKFLOW, "2.0.1"));
  // edited after the upload, as a pull-request author can edit a JSON file
  const edited = await madeBy(trusted, WORKFLOW, "2.0.2");
  const ev = JSON.parse(edited.evaluation!) as { models: Array<{ role: string; metrics: Obj }> };
  ev.models.find((m) => m.role === "challenger")!.metrics.roc_auc = 0.9;
  register("2.0.2", { ...edited, evaluation: `${JSON.stringify(ev, null, 2)}\n` });
  register("2.0.3", await madeBy(untrusted, ".github/workflows/laptop.yml", "2.0.3"));
  vf.git(["add", "-A"]);
  vf.git([
    "commit",
    "-q",
    "-m",
    "Staging verifies provenance; credit-default 2.0.1 to 2.0.3 made by runs of churn-model",
  ]);
  for (const v of ["2.0.1", "2.0.2", "2.0.3"]) vf.promote(v);
  // a base whose staging verifies either way: recompute where the data is reachable, else provenance
  vf.git(["checkout", "-q", "-b", "verify-either"]);
  writeFileSync(join(vf.dir, "modelgate.yaml"), mode("either"));
  vf.git(["commit", "-q", "-am", "Staging verifies either way"]);
  vf.git(["checkout", "-q", "main"]);
  vf.promote("2.0.1", "verify-either");
  await h.sim.git(FULL, "fetch", "-q", vf.dir, "+refs/heads/*:refs/heads/*");
}, 120_000);

/** The check action on a pull request promoting `version` to staging (off `base`), as the runner runs it. */
async function check(
  version: string,
  options: { base?: string; data?: boolean; args?: string[]; provenanceToken?: string } = {},
) {
  const base = options.base ?? "main";
  const { data: pr } = await userClient(h.sim, h.dev).pulls.create({
    owner: "acme",
    repo: "registry",
    head: `promote-${version}-${base}`,
    base,
    title: `Promote ${MODEL} ${version} to staging`,
  });
  await userClient(h.sim, h.dev).pulls.get({ owner: "acme", repo: "registry", pull_number: pr.number });
  const ws = h.tmp("mg-workspace-");
  await exec("git", ["clone", "-q", h.sim.cloneUrl(FULL), join(ws, "registry")], { env: h.sim.gitEnv });
  if (options.data !== false) {
    mkdirSync(join(ws, "data"));
    cpSync(join(EXAMPLES, "data", "test.csv"), join(ws, "data", "test.csv"));
  }
  const n = pr.number;
  const run = await runAction(
    "check",
    {
      token: h.bot.token,
      "registry-path": "registry",
      "reports-dir": "reports",
      ...(options.provenanceToken ? { "provenance-token": options.provenanceToken } : {}),
    },
    {
      cwd: ws,
      eventName: "pull_request",
      event: pullRequestEvent(h.sim, FULL, n, "opened"),
      env: h.githubEnv({ token: h.bot.token, sha: "", ref: `refs/pull/${n}/merge`, runId: "7" }),
      args: options.args ?? [],
    },
  );
  h.expectClean(run, h.bot.token, ...(options.provenanceToken ? [options.provenanceToken] : []));
  const checkRun = h.sim.repo(FULL).checkRuns.at(-1)!;
  await userClient(h.sim, h.dev).pulls.update({
    owner: "acme",
    repo: "registry",
    pull_number: n,
    state: "closed",
  });
  if (options.args) return { run, checkRun, report: null, evaluation: null };
  const report = JSON.parse(readFileSync(run.outputs.report!, "utf8")) as RegistryCheckReport;
  return { run, checkRun, report, evaluation: report.evidence.find((e) => e.kind === "evaluation")! };
}

describe("the check action verifies evidence by provenance", () => {
  it("passes the honest path: each file made and uploaded by a trusted run, verified by provenance", async () => {
    // staging's policy asks for no recomputation: the engines are not installed
    const decided = await check("2.0.1", { args: ["--engines"] });
    expect(decided.run.exitCode).toBe(0);
    expect(decided.run.outputs.engines).toBe("false");
    const { run, report, checkRun } = await check("2.0.1");
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.blocked).toBe("false");
    expect(report!.evidence.map((e) => [e.kind, e.mode, e.status, e.method]).sort()).toEqual([
      ["data-validation", "provenance", "verified", "provenance"],
      ["evaluation", "provenance", "verified", "provenance"],
    ]);
    expect(report!.evidence.find((e) => e.kind === "evaluation")!.message).toMatch(
      new RegExp(
        `^made by ${h.sim.serverUrl}/${ML}/actions/runs/\\d+ of ${TRUSTED.replace(/[.]/g, "\\.")} on `,
      ),
    );
    // the report says, per file, how it was verified (the job summary, the comment)
    expect(run.summary).toMatch(
      /evaluation\.json` \| staging \| provenance \| verified by provenance: made by /,
    );
    expect(checkRun.conclusion).toBe("success");
  });

  it("blocks a file edited after the run uploaded it, and one an untrusted workflow made", async () => {
    const edited = await check("2.0.2");
    expect(edited.run.exitCode).toBe(1);
    expect(edited.evaluation).toMatchObject({ status: "refused", mode: "provenance" });
    const notUploaded =
      /uploaded no artifact modelgate-evidence-[0-9a-f]{64}: the run's bytes are not this file's/;
    expect(edited.checkRun.conclusion).toBe("failure");
    expect(edited.checkRun.annotations.map((a) => a.message)).toContainEqual(
      expect.stringMatching(notUploaded),
    );

    const untrusted = await check("2.0.3");
    expect(untrusted.run.exitCode).toBe(1);
    expect(untrusted.evaluation).toMatchObject({ status: "refused", mode: "provenance" });
    expect(untrusted.checkRun.annotations.map((a) => a.message)).toContainEqual(
      expect.stringContaining(
        `it was made by ${ML}/.github/workflows/laptop.yml@refs/heads/main, which evidence.trustedWorkflows does not list (${TRUSTED})`,
      ),
    );
  });

  it("asks GitHub with provenance-token when given (a token GitHub refuses leaves the files unverified)", async () => {
    const revoked = `${TEST_SECRET}-revoked`;
    const { run, evaluation } = await check("2.0.1", { provenanceToken: revoked });
    expect(run.exitCode).toBe(1);
    expect(evaluation).toMatchObject({ status: "unverified", mode: "provenance" });
    expect(evaluation!.message).toMatch(
      /^GitHub could not be asked about run \d+ \(attempt 1\) in acme\/churn-model: /,
    );
  });

  it("the deploy re-gate of the merged honest promotion verifies by provenance and deploys", async () => {
    const { data: pr } = await userClient(h.sim, h.dev).pulls.create({
      owner: "acme",
      repo: "registry",
      head: "promote-2.0.1-main",
      base: "main",
      title: `Promote ${MODEL} 2.0.1 to staging`,
    });
    await userClient(h.sim, h.admin).pulls.merge({ owner: "acme", repo: "registry", pull_number: pr.number });
    const push = h.sim.pushes.at(-1)!;
    const ws = h.tmp("mg-workspace-");
    await exec("git", ["clone", "-q", h.sim.cloneUrl(FULL), join(ws, "registry")], { env: h.sim.gitEnv });
    const run = await runAction(
      "deploy",
      { token: h.bot.token, "registry-path": "registry", "write-interval-ms": "5" },
      {
        cwd: ws,
        eventName: "push",
        event: await pushEvent(h.sim, FULL, push),
        env: h.githubEnv({ token: h.bot.token, sha: push.after, ref: push.ref, runId: "8" }),
      },
    );
    h.expectClean(run, h.bot.token);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.blocked).toBe("false");
    expect(
      h.sim
        .repo(FULL)
        .deployments.map((d) => d.statuses.map((s) => s.state))
        .at(-1),
    ).toContain("success");
  });

  it("under either, with the data out of reach, falls back to provenance", async () => {
    const { run, report } = await check("2.0.1", { base: "verify-either", data: false });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(report!.evidence.map((e) => [e.kind, e.mode, e.status, e.method]).sort()).toEqual([
      ["data-validation", "either", "verified", "provenance"],
      ["evaluation", "either", "verified", "provenance"],
    ]);
  });
});
