// The ml-test-score action: inputs -> scoreRegistry -> outputs, step summary, annotations.
import * as core from "@actions/core";
import { contextFromEnv, ExitCode, UserError } from "@modelgate/core";
import { renderMarkdown, SECTIONS, scoreRegistry } from "@modelgate/score";
import { runAction } from "./_run.js";

await runAction(async ({ workspace, at, optional, required, write }) => {
  const minScore = optional("min-score");
  const minimum = minScore === undefined ? undefined : Number(minScore);
  if (minimum !== undefined && !(Number.isFinite(minimum) && minimum >= 0 && minimum <= 7)) {
    throw new UserError(`input min-score "${minScore}" must be a number between 0 and 7`);
  }
  const model = required("model", "the model to score");
  const evidence = core.getMultilineInput("evidence").filter((l) => l.trim() !== "");
  const version = optional("version");
  const environment = optional("environment");
  const declarations = optional("declarations");
  const { report, result, notes } = await scoreRegistry({
    registry: at(core.getInput("registry") || "."),
    model,
    ...(version ? { version } : {}),
    ...(environment ? { environment } : {}),
    ...(evidence.length > 0 ? { evidenceDirs: evidence.map(at) } : {}),
    ...(declarations ? { declarations: at(declarations) } : {}),
    ...(minimum !== undefined ? { minimum } : {}),
    repositoryRoots: [workspace],
    now: new Date(),
    context: contextFromEnv(process.env),
  });
  const out = at(core.getInput("out") || "ml-test-score-report.json");
  write([[out, `${JSON.stringify(report, null, 2)}\n`]]);
  for (const note of notes) core.notice(note);
  for (const e of result.evidence.filter((x) => !x.trusted))
    core.warning(`${e.uri}: ${e.problems.join("; ")}`);
  for (const d of result.declarations.filter((x) => !x.accepted)) core.warning(d.reason);
  core.setOutput("score", String(result.score));
  for (const s of SECTIONS) core.setOutput(s, String(result.sections[s]));
  core.setOutput("verdict", report.verdict);
  core.setOutput("report", out);
  await core.summary.addRaw(renderMarkdown(result)).write();
  if (!result.passed) {
    core.error(
      `ML Test Score ${result.score} is below the minimum ${result.minimum} (limiting: ${result.limitingSections.join(", ")})`,
    );
    process.exitCode = ExitCode.Findings;
  }
});
