import { resolve } from "node:path";
import { contextFromEnv, ExitCode } from "@modelgate/core";
import { type EvaluationJobText, evaluationJobFromText, runEvaluationJob } from "@modelgate/model";
import { writeOutputs } from "../output.js";
import { progressPrinter, withProgressOptions } from "../progress.js";
import type { CommandGroup } from "./index.js";

interface EvaluateFlags extends EvaluationJobText {
  importance?: boolean;
  progress?: boolean;
  out: string;
  markdown?: string;
  html?: string;
}

export const evaluateCommands: CommandGroup = (program, ctx, run) => {
  withProgressOptions(
    program
      .command("evaluate")
      .description(
        "evaluate an ONNX model on labelled data: metrics, slices, fairness, parity, latency, champion vs challenger under a policy",
      )
      .option(
        "--model <file>",
        "the challenger ONNX model (with --model-name and --version; with --registry: a version not registered yet)",
      )
      .option(
        "--data <file>",
        "the labelled dataset (CSV); default in registry mode: the version's test dataset",
      )
      .option("--champion <file>", "the champion ONNX model to compare with")
      .option("--label <column>", "the label column (default in registry mode: model.yaml label)")
      .option("--task <task>", "binary-classification | multiclass-classification | regression", undefined)
      .option(
        "--features <a,b,c>",
        "feature columns in input order (a single-input model without a manifest)",
      )
      .option(
        "--policy <file>",
        "policy YAML: metrics (MetricThreshold), maxSliceDrop, fairness, maxLatencyRatio",
      )
      .option("--slices <a,b>", "columns to slice by (added to model.yaml slices)")
      .option(
        "--protected <a,b>",
        "protected attributes for fairness (added to model.yaml protectedAttributes)",
      )
      .option("--registry <dir>", "take the model, champion, data and policy from this registry")
      .option(
        "--model-name <name>",
        "the model the report is evidence about (required with --model; registry mode: the model to evaluate)",
      )
      .option(
        "--version <version>",
        "the version the report is evidence about (required with --model; registry mode: the version to evaluate)",
      )
      .option(
        "--environment <env>",
        "registry mode: the champion is the version live here; its policy applies",
      )
      .option(
        "--reference <file>",
        "reference predictions made at training time (CSV); registry mode: beside the artifact",
      )
      .option("--tolerance <x>", "largest accepted difference from the reference predictions (default 1e-5)")
      .option("--batch-size <n>", "rows per session.run (default 1024)")
      .option("--min-support <n>", "slices with fewer rows are not evaluated (default 30)")
      .option("--bins <n>", "quantile bins for numeric slice columns (default 4)")
      .option("--bootstrap <n>", "bootstrap resamples for confidence intervals (default 0: none)")
      .option("--seed <n>", "bootstrap and permutation seed (default 1)")
      .option("--importance", "permutation feature importance of the challenger (one extra run per feature)")
      .requiredOption("--out <file>", "write the evaluation report JSON here")
      .option("--markdown <file>", "write the Markdown report here")
      .option("--html <file>", "write a self-contained HTML report here"),
  ).action((flags: EvaluateFlags) => run(() => evaluate(flags)));

  async function evaluate(flags: EvaluateFlags): Promise<ExitCode> {
    const at = (p: string) => resolve(ctx.cwd, p);
    const job = evaluationJobFromText(
      flags,
      { cwd: ctx.cwd, context: contextFromEnv(ctx.env) },
      (o) => `--${o}`,
    );
    const progress = progressPrinter(ctx, "evaluate", flags.progress);
    if (progress.listener) job.onProgress = progress.listener;
    const { report, markdown, html, notes } = await progress.run(() => runEvaluationJob(job));
    for (const note of notes) ctx.stderr.write(`modelgate: ${note}\n`);
    const outputs: Array<[string, string]> = [[at(flags.out), `${JSON.stringify(report, null, 2)}\n`]];
    if (flags.markdown !== undefined) outputs.push([at(flags.markdown), markdown]);
    if (flags.html !== undefined) outputs.push([at(flags.html), html]);
    writeOutputs(outputs, ctx.stderr);
    const ch = report.models[0];
    const headline = Object.entries(ch?.metrics ?? {})
      .filter(([k]) => ["roc_auc", "log_loss", "accuracy", "f1_macro", "rmse", "r2"].includes(k))
      .map(([k, v]) => `${k} ${v === null ? "—" : Number(v.toFixed(4))}`)
      .join(", ");
    ctx.stdout.write(`evaluation of ${report.subject}: ${report.verdict} (${headline})\n`);
    for (const c of report.checks.filter((x) => !x.passed))
      ctx.stdout.write(`  failed ${c.name}: ${c.message}\n`);
    return report.verdict === "fail" ? ExitCode.Findings : ExitCode.Ok;
  }
};
