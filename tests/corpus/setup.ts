import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");

/**
 * The "setup" values a corpus case may name; each returns a fresh temporary directory that
 * becomes the working directory of the run.
 *  - "empty-dir": an empty directory.
 *  - "demo-registry": a copy of examples/registry as a git repository with one commit on main.
 *  - "examples": a copy of examples/ (registry and data), not a git repository.
 */
export const SETUPS: Record<string, () => string> = {
  "empty-dir": () => mkdtempSync(join(tmpdir(), "mg-corpus-")),
  "demo-registry": () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-corpus-"));
    cpSync(join(ROOT, "examples/registry"), dir, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=corpus", "-c", "user.email=corpus@example.com", ...args], {
        cwd: dir,
        stdio: "pipe",
      });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "demo registry");
    return dir;
  },
  examples: () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-corpus-"));
    cpSync(join(ROOT, "examples"), dir, { recursive: true });
    return dir;
  },
};
