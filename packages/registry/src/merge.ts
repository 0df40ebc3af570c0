import { open, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "@modelgate/core";
import { type ApprovalFacts, localApprovals } from "./approvals.js";
import {
  type CheckoutPath,
  type CheckoutStep,
  defaultBranchCheckedOut,
  mergeIntoCheckout,
  type StepHook,
} from "./checkout.js";
import { type GateOptions, type RegistryCheckReport, runGate } from "./gate.js";
import {
  changedPaths,
  compareAndSwapRef,
  configIdentity,
  defaultHead,
  type EditContent,
  type FileEntry,
  fetchRemote,
  fileEntryAt,
  type Identity,
  mergeBase,
  mkdirInGitdir,
  pushBranch,
  type Registry,
  readCommit,
  refValue,
  removeMergedBranch,
  writeEditCommit,
} from "./git.js";
import { type DeployPlan, planDeployment } from "./plan.js";
import { formatTrailers, type TransitionKind } from "./transitions.js";

export interface MergeOptions {
  /** merge even when the gate blocks; needs `reason`, recorded as a Modelgate-Override trailer */
  force?: boolean;
  reason?: string;
  author?: Identity;
  now?: Date;
  /** gate options other than base/head (extra checks, context, fetch, approvals) */
  gate?: Omit<GateOptions, "base" | "head" | "now">;
  /**
   * local mode's approvals: who approved the change (`--approved-by`), each counted on the
   * change's tip unless it is its author; recorded as Modelgate-Approved-By trailers
   */
  approvedBy?: readonly string[];
  /** attempts when the default branch moves meanwhile or a push is rejected (default 3) */
  attempts?: number;
  headers?: Record<string, string>;
  /**
   * called at each named step of writing the merge (after the gate: "gated", then, into a
   * checked-out default branch, the steps of CheckoutStep; otherwise "ref-locked" and "ref");
   * lets a test stop the merge at an exact point
   */
  onStep?: StepHook<MergeStep>;
}

/** The named steps of a merge after its gate, in order. */
export type MergeStep = "gated" | CheckoutStep;

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
  /** why the merged change branch was kept (checked out, moved, the remote refused), or null: removed */
  branchKept?: string | null;
}

/** Refused because the default branch changed the same files since the change was made. */
export class StaleProposalError extends UserError {
  constructor(message: string) {
    super(message, { exitCode: 1 });
    this.name = "StaleProposalError";
  }
}

const KIND_OF_BRANCH: Record<string, TransitionKind | "register" | "deprecate"> = {
  promote: "promote",
  canary: "canary",
  complete: "complete",
  rollback: "rollback",
  retire: "retire",
  register: "register",
  deprecate: "deprecate",
};

/**
 * The local pull-request number of a change, like a GitHub PR number: claimed the first time
 * the change is merged or gated for merging, then the same for every later attempt. A change is
 * its branch at its tip commit: a branch deleted and created again is a new change and gets a
 * new number, so no two merges in the history share one. Each number is a file created
 * exclusively under .git/modelgate/local-prs/ holding "<branch> <tip>"; numbers are never reused.
 */
async function localNumber(reg: Registry, branch: string, tip: string): Promise<number> {
  const dir = join(reg.gitdir, "modelgate", "local-prs");
  await mkdirInGitdir(reg, dir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOTDIR") throw error;
    throw new UserError(`${dir} is not a directory: move it away (it holds the local pull-request numbers)`);
  }
  const used = names.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const key = `${branch} ${tip}`;
  for (const n of used) {
    const owner = await readFile(join(dir, String(n)), "utf8").catch(() => "");
    if (owner.trim() === key) return n;
  }
  let n = used.length ? Math.max(...used) + 1 : 1;
  for (;;) {
    try {
      const h = await open(join(dir, String(n)), "wx");
      await h.writeFile(`${key}\n`);
      await h.close();
      return n;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      n++;
    }
  }
}

/** Whether a merge commit of `branch` is among the default branch's recent first-parent commits. */
async function mergedEarlier(reg: Registry, main: string, branch: string): Promise<boolean> {
  const prefix = `Merge ${branch} (#`;
  let oid: string | undefined = main;
  for (let i = 0; i < 1000 && oid; i++) {
    const c: Awaited<ReturnType<typeof readCommit>> | null = await readCommit(reg, oid).catch(() => null); // a shallow clone ends early
    if (!c) return false;
    if (c.message.startsWith(prefix)) return true;
    oid = c.parent[0];
  }
  return false;
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
    const main = await defaultHead(reg);
    if (!tip) {
      // a merge removes its branch: asking again is answered, not refused
      if (await mergedEarlier(reg, main, shortBranch)) {
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
      throw new UserError(`no branch ${shortBranch} in ${reg.dir}`);
    }
    const mb = await mergeBase(reg, main, tip);
    if (mb === tip) {
      const report = await runGate(reg, { ...options.gate, base: main, head: main, now: options.now });
      // merged before (by a merge completed after a crash, by hand, on GitHub): its branch goes now
      const removal = await removeMergedBranch(reg, shortBranch, tip, { headers: options.headers });
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
        branchKept: removal.reason,
      };
    }
    if (!mb) throw new UserError(`${shortBranch} shares no history with ${reg.defaultBranch}`);
    // stale check and the merged tree: apply the branch's file changes onto the default branch
    const changed = await changedPaths(reg, mb, tip);
    const edits = new Map<string, EditContent>();
    const moves: Array<{ path: string; before: FileEntry | null; after: FileEntry | null }> = [];
    const same = (a: FileEntry | null, b: FileEntry | null) => a?.oid === b?.oid && a?.mode === b?.mode;
    for (const path of changed) {
      const [atBase, atMain, atTip] = await Promise.all([
        fileEntryAt(reg, mb, path),
        fileEntryAt(reg, main, path),
        fileEntryAt(reg, tip, path),
      ]);
      if (!same(atMain, atBase) && !same(atMain, atTip)) {
        throw new StaleProposalError(
          `${shortBranch} is stale: ${path} changed on ${reg.defaultBranch} since the change was made; re-create it from the current state (nothing was merged)`,
        );
      }
      // the entry as it is, mode included: a symlink or an executable stays one
      edits.set(path, atTip);
      if (!same(atMain, atTip)) moves.push({ path, before: atMain, after: atTip });
    }
    const tipCommit = await readCommit(reg, tip);
    const title = tipCommit.message.split("\n")[0]!.trim();
    const typeSegment = /^modelgate\/([^/]+)\//.exec(shortBranch)?.[1] ?? "";
    const pr = `local-${await localNumber(reg, shortBranch, tip)}`;
    const mainCommit = await readCommit(reg, main);
    const author = options.author ??
      (await configIdentity(reg)) ?? { name: "modelgate", email: "modelgate@localhost" };
    const now = options.now ?? new Date();
    const approvals: ApprovalFacts | undefined =
      options.approvedBy && options.approvedBy.length > 0
        ? localApprovals({
            pullRequest: pr,
            author: { name: tipCommit.author.name, email: tipCommit.author.email },
            headSha: tip,
            approvedBy: options.approvedBy,
            now,
          })
        : undefined;
    const approvedBy = approvals?.approvals.map((a) => a.login) ?? [];
    const buildMessage = (kind: string, override: string | null) => {
      const trailerKind = (KIND_OF_BRANCH[kind] ?? null) as TransitionKind | null;
      const known =
        trailerKind && ["promote", "canary", "complete", "rollback", "retire"].includes(trailerKind);
      const trailers = formatTrailers({
        change: known ? (trailerKind as TransitionKind) : null,
        overrides: override ? [override] : [],
        approvedBy,
      });
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
    const report = await runGate(reg, {
      ...(approvals ? { approvals } : {}),
      ...options.gate,
      base: main,
      head: probe.commit,
      now,
    });
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
    const step: StepHook<MergeStep> = options.onStep ?? (() => undefined);
    let checkout: CheckoutPath[] | null = null;
    if (await defaultBranchCheckedOut(reg)) {
      // the checked-out branch never moves ahead of its index and files (checkout.ts)
      await step("gated");
      checkout = await mergeIntoCheckout(
        reg,
        { branch: shortBranch, tip, before: main, after: commit, message, changes: moves },
        step,
      );
      if (!checkout) {
        lastError = `${reg.defaultBranch} moved while merging`;
        continue;
      }
    } else {
      await step("gated");
      const ref = `refs/heads/${reg.defaultBranch}`;
      if (!(await compareAndSwapRef(reg, ref, commit, main, { onLocked: () => step("ref-locked") }))) {
        lastError = `${reg.defaultBranch} moved while merging`;
        continue; // re-read, re-check, retry
      }
      await step("ref");
      if (reg.remoteUrl) {
        const pushed = await pushBranch(reg, reg.defaultBranch, { headers: options.headers });
        if (!pushed.ok) {
          lastError = `push rejected: ${pushed.error}`;
          await compareAndSwapRef(reg, ref, main, commit);
          continue;
        }
      }
    }
    const skippedWorkingFiles = (checkout ?? []).filter((p) => p.worktree === "kept").map((p) => p.path);
    // the change is in the default branch now: its branch goes, so the same change can be made again
    const removal = await removeMergedBranch(reg, shortBranch, tip, { headers: options.headers });
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
      branchKept: removal.reason,
    };
  }
  throw new UserError(`could not merge ${shortBranch} after ${attempts} attempts: ${lastError}`, {
    exitCode: 1,
  });
}
