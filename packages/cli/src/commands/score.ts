import { resolve } from "node:path";
import { checkName, contextFromEnv, ExitCode, isCalendarDate, UserError } from "@modelgate/core";
import { renderHtml, renderMarkdown, SECTIONS, scoreRegistry } from "@modelgate/score";
import { writeOutputs } from "../output.js";
import type { CommandGroup } from "./index.js";

interface ScoreFlags {
  model: string;
  version?: string;
  registry: string;
  environment?: string;
  evidence?: string[];
  declarations?: string;
  minScore?: string;
  maxAgeDays?: string;
  rollbackWindowDays?: string;
  now?: string;
  out: string;
  markdown?: string;
  html?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const scoreCommands: CommandGroup = (program, ctx, run) => {
  program
    .command("score")
    .description("compute the ML Test Score of a model version from verified evidence and declarations")
    .requiredOption("--model <name>", "the model to score")
    .option("--version <version>", "the model version (default: the environment's champion, else the newest)")
    .option("--registry <dir>", "the registry directory", ".")
    .option("--environment <env>", "whose policy applies (default: the last environment, production)")
    .option(
      "--evidence <dir>",
      "a directory of evidence JSON, repeatable (default: <registry>/evidence/<model>/<version>)",
      collect,
    )
    .option("--declarations <file>", "manual declarations (default: models/<model>/ml-test-score.yaml)")
    .option("--min-score <x>", "the minimum score (default: the environment's minTestScore)")
    .option(
      "--max-age-days <n>",
      "evidence older than this is stale (default: modelgate.yaml evidence.maxAgeDays, 30)",
    )
    .option("--rollback-window-days <n>", "infra-7 needs a rollback this recent (default 90)")
    .option("--now <time>", "judge freshness and validity at this time (RFC 3339; default: now)")
    .requiredOption("--out <file>", "write the ml-test-score-report JSON here")
    .option("--markdown <file>", "write the Markdown grid and missing-point steps here")
    .option("--html <file>", "write an HTML page here")
    .action((flags: ScoreFlags) => run(() => score(flags)));

  async function score(flags: ScoreFlags): Promise<ExitCode> {
    checkName("model", flags.model, "--model");
    if (flags.version !== undefined) checkName("version", flags.version, "--version");
    if (flags.environment !== undefined) checkName("environment", flags.environment, "--environment");
    const at = (p: string) => resolve(ctx.cwd, p);
    const now = flags.now === undefined ? new Date() : parseTime(flags.now);
    const minScore = optionalNumber(flags.minScore, "--min-score", 0, 7);
    const maxAgeDays = optionalNumber(flags.maxAgeDays, "--max-age-days", Number.MIN_VALUE);
    const rollbackWindowDays = optionalNumber(
      flags.rollbackWindowDays,
      "--rollback-window-days",
      Number.MIN_VALUE,
    );
    const { report, result, notes } = await scoreRegistry({
      registry: at(flags.registry),
      model: flags.model,
      ...(flags.version !== undefined ? { version: flags.version } : {}),
      ...(flags.environment !== undefined ? { environment: flags.environment } : {}),
      ...(flags.evidence !== undefined ? { evidenceDirs: flags.evidence.map(at) } : {}),
      ...(flags.declarations !== undefined ? { declarations: at(flags.declarations) } : {}),
      repositoryRoots: [ctx.cwd],
      now,
      context: contextFromEnv(ctx.env),
      ...(minScore !== undefined ? { minimum: minScore } : {}),
      ...(maxAgeDays !== undefined ? { maxEvidenceAgeDays: maxAgeDays } : {}),
      ...(rollbackWindowDays !== undefined ? { rollbackWindowDays } : {}),
    });
    for (const note of notes) ctx.stderr.write(`modelgate: ${note}\n`);
    // Everything is computed before anything is written; each file is written whole or not at all.
    const outputs: Array<[string, string]> = [[at(flags.out), `${JSON.stringify(report, null, 2)}\n`]];
    if (flags.markdown !== undefined) outputs.push([at(flags.markdown), renderMarkdown(result)]);
    if (flags.html !== undefined) outputs.push([at(flags.html), renderHtml(result)]);
    writeOutputs(outputs, ctx.stderr);

    const sums = SECTIONS.map((s) => `${s} ${result.sections[s]}`).join(", ");
    ctx.stdout.write(
      `ML Test Score ${result.score} for ${result.model}@${result.version} (${sums}); ${result.band.range}: ${result.band.text}\n`,
    );
    for (const e of result.evidence.filter((x) => !x.trusted)) {
      ctx.stdout.write(`  refused ${e.uri}: ${e.problems.join("; ")}\n`);
    }
    for (const d of result.declarations.filter((x) => !x.accepted)) {
      ctx.stdout.write(`  refused declaration: ${d.reason}\n`);
    }
    if (!result.passed) {
      ctx.stdout.write(
        `below the minimum ${result.minimum}: limiting ${result.limitingSections.join(", ")}\n`,
      );
      return ExitCode.Findings;
    }
    return ExitCode.Ok;
  }
};

function parseTime(s: string): Date {
  const t = Date.parse(s);
  if (!isCalendarDate(s) || Number.isNaN(t)) {
    throw new UserError(`--now "${s}" is not a date-time (e.g. 2026-11-23T12:00:00Z)`);
  }
  return new Date(t);
}

function optionalNumber(s: string | undefined, flag: string, min: number, max = Number.POSITIVE_INFINITY) {
  if (s === undefined) return undefined;
  const n = Number(s);
  if (s.trim() === "" || !Number.isFinite(n) || n < min || n > max) {
    const range =
      max === Number.POSITIVE_INFINITY
        ? min > 0
          ? "above 0"
          : `at least ${min}`
        : `between ${min} and ${max}`;
    throw new UserError(`${flag} "${s}" must be a number ${range}`);
  }
  return n;
}
