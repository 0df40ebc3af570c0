import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { downloadRemote, type FetchLike, type ProgressListener, type RemoteRules } from "@modelgate/core";

/** An http(s) data input downloaded once: the local copy and the sha256 of its bytes. */
export interface DownloadedData {
  /** The URL as given. */
  url: string;
  /** The temporary file holding the bytes (read-only, in a private directory). */
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * The http(s) data inputs of one job, each downloaded once under the data download rules
 * (allow-list, every redirect target, size limit, time-out) into a temporary file bound by its
 * sha256: the evidence's digest and every read of the data (DuckDB's load, the drift reference)
 * are of the same bytes, and the URL is requested once however many times the job names it.
 * `close()` removes the files.
 */
export class DataDownloads {
  private readonly files = new Map<string, Promise<DownloadedData>>();
  private readonly dirs: string[] = [];

  constructor(
    private readonly rules: RemoteRules,
    private readonly options: { fetch?: FetchLike; onProgress?: ProgressListener } = {},
  ) {}

  /** The URL's local copy, downloaded on first use. */
  get(url: string): Promise<DownloadedData> {
    let file = this.files.get(url);
    if (!file) {
      file = this.download(url);
      this.files.set(url, file);
      // a failed download is not cached: the next request tries again (and fails the same way)
      file.catch(() => this.files.delete(url));
    }
    return file;
  }

  private async download(url: string): Promise<DownloadedData> {
    const dir = mkdtempSync(join(tmpdir(), "mg-data-"));
    this.dirs.push(dir);
    let name = "data";
    try {
      name = basename(decodeURIComponent(new URL(url).pathname)).replace(/[^\w.-]/g, "_") || "data";
    } catch {
      // an invalid URL is refused by downloadRemote's check below, with its message
    }
    const path = join(dir, name);
    const fd = openSync(path, "wx", 0o600);
    const phase = `downloading ${name}`;
    const report = this.options.onProgress;
    let done = 0;
    report?.({ phase, done, unit: "bytes" });
    let result: { sha256: string; bytes: number };
    try {
      result = await downloadRemote(
        url,
        this.rules,
        (chunk) => {
          writeSync(fd, chunk);
          done += chunk.length;
          report?.({ phase, done, unit: "bytes" });
        },
        this.options.fetch,
      );
    } finally {
      closeSync(fd);
    }
    chmodSync(path, 0o400);
    return { url, path, ...result };
  }

  /** Removes every downloaded file. */
  close(): void {
    this.files.clear();
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
