/**
 * The history engine: one pass over the first-parent commits of a ref that records, per
 * commit, which environment files (environments/<env>/<model>.yaml) and model-version files
 * (models/<model>/versions/<version>.yaml) changed, and the parsed desired state of every
 * environment-file blob involved.
 *
 * Two readers produce the same records:
 * - `git`: the git binary when present (`git log --first-parent --raw` + `git cat-file --batch`);
 * - `isomorphic`: isomorphic-git without a binary, comparing tree oids top-down
 *   (root → environments → <env> → <model>.yaml, root → models → <model> → versions → <v>.yaml)
 *   and descending only where oids differ, with a tree cache keyed by oid.
 * A per-file log walk (`git.log({filepath})`) is never used: it re-walks every commit per file.
 *
 * The records are cached in one index per repository (<gitdir>/modelgate/history.json) that
 * holds the first-parent chain of the tip last read and the records along it. Commit oids hash
 * their parents, so everything up to a commit on that chain is fixed:
 * - a tip on the chain (the same tip, or an older commit) is answered from the index (warm);
 * - a tip below which the walk meets the chain (new commits on the branch, a change branch,
 *   a force-push that kept a common ancestor) reads only the commits above the meeting point
 *   (incremental) and the index moves to the new tip;
 * - otherwise (no index, a damaged index, unrelated history) everything is read (cold).
 * The index is verified by a checksum and never trusted blindly.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { classifyRegistryPath, registryPathKind, UserError } from "@modelgate/core";
import git, { type TreeEntry } from "isomorphic-git";
import type { EnvState } from "../transitions.js";
import { parseEnvState } from "./env-state-text.js";

/** The repository to read: an opened registry (see openRegistry) or anything with a gitdir. */
export interface HistoryRepo {
  gitdir: string;
  dir?: string;
  defaultBranch?: string;
  cache?: object;
}

export interface RawChangedFile {
  /** environments/<env>/<model>.yaml or models/<model>/versions/<version>.yaml */
  path: string;
  /** blob oid before the commit (null: added) */
  before: string | null;
  /** blob oid after the commit (null: deleted) */
  after: string | null;
}

export interface RawCommit {
  oid: string;
  /** position on the first-parent chain: 0 for the root commit */
  depth: number;
  /** first parent (null for a root commit) */
  parent: string | null;
  /** number of parents (2+ for merge commits) */
  parents: number;
  author: { name: string; email: string };
  /** author time, seconds since the epoch */
  authorTime: number;
  /** committer time, seconds since the epoch: when the commit landed on the branch */
  commitTime: number;
  message: string;
  files: RawChangedFile[];
}

export type ParsedBlob = { state: EnvState } | { problem: string };

export type HistoryEngine = "git" | "isomorphic";

export interface RawHistory {
  ref: string;
  /** the tip commit read */
  tip: string;
  /** commits that changed an environment or model-version file, oldest first */
  commits: RawCommit[];
  /** parsed environment-file blobs by oid */
  blobs: Map<string, ParsedBlob>;
  stats: {
    engine: HistoryEngine;
    /** cold: no usable index; warm: the tip is on the indexed chain; incremental: only commits above it were read */
    index: "cold" | "warm" | "incremental" | "disabled";
    /** first-parent commits read in this call (for a scoped read: the commits that touched the model) */
    commitsRead: number;
    /** "model": a scoped read without an index (records of one model only) */
    scope: "all" | "model";
  };
}

export interface WalkOptions {
  /** branch, tag or commit (default: the registry's default branch, else HEAD) */
  ref?: string;
  /** "auto" (default): the git binary when present, else isomorphic-git */
  engine?: "auto" | HistoryEngine;
  /** read and write the index <gitdir>/modelgate/history.json (default true) */
  useIndex?: boolean;
  /**
   * Only this model's files are needed. Without a usable index the git reader then reads just
   * that model's files (as fast as `git log -- <path>`) and writes no index; the records hold
   * only that model's changes, in the environment directories present at the tip. The index is
   * built by reads without a scope (e.g. metrics).
   */
  scopeModel?: string;
  /** with `scopeModel`: only this environment's file is needed */
  scopeEnv?: string;
  /** with `scopeModel`: whether the model's version files (registrations) are needed (default true) */
  scopeVersions?: boolean;
  /** the git reader splits a walk longer than this many commits over two processes (default 4000) */
  parallelAbove?: number;
}

const INDEX_FORMAT = 3;
// the registry layout (core's classifyRegistryPath) decides which files are desired state
export function isTrackedPath(path: string): boolean {
  const kind = registryPathKind(path);
  return kind === "environment" || kind === "model-version";
}

export function envFileOf(path: string): { env: string; model: string } | null {
  if (registryPathKind(path) !== "environment") return null;
  const c = classifyRegistryPath(path);
  return c.kind === "environment" ? { env: c.names.environment!, model: c.names.model! } : null;
}

export function versionFileOf(path: string): { model: string; version: string } | null {
  if (registryPathKind(path) !== "model-version") return null;
  const c = classifyRegistryPath(path);
  return c.kind === "model-version" ? { model: c.names.model!, version: c.names.version! } : null;
}

let gitBinary: Promise<boolean> | null = null;
/** Whether a usable git binary is on PATH (checked once). */
export function hasGitBinary(): Promise<boolean> {
  gitBinary ??= runGit(["--version"], process.cwd()).then(
    () => true,
    () => false,
  );
  return gitBinary;
}

interface IndexFile {
  format: number;
  tip: string;
  /** first-parent chain, root first */
  chain: string[];
  commits: RawCommit[];
  blobs: Map<string, ParsedBlob>;
}

const indexPath = (gitdir: string) => join(gitdir, "modelgate", "history.json");

// On disk, records are tuples (a third of the size of objects, and faster to parse):
// commit [oid, depth, parent, parents, name, email, authorTime, commitTime, message, ...(path, before, after)]
// blob   [oid, version, canaryVersion, traffic] or [oid, null, problem]
type CommitTuple = (string | number | null)[];
type BlobTuple = [string, string | null, string | null, number | null] | [string, null, string];

interface IndexDisk {
  format: number;
  tip: string;
  chain: string[];
  commits: CommitTuple[];
  blobs: BlobTuple[];
}

function toDisk(f: IndexFile): IndexDisk {
  return {
    format: f.format,
    tip: f.tip,
    chain: f.chain,
    commits: f.commits.map((c) => [
      c.oid,
      c.depth,
      c.parent,
      c.parents,
      c.author.name,
      c.author.email,
      c.authorTime,
      c.commitTime,
      c.message,
      ...c.files.flatMap((x) => [x.path, x.before, x.after]),
    ]),
    blobs: [...f.blobs].map(
      ([oid, b]): BlobTuple =>
        "state" in b
          ? [oid, b.state.version, b.state.canary?.version ?? null, b.state.canary?.traffic ?? null]
          : [oid, null, b.problem],
    ),
  };
}

function fromDisk(d: IndexDisk): IndexFile {
  const commits: RawCommit[] = d.commits.map((t) => {
    const files: RawChangedFile[] = [];
    for (let i = 9; i + 2 < t.length; i += 3) {
      files.push({
        path: t[i] as string,
        before: t[i + 1] as string | null,
        after: t[i + 2] as string | null,
      });
    }
    return {
      oid: t[0] as string,
      depth: t[1] as number,
      parent: t[2] as string | null,
      parents: t[3] as number,
      author: { name: t[4] as string, email: t[5] as string },
      authorTime: t[6] as number,
      commitTime: t[7] as number,
      message: t[8] as string,
      files,
    };
  });
  const blobs = new Map<string, ParsedBlob>();
  for (const b of d.blobs) {
    if (b[1] === null) blobs.set(b[0], { problem: b[2] as string });
    else if (b[2] !== null)
      blobs.set(b[0], { state: { version: b[1], canary: { version: b[2], traffic: b[3] as number } } });
    else blobs.set(b[0], { state: { version: b[1] } });
  }
  return { format: d.format, tip: d.tip, chain: d.chain, commits, blobs };
}

// the file is "<sha256 of the body>\n<body>"
async function readIndex(gitdir: string): Promise<IndexFile | null> {
  let text: string;
  try {
    text = await readFile(indexPath(gitdir), "utf8");
  } catch {
    return null;
  }
  try {
    const nl = text.indexOf("\n");
    const body = text.slice(nl + 1);
    if (nl !== 64 || createHash("sha256").update(body).digest("hex") !== text.slice(0, nl)) return null;
    const d = JSON.parse(body) as IndexDisk;
    if (d.format !== INDEX_FORMAT || typeof d.tip !== "string" || !Array.isArray(d.chain)) return null;
    if (d.chain[d.chain.length - 1] !== d.tip || !Array.isArray(d.commits) || !Array.isArray(d.blobs))
      return null;
    return fromDisk(d);
  } catch {
    return null;
  }
}

async function writeIndex(gitdir: string, f: IndexFile): Promise<void> {
  const path = indexPath(gitdir);
  const body = JSON.stringify(toDisk(f));
  try {
    await mkdir(join(gitdir, "modelgate"), { recursive: true });
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, `${createHash("sha256").update(body).digest("hex")}\n${body}`);
    await rename(tmp, path);
  } catch {
    // a read-only repository simply gets no index
  }
}

/** Reads the first-parent history of `ref` (see the module comment). */
export async function readRawHistory(repo: HistoryRepo, options: WalkOptions = {}): Promise<RawHistory> {
  const ref = options.ref ?? repo.defaultBranch ?? "HEAD";
  const wanted = options.engine ?? "auto";
  const engine: HistoryEngine = wanted === "auto" ? ((await hasGitBinary()) ? "git" : "isomorphic") : wanted;
  const reader =
    engine === "git" ? new GitReader(repo.gitdir, options.parallelAbove ?? 4000) : new IsoReader(repo);
  const tip = await reader.resolve(ref);
  const useIndex = options.useIndex ?? true;
  const index = useIndex ? await readIndex(repo.gitdir) : null;
  const depthOf = new Map<string, number>();
  if (index && index.tip !== tip)
    for (let i = 0; i < index.chain.length; i++) depthOf.set(index.chain[i] as string, i);

  const known = index && index.tip === tip ? index.chain.length - 1 : depthOf.get(tip);
  if (index && known !== undefined) {
    return {
      ref,
      tip,
      commits: index.commits.filter((c) => c.depth <= known),
      blobs: index.blobs,
      stats: { engine, index: "warm", commitsRead: 0, scope: "all" },
    };
  }
  if (index === null && options.scopeModel !== undefined && reader instanceof GitReader) {
    const m = options.scopeModel;
    // literal paths (a glob pathspec stops git from pruning trees and is twice as slow):
    // the model's file in every environment directory present at the tip
    const envs = options.scopeEnv !== undefined ? [options.scopeEnv] : await reader.environmentsAt(tip);
    const commits = await reader.log(tip, [
      ...envs.map((e) => `environments/${e}/${m}.yaml`),
      ...(options.scopeVersions === false ? [] : [`models/${m}/versions`]),
    ]);
    const scoped = commits.filter((c) => {
      c.files = c.files.filter((f) => (envFileOf(f.path)?.model ?? versionFileOf(f.path)?.model) === m);
      return c.files.length > 0;
    });
    const blobs = await parseBlobs(reader, scoped, new Map());
    return {
      ref,
      tip,
      commits: scoped,
      blobs,
      stats: { engine, index: useIndex ? "cold" : "disabled", commitsRead: scoped.length, scope: "model" },
    };
  }
  const walked = await reader.walk(tip, (oid) => depthOf.has(oid), index?.tip ?? null);
  const baseDepth = walked.stop === null ? -1 : (depthOf.get(walked.stop) as number);
  const newDepth = new Map<string, number>();
  for (let i = 0; i < walked.chain.length; i++) newDepth.set(walked.chain[i] as string, baseDepth + 1 + i);
  for (const c of walked.commits) c.depth = newDepth.get(c.oid) as number;
  const reuse = index !== null && walked.stop !== null;

  const blobs = await parseBlobs(reader, walked.commits, index ? index.blobs : new Map<string, ParsedBlob>());

  const commits = reuse
    ? [...(index as IndexFile).commits.filter((c) => c.depth <= baseDepth), ...walked.commits]
    : walked.commits;
  if (useIndex) {
    const chain = reuse
      ? [...(index as IndexFile).chain.slice(0, baseDepth + 1), ...walked.chain]
      : walked.chain;
    await writeIndex(repo.gitdir, {
      format: INDEX_FORMAT,
      tip,
      chain,
      commits,
      blobs,
    });
  }
  return {
    ref,
    tip,
    commits,
    blobs,
    stats: {
      engine,
      index: !useIndex ? "disabled" : reuse ? "incremental" : "cold",
      commitsRead: walked.chain.length,
      scope: "all",
    },
  };
}

/** Reads and parses the environment-file blobs of `commits` that `blobs` does not hold yet. */
async function parseBlobs(
  reader: Reader,
  commits: RawCommit[],
  blobs: Map<string, ParsedBlob>,
): Promise<Map<string, ParsedBlob>> {
  const need = new Set<string>();
  for (const c of commits) {
    for (const f of c.files) {
      if (registryPathKind(f.path) !== "environment") continue;
      for (const oid of [f.before, f.after]) if (oid && !blobs.has(oid)) need.add(oid);
    }
  }
  const texts = await reader.readBlobs([...need]);
  for (const [oid, text] of texts) blobs.set(oid, parseEnvState(text));
  return blobs;
}

interface WalkResult {
  /** commits with tracked changes, oldest first (depth filled in by the caller) */
  commits: RawCommit[];
  /** the first-parent commits read, oldest first */
  chain: string[];
  /** the first commit where `stop` said yes (not read), or null when the walk reached the root */
  stop: string | null;
}

interface Reader {
  resolve(ref: string): Promise<string>;
  /** first-parent commits from `tip` down to (not including) the first one `stop` accepts, or to the root */
  walk(tip: string, stop: (oid: string) => boolean, hint: string | null): Promise<WalkResult>;
  readBlobs(oids: string[]): Promise<Map<string, string>>;
}

// ---------------------------------------------------------------------------------------
// git binary

function runGit(args: string[], cwd: string, input?: Buffer | string): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise(Buffer.concat(out));
      else reject(new Error(`git ${args[0]}: ${Buffer.concat(err).toString().trim() || `exit ${code}`}`));
    });
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}

class GitReader implements Reader {
  constructor(
    private readonly gitdir: string,
    private readonly parallelAbove: number,
  ) {}

  private git(args: string[], input?: string): Promise<Buffer> {
    return runGit(["--git-dir", this.gitdir, "-c", "core.quotepath=off", ...args], this.gitdir, input);
  }

  async resolve(ref: string): Promise<string> {
    try {
      return (await this.git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).toString().trim();
    } catch {
      throw new UserError(`cannot resolve ${ref} to a commit in ${this.gitdir}`);
    }
  }

  async walk(tip: string, stop: (oid: string) => boolean, hint: string | null): Promise<WalkResult> {
    if (hint !== null) {
      // the usual case: the tip descends from the indexed tip along first parents; list only
      // the new commits, and check that the oldest of them has the indexed tip as first parent
      const lines = (await this.git(["rev-list", "--first-parent", "--parents", `${hint}..${tip}`]))
        .toString()
        .split("\n")
        .filter((l) => l !== "");
      const oldest = lines[lines.length - 1]?.split(" ");
      if (oldest && oldest[1] === hint) {
        const chain = lines.map((l) => l.split(" ")[0] as string).reverse();
        return { commits: await this.log(`${hint}..${tip}`, ["environments", "models"]), chain, stop: hint };
      }
    }
    const all = (await this.git(["rev-list", "--first-parent", tip])).toString().split("\n");
    if (all[all.length - 1] === "") all.pop();
    const at = all.findIndex(stop);
    const stopAt = at >= 0 ? (all[at] as string) : null;
    const chain = (at >= 0 ? all.slice(0, at) : all).reverse();
    // commits above `stopAt` on the first-parent chain are exactly those not reachable from it
    const paths = ["environments", "models"];
    if (chain.length <= this.parallelAbove) {
      const range = stopAt === null ? tip : `${stopAt}..${tip}`;
      return { commits: await this.log(range, paths), chain, stop: stopAt };
    }
    // long histories: two git processes, each diffing half of the chain
    const mid = chain[Math.floor(chain.length / 2)] as string;
    const [older, newer] = await Promise.all([
      this.log(stopAt === null ? mid : `${stopAt}..${mid}`, paths),
      this.log(`${mid}..${tip}`, paths),
    ]);
    return { commits: [...older, ...newer], chain, stop: stopAt };
  }

  /** the directories under environments/ at `commit` */
  async environmentsAt(commit: string): Promise<string[]> {
    const out = await this.git(["ls-tree", "-d", "--name-only", "-z", commit, "environments/"]);
    return out
      .toString("utf8")
      .split("\0")
      .filter((p) => p.startsWith("environments/"))
      .map((p) => p.slice("environments/".length));
  }

  /** first-parent commits of `range` touching `pathspecs`, with their tracked changes, oldest first */
  async log(range: string, pathspecs: string[]): Promise<RawCommit[]> {
    const out = await this.git([
      "log",
      "--first-parent",
      "--raw",
      "--no-abbrev",
      "--no-renames",
      "-z",
      "--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%at%x1f%ct%x1f%B%x1f",
      range,
      "--",
      ...pathspecs,
    ]);
    const commits: RawCommit[] = [];
    for (const record of out.toString("utf8").split("\x1e")) {
      if (record === "") continue;
      const fields = record.split("\x1f");
      if (fields.length < 8) continue;
      const [oid, parents, name, email, at, ct, message] = fields as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const raw = fields.slice(7).join("\x1f");
      const files: RawChangedFile[] = [];
      const tokens = raw.split("\0");
      for (let i = 0; i < tokens.length; i++) {
        const meta = (tokens[i] as string).replace(/^\n/, "");
        if (!meta.startsWith(":")) continue;
        const path = tokens[i + 1] ?? "";
        i++;
        if (!isTrackedPath(path)) continue;
        const parts = meta.split(" ");
        const before = parts[2] ?? "";
        const after = parts[3] ?? "";
        files.push({ path, before: isZero(before) ? null : before, after: isZero(after) ? null : after });
      }
      if (files.length === 0) continue;
      const ps = parents.split(" ").filter((p) => p !== "");
      commits.push({
        oid,
        depth: -1,
        parent: ps[0] ?? null,
        parents: ps.length,
        author: { name, email },
        authorTime: Number(at),
        commitTime: Number(ct),
        message: message.replace(/\n$/, ""),
        files,
      });
    }
    commits.reverse();
    return commits;
  }

  async readBlobs(oids: string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    if (oids.length === 0) return result;
    const out = await this.git(["cat-file", "--batch"], `${oids.join("\n")}\n`);
    let pos = 0;
    for (const oid of oids) {
      const nl = out.indexOf(0x0a, pos);
      if (nl < 0) break;
      const header = out.subarray(pos, nl).toString();
      const [, type, size] = header.split(" ");
      if (type === undefined || size === undefined) {
        pos = nl + 1; // "<oid> missing"
        continue;
      }
      const n = Number(size);
      result.set(oid, out.subarray(nl + 1, nl + 1 + n).toString("utf8"));
      pos = nl + 1 + n + 1;
    }
    return result;
  }
}

const isZero = (oid: string) => /^0+$/.test(oid);

// ---------------------------------------------------------------------------------------
// isomorphic-git

/**
 * The file system isomorphic-git reads through during one walk. Git objects never change, so
 * directory listings and stat results under objects/ are remembered for the walk: isomorphic-git
 * otherwise lists the pack directory and probes for a loose object on every object it reads.
 */
function walkFs(gitdir: string) {
  const objects = join(gitdir, "objects");
  const p = fs.promises;
  const listings = new Map<string, Promise<string[]>>();
  const stats = new Map<string, Promise<fs.Stats>>();
  const missing = new Map<string, Promise<Buffer>>();
  // the gitdir itself is stat-ed on every call (to find it); objects never change
  const under = (path: unknown) => typeof path === "string" && (path.startsWith(objects) || path === gitdir);
  const probe = Promise.reject(new Error("no path"));
  probe.catch(() => {});
  const remember = <T>(m: Map<string, Promise<T>>, path: string, f: () => Promise<T>): Promise<T> => {
    let r = m.get(path);
    if (!r) {
      r = f();
      m.set(path, r);
    }
    return r;
  };
  return {
    promises: {
      ...p,
      readdir: (path: string, ...rest: unknown[]) =>
        under(path) && rest.length === 0
          ? remember(listings, path, () => p.readdir(path))
          : p.readdir(path, ...(rest as [])),
      stat: (path: string, ...rest: unknown[]) =>
        under(path) && rest.length === 0
          ? remember(stats, path, () => p.stat(path))
          : p.stat(path, ...(rest as [])),
      // a loose object that is not there (most are packed): remember the miss
      readFile: (path: string, ...rest: unknown[]) => {
        // isomorphic-git calls readFile() without a path on every call to tell promise file
        // systems from callback ones: answer that probe without a system call
        if (path === undefined) return probe;
        if (!under(path) || missing.has(path)) {
          return missing.get(path) ?? p.readFile(path, ...(rest as []));
        }
        const r = p.readFile(path, ...(rest as []));
        r.catch((e: NodeJS.ErrnoException) => {
          if (e?.code === "ENOENT") missing.set(path, r);
        });
        return r;
      },
      lstat: (path: string, ...rest: unknown[]) =>
        under(path) && rest.length === 0
          ? remember(stats, path, () => p.lstat(path))
          : p.lstat(path, ...(rest as [])),
    },
  };
}

class IsoReader implements Reader {
  private readonly gitdir: string;
  private readonly cache: object;
  private readonly trees = new Map<string, TreeEntry[]>();
  private readonly fs: ReturnType<typeof walkFs>;

  constructor(repo: HistoryRepo) {
    this.gitdir = repo.gitdir;
    this.cache = repo.cache ?? {};
    this.fs = walkFs(repo.gitdir);
  }

  async resolve(ref: string): Promise<string> {
    try {
      const oid = await git.resolveRef({ fs: this.fs, gitdir: this.gitdir, ref });
      // peel an annotated tag
      const { oid: commit } = await git.readCommit({
        fs: this.fs,
        gitdir: this.gitdir,
        oid,
        cache: this.cache,
      });
      return commit;
    } catch {
      if (/^[0-9a-f]{4,40}$/i.test(ref)) {
        try {
          const oid = await git.expandOid({ fs: this.fs, gitdir: this.gitdir, oid: ref, cache: this.cache });
          return (await git.readCommit({ fs: this.fs, gitdir: this.gitdir, oid, cache: this.cache })).oid;
        } catch {
          // fall through
        }
      }
      throw new UserError(`cannot resolve ${ref} to a commit in ${this.gitdir}`);
    }
  }

  private async tree(oid: string): Promise<TreeEntry[]> {
    let t = this.trees.get(oid);
    if (!t) {
      t = (await git.readTree({ fs: this.fs, gitdir: this.gitdir, oid, cache: this.cache })).tree;
      if (this.trees.size > 20_000) this.trees.clear();
      this.trees.set(oid, t);
    }
    return t;
  }

  private async child(treeOid: string | null, name: string): Promise<string | null> {
    if (treeOid === null) return null;
    for (const e of await this.tree(treeOid)) if (e.path === name && e.type === "tree") return e.oid;
    return null;
  }

  /** blob entries of a tree whose name ends in .yaml, name → oid */
  private async yamlBlobs(treeOid: string | null): Promise<Map<string, string>> {
    const m = new Map<string, string>();
    if (treeOid === null) return m;
    for (const e of await this.tree(treeOid)) {
      if (e.type === "blob" && e.path.endsWith(".yaml")) m.set(e.path, e.oid);
    }
    return m;
  }

  private async subtrees(treeOid: string | null): Promise<Map<string, string>> {
    const m = new Map<string, string>();
    if (treeOid === null) return m;
    for (const e of await this.tree(treeOid)) if (e.type === "tree") m.set(e.path, e.oid);
    return m;
  }

  private async diffBlobs(
    prefix: string,
    a: string | null,
    b: string | null,
    out: RawChangedFile[],
  ): Promise<void> {
    if (a === b) return;
    const [ma, mb] = await Promise.all([this.yamlBlobs(a), this.yamlBlobs(b)]);
    for (const [name, oid] of mb) {
      const before = ma.get(name) ?? null;
      if (before !== oid) out.push({ path: `${prefix}/${name}`, before, after: oid });
    }
    for (const [name, oid] of ma)
      if (!mb.has(name)) out.push({ path: `${prefix}/${name}`, before: oid, after: null });
  }

  /** tracked changes between two root trees, comparing oids top-down */
  private async diff(a: string | null, b: string | null): Promise<RawChangedFile[]> {
    const out: RawChangedFile[] = [];
    if (a === b) return out;
    const [envA, envB] = await Promise.all([this.child(a, "environments"), this.child(b, "environments")]);
    if (envA !== envB) {
      const [sa, sb] = await Promise.all([this.subtrees(envA), this.subtrees(envB)]);
      for (const name of new Set([...sa.keys(), ...sb.keys()])) {
        await this.diffBlobs(`environments/${name}`, sa.get(name) ?? null, sb.get(name) ?? null, out);
      }
    }
    const [modA, modB] = await Promise.all([this.child(a, "models"), this.child(b, "models")]);
    if (modA !== modB) {
      const [sa, sb] = await Promise.all([this.subtrees(modA), this.subtrees(modB)]);
      for (const name of new Set([...sa.keys(), ...sb.keys()])) {
        const ta = sa.get(name) ?? null;
        const tb = sb.get(name) ?? null;
        if (ta === tb) continue;
        const [va, vb] = await Promise.all([this.child(ta, "versions"), this.child(tb, "versions")]);
        await this.diffBlobs(`models/${name}/versions`, va, vb, out);
      }
    }
    out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    return out;
  }

  async walk(tip: string, stop: (oid: string) => boolean, _hint: string | null): Promise<WalkResult> {
    const chain: { oid: string; commit: git.CommitObject }[] = [];
    let oid: string | null = tip;
    let stopAt: string | null = null;
    while (oid !== null) {
      if (stop(oid)) {
        stopAt = oid;
        break;
      }
      const c = await git.readCommit({ fs: this.fs, gitdir: this.gitdir, oid, cache: this.cache });
      chain.push({ oid, commit: c.commit });
      oid = c.commit.parent[0] ?? null;
    }
    const commits: RawCommit[] = [];
    // parent → child order, so the parent's trees are in the cache when the child is compared
    let parentTree: string | null = null;
    const last = chain[chain.length - 1];
    if (last?.commit.parent[0]) {
      parentTree = (
        await git.readCommit({
          fs: this.fs,
          gitdir: this.gitdir,
          oid: last.commit.parent[0],
          cache: this.cache,
        })
      ).commit.tree;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const { oid: c, commit } = chain[i] as (typeof chain)[number];
      const files = await this.diff(parentTree, commit.tree);
      parentTree = commit.tree;
      if (files.length === 0) continue;
      commits.push({
        oid: c,
        depth: -1,
        parent: commit.parent[0] ?? null,
        parents: commit.parent.length,
        author: { name: commit.author.name, email: commit.author.email },
        authorTime: commit.author.timestamp,
        commitTime: commit.committer.timestamp,
        message: commit.message.replace(/\n$/, ""),
        files,
      });
    }
    return { commits, chain: chain.map((c) => c.oid).reverse(), stop: stopAt };
  }

  async readBlobs(oids: string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    for (const oid of oids) {
      try {
        const { blob } = await git.readBlob({ fs: this.fs, gitdir: this.gitdir, oid, cache: this.cache });
        result.set(oid, Buffer.from(blob).toString("utf8"));
      } catch {
        // a missing blob (shallow clone) stays unparsed
      }
    }
    return result;
  }
}
