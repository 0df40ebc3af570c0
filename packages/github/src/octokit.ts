import { ExitCode, UserError } from "@modelgate/core";
import { pushBranch } from "@modelgate/registry";
import { retry } from "@octokit/plugin-retry";
import { type ThrottlingOptions, throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import Bottleneck from "bottleneck/light.js";
import {
  type Annotation,
  type ApprovalPolicy,
  type ApprovalResult,
  type AutoMergeResult,
  annotationKey,
  annotationsOf,
  approvalCandidates,
  CHECK_NAME,
  type CheckRunInput,
  type CheckRunResult,
  type CommentInput,
  type CommentResult,
  type CommitPullRequest,
  commentMarker,
  DEPLOY_TASK,
  type DeploymentInput,
  type DeploymentRecord,
  type DeploymentState,
  type DeploymentStatusInput,
  type DirectPushInput,
  type DirectPushResult,
  deploymentPayload,
  type GitHubPort,
  type Lock,
  type LockTarget,
  lockTargetOf,
  MAX_ANNOTATIONS_PER_REQUEST,
  type ProposeInput,
  type ProposeResult,
  proposalLabels,
  stickyBody,
} from "./port.js";
import { pushDirect } from "./push.js";

/** A wait the client took before retrying (rate limits, server errors, timeouts). */
export interface WaitEvent {
  kind: "secondary-rate-limit" | "rate-limit";
  /** seconds GitHub asked for (Retry-After, or until the rate-limit reset) */
  retryAfter: number;
  method: string;
  url: string;
  attempt: number;
}

export interface GitHubOptions {
  /** the repository, "owner/name" */
  repository: string;
  /** the token (a workflow's `github.token`, a GitHub App or personal token) */
  token: string;
  /** the REST API base, e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl?: string;
  userAgent?: string;
  /** per-request timeout in milliseconds (default 30 s); a timed-out request is retried */
  timeoutMs?: number;
  /** retries after a 5xx, a timeout or a rate limit (default 3) */
  retries?: number;
  /**
   * milliseconds per second of Retry-After and of the back-off (default 1000). Tests make the
   * waits short with a small value; the waits still happen, in GitHub's proportions.
   */
  waitUnitMs?: number;
  /** pause between two writes, GitHub's advice against secondary rate limits (default 1000 ms) */
  writeIntervalMs?: number;
  /** told about every rate-limit wait */
  onWait?: (event: WaitEvent) => void;
  /** fetch to use (default the global one) */
  fetch?: typeof fetch;
}

/** A GitHub API call that failed: status and GitHub's message, never the token or a stack. */
export class GitHubApiError extends UserError {
  readonly status: number;
  constructor(message: string, status: number, cause?: unknown) {
    super(message, { exitCode: status >= 500 ? ExitCode.Internal : ExitCode.InputError, cause });
    this.name = "GitHubApiError";
    this.status = status;
  }
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { data?: unknown };
}

function isRequestError(e: unknown): e is RequestErrorLike {
  return typeof e === "object" && e !== null && typeof (e as { status?: unknown }).status === "number";
}

function githubMessage(e: RequestErrorLike): string {
  const data = e.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const base = typeof data?.message === "string" ? data.message : e.message;
  const errors = Array.isArray(data?.errors)
    ? data.errors
        .map((x) => (typeof x === "string" ? x : (x as { message?: string })?.message))
        .filter((x): x is string => typeof x === "string")
    : [];
  return errors.length ? `${base} (${errors.join("; ")})` : base;
}

const FIXES: Record<number, string> = {
  401: "the token is missing, expired or revoked",
  403: "the token lacks a permission this needs (see docs/github.md, permissions), or the API refused it",
  404: "it does not exist, or the token cannot see it",
  422: "GitHub refused the request as invalid",
};

/** The Octokit client with retries and throttling, each instance with its own limiters. */
function client(options: GitHubOptions): InstanceType<typeof Octokit> {
  const unit = options.waitUnitMs ?? 1000;
  const retries = options.retries ?? 3;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const baseFetch = options.fetch ?? globalThis.fetch;
  // a TimeoutError (not an AbortError) becomes a retryable 500 inside @octokit/request
  const timedFetch: typeof fetch = (input, init) =>
    baseFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  const group = (minTime: number, maxConcurrent: number | null) =>
    new Bottleneck.Group({ minTime, maxConcurrent, timeout: 120_000 });
  const write = options.writeIntervalMs ?? 1000;
  const Client = Octokit.plugin(retry, throttling);
  const onLimit =
    (kind: WaitEvent["kind"]) =>
    (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
      options.onWait?.({ kind, retryAfter, method: req.method, url: req.url, attempt: retryCount + 1 });
      return retryCount < retries;
    };
  return new Client({
    auth: options.token,
    baseUrl: (options.apiUrl ?? "https://api.github.com").replace(/\/+$/, ""),
    userAgent: options.userAgent ?? "modelgate",
    log: silent,
    // not `request.retries`: set there, the retry plugin would retry every error, 404 and 422 too
    request: { fetch: timedFetch },
    // 4xx are answers, not accidents (429 and rate-limit 403s are the throttling plugin's)
    retry: { retries, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 451] },
    throttle: {
      id: "modelgate",
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      onSecondaryRateLimit: onLimit("secondary-rate-limit"),
      onRateLimit: onLimit("rate-limit"),
      // per instance: the plugin's default groups are shared by every client in the process
      global: group(0, 10),
      auth: group(0, 1),
      write: group(write, 1),
      search: group(2 * write, 1),
      notifications: group(3 * write, 1),
      // global and auth are read by the plugin like the others but missing from its types
    } as ThrottlingOptions,
  });
}

/** The GitHub port over the REST API. */
export function createGitHubPort(options: GitHubOptions): GitHubPort {
  const [owner, repo] = options.repository.split("/");
  if (!owner || !repo || options.repository.split("/").length !== 2) {
    throw new UserError(`repository "${options.repository}" must be "owner/name"`);
  }
  if (!options.token) throw new UserError("a GitHub token is needed (the `token` input)");
  const octokit = client(options);
  const where = { owner, repo };
  const full = `${owner}/${repo}`;

  /** Runs one API call; a failure becomes a GitHubApiError naming what was tried and why it failed. */
  async function call<T>(what: string, fn: () => Promise<T>, repository = full): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (isRequestError(error)) {
        const fix = FIXES[error.status];
        throw new GitHubApiError(
          `${what} in ${repository} failed: HTTP ${error.status} ${githubMessage(error)}${fix ? ` — ${fix}` : ""}`,
          error.status,
          error,
        );
      }
      throw error;
    }
  }

  async function pullRequest(pullNumber: number) {
    return call(`reading pull request #${pullNumber}`, async () => {
      const { data } = await octokit.rest.pulls.get({ ...where, pull_number: pullNumber });
      return data;
    });
  }

  async function upsertComment(input: CommentInput): Promise<CommentResult> {
    const marker = commentMarker(input.registry, input.topic);
    const { text, truncated } = stickyBody(input.registry, input.body, input.summaryUrl ?? null, input.topic);
    const issue = { ...where, issue_number: input.pullNumber };
    const ours = async () =>
      (
        await call(`listing the comments of pull request #${input.pullNumber}`, () =>
          octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
        )
      )
        .filter((c) => c.body?.startsWith(marker))
        .sort((a, b) => a.id - b.id);
    let found = await ours();
    let createdId: number | null = null;
    let self: string | null = null;
    if (found.length === 0) {
      const { data } = await call(`commenting on pull request #${input.pullNumber}`, () =>
        octokit.rest.issues.createComment({ ...issue, body: text }),
      );
      createdId = data.id;
      self = data.user?.login ?? null;
      // another run may have created one meanwhile: list again, keep the oldest, remove the rest
      found = await ours();
    }
    // only comments by one author are ours to keep and dedupe: ours when we just wrote one, else
    // the oldest marked comment by a bot (a workflow token), else the oldest marked one; a marker
    // copied into somebody else's comment is never deleted
    const author = self ?? (found.find((c) => c.user?.type === "Bot") ?? found[0])?.user?.login ?? null;
    const pool = found.filter((c) => (c.user?.login ?? null) === author);
    const [keep, ...duplicates] = pool;
    if (!keep) throw new GitHubApiError(`the comment on pull request #${input.pullNumber} vanished`, 409);
    const removed: number[] = [];
    for (const d of duplicates) {
      await call(`removing the duplicate comment ${d.id}`, async () => {
        try {
          await octokit.rest.issues.deleteComment({ ...where, comment_id: d.id });
          removed.push(d.id);
        } catch (error) {
          // the racing run removed it first
          if (!(isRequestError(error) && error.status === 404)) throw error;
        }
      });
    }
    let url = keep.html_url;
    if (keep.body !== text) {
      const { data } = await call(`updating the comment ${keep.id}`, () =>
        octokit.rest.issues.updateComment({ ...where, comment_id: keep.id, body: text }),
      );
      url = data.html_url;
    }
    return { id: keep.id, url, created: createdId === keep.id, truncated, removedDuplicates: removed };
  }

  async function upsertCheckRun(input: CheckRunInput): Promise<CheckRunResult> {
    const conclusion = input.report.blocked ? ("failure" as const) : ("success" as const);
    const wanted = annotationsOf(input.report, input.annotations);
    const title = input.report.blocked
      ? `blocked: ${input.report.blocking.length} reason(s)`
      : "passed: the change may merge";
    const summary = input.summary.length > MAX_SUMMARY ? cutSummary(input.summary) : input.summary;
    const existing = await call(`listing the check runs of ${input.headSha.slice(0, 12)}`, async () => {
      const { data } = await octokit.rest.checks.listForRef({
        ...where,
        ref: input.headSha,
        check_name: CHECK_NAME,
        filter: "latest",
        per_page: 100,
      });
      return data.check_runs.sort((a, b) => b.id - a.id)[0] ?? null;
    });
    let toSend = wanted;
    let superseded: number | null = null;
    let runId: number | null = null;
    let runUrl = "";
    if (existing) {
      // GitHub appends annotations on every update: send only the missing ones, and start a
      // new run when the old one carries annotations that no longer hold
      const have = await call(`reading the annotations of check run ${existing.id}`, () =>
        octokit.paginate(octokit.rest.checks.listAnnotations, {
          ...where,
          check_run_id: existing.id,
          per_page: 100,
        }),
      );
      const haveKeys = new Set(have.map((a) => annotationKey(fromGitHub(a))));
      const wantKeys = new Set(wanted.map(annotationKey));
      if ([...haveKeys].every((k) => wantKeys.has(k))) {
        runId = existing.id;
        runUrl = existing.html_url ?? "";
        toSend = wanted.filter((a) => !haveKeys.has(annotationKey(a)));
      } else {
        superseded = existing.id;
      }
    }
    const batches: Annotation[][] = [];
    for (let i = 0; i < toSend.length; i += MAX_ANNOTATIONS_PER_REQUEST)
      batches.push(toSend.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST));
    let requests = 0;
    const output = (batch: Annotation[]) => ({
      title,
      summary,
      ...(batch.length ? { annotations: batch.map(toGitHub) } : {}),
    });
    const fields = {
      status: "completed" as const,
      conclusion,
      completed_at: new Date().toISOString(),
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    };
    if (runId === null) {
      const { data } = await call(`creating the check run on ${input.headSha.slice(0, 12)}`, () =>
        octokit.rest.checks.create({
          ...where,
          name: CHECK_NAME,
          head_sha: input.headSha,
          ...fields,
          output: output(batches[0] ?? []),
        }),
      );
      requests++;
      runId = data.id;
      runUrl = data.html_url ?? "";
      batches.shift();
    }
    const id = runId;
    if (batches.length === 0 && existing && superseded === null) {
      await call(`updating check run ${id}`, () =>
        octokit.rest.checks.update({ ...where, check_run_id: id, ...fields, output: output([]) }),
      );
      requests++;
    }
    for (const batch of batches) {
      await call(`adding annotations to check run ${id}`, () =>
        octokit.rest.checks.update({ ...where, check_run_id: id, ...fields, output: output(batch) }),
      );
      requests++;
    }
    if (superseded !== null) {
      const old = superseded;
      await call(`marking check run ${old} superseded`, () =>
        octokit.rest.checks.update({
          ...where,
          check_run_id: old,
          output: { title: "superseded", summary: `Superseded by check run ${id}: the findings changed.` },
        }),
      );
    }
    return {
      id,
      url: runUrl,
      conclusion,
      created: existing === null || superseded !== null,
      annotations: toSend.length,
      requests,
      superseded,
    };
  }

  async function approvals(pullNumber: number, policy: ApprovalPolicy): Promise<ApprovalResult> {
    const pr = await pullRequest(pullNumber);
    const author = pr.user.login;
    const reviews = await call(`reading the reviews of pull request #${pullNumber}`, () =>
      octokit.paginate(octokit.rest.pulls.listReviews, { ...where, pull_number: pullNumber, per_page: 100 }),
    );
    const { candidates, ignored } = approvalCandidates(
      reviews.map((r) => ({
        id: r.id,
        login: r.user?.login ?? null,
        state: r.state,
        commitId: r.commit_id,
        submittedAt: r.submitted_at ?? null,
      })),
      { author, headSha: pr.head.sha, allowStale: policy.allowStaleApprovals ?? false },
    );
    const approvedBy = [];
    for (const c of candidates) {
      const { data } = await call(`reading ${c.login}'s permission`, () =>
        octokit.rest.repos.getCollaboratorPermissionLevel({ ...where, username: c.login }),
      );
      // `permission` folds maintain into write and triage into read
      if (data.permission === "admin" || data.permission === "write") approvedBy.push(c);
      else
        ignored.push({
          login: c.login,
          reason: "no-write-permission",
          detail: `${c.login} has ${data.role_name || data.permission} permission; approvals need write`,
        });
    }
    return {
      pullNumber,
      headSha: pr.head.sha,
      author,
      required: policy.required,
      approvedBy,
      ignored,
      satisfied: approvedBy.length >= policy.required,
    };
  }

  async function latestState(id: number): Promise<DeploymentState | null> {
    const { data } = await call(`reading the statuses of deployment ${id}`, () =>
      octokit.rest.repos.listDeploymentStatuses({ ...where, deployment_id: id, per_page: 1 }),
    );
    const s = data[0]?.state;
    return s === "in_progress" || s === "success" || s === "failure" ? s : s === "error" ? "failure" : null;
  }

  async function startDeployment(input: DeploymentInput): Promise<DeploymentRecord> {
    const { environment, model } = input.entry;
    const listed = await call(`listing the deployments of ${input.sha.slice(0, 12)}`, () =>
      octokit.paginate(octokit.rest.repos.listDeployments, {
        ...where,
        sha: input.sha,
        environment,
        task: DEPLOY_TASK,
        per_page: 100,
      }),
    );
    const same = listed
      .filter((d) => typeof d.payload === "object" && d.payload !== null && d.payload.model === model)
      .sort((a, b) => a.id - b.id)[0];
    if (same) return { id: same.id, environment, model, created: false, state: await latestState(same.id) };
    const { data } = await call(`creating the deployment of ${model} to ${environment}`, () =>
      octokit.rest.repos.createDeployment({
        ...where,
        ref: input.sha,
        task: DEPLOY_TASK,
        environment,
        payload: deploymentPayload(input.entry) as { [key: string]: unknown },
        description:
          `${input.entry.kind} ${model} ${input.entry.from ?? "∅"} → ${input.entry.to ?? "∅"}`.slice(0, 140),
        production_environment: input.production,
        transient_environment: false,
        auto_merge: false,
        // the gate already ran on this commit; other required contexts are branch protection's
        required_contexts: [],
      }),
    );
    if (!("id" in data)) {
      throw new GitHubApiError(
        `GitHub did not create the deployment of ${model} to ${environment}: ${data.message ?? ""}`,
        202,
      );
    }
    return { id: data.id, environment, model, created: true, state: null };
  }

  async function setDeploymentStatus(input: DeploymentStatusInput): Promise<void> {
    await call(`setting deployment ${input.id} to ${input.state}`, () =>
      octokit.rest.repos.createDeploymentStatus({
        ...where,
        deployment_id: input.id,
        state: input.state,
        ...(input.logUrl ? { log_url: input.logUrl } : {}),
        ...(input.description ? { description: input.description.slice(0, 140) } : {}),
        auto_inactive: input.state === "success",
      }),
    );
  }

  /** git over HTTPS with the token, the way actions/checkout authenticates */
  const gitHeaders = () => ({
    authorization: `Basic ${Buffer.from(`x-access-token:${options.token}`).toString("base64")}`,
  });

  async function proposePullRequest(input: ProposeInput): Promise<ProposeResult> {
    const { registry, change } = input;
    const base = input.base ?? registry.defaultBranch;
    if (!registry.remoteUrl) {
      throw new UserError(`the registry ${registry.dir} has no remote to push ${change.branch} to`);
    }
    const pushed = await pushBranch(registry, change.branch, {
      force: input.force ?? false,
      headers: gitHeaders(),
    });
    if (!pushed.ok) {
      throw new UserError(
        `the remote refused ${change.branch}: ${pushed.error} — the branch moved on the remote; re-create the change from the current default branch`,
        { exitCode: ExitCode.Findings },
      );
    }
    const labels = proposalLabels(change);
    const openPull = () =>
      call(`looking for an open pull request of ${change.branch}`, async () => {
        const { data } = await octokit.rest.pulls.list({
          ...where,
          state: "open",
          head: `${owner}:${change.branch}`,
          per_page: 10,
        });
        return data[0] ?? null;
      });
    const update = async (n: number) => {
      const { data } = await call(`updating pull request #${n}`, () =>
        octokit.rest.pulls.update({ ...where, pull_number: n, title: change.title, body: change.body }),
      );
      return data;
    };
    const open = await openPull();
    let pr: { number: number; html_url: string };
    let created = false;
    if (open) pr = await update(open.number);
    else {
      try {
        const { data } = await call(`opening the pull request of ${change.branch}`, () =>
          octokit.rest.pulls.create({
            ...where,
            head: change.branch,
            base,
            title: change.title,
            body: change.body,
          }),
        );
        pr = data;
        created = true;
      } catch (error) {
        // a concurrent run, or our own request that timed out after GitHub had served it
        const again = error instanceof GitHubApiError && error.status === 422 ? await openPull() : null;
        if (!again) throw error;
        pr = await update(again.number);
      }
    }
    const { number, html_url: url } = pr;
    await call(`labelling pull request #${number}`, () =>
      octokit.rest.issues.addLabels({ ...where, issue_number: number, labels }),
    );
    return { number, url, branch: change.branch, created, labels };
  }

  async function pushToDefaultBranch(input: DirectPushInput): Promise<DirectPushResult> {
    const { registry } = input;
    if (!registry.remoteUrl) {
      throw new UserError(`the registry ${registry.dir} has no remote to push ${registry.defaultBranch} to`);
    }
    return pushDirect(registry, input.commit, gitHeaders());
  }

  async function enableAutoMerge(pullNumber: number): Promise<AutoMergeResult> {
    const pr = await pullRequest(pullNumber);
    const mergeMethod = "MERGE" as const;
    // auto-merge exists only in GitHub's GraphQL API
    const what = `enabling auto-merge on pull request #${pullNumber} in ${full}`;
    await call(what, async () => {
      try {
        return await octokit.graphql(
          `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
          enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) {
            pullRequest { number autoMergeRequest { enabledAt } }
          }
        }`,
          { id: pr.node_id, mergeMethod },
        );
      } catch (error) {
        // GraphQL answers 200 with `errors`: GitHub's message, e.g. auto-merge not allowed here
        const errors = (error as { errors?: Array<{ message?: string }> }).errors;
        if (!Array.isArray(errors)) throw error;
        throw new UserError(
          `${what} failed: ${errors.map((e) => e.message).join("; ")} — turn on "Allow auto-merge" in the repository's settings and require the modelgate / gate check in the branch rules`,
        );
      }
    });
    return { pullNumber, enabled: true, mergeMethod };
  }

  async function locks(targets: LockTarget[], opts: { exceptPullNumber?: number } = {}): Promise<Lock[]> {
    if (targets.length === 0) return [];
    const wanted = new Set(targets.map((t) => `${t.environment}/${t.model}`));
    const open = await call("listing the open pull requests", () =>
      octokit.paginate(octokit.rest.pulls.list, { ...where, state: "open", per_page: 100 }),
    );
    const out: Lock[] = [];
    for (const pr of open.sort((a, b) => a.number - b.number)) {
      if (pr.number === opts.exceptPullNumber) continue;
      const files = await call(`listing the files of pull request #${pr.number}`, () =>
        octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: pr.number, per_page: 100 }),
      );
      const seen = new Set<string>();
      for (const f of files) {
        for (const name of [f.filename, f.previous_filename]) {
          const t = name ? lockTargetOf(name) : null;
          const key = t ? `${t.environment}/${t.model}` : "";
          if (t && wanted.has(key) && !seen.has(key)) {
            seen.add(key);
            out.push({ ...t, pullNumber: pr.number, url: pr.html_url, title: pr.title });
          }
        }
      }
    }
    return out;
  }

  // ---- deploy
  async function pullRequestsOfCommit(sha: string): Promise<CommitPullRequest[]> {
    const pulls = await call(`listing the pull requests of ${sha.slice(0, 12)}`, () =>
      octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...where,
        commit_sha: sha,
        per_page: 100,
      }),
    );
    return pulls.map((p) => ({
      number: p.number,
      url: p.html_url,
      title: p.title,
      state: p.state === "open" ? ("open" as const) : ("closed" as const),
      merged: p.merged_at !== null,
      mergeCommitSha: p.merge_commit_sha ?? null,
      base: p.base.ref,
    }));
  }

  // ---- provenance: another repository than the registry's, read with the same token
  function repositoryOf(repository: string): { owner: string; repo: string } {
    const [o, r, ...rest] = repository.split("/");
    if (!o || !r || rest.length > 0) throw new UserError(`repository "${repository}" must be "owner/name"`);
    return { owner: o, repo: r };
  }

  async function workflowRun(repository: string, runId: number, attempt: number) {
    const at = repositoryOf(repository);
    try {
      const { data } = await octokit.rest.actions.getWorkflowRunAttempt({
        ...at,
        run_id: runId,
        attempt_number: attempt,
        exclude_pull_requests: true,
      });
      return {
        id: data.id,
        attempt: data.run_attempt ?? attempt,
        repository: data.repository.full_name,
        headRepository: data.head_repository?.full_name ?? null,
        path: data.path,
        headBranch: data.head_branch,
        headSha: data.head_sha,
        event: data.event,
        status: data.status,
        conclusion: data.conclusion,
        url: data.html_url,
      };
    } catch (error) {
      if (isRequestError(error) && error.status === 404) return null;
      return call(
        `reading attempt ${attempt} of workflow run ${runId}`,
        () => Promise.reject(error),
        repository,
      );
    }
  }

  async function runArtifacts(repository: string, runId: number, name: string) {
    const list = await call(
      `listing the artifacts of workflow run ${runId}`,
      () =>
        octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
          ...repositoryOf(repository),
          run_id: runId,
          name,
          per_page: 100,
        }),
      repository,
    );
    return list.map((a) => ({
      id: a.id,
      name: a.name,
      sizeInBytes: a.size_in_bytes,
      expired: a.expired,
      runId: a.workflow_run?.id ?? null,
    }));
  }

  async function downloadArtifact(repository: string, artifactId: number): Promise<Uint8Array> {
    const { data } = await call(
      `downloading artifact ${artifactId}`,
      () =>
        octokit.rest.actions.downloadArtifact({
          ...repositoryOf(repository),
          artifact_id: artifactId,
          archive_format: "zip",
        }),
      repository,
    );
    // a zip is binary: @octokit/request answers it as an ArrayBuffer
    if (!(data instanceof ArrayBuffer))
      throw new GitHubApiError(
        `artifact ${artifactId} in ${repository} did not download as a zip archive`,
        502,
      );
    return new Uint8Array(data);
  }

  return {
    upsertComment,
    upsertCheckRun,
    approvals,
    startDeployment,
    setDeploymentStatus,
    proposePullRequest,
    pushToDefaultBranch,
    enableAutoMerge,
    locks,
    pullRequestsOfCommit,
    workflowRun,
    runArtifacts,
    downloadArtifact,
  };
}

/** GitHub's limit on a check run's output summary. */
const MAX_SUMMARY = 65_535;

function cutSummary(summary: string): string {
  const tail = "\n\n_Cut to fit the check run's limit; the full report is in the job summary._";
  return summary.slice(0, MAX_SUMMARY - tail.length) + tail;
}

function toGitHub(a: Annotation) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    title: a.title,
    message: a.message,
  };
}

function fromGitHub(a: {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string | null;
  title: string | null;
  message: string | null;
}): Annotation {
  return {
    path: a.path,
    startLine: a.start_line,
    endLine: a.end_line,
    level: (a.annotation_level ?? "notice") as Annotation["level"],
    title: a.title ?? "",
    message: a.message ?? "",
  };
}
