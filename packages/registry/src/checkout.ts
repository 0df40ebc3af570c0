// A merge into the default branch while it is checked out: the working tree, the index and the
// branch ref must never disagree in a way plain git would act on. The order is git's own for a
// merge: files, then the index (with MERGE_HEAD, so a `git commit` in between concludes the
// merge), then the ref. A journal (.git/modelgate/merging.json) names what is being changed; a
// killed merge is completed or undone by the next modelgate command (recoverMerge).
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { lstat, readdir, readFile, readlink, rename, rm, rmdir, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { UserError } from "@modelgate/core";
import git from "isomorphic-git";
import {
  compareAndSwapRef,
  createLockFile,
  type FileEntry,
  fileEntryAt,
  gitFs,
  mkdirInGitdir,
  processAlive,
  type Registry,
  refValue,
  scratchFile,
} from "./git.js";

/** The steps of a merge into a checked-out default branch, in order; a test can stop at each. */
export type CheckoutStep =
  | "journal"
  | "worktree-file"
  | "worktree"
  | "index-locked"
  | "index"
  | "merge-head"
  | "ref-locked"
  | "ref"
  | "cleaned";

export type StepHook<S extends string> = (step: S) => void | Promise<void>;

/** One path a merge changes, as the checkout sees it. */
export interface CheckoutPath {
  path: string;
  /** the entry on the default branch before the merge (null: absent) */
  before: FileEntry | null;
  /** the entry after it (null: deleted) */
  after: FileEntry | null;
  /** write: the working-tree file is replaced; current: it already holds `after`; kept: it has local edits and stays */
  worktree: "write" | "current" | "kept";
}

interface Journal {
  pid: number;
  ref: string;
  branch: string;
  tip: string;
  before: string;
  after: string;
  message: string;
  paths: CheckoutPath[];
  /** sha256 of the index this merge put into .git/index.lock: tells its own stale lock from git's */
  index: string | null;
}

const journalFile = (reg: Registry) => join(reg.gitdir, "modelgate", "merging.json");
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const sameOid = (a: FileEntry | null | undefined, b: FileEntry | null | undefined) =>
  (a?.oid ?? null) === (b?.oid ?? null);

/** Whether `reg.dir` is a working tree whose HEAD is the default branch (so its files follow a merge). */
export async function defaultBranchCheckedOut(reg: Registry): Promise<boolean> {
  if (reg.remoteUrl || reg.gitdir !== join(reg.dir, ".git")) return false;
  const head = await readFile(join(reg.gitdir, "HEAD"), "utf8").catch(() => "");
  return head.trim() === `ref: refs/heads/${reg.defaultBranch}`;
}

/** A working-tree path as a tree entry; "other" for a directory, a special file or a path through a symlink. */
async function worktreeEntry(reg: Registry, path: string): Promise<FileEntry | null | "other"> {
  const parts = path.split("/");
  let dir = reg.dir;
  for (const part of parts.slice(0, -1)) {
    dir = join(dir, part);
    const st = await lstat(dir).catch(() => null);
    if (st === null) return null;
    // git never writes through a symlinked directory: it could point outside the repository
    if (!st.isDirectory()) return "other";
  }
  const file = join(reg.dir, path);
  const st = await lstat(file).catch(() => null);
  if (st === null) return null;
  if (st.isSymbolicLink()) {
    const { oid } = await git.hashBlob({ object: Buffer.from(await readlink(file), "utf8") });
    return { oid, mode: "120000" };
  }
  if (!st.isFile()) return "other";
  const { oid } = await git.hashBlob({ object: await readFile(file) });
  return { oid, mode: st.mode & 0o111 ? "100755" : "100644" };
}

/** The index entries of `paths` (absent paths are missing from the map). */
async function indexEntries(reg: Registry, paths: string[]): Promise<Map<string, FileEntry>> {
  const wanted = new Set(paths);
  const out = new Map<string, FileEntry>();
  await git.walk({
    fs,
    dir: reg.dir,
    gitdir: reg.gitdir,
    cache: {},
    trees: [git.STAGE()],
    map: async (filepath, [entry]) => {
      if (filepath === "." || !entry) return true;
      if (wanted.has(filepath)) {
        out.set(filepath, { oid: await entry.oid(), mode: (await entry.mode()).toString(8) });
        return null;
      }
      // descend only into directories on the way to a wanted path
      return [...wanted].some((p) => p.startsWith(`${filepath}/`)) ? true : null;
    },
  });
  return out;
}

/**
 * How a merge will treat each changed path of the checkout. Refuses (nothing changed yet) when
 * a git operation is in progress or a path has staged changes, which a merge would overwrite.
 */
export async function planCheckout(
  reg: Registry,
  changes: Array<{ path: string; before: FileEntry | null; after: FileEntry | null }>,
): Promise<CheckoutPath[]> {
  for (const name of ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply"]) {
    if (await lstat(join(reg.gitdir, name)).catch(() => null))
      throw new UserError(
        `not merged: a git operation is in progress in ${reg.dir} (${join(reg.gitdir, name)} exists); finish or abort it first (git merge --abort, git rebase --abort, ...)`,
      );
  }
  const staged = await indexEntries(
    reg,
    changes.map((c) => c.path),
  );
  const refused: string[] = [];
  const out: CheckoutPath[] = [];
  for (const c of changes) {
    const idx = staged.get(c.path) ?? null;
    if (!sameOid(idx, c.before) && !sameOid(idx, c.after)) {
      refused.push(c.path);
      continue;
    }
    const wt = await worktreeEntry(reg, c.path);
    const submodule = c.before?.mode === "160000" || c.after?.mode === "160000";
    let worktree: CheckoutPath["worktree"] = "kept";
    if (wt !== "other" && !submodule) {
      if (sameOid(wt, c.after) && (wt === null || wt.mode === c.after?.mode)) worktree = "current";
      else if (sameOid(wt, c.before)) worktree = "write";
    }
    out.push({ ...c, worktree });
  }
  if (refused.length > 0)
    throw new UserError(
      `not merged: ${refused.join(", ")} ${refused.length === 1 ? "has" : "have"} staged changes in ${reg.dir} that the merge would overwrite; commit them, or unstage them (git restore --staged <path>), and merge again`,
    );
  return out;
}

/** Puts `blob` at `file` in one rename (a symlink for mode 120000), from a scratch file in .git. */
async function placeFile(reg: Registry, path: string, blob: Uint8Array, mode: string): Promise<void> {
  const file = join(reg.dir, path);
  const tmp = await scratchFile(reg, "file");
  try {
    if (mode === "120000") await symlink(Buffer.from(blob).toString("utf8"), tmp);
    else await writeFile(tmp, blob, { mode: mode === "100755" ? 0o755 : 0o644 });
    await fs.promises.mkdir(dirname(file), { recursive: true });
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
}

async function removeFile(reg: Registry, path: string): Promise<void> {
  await rm(join(reg.dir, path), { force: true });
  // like git, leave no empty directory behind
  let dir = dirname(path);
  while (dir !== "." && dir !== "") {
    const full = join(reg.dir, dir);
    if ((await readdir(full).catch(() => ["?"])).length > 0) break;
    await rmdir(full).catch(() => undefined);
    dir = dirname(dir);
  }
}

async function putEntry(reg: Registry, path: string, entry: FileEntry | null): Promise<void> {
  if (entry === null) return removeFile(reg, path);
  const { blob } = await git.readBlob({ fs, gitdir: reg.gitdir, oid: entry.oid, cache: reg.cache });
  await placeFile(reg, path, blob, entry.mode);
}

/** isomorphic-git's fs with .git/index read and written at `file` instead: builds a new index privately. */
function indexAt(reg: Registry, file: string): typeof fs {
  const index = join(reg.gitdir, "index");
  const at = (p: unknown) => (p === index ? file : p);
  const p = gitFs.promises as unknown as Record<string, (...args: unknown[]) => unknown>;
  const promises = { ...gitFs.promises } as unknown as Record<string, unknown>;
  for (const name of ["readFile", "writeFile", "lstat", "stat", "unlink"])
    promises[name] = (path: unknown, ...rest: unknown[]) => p[name]!(at(path), ...rest);
  return { ...gitFs, promises } as unknown as typeof fs;
}

async function saveJournal(reg: Registry, j: Journal): Promise<void> {
  const tmp = await scratchFile(reg, "journal");
  await writeFile(tmp, JSON.stringify(j));
  await rename(tmp, journalFile(reg));
}

/**
 * Sets index entries in one atomic replacement of .git/index under git's own index.lock (a git
 * command running at the same time waits or fails, never interleaves). A path whose working-tree
 * file holds the entry gets its real stat data, so `git status` is clean without re-hashing.
 */
async function writeIndex(
  reg: Registry,
  j: Journal,
  entries: Array<{ path: string; entry: FileEntry | null }>,
  step: StepHook<CheckoutStep>,
): Promise<void> {
  const indexPath = join(reg.gitdir, "index");
  const lockPath = `${indexPath}.lock`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const original = await readFile(indexPath).catch(() => null);
    const tmp = await scratchFile(reg, "index");
    let content: Buffer;
    try {
      if (original) await writeFile(tmp, original);
      const ifs = indexAt(reg, tmp);
      const common = { fs: ifs, dir: reg.dir, gitdir: reg.gitdir, cache: {} };
      for (const { path, entry } of entries) {
        if (entry === null) {
          await git.updateIndex({ ...common, filepath: path, remove: true, force: true });
          continue;
        }
        const wt = await worktreeEntry(reg, path);
        let done = false;
        if (wt !== null && wt !== "other" && wt.oid === entry.oid && wt.mode === entry.mode)
          done = (await git.updateIndex({ ...common, filepath: path, add: true })) === entry.oid;
        if (!done)
          await git.updateIndex({
            ...common,
            filepath: path,
            oid: entry.oid,
            mode: Number.parseInt(entry.mode, 8),
            add: true,
          });
      }
      content = await readFile(tmp);
    } finally {
      await rm(tmp, { force: true });
    }
    j.index = sha256(content);
    await saveJournal(reg, j);
    if (!(await createLockFile(reg, lockPath, content)))
      throw new UserError(
        `${lockPath} exists: a git command is running in ${reg.dir}; retry when it is done (remove the file if no git process runs)`,
      );
    const now = await readFile(indexPath).catch(() => null);
    if ((now === null) !== (original === null) || (now && original && !now.equals(original))) {
      // the index changed between reading and locking it: build on the new one
      await rm(lockPath, { force: true });
      continue;
    }
    await step("index-locked");
    await rename(lockPath, indexPath);
    return;
  }
  throw new UserError(`the index of ${reg.dir} keeps changing while merging; retry`);
}

const MERGE_STATE = ["MERGE_HEAD", "MERGE_MSG", "MERGE_MODE"] as const;

async function writeMergeState(reg: Registry, j: Journal): Promise<void> {
  // MERGE_HEAD last: while it exists, `git commit` concludes this merge with the index as it is
  for (const [name, text] of [
    ["MERGE_MSG", j.message],
    ["MERGE_MODE", "no-ff"],
    ["MERGE_HEAD", `${j.tip}\n`],
  ] as const) {
    const tmp = await scratchFile(reg, "mergestate");
    await writeFile(tmp, text);
    await rename(tmp, join(reg.gitdir, name));
  }
}

/** Removes MERGE_HEAD and its companions, but only when they are this merge's (never a user's own merge). */
async function removeMergeState(reg: Registry, tip: string): Promise<void> {
  const head = await readFile(join(reg.gitdir, "MERGE_HEAD"), "utf8").catch(() => null);
  if (head?.trim() !== tip) return;
  for (const name of MERGE_STATE) await rm(join(reg.gitdir, name), { force: true });
}

/**
 * Brings a merge to a consistent end, from whatever point it stopped: when the ref reached
 * the merge (or a commit holding its files, e.g. a `git commit` that concluded it), the merge
 * stands; otherwise the working-tree files and index entries it changed go back.
 */
async function settle(reg: Registry, j: Journal): Promise<"merged" | "undone"> {
  const lockPath = join(reg.gitdir, "index.lock");
  if (j.index) {
    const lock = await readFile(lockPath).catch(() => null);
    if (lock && sha256(lock) === j.index) await rm(lockPath, { force: true });
  }
  const main = await refValue(reg, j.ref);
  let landed = main === j.after;
  if (!landed && main !== null && main !== j.before) {
    landed = true;
    for (const p of j.paths) if (!sameOid(await fileEntryAt(reg, main, p.path), p.after)) landed = false;
  }
  if (!landed) {
    for (const p of j.paths) {
      if (p.worktree !== "write") continue;
      const wt = await worktreeEntry(reg, p.path);
      if (wt !== "other" && sameOid(wt, p.after) && !sameOid(wt, p.before))
        await putEntry(reg, p.path, p.before);
    }
    const staged = await indexEntries(
      reg,
      j.paths.map((p) => p.path),
    );
    const back = j.paths
      .filter((p) => !sameOid(p.before, p.after) && sameOid(staged.get(p.path) ?? null, p.after))
      .map((p) => ({ path: p.path, entry: p.before }));
    if (back.length > 0) await writeIndex(reg, j, back, () => undefined);
  }
  await removeMergeState(reg, j.tip);
  await rm(journalFile(reg), { force: true });
  return landed ? "merged" : "undone";
}

/** Completes or undoes a merge whose process died (called when a registry is opened). */
export async function recoverMerge(reg: Registry): Promise<void> {
  const text = await readFile(journalFile(reg), "utf8").catch(() => null);
  if (text === null) return;
  let j: Journal;
  try {
    j = JSON.parse(text) as Journal;
  } catch {
    throw new UserError(
      `${journalFile(reg)} is not a modelgate merge journal; move it away if no modelgate merge is running`,
    );
  }
  if (processAlive(j.pid)) return;
  await settle(reg, j);
}

/** Takes the journal, which also keeps two modelgate merges out of the same checkout at once. */
async function takeJournal(reg: Registry, j: Journal): Promise<void> {
  await mkdirInGitdir(reg, join(reg.gitdir, "modelgate"));
  for (let waited = 0; ; waited += 50) {
    if (await createLockFile(reg, journalFile(reg), JSON.stringify(j))) return;
    const other = await readFile(journalFile(reg), "utf8")
      .then((t) => JSON.parse(t) as Journal)
      .catch(() => null);
    if (other && !processAlive(other.pid)) await settle(reg, other);
    else if (waited > 30_000)
      throw new UserError(
        `another merge is being written into ${reg.dir} (${journalFile(reg)}, process ${other?.pid ?? "?"}); retry`,
      );
    else await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Merges into the checked-out default branch: journal, working-tree files, index and
 * MERGE_HEAD, then the ref by compare-and-swap, then cleanup. Returns how each path was
 * treated, or null when the ref had moved (nothing was changed; the caller re-reads and retries).
 */
export async function mergeIntoCheckout(
  reg: Registry,
  args: {
    branch: string;
    tip: string;
    before: string;
    after: string;
    message: string;
    changes: Array<{ path: string; before: FileEntry | null; after: FileEntry | null }>;
  },
  step: StepHook<CheckoutStep> = () => undefined,
): Promise<CheckoutPath[] | null> {
  const { changes, ...rest } = args;
  const j: Journal = {
    pid: process.pid,
    ref: `refs/heads/${reg.defaultBranch}`,
    index: null,
    paths: [],
    ...rest,
  };
  await takeJournal(reg, j);
  try {
    if ((await refValue(reg, j.ref)) !== j.before) {
      await rm(journalFile(reg), { force: true });
      return null;
    }
    // planned while holding the journal: another merge's files, index and MERGE_HEAD are settled
    j.paths = await planCheckout(reg, changes);
    await saveJournal(reg, j);
    await step("journal");
    for (const p of j.paths) {
      if (p.worktree !== "write") continue;
      await putEntry(reg, p.path, p.after);
      await step("worktree-file");
    }
    await step("worktree");
    await writeIndex(
      reg,
      j,
      j.paths.map((p) => ({ path: p.path, entry: p.after })),
      step,
    );
    await step("index");
    await writeMergeState(reg, j);
    await step("merge-head");
    const moved = await compareAndSwapRef(reg, j.ref, j.after, j.before, {
      onLocked: () => step("ref-locked"),
    });
    if (!moved) {
      await settle(reg, j);
      return null;
    }
    await step("ref");
    await removeMergeState(reg, j.tip);
    await step("cleaned");
    await rm(journalFile(reg), { force: true });
    return j.paths;
  } catch (error) {
    await settle(reg, j).catch(() => undefined);
    throw error;
  }
}
