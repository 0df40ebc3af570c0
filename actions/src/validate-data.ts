// The validate-data action: inputs -> runDataValidationJob -> report files, outputs, step summary, annotations.
// A data URL is downloaded only from a host on the registry's modelgate.yaml data.allowedHosts
// (input registry, read only when an input is a URL), the same list the CLI reads.
import * as core from "@actions/core";
import { contextFromEnv, ExitCode, redactCredentials, UserError } from "@modelgate/core";
import { dataValidationJobFromText, type EngineOptions, runDataValidationJob } from "@modelgate/data";
import {
  anyDataUrl,
  DATA_URL_RULE,
  openRegistry,
  type Registry,
  registryDataAllowList,
} from "@modelgate/registry";
import { runAction } from "./_run.js";

await runAction(async ({ workspace, at, optional, required, write }) => {
  const schema = required("schema");
  const data = required("data");
  const reference = optional("reference");
  const job = dataValidationJobFromText(
    {
      schema,
      data,
      reference,
      environment: optional("environment"),
      subject: optional("subject"),
      failOn: optional("fail-on"),
      onError: optional("on-error"),
    },
    { cwd: workspace, context: contextFromEnv(process.env) },
    (option) => `input ${option}`,
  );
  // the registry is read only for a URL: local files need none
  const allowed = anyDataUrl([data, reference]) ? await allowList(optional("registry"), at) : {};
  const { report, markdown, html, failed } = await runDataValidationJob({
    ...job,
    engine: { ...job.engine, ...allowed },
  });
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

/** The data allow-list of the registry checkout named by the input registry (a path in the workspace). */
async function allowList(
  registry: string | undefined,
  at: (path: string) => string,
): Promise<Pick<EngineOptions, "allowedHosts" | "allowListSource">> {
  if (registry === undefined)
    throw new UserError(
      `${DATA_URL_RULE}, and no registry is given: set the input registry to the registry's checkout in the workspace (actions/checkout)`,
    );
  let reg: Registry;
  try {
    reg = await openRegistry(at(registry));
  } catch (error) {
    throw new UserError(
      `${DATA_URL_RULE}, and input registry ${registry} is not a registry checkout (${redactCredentials((error as Error).message)}): give the path of the registry's checkout in the workspace`,
    );
  }
  return registryDataAllowList(reg, registry);
}
