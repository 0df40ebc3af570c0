import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { UserError } from "./errors.js";
import { redactCredentials } from "./redact.js";

/** Limits on inputs that are not manifests (see docs/security.md, "Limits"). */
export const INPUT_LIMITS = {
  /** Largest http(s) download (artifact or data), in bytes (4 GiB). */
  maxDownloadBytes: 4 * 1024 * 1024 * 1024,
  /** Time for one http(s) download, redirects included, in milliseconds. */
  downloadTimeoutMs: 120_000,
  /** Redirects followed per download; each target is checked against the allow-list. */
  maxRedirects: 5,
  /** Deepest nesting of arrays and objects in one JSON line of a JSONL data file. */
  maxJsonDepth: 64,
  /**
   * Most columns of one data file. DuckDB's CSV sniffer costs about 1 ms per column and
   * candidate dialect (10,000 columns: 10-25 s before the first row is read), and every profile
   * pass grows with the width: wider files are refused before they are read.
   */
  maxColumns: 2_000,
} as const;

/** What a file system entry is, in the words of a message ("a directory", "a FIFO (named pipe)"). */
export function fileKind(s: Stats): string {
  if (s.isFile()) return "a regular file";
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Refuses anything but an existing regular file (symlinks are followed): reading a FIFO or a
 * device such as /dev/zero would block or never end. Returns the file's size. `what` names the
 * input in the message, e.g. "--artifact-file"; `shown` is the path as the user gave it (default `path`).
 */
export function checkRegularFile(path: string, what = "input", shown = path): number {
  let s: Stats;
  try {
    s = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" || code === "ENOTDIR"
        ? "no such file"
        : code === "EACCES"
          ? "permission denied"
          : `cannot read (${code ?? String(error)})`;
    throw new UserError(`${shown}: ${why} (${what})`);
  }
  if (!s.isFile()) {
    throw new UserError(`${shown}: is ${fileKind(s)}, not a regular file (${what}); give a file`);
  }
  return s.size;
}

/** The rules a remote (http/https) input is held to: the artifact rules, shared with data inputs. */
export interface RemoteRules {
  /** Hosts (`host` or `host:port`) downloads may come from, every redirect target included. */
  allowedHosts: readonly string[];
  /** The list in messages: its name ("the registry's allow-list") and where it is set. */
  allowListName: string;
  allowListSource: string;
  /** What is downloaded ("artifact", "data"), for messages. */
  what: string;
  /** Schemes accepted (default https: only). */
  protocols?: readonly string[];
  /** Override INPUT_LIMITS.maxDownloadBytes. */
  maxBytes?: number;
  /** Override INPUT_LIMITS.downloadTimeoutMs. */
  timeoutMs?: number;
}

/** The `fetch` used for downloads (injectable; defaults to the global fetch). */
export type FetchLike = (
  url: string,
  init: { redirect: "manual"; signal?: AbortSignal },
) => Promise<Response>;

/** Checks a URL against the rules: scheme, no credentials, host on the allow-list. */
export function checkRemoteUrl(url: string, rules: RemoteRules): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`"${redactCredentials(url)}" is not a valid URL`);
  }
  const protocols = rules.protocols ?? ["https:"];
  if (!protocols.includes(parsed.protocol)) {
    const names = [...(rules.what === "artifact" ? ["file:"] : []), ...protocols].join(" and ");
    const things = rules.what === "artifact" ? "artifacts" : `${rules.what} URLs`;
    throw new UserError(`"${redactCredentials(url)}": only ${names} ${things} are supported`);
  }
  if (parsed.username || parsed.password)
    throw new UserError(`"${redactCredentials(url)}": credentials in ${rules.what} URLs are not allowed`);
  const host = parsed.host.toLowerCase();
  const hostname = parsed.hostname.toLowerCase();
  const ok = rules.allowedHosts.some((h) => h.toLowerCase() === host || h.toLowerCase() === hostname);
  if (!ok) {
    throw new UserError(
      `${rules.what} host "${host}" is not on ${rules.allowListName} (${rules.allowListSource}: ${
        rules.allowedHosts.length ? rules.allowedHosts.join(", ") : "empty"
      })`,
    );
  }
  return parsed;
}

/**
 * Downloads a remote input under the rules: redirects are followed by hand and every target is
 * checked, the body is streamed to `onChunk` and cut off past the size limit, and the whole
 * download has one time-out. Returns the sha256 and size of the bytes delivered.
 */
export async function downloadRemote(
  url: string,
  rules: RemoteRules,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
  fetchImpl: FetchLike = fetch as unknown as FetchLike,
): Promise<{ sha256: string; bytes: number }> {
  const maxBytes = rules.maxBytes ?? INPUT_LIMITS.maxDownloadBytes;
  const timeoutMs = rules.timeoutMs ?? INPUT_LIMITS.downloadTimeoutMs;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = checkRemoteUrl(url, rules).toString();
  const fail = (why: string): never => {
    throw new UserError(`cannot download ${redactCredentials(current)}: ${why}`);
  };
  for (let hop = 0; hop <= INPUT_LIMITS.maxRedirects; hop++) {
    let res: Response;
    try {
      res = await fetchImpl(current, { redirect: "manual", signal });
    } catch (error) {
      return fail(signal.aborted ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message);
    }
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      let next: string;
      try {
        next = new URL(location, current).toString();
      } catch {
        return fail(`redirect to an invalid URL`);
      }
      checkRemoteUrl(next, rules);
      current = next;
      continue;
    }
    if (!res.ok || !res.body) return fail(`HTTP ${res.status}`);
    const declared = Number(res.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes) {
      await res.body.cancel();
      return fail(`${declared} bytes; downloads are limited to ${maxBytes} bytes`);
    }
    const hash = createHash("sha256");
    let bytes = 0;
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) fail(`more than ${maxBytes} bytes; downloads are limited to ${maxBytes} bytes`);
        hash.update(chunk);
        await onChunk(chunk);
      }
    } catch (error) {
      if (error instanceof UserError) throw error;
      return fail(signal.aborted ? `not complete within ${timeoutMs / 1000} s` : (error as Error).message);
    }
    return { sha256: hash.digest("hex"), bytes };
  }
  return fail(`more than ${INPUT_LIMITS.maxRedirects} redirects`);
}

/**
 * The first line of JSON text (JSONL: one value per line) whose arrays and objects nest deeper
 * than `limit` (strings are skipped), or undefined. Linear and streaming: used to refuse input a
 * recursive parser cannot take before it reaches one.
 */
export function findDeepJsonLine(chunks: Iterable<Uint8Array>, limit: number): number | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  for (const bytes of chunks) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 0x0a) {
        // a new line starts a new value: a broken line does not carry its depth over
        line++;
        depth = 0;
        inString = false;
        escaped = false;
      } else if (inString) {
        if (escaped) escaped = false;
        else if (b === 0x5c) escaped = true;
        else if (b === 0x22) inString = false;
      } else if (b === 0x22) inString = true;
      else if (b === 0x5b || b === 0x7b) {
        if (++depth > limit) return line;
      } else if (b === 0x5d || b === 0x7d) depth--;
    }
  }
  return undefined;
}

/** A file's bytes in chunks, read synchronously (for the scanners above). */
export function* fileChunks(path: string, size = 1 << 20): Generator<Uint8Array> {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(size);
    for (;;) {
      const n = readSync(fd, buf, 0, size, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}
