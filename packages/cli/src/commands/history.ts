import { checkName as checkNameValue, ExitCode, formatDuration, plural, UserError } from "@modelgate/core";
import {
  type DoraMetrics,
  type EnvState,
  type HistoryEntry,
  liveAtFrom,
  parseAt,
  previouslyLiveFrom,
  type Registry,
  readConfig,
  readHistory,
  readMetrics,
  resolveCommit,
  type Summary,
  type WalkOptions,
} from "@modelgate/registry";
import type { CliContext } from "../context.js";
import type { CommandGroup } from "./index.js";
import { openFromFlag } from "./registry.js";

interface CommonFlags {
  registry: string;
  ref?: string;
  format: string;
  engine: string;
  index: boolean;
}

function checkName(what: "model" | "environment", value: string | undefined): void {
  if (value !== undefined) checkNameValue(what, value);
}

/** An --env that modelgate.yaml does not list is a typo, not an empty history. */
async function checkEnvironment(
  reg: Registry,
  env: string | undefined,
  ref: string | undefined,
): Promise<void> {
  if (env === undefined) return;
  const tip = await resolveCommit(reg, ref ?? reg.defaultBranch);
  // without a readable modelgate.yaml the history itself is the only list of environments
  const config = await readConfig(reg, tip).catch(() => null);
  const envs = config?.environments.map((e) => e.name) ?? [env];
  if (!envs.includes(env))
    throw new UserError(`--env: unknown environment "${env}" (modelgate.yaml has: ${envs.join(", ")})`);
}

function walkOptions(flags: CommonFlags): WalkOptions {
  if (flags.format !== "text" && flags.format !== "json") {
    throw new UserError(`--format must be text or json, not "${flags.format}"`);
  }
  if (!["auto", "git", "isomorphic"].includes(flags.engine)) {
    throw new UserError(`--engine must be auto, git or isomorphic, not "${flags.engine}"`);
  }
  return {
    engine: flags.engine as WalkOptions["engine"] & string,
    useIndex: flags.index,
    ...(flags.ref ? { ref: flags.ref } : {}),
  };
}

const describeState = (s: EnvState | null) =>
  s === null
    ? "(none)"
    : s.canary
      ? `${s.version} + canary ${s.canary.version} at ${s.canary.traffic}%`
      : s.version;

function changeLine(c: HistoryEntry): string {
  const move =
    c.kind === "canary"
      ? `${c.to} at ${c.traffic}%`
      : c.kind === "retire"
        ? `${c.from} retired`
        : c.from === null
          ? `${c.to}`
          : `${c.from} -> ${c.to}`;
  const pr = c.pr ? `#${c.pr}` : "direct";
  const extra = c.problem ? `  (file unreadable: ${c.problem}; live state unchanged)` : "";
  const override = c.overrides.length > 0 ? `  override: ${c.overrides.join("; ")}` : "";
  const approved = c.approvedBy.length > 0 ? `  approved by ${c.approvedBy.join(", ")}` : "";
  return `${c.time.replace(".000Z", "Z")}  ${c.env.padEnd(12)} ${c.kind.padEnd(9)} ${move.padEnd(24)} ${c.commit.slice(0, 12)}  ${pr.padEnd(10)} ${c.author.name} <${c.author.email}>${approved}${override}${extra}`;
}

/** The summaries are in hours (the JSON's unit); text prints each in the unit that fits. */
const fmtHours = (h: number | null) => (h === null ? "-" : formatDuration(h * 3600));
const fmtSummary = (s: Summary, one: string, many: string, none: string) =>
  s.count === 0
    ? `- (${none})`
    : `median ${fmtHours(s.median)}, mean ${fmtHours(s.mean)}, p90 ${fmtHours(s.p90)} (${plural(s.count, one, many)})`;

function writeMetricsText(ctx: CliContext, m: DoraMetrics): void {
  const w = m.window;
  const span =
    w.since && w.until
      ? `${w.since.slice(0, 10)} .. ${w.until.slice(0, 10)}, ${formatDuration((w.days ?? 0) * 86_400)}`
      : "no changes";
  ctx.stdout.write(`DORA metrics for ${m.model ? `${m.model} in ` : ""}${m.env} (${span})\n`);
  const f = m.deploymentFrequency;
  ctx.stdout.write(
    `  deployments          ${m.deployments}${f.perDay !== null ? ` (${f.perDay}/day, ${f.perWeek}/week)` : ""}\n`,
  );
  ctx.stdout.write(
    `  lead time            ${fmtSummary(m.leadTime, "deployment of a version with a known registration", "deployments of versions with a known registration", "no deployment of a version with a known registration")}\n`,
  );
  ctx.stdout.write(
    `  change failure rate  ${m.changeFailureRate === null ? "-" : `${Math.round(m.changeFailureRate * 1000) / 10}%`} (${m.failedDeployments} of ${m.deployments} rolled back)\n`,
  );
  ctx.stdout.write(
    `  time to restore      ${fmtSummary(m.timeToRestore, "rollback", "rollbacks", "no rollbacks")}\n`,
  );
}

export const historyCommands: CommandGroup = (program, ctx, run) => {
  const common = (cmd: ReturnType<typeof program.command>) =>
    cmd
      .option("--registry <dir|url>", "the registry", ".")
      .option("--ref <ref>", "read the history of this branch, tag or commit (default: the default branch)")
      .option("--format <format>", "text or json", "text")
      .option("--engine <engine>", "git reader: auto (git binary when present), git or isomorphic", "auto")
      .option("--no-index", "do not read or write the history index under .git/modelgate");

  common(
    program
      .command("history <model>")
      .description(
        "every change of a model's desired state (commit, time, author, PR, kind), or what was live at a date",
      )
      .option("--env <env>", "only this environment")
      .option("--at <date>", "what was live at this date (YYYY-MM-DD = end of that day, UTC) or date-time"),
  ).action((model: string, flags: CommonFlags & { env?: string; at?: string }) =>
    run(async () => {
      checkName("model", model);
      checkName("environment", flags.env);
      const opts = walkOptions(flags);
      const at = flags.at !== undefined ? parseAt(flags.at) : null;
      const reg = await openFromFlag(ctx, flags.registry);
      await checkEnvironment(reg, flags.env, opts.ref);
      const h = await readHistory(reg, { ...opts, model, ...(flags.env ? { env: flags.env } : {}) });
      if (h.changes.length === 0 && h.registrations.length === 0) {
        throw new UserError(
          `no history for model "${model}"${flags.env ? ` in ${flags.env}` : ""} on ${opts.ref ?? reg.defaultBranch} (${h.tip.slice(0, 12)})`,
        );
      }
      const envs = [...new Set(h.changes.map((c) => c.env))].sort();
      if (at !== null) {
        const live = (flags.env ? [flags.env] : envs).map((env) => {
          const l = liveAtFrom(h.changes, env, model, at);
          return {
            env,
            state: l.state,
            since: l.since && {
              commit: l.since.commit,
              time: l.since.time,
              kind: l.since.kind,
              pr: l.since.pr,
              author: l.since.author,
            },
          };
        });
        if (flags.format === "json") {
          ctx.stdout.write(`${JSON.stringify({ model, at: at.toISOString(), tip: h.tip, live }, null, 2)}\n`);
        } else {
          ctx.stdout.write(`${model} live at ${at.toISOString()}:\n`);
          for (const l of live) {
            const since = l.since
              ? `  since ${l.since.time.replace(".000Z", "Z")} (${l.since.kind}, ${l.since.commit.slice(0, 12)}, ${l.since.pr ? `#${l.since.pr}` : "direct"}, ${l.since.author.name})`
              : "";
            ctx.stdout.write(`  ${l.env.padEnd(12)} ${describeState(l.state)}${since}\n`);
          }
        }
        return ExitCode.Ok;
      }
      const previous = Object.fromEntries(
        envs.map((env) => [env, previouslyLiveFrom(h.changes, env, model)]),
      );
      if (flags.format === "json") {
        ctx.stdout.write(
          `${JSON.stringify({ model, tip: h.tip, changes: h.changes, registrations: h.registrations, previouslyLive: previous }, null, 2)}\n`,
        );
        return ExitCode.Ok;
      }
      for (const c of h.changes) ctx.stdout.write(`${changeLine(c)}\n`);
      if (h.changes.length === 0)
        ctx.stdout.write(`${model} was never deployed${flags.env ? ` to ${flags.env}` : ""}\n`);
      for (const env of envs) {
        const prev = previous[env] ?? [];
        const current = liveAtFrom(h.changes, env, model, new Date(8.64e15)).state;
        ctx.stdout.write(
          `${env}: live ${describeState(current)}; rollback target ${prev[0] ?? "(none)"}${prev.length > 1 ? ` (before: ${prev.slice(1).join(", ")})` : ""}\n`,
        );
      }
      return ExitCode.Ok;
    }),
  );

  common(
    program
      .command("metrics")
      .description(
        "DORA measures from the registry history: deployment frequency, lead time, change failure rate, time to restore",
      )
      .option("--env <env>", "the environment measured (default: the last one in modelgate.yaml)")
      .option("--model <model>", "only this model")
      .option("--since <date>", "count deployments from this date (YYYY-MM-DD = start of day, UTC)")
      .option("--until <date>", "count deployments up to this date (YYYY-MM-DD = end of day, UTC)"),
  ).action((flags: CommonFlags & { env?: string; model?: string; since?: string; until?: string }) =>
    run(async () => {
      checkName("model", flags.model);
      checkName("environment", flags.env);
      const opts = walkOptions(flags);
      const since = flags.since !== undefined ? parseAt(flags.since, "--since", true) : undefined;
      const until = flags.until !== undefined ? parseAt(flags.until, "--until") : undefined;
      if (since && until && since > until) throw new UserError("--since is after --until");
      const reg = await openFromFlag(ctx, flags.registry);
      await checkEnvironment(reg, flags.env, opts.ref);
      const m = await readMetrics(reg, {
        ...opts,
        ...(flags.env ? { env: flags.env } : {}),
        ...(flags.model ? { model: flags.model } : {}),
        ...(since ? { since } : {}),
        ...(until ? { until } : {}),
      });
      if (flags.format === "json") ctx.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
      else writeMetricsText(ctx, m);
      return ExitCode.Ok;
    }),
  );
};
