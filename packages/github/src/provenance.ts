import { performance } from "node:perf_hooks";
import { type GitHubRunContext, hashBytes, UserError, verificationMethods } from "@modelgate/core";
import type {
  EvidenceVerificationResult,
  EvidenceVerifier,
  EvidenceVerifyRequest,
} from "@modelgate/registry";
import { unzipSync } from "fflate";
import type { GitHubPort, RunArtifact, WorkflowRunView } from "./port.js";

/**
 * Evidence verification by provenance: proves through the GitHub API which workflow run made an
 * evidence file, for evidence whose inputs the registry cannot reach (private data). The file's
 * `context.github` names the run; GitHub, not the file, says whether that run exists in that
 * repository, ran a workflow modelgate.yaml trusts (`evidence.trustedWorkflows`, path and ref),
 * ran on the version's `lineage.codeCommit`, concluded success, and uploaded an artifact holding
 * exactly the registry's bytes. A fact that disagrees refuses the file; a fact it cannot learn
 * (no token, an API error, a file made outside Actions) leaves it unverified. Both block.
 */

/** The GitHub calls provenance needs (the one GitHub port: createGitHubPort). */
export type ProvenancePort = Pick<GitHubPort, "workflowRun" | "runArtifacts" | "downloadArtifact">;

export interface ProvenanceOptions {
  /** an artifact larger than this is not downloaded (default 64 MiB; evidence files are small) */
  maxArtifactBytes?: number;
}

/** The artifact model-evidence uploads an evidence file as: named by the sha256 of its bytes. */
export function evidenceArtifactName(sha256: string): string {
  return `modelgate-evidence-${sha256}`;
}

const DEFAULT_MAX_ARTIFACT_BYTES = 64 << 20;
/** Events whose runs take the workflow file from the ref they ran on (never a pull request's). */
const TRUSTED_EVENTS = new Set(["push", "workflow_dispatch", "schedule", "repository_dispatch", "release"]);
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const short = (sha: string) => `${sha.slice(0, 12)}…`;
type Obj = Record<string, unknown>;

/** A trusted workflow entry, owner/repo/.github/workflows/file.yml@refs/… split into its parts. */
interface WorkflowRef {
  repository: string;
  path: string;
  ref: string;
}

export function parseWorkflowRef(text: string): WorkflowRef | null {
  const m =
    /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml)@(refs\/\S+)$/.exec(
      text,
    );
  return m ? { repository: m[1]!, path: m[2]!, ref: m[3]! } : null;
}

/** Which ref a run took its workflow file from, as GitHub reports it; null when it does not say. */
function runRef(run: WorkflowRunView): { path: string; ref: string | null; refs: string[] } {
  const at = run.path.indexOf("@");
  const path = at < 0 ? run.path : run.path.slice(0, at);
  const named = at < 0 ? run.headBranch : run.path.slice(at + 1);
  if (!named) return { path, ref: null, refs: [] };
  // a short name may be a branch or a tag (a committer who can push one can push the other)
  const refs = named.startsWith("refs/") ? [named] : [`refs/heads/${named}`, `refs/tags/${named}`];
  return { path, ref: named, refs };
}

/** The verifier of `evidence.verify: provenance` (given to gateExtras of @modelgate/score as `provenance`, which also runs `either`). */
export class ProvenanceVerifier implements EvidenceVerifier {
  private readonly memo = new Map<string, Promise<EvidenceVerificationResult>>();

  /** `port` null: no token to ask GitHub with, so nothing verifies (fail closed). */
  constructor(
    readonly port: ProvenancePort | null,
    readonly options: ProvenanceOptions = {},
  ) {}

  verify(request: EvidenceVerifyRequest): Promise<EvidenceVerificationResult> {
    if (!verificationMethods(request.mode).includes("provenance"))
      return Promise.resolve(
        unverified(
          `evidence.verify: ${request.mode} does not ask for provenance; verify it by recomputation`,
        ),
      );
    const github = (request.doc.context as Obj | undefined)?.github;
    const key = JSON.stringify([
      request.ref.sha256,
      github ?? null,
      request.version.lineage?.codeCommit ?? null,
      request.config.evidence?.trustedWorkflows ?? [],
    ]);
    let p = this.memo.get(key);
    if (!p) {
      p = this.check(request);
      this.memo.set(key, p);
    }
    return p;
  }

  private async check(request: EvidenceVerifyRequest): Promise<EvidenceVerificationResult> {
    const started = performance.now();
    const { ref, version, config } = request;
    const subject = `${version.model}@${version.version}`;
    const ctx = runContextOf(request.doc);
    if (typeof ctx === "string") return unverified(ctx);
    const trusted = config.evidence?.trustedWorkflows ?? [];
    if (trusted.length === 0)
      return unverified(
        "modelgate.yaml lists no evidence.trustedWorkflows, so no run can vouch for it: a registry maintainer adds the ML repository's evidence workflow (owner/repo/.github/workflows/file.yml@refs/heads/main)",
      );
    const claimed = parseWorkflowRef(ctx.workflowRef);
    if (!claimed || claimed.repository !== ctx.repository)
      return refused(
        `its context.github.workflowRef "${clip(ctx.workflowRef)}" is not a workflow of ${ctx.repository} (owner/repo/.github/workflows/file.yml@refs/…): make the evidence with the model-evidence workflow`,
      );
    if (!trusted.includes(ctx.workflowRef))
      return refused(
        `it was made by ${clip(ctx.workflowRef)}, which evidence.trustedWorkflows does not list (${trusted.join(", ")}): make it with a trusted workflow, or a registry maintainer adds that workflow to evidence.trustedWorkflows in modelgate.yaml`,
      );
    const codeCommit = version.lineage?.codeCommit;
    if (typeof codeCommit !== "string" || !/^[0-9a-fA-F]{7,64}$/.test(codeCommit))
      return unverified(
        `${subject} names no lineage.codeCommit, so no run can be tied to its code: add lineage.codeCommit (the commit the ML repository's workflow ran on) to the version file`,
      );
    if (!this.port)
      return unverified(
        "proving which run made it needs the GitHub API, and the check has no token: give the check a token with actions: read on the ML repository (docs/security.md)",
      );
    const port = this.port;
    const where = `run ${ctx.runId} (attempt ${ctx.runAttempt}) in ${ctx.repository}`;
    /** an API call; a failure (401, 403, 5xx, a timeout) leaves the file unverified */
    const ask = async <T>(fn: () => Promise<T>): Promise<Asked<T>> => {
      try {
        return { ok: true, value: await fn() };
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        return {
          ok: false,
          result: unverified(`GitHub could not be asked about ${where}: ${error.message}`),
        };
      }
    };

    const asked = await ask(() => port.workflowRun(ctx.repository, ctx.runId, ctx.runAttempt));
    if (!asked.ok) return asked.result;
    const run = asked.value;
    if (run === null)
      return refused(
        `GitHub has no ${where}: the run id is wrong or made up, the run was deleted, or the token cannot read ${ctx.repository} (it needs actions: read there); make the evidence again with the trusted workflow`,
      );
    const url = run.url || where;
    if (run.repository !== ctx.repository)
      return refused(`${url} belongs to ${run.repository}, not ${ctx.repository} as the file says`);
    if (run.headRepository !== null && run.headRepository !== run.repository)
      return refused(
        `${url} ran on code from ${run.headRepository}, a fork: only runs on ${run.repository}'s own code vouch for evidence`,
      );
    if (!TRUSTED_EVENTS.has(run.event))
      return refused(
        `${url} was started by a ${clip(run.event)} event, whose workflow file can come from the change itself: make the evidence on a push or workflow_dispatch run of ${clip(ctx.workflowRef)}`,
      );
    const ran = runRef(run);
    if (ran.path !== claimed.path || !ran.refs.includes(claimed.ref))
      return refused(
        `${url} ran ${clip(ran.path)}${ran.ref ? `@${clip(ran.ref)}` : ""}, not the trusted ${claimed.path}@${claimed.ref}: make the evidence with ${clip(ctx.workflowRef)}`,
      );
    if (!run.headSha.toLowerCase().startsWith(codeCommit.toLowerCase()))
      return refused(
        `${url} ran on commit ${short(run.headSha)}, but ${subject}'s lineage.codeCommit is ${codeCommit}: the evidence was made from other code; run the workflow on ${codeCommit}, or correct lineage.codeCommit`,
      );
    if (run.status !== "completed")
      return unverified(
        `${url} has not finished (${run.status ?? "status unknown"}): only a run that concluded success vouches for its files; run the check again once it has`,
      );
    if (run.conclusion !== "success")
      return refused(
        `${url} concluded ${run.conclusion ?? "without a conclusion"}, not success: fix the failing run and make the evidence again`,
      );

    const name = evidenceArtifactName(ref.sha256);
    const listed = await ask(() => port.runArtifacts(ctx.repository, ctx.runId, name));
    if (!listed.ok) return listed.result;
    const artifacts = listed.value.filter(
      (a: RunArtifact) => a.name === name && (a.runId === null || a.runId === ctx.runId),
    );
    if (artifacts.length === 0)
      return refused(
        `${url} uploaded no artifact ${name}: the run's bytes are not this file's (sha256 ${short(ref.sha256)}), so it was edited after the run made it, or the run did not upload it (model-evidence uploads each evidence file); use the file as the run uploaded it`,
      );
    const live = artifacts.filter((a) => !a.expired);
    if (live.length === 0)
      return unverified(
        `the artifact ${name} of ${url} has expired (GitHub's artifact retention): run the trusted workflow again, or verify the file by recomputation`,
      );
    const max = this.options.maxArtifactBytes ?? DEFAULT_MAX_ARTIFACT_BYTES;
    for (const artifact of live) {
      if (artifact.sizeInBytes > max)
        return unverified(
          `the artifact ${name} of ${url} is ${artifact.sizeInBytes} bytes, more than the ${max} an evidence artifact may be: upload the evidence file alone`,
        );
      const zip = await ask(() => port.downloadArtifact(ctx.repository, artifact.id));
      if (!zip.ok) return zip.result;
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(zip.value);
      } catch (error) {
        return unverified(
          `the artifact ${name} of ${url} is not a readable zip archive (${(error as Error).message})`,
        );
      }
      const held = Object.entries(files).find(([, bytes]) => hashBytes(bytes) === ref.sha256);
      if (held) {
        const seconds = (performance.now() - started) / 1000;
        return {
          status: "verified",
          method: "provenance",
          message: `made by ${url} of ${clip(ctx.workflowRef)} on ${short(run.headSha)}, concluded success; its artifact ${name} holds these exact bytes (${clip(held[0])}) (${seconds.toFixed(2)} s)`,
          mismatches: [],
          doc: request.doc,
          cost: { seconds, rows: 0, cached: false },
        };
      }
    }
    return refused(
      `the artifact ${name} of ${url} holds no file with sha256 ${short(ref.sha256)}: the file was edited after the run uploaded it; use the file as the run uploaded it`,
    );
  }
}

/** The provenance verifier over a GitHub port (null: no token, so nothing verifies). */
export function provenanceVerifier(
  port: ProvenancePort | null,
  options: ProvenanceOptions = {},
): ProvenanceVerifier {
  return new ProvenanceVerifier(port, options);
}

/** The run a file names (context.github), or why it names none. */
function runContextOf(doc: Obj): GitHubRunContext | string {
  const github = (doc.context as Obj | undefined)?.github as Obj | undefined;
  if (github === undefined || github === null)
    return "it records no GitHub Actions run (context.github): it was made outside GitHub Actions; make it with the model-evidence workflow, or verify it by recomputation";
  const { repository, workflowRef, runId, runAttempt, sha } = github;
  const positive = (n: unknown) => Number.isSafeInteger(n) && (n as number) > 0;
  if (
    typeof repository !== "string" ||
    !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ||
    typeof workflowRef !== "string" ||
    !positive(runId) ||
    !positive(runAttempt) ||
    typeof sha !== "string" ||
    !SHA.test(sha)
  )
    return "its context.github is malformed (repository owner/name, workflowRef, runId, runAttempt, a 40-hex sha): make it again with the model-evidence workflow";
  return github as unknown as GitHubRunContext;
}

type Asked<T> = { ok: true; value: T } | { ok: false; result: EvidenceVerificationResult };

/** Untrusted text in a message: one line, bounded. */
function clip(text: string): string {
  const one = text.replace(/[\r\n\t]+/g, " ");
  return one.length > 120 ? `${one.slice(0, 120)}…` : one;
}

function unverified(message: string): EvidenceVerificationResult {
  return { status: "unverified", method: null, message, mismatches: [], doc: null, cost: null };
}

function refused(message: string): EvidenceVerificationResult {
  return { status: "refused", method: null, message, mismatches: [], doc: null, cost: null };
}
