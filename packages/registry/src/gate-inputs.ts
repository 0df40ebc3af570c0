import { classifyRegistryPath, type EvidenceContext, UserError } from "@modelgate/core";
import type { GateApprovals } from "./approvals.js";
import { type ArtifactDigest, type FetchLike, hashHttpArtifact, repoPathOfFileUri } from "./artifact.js";
import { type EnvironmentFile, type ModelVersion, paths, type RegistryConfig } from "./desired-state.js";
import {
  type ChangedFile,
  changedFiles,
  hasCommit,
  isShallow,
  mergeBase,
  type Registry,
  resolveCommit,
} from "./git.js";
import { type HistoryEntry, previouslyLiveFrom, readHistoryEntries } from "./history/history.js";
import { RegistrySnapshot } from "./snapshot.js";

/**
 * Everything the gate judges, gathered in one place before any rule runs: the base (merge
 * base) and head snapshots, the changed paths with their git modes, the base policy, the
 * history facts (what was live where, at the base), the artifact digests the head names and
 * the clock. Rules read files only through the two snapshots, which are content-addressed.
 */
export interface GateInputs {
  base: string;
  head: string;
  mergeBase: string;
  now: Date;
  context: EvidenceContext;
  /** the merge base: its modelgate.yaml judges the change */
  baseSnapshot: RegistrySnapshot;
  headSnapshot: RegistrySnapshot;
  changes: ChangedFile[];
  /** modelgate.yaml at the merge base (null: the base holds none or an invalid one) */
  baseConfig: RegistryConfig | null;
  /** every state change of each model an environment change touches, up to the merge base */
  histories: Map<string, HistoryEntry[]>;
  /** artifact digests of every version the head names that a rule may check, by artifact URI */
  artifacts: Map<string, ArtifactDigest | { error: string } | null>;
  /** the change's reviews (null: none were given — a required approval then fails) */
  approvals: GateApprovals | null;
}

export interface GatherOptions {
  base: string;
  head: string;
  now?: Date;
  context?: EvidenceContext;
  fetch?: FetchLike;
  approvals?: GateApprovals;
}

const FIX_MISSING =
  "fetch it (git fetch origin <commit>) or clone with the full history (actions/checkout: fetch-depth: 0)";

/** Resolves a ref and demands its commit object: a shallow clone fails closed here (exit 2). */
async function requireCommit(reg: Registry, ref: string, what: string): Promise<string> {
  let oid: string;
  try {
    oid = await resolveCommit(reg, ref);
  } catch (error) {
    throw new UserError(`the ${what}: ${(error as Error).message}; if it exists upstream, ${FIX_MISSING}`);
  }
  if (!(await hasCommit(reg, oid)))
    throw new UserError(`the ${what} commit ${oid.slice(0, 12)} is not in this clone: ${FIX_MISSING}`);
  return oid;
}

export async function gatherGateInputs(
  reg: Registry,
  options: GatherOptions,
  readConfig: (s: RegistrySnapshot) => Promise<RegistryConfig | null>,
): Promise<GateInputs> {
  const base = await requireCommit(reg, options.base, "base");
  const head = await requireCommit(reg, options.head, "head");
  let mb: string | null = base === head ? base : null;
  if (mb === null) {
    try {
      mb = await mergeBase(reg, base, head);
    } catch {
      mb = null; // history cut off (shallow) or objects missing
    }
  }
  if (mb === null) {
    throw new UserError(
      (await isShallow(reg))
        ? `the merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)} is not in this shallow clone: ${FIX_MISSING}`
        : `${head.slice(0, 12)} shares no history with the base ${base.slice(0, 12)}: gate a change made on the default branch`,
    );
  }
  const baseSnapshot = new RegistrySnapshot(reg, mb);
  const headSnapshot = new RegistrySnapshot(reg, head);
  const changes = mb === head ? [] : await changedFilesOrRefusal(reg, mb, head);
  const baseConfig = await readConfig(baseSnapshot);
  // history: one read per model whose environment file changes
  const histories = new Map<string, HistoryEntry[]>();
  const named = new Set<string>(); // model\0version named by a changed file at head
  for (const c of changes) {
    const file = classifyRegistryPath(c.path);
    if (file.kind === "environment") {
      const model = file.names.model!;
      if (!histories.has(model)) histories.set(model, await readHistoryEntries(reg, { model, ref: mb }));
      // the versions entering, and the champion they are compared with
      const state = (await headSnapshot.load<EnvironmentFile>(c.path))?.value;
      const champion = (await baseSnapshot.load<EnvironmentFile>(c.path))?.value;
      for (const v of [state?.version, state?.canary?.version, champion?.version])
        if (typeof v === "string") named.add(`${model}\0${v}`);
    } else if (file.kind === "model-version") {
      named.add(`${file.names.model}\0${file.names.version}`);
    }
  }
  const artifacts = new Map<string, ArtifactDigest | { error: string } | null>();
  const allowedHosts = baseConfig?.artifacts?.allowedHosts ?? [];
  for (const key of named) {
    const [model, version] = key.split("\0") as [string, string];
    const v = (await headSnapshot.load<ModelVersion>(paths.version(model, version)))?.value;
    // evidence bytes are read (and digested) now; the rules verify them from the snapshot's memo
    for (const ref of v?.evaluation?.evidence ?? []) {
      try {
        await headSnapshot.read(repoPathOfFileUri(ref.uri));
      } catch {
        // an escaping URI: the evidence rule reports it
      }
    }
    const uri = v?.artifact?.uri;
    if (typeof uri !== "string" || artifacts.has(uri)) continue;
    artifacts.set(uri, await artifactDigest(headSnapshot, uri, allowedHosts, options.fetch));
  }
  return {
    base,
    head,
    mergeBase: mb,
    now: options.now ?? new Date(),
    context: options.context ?? { commit: head, ref: null, runUrl: null, ci: false },
    baseSnapshot,
    headSnapshot,
    changes,
    baseConfig,
    histories,
    artifacts,
    approvals: options.approvals ?? null,
  };
}

/**
 * The changed files; a tree holding a name git itself refuses to check out (`.GIT`, `..`)
 * cannot be listed at all, so the change is that one refused path (the rules then read
 * nothing else of the head).
 */
async function changedFilesOrRefusal(reg: Registry, from: string, to: string): Promise<ChangedFile[]> {
  try {
    return await changedFiles(reg, from, to);
  } catch (error) {
    const e = error as { code?: string; data?: { filepath?: unknown } };
    if (e.code !== "UnsafeFilepathError") throw error;
    const path = typeof e.data?.filepath === "string" ? e.data.filepath : ".git";
    return [{ path, before: null, after: { oid: "0".repeat(40), mode: "100644" } }];
  }
}

/** An artifact's digest as the head names it: a regular file of the snapshot, or an allowed https URL. */
async function artifactDigest(
  snapshot: RegistrySnapshot,
  uri: string,
  allowedHosts: readonly string[],
  fetchImpl: FetchLike | undefined,
): Promise<ArtifactDigest | { error: string } | null> {
  try {
    if (!uri.startsWith("file:")) return await hashHttpArtifact(uri, allowedHosts, fetchImpl);
    const path = repoPathOfFileUri(uri);
    const read = await snapshot.read(path, Number.POSITIVE_INFINITY);
    if (!read.ok) return read.missing ? null : { error: `${uri}: ${read.problem}` };
    return { sha256: read.sha256, bytes: read.bytes.byteLength };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The versions live as champion in an environment before the merge base's state (newest first). */
export function previouslyLiveAt(inputs: GateInputs, env: string, model: string): string[] {
  return previouslyLiveFrom(inputs.histories.get(model) ?? [], env, model);
}
