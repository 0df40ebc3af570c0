// The lint action: inputs -> lintPaths (the function behind `modelgate lint`) -> annotations at
// file and line, outputs, step summary.
import * as core from "@actions/core";
import { lintExitCode, lintPaths, mdText, renderDiagnostics } from "@modelgate/core";
import { runAction } from "./_run.js";

/** Rows of the summary's table; the annotations carry every finding. */
const SUMMARY_ROWS = 200;

await runAction(async ({ workspace }) => {
  const paths = core.getMultilineInput("paths").filter((p) => p.trim() !== "");
  const summary = await lintPaths(paths.length > 0 ? paths : ["."], workspace);
  // the same workflow commands as `modelgate lint --format github`: the runner makes them annotations
  process.stdout.write(renderDiagnostics(summary.diagnostics, "github"));
  core.setOutput("errors", String(summary.errors));
  core.setOutput("warnings", String(summary.warnings));
  core.setOutput("files", String(summary.files));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  let md = `## modelgate lint\n\n${plural(summary.files, "file")} checked: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}\n`;
  if (summary.diagnostics.length > 0) {
    md += "\n| where | severity | code | message |\n| --- | --- | --- | --- |\n";
    for (const d of summary.diagnostics.slice(0, SUMMARY_ROWS)) {
      const message = d.hint === undefined ? d.message : `${d.message} (${d.hint})`;
      md += `| ${mdText(`${d.file}:${d.line}:${d.column}`)} | ${d.severity} | ${d.code} | ${mdText(message)} |\n`;
    }
    if (summary.diagnostics.length > SUMMARY_ROWS)
      md += `\n…and ${summary.diagnostics.length - SUMMARY_ROWS} more, each an annotation.\n`;
  }
  await core.summary.addRaw(md).write();
  process.exitCode = lintExitCode(summary);
});
