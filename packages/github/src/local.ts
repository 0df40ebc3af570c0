import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "@modelgate/core";
import { parseMergeMessage, pushBranch, type Registry, readCommit } from "@modelgate/registry";
import {
  type ApprovalPolicy,
  type ApprovalResult,
  type AutoMergeResult,
  annotationsOf,
  approvalCandidates,
  CHECK_NAME,
  type CheckRunInput,
  type CheckRunResult,
  type CommentInput,
  type CommentResult,
  type CommitPullRequest,
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
  type ProposeInput,
  type ProposeResult,
  proposalLabels,
  type ReviewView,
  stickyBody,
} from "./port.js";
import { pushDirect } from "./push.js";

/** The reviews of a local pull request (the embedded mode has no review API). */
export interface LocalReviews {
  author: string;
  headSha: string;
  reviews: ReviewView[];
  /** each reviewer's permission on the registry: admin, maintain, write, triage, read */
  permissions: Record<string, string>;
}

export interface LocalPortOptions {
  /** the reports folder; the port writes under `<reportsDir>/github/` */
  reportsDir: string;
  /** reviews per pull-request number */
  reviews?: Record<number, LocalReviews>;
  /** the pull requests of commits (the embedded mode has no pull-request API): by commit sha */
  commitPullRequests?: Record<string, CommitPullRequest[]>;
  /**
   * The registry whose `(#local-N)` merge commits (`modelgate merge`) are the merged pull
   * requests of the commits not in `commitPullRequests`.
   */
  registry?: Registry;
  now?: () => Date;
}

interface LocalCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: "completed";
  conclusion: "success" | "failure";
  title: string;
  summary: string;
  detailsUrl: string | null;
  annotations: ReturnType<typeof annotationsOf>;
  completedAt: string;
}

interface LocalDeployment {
  id: number;
  sha: string;
  task: string;
  environment: string;
  model: string;
  productionEnvironment: boolean;
  payload: Record<string, unknown>;
  createdAt: string;
  statuses: Array<{ state: DeploymentState; logUrl: string | null; description: string | null; at: string }>;
}

interface LocalPullRequest {
  number: number;
  branch: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  state: "open" | "closed";
  targets: LockTarget[];
  autoMerge?: boolean;
}

/** Writes a file whole or not at all (a killed run leaves the previous version). */
async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp-${randomBytes(6).toString("hex")}`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

async function readJson<T>(path: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return fallback;
    throw error;
  }
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "_");

/**
 * The GitHub port of the embedded mode: the comment, the check run, the deployments and the
 * pull requests as files under `<reportsDir>/github/`, with the same idempotence as on GitHub
 * (one comment per pull request and registry, one check run per sha, one deployment per sha,
 * environment and model).
 */
export function createLocalPort(options: LocalPortOptions): GitHubPort {
  const dir = join(options.reportsDir, "github");
  const now = () => (options.now ? options.now() : new Date()).toISOString();
  const ensure = () => mkdir(dir, { recursive: true });
  const deploymentsFile = join(dir, "deployments.json");
  const pullsFile = join(dir, "pull-requests.json");

  async function upsertComment(input: CommentInput): Promise<CommentResult> {
    await ensure();
    const { text, truncated } = stickyBody(input.registry, input.body, input.summaryUrl ?? null, input.topic);
    const topic = input.topic ? `-${safe(input.topic)}` : "";
    const path = join(dir, `comment-pr-${input.pullNumber}-${safe(input.registry)}${topic}.md`);
    const before = await readFile(path, "utf8").catch(() => null);
    if (before !== text) await writeAtomic(path, text);
    return { id: input.pullNumber, url: path, created: before === null, truncated, removedDuplicates: [] };
  }

  async function upsertCheckRun(input: CheckRunInput): Promise<CheckRunResult> {
    await ensure();
    const path = join(dir, `check-run-${input.headSha}.json`);
    const before = await readJson<LocalCheckRun | null>(path, null);
    const annotations = annotationsOf(input.report, input.annotations);
    const run: LocalCheckRun = {
      id: before?.id ?? Number.parseInt(input.headSha.slice(0, 8), 16),
      name: CHECK_NAME,
      headSha: input.headSha,
      status: "completed",
      conclusion: input.report.blocked ? "failure" : "success",
      title: input.report.blocked
        ? `blocked: ${input.report.blocking.length} reason(s)`
        : "passed: the change may merge",
      summary: input.summary,
      detailsUrl: input.detailsUrl ?? null,
      annotations,
      completedAt: now(),
    };
    await writeAtomic(path, `${JSON.stringify(run, null, 2)}\n`);
    return {
      id: run.id,
      url: path,
      conclusion: run.conclusion,
      created: before === null,
      annotations: annotations.length,
      requests: 1,
      superseded: null,
    };
  }

  async function approvals(pullNumber: number, policy: ApprovalPolicy): Promise<ApprovalResult> {
    const local = options.reviews?.[pullNumber];
    if (!local) {
      return {
        pullNumber,
        headSha: "",
        author: "",
        required: policy.required,
        approvedBy: [],
        ignored: [],
        satisfied: policy.required === 0,
      };
    }
    const { candidates, ignored } = approvalCandidates(local.reviews, {
      author: local.author,
      headSha: local.headSha,
      allowStale: policy.allowStaleApprovals ?? false,
    });
    const approvedBy = [];
    for (const c of candidates) {
      const permission = local.permissions[c.login] ?? "none";
      if (["admin", "maintain", "write"].includes(permission)) approvedBy.push(c);
      else
        ignored.push({
          login: c.login,
          reason: "no-write-permission",
          detail: `${c.login} has ${permission} permission; approvals need write`,
        });
    }
    return {
      pullNumber,
      headSha: local.headSha,
      author: local.author,
      required: policy.required,
      approvedBy,
      ignored,
      satisfied: approvedBy.length >= policy.required,
    };
  }

  async function startDeployment(input: DeploymentInput): Promise<DeploymentRecord> {
    await ensure();
    const all = await readJson<LocalDeployment[]>(deploymentsFile, []);
    const { environment, model } = input.entry;
    const same = all.find(
      (d) =>
        d.sha === input.sha && d.environment === environment && d.model === model && d.task === DEPLOY_TASK,
    );
    if (same) {
      return { id: same.id, environment, model, created: false, state: same.statuses.at(-1)?.state ?? null };
    }
    const d: LocalDeployment = {
      id: all.reduce((m, x) => Math.max(m, x.id), 0) + 1,
      sha: input.sha,
      task: DEPLOY_TASK,
      environment,
      model,
      productionEnvironment: input.production,
      payload: deploymentPayload(input.entry),
      createdAt: now(),
      statuses: [],
    };
    await writeAtomic(deploymentsFile, `${JSON.stringify([...all, d], null, 2)}\n`);
    return { id: d.id, environment, model, created: true, state: null };
  }

  async function setDeploymentStatus(input: DeploymentStatusInput): Promise<void> {
    const all = await readJson<LocalDeployment[]>(deploymentsFile, []);
    const d = all.find((x) => x.id === input.id);
    if (!d) throw new Error(`no local deployment ${input.id} in ${deploymentsFile}`);
    d.statuses.push({
      state: input.state,
      logUrl: input.logUrl ?? null,
      description: input.description ?? null,
      at: now(),
    });
    await writeAtomic(deploymentsFile, `${JSON.stringify(all, null, 2)}\n`);
  }

  async function proposePullRequest(input: ProposeInput): Promise<ProposeResult> {
    await ensure();
    const { registry, change } = input;
    if (registry.remoteUrl) {
      const pushed = await pushBranch(registry, change.branch, { force: input.force ?? false });
      if (!pushed.ok) throw new Error(`the remote refused ${change.branch}: ${pushed.error}`);
    }
    const all = await readJson<LocalPullRequest[]>(pullsFile, []);
    const labels = proposalLabels(change);
    const targets = (change.files ?? []).map(lockTargetOf).filter((t): t is LockTarget => t !== null);
    const open = all.find((p) => p.branch === change.branch && p.state === "open");
    const pr: LocalPullRequest = open ?? {
      number: all.reduce((m, x) => Math.max(m, x.number), 0) + 1,
      branch: change.branch,
      base: input.base ?? registry.defaultBranch,
      title: change.title,
      body: change.body,
      labels,
      state: "open",
      targets,
    };
    Object.assign(pr, { title: change.title, body: change.body, labels, targets });
    await writeAtomic(pullsFile, `${JSON.stringify(open ? all : [...all, pr], null, 2)}\n`);
    return { number: pr.number, url: `${pullsFile}#${pr.number}`, branch: pr.branch, created: !open, labels };
  }

  async function pushToDefaultBranch(input: DirectPushInput): Promise<DirectPushResult> {
    return pushDirect(input.registry, input.commit);
  }

  async function enableAutoMerge(pullNumber: number): Promise<AutoMergeResult> {
    await ensure();
    const all = await readJson<LocalPullRequest[]>(pullsFile, []);
    const pr = all.find((p) => p.number === pullNumber);
    if (!pr) throw new Error(`no pull request #${pullNumber} in ${pullsFile}`);
    pr.autoMerge = true;
    await writeAtomic(pullsFile, `${JSON.stringify(all, null, 2)}\n`);
    return { pullNumber, enabled: true, mergeMethod: "MERGE" };
  }

  async function locks(targets: LockTarget[], opts: { exceptPullNumber?: number } = {}): Promise<Lock[]> {
    const wanted = new Set(targets.map((t) => `${t.environment}/${t.model}`));
    const out: Lock[] = [];
    for (const pr of await readJson<LocalPullRequest[]>(pullsFile, [])) {
      if (pr.state !== "open" || pr.number === opts.exceptPullNumber) continue;
      for (const t of pr.targets) {
        if (wanted.has(`${t.environment}/${t.model}`))
          out.push({ ...t, pullNumber: pr.number, url: `${pullsFile}#${pr.number}`, title: pr.title });
      }
    }
    return out;
  }

  // ---- deploy
  async function pullRequestsOfCommit(sha: string): Promise<CommitPullRequest[]> {
    const given = options.commitPullRequests?.[sha];
    if (given || !options.registry) return given ?? [];
    const { message } = await readCommit(options.registry, sha);
    const pr = parseMergeMessage(message).pr;
    if (pr === null) return [];
    const title = message.split("\n")[0] ?? "";
    const number = Number(pr.replace(/^local-/, ""));
    const base = options.registry.defaultBranch;
    return [{ number, url: `#${pr}`, title, state: "closed", merged: true, mergeCommitSha: sha, base }];
  }

  // ---- provenance: the embedded mode has no workflow runs to ask about
  const noRuns = async (): Promise<never> => {
    throw new UserError(
      "the embedded mode has no GitHub Actions API to prove which run made a file: provenance is verified by the check on GitHub (set evidence.verify: recompute or either to verify here)",
    );
  };

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
    workflowRun: noRuns,
    runArtifacts: noRuns,
    downloadArtifact: noRuns,
  };
}
