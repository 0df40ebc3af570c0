import { isCalendarDate, UserError } from "@modelgate/core";
import { classifyTransition, type EnvState, parseMergeMessage, type TransitionKind } from "../transitions.js";
import {
  envFileOf,
  type HistoryRepo,
  type ParsedBlob,
  type RawHistory,
  readRawHistory,
  versionFileOf,
  type WalkOptions,
} from "./walk.js";

/** One change of one model's desired state in one environment, as merged on the branch. */
export interface HistoryEntry {
  env: string;
  model: string;
  kind: TransitionKind;
  /** version traffic moves away from / to (see classifyTransition) */
  from: string | null;
  to: string | null;
  /** percent of traffic `to` serves afterwards */
  traffic: number | null;
  /** the state before and after (null: no file, or no valid state yet) */
  before: EnvState | null;
  after: EnvState | null;
  commit: string;
  /** when the commit landed (committer time), ISO 8601 */
  time: string;
  author: { name: string; email: string };
  /** pull-request reference, e.g. "12" or "local-3"; null for a direct edit */
  pr: string | null;
  subject: string;
  /** kind recorded in the commit's Modelgate-Change trailer, if any (informational) */
  recordedKind: TransitionKind | null;
  overrides: string[];
  /** who approved, as recorded by Modelgate-Approved-By trailers (local merges) */
  approvedBy: string[];
  /** set when the file at this commit holds no usable state; the live state is unchanged */
  problem?: string;
}

/** A model version file appearing on the branch (its registration). */
export interface Registration {
  model: string;
  version: string;
  commit: string;
  time: string;
}

export interface HistoryOptions extends WalkOptions {
  model?: string;
  env?: string;
}

export interface RegistryHistory {
  tip: string;
  /** every state change, oldest first */
  changes: HistoryEntry[];
  /** first registration of each model version, oldest first */
  registrations: Registration[];
  stats: RawHistory["stats"];
}

interface PathInfo {
  vf: { model: string; version: string } | null;
  ef: { env: string; model: string } | null;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/**
 * Reads the full history of desired state on a ref (default: the registry's default branch),
 * optionally for one model and/or environment. Changes are oldest first; each is classified
 * with `classifyTransition`, using the versions live in that environment before it.
 */
export async function readHistory(repo: HistoryRepo, options: HistoryOptions = {}): Promise<RegistryHistory> {
  const raw = await readRawHistory(repo, {
    ...options,
    ...(options.model !== undefined ? { scopeModel: options.model } : {}),
    ...(options.model !== undefined && options.env !== undefined ? { scopeEnv: options.env } : {}),
  });
  return buildHistory(raw, options);
}

/** `readHistory(...).changes`: every state change, oldest first. */
export async function readHistoryEntries(
  repo: HistoryRepo,
  options: HistoryOptions = {},
): Promise<HistoryEntry[]> {
  return (await readHistory(repo, options)).changes;
}

export function buildHistory(
  raw: RawHistory,
  filter: { model?: string; env?: string } = {},
): RegistryHistory {
  const changes: HistoryEntry[] = [];
  const registrations: Registration[] = [];
  const registered = new Set<string>();
  // per env/model: the last valid state and the versions live as champion so far
  const current = new Map<string, EnvState | null>();
  const live = new Map<string, Set<string>>();
  // ~10k distinct paths over ~30k file changes: parse each path once
  const pathCache = new Map<string, PathInfo>();
  const pathInfo = (path: string): PathInfo => {
    let p = pathCache.get(path);
    if (!p) {
      p = { vf: versionFileOf(path), ef: envFileOf(path) };
      pathCache.set(path, p);
    }
    return p;
  };
  for (const c of raw.commits) {
    let info: ReturnType<typeof parseMergeMessage> | null = null;
    for (const f of c.files) {
      const { vf, ef } = pathInfo(f.path);
      if (vf) {
        if (filter.model !== undefined && vf.model !== filter.model) continue;
        const key = `${vf.model}\0${vf.version}`;
        if (f.after !== null && !registered.has(key)) {
          registered.add(key);
          registrations.push({ ...vf, commit: c.oid, time: iso(c.commitTime) });
        }
        continue;
      }
      if (!ef) continue;
      if (filter.model !== undefined && ef.model !== filter.model) continue;
      if (filter.env !== undefined && ef.env !== filter.env) continue;
      const key = `${ef.env}\0${ef.model}`;
      const before = current.get(key) ?? null;
      let after: EnvState | null = null;
      let problem: string | undefined;
      if (f.after !== null) {
        const parsed: ParsedBlob = raw.blobs.get(f.after) ?? { problem: "file content not available" };
        if ("state" in parsed) after = parsed.state;
        else problem = parsed.problem;
      }
      info ??= parseMergeMessage(c.message);
      const base = {
        env: ef.env,
        model: ef.model,
        commit: c.oid,
        time: iso(c.commitTime),
        author: c.author,
        pr: info.pr,
        subject: c.message.split("\n")[0] ?? "",
        recordedKind: info.change,
        overrides: info.overrides,
        approvedBy: info.approvedBy,
      };
      if (problem !== undefined) {
        // an unreadable file cannot be deployed: the live state stays what it was
        changes.push({
          ...base,
          kind: "none",
          from: before?.version ?? null,
          to: before?.version ?? null,
          traffic: null,
          before,
          after: before,
          problem,
        });
        continue;
      }
      let seen = live.get(key);
      if (!seen) {
        seen = new Set();
        live.set(key, seen);
      }
      const cls = classifyTransition(before, after, { previouslyLive: seen });
      changes.push({ ...base, ...cls, before, after });
      if (after) seen.add(after.version);
      current.set(key, after);
    }
  }
  return { tip: raw.tip, changes, registrations, stats: raw.stats };
}

/**
 * Parses a date argument: an ISO 8601 date-time, or a date that means the end of that day
 * (UTC) — or its start with `startOfDay`. `flag` names the argument in the error message.
 */
export function parseAt(text: string, flag = "--at", startOfDay = false): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const t = Date.parse(dateOnly ? `${text}T${startOfDay ? "00:00:00.000" : "23:59:59.999"}Z` : text);
  if (!isCalendarDate(text) || Number.isNaN(t)) {
    throw new UserError(
      `${flag} ${JSON.stringify(text)}: not a date; use YYYY-MM-DD or an ISO 8601 date-time like 2026-11-01T12:00:00Z`,
    );
  }
  return new Date(t);
}

export interface LiveState {
  /** the state live at the date (null: the model was not deployed in the environment) */
  state: EnvState | null;
  /** the change that made it live (null if none yet) */
  since: HistoryEntry | null;
}

/** What was live for `model` in `env` at `date`: the state after the last change merged at or before it. */
export function liveAtFrom(
  changes: readonly HistoryEntry[],
  env: string,
  model: string,
  date: Date,
): LiveState {
  let found: HistoryEntry | null = null;
  const t = date.getTime();
  for (const c of changes) {
    if (c.env !== env || c.model !== model) continue;
    if (Date.parse(c.time) > t) break;
    if (c.problem === undefined) found = c;
  }
  return { state: found?.after ?? null, since: found };
}

export async function liveAt(
  repo: HistoryRepo,
  env: string,
  model: string,
  date: Date,
  options: WalkOptions = {},
): Promise<LiveState> {
  const { changes } = await readHistory(repo, { ...options, env, model, scopeVersions: false });
  return liveAtFrom(changes, env, model, date);
}

/**
 * The champions that were live in `env` before the current one, newest first, without
 * duplicates and without the current champion. A version whose latest time as champion
 * ended in a rollback (it was rolled back from) is left out: it is known bad. The first
 * entry is rollback's default target.
 */
export function previouslyLiveFrom(changes: readonly HistoryEntry[], env: string, model: string): string[] {
  const stints: { version: string; rolledBack: boolean }[] = [];
  let currentVersion: string | null = null;
  for (const c of changes) {
    if (c.env !== env || c.model !== model || c.problem !== undefined) continue;
    const next = c.after?.version ?? null;
    if (next === currentVersion) continue;
    const last = stints[stints.length - 1];
    if (last && currentVersion !== null && c.kind === "rollback") last.rolledBack = true;
    if (next !== null) stints.push({ version: next, rolledBack: false });
    currentVersion = next;
  }
  const out: string[] = [];
  const decided = new Set<string>();
  if (currentVersion !== null) decided.add(currentVersion);
  for (let i = stints.length - 1; i >= 0; i--) {
    const s = stints[i] as (typeof stints)[number];
    if (decided.has(s.version)) continue;
    decided.add(s.version); // only the latest stint of a version decides
    if (!s.rolledBack) out.push(s.version);
  }
  return out;
}

export async function previouslyLiveVersions(
  repo: HistoryRepo,
  env: string,
  model: string,
  ref?: string,
  options: Omit<WalkOptions, "ref"> = {},
): Promise<string[]> {
  const { changes } = await readHistory(repo, {
    ...options,
    ...(ref ? { ref } : {}),
    env,
    model,
    scopeVersions: false,
  });
  return previouslyLiveFrom(changes, env, model);
}
