// The validate-data action: inputs -> runDataValidationJob -> report files, outputs, step summary, annotations.
import * as core from "@actions/core";
import { contextFromEnv, ExitCode } from "@modelgate/core";
import { dataValidationJobFromText, runDataValidationJob } from "@modelgate/data";
import { runAction } from "./_run.js";

await runAction(async ({ workspace, at, optional, write }) => {
  const schema = core.getInput("schema", { required: true }).trim();
  const job = dataValidationJobFromText(
    {
      schema,
      data: core.getInput("data", { required: true }).trim(),
      reference: optional("reference"),
      environment: optional("environment"),
      subject: optional("subject"),
      failOn: optional("fail-on"),
      onError: optional("on-error"),
    },
    { cwd: workspace, context: contextFromEnv(process.env) },
    (option) => `input ${option}`,
  );
  const { report, markdown, html, failed } = await runDataValidationJob(job);
  const out = at(optional("out") ?? "data-validation.json");
  const files: [string, string][] = [[out, `${JSON.stringify(report, null, 2)}\n`]];
  const md = optional("markdown");
  const page = optional("html");
  if (md) files.push([at(md), markdown]);
  if (page) files.push([at(page), html]);
  write(files);
  for (const a of report.anomalies) {
    const props = {
      title: `${a.code}${a.column ? ` (${a.column})` : ""}`,
      file: schema,
      startLine: a.schemaLine ?? 1,
    };
    if (a.severity === "error") core.error(a.message, props);
    else if (a.severity === "warn") core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  core.setOutput("verdict", report.verdict);
  core.setOutput("report", out);
  core.setOutput("errors", String(report.summary.errors));
  core.setOutput("warnings", String(report.summary.warnings));
  core.setOutput(
    "drifted-share",
    report.summary.driftedShare === null ? "" : String(report.summary.driftedShare),
  );
  await core.summary.addRaw(markdown).write();
  if (failed) process.exitCode = ExitCode.Findings;
});
