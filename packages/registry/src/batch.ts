import { spawn } from "node:child_process";
import { hasGitBinary } from "./history/walk.js";

/**
 * Reading thousands of small blobs one by one through isomorphic-git costs a filesystem
 * round trip each (it probes for a loose object before the pack). When a git binary is
 * present, `git ls-tree` and one `git cat-file --batch` read a whole state in two processes.
 * Returns null when git is not available, so callers fall back to isomorphic-git.
 */
export async function readTreeFilesWithGit(
  gitdir: string,
  commit: string,
  dirs: string[],
  want: (path: string) => boolean,
): Promise<Map<string, { oid: string; data: Buffer }> | null> {
  if (!(await hasGitBinary())) return null;
  try {
    const listing = await run(gitdir, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...dirs]);
    const entries: Array<{ oid: string; path: string }> = [];
    for (const rec of listing.toString("utf8").split("\0")) {
      if (!rec) continue;
      const tab = rec.indexOf("\t");
      const [, type, oid] = rec.slice(0, tab).split(" ");
      const path = rec.slice(tab + 1);
      if (type === "blob" && oid && want(path)) entries.push({ oid, path });
    }
    const out = new Map<string, { oid: string; data: Buffer }>();
    if (entries.length === 0) return out;
    const batch = await run(gitdir, ["cat-file", "--batch"], `${entries.map((e) => e.oid).join("\n")}\n`);
    let pos = 0;
    for (const e of entries) {
      const nl = batch.indexOf(10, pos);
      const header = batch.subarray(pos, nl).toString("utf8").split(" ");
      const size = Number(header[2]);
      if (header[0] !== e.oid || header[1] !== "blob" || !Number.isInteger(size)) return null;
      out.set(e.path, { oid: e.oid, data: batch.subarray(nl + 1, nl + 1 + size) });
      pos = nl + 1 + size + 1;
    }
    return out;
  } catch {
    return null;
  }
}

function run(gitdir: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [`--git-dir=${gitdir}`, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks))
        : reject(new Error(`git ${args[0]} failed: ${stderr.trim()}`)),
    );
    child.stdin.on("error", () => {});
    child.stdin.end(input ?? "");
  });
}
