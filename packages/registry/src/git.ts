import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UserError } from "@modelgate/core";
import git, { type TreeEntry } from "isomorphic-git";
import http from "isomorphic-git/http/node";
import { GitObjects } from "./batch.js";

/** A registry repository opened for reading and writing through isomorphic-git. */
export interface Registry {
  /** the working directory (local registry) or the local clone of a remote one */
  dir: string;
  /** the git directory holding objects and refs */
  gitdir: string;
  /** the branch that holds the deployed desired state */
  defaultBranch: string;
  /** the clone URL when the registry is remote; changes are pushed there */
  remoteUrl: string | null;
  /** isomorphic-git object cache shared by every read of this registry */
  cache: object;
  /**
   * how whole-state reads reach objects: "auto" uses the git binary when there is one;
   * "isomorphic" never spawns git (what a machine without git gets)
   */
  engine?: "auto" | "isomorphic";
}

export interface Identity {
  name: string;
  email: string;
}

export interface OpenOptions {
  /** default branch; otherwise modelgate.yaml's `defaultBranch`, the remote HEAD, or HEAD's branch */
  defaultBranch?: string;
  /** where a remote registry is cloned (required for URLs) */
  cloneDir?: string;
  /** HTTP headers for a remote (e.g. authorization) */
  headers?: Record<string, string>;
  /** "isomorphic": read through isomorphic-git only, never the git binary (default "auto") */
  engine?: "auto" | "isomorphic";
}

/**
 * The filesystem handed to isomorphic-git when writing. isomorphic-git writes a loose object
 * straight to its final path and never rewrites an existing one, so a process killed midway
 * would leave a truncated object behind for good. Objects and the index are written to a
 * temporary file (named like git's own `tmp_obj_*`) and renamed into place instead.
 */
async function atomicWriteFile(path: string, data: string | Uint8Array, options?: unknown): Promise<void> {
  const object = /^(.*\/objects)\/[0-9a-f]{2}\/[0-9a-f]{38}$/.exec(path);
  if (!object && !path.endsWith("/index")) {
    await fs.promises.writeFile(path, data, options as Parameters<typeof fs.promises.writeFile>[2]);
    return;
  }
  const tmp = object
    ? `${object[1]}/tmp_obj_${randomBytes(8).toString("hex")}`
    : `${path}.tmp-${randomBytes(8).toString("hex")}`;
  try {
    await fs.promises.writeFile(tmp, data, options as Parameters<typeof fs.promises.writeFile>[2]);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

export const gitFs = { ...fs, promises: { ...fs.promises, writeFile: atomicWriteFile } } as typeof fs;

/** The largest blob modelgate reads from a registry (manifests and evidence are small; this stops abuse). */
export const MAX_BLOB_BYTES = 4 * 1024 * 1024;

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * Opens a registry from a local directory (a working tree or a bare repository) or from an
 * http(s) clone URL, which is cloned (objects only, no checkout) into `cloneDir`.
 */
export async function openRegistry(source: string, options: OpenOptions = {}): Promise<Registry> {
  const cache = {};
  if (isUrl(source)) {
    if (!options.cloneDir) throw new UserError(`a clone directory is needed to open the remote ${source}`);
    const dir = resolve(options.cloneDir);
    await mkdir(dir, { recursive: true });
    try {
      await git.clone({
        fs,
        http,
        dir,
        url: source,
        noCheckout: true,
        noTags: true,
        headers: options.headers,
        cache,
        ...(options.defaultBranch ? { ref: options.defaultBranch, singleBranch: true } : {}),
      });
    } catch (error) {
      throw new UserError(`cannot clone the registry ${source}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const gitdir = join(dir, ".git");
    const defaultBranch = options.defaultBranch ?? (await git.currentBranch({ fs, gitdir })) ?? "main";
    return { dir, gitdir, defaultBranch, remoteUrl: source, cache, engine: options.engine ?? "auto" };
  }
  const dir = resolve(source);
  let gitdir: string;
  if (await exists(join(dir, ".git"))) gitdir = join(dir, ".git");
  else if ((await exists(join(dir, "HEAD"))) && (await exists(join(dir, "objects")))) gitdir = dir;
  else throw new UserError(`${dir} is not a git repository (no .git); create one with \`git init\``);
  const defaultBranch =
    options.defaultBranch ??
    (await configuredBranch(gitdir, cache, options.engine ?? "auto")) ??
    (await git.currentBranch({ fs, gitdir })) ??
    "main";
  const reg: Registry = {
    dir,
    gitdir,
    defaultBranch,
    remoteUrl: null,
    cache,
    engine: options.engine ?? "auto",
  };
  await recoverInterrupted(reg);
  return reg;
}

/**
 * Finishes what a killed modelgate process left half done, before anything else reads the
 * registry: a ref lock it held is removed, and an interrupted merge into the checked-out
 * default branch is completed or undone (see checkout.ts). Costs one directory read when
 * there is nothing to do.
 */
async function recoverInterrupted(reg: Registry): Promise<void> {
  let names: string[];
  try {
    names = await readdir(join(reg.gitdir, "modelgate"));
  } catch {
    return;
  }
  if (names.includes("pending") || names.includes("tmp")) await releaseDeadLocks(reg).catch(() => undefined);
  if (names.includes("merging.json")) {
    const { recoverMerge } = await import("./checkout.js");
    await recoverMerge(reg);
  }
}

/** modelgate.yaml's `defaultBranch` as of HEAD, when that branch exists (CI checks out a detached head). */
async function configuredBranch(
  gitdir: string,
  cache: object,
  engine: "auto" | "isomorphic",
): Promise<string | null> {
  try {
    const head = await git.resolveRef({ fs, gitdir, ref: "HEAD" });
    // through the git binary when there is one: isomorphic-git would load the pack index first
    const objects = engine === "auto" ? await GitObjects.open(gitdir) : null;
    let blob: Uint8Array;
    if (objects) {
      const [config] = await objects.read([`${head}:modelgate.yaml`]).finally(() => objects.close());
      if (config?.type !== "blob") return null;
      blob = config.data;
    } else blob = (await git.readBlob({ fs, gitdir, oid: head, filepath: "modelgate.yaml", cache })).blob;
    const m = /^defaultBranch:\s*["']?([A-Za-z0-9._/-]+)["']?\s*(#.*)?$/m.exec(
      Buffer.from(blob).toString("utf8"),
    );
    if (!m?.[1]) return null;
    await git.resolveRef({ fs, gitdir, ref: `refs/heads/${m[1]}` });
    return m[1];
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a ref name, branch, tag or (abbreviated) commit id to a commit id. */
export async function resolveCommit(reg: Registry, ref: string): Promise<string> {
  const suffix = /^(.+?)((?:[~^]\d*)+)$/.exec(ref);
  if (suffix) {
    let oid = await resolveCommit(reg, suffix[1]!);
    for (const step of suffix[2]!.match(/[~^]\d*/g) ?? []) {
      const n = step.length > 1 ? Number(step.slice(1)) : 1;
      if (step[0] === "~") {
        for (let i = 0; i < n; i++) oid = await parentOf(reg, oid, 0, ref);
      } else if (n > 0) oid = await parentOf(reg, oid, n - 1, ref);
    }
    return oid;
  }
  try {
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    for (const candidate of [ref, `refs/heads/${ref}`, `refs/remotes/origin/${ref}`, `refs/tags/${ref}`]) {
      try {
        const full = await git.expandRef({ fs, gitdir: reg.gitdir, ref: candidate });
        const oid = await git.resolveRef({ fs, gitdir: reg.gitdir, ref: full });
        // a branch names a commit; only tags (and other refs) may need peeling, which reads
        // the object and, in a large packed repository, the whole pack index
        if (full.startsWith("refs/heads/") || full.startsWith("refs/remotes/")) return oid;
        return await peelToCommit(reg, oid);
      } catch {
        // try the next form
      }
    }
    if (/^[0-9a-f]{4,39}$/.test(ref)) {
      return await git.expandOid({ fs, gitdir: reg.gitdir, oid: ref, cache: reg.cache });
    }
  } catch {
    // fall through to the error below
  }
  throw new UserError(`unknown revision "${ref}" in the registry ${reg.dir}`);
}

/** A commit id for a revision the user named, refusing one that is not a commit in the registry. */
export async function requireCommit(reg: Registry, ref: string, flag: string): Promise<string> {
  const oid = await resolveCommit(reg, ref);
  try {
    await readCommit(reg, oid);
  } catch {
    throw new UserError(`${flag} ${ref}: no such commit in the registry ${reg.dir}`);
  }
  return oid;
}

async function parentOf(reg: Registry, oid: string, index: number, ref: string): Promise<string> {
  const parent = (await readCommit(reg, oid)).parent[index];
  if (!parent) throw new UserError(`unknown revision "${ref}": ${oid.slice(0, 12)} has no such parent`);
  return parent;
}

async function peelToCommit(reg: Registry, oid: string): Promise<string> {
  const obj = await git.readObject({ fs, gitdir: reg.gitdir, oid, cache: reg.cache, format: "parsed" });
  if (obj.type === "tag") return peelToCommit(reg, (obj.object as { object: string }).object);
  return oid;
}

/** The commit the default branch points at (the deployed state). */
export async function defaultHead(reg: Registry): Promise<string> {
  return resolveCommit(reg, reg.defaultBranch);
}

export async function readCommit(reg: Registry, oid: string) {
  const { commit } = await git.readCommit({ fs, gitdir: reg.gitdir, oid, cache: reg.cache });
  return commit;
}

/** The text of a file at a commit, or null when the path does not exist there. */
export async function readTextAt(reg: Registry, commit: string, path: string): Promise<string | null> {
  const blob = await readBlobAt(reg, commit, path);
  return blob === null ? null : Buffer.from(blob.blob).toString("utf8");
}

export async function readBlobAt(
  reg: Registry,
  commit: string,
  path: string,
  limit = MAX_BLOB_BYTES,
): Promise<{ oid: string; blob: Uint8Array } | null> {
  const oid = await blobOidAt(reg, commit, path);
  if (oid === null) return null;
  const { blob } = await git.readBlob({ fs, gitdir: reg.gitdir, oid, cache: reg.cache });
  if (blob.byteLength > limit) {
    throw new UserError(`${path}: ${blob.byteLength} bytes is over the ${limit}-byte limit`);
  }
  return { oid, blob };
}

/** A non-directory tree entry: a file (100644), an executable (100755), a symlink (120000) or a submodule (160000). */
export interface FileEntry {
  oid: string;
  mode: string;
}

/** The entry of a path at a commit with its mode (null when absent or a directory). */
export async function fileEntryAt(reg: Registry, commit: string, path: string): Promise<FileEntry | null> {
  const parts = path.split("/");
  const name = parts.pop()!;
  const entries = await treeEntriesAt(reg, commit, parts.join("/"));
  const entry = entries?.find((e) => e.path === name);
  return entry && entry.type !== "tree" ? { oid: entry.oid, mode: entry.mode } : null;
}

/** The blob id of a path at a commit (null when absent or not a file). Reads only the trees on the path. */
export async function blobOidAt(reg: Registry, commit: string, path: string): Promise<string | null> {
  const parts = path.split("/");
  const name = parts.pop()!;
  const entries = await treeEntriesAt(reg, commit, parts.join("/"));
  const entry = entries?.find((e) => e.path === name);
  return entry && entry.type === "blob" ? entry.oid : null;
}

/** The entries of a directory at a commit, or null when it does not exist. */
export async function treeEntriesAt(
  reg: Registry,
  commit: string,
  dirPath: string,
): Promise<TreeEntry[] | null> {
  try {
    const { tree } = await git.readTree({
      fs,
      gitdir: reg.gitdir,
      oid: commit,
      filepath: dirPath === "" ? undefined : dirPath,
      cache: reg.cache,
    });
    return tree;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "NotFoundError" || code === "ObjectTypeError") return null;
    throw error;
  }
}

/**
 * Writes a commit whose tree is `base`'s tree with `edits` applied (path -> new text, or null to
 * delete). Only the trees along edited paths are read and rewritten. Returns the commit id; no ref moves.
 */
export async function writeEditCommit(
  reg: Registry,
  args: {
    parents: string[];
    baseTree: string;
    edits: Map<string, EditContent>;
    message: string;
    author: Identity;
    now: Date;
  },
): Promise<{ commit: string; tree: string }> {
  const tree = await applyEdits(reg, args.baseTree, args.edits);
  const who = {
    name: args.author.name,
    email: args.author.email,
    timestamp: Math.floor(args.now.getTime() / 1000),
    timezoneOffset: 0,
  };
  const commit = await git.writeCommit({
    fs: gitFs,
    gitdir: reg.gitdir,
    commit: { message: ensureNewline(args.message), tree, parent: args.parents, author: who, committer: who },
  });
  return { commit, tree };
}

function ensureNewline(s: string): string {
  return s.endsWith("\n") ? s : `${s}\n`;
}

/**
 * New content of a path: text, bytes, an existing object with its mode (kept as it is: a symlink
 * stays a symlink), or null to delete. Text and bytes keep an executable file executable.
 */
export type EditContent = string | Uint8Array | { oid: string; mode?: string } | null;

interface EditNode {
  blob?: EditContent;
  children: Map<string, EditNode>;
}

async function applyEdits(
  reg: Registry,
  treeOid: string | null,
  edits: Map<string, EditContent>,
): Promise<string> {
  const root: EditNode = { children: new Map() };
  for (const [path, content] of edits) {
    const parts = path.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".." || p === ".git")) {
      throw new UserError(`refusing to write the unsafe path "${path}"`);
    }
    let node = root;
    for (const part of parts) {
      let next = node.children.get(part);
      if (!next) {
        next = { children: new Map() };
        node.children.set(part, next);
      }
      node = next;
    }
    node.blob = content;
  }
  const oid = await rewriteTree(reg, treeOid, root);
  return oid ?? (await git.writeTree({ fs: gitFs, gitdir: reg.gitdir, tree: [] }));
}

async function rewriteTree(reg: Registry, treeOid: string | null, node: EditNode): Promise<string | null> {
  const entries: TreeEntry[] = treeOid
    ? (await git.readTree({ fs, gitdir: reg.gitdir, oid: treeOid, cache: reg.cache })).tree
    : [];
  const byName = new Map(entries.map((e) => [e.path, e]));
  for (const [name, child] of node.children) {
    const existing = byName.get(name);
    if (child.children.size === 0 && child.blob !== undefined) {
      if (child.blob === null) {
        byName.delete(name);
      } else {
        const blob = child.blob;
        const existingMode = existing?.type === "blob" && existing.mode === "100755" ? "100755" : "100644";
        if (typeof blob === "object" && "oid" in blob) {
          const mode = blob.mode ?? existingMode;
          const type = mode === "160000" ? "commit" : "blob";
          byName.set(name, { mode, path: name, oid: blob.oid, type });
        } else {
          const oid = await git.writeBlob({
            fs: gitFs,
            gitdir: reg.gitdir,
            blob: typeof blob === "string" ? Buffer.from(blob, "utf8") : blob,
          });
          byName.set(name, { mode: existingMode, path: name, oid, type: "blob" });
        }
      }
    } else {
      const sub = await rewriteTree(reg, existing?.type === "tree" ? existing.oid : null, child);
      if (sub === null) byName.delete(name);
      else byName.set(name, { mode: "040000", path: name, oid: sub, type: "tree" });
    }
  }
  if (byName.size === 0) return null;
  return git.writeTree({ fs: gitFs, gitdir: reg.gitdir, tree: [...byName.values()] });
}

/** A tree entry of a changed path: its object id and git mode (100644, 100755, 120000 symlink, 160000 submodule). */
export interface EntryAt {
  oid: string;
  mode: string;
}

/** One path whose entry differs between two commits (null: absent on that side). */
export interface ChangedFile {
  path: string;
  before: EntryAt | null;
  after: EntryAt | null;
}

/** Paths (files, symlinks and submodules) whose entry differs between two commits. */
export async function changedPaths(reg: Registry, from: string | null, to: string): Promise<string[]> {
  return (await changedFiles(reg, from, to)).map((c) => c.path);
}

/** Every non-directory entry that differs between two commits, with its modes, sorted by path. */
export async function changedFiles(reg: Registry, from: string | null, to: string): Promise<ChangedFile[]> {
  const out: ChangedFile[] = [];
  const fromTree = from ? (await readCommit(reg, from)).tree : null;
  const toTree = (await readCommit(reg, to)).tree;
  await diffTrees(reg, fromTree, toTree, "", out);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const modeOf = (e: TreeEntry): string => e.mode.replace(/^0+(?=\d{5}$)/, "").padStart(6, "0");

async function diffTrees(
  reg: Registry,
  a: string | null,
  b: string | null,
  prefix: string,
  out: ChangedFile[],
): Promise<void> {
  if (a === b) return;
  const read = async (oid: string | null) =>
    oid ? (await git.readTree({ fs, gitdir: reg.gitdir, oid, cache: reg.cache })).tree : [];
  const ea = new Map((await read(a)).map((e) => [e.path, e]));
  const eb = new Map((await read(b)).map((e) => [e.path, e]));
  for (const name of new Set([...ea.keys(), ...eb.keys()])) {
    const x = ea.get(name);
    const y = eb.get(name);
    const path = prefix ? `${prefix}/${name}` : name;
    if (x?.oid === y?.oid && x?.type === y?.type && x?.mode === y?.mode) continue;
    const xt = x?.type === "tree" ? x.oid : null;
    const yt = y?.type === "tree" ? y.oid : null;
    if (xt || yt) await diffTrees(reg, xt, yt, path, out);
    const xf = x && x.type !== "tree" ? { oid: x.oid, mode: modeOf(x) } : null;
    const yf = y && y.type !== "tree" ? { oid: y.oid, mode: modeOf(y) } : null;
    if (xf || yf) out.push({ path, before: xf, after: yf });
  }
}

/** Steps of a ref update a test can stop at (see compareAndSwapRef). */
export interface RefHooks {
  /** called while `<ref>.lock` is held with the new value in it, just before it is renamed into place */
  onLocked?: () => void | Promise<void>;
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A private scratch directory inside the git directory: same filesystem, so rename and link are atomic. */
export async function scratchFile(reg: Registry, what: string): Promise<string> {
  const dir = join(reg.gitdir, "modelgate", "tmp");
  await mkdirInGitdir(reg, dir);
  // <what>-<pid>-<random>: releaseDeadLocks reads the process id back from the name
  return join(dir, `${what.replace(/-/g, "")}-${process.pid}-${randomBytes(6).toString("hex")}`);
}

/** mkdir -p under .git/modelgate, refusing with a clear message when a file is in the way. */
export async function mkdirInGitdir(reg: Registry, dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR" || code === "EEXIST")
      throw new UserError(
        `${dir} cannot be created: a file is in the way under ${reg.gitdir}; move that file away (modelgate keeps its own state in ${join(reg.gitdir, "modelgate")})`,
      );
    throw error;
  }
}

/**
 * Creates `lock` holding `content`, atomically and only if it does not exist yet (git's lock
 * protocol, but a lock never exists empty or half written: its content says whose it is).
 * Waits a little for another writer, which holds a lock for milliseconds; false when it stays.
 */
export async function createLockFile(
  reg: Registry,
  lock: string,
  content: Buffer | string,
): Promise<boolean> {
  const tmp = await scratchFile(reg, "lock");
  await writeFile(tmp, content);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(tmp, lock);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        if (attempt >= 40) return false;
        await new Promise((r) => setTimeout(r, 25));
      }
    }
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Whether a commit object is in the clone (a shallow clone lacks the base of a pull request). */
export async function hasCommit(reg: Registry, oid: string): Promise<boolean> {
  try {
    await readCommit(reg, oid);
    return true;
  } catch {
    return false;
  }
}

/** Whether the clone is shallow (history cut off: .git/shallow lists the grafted commits). */
export async function isShallow(reg: Registry): Promise<boolean> {
  return exists(join(reg.gitdir, "shallow"));
}

/**
 * Moves a local ref from `expected` (null: must not exist) to `value` atomically, the way git
 * does: take `<ref>.lock` exclusively, compare, write, rename. Plain git honours the same lock.
 * Returns false when the ref no longer has the expected value (someone else moved it).
 * A record under .git/modelgate/pending/ names the lock while it is held, so that when this
 * process is killed holding it, the next modelgate command removes it instead of every later
 * update of the ref failing.
 */
export async function compareAndSwapRef(
  reg: Registry,
  ref: string,
  value: string,
  expected: string | null,
  hooks: RefHooks = {},
): Promise<boolean> {
  const path = join(reg.gitdir, ref);
  const lock = `${path}.lock`;
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR" || code === "EEXIST")
      throw new UserError(`cannot create ${ref}: a ref or file is in the way in ${reg.gitdir}`);
    throw error;
  }
  const pendingDir = join(reg.gitdir, "modelgate", "pending");
  await mkdirInGitdir(reg, pendingDir);
  const pending = join(pendingDir, `${process.pid}-${randomBytes(6).toString("hex")}.json`);
  await writeFile(pending, JSON.stringify({ pid: process.pid, lock, value }));
  try {
    if (!(await createLockFile(reg, lock, `${value}\n`))) {
      throw new UserError(
        `${ref} is locked (${lock} exists): another change is being written; retry, or remove the lock if no git process is running`,
      );
    }
    try {
      let current: string | null;
      try {
        current = await git.resolveRef({ fs, gitdir: reg.gitdir, ref, depth: 1 });
      } catch {
        current = null;
      }
      if (current !== expected) {
        await rm(lock, { force: true });
        return false;
      }
      await hooks.onLocked?.();
      await rename(lock, path);
      return true;
    } catch (error) {
      await rm(lock, { force: true });
      throw error;
    }
  } finally {
    await rm(pending, { force: true });
  }
}

/** Removes the ref locks and scratch files of modelgate processes that died holding them. */
async function releaseDeadLocks(reg: Registry): Promise<void> {
  const dir = join(reg.gitdir, "modelgate", "pending");
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(name.split("-")[0]);
    if (!Number.isInteger(pid) || processAlive(pid)) continue;
    const record = await readFile(join(dir, name), "utf8")
      .then((t) => JSON.parse(t) as { lock?: unknown; value?: unknown })
      .catch(() => null);
    if (record && typeof record.lock === "string" && typeof record.value === "string") {
      // only a lock still holding this process's value is its own
      const content = await readFile(record.lock, "utf8").catch(() => null);
      if (content === `${record.value}\n`) await rm(record.lock, { force: true });
    }
    await rm(join(dir, name), { force: true });
  }
  const tmp = join(reg.gitdir, "modelgate", "tmp");
  for (const name of await readdir(tmp).catch(() => [] as string[])) {
    const pid = Number(name.split("-")[1]);
    if (Number.isInteger(pid) && !processAlive(pid)) await rm(join(tmp, name), { force: true });
  }
}

/**
 * Removes a merged change branch: its ref (loose or packed) is deleted only while it still
 * points at `tip` (under git's ref lock, so a change re-created meanwhile stays), never while it
 * is checked out; with a remote, the remote branch too. Returns what was left behind and why.
 */
export async function removeMergedBranch(
  reg: Registry,
  branch: string,
  tip: string,
  options: { headers?: Record<string, string> } = {},
): Promise<{ removed: boolean; reason: string | null }> {
  const ref = `refs/heads/${branch}`;
  const head = await readFile(join(reg.gitdir, "HEAD"), "utf8").catch(() => "");
  if (head.trim() === `ref: ${ref}`) return { removed: false, reason: `${branch} is checked out` };
  const local = await refValue(reg, ref);
  if (local !== null) {
    const lock = join(reg.gitdir, `${ref}.lock`);
    if (!(await createLockFile(reg, lock, `${tip}\n`))) return { removed: false, reason: `${ref} is locked` };
    try {
      if ((await refValue(reg, ref)) !== tip) return { removed: false, reason: `${branch} moved` };
      await git.deleteRef({ fs, gitdir: reg.gitdir, ref });
    } finally {
      await rm(lock, { force: true });
    }
  }
  if (reg.remoteUrl && (await refValue(reg, `refs/remotes/origin/${branch}`)) === tip) {
    try {
      await git.push({
        fs,
        http,
        gitdir: reg.gitdir,
        dir: reg.dir,
        remote: "origin",
        // isomorphic-git expands `ref` even to delete: the remote-tracking ref is still there
        ref: `refs/remotes/origin/${branch}`,
        remoteRef: branch,
        delete: true,
        headers: options.headers,
      });
      await git.deleteRef({ fs, gitdir: reg.gitdir, ref: `refs/remotes/origin/${branch}` }).catch(() => {});
    } catch (error) {
      return { removed: local !== null, reason: `the remote kept ${branch}: ${(error as Error).message}` };
    }
  }
  return { removed: true, reason: null };
}

/** Current value of a ref, or null. */
export async function refValue(reg: Registry, ref: string): Promise<string | null> {
  try {
    return await git.resolveRef({ fs, gitdir: reg.gitdir, ref });
  } catch {
    return null;
  }
}

export async function mergeBase(reg: Registry, a: string, b: string): Promise<string | null> {
  const bases = await git.findMergeBase({ fs, gitdir: reg.gitdir, oids: [a, b], cache: reg.cache });
  return (bases[0] as string | undefined) ?? null;
}

/** The identity from the repository's git config (user.name / user.email), if set. */
export async function configIdentity(reg: Registry): Promise<Identity | null> {
  const name = await git.getConfig({ fs, gitdir: reg.gitdir, path: "user.name" });
  const email = await git.getConfig({ fs, gitdir: reg.gitdir, path: "user.email" });
  return typeof name === "string" && typeof email === "string" ? { name, email } : null;
}

/** Pushes a local branch to the registry's remote; false when rejected as non-fast-forward. */
export async function pushBranch(
  reg: Registry,
  branch: string,
  options: { force?: boolean; headers?: Record<string, string> } = {},
): Promise<{ ok: boolean; error: string | null }> {
  if (!reg.remoteUrl) return { ok: true, error: null };
  try {
    const result = await git.push({
      fs,
      http,
      gitdir: reg.gitdir,
      dir: reg.dir,
      remote: "origin",
      ref: branch,
      remoteRef: branch,
      force: options.force ?? false,
      headers: options.headers,
    });
    const status = result.refs[`refs/heads/${branch}`];
    if (!result.ok || (status && !status.ok)) return { ok: false, error: status?.error ?? result.error };
    return { ok: true, error: null };
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code === "PushRejectedError" || /non-fast-forward|fetch first|stale/i.test(e.message)) {
      return { ok: false, error: e.message };
    }
    throw new UserError(`cannot push ${branch} to ${reg.remoteUrl}: ${e.message}`, { cause: error });
  }
}

/** Fetches the remote's branches into the local clone and fast-forwards local branch refs to them. */
export async function fetchRemote(reg: Registry, headers?: Record<string, string>): Promise<void> {
  if (!reg.remoteUrl) return;
  await git.fetch({
    fs,
    http,
    gitdir: reg.gitdir,
    dir: reg.dir,
    remote: "origin",
    headers,
    cache: reg.cache,
  });
  const oid = await refValue(reg, `refs/remotes/origin/${reg.defaultBranch}`);
  if (oid)
    await git.writeRef({
      fs,
      gitdir: reg.gitdir,
      ref: `refs/heads/${reg.defaultBranch}`,
      value: oid,
      force: true,
    });
}

// ---- fetching one ref (a pull request's test merge) into a checkout -------------------

/**
 * Fetches one ref of the clone's origin (or `url`), e.g. `refs/pull/12/merge`, with its history
 * into the clone, and returns its commit. Headers carry the credentials (never the URL).
 */
export async function fetchRef(
  reg: Registry,
  ref: string,
  options: { url?: string; headers?: Record<string, string> } = {},
): Promise<string> {
  const url =
    options.url ?? ((await git.getConfig({ fs, gitdir: reg.gitdir, path: "remote.origin.url" })) as string);
  if (!url) throw new UserError(`${reg.dir} has no origin remote to fetch ${ref} from`);
  const shown = url.replace(/\/\/[^/@]*@/, "//");
  try {
    const result = await git.fetch({
      fs,
      http,
      gitdir: reg.gitdir,
      url,
      ref,
      remoteRef: ref,
      singleBranch: true,
      tags: false,
      headers: options.headers,
      cache: reg.cache,
    });
    if (!result.fetchHead) throw new Error(`${ref} is not there`);
    return result.fetchHead;
  } catch (error) {
    throw new UserError(`cannot fetch ${ref} from ${shown}: ${(error as Error).message}`, { cause: error });
  }
}

export async function listBranches(reg: Registry): Promise<string[]> {
  return git.listBranches({ fs, gitdir: reg.gitdir });
}

export { readFile };

// ---- for deploy jobs: the commits a push brought, and ancestry

/** Whether `ancestor` is `commit` or one of its ancestors (false when history is missing). */
export async function isAncestor(reg: Registry, ancestor: string, commit: string): Promise<boolean> {
  if (ancestor === commit) return true;
  try {
    return await git.isDescendent({
      fs,
      gitdir: reg.gitdir,
      oid: commit,
      ancestor,
      depth: -1,
      cache: reg.cache,
    });
  } catch {
    return false;
  }
}

/**
 * The commits from `to` back along first parents, stopping before `from` (or where history
 * ends), newest first, at most `limit`: on a default branch, one per merged pull request or
 * direct push.
 */
export async function firstParentCommits(
  reg: Registry,
  from: string,
  to: string,
  limit: number,
): Promise<Array<{ oid: string; message: string }>> {
  const out: Array<{ oid: string; message: string }> = [];
  let oid: string | undefined = to;
  while (oid && oid !== from && out.length < limit) {
    let commit: Awaited<ReturnType<typeof readCommit>>;
    try {
      commit = await readCommit(reg, oid);
    } catch {
      break; // a shallow clone's history ends here
    }
    out.push({ oid, message: commit.message });
    oid = commit.parent[0];
  }
  return out;
}
