// Rendered manifests committed to a branch of a git repository (this registry's or another),
// for a GitOps controller (Argo CD, Flux) to apply: one commit per deployed registry commit.
import * as fs from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { redactCredentials, UserError } from "@modelgate/core";
import git from "isomorphic-git";
import http from "isomorphic-git/http/node";
import { gitFs, type Identity, type Registry, readCommit, writeEditCommit } from "./git.js";

/** The trailer naming the registry commit a manifest commit deploys (what makes it idempotent). */
export const DEPLOYED_TRAILER = "Modelgate-Deployed";

export interface ManifestBranchTarget {
  /** the repository's http(s) clone URL, without credentials */
  url: string;
  branch: string;
  /** HTTP headers for fetch and push (authorization) */
  headers?: Record<string, string>;
}

export interface ManifestCommitInput {
  target: ManifestBranchTarget;
  /** path on the branch → the file's text, or null to remove it */
  files: Map<string, string | null>;
  /** the registry commit these manifests deploy, recorded as the `Modelgate-Deployed` trailer */
  deployed: string;
  /** the commit message's subject and body (the trailer is appended) */
  message: string;
  author: Identity;
  now: Date;
  /** a folder for the scratch repository (removed afterwards) */
  scratchDir: string;
  /**
   * Whether a registry commit recorded on the branch is newer than `deployed` (it descends from
   * it): then the branch already holds a later state and nothing is committed.
   */
  isNewer?: (recorded: string) => Promise<boolean>;
  /** attempts when the branch moves between fetch and push (default 3) */
  attempts?: number;
  /** how many commits of the branch are read to find an earlier commit of `deployed` (default 50) */
  depth?: number;
}

export type ManifestCommitResult = { branch: string; url: string } & (
  | { status: "committed"; commit: string; parent: string | null }
  /** this registry commit was committed before (a re-run) */
  | { status: "already-committed"; commit: string }
  /** the branch already holds exactly these files */
  | { status: "unchanged"; commit: string | null }
  /** the branch holds a newer registry commit's manifests: an older run must not overwrite them */
  | { status: "superseded"; commit: string; by: string }
);

const trailerRe = new RegExp(`^${DEPLOYED_TRAILER}:\\s*([0-9a-f]{40})\\s*$`, "m");

/** The registry commit a manifest commit's message records, or null. */
export function deployedCommitOf(message: string): string | null {
  return trailerRe.exec(message)?.[1] ?? null;
}

/**
 * Commits the files onto the target branch (created, without history, when it does not exist)
 * and pushes it. Idempotent: when the branch's recent history already records `deployed`, or
 * the files are already as given, nothing is committed; a branch that moved between fetch and
 * push is fetched again and the commit made anew on its new tip.
 */
export async function commitManifests(input: ManifestCommitInput): Promise<ManifestCommitResult> {
  const { target } = input;
  const where = { branch: target.branch, url: redactCredentials(target.url) };
  const attempts = input.attempts ?? 3;
  const scratch = await mkdtemp(join(input.scratchDir, "modelgate-manifests-"));
  try {
    const gitdir = join(scratch, "repo.git");
    await git.init({ fs, gitdir, dir: gitdir, bare: true, defaultBranch: target.branch });
    await git.addRemote({ fs, gitdir, remote: "target", url: target.url });
    const reg: Registry = {
      dir: gitdir,
      gitdir,
      defaultBranch: target.branch,
      remoteUrl: target.url,
      cache: {},
    };
    let lastError = "";
    for (let attempt = 0; attempt < attempts; attempt++) {
      const tip = await fetchTip(reg, input);
      if (tip) {
        const found = await recorded(reg, tip, input.depth ?? 50);
        if (found.some((r) => r.deployed === input.deployed)) {
          return {
            ...where,
            status: "already-committed",
            commit: found.find((r) => r.deployed === input.deployed)!.oid,
          };
        }
        const latest = found[0];
        if (latest && input.isNewer && (await input.isNewer(latest.deployed))) {
          return { ...where, status: "superseded", commit: latest.oid, by: latest.deployed };
        }
      }
      const baseTree = tip
        ? (await readCommit(reg, tip)).tree
        : await git.writeTree({ fs: gitFs, gitdir, tree: [] });
      const edits = new Map<string, string | null>(input.files);
      const { commit, tree } = await writeEditCommit(reg, {
        parents: tip ? [tip] : [],
        baseTree,
        edits,
        message: `${input.message.trimEnd()}\n\n${DEPLOYED_TRAILER}: ${input.deployed}\n`,
        author: input.author,
        now: input.now,
      });
      if (tree === baseTree) return { ...where, status: "unchanged", commit: tip };
      await git.writeRef({ fs, gitdir, ref: `refs/heads/${target.branch}`, value: commit, force: true });
      const pushed = await push(reg, input);
      if (pushed === null) return { ...where, status: "committed", commit, parent: tip };
      lastError = pushed;
    }
    throw new UserError(
      `could not push the manifests to ${target.branch} of ${where.url} after ${attempts} attempts: ${lastError}`,
      { exitCode: 1 },
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The branch's tip after a shallow fetch, or null when the branch does not exist yet. */
async function fetchTip(reg: Registry, input: ManifestCommitInput): Promise<string | null> {
  const { target } = input;
  try {
    const result = await git.fetch({
      fs,
      http,
      gitdir: reg.gitdir,
      remote: "target",
      ref: target.branch,
      singleBranch: true,
      depth: input.depth ?? 50,
      tags: false,
      headers: target.headers,
      cache: reg.cache,
    });
    return result.fetchHead ?? null;
  } catch (error) {
    const e = error as { code?: string; message: string; data?: { what?: unknown } };
    if (e.code === "NotFoundError" && e.data?.what === "HEAD") {
      // isomorphic-git cannot fetch from a repository whose HEAD names a branch that does not exist
      throw new UserError(
        `cannot fetch ${target.branch} of ${redactCredentials(target.url)}: the repository's HEAD names no existing branch — set its default branch (on the server: git symbolic-ref HEAD refs/heads/${target.branch})`,
        { cause: error },
      );
    }
    if (e.code === "NotFoundError") return null; // the branch does not exist yet
    throw new UserError(
      `cannot fetch ${target.branch} of ${redactCredentials(target.url)}: ${redactCredentials(e.message)} — the token needs contents: read on that repository`,
      { cause: error },
    );
  }
}

/** The manifest commits on the branch's first-parent history that record a registry commit, newest first. */
async function recorded(
  reg: Registry,
  tip: string,
  depth: number,
): Promise<Array<{ oid: string; deployed: string }>> {
  const out: Array<{ oid: string; deployed: string }> = [];
  let oid: string | undefined = tip;
  for (let i = 0; oid && i < depth; i++) {
    let commit: Awaited<ReturnType<typeof readCommit>>;
    try {
      commit = await readCommit(reg, oid);
    } catch {
      break; // the shallow fetch ends here
    }
    const deployed = deployedCommitOf(commit.message);
    if (deployed) out.push({ oid, deployed });
    oid = commit.parent[0];
  }
  return out;
}

/** Pushes the branch; null when it landed, else why it was refused (the branch moved on). */
async function push(reg: Registry, input: ManifestCommitInput): Promise<string | null> {
  const { target } = input;
  try {
    const result = await git.push({
      fs,
      http,
      gitdir: reg.gitdir,
      remote: "target",
      ref: target.branch,
      remoteRef: target.branch,
      headers: target.headers,
    });
    const status = result.refs[`refs/heads/${target.branch}`];
    if (result.ok && (!status || status.ok)) return null;
    return status?.error || result.error || "refused";
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code === "PushRejectedError" || /non-fast-forward|fetch first|stale/i.test(e.message))
      return e.message;
    throw new UserError(
      `cannot push the manifests to ${target.branch} of ${redactCredentials(target.url)}: ${redactCredentials(e.message)} — the token needs contents: write on that repository`,
      { cause: error },
    );
  }
}
