import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename, relative } from "node:path";
import { checkRegularFile } from "./input.js";
import { type ProgressListener, progressOf } from "./progress.js";

/** Version of the modelgate tool written into every evidence file. */
export const TOOL = { name: "modelgate", version: "0.1.0" } as const;

export type Verdict = "pass" | "warn" | "fail";

/** An exact input a report was computed from. */
export interface EvidenceInput {
  role: string;
  uri: string;
  sha256: string;
}

/** Where a report was produced: the commit, ref and CI run, and whether it ran in CI. */
export interface EvidenceContext {
  commit: string | null;
  ref: string | null;
  runUrl: string | null;
  ci: boolean;
  /** the GitHub Actions run that made it (absent elsewhere): what provenance verifies */
  github?: GitHubRunContext;
}

/** The GitHub Actions run a report was made in, as its variables say (a claim; provenance checks it). */
export interface GitHubRunContext {
  /** owner/name (GITHUB_REPOSITORY) */
  repository: string;
  /** GITHUB_WORKFLOW_REF: owner/name/.github/workflows/file.yml@refs/heads/main */
  workflowRef: string;
  runId: number;
  runAttempt: number;
  /** GITHUB_SHA */
  sha: string;
}

/** The envelope every report starts with (schemas/evidence-envelope.schema.json). */
export interface EvidenceEnvelope<K extends string = string> {
  kind: K;
  schemaVersion: 1;
  tool: { name: string; version: string };
  subject: string;
  inputs: EvidenceInput[];
  context: EvidenceContext;
  createdAt: string;
  verdict: Verdict;
}

export function createEnvelope<K extends string>(args: {
  kind: K;
  subject: string;
  inputs: EvidenceInput[];
  context: EvidenceContext;
  verdict: Verdict;
  createdAt?: Date;
}): EvidenceEnvelope<K> {
  return {
    kind: args.kind,
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    subject: args.subject,
    inputs: args.inputs,
    context: args.context,
    createdAt: (args.createdAt ?? new Date()).toISOString(),
    verdict: args.verdict,
  };
}

/**
 * The run context from a CI environment (GitHub Actions variables). The caller passes the
 * environment: packages never read process.env themselves.
 */
export function contextFromEnv(env: Record<string, string | undefined>): EvidenceContext {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : null;
  const github = githubRunFromEnv(env);
  return {
    commit: env.GITHUB_SHA ?? null,
    ref: env.GITHUB_REF ?? null,
    runUrl,
    ci: env.CI === "true" || env.GITHUB_ACTIONS === "true",
    // recorded only where it is known: files made elsewhere keep the envelope they always had
    ...(github ? { github } : {}),
  };
}

const POSITIVE = /^[1-9][0-9]{0,14}$/;

/**
 * The GitHub Actions run of the environment, or null outside Actions or when a variable is
 * missing or malformed (nothing half-recorded: provenance then refuses it, naming why).
 */
export function githubRunFromEnv(env: Record<string, string | undefined>): GitHubRunContext | null {
  const { GITHUB_REPOSITORY: repository, GITHUB_WORKFLOW_REF: workflowRef, GITHUB_SHA: sha } = env;
  const runId = env.GITHUB_RUN_ID ?? "";
  const runAttempt = env.GITHUB_RUN_ATTEMPT ?? "";
  if (
    env.GITHUB_ACTIONS !== "true" ||
    !repository ||
    !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ||
    !workflowRef ||
    !sha ||
    !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ||
    !POSITIVE.test(runId) ||
    !POSITIVE.test(runAttempt)
  )
    return null;
  return { repository, workflowRef, runId: Number(runId), runAttempt: Number(runAttempt), sha };
}

/** The worst of several verdicts. */
export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = "pass";
  for (const v of verdicts) {
    if (v === "fail") return "fail";
    if (v === "warn") worst = "warn";
  }
  return worst;
}

const HASH_CHUNK_BYTES = 1 << 20;

/**
 * sha256 (hex) and size of a file, streamed so large artifacts do not load into memory. Only a
 * regular file is read (a FIFO or /dev/zero would never end); `what` names it in that message.
 */
export async function hashFile(
  path: string,
  what?: string,
  onProgress?: ProgressListener,
): Promise<{ sha256: string; bytes: number }> {
  const size = checkRegularFile(path, what);
  const hash = createHash("sha256");
  let bytes = 0;
  const phase = `hashing ${basename(path)}`;
  onProgress?.(progressOf(phase, 0, size, "bytes"));
  // 1 MiB reads: the default 64 KiB chunks made hashing a 143 MB CSV take 0.36 s instead of 0.16 s
  for await (const chunk of createReadStream(path, { highWaterMark: HASH_CHUNK_BYTES })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
    onProgress?.(progressOf(phase, bytes, size, "bytes"));
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** An evidence input for a local file: a `file:` URI relative to `root` (the registry or workspace) and its sha256. */
export async function fileInput(
  role: string,
  path: string,
  root: string,
  onProgress?: ProgressListener,
): Promise<EvidenceInput> {
  return {
    role,
    uri: `file:${relative(root, path) || basename(path)}`,
    sha256: (await hashFile(path, role, onProgress)).sha256,
  };
}

export function hashBytes(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
