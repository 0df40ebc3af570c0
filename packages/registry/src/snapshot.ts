import * as fs from "node:fs";
import { hashBytes } from "@modelgate/core";
import git from "isomorphic-git";
import { type Loaded, parseLoaded } from "./desired-state.js";
import { MAX_BLOB_BYTES, type Registry, treeEntriesAt } from "./git.js";

/** A file of a snapshot as the object store holds it. */
export interface SnapshotFile {
  path: string;
  oid: string;
  /** git mode: 100644 / 100755 regular file, 120000 symlink, 160000 submodule */
  mode: string;
}

/** What reading a file of a snapshot gave: its bytes, or why there are none. */
export type SnapshotRead =
  | { ok: true; file: SnapshotFile; bytes: Uint8Array; sha256: string }
  | { ok: false; missing: true; problem: string }
  | { ok: false; missing: false; problem: string };

export const isRegularFile = (mode: string) => mode === "100644" || mode === "100755";

/**
 * The registry at one commit, read through the object store (blob ids and modes, never the
 * working tree). A commit id names its content, so every read is a pure function of
 * (commit, path): reads are memoized and two readers of one snapshot see the same bytes.
 */
export class RegistrySnapshot {
  private readonly dirs = new Map<string, Promise<Map<string, SnapshotFile & { type: string }> | null>>();
  private readonly reads = new Map<string, Promise<SnapshotRead>>();
  private readonly loads = new Map<string, Promise<Loaded<unknown> | null>>();

  constructor(
    readonly reg: Registry,
    readonly commit: string,
  ) {}

  private dir(path: string) {
    let p = this.dirs.get(path);
    if (!p) {
      p = treeEntriesAt(this.reg, this.commit, path).then((entries) =>
        entries
          ? new Map(
              entries.map((e) => [
                e.path,
                { path: path ? `${path}/${e.path}` : e.path, oid: e.oid, mode: e.mode, type: e.type },
              ]),
            )
          : null,
      );
      this.dirs.set(path, p);
    }
    return p;
  }

  /** The entry at a path (a file, symlink or submodule), or null when absent or a directory. */
  async entry(path: string): Promise<SnapshotFile | null> {
    const parts = path.split("/");
    const name = parts.pop()!;
    const e = (await this.dir(parts.join("/")))?.get(name);
    if (!e || e.type === "tree") return null;
    return { path: e.path, oid: e.oid, mode: e.mode };
  }

  /** Names of the entries of a directory (empty when absent). */
  async list(path: string): Promise<Array<{ name: string; type: string; mode: string }>> {
    const d = await this.dir(path);
    return d ? [...d.entries()].map(([name, e]) => ({ name, type: e.type, mode: e.mode })) : [];
  }

  /**
   * A regular file's bytes and sha256. Symlinks and submodules are refused (their "content"
   * is a link target or a commit id, never the file the registry names), as are files over
   * `limit` bytes.
   */
  read(path: string, limit = MAX_BLOB_BYTES): Promise<SnapshotRead> {
    const key = `${limit}\0${path}`;
    let p = this.reads.get(key);
    if (!p) {
      p = (async (): Promise<SnapshotRead> => {
        const file = await this.entry(path);
        if (!file)
          return { ok: false, missing: true, problem: `${path} is missing at ${this.commit.slice(0, 12)}` };
        if (!isRegularFile(file.mode))
          return {
            ok: false,
            missing: false,
            problem: `${path} is a ${file.mode === "120000" ? "symbolic link" : file.mode === "160000" ? "submodule" : `mode ${file.mode} entry`}, not a regular file`,
          };
        const { blob } = await git.readBlob({
          fs,
          gitdir: this.reg.gitdir,
          oid: file.oid,
          cache: this.reg.cache,
        });
        if (blob.byteLength > limit)
          return {
            ok: false,
            missing: false,
            problem: `${path}: ${blob.byteLength} bytes is over the ${limit}-byte limit`,
          };
        return { ok: true, file, bytes: blob, sha256: hashBytes(blob) };
      })();
      this.reads.set(key, p);
    }
    return p;
  }

  /** A regular file's text, or null when it is absent or not a regular file. */
  async text(path: string): Promise<string | null> {
    const r = await this.read(path);
    return r.ok ? Buffer.from(r.bytes).toString("utf8") : null;
  }

  /** A manifest parsed and validated (schema by path), or null when absent. */
  load<T>(path: string): Promise<Loaded<T> | null> {
    let p = this.loads.get(path);
    if (!p) {
      p = this.text(path).then((text) => (text === null ? null : parseLoaded<unknown>(text, path)));
      this.loads.set(path, p);
    }
    return p as Promise<Loaded<T> | null>;
  }
}
