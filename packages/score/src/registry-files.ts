import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkRegularFile, hashBytes, INPUT_LIMITS, UserError } from "@modelgate/core";
import type { RegistrySnapshot } from "@modelgate/registry";

/** A regular file of the registry, or why there is none. */
export type RegistryFileRead =
  | { ok: true; bytes: Uint8Array; sha256: string }
  | { ok: false; missing: boolean; problem: string };

/**
 * The registry's files as a verifier reads them: the gated commit (the gate), or a registry
 * directory (`modelgate score`). Paths are repository paths, already checked not to escape.
 */
export interface RegistryFiles {
  read(path: string): Promise<RegistryFileRead>;
  /** names of the entries of a directory (empty when absent) */
  list(path: string): Promise<string[]>;
}

/** The files of a gated commit, through its object store (never the working tree). */
export function snapshotFiles(snapshot: RegistrySnapshot): RegistryFiles {
  return {
    async read(path) {
      const r = await snapshot.read(path, INPUT_LIMITS.maxDownloadBytes);
      return r.ok
        ? { ok: true, bytes: r.bytes, sha256: r.sha256 }
        : { ok: false, missing: r.missing, problem: r.problem };
    },
    async list(path) {
      return (await snapshot.list(path)).map((e) => e.name);
    },
  };
}

/** The files of a registry directory (its working tree). */
export function directoryFiles(root: string): RegistryFiles {
  return {
    async read(path) {
      const at = join(root, path);
      if (!existsSync(at))
        return { ok: false, missing: true, problem: `${path} is missing from the registry` };
      try {
        checkRegularFile(at, "registry file", path);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        return { ok: false, missing: false, problem: error.message };
      }
      const bytes = readFileSync(at);
      return { ok: true, bytes, sha256: hashBytes(bytes) };
    },
    async list(path) {
      const at = join(root, path);
      return existsSync(at) && statSync(at).isDirectory() ? readdirSync(at) : [];
    },
  };
}
