import { createHash } from "node:crypto";
import * as fs from "node:fs";
import {
  checkRemoteUrl,
  downloadRemote,
  type FetchLike,
  type RemoteRules,
  repoPathOfFileUri,
} from "@modelgate/core";

/** The gate's rule for `file:` URIs, held by core's registry layout (lint applies it too). */
export { repoPathOfFileUri };

import git from "isomorphic-git";
import { blobOidAt, type Registry } from "./git.js";

/** The `fetch` modelgate uses for http(s) artifacts (injectable; defaults to the global fetch). */
export type { FetchLike };

export interface ArtifactDigest {
  sha256: string;
  bytes: number;
}

/** The download rules for http(s) artifacts: https only, the registry's allow-list, the size limit. */
export function artifactRemoteRules(allowedHosts: readonly string[]): RemoteRules {
  return {
    allowedHosts,
    allowListName: "the registry's allow-list",
    allowListSource: "modelgate.yaml artifacts.allowedHosts",
    what: "artifact",
  };
}

/** Checks an http(s) URL's host against the registry's allow-list. */
export function checkAllowedHost(url: string, allowedHosts: readonly string[]): URL {
  return checkRemoteUrl(url, artifactRemoteRules(allowedHosts));
}

/** Hashes an http(s) artifact by streaming it; every redirect target must be on the allow-list too. */
export async function hashHttpArtifact(
  url: string,
  allowedHosts: readonly string[],
  fetchImpl?: FetchLike,
): Promise<ArtifactDigest> {
  return downloadRemote(url, artifactRemoteRules(allowedHosts), () => {}, fetchImpl);
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
