import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkName, contextFromEnv, ExitCode, registryPaths, UserError } from "@modelgate/core";
import { runDataValidationJob } from "@modelgate/data";
import {
  anyDataUrl,
  defaultHead,
  proposeDatasetVersion,
  readTextAt,
  registryDataAllowList,
} from "@modelgate/registry";
import type { CommandGroup } from "./index.js";
import { changeOptions, openFromFlag, printChange } from "./registry.js";

export const datasetCommands: CommandGroup = (program, ctx, run) => {
  const dataset = program.command("dataset").description("dataset versions in the registry");
  dataset
    .command("register <name> <data>")
    .description(
      "propose a dataset version: sha256, rows and profile of a data file or URL, checked against datasets/<name>/schema.yaml",
    )
    .requiredOption("--version <version>", "the new dataset version")
    .option("--registry <dir|url>", "the registry", ".")
    .action((name: string, data: string, flags: { version: string; registry: string }) =>
      run(async () => {
        checkName("dataset", name);
        checkName("dataset version", flags.version, "--version");
        const reg = await openFromFlag(ctx, flags.registry);
        const schemaPath = registryPaths.datasetSchema(name);
        // the schema as committed on the default branch: the contract the gate will hold the data to
        const schemaText = await readTextAt(reg, await defaultHead(reg), schemaPath);
        if (schemaText === null)
          throw new UserError(
            `dataset "${name}" has no schema on ${reg.defaultBranch}: write one (modelgate infer-schema ${data} --dataset ${name} --out ${schemaPath}), review it and commit it first`,
          );
        const context = contextFromEnv(ctx.env);
        const scratch = mkdtempSync(join(tmpdir(), "modelgate-dataset-"));
        try {
          const schemaFile = join(scratch, "schema.yaml");
          writeFileSync(schemaFile, schemaText);
          const validation = await runDataValidationJob({
            cwd: ctx.cwd,
            root: reg.dir,
            context,
            schema: schemaFile,
            data,
            subject: name,
            // a URL comes from a host on this registry's modelgate.yaml data.allowedHosts
            engine: anyDataUrl([data]) ? await registryDataAllowList(reg, flags.registry) : {},
          });
          const { summary } = validation.report;
          if (validation.failed) {
            ctx.stdout.write(
              `${data} does not match ${schemaPath}: ${summary.errors} error(s), ${summary.warnings} warning(s)\n`,
            );
            for (const a of validation.report.anomalies.filter((x) => x.severity === "error").slice(0, 20))
              ctx.stdout.write(`  ✗ ${a.column ?? "(table)"}: ${a.code}: ${a.message}\n`);
            ctx.stdout.write("not registered: fix the data, or change the schema in its own change\n");
            return ExitCode.Findings;
          }
          // the data's place relative to the registry (file:...) or its URL, with its sha256, and its
          // profile: both from the validation, which read the data once
          const { profile } = validation;
          const input = profile.inputs[0]!;
          const change = await proposeDatasetVersion(
            reg,
            {
              dataset: name,
              version: flags.version,
              uri: input.uri,
              sha256: input.sha256,
              rows: profile.rows,
              profile: `${JSON.stringify(profile, null, 2)}\n`,
              validation: {
                verdict: validation.report.verdict,
                errors: summary.errors,
                warnings: summary.warnings,
              },
            },
            changeOptions(ctx),
          );
          ctx.stdout.write(
            `${data}: ${profile.rows} rows, sha256 ${input.sha256.slice(0, 12)}…, ${validation.report.verdict} against ${schemaPath}\n`,
          );
          printChange(ctx, change, flags.registry);
          return ExitCode.Ok;
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
      }),
    );
};
