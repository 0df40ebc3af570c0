// The validate-data action: inputs -> validateData -> report files, outputs, step summary, annotations.
import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { contextFromEnv, ExitCode, fileInput, UserError } from "@modelgate/core";
import {
  parseDatasetSchema,
  renderValidationHtml,
  renderValidationMarkdown,
  validateData,
} from "@modelgate/data";
import { runAction } from "./_run.js";

await runAction(async ({ workspace, at, optional, write }) => {
  const schemaPath = core.getInput("schema", { required: true }).trim();
  const dataPath = core.getInput("data", { required: true }).trim();
  const reference = optional("reference");
  const failOn = optional("fail-on") ?? "error";
  if (failOn !== "error" && failOn !== "warn")
    throw new UserError(`input fail-on must be error or warn, not "${failOn}"`);
  const onError = optional("on-error") ?? "error";
  if (onError !== "error" && onError !== "skip")
    throw new UserError(`input on-error must be error or skip, not "${onError}"`);
  let text: string;
  try {
    text = readFileSync(at(schemaPath), "utf8");
  } catch {
    throw new UserError(`${schemaPath}: no such file (schema)`);
  }
  const schema = parseDatasetSchema(text, schemaPath);
  const input = async (role: string, p: string) => {
    try {
      return await fileInput(role, at(p), workspace);
    } catch {
      throw new UserError(`${p}: no such file (${role})`);
    }
  };
  const inputs = [await input("schema", schemaPath), await input("data", dataPath)];
  if (reference) inputs.push(await input("reference", reference));
  const report = await validateData({
    schema,
    data: at(dataPath),
    reference: reference ? at(reference) : undefined,
    environment: optional("environment") ?? "training",
    read: { onError },
    inputs,
    context: contextFromEnv(process.env),
  });
  const markdown = renderValidationMarkdown(report);
  const out = at(optional("out") ?? "data-validation.json");
  const files: [string, string][] = [[out, `${JSON.stringify(report, null, 2)}\n`]];
  const md = optional("markdown");
  const page = optional("html");
  if (md) files.push([at(md), markdown]);
  if (page) files.push([at(page), renderValidationHtml(report)]);
  write(files);
  for (const a of report.anomalies) {
    const props = {
      title: `${a.code}${a.column ? ` (${a.column})` : ""}`,
      file: schemaPath,
      startLine: a.schemaLine ?? 1,
    };
    if (a.severity === "error") core.error(a.message, props);
    else core.warning(a.message, props);
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
  if (report.verdict === "fail" || (failOn === "warn" && report.verdict === "warn"))
    process.exitCode = ExitCode.Findings;
});
