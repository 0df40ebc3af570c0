import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  contextFromEnv,
  type EvidenceContext,
  ExitCode,
  formatDuration,
  loadManifestText,
  UserError,
} from "@modelgate/core";
import { runDataValidationJob } from "@modelgate/data";
import { createLocalPort, type GitHubPort, runDeployJob } from "@modelgate/github";
import { evaluateModel, modelSpecFromManifest } from "@modelgate/model";
import {
  type MergeResult,
  mergeChange,
  openRegistry,
  type PromotionInput,
  type ProposedChange,
  parseDatasetRef,
  proposePromotion,
  proposeRegistration,
  proposeRollback,
  type Registry,
  readHistoryEntries,
  readMetrics,
  registryStatus,
  renderCheckMarkdown,
} from "@modelgate/registry";
import { type EvidenceRecomputer, mlTestScoreGateCheck, recomputeVerifier } from "@modelgate/score";
import type { CliContext } from "../context.js";
import type { CommandGroup } from "./index.js";

const MODEL = "credit-default";

/** What the gate is expected to do with a change: merge it, or block it with this check among the reasons. */
export type Expected = { outcome: "merged" } | { outcome: "blocked"; check: string };

const merged: Expected = { outcome: "merged" };

/**
 * Every change the demo proposes, by its report name, and what the gate is expected to do with it.
 * The demo's own data: when the gate's rules change, the story is adjusted here, and a change that
 * does anything else stops the demo with exit 1.
 */
export const DEMO_EXPECTATIONS: Readonly<Record<string, Expected>> = {
  "01-register-1.0.0": merged,
  "02-promote-staging-1.0.0": merged,
  // production requires one approval: the promotion waits for a reviewer other than its author
  "03-promote-production-1.0.0": { outcome: "blocked", check: "approvals" },
  "03-promote-production-1.0.0-approved": merged,
  "04-register-2.0.0": merged,
  "05-promote-staging-2.0.0": merged,
  // production requires a canary before a new version takes all traffic
  "06-promote-production-2.0.0": { outcome: "blocked", check: "canary-required" },
  "07-canary-production-2.0.0": merged,
  "08-complete-production-2.0.0": merged,
  // registration is not a quality gate; 3.0.0's ROC AUC 0.618 misses staging's 0.70 floor
  "09-register-3.0.0": merged,
  "10-promote-staging-3.0.0": { outcome: "blocked", check: "metric:roc_auc" },
  // 3.0.0's model again, its evaluation edited to claim ROC AUC 0.85: registration checks digests only
  "11-register-3.0.1": merged,
  // staging recomputes the evaluation on the registered artifact and data: 0.618, not 0.85
  "12-promote-staging-3.0.1": { outcome: "blocked", check: "verify:evaluation" },
  "13-rollback-production": merged,
};

const describeExpected = (e: Expected) => (e.outcome === "merged" ? "merged" : `blocked by ${e.check}`);

/** A change that did not do what the demo expects of it. */
class Deviation extends Error {}
const DEMO_AUTHOR = { name: "modelgate demo", email: "demo@modelgate.invalid" };
/** The reviewer who approves production changes (examples/registry: requiredApprovals 1). */
const DEMO_APPROVER = "platform-lead";

/** The repository root (where examples/ lives), from this file's location. */
export function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
}

export interface DemoState {
  ctx: CliContext;
  expectations: Readonly<Record<string, Expected>>;
  title: string;
  reg: Registry;
  dir: string;
  reports: string;
  /** the local GitHub port: deployments as files under reports/github */
  github: GitHubPort;
  context: EvidenceContext;
  /** one verifier for the whole story: a re-run on the same inputs is done once */
  verifier: EvidenceRecomputer;
  step: number;
  merges: number;
  blocked: number;
  started: number;
}

function say(s: DemoState, text: string): void {
  const seconds = ((Date.now() - s.started) / 1000).toFixed(1).padStart(5);
  s.ctx.stdout.write(`[${seconds}s] ${text}\n`);
}

function step(s: DemoState, title: string): void {
  s.step++;
  s.title = title;
  s.ctx.stdout.write(`\n== ${s.step}. ${title}\n`);
}

/** Writes the gate report and deploy plan of a merge into the reports directory. */
function keep(s: DemoState, name: string, result: MergeResult): void {
  writeFileSync(
    join(s.reports, `${name}.registry-check.json`),
    `${JSON.stringify(result.report, null, 2)}\n`,
  );
  writeFileSync(join(s.reports, `${name}.registry-check.md`), renderCheckMarkdown(result.report));
  if (result.plan)
    writeFileSync(join(s.reports, `${name}.deploy-plan.json`), `${JSON.stringify(result.plan, null, 2)}\n`);
}

/**
 * What happened instead of the expected outcome, or undefined when the change did what was expected.
 * A blocked change meets a "blocked" expectation only when the named check is among its reasons.
 */
export function deviation(expected: Expected, result: MergeResult): string | undefined {
  const reasons = result.report.blocking.map((b) => b.check);
  if (expected.outcome === "merged") {
    return result.merged ? undefined : `it was blocked by ${[...new Set(reasons)].join(", ")}`;
  }
  if (result.merged) return `it merged as #${result.pr}`;
  return reasons.includes(expected.check)
    ? undefined
    : `it was blocked by ${[...new Set(reasons)].join(", ")} instead`;
}

async function proposeAndMerge(
  s: DemoState,
  name: string,
  change: ProposedChange,
  approvedBy: string[] = [],
): Promise<MergeResult> {
  const expected = s.expectations[name];
  if (!expected) throw new Error(`demo: no expected outcome for the change ${name}`);
  say(
    s,
    `change: ${change.title}  [branch ${change.branch}]${approvedBy.length ? ` approved by ${approvedBy.join(", ")}` : ""}; expected: ${describeExpected(expected)}`,
  );
  const result = await mergeChange(s.reg, change.branch, {
    author: DEMO_AUTHOR,
    approvedBy,
    gate: { context: s.context, extraChecks: [mlTestScoreGateCheck()], verifier: s.verifier },
  });
  keep(s, name, result);
  const counted = result.report.changes.flatMap((c) => c.checks);
  const passed = counted.filter((c) => c.status === "pass").length;
  const skipped = counted.filter((c) => c.status === "skip").map((c) => c.id);
  if (result.merged) {
    s.merges++;
    say(
      s,
      `gate: ${passed} checks passed${skipped.length ? `, skipped: ${[...new Set(skipped)].join(", ")}` : ""}; merged as #${result.pr}`,
    );
    for (const c of counted.filter(
      (x) => ["ml-test-score", "approvals"].includes(x.id) && x.status === "pass",
    ))
      say(s, `gate: ${c.message}`);
    sayVerified(s, result);
    // merge deploys: the deploy job of the actions, through the local port (reports/github/deployments.json)
    const deployed = await runDeployJob({
      registry: s.reg,
      github: s.github,
      before: result.before,
      after: result.commit!,
      manifestsDir: join(s.reports, "kserve"),
      context: s.context,
      gated: result.report,
    });
    if (deployed.blocked) throw new Error(`demo: the deploy job blocked ${name} after its merge`);
    deployed.plan.entries.forEach((e, i) => {
      const d = deployed.deployments[i];
      say(
        s,
        `deploy: ${e.environment}/${e.model} ${e.kind} ${e.from ?? "∅"} → ${e.to ?? "∅"}${e.traffic !== null ? ` (${e.traffic}% of traffic)` : ""}${d ? `; deployment ${d.id} ${d.state}` : ""}`,
      );
    });
  } else {
    s.blocked++;
    sayVerified(s, result);
    say(s, `gate: BLOCKED, ${result.report.blocking.length} reason(s):`);
    for (const b of result.report.blocking) {
      s.ctx.stdout.write(
        `           ✗ ${b.file ?? b.path}${b.line ? `:${b.line}` : ""} ${b.check}: ${b.message}\n`,
      );
    }
  }
  const off = deviation(expected, result);
  if (off)
    throw new Deviation(
      `step ${s.step} "${s.title}", change ${name}: expected ${describeExpected(expected)}, but ${off}`,
    );
  return result;
}

/** What the gate's recomputation found: how many files agree, what re-ran, what was refused. */
function sayVerified(s: DemoState, result: MergeResult): void {
  const files = result.report.evidence.filter((e) => e.mode !== "none");
  if (files.length === 0) return;
  const agree = files.filter((e) => e.status === "verified").length;
  const ran = files.filter((e) => !e.cached && e.seconds !== null);
  say(
    s,
    `gate: recomputed ${files.length} evidence file(s): ${agree === files.length ? "every figure agrees" : `${agree} agree, ${files.length - agree} refused`}${ran.length > 0 ? ` (re-ran ${ran.map((e) => `${e.kind} ${e.seconds?.toFixed(1)} s`).join(", ")})` : " (re-runs reused)"}`,
  );
}

/** Evaluates a candidate against the champion on the test set and validates the serving sample. */
export async function produceEvidence(
  s: DemoState,
  version: string,
  champion: string | null,
): Promise<string[]> {
  const root = repoRoot();
  const modelFile = `models/${MODEL}/model.yaml`;
  const modelDoc = loadManifestText(readFileSync(join(s.dir, modelFile), "utf8"), { file: modelFile }).value;
  const spec = modelSpecFromManifest(modelDoc, `models/${MODEL}/model.yaml`);
  const out = join(s.reports, "evidence", version);
  mkdirSync(out, { recursive: true });
  const candidatePath = join(root, "examples/models", MODEL, version, "model.onnx");
  const evaluation = await evaluateModel({
    model: { path: candidatePath, uri: `file:artifacts/${MODEL}/${version}/model.onnx` },
    ...(champion
      ? {
          champion: {
            path: join(s.dir, "artifacts", MODEL, champion, "model.onnx"),
            uri: `file:artifacts/${MODEL}/${champion}/model.onnx`,
          },
        }
      : {}),
    data: { path: join(s.dir, "..", "data", "test.csv"), uri: "file:../data/test.csv" },
    spec,
    subject: `${MODEL}@${version}`,
    context: s.context,
    ...(spec.slices ? { slices: spec.slices } : {}),
    ...(spec.protectedAttributes ? { protectedAttributes: spec.protectedAttributes } : {}),
    singleRowRuns: 20,
    determinismRows: 200,
    importance: { seed: 1 },
  });
  const challenger = evaluation.models.find((m) => m.role === "challenger");
  const champ = evaluation.models.find((m) => m.role === "champion");
  const metric = (m: typeof challenger, k: string) =>
    typeof m?.metrics[k] === "number" ? (m.metrics[k] as number).toFixed(3) : "?";
  say(
    s,
    `evaluated ${version} on test.csv: roc_auc ${metric(challenger, "roc_auc")} (${champion ? `champion ${champion}: ${metric(champ, "roc_auc")}` : "no champion yet"}), log_loss ${metric(challenger, "log_loss")}`,
  );
  const evalFile = join(out, "evaluation.json");
  writeFileSync(evalFile, `${JSON.stringify(evaluation, null, 2)}\n`);
  // through the job validate-data and the action run; file: URIs relative to the registry, as the
  // registry's own files name the data. The training data against the contract (ML Test Score
  // data-1), then the serving sample against the contract and the training data (monitor-2, monitor-3)
  const validate = async (data: string, subject: string, reference?: string) =>
    (
      await runDataValidationJob({
        cwd: s.dir,
        context: s.context,
        schema: "datasets/loans/schema.yaml",
        data: `../data/${data}`,
        ...(reference
          ? { reference: `../data/${reference}`, environment: "serving", referenceEnvironment: "training" }
          : { environment: "training" }),
        subject,
      })
    ).report;
  const training = await validate("train.csv", "loans@2026-11-train");
  const validation = await validate("serving.csv", "loans@2026-11-serving", "train.csv");
  say(
    s,
    `validated train.csv against the loans contract (${training.verdict}), serving.csv against it and train.csv (${validation.verdict})`,
  );
  const trainFile = join(out, "data-validation-train.json");
  writeFileSync(trainFile, `${JSON.stringify(training, null, 2)}\n`);
  const dvFile = join(out, "data-validation.json");
  writeFileSync(dvFile, `${JSON.stringify(validation, null, 2)}\n`);
  return [evalFile, trainFile, dvFile];
}

/**
 * Runs the demo; exit 1 when a change does not do what `expectations` says (the first deviation
 * stops it, naming the step and what happened instead).
 */
export async function runDemo(
  ctx: CliContext,
  flags: { dir?: string },
  expectations: Readonly<Record<string, Expected>> = DEMO_EXPECTATIONS,
): Promise<ExitCode> {
  const root = repoRoot();
  const example = join(root, "examples/registry");
  if (!existsSync(join(example, "modelgate.yaml")))
    throw new UserError(`${example} is missing: run the demo from a modelgate checkout`);
  const base = flags.dir ? resolve(ctx.cwd, flags.dir) : mkdtempSync(join(tmpdir(), "modelgate-demo-"));
  if (existsSync(join(base, "registry")))
    throw new UserError(`${join(base, "registry")} already exists: pick an empty --dir`);
  const dir = join(base, "registry");
  const reports = join(base, "reports");
  mkdirSync(reports, { recursive: true });
  const started = Date.now();
  ctx.stdout.write(
    `modelgate demo: a git registry is the model registry, a reviewed change moves state, merge deploys\n`,
  );

  // the registry: examples/registry as a fresh git repository, the example data next to it
  cpSync(example, dir, { recursive: true });
  cpSync(join(root, "examples/data"), join(base, "data"), {
    recursive: true,
    filter: (p) => !p.endsWith(".ts"),
  });
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        PATH: ctx.env.PATH,
        HOME: ctx.env.HOME,
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_AUTHOR_NAME: DEMO_AUTHOR.name,
        GIT_AUTHOR_EMAIL: DEMO_AUTHOR.email,
        GIT_COMMITTER_NAME: DEMO_AUTHOR.name,
        GIT_COMMITTER_EMAIL: DEMO_AUTHOR.email,
      },
    });
  git("init", "-q", "-b", "main");
  git("config", "user.name", DEMO_AUTHOR.name);
  git("config", "user.email", DEMO_AUTHOR.email);
  // credit-default starts with no versions: the demo registers and promotes its first one
  for (const p of [
    `models/${MODEL}/versions/1.0.0.yaml`,
    `environments/staging/${MODEL}.yaml`,
    `environments/production/${MODEL}.yaml`,
    `artifacts/${MODEL}/1.0.0`,
  ])
    rmSync(join(dir, p), { recursive: true, force: true });
  git("add", "-A");
  git("commit", "-q", "-m", "Registry created from examples/registry (credit-default without versions)");
  const reg = await openRegistry(dir);
  const s: DemoState = {
    ctx,
    expectations,
    title: "",
    reg,
    dir,
    reports,
    github: createLocalPort({ reportsDir: reports, registry: reg }),
    context: contextFromEnv(ctx.env),
    // the data lives next to the registry (file:../data/...): read from this machine by digest
    verifier: recomputeVerifier({ localRoot: dir }),
    step: 0,
    merges: 0,
    blocked: 0,
    started,
  };

  try {
    await story(s, example);
  } catch (error) {
    if (!(error instanceof Deviation)) throw error;
    ctx.stdout.write(`\n== Stopped: ${error.message}\n`);
    ctx.stderr.write(`modelgate demo: ${error.message}\n`);
    ctx.stdout.write(`registry: ${dir}\nreports:  ${reports}\n`);
    return ExitCode.Findings;
  }
  return ExitCode.Ok;
}

/** The steps, each change checked against its expected outcome as it merges or is blocked. */
async function story(s: DemoState, example: string): Promise<void> {
  const { ctx, reg, dir, reports, started } = s;
  const root = repoRoot();
  step(s, "The registry as it is");
  for (const m of (await registryStatus(reg)).models) {
    const live = m.environments.map(
      (e) =>
        `${e.environment} ${e.version ?? "-"}${e.canary ? ` (canary ${e.canary.version} ${e.canary.traffic}%)` : ""}`,
    );
    say(s, `${m.model}: ${live.join(", ")}; versions ${m.versions.map((v) => v.version).join(", ")}`);
  }

  // every version comes from examples/models/train.py on the registered loans splits: the
  // lineage binds the training code's commit and the datasets' digests
  const exampleVersion = loadManifestText(
    readFileSync(join(example, `models/${MODEL}/versions/1.0.0.yaml`), "utf8"),
    { file: `models/${MODEL}/versions/1.0.0.yaml` },
  ).value as { lineage?: { codeCommit?: string } } | undefined;
  const codeCommit = exampleVersion?.lineage?.codeCommit;
  const art = (v: string) => ({
    artifact: `file:artifacts/${MODEL}/${v}/model.onnx`,
    artifactSource: join(root, "examples/models", MODEL, v, "model.onnx"),
    ...(codeCommit ? { codeCommit } : {}),
    datasets: [parseDatasetRef("train=loans@2026-11-train"), parseDatasetRef("test=loans@2026-11-test")],
  });
  const register = async (name: string, version: string, evidence: string[]) =>
    proposeAndMerge(
      s,
      name,
      await proposeRegistration(
        reg,
        { model: MODEL, version, ...art(version), evidence },
        { author: DEMO_AUTHOR },
      ),
    );
  // production changes are approved by a reviewer (requiredApprovals: 1), staging's need none
  const approval = (environment: string) => (environment === "production" ? [DEMO_APPROVER] : []);
  const promote = async (name: string, input: Omit<PromotionInput, "model">) =>
    proposeAndMerge(
      s,
      name,
      await proposePromotion(reg, { model: MODEL, ...input }, { author: DEMO_AUTHOR }),
      approval(input.environment),
    );
  step(s, "Register credit-default 1.0.0, its first version, with evaluation and data-validation evidence");
  const ev1 = await produceEvidence(s, "1.0.0", null);
  await register("01-register-1.0.0", "1.0.0", ev1);

  step(
    s,
    "Promote 1.0.0 to staging, then to production (a first version needs no canary; production needs an approval)",
  );
  await promote("02-promote-staging-1.0.0", { version: "1.0.0", environment: "staging" });
  const toProduction = await proposePromotion(
    reg,
    { model: MODEL, version: "1.0.0", environment: "production" },
    { author: DEMO_AUTHOR },
  );
  await proposeAndMerge(s, "03-promote-production-1.0.0", toProduction);
  await proposeAndMerge(s, "03-promote-production-1.0.0-approved", toProduction, [DEMO_APPROVER]);

  step(s, "Register a better 2.0.0, evaluated against the champion 1.0.0 on the same rows");
  const ev2 = await produceEvidence(s, "2.0.0", "1.0.0");
  await register("04-register-2.0.0", "2.0.0", ev2);

  step(s, "Promote 2.0.0 to staging");
  await promote("05-promote-staging-2.0.0", { version: "2.0.0", environment: "staging" });

  step(s, "Production requires a canary: try a direct promotion first");
  await promote("06-promote-production-2.0.0", { version: "2.0.0", environment: "production" });

  step(s, "Canary 2.0.0 at 10% in production");
  await promote("07-canary-production-2.0.0", {
    version: "2.0.0",
    environment: "production",
    canary: 10,
  });

  step(s, "Complete the canary: 2.0.0 takes all production traffic");
  await promote("08-complete-production-2.0.0", {
    version: "2.0.0",
    environment: "production",
    complete: true,
  });

  step(s, "Register a worse 3.0.0 and try to promote it to staging");
  const ev3 = await produceEvidence(s, "3.0.0", "2.0.0");
  await register("09-register-3.0.0", "3.0.0", ev3);
  await promote("10-promote-staging-3.0.0", { version: "3.0.0", environment: "staging" });

  step(s, "A forged evaluation: 3.0.1 is 3.0.0's model, its evaluation edited to claim ROC AUC 0.85");
  const forged = join(s.reports, "evidence", "3.0.1");
  mkdirSync(forged, { recursive: true });
  const honest = JSON.parse(readFileSync(ev3[0]!, "utf8")) as {
    subject: string;
    inputs: Array<{ role: string; uri: string }>;
    models: Array<{ role: string; uri: string; metrics: Record<string, number> }>;
  };
  // what a pull-request author can do: rename it to the new version and type a better number
  honest.subject = `${MODEL}@3.0.1`;
  for (const x of [
    ...honest.inputs.filter((i) => i.role === "model"),
    ...honest.models.filter((m) => m.role === "challenger"),
  ])
    x.uri = `file:artifacts/${MODEL}/3.0.1/model.onnx`;
  const claimed = honest.models.find((m) => m.role === "challenger")!;
  say(
    s,
    `edited ROC AUC ${claimed.metrics.roc_auc?.toFixed(3)} → 0.850 in a copy of 3.0.0's evaluation.json`,
  );
  claimed.metrics.roc_auc = 0.85;
  writeFileSync(join(forged, "evaluation.json"), `${JSON.stringify(honest, null, 2)}\n`);
  await proposeAndMerge(
    s,
    "11-register-3.0.1",
    await proposeRegistration(
      reg,
      {
        model: MODEL,
        version: "3.0.1",
        ...art("3.0.1"),
        artifactSource: join(root, "examples/models", MODEL, "3.0.0", "model.onnx"),
        evidence: [join(forged, "evaluation.json"), ...ev3.slice(1)],
      },
      { author: DEMO_AUTHOR },
    ),
  );
  await promote("12-promote-staging-3.0.1", { version: "3.0.1", environment: "staging" });

  step(s, "Rollback drill: production goes back to the version live before");
  const t0 = Date.now();
  const rollback = await proposeAndMerge(
    s,
    "13-rollback-production",
    await proposeRollback(
      reg,
      { model: MODEL, environment: "production", reason: "rollback drill" },
      { author: DEMO_AUTHOR },
    ),
    [DEMO_APPROVER],
  );
  if (rollback.merged)
    say(s, `restored in ${((Date.now() - t0) / 1000).toFixed(2)} s (change, gate, merge, deploy)`);

  step(s, "History and DORA metrics, from git alone");
  for (const c of await readHistoryEntries(reg, { model: MODEL })) {
    say(
      s,
      `${c.time}  ${c.env.padEnd(10)} ${c.kind.padEnd(8)} ${c.from ?? "∅"} → ${c.to ?? "∅"}${c.pr ? `  #${c.pr}` : ""}${c.approvedBy.length ? `  approved by ${c.approvedBy.join(", ")}` : ""}`,
    );
  }
  const dora = await readMetrics(reg, { env: "production", model: MODEL });
  writeFileSync(join(reports, "dora.json"), `${JSON.stringify(dora, null, 2)}\n`);
  const hours = (h: number | null) => (h === null ? "n/a" : formatDuration(h * 3600));
  say(
    s,
    `production: ${dora.deployments} deployments, change failure rate ${dora.changeFailureRate === null ? "n/a" : `${(dora.changeFailureRate * 100).toFixed(0)}%`}, median lead time ${hours(dora.leadTime.median)}, median time to restore ${hours(dora.timeToRestore.median)}`,
  );

  const final = await registryStatus(reg);
  ctx.stdout.write(`\n== Summary\n`);
  for (const m of final.models.filter((x) => x.model === MODEL)) {
    ctx.stdout.write(
      `${m.model}: ${m.environments.map((e) => `${e.environment} ${e.version}`).join(", ")}\n`,
    );
  }
  ctx.stdout.write(
    `${s.merges} changes merged, ${s.blocked} blocked by the gate, each as expected, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  ctx.stdout.write(`registry: ${dir}\n  inspect it with: git -C ${dir} log --graph --oneline --all\n`);
  ctx.stdout.write(
    `reports:  ${reports} (gate reports, deploy plans, deployments, KServe manifests, evidence, DORA metrics)\n`,
  );
}

export const demoCommands: CommandGroup = (program, ctx, run) => {
  program
    .command("demo")
    .description("run the whole loop on a temporary registry made from examples/registry")
    .option("--dir <dir>", "work here instead of a new temporary directory")
    .option(
      "--github",
      "the same flow on GitHub: pull requests, checks, reviews and Deployments, against a local GitHub simulator",
    )
    .action((flags: { dir?: string; github?: boolean }) =>
      run(async () =>
        // the simulator and the GitHub jobs load only for this demo
        flags.github ? (await import("./demo-github.js")).runGitHubDemo(ctx, flags) : runDemo(ctx, flags),
      ),
    );
};
