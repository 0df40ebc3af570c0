import type { DeployEntry, ProposedChange, Registry, RegistryCheckReport } from "@modelgate/registry";

/**
 * The part of the gate's report the port reads. Kept to these fields so the port follows the
 * report's schema (schemas/registry-check.schema.json), not the gate's internals.
 */
export type GateReportView = Pick<RegistryCheckReport, "blocked" | "blocking">;

/** GitHub's limit on an issue or pull-request comment body, in characters. */
export const MAX_COMMENT_CHARS = 65_536;
/** GitHub accepts at most this many annotations per check-run request. */
export const MAX_ANNOTATIONS_PER_REQUEST = 50;
/** The check run's name (what branch protection requires). */
export const CHECK_NAME = "modelgate / gate";
/** The deployment task modelgate's deployments carry (tells them apart from others on the same sha). */
export const DEPLOY_TASK = "deploy:modelgate";

export interface CommentInput {
  pullNumber: number;
  /** the registry's name (modelgate.yaml `name`): one sticky comment per pull request and registry */
  registry: string;
  /** markdown; cut to fit GitHub's limit */
  body: string;
  /** where the full report is (the job summary), named when the body is cut */
  summaryUrl?: string | null;
  /**
   * a second sticky comment of the same registry on the pull request, e.g. "deploy" for the
   * deploy job's notice after the merge (default: none, the gate's comment)
   */
  topic?: string;
}

export interface CommentResult {
  id: number;
  url: string;
  /** created now (false: an existing comment was updated) */
  created: boolean;
  /** the body was cut to fit GitHub's limit */
  truncated: boolean;
  /** ids of duplicate sticky comments removed (left by a concurrent run) */
  removedDuplicates: number[];
}

export type AnnotationLevel = "failure" | "warning" | "notice";

export interface Annotation {
  path: string;
  startLine: number;
  endLine: number;
  level: AnnotationLevel;
  title: string;
  message: string;
}

export interface CheckRunInput {
  headSha: string;
  report: GateReportView;
  /** markdown summary of the run (the report rendered) */
  summary: string;
  /** the workflow run's URL */
  detailsUrl?: string | null;
  /** extra annotations beyond one failure per blocking reason (warnings, notices) */
  annotations?: Annotation[];
}

export interface CheckRunResult {
  id: number;
  url: string;
  conclusion: "success" | "failure";
  /** created now (false: the run for this sha was updated) */
  created: boolean;
  /** annotations sent, and in how many requests */
  annotations: number;
  requests: number;
  /** an earlier run on the same sha whose annotations no longer hold was superseded by this one */
  superseded: number | null;
}

export interface ApprovalPolicy {
  /** approvals needed (the environment's requiredApprovals) */
  required: number;
  /** an approval given on an older head commit counts (default false) */
  allowStaleApprovals?: boolean;
}

export interface Approver {
  login: string;
  /** the head commit the approval was given on */
  commit: string;
  submittedAt: string | null;
}

export interface IgnoredReview {
  login: string;
  reason: "author" | "no-write-permission" | "stale" | "changes-requested" | "dismissed";
  detail: string;
}

/** Who approved a pull request, counted the way the gate enforces it. */
export interface ApprovalResult {
  pullNumber: number;
  headSha: string;
  author: string;
  required: number;
  approvedBy: Approver[];
  ignored: IgnoredReview[];
  satisfied: boolean;
}

export interface DeploymentInput {
  /** the merge commit being deployed */
  sha: string;
  entry: DeployEntry;
  /** true for the last environment in the registry's order */
  production: boolean;
  logUrl?: string | null;
}

export interface DeploymentRecord {
  id: number;
  environment: string;
  model: string;
  /** created now (false: this sha was already deployed there) */
  created: boolean;
  /** the latest status (null: none yet) */
  state: DeploymentState | null;
}

export type DeploymentState = "in_progress" | "success" | "failure";

export interface DeploymentStatusInput {
  id: number;
  state: DeploymentState;
  logUrl?: string | null;
  description?: string;
}

export interface ProposeInput {
  registry: Registry;
  /** the change (`files`: what the local port records for lock awareness) */
  change: Pick<ProposedChange, "branch" | "title" | "body" | "type" | "environment"> & { files?: string[] };
  /** the branch the pull request merges into (default: the registry's default branch) */
  base?: string;
  /** overwrite the remote branch (a change re-proposed with a new commit) */
  force?: boolean;
}

export interface ProposeResult {
  number: number;
  url: string;
  branch: string;
  /** created now (false: the open pull request for the branch was updated) */
  created: boolean;
  labels: string[];
}

/** A commit pushed straight to the default branch (the emergency rollback). */
export interface DirectPushInput {
  registry: Registry;
  /** the change's commit; it must sit on the default branch's head (a fast-forward) */
  commit: string;
}

export interface DirectPushResult {
  pushed: boolean;
  /** why the remote refused it (branch protection, or the branch moved on) */
  refusal: string | null;
}

export interface AutoMergeResult {
  pullNumber: number;
  enabled: boolean;
  mergeMethod: "MERGE" | "SQUASH" | "REBASE";
}

export interface LockTarget {
  model: string;
  environment: string;
}

/** Another open pull request changing the same (model, environment). */
export interface Lock extends LockTarget {
  pullNumber: number;
  url: string;
  title: string;
}

/**
 * What modelgate does on GitHub. Two implementations: `createGitHubPort` (the REST API) and
 * `createLocalPort` (files in a reports folder, for the embedded mode).
 */
export interface GitHubPort {
  /** Creates or updates the one sticky comment of this registry on the pull request. */
  upsertComment(input: CommentInput): Promise<CommentResult>;
  /** Creates or updates the `modelgate / gate` check run on the head sha. */
  upsertCheckRun(input: CheckRunInput): Promise<CheckRunResult>;
  /** Counts the pull request's approvals under the policy. */
  approvals(pullNumber: number, policy: ApprovalPolicy): Promise<ApprovalResult>;
  /** Creates the deployment of one (environment, model) entry, or finds the one of this sha. */
  startDeployment(input: DeploymentInput): Promise<DeploymentRecord>;
  setDeploymentStatus(input: DeploymentStatusInput): Promise<void>;
  /** Pushes the change branch and opens its pull request, or updates the open one. */
  proposePullRequest(input: ProposeInput): Promise<ProposeResult>;
  /**
   * Pushes a change's commit to the default branch where branch rules allow it; a refusal is an
   * answer (`pushed: false`), not an error, so the caller can fall back to a pull request.
   */
  pushToDefaultBranch(input: DirectPushInput): Promise<DirectPushResult>;
  /** Turns on auto-merge for a pull request: it merges once its required checks and reviews pass. */
  enableAutoMerge(pullNumber: number): Promise<AutoMergeResult>;
  /** Other open pull requests that change any of the targets. */
  locks(targets: LockTarget[], options?: { exceptPullNumber?: number }): Promise<Lock[]>;

  // ---- deploy
  /** The pull requests a commit belongs to: for a merge commit on the default branch, the one it merged. */
  pullRequestsOfCommit(sha: string): Promise<CommitPullRequest[]>;

  // ---- provenance (any repository the token can read: the ML repository that made the evidence)
  /** One attempt of a workflow run in `repository` ("owner/name"); null when GitHub has no such run there. */
  workflowRun(repository: string, runId: number, attempt: number): Promise<WorkflowRunView | null>;
  /** The artifacts of a workflow run named `name`. */
  runArtifacts(repository: string, runId: number, name: string): Promise<RunArtifact[]>;
  /** The zip archive of an artifact (GitHub answers with a redirect to a short-lived download URL). */
  downloadArtifact(repository: string, artifactId: number): Promise<Uint8Array>;
}

// ---- provenance

/** A workflow run attempt, in the fields provenance reads (GitHub's "get a workflow run attempt"). */
export interface WorkflowRunView {
  id: number;
  attempt: number;
  /** owner/name of the repository the run belongs to */
  repository: string;
  /** owner/name of the repository of its head commit (a fork's, for a fork's pull request) */
  headRepository: string | null;
  /** the workflow file, ".github/workflows/x.yml" (GitHub may append "@ref") */
  path: string;
  /** the branch or tag the run ran on */
  headBranch: string | null;
  headSha: string;
  /** what started it: push, workflow_dispatch, pull_request, … */
  event: string;
  status: string | null;
  conclusion: string | null;
  url: string;
}

/** A run's artifact (GitHub's artifact object), in the fields provenance reads. */
export interface RunArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  /** the run that uploaded it (null when GitHub does not say) */
  runId: number | null;
}

// ---- deploy

/** A pull request associated with a commit (GitHub's "list pull requests associated with a commit"). */
export interface CommitPullRequest {
  number: number;
  url: string;
  title: string;
  state: "open" | "closed";
  merged: boolean;
  mergeCommitSha: string | null;
  /** the branch it merges (or merged) into */
  base: string;
}

/** The hidden marker that identifies a registry's sticky comment. */
export function commentMarker(registry: string, topic?: string): string {
  // a registry name is [a-z0-9._-]; anything else is escaped so the marker stays one comment
  const enc = (s: string) => encodeURIComponent(s).replace(/-{2,}/g, (m) => "%2D".repeat(m.length));
  return `<!-- modelgate registry=${enc(registry)}${topic ? ` topic=${enc(topic)}` : ""} -->`;
}

/**
 * The comment body with its marker, cut to GitHub's limit with a pointer to the full report.
 * Cut on a line break when one is near, never inside a surrogate pair.
 */
export function stickyBody(
  registry: string,
  body: string,
  summaryUrl: string | null = null,
  topic?: string,
): { text: string; truncated: boolean } {
  const head = `${commentMarker(registry, topic)}\n`;
  if (head.length + body.length <= MAX_COMMENT_CHARS) return { text: head + body, truncated: false };
  const tail = `\n\n---\n_The report is cut here to fit GitHub's ${MAX_COMMENT_CHARS.toLocaleString("en-US")}-character comment limit; the full report is in the ${summaryUrl ? `[job summary](${summaryUrl})` : "job summary"}._\n`;
  let end = MAX_COMMENT_CHARS - head.length - tail.length;
  const newline = body.lastIndexOf("\n", end);
  if (newline > end - 2000) end = newline;
  const code = body.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  // an unclosed code fence would swallow the pointer
  let cut = body.slice(0, end);
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut = `${cut}\n\`\`\``;
  return { text: head + cut + tail, truncated: true };
}

/** One failure annotation at the file and line of each blocking reason, then the extra ones. */
export function annotationsOf(report: GateReportView, extra: Annotation[] = []): Annotation[] {
  const out = report.blocking.map((b) => {
    const line = b.line ?? 1;
    return {
      path: b.file ?? b.path,
      startLine: line,
      endLine: line,
      level: "failure" as const,
      title: b.field ? `${b.check}: ${b.field}` : b.check,
      message: b.message,
    };
  });
  // GitHub's limits on an annotation's title and message
  return [...out, ...extra].map((a) => ({
    ...a,
    title: a.title.slice(0, 255),
    message: a.message.slice(0, 65_535),
  }));
}

/** The key that tells two annotations apart (what GitHub shows of them). */
export function annotationKey(a: Annotation): string {
  return JSON.stringify([a.path, a.startLine, a.endLine, a.level, a.title, a.message]);
}

export interface ReviewView {
  id: number;
  login: string | null;
  state: string;
  commitId: string | null;
  submittedAt: string | null;
}

/**
 * The latest review per user that says something about approval (a plain comment does not
 * withdraw an approval on GitHub), with the pull request's author and stale approvals set apart.
 * Permission is checked afterwards, only for the candidates left.
 */
export function approvalCandidates(
  reviews: ReviewView[],
  args: { author: string; headSha: string; allowStale: boolean },
): { candidates: Approver[]; ignored: IgnoredReview[] } {
  const latest = new Map<string, ReviewView>();
  const ordered = [...reviews].sort(
    (a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? "") || a.id - b.id,
  );
  for (const r of ordered) {
    if (!r.login || r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.login, r);
  }
  const candidates: Approver[] = [];
  const ignored: IgnoredReview[] = [];
  for (const [login, r] of [...latest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (r.state === "CHANGES_REQUESTED") {
      ignored.push({ login, reason: "changes-requested", detail: `${login} requested changes` });
    } else if (r.state === "DISMISSED") {
      ignored.push({ login, reason: "dismissed", detail: `${login}'s review was dismissed` });
    } else if (r.state !== "APPROVED") {
    } else if (login === args.author) {
      ignored.push({ login, reason: "author", detail: `${login} wrote the pull request` });
    } else if (r.commitId !== args.headSha && !args.allowStale) {
      ignored.push({
        login,
        reason: "stale",
        detail: `${login} approved ${r.commitId?.slice(0, 12) ?? "an older commit"}, not the head ${args.headSha.slice(0, 12)}`,
      });
    } else {
      candidates.push({ login, commit: r.commitId ?? "", submittedAt: r.submittedAt });
    }
  }
  return { candidates, ignored };
}

/** The deploy entry as a deployment's payload: what was deployed, in the plan's own words. */
export function deploymentPayload(entry: DeployEntry): Record<string, unknown> {
  return { modelgate: 1, ...entry };
}

/** The (model, environment) of a registry path, for lock awareness. */
export function lockTargetOf(path: string): LockTarget | null {
  const m = /^environments\/([^/]+)\/([^/]+)\.yaml$/.exec(path);
  return m ? { environment: m[1]!, model: m[2]! } : null;
}

/** The labels of a proposed change's pull request. */
export function proposalLabels(change: Pick<ProposedChange, "type" | "environment">): string[] {
  return ["modelgate", change.type, ...(change.environment ? [change.environment] : [])];
}
