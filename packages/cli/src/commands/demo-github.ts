// `modelgate demo --github`: the GitHub flow on a laptop. examples/registry is served as
// acme/registry by the GitHub simulator (@modelgate/github/simulator: real bare repositories
// behind `git http-backend`, the REST endpoints the port uses), and the loop of
// @modelgate/github/simulator's runGitHubLoop runs on it with the job functions the actions call
// (runProposeJob, runPullRequestCheck, runDeployJob): a registration proposed with real
// evaluation and data-validation evidence → its pull request checked → merged → staging →
// deployed → a canary to production blocked until a reviewer approves → deployed → complete →
// the emergency rollback pushed to main → deployed. It prints what GitHub would show.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { contextFromEnv, ExitCode, loadManifestText, UserError } from "@modelgate/core";
import {
  createGitHubPort,
  createLocalPort,
  type ProposeRequest,
  provenanceVerifier,
  runDeployJob,
  runProposeJob,
  runPullRequestCheck,
} from "@modelgate/github";
import { openRegistry, parseDatasetRef } from "@modelgate/registry";
import { mlTestScoreGateCheck, recomputeVerifier } from "@modelgate/score";
import type { CliContext } from "../context.js";
import { type DemoState, produceEvidence, repoRoot } from "./demo.js";

const MODEL = "credit-default";
const FULL = "acme/registry";
const VERSION = "2.0.0";
const BOT = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
/** how many lines of a sticky comment are printed */
const COMMENT_LINES = 14;

export async function runGitHubDemo(ctx: CliContext, flags: { dir?: string }): Promise<ExitCode> {
  const started = Date.now();
  const root = repoRoot();
  const example = join(root, "examples/registry");
  if (!existsSync(join(example, "modelgate.yaml")))
    throw new UserError(`${example} is missing: run the demo from a modelgate checkout`);
  const [{ httpBackend }, sim] = await Promise.all([
    import("@modelgate/registry/git-server"),
    import("@modelgate/github/simulator"),
  ]);
  // before anything is written: the simulator's git server is `git http-backend`
  await httpBackend({ path: ctx.env.PATH });
  const base = flags.dir
    ? resolve(ctx.cwd, flags.dir)
    : mkdtempSync(join(tmpdir(), "modelgate-demo-github-"));
  if (existsSync(join(base, "registry")))
    throw new UserError(`${join(base, "registry")} already exists: pick an empty --dir`);
  const out = (text: string) => ctx.stdout.write(text);
  const say = (text: string) => out(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${text}\n`);
  out("modelgate demo --github: the GitHub flow against a local GitHub simulator (no network, no account)\n");

  // the registry repository: examples/registry (credit-default 1.0.0 live in staging and production)
  const dir = join(base, "registry");
  const reports = join(base, "reports");
  const scratch = join(base, "work");
  for (const d of [reports, scratch]) mkdirSync(d, { recursive: true });
  cpSync(example, dir, { recursive: true });
  cpSync(join(root, "examples/data"), join(base, "data"), {
    recursive: true,
    filter: (p) => !p.endsWith(".ts"),
  });
  const gitEnv = sim.gitEnv(ctx.env);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8", env: gitEnv });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "Registry created from examples/registry");

  const server = await sim.startSimulator(join(base, "github"), {
    api: sim.sliceContract(),
    env: { PATH: ctx.env.PATH, HOME: ctx.env.HOME },
  });
  try {
    await server.createRepo("acme", "registry", dir);
    const admin = server.addUser("acme");
    const bot = server.addUser("github-actions[bot]");
    const reviewer = server.addUser("platform-lead");
    for (const u of [bot, reviewer]) server.setPermission(FULL, u.login, "write");
    say(
      `GitHub simulator at ${server.apiUrl}: ${FULL} (git over HTTP by git http-backend), users ${admin.login}, ${bot.login}, ${reviewer.login}`,
    );

    // the training repository's evidence for 2.0.0: a real evaluation against the champion 1.0.0
    const context = contextFromEnv(ctx.env);
    const state = {
      ctx,
      dir,
      reports,
      context,
      started,
      github: createLocalPort({ reportsDir: reports }),
    } as unknown as DemoState;
    const evidence = await produceEvidence(state, VERSION, "1.0.0");
    const versionFile = `models/${MODEL}/versions/1.0.0.yaml`;
    const codeCommit = (
      loadManifestText(readFileSync(join(example, versionFile), "utf8"), { file: versionFile }).value as
        | { lineage?: { codeCommit?: string } }
        | undefined
    )?.lineage?.codeCommit;
    const registration: ProposeRequest & { kind: "register" } = {
      kind: "register",
      model: MODEL,
      version: VERSION,
      artifact: `file:artifacts/${MODEL}/${VERSION}/model.onnx`,
      artifactSource: join(root, "examples/models", MODEL, VERSION, "model.onnx"),
      evidence,
      ...(codeCommit ? { codeCommit } : {}),
      datasets: [parseDatasetRef("train=loans@2026-11-train"), parseDatasetRef("test=loans@2026-11-test")],
    };

    // the jobs, as the actions run them, with the workflow's token
    const port = createGitHubPort({
      repository: FULL,
      token: bot.token,
      apiUrl: server.apiUrl,
      writeIntervalMs: 5,
    });
    const headers = {
      authorization: `Basic ${Buffer.from(`x-access-token:${bot.token}`).toString("base64")}`,
    };
    const runUrl = `${server.serverUrl}/${FULL}/actions/runs/1`;
    // each job's checkout sits beside data/, as a workflow's checkout sits beside what it
    // checked out next to it: the examples' datasets are file:../data/*.csv, read by the gate's
    // recomputation from there (bound by their registered sha256), as the check action does
    const checkout = async () => {
      const cloneDir = mkdtempSync(join(base, "checkout-"));
      const registry = await openRegistry(server.cloneUrl(FULL), { cloneDir, headers });
      return {
        registry,
        verifier: recomputeVerifier({ localRoot: cloneDir, provenance: provenanceVerifier(port) }),
      };
    };
    const record = await sim.runGitHubLoop({
      sim: server,
      repository: FULL,
      maintainer: admin,
      reviewer,
      registration,
      staging: "staging",
      production: "production",
      canaryPercent: 10,
      driver: {
        async propose(request) {
          const r = await runProposeJob({
            port,
            cloneUrl: server.cloneUrl(FULL),
            headers,
            cloneDir: mkdtempSync(join(scratch, "propose-")),
            request,
            author: BOT,
          });
          return { pullNumber: r.pr?.number ?? null, commit: r.change.commit };
        },
        async check(pullNumber) {
          const pull = server.repo(FULL).pulls.get(pullNumber);
          if (!pull) throw new Error(`demo: no pull request #${pullNumber}`);
          const r = await runPullRequestCheck({
            ...(await checkout()),
            port,
            pullNumber,
            baseSha: pull.baseSha,
            mergeCommit: pull.mergeCommitSha,
            fetch: { headers },
            headSha: pull.headSha,
            runUrl,
            extraChecks: [mlTestScoreGateCheck()],
            context: { ...context, ref: `refs/pull/${pullNumber}/merge`, runUrl },
          });
          return { blocked: r.report.blocked };
        },
        async deploy(push) {
          const r = await runDeployJob({
            ...(await checkout()),
            github: port,
            before: push.before,
            after: push.after,
            runUrl,
            manifestsDir: join(reports, "kserve"),
            context: { commit: push.after, ref: push.ref, runUrl, ci: false },
            author: BOT,
            scratchDir: scratch,
          });
          return { blocked: r.blocked };
        },
      },
      observe(e) {
        if (e.kind === "step") out(`\n== ${e.title}\n`);
        else if (e.kind === "proposed")
          say(
            e.pullNumber === null
              ? `propose: ${e.title}: pushed ${e.commit.slice(0, 12)} to main (no pull request)`
              : `propose: ${e.title}: pull request #${e.pullNumber}`,
          );
        else if (e.kind === "checked") {
          say(
            `check #${e.pullNumber} on ${e.event}: ${e.blocked ? "BLOCKED" : "passes"}; check run "modelgate / gate" ${e.checkRun ? `${e.checkRun.id} ${e.checkRun.conclusion}: ${e.checkRun.title}` : "none"}`,
          );
          for (const a of e.checkRun?.annotations ?? []) out(`        ✗ ${a}\n`);
          const lines = (e.comment ?? "").split("\n").filter((l) => !l.startsWith("<!--"));
          say(
            `sticky comment on #${e.pullNumber} (${e.comments} comment${e.comments === 1 ? "" : "s"} on the pull request):`,
          );
          for (const l of lines.slice(0, COMMENT_LINES)) out(`        │ ${l}\n`);
          if (lines.length > COMMENT_LINES) out(`        │ … ${lines.length - COMMENT_LINES} more lines\n`);
        } else if (e.kind === "reviewed")
          say(`review: ${e.by} approves #${e.pullNumber} (review ${e.reviewId})`);
        else if (e.kind === "merged")
          say(
            `merge #${e.pullNumber}: push to main ${e.push.before.slice(0, 7)}..${e.push.after.slice(0, 7)}`,
          );
        else if (e.kind === "pushed")
          say(
            `push to main ${e.push.before.slice(0, 7)}..${e.push.after.slice(0, 7)} (the emergency rollback)`,
          );
        else if (e.kind === "deployed")
          for (const d of e.deployments)
            say(
              `deploy: deployment ${d.id} ${d.environment}${d.production ? " (production_environment)" : ""} ${d.kind} → ${d.to}: ${d.states.join(" → ")}`,
            );
      },
    });
    const violations = server.violations;
    if (violations.length > 0) throw new Error(`demo: the simulator recorded:\n${violations.join("\n")}`);
    const p = record.pulls;
    out("\n== Summary\n");
    out(
      `pull requests: #${p.registration} register, #${p.staging} staging, #${p.canary} canary (blocked, then approved), #${p.complete} complete; rollback pushed as ${record.rollback.commit.slice(0, 12)}\n`,
    );
    out(
      `${server.repo(FULL).checkRuns.length} check runs, ${server.repo(FULL).comments.length} sticky comments, ${server.repo(FULL).deployments.length} deployments; the rollback's dispatch to its deployment status: ${record.rollback.dispatchToDeploymentStatusMs} ms\n`,
    );
    out(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s; the registry's history: git -C ${join(base, "github", "acme", "registry.git")} log --oneline\n`,
    );
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof sim.LoopDeviation) {
      ctx.stderr.write(`modelgate demo --github: ${error.message}\n`);
      return ExitCode.Findings;
    }
    throw error;
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
