import { basename, resolve } from "node:path";
import {
  checkName,
  checkRegularFile,
  contextFromEnv,
  ExitCode,
  redactCredentials,
  UserError,
} from "@modelgate/core";
import {
  type DataProfile,
  dataInput,
  dataInputsAlongside,
  dataValidationJobFromText,
  type EngineOptions,
  engineOptionsFromText,
  INFER_DEFAULTS,
  inferSchema,
  MAX_THREADS,
  mergeProfiles,
  profileDataset,
  readOptionsFromText,
  readProfileFile,
  runDataValidationJob,
  withDataDownloads,
} from "@modelgate/data";
import type { Registry } from "@modelgate/registry";
import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { writeOutputs } from "../output.js";
import { progressPrinter, withProgressOptions } from "../progress.js";
import type { CommandGroup } from "./index.js";

interface ReadFlags {
  delimiter?: string;
  format?: string;
  onError?: string;
  memoryLimit?: string;
  threads?: string;
  registry?: string;
}

const flag = (option: string) => `--${option}`;
const readOptions = (flags: ReadFlags) => readOptionsFromText(flags, flag);
const engineOptions = (flags: ReadFlags) => engineOptionsFromText(flags, flag);
const isUrl = (p: string) => /^https?:\/\//i.test(p);

/**
 * The data allow-list of a data command: `--registry` (default: the working directory) read
 * only when an input is a URL, so local files need no registry.
 */
export async function dataAllowList(
  ctx: CliContext,
  registry: string | undefined,
  inputs: readonly (string | undefined)[],
): Promise<Pick<EngineOptions, "allowedHosts" | "allowListSource">> {
  // checked before loading the registry code: local files need none of it
  if (!inputs.some((p) => p !== undefined && isUrl(p))) return {};
  const { DATA_URL_RULE, registryDataAllowList } = await import("@modelgate/registry");
  const where = registry ?? ".";
  const { openFromFlag } = await import("./registry.js");
  let reg: Registry;
  try {
    reg = await openFromFlag(ctx, where);
  } catch (error) {
    throw new UserError(
      `${DATA_URL_RULE}, and ${redactCredentials(where)} is not a registry (${redactCredentials((error as Error).message)}): run in the registry or give --registry <dir|url>`,
    );
  }
  return registryDataAllowList(reg, where);
}

const withReadOptions = (cmd: Command): Command =>
  cmd
    .option("--delimiter <c>", "CSV delimiter (default: detected; \\t for .tsv)")
    .option("--format <f>", "csv | parquet | jsonl (default: from the extension)")
    .option(
      "--on-error <mode>",
      "malformed CSV rows: error (stop, with the line) | skip (drop and count)",
      "error",
    )
    .option("--memory-limit <size>", "DuckDB memory limit, e.g. 1GB")
    .option("--threads <n>", `DuckDB threads (1 to ${MAX_THREADS})`)
    .option(
      "--registry <dir|url>",
      "the registry whose modelgate.yaml data.allowedHosts lists the hosts an http(s) data URL may come from (default: .; read only for a URL)",
    );

export const dataCommands: CommandGroup = (program, ctx, run) => {
  const at = (p: string) => (isUrl(p) ? p : resolve(ctx.cwd, p));
  const requireFile = (p: string, what: string) => {
    // a directory, FIFO or device is refused before anything reads it (it would block or never end)
    if (!isUrl(p)) checkRegularFile(at(p), what, p);
  };
  /** The engine options of a command: its flags, the allow-list, one download per URL (closed after `fn`). */
  const withEngine = async <T>(
    flags: ReadFlags,
    inputs: readonly string[],
    fn: (engine: EngineOptions) => Promise<T>,
    extra: Partial<EngineOptions> = {},
  ): Promise<T> => {
    const base = { ...engineOptions(flags), ...extra };
    const allow = await dataAllowList(ctx, flags.registry, inputs);
    return withDataDownloads({ ...base, ...allow }, fn);
  };
  /** One data file's profile, its digest read while the engine loads it. */
  const profileFile = async (
    data: string,
    flags: ReadFlags,
    engine: EngineOptions,
    subject: string,
    context: ReturnType<typeof contextFromEnv>,
  ) =>
    profileDataset(at(data), {
      read: readOptions(flags),
      engine,
      subject,
      inputs: (
        await dataInputsAlongside([["data", data]], { cwd: ctx.cwd, engine, read: readOptions(flags) })
      ).digests,
      context,
    });

  withProgressOptions(
    withReadOptions(
      program
        .command("profile")
        .description(
          "profile a dataset (data-profile evidence); `profile merge a.json b.json` combines shard profiles",
        )
        .argument("<data...>", "a data file (CSV/TSV[.gz], Parquet, JSONL), or: merge <profile.json...>")
        .requiredOption("--out <file>", "write the data-profile JSON here")
        .option("--subject <name>", "the report subject (default: the file name)"),
    ),
  ).action((args: string[], flags: ReadFlags & { out: string; subject?: string; progress?: boolean }) =>
    run(async () => {
      const context = contextFromEnv(ctx.env);
      if (args[0] === "merge") {
        const files = args.slice(1);
        if (files.length < 1) throw new UserError("profile merge: give at least one profile JSON");
        const profiles: DataProfile[] = files.map((f) => {
          requireFile(f, "profile");
          const p = readProfileFile(at(f), f);
          if (!p) throw new UserError(`${f}: expected a data-profile JSON file`);
          return p;
        });
        let merged: DataProfile;
        try {
          merged = mergeProfiles(profiles, {
            subject: flags.subject ?? profiles[0]!.subject,
            inputs: await Promise.all(
              files.map((f) => dataInput("profile", f, { cwd: ctx.cwd, read: readOptions(flags) })),
            ),
            context,
          });
        } catch (error) {
          throw new UserError(`profile merge: ${(error as Error).message}`);
        }
        writeOutputs([[at(flags.out), `${JSON.stringify(merged, null, 2)}\n`]], ctx.stderr);
        ctx.stdout.write(`merged ${files.length} profiles: ${merged.rows} rows → ${flags.out}\n`);
        return ExitCode.Ok;
      }
      if (args.length !== 1)
        throw new UserError("profile: give one data file (or: profile merge <profile.json...>)");
      const data = args[0]!;
      requireFile(data, "data");
      const progress = progressPrinter(ctx, "profile", flags.progress);
      const listener = progress.listener ? { onProgress: progress.listener } : {};
      const profile = await progress.run(() =>
        withEngine(
          flags,
          [data],
          (engine) => profileFile(data, flags, engine, flags.subject ?? basename(data), context),
          listener,
        ),
      );
      writeOutputs([[at(flags.out), `${JSON.stringify(profile, null, 2)}\n`]], ctx.stderr);
      ctx.stdout.write(
        `profiled ${data}: ${profile.rows} rows, ${profile.columns.length} columns${profile.rejectedRows ? `, ${profile.rejectedRows} malformed rows skipped` : ""} → ${flags.out}\n`,
      );
      return ExitCode.Ok;
    }),
  );

  withReadOptions(
    program
      .command("infer-schema")
      .description("infer a dataset schema (commented YAML) from data or a data-profile JSON")
      .argument("<data>", "a data file or a data-profile JSON")
      .requiredOption("--out <file>", "write the dataset-schema YAML here")
      .option("--dataset <name>", "the dataset name (default: from the file name)")
      .option("--label <column>", "the label column: absent in the serving environment")
      .option(
        "--margin <share>",
        `widen numeric ranges by this share of the observed range on each side (default ${INFER_DEFAULTS.rangeMargin})`,
      )
      .option(
        "--tolerance <share>",
        `the share of rows that may lie outside a domain, reported as info rather than an error (default ${INFER_DEFAULTS.tolerance}; 0: none)`,
      )
      .option(
        "--profile-out <file>",
        "also write the data's profile here (data-profile JSON): `validate-data --reference` takes it, so the reference is profiled once",
      ),
  ).action(
    (
      data: string,
      flags: ReadFlags & {
        out: string;
        dataset?: string;
        label?: string;
        margin?: string;
        tolerance?: string;
        profileOut?: string;
      },
    ) =>
      run(async () => {
        if (flags.dataset !== undefined) checkName("dataset", flags.dataset, "--dataset");
        const share = (text: string | undefined, option: string, max?: number): number | undefined => {
          if (text === undefined) return undefined;
          const n = Number(text);
          if (text.trim() === "" || !(Number.isFinite(n) && n >= 0 && n <= (max ?? n)))
            throw new UserError(
              `--${option} must be a number ${max === undefined ? ">= 0" : `from 0 to ${max}`}, not "${text}"`,
            );
          return n;
        };
        const margin = share(flags.margin, "margin");
        const tolerance = share(flags.tolerance, "tolerance", 1);
        requireFile(data, "data or profile");
        const given = readProfileFile(at(data), data);
        if (given && flags.profileOut !== undefined)
          throw new UserError(
            `--profile-out: ${data} is a profile already; pass it to validate-data as it is`,
          );
        const profile =
          given ??
          (await withEngine(flags, [data], (engine) =>
            profileFile(data, flags, engine, basename(data), contextFromEnv(ctx.env)),
          ));
        const dataset = (flags.dataset ?? basename(data).replace(/\..*$/, ""))
          .toLowerCase()
          .replace(/[^a-z0-9._-]/g, "-");
        if (flags.label !== undefined && !profile.columns.some((c) => c.name === flags.label)) {
          throw new UserError(`--label: no column "${flags.label}" in ${data}`);
        }
        const { yaml } = inferSchema(profile, {
          dataset,
          label: flags.label,
          ...(margin !== undefined ? { rangeMargin: margin } : {}),
          ...(tolerance !== undefined ? { tolerance } : {}),
        });
        const outputs: Array<[string, string]> = [[at(flags.out), yaml]];
        if (flags.profileOut !== undefined)
          outputs.push([at(flags.profileOut), `${JSON.stringify(profile, null, 2)}\n`]);
        writeOutputs(outputs, ctx.stderr);
        ctx.stdout.write(
          `inferred a schema for ${profile.columns.length} columns → ${flags.out}${flags.profileOut ? ` (profile → ${flags.profileOut})` : ""}\n`,
        );
        return ExitCode.Ok;
      }),
  );

  withProgressOptions(
    withReadOptions(
      program
        .command("validate-data")
        .description(
          "validate data against a dataset schema, with drift/skew against a reference (data-validation evidence)",
        )
        .requiredOption("--schema <file>", "the dataset schema YAML")
        .requiredOption("--data <file>", "the data to validate")
        .option("--reference <file>", "reference data or data-profile JSON for drift and skew")
        .option("--environment <env>", "training | serving (or any schema environment)", "training")
        .option("--subject <name>", "the report subject (default: the schema's dataset)")
        .option("--fail-on <level>", "error (exit 1 on error anomalies) | warn (on warnings too)", "error")
        .requiredOption("--out <file>", "write the data-validation JSON here")
        .option("--markdown <file>", "write the Markdown summary here")
        .option("--html <file>", "write the HTML report here"),
    ),
  ).action(
    (
      flags: ReadFlags & {
        schema: string;
        data: string;
        reference?: string;
        environment: string;
        subject?: string;
        failOn: string;
        out: string;
        markdown?: string;
        html?: string;
        progress?: boolean;
      },
    ) =>
      run(async () => {
        const job = dataValidationJobFromText(
          flags,
          { cwd: ctx.cwd, context: contextFromEnv(ctx.env) },
          flag,
        );
        const progress = progressPrinter(ctx, "validate-data", flags.progress);
        job.engine = {
          ...job.engine,
          ...(await dataAllowList(ctx, flags.registry, [flags.data, flags.reference])),
          ...(progress.listener ? { onProgress: progress.listener } : {}),
        };
        const { report, markdown, html, failed } = await progress.run(() => runDataValidationJob(job));
        const outputs: Array<[string, string]> = [[at(flags.out), `${JSON.stringify(report, null, 2)}\n`]];
        if (flags.markdown) outputs.push([at(flags.markdown), markdown]);
        if (flags.html) outputs.push([at(flags.html), html]);
        writeOutputs(outputs, ctx.stderr);
        const s = report.summary;
        ctx.stdout.write(
          `${report.verdict}: ${s.rows} rows, ${s.errors} errors, ${s.warnings} warnings${s.driftedShare === null ? "" : `, ${(s.driftedShare * 100).toFixed(0)}% of features drifted`}\n`,
        );
        for (const a of report.anomalies.slice(0, 10)) {
          const where = a.schemaLine ? `${flags.schema}:${a.schemaLine}: ` : "";
          ctx.stdout.write(
            `  ${a.severity} ${a.code}${a.column ? ` [${a.column}]` : ""}: ${where}${a.message}\n`,
          );
        }
        return failed ? ExitCode.Findings : ExitCode.Ok;
      }),
  );
};
