import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import {
  checkRegularFile,
  contextFromEnv,
  downloadRemote,
  type EvidenceInput,
  ExitCode,
  fileInput,
  UserError,
} from "@modelgate/core";
import {
  type DataProfile,
  dataRemoteRules,
  type EngineOptions,
  inferSchema,
  mergeProfiles,
  parseDatasetSchema,
  profileDataset,
  type ReadOptions,
  readProfileFile,
  renderValidationHtml,
  renderValidationMarkdown,
  validateData,
} from "@modelgate/data";
import type { Command } from "commander";
import { writeOutputs } from "../output.js";
import type { CommandRegistrar } from "./index.js";

interface ReadFlags {
  delimiter?: string;
  format?: string;
  onError?: string;
  memoryLimit?: string;
  threads?: string;
  allowHost?: string[];
}

function readOptions(flags: ReadFlags): ReadOptions {
  const out: ReadOptions = {};
  if (flags.delimiter !== undefined) out.delimiter = flags.delimiter === "\\t" ? "\t" : flags.delimiter;
  if (flags.format !== undefined) {
    if (!["csv", "parquet", "jsonl"].includes(flags.format)) {
      throw new UserError(`--format must be csv, parquet or jsonl, not "${flags.format}"`);
    }
    out.format = flags.format as ReadOptions["format"];
  }
  if (flags.onError !== undefined) {
    if (flags.onError !== "error" && flags.onError !== "skip") {
      throw new UserError(`--on-error must be error or skip, not "${flags.onError}"`);
    }
    out.onError = flags.onError;
  }
  return out;
}

/** Most DuckDB worker threads a flag may ask for. */
const MAX_THREADS = 256;
/** DuckDB's memory_limit syntax: a number and a unit. */
const MEMORY_LIMIT = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

function engineOptions(flags: ReadFlags): EngineOptions {
  const threads = flags.threads === undefined ? undefined : Number(flags.threads);
  if (
    threads !== undefined &&
    !(/^\s*\d+\s*$/.test(flags.threads!) && threads >= 1 && threads <= MAX_THREADS)
  ) {
    throw new UserError(`--threads "${flags.threads}" must be a whole number from 1 to ${MAX_THREADS}`);
  }
  if (flags.memoryLimit !== undefined && !MEMORY_LIMIT.test(flags.memoryLimit.trim())) {
    throw new UserError(`--memory-limit "${flags.memoryLimit}" must be a size such as 512MB or 2GB`);
  }
  return {
    ...(flags.memoryLimit ? { memoryLimit: flags.memoryLimit.trim() } : {}),
    ...(threads ? { threads } : {}),
    allowedHosts: flags.allowHost ?? [],
  };
}

/** sha256 of what a URL serves, streamed, under the data download rules. */
async function hashUrl(url: string, engine: EngineOptions): Promise<string> {
  return (await downloadRemote(url, dataRemoteRules(engine), () => {})).sha256;
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
      "--allow-host <host>",
      "a host http(s) data may be downloaded from (repeatable; every redirect target is checked)",
      (value: string, previous: string[] = []) => [...previous, value],
    );

export const registerData: CommandRegistrar = (program, ctx, run) => {
  const at = (p: string) => (/^https?:\/\//i.test(p) ? p : resolve(ctx.cwd, p));
  const input = async (role: string, p: string, flags: ReadFlags): Promise<EvidenceInput> =>
    /^https?:\/\//i.test(p)
      ? { role, uri: p, sha256: await hashUrl(p, engineOptions(flags)) }
      : fileInput(role, at(p), ctx.cwd);
  // a directory, FIFO or device is refused before anything reads it (it would block or never end)
  const requireFile = (p: string, what: string) => {
    if (!/^https?:\/\//i.test(p)) checkRegularFile(at(p), what);
  };

  withReadOptions(
    program
      .command("profile")
      .description(
        "profile a dataset (data-profile evidence); `profile merge a.json b.json` combines shard profiles",
      )
      .argument("<data...>", "a data file (CSV/TSV[.gz], Parquet, JSONL), or: merge <profile.json...>")
      .requiredOption("--out <file>", "write the data-profile JSON here")
      .option("--subject <name>", "the report subject (default: the file name)"),
  ).action((args: string[], flags: ReadFlags & { out: string; subject?: string }) =>
    run(async () => {
      const context = contextFromEnv(ctx.env);
      if (args[0] === "merge") {
        const files = args.slice(1);
        if (files.length < 1) throw new UserError("profile merge: give at least one profile JSON");
        const profiles: DataProfile[] = files.map((f) => {
          requireFile(f, "profile");
          const p = readProfileFile(at(f));
          if (!p) throw new UserError(`${f}: expected a data-profile JSON file`);
          return p;
        });
        let merged: DataProfile;
        try {
          merged = mergeProfiles(profiles, {
            subject: flags.subject ?? profiles[0]!.subject,
            inputs: await Promise.all(files.map((f) => input("profile", f, flags))),
            context,
          });
        } catch (error) {
          throw new UserError(`profile merge: ${(error as Error).message}`);
        }
        writeOutputs([[at(flags.out), `${JSON.stringify(merged, null, 2)}\n`]]);
        ctx.stdout.write(`merged ${files.length} profiles: ${merged.rows} rows → ${flags.out}\n`);
        return ExitCode.Ok;
      }
      if (args.length !== 1)
        throw new UserError("profile: give one data file (or: profile merge <profile.json...>)");
      const data = args[0]!;
      requireFile(data, "data");
      const profile = await profileDataset(at(data), {
        read: readOptions(flags),
        engine: engineOptions(flags),
        subject: flags.subject ?? basename(data),
        inputs: [await input("data", data, flags)],
        context,
      });
      writeOutputs([[at(flags.out), `${JSON.stringify(profile, null, 2)}\n`]]);
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
      .option("--margin <share>", "widen numeric ranges by this share of the observed range", "0"),
  ).action(
    (data: string, flags: ReadFlags & { out: string; dataset?: string; label?: string; margin: string }) =>
      run(async () => {
        const margin = Number(flags.margin);
        if (!(Number.isFinite(margin) && margin >= 0))
          throw new UserError(`--margin must be a number >= 0, not "${flags.margin}"`);
        requireFile(data, "data or profile");
        const profile =
          readProfileFile(at(data)) ??
          (await profileDataset(at(data), {
            read: readOptions(flags),
            engine: engineOptions(flags),
            subject: basename(data),
            inputs: [],
            context: contextFromEnv(ctx.env),
          }));
        const dataset = (flags.dataset ?? basename(data).replace(/\..*$/, ""))
          .toLowerCase()
          .replace(/[^a-z0-9._-]/g, "-");
        if (flags.label !== undefined && !profile.columns.some((c) => c.name === flags.label)) {
          throw new UserError(`--label: no column "${flags.label}" in ${data}`);
        }
        const { yaml } = inferSchema(profile, { dataset, label: flags.label, rangeMargin: margin });
        writeOutputs([[at(flags.out), yaml]]);
        ctx.stdout.write(`inferred a schema for ${profile.columns.length} columns → ${flags.out}\n`);
        return ExitCode.Ok;
      }),
  );

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
      .requiredOption("--out <file>", "write the data-validation JSON here")
      .option("--markdown <file>", "write the Markdown summary here")
      .option("--html <file>", "write the HTML report here"),
  ).action(
    (
      flags: ReadFlags & {
        schema: string;
        data: string;
        reference?: string;
        environment: string;
        subject?: string;
        out: string;
        markdown?: string;
        html?: string;
      },
    ) =>
      run(async () => {
        requireFile(flags.schema, "schema");
        requireFile(flags.data, "data");
        if (flags.reference) requireFile(flags.reference, "reference");
        const schema = parseDatasetSchema(readFileSync(at(flags.schema), "utf8"), flags.schema);
        const inputs = [await input("schema", flags.schema, flags), await input("data", flags.data, flags)];
        if (flags.reference) inputs.push(await input("reference", flags.reference, flags));
        const report = await validateData({
          schema,
          data: at(flags.data),
          reference: flags.reference ? at(flags.reference) : undefined,
          environment: flags.environment,
          read: readOptions(flags),
          engine: engineOptions(flags),
          subject: flags.subject,
          inputs,
          context: contextFromEnv(ctx.env),
        });
        const outputs: Array<[string, string]> = [[at(flags.out), `${JSON.stringify(report, null, 2)}\n`]];
        if (flags.markdown) outputs.push([at(flags.markdown), renderValidationMarkdown(report)]);
        if (flags.html) outputs.push([at(flags.html), renderValidationHtml(report)]);
        writeOutputs(outputs);
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
        return report.verdict === "fail" ? ExitCode.Findings : ExitCode.Ok;
      }),
  );
};
