import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { checkName, contextFromEnv, ExitCode, isCalendarDate, plural, UserError } from "@modelgate/core";
import {
  type DeployPlan,
  type Identity,
  localApprovalsAt,
  type MergeResult,
  mergeChange,
  openRegistry,
  type ProposalOptions,
  type ProposedChange,
  parseDatasetRef,
  planDeployment,
  proposeDeprecation,
  proposePromotion,
  proposeRegistration,
  proposeRollback,
  type Registry,
  type RegistryCheckReport,
  readConfig,
  registryStatus,
  renderCheckMarkdown,
  renderPlan,
  requireCommit,
  runGate,
} from "@modelgate/registry";
import { gateExtras } from "@modelgate/score";
import type { CliContext } from "../context.js";
import { shellWord, writeOutputs } from "../output.js";
import type { CommandGroup } from "./index.js";

const clones = new Set<string>();

/** Removes the temporary clones of remote registries made by this command. */
function removeClones(): void {
  for (const dir of clones) rmSync(dir, { recursive: true, force: true });
  clones.clear();
}

/** Opens `--registry` (a directory, or an http(s) URL cloned into a temporary directory removed afterwards). */
export async function openFromFlag(ctx: CliContext, source: string): Promise<Registry> {
  if (/^https?:\/\//i.test(source)) {
    const cloneDir = mkdtempSync(join(tmpdir(), "modelgate-registry-"));
    clones.add(cloneDir);
    return openRegistry(source, { cloneDir });
  }
  return openRegistry(resolve(ctx.cwd, source));
}

function identityFromEnv(env: CliContext["env"]): Identity | undefined {
  const name = env.GIT_AUTHOR_NAME;
  const email = env.GIT_AUTHOR_EMAIL;
  return name && email ? { name, email } : undefined;
}

/**
 * For the crash tests only: MODELGATE_TEST_KILL_AT=<change|merge>:<step> makes this process
 * kill itself with SIGKILL when the change or merge reaches that named step.
 */
function killAt(ctx: CliContext, scope: "change" | "merge"): { onStep?: (step: string) => void } {
  const at = ctx.env.MODELGATE_TEST_KILL_AT;
  if (!at?.startsWith(`${scope}:`)) return {};
  const target = at.slice(scope.length + 1);
  return {
    onStep: (step) => {
      if (step === target) process.kill(process.pid, "SIGKILL");
    },
  };
}

export function changeOptions(ctx: CliContext): ProposalOptions {
  const author = identityFromEnv(ctx.env);
  return { ...(author ? { author } : {}), ...killAt(ctx, "change") };
}

/**
 * Prints a proposed change and, unless `hint` is null, the command that merges it: run where
 * this command ran, with the same --registry (`hint`), so it runs as printed.
 */
export function printChange(
  ctx: CliContext,
  change: ProposedChange,
  hint: string | null,
  requiredApprovals = 0,
): void {
  ctx.stdout.write(`${change.title}\n`);
  ctx.stdout.write(
    `  branch ${change.branch} (commit ${change.commit.slice(0, 12)} on ${change.base.slice(0, 12)})\n`,
  );
  // merge gates the change before it merges it (check --head only shows the verdict)
  if (hint !== null)
    ctx.stdout.write(
      `  next: modelgate merge ${shellWord(change.branch)}${hint === "." ? "" : ` --registry ${shellWord(hint)}`}${requiredApprovals > 0 ? " --approved-by <login>" : ""}\n`,
    );
  if (hint !== null && requiredApprovals > 0)
    ctx.stdout.write(
      `  ${change.environment} needs ${plural(requiredApprovals, "approval", "approvals")} by someone other than the author: name them with --approved-by (on GitHub, their pull-request reviews)\n`,
    );
}

/** The approvals the base's modelgate.yaml asks of a change to `environment` (0 when it asks none). */
async function requiredApprovalsOf(reg: Registry, change: ProposedChange): Promise<number> {
  if (change.environment === null) return 0;
  const config = await readConfig(reg, change.base);
  return config.environments.find((e) => e.name === change.environment)?.policy?.requiredApprovals ?? 0;
}

function printReport(ctx: CliContext, report: RegistryCheckReport): void {
  for (const c of report.changes) {
    const move = c.from || c.to ? ` ${c.from ?? "∅"} → ${c.to ?? "∅"}` : "";
    ctx.stdout.write(
      `  ${c.path}: ${c.kind}${move}${c.traffic !== null ? ` (${c.traffic}%)` : ""}${c.qualityGatesSkipped ? " [quality gates skipped: rollback]" : ""}\n`,
    );
  }
  for (const e of report.evidence ?? []) {
    const mark = e.mode === "none" ? "-" : e.status === "verified" ? "✓" : "✗";
    ctx.stdout.write(
      `  evidence ${mark} ${e.uri} for ${e.environment} (verify: ${e.mode}): ${e.status}${e.method ? ` by ${e.method}` : ""}: ${e.message}\n`,
    );
  }
  for (const e of report.approvals?.environments ?? []) {
    const by = e.approvedBy.map((a) => a.login).join(", ") || "nobody";
    ctx.stdout.write(`  approvals in ${e.environment}: ${e.approvedBy.length} of ${e.required}, by ${by}\n`);
  }
  if (report.blocked) {
    ctx.stdout.write(`blocked: ${report.blocking.length} reason(s)\n`);
    for (const b of report.blocking) {
      const where = `${b.file ?? b.path}${b.line ? `:${b.line}` : ""}${b.field ? ` (${b.field})` : ""}`;
      ctx.stdout.write(`  ✗ ${where}: ${b.check}: ${b.message}\n`);
    }
  } else if (!report.desiredStateChanged)
    ctx.stdout.write(
      `no change to the desired state: ${report.head === report.mergeBase ? "the head is the base" : "the change touches no registry file"}\n`,
    );
  else ctx.stdout.write("passed: every check of every change\n");
}

export function printPlan(ctx: CliContext, plan: DeployPlan): void {
  if (plan.entries.length === 0) ctx.stdout.write("deploy plan: nothing to deploy\n");
  for (const e of plan.entries) {
    ctx.stdout.write(
      `deploy: ${e.environment}/${e.model} ${e.kind} ${e.from ?? "∅"} → ${e.to ?? "∅"}${e.traffic !== null ? ` at ${e.traffic}%` : ""}\n`,
    );
  }
}

export function printMerge(ctx: CliContext, result: MergeResult): void {
  if (result.alreadyMerged) {
    ctx.stdout.write(`${result.branch} is already merged: nothing to do\n`);
    return;
  }
  printReport(ctx, result.report);
  if (!result.merged) {
    ctx.stdout.write(
      `not merged: the gate blocked ${result.branch} (override with --force --reason "...")\n`,
    );
    return;
  }
  ctx.stdout.write(
    `merged ${result.branch} as #${result.pr} (${result.commit!.slice(0, 12)})${result.override ? ` OVERRIDE: ${result.override}` : ""}\n`,
  );
  for (const f of result.skippedWorkingFiles)
    ctx.stderr.write(`modelgate: left ${f} alone in the working tree (it has local edits)\n`);
  if (result.branchKept) ctx.stderr.write(`modelgate: the merged branch stays: ${result.branchKept}\n`);
  if (result.plan) printPlan(ctx, result.plan);
}

/**
 * `deploy --reports`: the deploy action's job in the embedded mode, through the local port
 * (deployments and comments as files under <reports>/github). The merged pull requests are
 * the `(#local-N)` merges of the range.
 */
async function deployJob(
  ctx: CliContext,
  reg: Registry,
  flags: { before: string; after: string; out?: string; reports: string; now?: string },
  renderDir: string | undefined,
): Promise<ExitCode> {
  // loaded here only: the other registry commands never load the GitHub port
  const { createLocalPort, runDeployJob } = await import("@modelgate/github");
  const reports = resolve(ctx.cwd, flags.reports);
  const before = await requireCommit(reg, flags.before, "--before");
  const after = await requireCommit(reg, flags.after, "--after");
  const context = contextFromEnv(ctx.env);
  const now = parseTime(flags.now);
  const result = await runDeployJob({
    ...(now ? { now } : {}),
    registry: reg,
    github: createLocalPort({ reportsDir: reports, registry: reg }),
    before,
    after,
    runUrl: context.runUrl,
    manifestsDir: renderDir ?? join(reports, "kserve"),
    context,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error instanceof UserError || !error.code) throw error;
    throw new UserError(`--reports ${flags.reports}: cannot write there: ${error.message}`);
  });
  if (flags.out)
    writeOutputs([[resolve(ctx.cwd, flags.out), `${JSON.stringify(result.plan, null, 2)}\n`]], ctx.stderr);
  printReport(ctx, result.report);
  for (const f of result.manifests) ctx.stdout.write(`rendered ${f}\n`);
  printPlan(ctx, result.plan);
  for (const d of result.deployments)
    ctx.stdout.write(
      `deployment ${d.id}: ${d.environment}/${d.model} ${d.state ?? "none"}${d.created ? "" : " (earlier run)"}\n`,
    );
  for (const c of result.comments)
    ctx.stdout.write(`commented on #local-${c.pullNumber}: ${c.url ?? c.error}\n`);
  ctx.stdout.write(`recorded in ${join(reports, "github", "deployments.json")}\n`);
  return result.blocked ? ExitCode.Findings : ExitCode.Ok;
}

function parsePercent(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!/^\d+$/.test(s.trim()) || n < 1 || n > 99)
    throw new UserError(`--canary "${s}" must be a whole percent from 1 to 99`);
  return n;
}

function parseTime(s: string | undefined): Date | undefined {
  if (s === undefined) return undefined;
  const t = Date.parse(s);
  if (!isCalendarDate(s) || Number.isNaN(t))
    throw new UserError(`--now "${s}" is not a date-time (e.g. 2026-11-23T12:00:00Z)`);
  return new Date(t);
}

const APPROVED_BY_FLAG = "--approved-by <login...>";
const APPROVED_BY_HELP =
  "who approved the change (local mode; repeatable): counted for requiredApprovals unless it is the change's author, recorded as Modelgate-Approved-By";

/** --approved-by as merge options: each login checked as a name, commas split. */
function approvedByOption(values: string[] | undefined): { approvedBy?: string[] } {
  if (!values) return {};
  const logins = values.flatMap((v) => v.split(",")).map((v) => v.trim());
  for (const login of logins) {
    // a login goes into a commit trailer: one line of plain characters
    if (!/^[A-Za-z0-9][A-Za-z0-9._@+[\]-]{0,99}$/.test(login))
      throw new UserError(
        `--approved-by "${login}" is not a login (letters, digits and . _ - @ + [ ], e.g. --approved-by alice)`,
      );
  }
  return { approvedBy: logins };
}

export const registryCommands: CommandGroup = (program, ctx, runCommand) => {
  const run: typeof runCommand = (action) =>
    runCommand(async () => {
      try {
        return await action();
      } finally {
        removeClones();
      }
    });
  // `register --version V`: the program's own --version must only count before the command name
  program.enablePositionalOptions();
  program
    .command("status")
    .description("every model, its live version per environment, canaries, versions and their status")
    .option("--registry <dir|url>", "the registry", ".")
    .option("--ref <ref>", "read the state at this branch, tag or commit (default: the default branch)")
    .option("--format <format>", "text or json", "text")
    .action((flags: { registry: string; ref?: string; format: string }) =>
      run(async () => {
        if (flags.format !== "text" && flags.format !== "json")
          throw new UserError(`--format must be text or json, not "${flags.format}"`);
        const reg = await openFromFlag(ctx, flags.registry);
        const status = await registryStatus(reg, flags.ref);
        if (flags.format === "json") {
          ctx.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
          return ExitCode.Ok;
        }
        ctx.stdout.write(
          `registry ${status.registry} at ${status.commit.slice(0, 12)} (${reg.defaultBranch})\n`,
        );
        for (const m of status.models) {
          ctx.stdout.write(`\n${m.model}\n`);
          for (const e of m.environments) {
            const canary = e.canary ? `  canary ${e.canary.version} at ${e.canary.traffic}%` : "";
            ctx.stdout.write(`  ${e.environment.padEnd(14)} ${e.version ?? "-"}${canary}\n`);
          }
          for (const v of m.versions) {
            ctx.stdout.write(
              `  version ${v.version.padEnd(10)} ${v.status.padEnd(10)} ${v.liveIn.length ? `live: ${v.liveIn.join(", ")}` : ""}\n`,
            );
          }
        }
        for (const d of status.diagnostics)
          ctx.stderr.write(`modelgate: ${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}\n`);
        return ExitCode.Ok;
      }),
    );

  program
    .command("register <model>")
    .description("propose a new model version: a branch with its version file, artifact digest and evidence")
    .requiredOption("--version <version>", "the new version")
    .requiredOption("--artifact <uri>", "file:<path in the registry> or an https:// URL on the allow-list")
    .option("--artifact-file <path>", "for a file: URI, the local file to commit at that path")
    .option(
      "--reference <file>",
      "reference predictions made at training time (CSV), committed beside the artifact: evaluate --registry checks parity with them",
    )
    .option("--evidence <files...>", "evidence JSON files (evaluation, data-validation, ...)")
    .option("--code-commit <sha>", "lineage: the commit of the training code")
    .option(
      "--dataset <role=name@version...>",
      "lineage: the dataset versions used (role train, test or validation), bound by their registered sha256",
    )
    .option("--registry <dir|url>", "the registry", ".")
    .action(
      (
        model: string,
        flags: {
          version: string;
          artifact: string;
          artifactFile?: string;
          reference?: string;
          evidence?: string[];
          codeCommit?: string;
          dataset?: string[];
          registry: string;
        },
      ) =>
        run(async () => {
          checkName("model", model);
          checkName("version", flags.version, "--version");
          const reg = await openFromFlag(ctx, flags.registry);
          const change = await proposeRegistration(
            reg,
            {
              model,
              version: flags.version,
              artifact: flags.artifact,
              ...(flags.artifactFile ? { artifactSource: resolve(ctx.cwd, flags.artifactFile) } : {}),
              ...(flags.reference ? { referencePredictions: resolve(ctx.cwd, flags.reference) } : {}),
              evidence: (flags.evidence ?? []).map((e) => resolve(ctx.cwd, e)),
              ...(flags.codeCommit !== undefined ? { codeCommit: flags.codeCommit } : {}),
              ...(flags.dataset ? { datasets: flags.dataset.map(parseDatasetRef) } : {}),
            },
            changeOptions(ctx),
          );
          printChange(ctx, change, flags.registry);
          const beside = flags.artifactFile && join(dirname(flags.artifactFile), "reference-predictions.csv");
          if (beside && !flags.reference && existsSync(resolve(ctx.cwd, beside)))
            ctx.stderr.write(
              `modelgate: ${beside} was not registered; without it evaluate --registry cannot check parity (register with --reference ${beside})\n`,
            );
          return ExitCode.Ok;
        }),
    );

  program
    .command("promote <model> <version>")
    .description("propose moving a version into an environment (or a canary, or completing one)")
    .requiredOption("--to <env>", "the environment")
    .option("--canary <percent>", "serve the version to this share of traffic (1..99)")
    .option("--complete", "take the running canary to 100%")
    .option("--registry <dir|url>", "the registry", ".")
    .action(
      (
        model: string,
        version: string,
        flags: { to: string; canary?: string; complete?: boolean; registry: string },
      ) =>
        run(async () => {
          if (flags.canary !== undefined && flags.complete)
            throw new UserError("--canary and --complete exclude each other");
          const canary = parsePercent(flags.canary);
          checkName("model", model);
          checkName("version", version);
          checkName("environment", flags.to, "--to");
          const reg = await openFromFlag(ctx, flags.registry);
          const change = await proposePromotion(
            reg,
            {
              model,
              version,
              environment: flags.to,
              ...(canary !== undefined ? { canary } : {}),
              ...(flags.complete ? { complete: true } : {}),
            },
            changeOptions(ctx),
          );
          printChange(ctx, change, flags.registry, await requiredApprovalsOf(reg, change));
          return ExitCode.Ok;
        }),
    );

  program
    .command("rollback <model>")
    .description("propose pointing an environment back to the version live before (or a named earlier one)")
    .requiredOption("--env <env>", "the environment")
    .option("--to <version>", "a version that was live in the environment before")
    .option("--reason <text>", "why (recorded in the change description)")
    .option(
      "--merge",
      "the 3 a.m. path: gate and merge the rollback at once (local mode), printing the deploy plan",
    )
    .option(APPROVED_BY_FLAG, APPROVED_BY_HELP)
    .option("--registry <dir|url>", "the registry", ".")
    .action(
      (
        model: string,
        flags: {
          env: string;
          to?: string;
          reason?: string;
          merge?: boolean;
          approvedBy?: string[];
          registry: string;
        },
      ) =>
        run(async () => {
          const started = Date.now();
          checkName("model", model);
          checkName("environment", flags.env, "--env");
          if (flags.to !== undefined) checkName("version", flags.to, "--to");
          if (flags.approvedBy && !flags.merge)
            throw new UserError("--approved-by goes with --merge (or with modelgate merge)");
          const reg = await openFromFlag(ctx, flags.registry);
          const change = await proposeRollback(
            reg,
            {
              model,
              environment: flags.env,
              ...(flags.to ? { to: flags.to } : {}),
              ...(flags.reason ? { reason: flags.reason } : {}),
            },
            changeOptions(ctx),
          );
          // with --merge the change is merged next: a hint to merge it would be stale
          printChange(
            ctx,
            change,
            flags.merge ? null : flags.registry,
            flags.merge ? 0 : await requiredApprovalsOf(reg, change),
          );
          if (!flags.merge) return ExitCode.Ok;
          const context = contextFromEnv(ctx.env);
          const author = identityFromEnv(ctx.env);
          const result = await mergeChange(reg, change.branch, {
            ...(author ? { author } : {}),
            ...approvedByOption(flags.approvedBy),
            ...killAt(ctx, "merge"),
            gate: { context, ...gateExtras(reg) },
          });
          printMerge(ctx, result);
          if (result.merged)
            ctx.stdout.write(`rolled back in ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
          return result.merged ? ExitCode.Ok : ExitCode.Findings;
        }),
    );

  program
    .command("deprecate <model> <version>")
    .description("propose deprecating a version (it can no longer enter an environment)")
    .requiredOption("--reason <text>", "why")
    .option("--registry <dir|url>", "the registry", ".")
    .action((model: string, version: string, flags: { reason: string; registry: string }) =>
      run(async () => {
        checkName("model", model);
        checkName("version", version);
        const reg = await openFromFlag(ctx, flags.registry);
        printChange(
          ctx,
          await proposeDeprecation(reg, { model, version, reason: flags.reason }, changeOptions(ctx)),
          flags.registry,
        );
        return ExitCode.Ok;
      }),
    );

  program
    .command("check")
    .description("the policy gate: check a change (head) against the deployed state (base)")
    .option("--base <ref>", "the base (default: the default branch)")
    .option("--head <ref>", "the change (default: HEAD)", "HEAD")
    .option("--out <file>", "write the registry-check report JSON here")
    .option("--markdown <file>", "write a Markdown summary here")
    .option("--now <time>", "judge ages and freshness at this time (default: now)")
    .option(APPROVED_BY_FLAG, APPROVED_BY_HELP)
    .option("--registry <dir|url>", "the registry", ".")
    .action(
      (flags: {
        base?: string;
        head: string;
        out?: string;
        markdown?: string;
        now?: string;
        approvedBy?: string[];
        registry: string;
      }) =>
        run(async () => {
          const reg = await openFromFlag(ctx, flags.registry);
          const context = contextFromEnv(ctx.env);
          const now = parseTime(flags.now);
          const approvedBy = approvedByOption(flags.approvedBy).approvedBy;
          const approvals = approvedBy
            ? await localApprovalsAt(reg, flags.head, approvedBy, now ? { now } : {})
            : undefined;
          const report = await runGate(reg, {
            base: flags.base ?? reg.defaultBranch,
            head: flags.head,
            context,
            ...gateExtras(reg),
            ...(now ? { now } : {}),
            ...(approvals ? { approvals } : {}),
          });
          const outputs: Array<[string, string]> = [];
          if (flags.out) outputs.push([resolve(ctx.cwd, flags.out), `${JSON.stringify(report, null, 2)}\n`]);
          if (flags.markdown) outputs.push([resolve(ctx.cwd, flags.markdown), renderCheckMarkdown(report)]);
          if (outputs.length) writeOutputs(outputs, ctx.stderr);
          printReport(ctx, report);
          return report.blocked ? ExitCode.Findings : ExitCode.Ok;
        }),
    );

  program
    .command("deploy")
    .description("the deploy plan between two commits of the default branch (idempotent)")
    .requiredOption("--before <sha>", "the commit deployed before")
    .requiredOption("--after <sha>", "the commit to deploy")
    .option("--out <file>", "write the deploy-plan JSON here")
    .option("--render-dir <dir>", "write KServe InferenceService manifests here (<env>/<model>.yaml)")
    .option(
      "--reports <dir>",
      "the deploy job of the embedded mode: gate the merged state again and record the deployments under <dir>/github (manifests in <dir>/kserve unless --render-dir)",
    )
    .option("--now <time>", "with --reports: judge ages and freshness at this time (default: now)")
    .option("--registry <dir|url>", "the registry", ".")
    .action(
      (flags: {
        before: string;
        after: string;
        out?: string;
        renderDir?: string;
        reports?: string;
        now?: string;
        registry: string;
      }) =>
        run(async () => {
          const renderDir = flags.renderDir === undefined ? undefined : resolve(ctx.cwd, flags.renderDir);
          if (renderDir !== undefined && existsSync(renderDir) && !statSync(renderDir).isDirectory())
            throw new UserError(`--render-dir ${flags.renderDir}: not a directory`);
          if (flags.now !== undefined && flags.reports === undefined)
            throw new UserError("--now is for the deploy job's re-gate: use it with --reports");
          const reg = await openFromFlag(ctx, flags.registry);
          if (flags.reports !== undefined)
            return deployJob(ctx, reg, { ...flags, reports: flags.reports }, renderDir);
          const plan = await planDeployment(reg, {
            before: await requireCommit(reg, flags.before, "--before"),
            after: await requireCommit(reg, flags.after, "--after"),
            context: contextFromEnv(ctx.env),
          });
          if (flags.out)
            writeOutputs([[resolve(ctx.cwd, flags.out), `${JSON.stringify(plan, null, 2)}\n`]], ctx.stderr);
          if (renderDir !== undefined) {
            const files = await renderPlan(plan, renderDir).catch((error: NodeJS.ErrnoException) => {
              if (!error.code) throw error;
              throw new UserError(
                `--render-dir ${flags.renderDir}: cannot write the manifests: ${error.message}`,
              );
            });
            for (const f of files) ctx.stdout.write(`rendered ${f}\n`);
          }
          printPlan(ctx, plan);
          return ExitCode.Ok;
        }),
    );

  program
    .command("merge <branch>")
    .description("local mode: gate and merge a change branch into the default branch (merge = deploy)")
    .option("--force", "merge even though the gate blocks (needs --reason; recorded in history)")
    .option("--reason <text>", "why the override is justified")
    .option("--out <file>", "write the registry-check report JSON here")
    .option("--plan-out <file>", "write the deploy-plan JSON here")
    .option("--now <time>", "judge ages and freshness at this time (default: now)")
    .option(APPROVED_BY_FLAG, APPROVED_BY_HELP)
    .option("--registry <dir|url>", "the registry", ".")
    .action(
      (
        branch: string,
        flags: {
          force?: boolean;
          reason?: string;
          out?: string;
          planOut?: string;
          now?: string;
          approvedBy?: string[];
          registry: string;
        },
      ) =>
        run(async () => {
          const reg = await openFromFlag(ctx, flags.registry);
          const context = contextFromEnv(ctx.env);
          const now = parseTime(flags.now);
          const author = identityFromEnv(ctx.env);
          const result = await mergeChange(reg, branch, {
            ...(flags.force ? { force: true } : {}),
            ...(flags.reason ? { reason: flags.reason } : {}),
            ...(author ? { author } : {}),
            ...(now ? { now } : {}),
            ...approvedByOption(flags.approvedBy),
            ...killAt(ctx, "merge"),
            gate: { context, ...gateExtras(reg) },
          });
          const outputs: Array<[string, string]> = [];
          if (flags.out)
            outputs.push([resolve(ctx.cwd, flags.out), `${JSON.stringify(result.report, null, 2)}\n`]);
          if (flags.planOut && result.plan)
            outputs.push([resolve(ctx.cwd, flags.planOut), `${JSON.stringify(result.plan, null, 2)}\n`]);
          if (outputs.length) writeOutputs(outputs, ctx.stderr);
          printMerge(ctx, result);
          return result.merged || result.alreadyMerged ? ExitCode.Ok : ExitCode.Findings;
        }),
    );
};
