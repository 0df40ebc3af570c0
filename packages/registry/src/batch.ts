import { spawn } from "node:child_process";

/** One object read by GitObjects; null when git reports it missing. */
export interface GitObject {
  oid: string;
  type: string;
  /** The object's size from its header (data may be cut shorter, see GitObjects.read). */
  size: number;
  data: Buffer;
}

/**
 * A long-lived `git cat-file --batch`: any number of reads by object id or `rev:path` through
 * one process, a pipe round trip each. Reading a large packed registry this way costs a few
 * milliseconds where isomorphic-git first loads the whole pack index.
 */
export class GitObjects {
  // chunks as they arrive, joined only once a whole object is there: joining on every chunk
  // copied a 50 MB blob hundreds of times (minutes) before its size could be refused
  private chunks: Buffer[] = [];
  private buffered = 0;
  private waiting: (() => void) | null = null;
  private failed: Error | null = null;

  private constructor(private readonly child: ReturnType<typeof spawn>) {
    child.stdout?.on("data", (c: Buffer) => {
      this.chunks.push(c);
      this.buffered += c.length;
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

  /**
   * null when no git binary is available (callers fall back to isomorphic-git). The process is
   * started at once and its start awaited: asking `git --version` first cost a process of its
   * own (~10 ms) before every whole-state read.
   */
  static async open(gitdir: string): Promise<GitObjects | null> {
    const child = spawn("git", [`--git-dir=${gitdir}`, "cat-file", "--batch"], { stdio: "pipe" });
    const started = await new Promise<boolean>((resolve) => {
      child.once("spawn", () => resolve(true));
      child.once("error", () => resolve(false));
    });
    return started ? new GitObjects(child) : null;
  }

  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(n: number): void {
    const rest = this.joined().subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered -= n;
  }

  /**
   * Reads objects in order: object ids or any revision `git cat-file` accepts (`main:models`).
   * With maxBytes, an object larger than that is returned cut to maxBytes + 1 bytes (its size,
   * from the object header, is in `size`): callers refuse it by size without holding it.
   */
  async read(
    specs: readonly string[],
    options: { maxBytes?: number } = {},
  ): Promise<Array<GitObject | null>> {
    if (specs.length === 0) return [];
    if (specs.some((s) => /[\n\r]/.test(s))) throw new Error("object names cannot contain newlines");
    this.child.stdin?.write(`${specs.join("\n")}\n`);
    const out: Array<GitObject | null> = [];
    while (out.length < specs.length) {
      const buffer = this.joined();
      const nl = buffer.indexOf(10);
      if (nl >= 0) {
        const header = buffer.subarray(0, nl).toString("utf8");
        if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
          out.push(null);
          this.consume(nl + 1);
          continue;
        }
        const [oid, type, sizeText] = header.split(" ");
        const size = Number(sizeText);
        if (!oid || !type || !Number.isInteger(size)) throw new Error(`git cat-file: bad header "${header}"`);
        // wait by count, not by joining: the body is joined once, when it is complete
        while (this.buffered < nl + 1 + size + 1 && !this.failed) {
          await new Promise<void>((resolve) => {
            this.waiting = resolve;
          });
          this.waiting = null;
        }
        if (this.buffered < nl + 1 + size + 1) throw this.failed ?? new Error("git cat-file: short read");
        const keep = options.maxBytes === undefined ? size : Math.min(size, options.maxBytes + 1);
        const body = this.joined().subarray(nl + 1, nl + 1 + keep);
        out.push({ oid, type, size, data: Buffer.from(body) });
        this.consume(nl + 1 + size + 1);
        continue;
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
