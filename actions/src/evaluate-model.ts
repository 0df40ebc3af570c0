// The evaluate-model action: inputs -> runEvaluationJob -> report files, outputs, step summary, annotations.
import * as core from "@actions/core";
import { contextFromEnv, ExitCode, UserError } from "@modelgate/core";
import { type EvaluationJob, runEvaluationJob } from "@modelgate/model";
import { runAction } from "./_run.js";

await runAction(async ({ workspace, at, optional, write }) => {
  const list = (name: string) =>
    optional(name)
      ?.split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
  const batch = optional("batch-size");
  const batchSize = batch === undefined ? undefined : Number(batch);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1))
    throw new UserError(`input batch-size "${batch}" must be an integer >= 1`);
  const job: EvaluationJob = { cwd: workspace, context: contextFromEnv(process.env) };
  const strings = {
    model: "model",
    data: "data",
    champion: "champion",
    label: "label",
    task: "task",
    policy: "policy",
    registry: "registry",
    modelName: "model-name",
    version: "version",
    environment: "environment",
    reference: "reference",
  } as const;
  for (const [key, input] of Object.entries(strings)) {
    const v = optional(input);
    if (v !== undefined) job[key as keyof typeof strings] = v;
  }
  const features = list("features");
  const slices = list("slices");
  const protectedAttributes = list("protected");
  if (features) job.features = features;
  if (slices) job.slices = slices;
  if (protectedAttributes) job.protectedAttributes = protectedAttributes;
  if (batchSize !== undefined) job.batchSize = batchSize;
  if (/^true$/i.test(optional("importance") ?? "")) job.importance = true;

  const { report, markdown, html, notes } = await runEvaluationJob(job);
  const out = at(optional("out") ?? "evaluation.json");
  const files: [string, string][] = [[out, `${JSON.stringify(report, null, 2)}\n`]];
  const md = optional("markdown");
  const page = optional("html");
  if (md) files.push([at(md), markdown]);
  if (page) files.push([at(page), html]);
  write(files);
  for (const note of notes) core.notice(note);
  for (const c of report.checks.filter((x) => !x.passed))
    core.error(`${report.subject}: ${c.name}: ${c.message}`);
  core.setOutput("verdict", report.verdict);
  core.setOutput("report", out);
  await core.summary.addRaw(markdown).write();
  if (report.verdict === "fail") process.exitCode = ExitCode.Findings;
});
