import * as fs from "node:fs";
import { mkdir, open, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { hashBytes, UserError } from "@modelgate/core";
import git from "isomorphic-git";
import { type ChangeKind, formatTrailers } from "./classify.js";
import { type GateOptions, type RegistryCheckReport, runGate } from "./gate.js";
import {
  blobOidAt,
  changedPaths,
  compareAndSwapRef,
  configIdentity,
  defaultHead,
  type EditContent,
  fetchRemote,
  gitFs,
  type Identity,
  mergeBase,
  pushBranch,
  type Registry,
  readBlobAt,
  readCommit,
  refValue,
  writeEditCommit,
} from "./git.js";
import { type DeployPlan, planDeployment } from "./plan.js";

export interface MergeOptions {
  /** merge even when the gate blocks; needs `reason`, recorded as a Modelgate-Override trailer */
  force?: boolean;
  reason?: string;
  author?: Identity;
  now?: Date;
  /** gate options other than base/head (extra checks, context, fetch) */
  gate?: Omit<GateOptions, "base" | "head" | "now">;
  /** attempts when the default branch moves meanwhile or a push is rejected (default 3) */
  attempts?: number;
  headers?: Record<string, string>;
}

export interface MergeResult {
  merged: boolean;
  branch: string;
  /** the PR-like reference, e.g. "local-3" */
  pr: string | null;
  /** the merge commit on the default branch (null when not merged) */
  commit: string | null;
  /** the default-branch commit before the merge */
  before: string;
  report: RegistryCheckReport;
  plan: DeployPlan | null;
  override: string | null;
  /** the branch was already merged: nothing was done */
  alreadyMerged: boolean;
  /** working-tree files left alone because they had local edits */
  skippedWorkingFiles: string[];
}

/** Refused because the default branch changed the same files since the change was made. */
export class StaleChangeError extends UserError {
  constructor(message: string) {
    super(message, { exitCode: 1 });
    this.name = "StaleChangeError";
  }
}

const KIND_OF_BRANCH: Record<string, ChangeKind | "register" | "deprecate"> = {
  promote: "promote",
  canary: "canary",
  complete: "complete",
  rollback: "rollback",
  retire: "retire",
  register: "register",
  deprecate: "deprecate",
};

/**
 * The local pull-request number of a change branch, like a GitHub PR number: claimed the first
 * time the branch is merged or gated for merging, then the same for every later attempt. Each
 * number is a file created exclusively under .git/modelgate/local-prs/ holding the branch name;
 * numbers are never reused.
 */
async function localNumber(reg: Registry, branch: string): Promise<number> {
  const dir = join(reg.gitdir, "modelgate", "local-prs");
  await mkdir(dir, { recursive: true });
  const used = (await readdir(dir)).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  for (const n of used) {
    const owner = await readFile(join(dir, String(n)), "utf8").catch(() => "");
    if (owner.trim() === branch) return n;
  }
  let n = used.length ? Math.max(...used) + 1 : 1;
  for (;;) {
    try {
      const h = await open(join(dir, String(n)), "wx");
      await h.writeFile(`${branch}\n`);
      await h.close();
      return n;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      n++;
    }
  }
}

/**
 * Local mode's "merge the pull request": runs the gate on the merge result, refuses a blocked
 * change unless forced with a reason, writes a merge commit with a `(#local-<n>)` reference and
 * `Modelgate-Change` / `Modelgate-Override` trailers, moves the default branch atomically, and
 * returns the deploy plan. A change whose files also changed on the default branch since it was
 * made is refused as stale. The default branch moves only at the very end (compare-and-swap).
 */
export async function mergeChange(
  reg: Registry,
  branch: string,
  options: MergeOptions = {},
): Promise<MergeResult> {
  if (options.force && !options.reason?.trim()) {
    throw new UserError("--force needs --reason: the override is recorded in the history");
  }
  const branchRef = branch.startsWith("refs/") ? branch : `refs/heads/${branch}`;
  const shortBranch = branchRef.replace(/^refs\/heads\//, "");
  const attempts = options.attempts ?? 3;
  let lastError = "";
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (reg.remoteUrl && attempt > 0) await fetchRemote(reg, options.headers);
    const tip =
      (await refValue(reg, branchRef)) ??
      (reg.remoteUrl ? await refValue(reg, `refs/remotes/origin/${shortBranch}`) : null);
    if (!tip) throw new UserError(`no branch ${shortBranch} in ${reg.dir}`);
    const main = await defaultHead(reg);
    const mb = await mergeBase(reg, main, tip);
    if (mb === tip) {
      const report = await runGate(reg, { ...options.gate, base: main, head: main, now: options.now });
      return {
        merged: false,
        branch: shortBranch,
        pr: null,
        commit: null,
        before: main,
        report,
        plan: null,
        override: null,
        alreadyMerged: true,
        skippedWorkingFiles: [],
      };
    }
    if (!mb) throw new UserError(`${shortBranch} shares no history with ${reg.defaultBranch}`);
    // stale check and the merged tree: apply the branch's file changes onto the default branch
    const changed = await changedPaths(reg, mb, tip);
    const edits = new Map<string, EditContent>();
    for (const path of changed) {
      const [atBase, atMain, atTip] = await Promise.all([
        blobOidAt(reg, mb, path),
        blobOidAt(reg, main, path),
        blobOidAt(reg, tip, path),
      ]);
      if (atMain !== atBase && atMain !== atTip) {
        throw new StaleChangeError(
          `${shortBranch} is stale: ${path} changed on ${reg.defaultBranch} since the change was made; re-create it from the current state (nothing was merged)`,
        );
      }
      if (atTip === null) edits.set(path, null);
      else edits.set(path, { oid: atTip });
    }
    const tipCommit = await readCommit(reg, tip);
    const title = tipCommit.message.split("\n")[0]!.trim();
    const typeSegment = /^modelgate\/([^/]+)\//.exec(shortBranch)?.[1] ?? "";
    const pr = `local-${await localNumber(reg, shortBranch)}`;
    const mainCommit = await readCommit(reg, main);
    const author = options.author ??
      (await configIdentity(reg)) ?? { name: "modelgate", email: "modelgate@localhost" };
    const now = options.now ?? new Date();
    const buildMessage = (kind: string, override: string | null) => {
      const trailerKind = (KIND_OF_BRANCH[kind] ?? null) as ChangeKind | null;
      const known =
        trailerKind && ["promote", "canary", "complete", "rollback", "retire"].includes(trailerKind);
      const trailers = known
        ? formatTrailers({ change: trailerKind as ChangeKind, overrides: override ? [override] : [] })
        : override
          ? `Modelgate-Override: ${override.replace(/\s*\n\s*/g, " ").trim()}`
          : "";
      return `Merge ${shortBranch} (#${pr})\n\n${title}${trailers ? `\n\n${trailers}` : ""}\n`;
    };
    // gate the exact merge result first (a commit object nobody points at yet)
    const probe = await writeEditCommit(reg, {
      parents: [main, tip],
      baseTree: mainCommit.tree,
      edits,
      message: buildMessage(typeSegment, null),
      author,
      now,
    });
    const report = await runGate(reg, { ...options.gate, base: main, head: probe.commit, now });
    const gateKinds = report.changes.map((c) => c.kind).filter((k) => k !== "none" && k !== "edit");
    const kind = gateKinds.length === 1 ? gateKinds[0]! : typeSegment;
    if (report.blocked && !options.force) {
      return {
        merged: false,
        branch: shortBranch,
        pr,
        commit: null,
        before: main,
        report,
        plan: null,
        override: null,
        alreadyMerged: false,
        skippedWorkingFiles: [],
      };
    }
    const override = report.blocked ? options.reason!.trim() : null;
    const message = buildMessage(kind, override);
    // the gated commit is the merge commit unless the recorded kind or an override changes its message
    const commit =
      message === buildMessage(typeSegment, null)
        ? probe.commit
        : (
            await writeEditCommit(reg, {
              parents: [main, tip],
              baseTree: mainCommit.tree,
              edits,
              message,
              author,
              now,
            })
          ).commit;
    const ref = `refs/heads/${reg.defaultBranch}`;
    if (!(await compareAndSwapRef(reg, ref, commit, main))) {
      lastError = `${reg.defaultBranch} moved while merging`;
      continue; // re-read, re-check, retry
    }
    if (reg.remoteUrl) {
      const pushed = await pushBranch(reg, reg.defaultBranch, { headers: options.headers });
      if (!pushed.ok) {
        lastError = `push rejected: ${pushed.error}`;
        await compareAndSwapRef(reg, ref, main, commit);
        continue;
      }
    }
    const skippedWorkingFiles = await updateWorkingTree(reg, main, commit, changed);
    const plan = await planDeployment(reg, {
      before: main,
      after: commit,
      now,
      ...(options.gate?.context ? { context: options.gate.context } : {}),
    });
    return {
      merged: true,
      branch: shortBranch,
      pr,
      commit,
      before: main,
      report,
      plan,
      override,
      alreadyMerged: false,
      skippedWorkingFiles,
    };
  }
  throw new UserError(`could not merge ${shortBranch} after ${attempts} attempts: ${lastError}`, {
    exitCode: 1,
  });
}

/**
 * When the registry is a checkout of the default branch, brings the merged files into the
 * working tree and index, leaving alone any file with local edits.
 */
async function updateWorkingTree(
  reg: Registry,
  before: string,
  after: string,
  paths: string[],
): Promise<string[]> {
  if (reg.remoteUrl || reg.gitdir !== join(reg.dir, ".git")) return [];
  const head = await git.currentBranch({ fs, gitdir: reg.gitdir, fullname: false }).catch(() => undefined);
  if (head !== reg.defaultBranch) return [];
  const skipped: string[] = [];
  for (const path of paths) {
    const file = join(reg.dir, path);
    const old = await readBlobAt(reg, before, path, Number.POSITIVE_INFINITY);
    let current: Buffer | null = null;
    try {
      current = await readFile(file);
    } catch {
      current = null;
    }
    const clean =
      old === null ? current === null : current !== null && hashBytes(current) === hashBytes(old.blob);
    if (!clean) {
      skipped.push(path);
      continue;
    }
    const next = await readBlobAt(reg, after, path, Number.POSITIVE_INFINITY);
    if (next === null) {
      await rm(file, { force: true });
      await git.remove({ fs: gitFs, dir: reg.dir, gitdir: reg.gitdir, filepath: path });
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, next.blob);
      await git.add({ fs: gitFs, dir: reg.dir, gitdir: reg.gitdir, filepath: path });
    }
  }
  return skipped;
}
