// The evaluate-model action: inputs -> runEvaluationJob -> report files, outputs, step summary, annotations.
import * as core from "@actions/core";
import { contextFromEnv, ExitCode } from "@modelgate/core";
import { evaluationJobFromText, runEvaluationJob } from "@modelgate/model";
import { runAction } from "./_run.js";

await runAction(async ({ workspace, optional, at, write }) => {
  const job = evaluationJobFromText(
    {
      model: optional("model"),
      data: optional("data"),
      champion: optional("champion"),
      label: optional("label"),
      task: optional("task"),
      features: optional("features"),
      policy: optional("policy"),
      slices: optional("slices"),
      protected: optional("protected"),
      registry: optional("registry"),
      modelName: optional("model-name"),
      version: optional("version"),
      environment: optional("environment"),
      reference: optional("reference"),
      tolerance: optional("tolerance"),
      batchSize: optional("batch-size"),
      minSupport: optional("min-support"),
      bins: optional("bins"),
      bootstrap: optional("bootstrap"),
      seed: optional("seed"),
      importance: optional("importance"),
    },
    { cwd: workspace, context: contextFromEnv(process.env) },
    (option) => `input ${option}`,
  );
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
