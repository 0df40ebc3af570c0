/**
 * The four DORA measures for models, computed from the registry's history of one environment
 * (production by default: the last environment in modelgate.yaml).
 *
 * - A *deployment* is a change that sends traffic to a version not serving before: kind
 *   `promote`, or kind `canary` with a canary version different from the previous canary.
 *   Canary traffic steps and `complete` continue the canary's deployment; rollbacks restore
 *   and retires remove, so none of them are deployments.
 * - *Deployment frequency*: deployments in the window / days in the window (at least one day).
 * - *Lead time*: deployment time − the time the version's file
 *   (models/<model>/versions/<version>.yaml) first landed on the branch (registration).
 * - *Change failure rate*: failed deployments / deployments. A deployment failed when a later
 *   rollback in the same environment moved traffic away from its version (`rollback.from`)
 *   and it was that version's latest deployment before the rollback.
 * - *Time to restore*: rollback time − the failed deployment's time.
 * All times are commit (merge) times on the branch. A deployment is counted in the window
 * when its time falls in it; its failure and restore are counted with it.
 */
import * as fs from "node:fs";
import { parseYamlText } from "@modelgate/core";
import git from "isomorphic-git";
import { buildHistory, type HistoryEntry } from "./history.js";
import { type HistoryRepo, readRawHistory, type WalkOptions } from "./walk.js";

export interface Deployment {
  model: string;
  version: string;
  time: string;
  commit: string;
  pr: string | null;
  /** seconds from registration to deployment (null: registration not found) */
  leadTimeSeconds: number | null;
  /** the rollback that undid it, if any */
  rolledBackBy: { commit: string; time: string; restoreSeconds: number } | null;
}

export interface Summary {
  count: number;
  /** hours */
  median: number | null;
  mean: number | null;
  p90: number | null;
}

export interface DoraMetrics {
  env: string;
  model: string | null;
  window: { since: string | null; until: string | null; days: number | null };
  deployments: number;
  deploymentFrequency: { perDay: number | null; perWeek: number | null };
  leadTime: Summary;
  changeFailureRate: number | null;
  failedDeployments: number;
  timeToRestore: Summary;
  details: Deployment[];
}

export interface MetricsOptions extends WalkOptions {
  /** environment measured (default: the last environment of modelgate.yaml, else "production") */
  env?: string;
  model?: string;
  since?: Date;
  until?: Date;
}

/** Computes DORA measures from already-read changes (oldest first) and registrations. */
export function computeMetrics(
  changes: readonly HistoryEntry[],
  registrations: readonly { model: string; version: string; time: string }[],
  args: { env: string; model?: string; since?: Date; until?: Date },
): DoraMetrics {
  const registered = new Map<string, number>();
  for (const r of registrations) {
    const key = `${r.model}\0${r.version}`;
    if (!registered.has(key)) registered.set(key, Date.parse(r.time));
  }
  const all: (Deployment & { t: number })[] = [];
  const latest = new Map<string, Deployment & { t: number }>(); // model\0version → its latest deployment
  for (const c of changes) {
    if (c.env !== args.env || c.problem !== undefined) continue;
    if (args.model !== undefined && c.model !== args.model) continue;
    const t = Date.parse(c.time);
    const isDeploy =
      (c.kind === "promote" && c.to !== null) ||
      (c.kind === "canary" && c.to !== null && c.before?.canary?.version !== c.to);
    if (isDeploy) {
      const version = c.to as string;
      const reg = registered.get(`${c.model}\0${version}`);
      const d = {
        model: c.model,
        version,
        time: c.time,
        commit: c.commit,
        pr: c.pr,
        leadTimeSeconds: reg !== undefined && reg <= t ? (t - reg) / 1000 : null,
        rolledBackBy: null,
        t,
      };
      all.push(d);
      latest.set(`${c.model}\0${version}`, d);
    } else if (c.kind === "rollback" && c.from !== null) {
      const d = latest.get(`${c.model}\0${c.from}`);
      if (d && d.rolledBackBy === null) {
        d.rolledBackBy = { commit: c.commit, time: c.time, restoreSeconds: (t - d.t) / 1000 };
      }
    }
  }
  const since = args.since?.getTime() ?? null;
  const until = args.until?.getTime() ?? null;
  const inWindow = all.filter((d) => (since === null || d.t >= since) && (until === null || d.t <= until));
  const envChanges = changes.filter(
    (c) => c.env === args.env && (args.model === undefined || c.model === args.model),
  );
  const first = since ?? (envChanges[0] ? Date.parse(envChanges[0].time) : null);
  const lastChange = envChanges[envChanges.length - 1];
  const last = until ?? (lastChange ? Date.parse(lastChange.time) : null);
  const days = first !== null && last !== null && last >= first ? (last - first) / 86_400_000 : null;
  // a window shorter than a day counts as one day: two deployments a minute apart are
  // "2 per day", not 2,880
  const frequencyDays = days === null ? null : Math.max(days, 1);
  const failed = inWindow.filter((d) => d.rolledBackBy !== null);
  const hours = (s: number) => s / 3600;
  return {
    env: args.env,
    model: args.model ?? null,
    window: {
      since: first !== null ? new Date(first).toISOString() : null,
      until: last !== null ? new Date(last).toISOString() : null,
      days: days === null ? null : round(days),
    },
    deployments: inWindow.length,
    deploymentFrequency: {
      perDay: frequencyDays ? round(inWindow.length / frequencyDays) : null,
      perWeek: frequencyDays ? round((inWindow.length / frequencyDays) * 7) : null,
    },
    leadTime: summarize(
      inWindow.filter((d) => d.leadTimeSeconds !== null).map((d) => hours(d.leadTimeSeconds as number)),
    ),
    changeFailureRate: inWindow.length > 0 ? round(failed.length / inWindow.length) : null,
    failedDeployments: failed.length,
    timeToRestore: summarize(failed.map((d) => hours(d.rolledBackBy?.restoreSeconds ?? 0))),
    details: inWindow.map(({ t: _t, ...d }) => d),
  };
}

/** Median (the mean of the two middle values for an even count), mean and p90 (nearest rank). */
export function summarize(values: number[]): Summary {
  if (values.length === 0) return { count: 0, median: null, mean: null, p90: null };
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  const median =
    n % 2 === 1 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
  const mean = s.reduce((a, b) => a + b, 0) / n;
  const p90 = s[Math.max(0, Math.ceil(0.9 * n) - 1)] as number;
  return { count: n, median: round(median), mean: round(mean), p90: round(p90) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** The production environment: the last one listed in modelgate.yaml at `tip`, else "production". */
export async function productionEnvironment(repo: HistoryRepo, tip: string): Promise<string> {
  try {
    const { blob } = await git.readBlob({
      fs,
      gitdir: repo.gitdir,
      oid: tip,
      filepath: "modelgate.yaml",
      ...(repo.cache ? { cache: repo.cache } : {}),
    });
    const doc = parseYamlText(blob, "modelgate.yaml").value as
      | { environments?: { name?: unknown }[] }
      | undefined;
    const envs = Array.isArray(doc?.environments) ? doc.environments : [];
    const last = envs[envs.length - 1];
    if (last && typeof last.name === "string") return last.name;
  } catch {
    // no or unreadable modelgate.yaml: fall back
  }
  return "production";
}

/** Reads the history once and computes the DORA measures (see the module comment). */
export async function readMetrics(repo: HistoryRepo, options: MetricsOptions = {}): Promise<DoraMetrics> {
  const raw = await readRawHistory(repo, options);
  const env = options.env ?? (await productionEnvironment(repo, raw.tip));
  const history = buildHistory(raw, { env, ...(options.model ? { model: options.model } : {}) });
  return computeMetrics(history.changes, history.registrations, {
    env,
    ...(options.model ? { model: options.model } : {}),
    ...(options.since ? { since: options.since } : {}),
    ...(options.until ? { until: options.until } : {}),
  });
}
