import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { posix } from "node:path";
import { UserError } from "@modelgate/core";
import git from "isomorphic-git";
import { blobOidAt, type Registry } from "./git.js";

/** The `fetch` modelgate uses for http(s) artifacts (injectable; defaults to the global fetch). */
export type FetchLike = (
  url: string,
  init: { redirect: "manual"; signal?: AbortSignal },
) => Promise<Response>;

export interface ArtifactDigest {
  sha256: string;
  bytes: number;
}

/**
 * The repository path of a `file:` URI, refusing anything that leaves the repository:
 * absolute paths, `..` segments that climb out, `.git`, backslashes and NUL bytes.
 */
export function repoPathOfFileUri(uri: string): string {
  if (!uri.startsWith("file:")) throw new UserError(`"${uri}" is not a file: URI`);
  let raw = uri.slice("file:".length);
  if (raw.startsWith("//"))
    throw new UserError(`"${uri}": file: URIs are paths inside the repository, not hosts`);
  try {
    raw = decodeURIComponent(raw);
  } catch {
    throw new UserError(`"${uri}": invalid percent-encoding`);
  }
  if (raw.includes("\\") || raw.includes("\0")) throw new UserError(`"${uri}": invalid characters in path`);
  if (raw.startsWith("/"))
    throw new UserError(`"${uri}": absolute paths are not allowed; use a path inside the repository`);
  const norm = posix.normalize(raw);
  if (norm === ".." || norm.startsWith("../") || norm === "." || norm === "") {
    throw new UserError(`"${uri}": the path escapes the repository`);
  }
  if (norm.split("/").some((p) => p === ".git"))
    throw new UserError(`"${uri}": paths inside .git are not allowed`);
  return norm;
}

/** Checks an http(s) URL's host against the registry's allow-list. */
export function checkAllowedHost(url: string, allowedHosts: readonly string[]): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`"${url}" is not a valid URL`);
  }
  if (parsed.protocol !== "https:") {
    throw new UserError(`"${url}": only file: and https: artifacts are supported`);
  }
  if (parsed.username || parsed.password)
    throw new UserError(`"${url}": credentials in artifact URLs are not allowed`);
  const host = parsed.host.toLowerCase();
  const hostname = parsed.hostname.toLowerCase();
  const ok = allowedHosts.some((h) => h.toLowerCase() === host || h.toLowerCase() === hostname);
  if (!ok) {
    throw new UserError(
      `artifact host "${host}" is not on the registry's allow-list (modelgate.yaml artifacts.allowedHosts: ${
        allowedHosts.length ? allowedHosts.join(", ") : "empty"
      })`,
    );
  }
  return parsed;
}

/** Hashes an http(s) artifact by streaming it; every redirect target must be on the allow-list too. */
export async function hashHttpArtifact(
  url: string,
  allowedHosts: readonly string[],
  fetchImpl: FetchLike = fetch as unknown as FetchLike,
): Promise<ArtifactDigest> {
  let current = checkAllowedHost(url, allowedHosts).toString();
  for (let hop = 0; hop < 5; hop++) {
    let res: Response;
    try {
      res = await fetchImpl(current, { redirect: "manual", signal: AbortSignal.timeout(120_000) });
    } catch (error) {
      throw new UserError(`cannot download ${current}: ${(error as Error).message}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
      const next = new URL(res.headers.get("location") as string, current).toString();
      checkAllowedHost(next, allowedHosts);
      await res.body?.cancel();
      current = next;
      continue;
    }
    if (!res.ok || !res.body) throw new UserError(`cannot download ${current}: HTTP ${res.status}`);
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      bytes += chunk.byteLength;
    }
    return { sha256: hash.digest("hex"), bytes };
  }
  throw new UserError(`${url}: too many redirects`);
}

/** Hashes a `file:` artifact as stored in a commit (the registry's copy, not the working tree). */
export async function hashFileArtifactAt(
  reg: Registry,
  commit: string,
  uri: string,
): Promise<ArtifactDigest | null> {
  const path = repoPathOfFileUri(uri);
  const oid = await blobOidAt(reg, commit, path);
  if (oid === null) return null;
  const { blob } = await git.readBlob({ fs, gitdir: reg.gitdir, oid, cache: reg.cache });
  return { sha256: createHash("sha256").update(blob).digest("hex"), bytes: blob.byteLength };
}

/** Hashes an artifact URI as the gate sees it at a commit. */
export async function hashArtifactAt(
  reg: Registry,
  commit: string,
  uri: string,
  allowedHosts: readonly string[],
  fetchImpl?: FetchLike,
): Promise<ArtifactDigest | null> {
  if (uri.startsWith("file:")) return hashFileArtifactAt(reg, commit, uri);
  return hashHttpArtifact(uri, allowedHosts, fetchImpl);
}
