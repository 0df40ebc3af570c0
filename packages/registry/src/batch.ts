import { spawn } from "node:child_process";
import { hasGitBinary } from "./history/walk.js";

/** One object read by GitObjects; null when git reports it missing. */
export interface GitObject {
  oid: string;
  type: string;
  data: Buffer;
}

/**
 * A long-lived `git cat-file --batch`: any number of reads by object id or `rev:path` through
 * one process, a pipe round trip each. Reading a large packed registry this way costs a few
 * milliseconds where isomorphic-git first loads the whole pack index.
 */
export class GitObjects {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: (() => void) | null = null;
  private failed: Error | null = null;

  private constructor(private readonly child: ReturnType<typeof spawn>) {
    child.stdout?.on("data", (c: Buffer) => {
      this.buffer = this.buffer.length === 0 ? c : Buffer.concat([this.buffer, c]);
      this.waiting?.();
    });
    const fail = (error: Error) => {
      this.failed ??= error;
      this.waiting?.();
    };
    child.on("error", fail);
    child.on("close", () => fail(new Error("git cat-file exited")));
    child.stdin?.on("error", () => {});
  }

  /** null when no git binary is available (callers fall back to isomorphic-git). */
  static async open(gitdir: string): Promise<GitObjects | null> {
    if (!(await hasGitBinary())) return null;
    return new GitObjects(spawn("git", [`--git-dir=${gitdir}`, "cat-file", "--batch"], { stdio: "pipe" }));
  }

  /** Reads objects in order: object ids or any revision `git cat-file` accepts (`main:models`). */
  async read(specs: readonly string[]): Promise<Array<GitObject | null>> {
    if (specs.length === 0) return [];
    if (specs.some((s) => /[\n\r]/.test(s))) throw new Error("object names cannot contain newlines");
    this.child.stdin?.write(`${specs.join("\n")}\n`);
    const out: Array<GitObject | null> = [];
    while (out.length < specs.length) {
      const nl = this.buffer.indexOf(10);
      if (nl >= 0) {
        const header = this.buffer.subarray(0, nl).toString("utf8");
        if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
          out.push(null);
          this.buffer = this.buffer.subarray(nl + 1);
          continue;
        }
        const [oid, type, sizeText] = header.split(" ");
        const size = Number(sizeText);
        if (!oid || !type || !Number.isInteger(size)) throw new Error(`git cat-file: bad header "${header}"`);
        if (this.buffer.length >= nl + 1 + size + 1) {
          out.push({ oid, type, data: Buffer.from(this.buffer.subarray(nl + 1, nl + 1 + size)) });
          this.buffer = this.buffer.subarray(nl + 1 + size + 1);
          continue;
        }
      }
      if (this.failed) throw this.failed;
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
      });
      this.waiting = null;
    }
    return out;
  }

  close(): void {
    this.child.stdin?.end();
  }
}

/** Entries of a raw git tree object: mode, name and object id. */
export function parseTree(data: Buffer): Array<{ mode: string; name: string; oid: string }> {
  const out: Array<{ mode: string; name: string; oid: string }> = [];
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(32, pos);
    const nul = data.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 21 > data.length) throw new Error("malformed tree object");
    out.push({
      mode: data.subarray(pos, space).toString("latin1"),
      name: data.subarray(space + 1, nul).toString("utf8"),
      oid: data.subarray(nul + 1, nul + 21).toString("hex"),
    });
    pos = nul + 21;
  }
  return out;
}
