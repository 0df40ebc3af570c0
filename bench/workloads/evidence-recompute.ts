// evidence-recompute: what the gate's recomputation of evidence costs. The registry of the
// verification tests (examples/registry with credit-default 2.0.0 evaluated against the live
// 1.0.0 on examples/data/test.csv, and test.csv validated against the loans schema) gates the
// promotion of 2.0.0 to staging, each in its own process: under verify: recompute (both reports
// re-run and compared) and under verify: none (the gate alone), against the jobs that made the
// evidence in the first place (runEvaluationJob, runDataValidationJob).
import { join } from "node:path";
import { runDataValidationJob } from "../../packages/data/src/index.js";
import { runEvaluationJob } from "../../packages/model/src/index.js";
import { openRegistry, runGate } from "../../packages/registry/src/index.js";
import { recomputeVerifier } from "../../packages/score/src/index.js";
import { createVerifyFixture } from "../../packages/score/test/verify-fixture.js";
import { isolate, round, type Workload } from "../harness.js";

interface Args {
  dir: string;
  base: string;
  head: string;
}

const CONTEXT = { commit: null, ref: null, runUrl: null, ci: false };

/** The gate on the promotion, with the recompute verifier (embedded mode: data read by digest). */
export async function gateJob(args: Args) {
  const reg = await openRegistry(args.dir);
  const report = await runGate(reg, {
    base: args.base,
    head: args.head,
    verifier: recomputeVerifier({ localRoot: args.dir }),
  });
  return {
    blocked: report.blocked,
    evidence: report.evidence.map((e) => ({
      kind: e.kind,
      mode: e.mode,
      status: e.status,
      seconds: e.seconds,
      rows: e.rows,
    })),
  };
}

/** The evaluation as it was made: the job `modelgate evaluate` runs. */
export async function evaluationJob(args: Args) {
  const { report } = await runEvaluationJob({
    cwd: args.dir,
    context: CONTEXT,
    registry: ".",
    modelName: "credit-default",
    version: "2.0.0",
    environment: "staging",
    importance: true,
  });
  return { rows: report.dataset.rows };
}

/** The data validation as it was made: the job `modelgate validate-data` runs. */
export async function validationJob(args: Args) {
  const { report } = await runDataValidationJob({
    cwd: args.dir,
    context: CONTEXT,
    schema: "datasets/loans/schema.yaml",
    data: "../data/test.csv",
    environment: "training",
    subject: "loans@2026-11-test",
  });
  return { rows: report.summary.rows };
}

type GateResult = Awaited<ReturnType<typeof gateJob>>;

export const workload: Workload = {
  name: "evidence-recompute",
  description:
    "the gate on a promotion whose evaluation (5,000 rows, challenger + champion, importance) and data validation it re-runs (verify: recompute) vs the gate taking them on trust (verify: none) and vs the jobs that made them",
  async run() {
    const f = await createVerifyFixture({});
    try {
      const url = new URL(import.meta.url).href;
      const recompute = { dir: f.dir, base: "main", head: f.promote("2.0.0") };
      const none = { dir: f.dir, base: f.modeBase("none"), head: f.promote("2.0.0", "verify-none") };
      const withRecompute = await isolate(url, "gateJob", recompute);
      const onTrust = await isolate(url, "gateJob", none);
      const evaluation = await isolate(url, "evaluationJob", recompute);
      const validation = await isolate(url, "validationJob", recompute);
      const files = (withRecompute.result as GateResult).evidence;
      if ((withRecompute.result as GateResult).blocked || files.some((e) => e.status !== "verified"))
        throw new Error(`the honest promotion did not verify: ${JSON.stringify(files)}`);
      const seconds = (kind: string) => files.find((e) => e.kind === kind)?.seconds ?? 0;
      return {
        figures: {
          gateRecomputeSeconds: round(withRecompute.wallSeconds),
          gateRecomputePeakRssMB: round(withRecompute.peakRssMB, 0),
          recomputeEvaluationSeconds: round(seconds("evaluation")),
          recomputeValidationSeconds: round(seconds("data-validation")),
          rowsReRead: files.reduce((n, e) => n + (e.rows ?? 0), 0),
          gateNoneSeconds: round(onTrust.wallSeconds),
          evaluationJobSeconds: round(evaluation.wallSeconds),
          validationJobSeconds: round(validation.wallSeconds),
        },
        baseline: {
          description: "the same gate under verify: none (the figures taken on trust)",
          figures: { wallSeconds: round(onTrust.wallSeconds), peakRssMB: round(onTrust.peakRssMB, 0) },
        },
        ratio: round(withRecompute.wallSeconds / onTrust.wallSeconds),
        notes: [
          `recompute adds ${round(withRecompute.wallSeconds - onTrust.wallSeconds)} s to the gate; making the evidence took ${round(evaluation.wallSeconds + validation.wallSeconds)} s (${join("examples", "data", "test.csv")}, 5,000 rows)`,
        ],
      };
    } finally {
      f.cleanup();
    }
  },
};
