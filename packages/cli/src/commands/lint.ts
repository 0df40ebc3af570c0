import {
  applyFixes,
  type ExitCode,
  lintExitCode,
  lintPaths,
  renderDiagnostics,
  UserError,
} from "@modelgate/core";
import type { CliContext } from "../context.js";
import type { CommandGroup } from "./index.js";

interface LintFlags {
  format: string;
  fix?: boolean;
}

async function lint(paths: string[], flags: LintFlags, ctx: CliContext): Promise<ExitCode> {
  if (flags.format !== "text" && flags.format !== "json" && flags.format !== "github") {
    throw new UserError(`--format must be text, json or github, not "${flags.format}"`);
  }
  let summary = await lintPaths(paths, ctx.cwd);
  if (flags.fix) {
    const fixed = await applyFixes(summary, ctx.cwd);
    for (const file of fixed.skipped)
      ctx.stderr.write(`not fixed: ${file} is a symbolic link (run lint --fix on the file it points to)\n`);
    if (fixed.problems > 0) {
      ctx.stderr.write(
        `fixed ${fixed.problems} problem${fixed.problems === 1 ? "" : "s"} in ${fixed.files} file${fixed.files === 1 ? "" : "s"}\n`,
      );
      summary = await lintPaths(paths, ctx.cwd);
    }
  }
  if (flags.format === "json") {
    ctx.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else if (flags.format === "github") {
    ctx.stdout.write(renderDiagnostics(summary.diagnostics, "github"));
  } else {
    ctx.stdout.write(renderDiagnostics(summary.diagnostics, "text"));
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    ctx.stdout.write(
      `${plural(summary.files, "file")} checked: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}\n`,
    );
  }
  return lintExitCode(summary);
}

export const lintCommands: CommandGroup = (program, ctx, run) => {
  program
    .command("lint")
    .description("check registry manifests: YAML, schema, names and paths")
    .argument(
      "<paths...>",
      "manifest or evidence files, or directories (searched for *.yaml and evidence/**/*.json; in a registry directory every file is checked against the layout, and .yml is refused)",
    )
    .option("--format <format>", "output format: text, json or github (workflow-command annotations)", "text")
    .option(
      "--fix",
      "apply safe fixes in place (quote versions YAML reads as numbers), keeping comments and layout",
    )
    .action((paths: string[], flags: LintFlags) => run(() => lint(paths, flags, ctx)));
};
