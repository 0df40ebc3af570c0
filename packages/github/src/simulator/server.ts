/**
 * A GitHub REST simulator on 127.0.0.1 for the endpoints modelgate's GitHub port uses, plus the
 * few a test needs to act as a user (submit a review, merge a pull request).
 *
 * Stateful and backed by real git: every repository is a bare repository served over smart HTTP
 * by `git http-backend` (packages/registry/src/git-server.ts); a pull request has
 * `refs/pull/N/head` and a real test merge at `refs/pull/N/merge`, and merging really merges.
 * In the tests every request and every response is checked against api.github.com's OpenAPI
 * description (`api`: test/simulator/openapi.ts): an unknown endpoint or an invalid body is
 * answered 404/422 and recorded in `violations`, which a test asserts empty. The demo runs it
 * on the committed slice of that description (./slice.ts), which routes alike and checks nothing. Faults (a secondary rate limit, a 502, a timeout) are injected
 * once each on the first request they match.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { type GitServer, start as startGitServer } from "@modelgate/registry/git-server";
import { zipSync } from "fflate";
import type { ApiContract, Operation } from "./contract.js";

const exec = promisify(execFile);
type Json = Record<string, unknown>;

/** The environment the simulator runs git in: the caller's PATH and HOME, no user or system config. */
export const gitEnv = (env: SimulatorOptions["env"]): Record<string, string> => ({
  PATH: env.PATH ?? "/usr/bin:/bin",
  HOME: env.HOME ?? "/",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "GitHub",
  GIT_AUTHOR_EMAIL: "noreply@github.com",
  GIT_COMMITTER_NAME: "GitHub",
  GIT_COMMITTER_EMAIL: "noreply@github.com",
});

export interface SimulatorOptions {
  /**
   * GitHub's API description: @octokit/openapi's, validating every request and answer (the
   * tests), or the slice of it the simulator answers with (sliceContract(), the demo)
   */
  api: ApiContract;
  /** where git is found (PATH) and its HOME */
  env: { PATH?: string | undefined; HOME?: string | undefined };
  /** a mark in every token the simulator hands out (the tests' credential mark, found in any output) */
  tokenMark?: string;
}

export type Permission = "admin" | "maintain" | "write" | "triage" | "read";

export interface SimUser {
  login: string;
  id: number;
  type: "User" | "Bot";
  token: string;
  /** a read-only token (a fork's pull request): writes are refused like GitHub refuses them */
  readOnly: boolean;
}

export interface Review {
  id: number;
  user: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";
  commitId: string;
  body: string;
  submittedAt: string;
}

export interface Pull {
  number: number;
  title: string;
  body: string | null;
  user: string;
  head: string;
  headSha: string;
  base: string;
  baseSha: string;
  state: "open" | "closed";
  merged: boolean;
  mergedBy: string | null;
  mergedAt: string | null;
  closedAt: string | null;
  mergeCommitSha: string | null;
  mergeable: boolean | null;
  labels: string[];
  reviews: Review[];
  /** auto-merge enabled (GraphQL enablePullRequestAutoMerge): who and how */
  autoMerge: { by: string; method: "MERGE" | "SQUASH" | "REBASE"; at: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface Comment {
  id: number;
  issue: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
  annotations: Json[];
  /** annotations per request, in order (create first) */
  requests: number[];
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  description: string | null;
  production: boolean;
  transient: boolean;
  creator: string;
  createdAt: string;
  statuses: Array<{
    id: number;
    state: string;
    logUrl: string;
    description: string;
    creator: string;
    at: string;
  }>;
}

/** A workflow run of a repository (the ML repository that made evidence), as a test sets it up. */
export interface SimRun {
  id: number;
  /** the workflow file, ".github/workflows/x.yml" */
  path: string;
  headBranch: string;
  headSha: string;
  event: string;
  /** a fork's pull request runs on another repository's code (default: this repository) */
  headRepository: string | null;
  /** each attempt's status and conclusion; attempt n is attempts[n - 1] */
  attempts: Array<{ status: string; conclusion: string | null }>;
  artifacts: SimArtifact[];
}

/** An artifact a run uploaded (actions/upload-artifact): a zip of its files. */
export interface SimArtifact {
  id: number;
  name: string;
  zip: Uint8Array;
  expired: boolean;
}

export interface SimRunInput {
  path: string;
  headSha: string;
  headBranch?: string;
  event?: string;
  headRepository?: string | null;
  /** the conclusion of the one attempt (default success; null: still in progress) */
  conclusion?: string | null;
}

export interface Repo {
  owner: string;
  name: string;
  full: string;
  id: number;
  gitdir: string;
  defaultBranch: string;
  pulls: Map<number, Pull>;
  comments: Comment[];
  checkRuns: CheckRun[];
  deployments: Deployment[];
  labels: Map<string, number>;
  permissions: Map<string, Permission>;
  nextNumber: number;
  /** the repository setting "Allow auto-merge" (GitHub's default: off) */
  allowAutoMerge: boolean;
  /** GitHub Actions workflow runs, by id */
  runs: Map<number, SimRun>;
}

/**
 * The operations the simulator answers (by operationId): the slice of the API description the
 * demo ships (./api-slice.json) holds their routes, checked against @octokit/openapi by a test.
 */
export const SIMULATED_OPERATIONS = [
  "repos/get",
  "issues/list-comments",
  "issues/create-comment",
  "issues/update-comment",
  "issues/delete-comment",
  "issues/add-labels",
  "checks/create",
  "checks/update",
  "checks/list-for-ref",
  "checks/list-annotations",
  "pulls/get",
  "pulls/list",
  "pulls/create",
  "pulls/update",
  "pulls/list-files",
  "pulls/list-reviews",
  "pulls/create-review",
  "pulls/merge",
  "repos/get-collaborator-permission-level",
  "repos/list-deployments",
  "repos/create-deployment",
  "repos/list-deployment-statuses",
  "repos/create-deployment-status",
  "repos/list-pull-requests-associated-with-commit",
  "actions/get-workflow-run-attempt",
  "actions/list-workflow-run-artifacts",
  "actions/download-artifact",
] as const;
export type SimulatedOperation = (typeof SIMULATED_OPERATIONS)[number];

/** The examples of the API description the simulator's answers are built from. */
export const TEMPLATE_EXAMPLES = [
  "check-annotation-items",
  "check-run-example-of-completed-conclusion",
  "deployment",
  "deployment-status",
  "diff-entry-items",
  "issue-comment",
  "pull-request",
  "pull-request-review",
  "pull-request-simple-items",
  "simple-user",
  "workflow-run",
  "artifact",
] as const;

export type FaultKind = "secondary-rate-limit" | "bad-gateway" | "timeout";

export interface Fault {
  kind: FaultKind;
  /** "METHOD /path" prefix the fault applies to, e.g. "GET /repos/acme/registry/issues" (default: any) */
  match?: string;
  /** secondary rate limit: the Retry-After seconds (default 1) */
  retryAfter?: number;
  /** timeout: how long the request hangs before the socket is closed (default 2000 ms) */
  holdMs?: number;
  /** timeout: the request is carried out first and only the answer is lost (default false) */
  applied?: boolean;
}

export interface Simulator {
  /** the REST API base, GitHub Enterprise Server style: http://127.0.0.1:PORT/api/v3 */
  apiUrl: string;
  /** the web base the html_url fields use */
  serverUrl: string;
  /** the git server; a repository clones from `${gitUrl}/owner/name.git` */
  gitUrl: string;
  /** every request: "METHOD /path?query status" */
  log: string[];
  /** requests or responses that did not match the OpenAPI description */
  violations: string[];
  /** faults injected and used: "kind METHOD /path" */
  faultsUsed: string[];
  /** pushes to default branches made by merges: what a push event reports */
  pushes: Array<{ repo: string; ref: string; before: string; after: string; pull: number }>;
  addUser(login: string, options?: { type?: "User" | "Bot"; readOnly?: boolean }): SimUser;
  /** a repository from an existing git directory (cloned bare); the owner has admin permission */
  createRepo(owner: string, name: string, source: string, defaultBranch?: string): Promise<Repo>;
  repo(full: string): Repo;
  setPermission(full: string, login: string, permission: Permission): void;
  cloneUrl(full: string): string;
  inject(fault: Fault): void;
  /**
   * Branch protection as the git server enforces it: a pre-receive hook refuses every push to
   * the branch (merges through the API still land, as with a rule that requires pull requests).
   */
  protectBranch(full: string, branch: string): void;
  /** a git command in a repository's bare directory */
  git(full: string, ...args: string[]): Promise<string>;
  /** a workflow run of a repository (completed unless its conclusion is null) */
  createRun(full: string, input: SimRunInput): SimRun;
  /** an artifact the run uploads (actions/upload-artifact): its files, zipped as GitHub does */
  uploadArtifact(
    full: string,
    runId: number,
    name: string,
    files: Record<string, Uint8Array | string>,
  ): SimArtifact;
  /** the environment the simulator runs git in (a test's own git calls may use it) */
  gitEnv: Record<string, string>;
  validator: ApiContract;
  close(): Promise<void>;
}

const stripUndefined = (o: Json): Json => JSON.parse(JSON.stringify(o)) as Json;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const DOCS = "https://docs.github.com/rest";
const SECONDARY =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.";

export async function startSimulator(rootDir: string, options: SimulatorOptions): Promise<Simulator> {
  const validator = options.api;
  const GIT_ENV = gitEnv(options.env);
  mkdirSync(rootDir, { recursive: true });
  const git: GitServer = await startGitServer(rootDir, { path: GIT_ENV.PATH });
  const users = new Map<string, SimUser>();
  const byToken = new Map<string, SimUser>();
  const repos = new Map<string, Repo>();
  const faults: Fault[] = [];
  const log: string[] = [];
  const violations: string[] = [];
  const faultsUsed: string[] = [];
  const pushes: Simulator["pushes"] = [];
  let nextId = 1000;
  // a clock that moves one second per event: orders reviews and comments deterministically
  let clock = Date.parse("2026-11-20T12:00:00Z");
  const now = () => {
    clock += 1000;
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  };
  const holds = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    // ---- deploy: git over the web URL (<server>/<owner>/<name>.git), as on GitHub
    if (/^\/[^/]+\/[^/]+\.git\//.test(req.url ?? "")) return proxyGit(req, res);
    // ---- provenance: an artifact's short-lived download URL (where GitHub's redirect points)
    if ((req.url ?? "").startsWith("/_artifacts/")) return serveArtifact(req, res);
    handle(req, res).catch((error: Error) => {
      violations.push(`simulator failure on ${req.method} ${req.url}: ${error.stack ?? error.message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const apiUrl = `${base}/api/v3`;
  const serverUrl = base;

  /**
   * git at the web URL, passed to the git server; a push needs the token of a user who may
   * write to the repository (HTTP basic, any user name, as GitHub takes `x-access-token:<token>`).
   */
  function proxyGit(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", base);
    const [, owner, name] = /^\/([^/]+)\/([^/]+)\.git\//.exec(url.pathname) ?? [];
    const r = repos.get(`${owner}/${name}`);
    if (!r) {
      res.writeHead(404).end("Repository not found.\n");
      return;
    }
    if (
      url.searchParams.get("service") === "git-receive-pack" ||
      url.pathname.endsWith("/git-receive-pack")
    ) {
      const basic = /^basic\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
      const token = basic ? Buffer.from(basic, "base64").toString("utf8").split(":").slice(1).join(":") : "";
      const user = byToken.get(token);
      const perm = user ? r.permissions.get(user.login) : undefined;
      if (!user || user.readOnly || !perm || perm === "read" || perm === "triage") {
        log.push(`${req.method} ${url.pathname}${url.search} 403`);
        res.writeHead(user ? 403 : 401, user ? {} : { "www-authenticate": 'Basic realm="GitHub"' });
        res.end(
          user ? `Permission to ${r.full}.git denied to ${user.login}.\n` : "Invalid username or token.\n",
        );
        return;
      }
    }
    const upstream = new URL(`${url.pathname}${url.search}`, git.url);
    const headers = { ...req.headers, host: upstream.host };
    const forward = httpRequest(upstream, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on("error", () => {
      if (!res.headersSent) res.writeHead(502).end();
    });
    req.pipe(forward);
  }

  /** artifact id → its zip and the signature its download URL carries */
  const downloads = new Map<number, { zip: Uint8Array; sig: string }>();

  /** A download URL needs no token, as GitHub's signed blob URLs; a wrong signature is refused. */
  function serveArtifact(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", base);
    const d = downloads.get(Number(url.pathname.slice("/_artifacts/".length)));
    if (req.method !== "GET" || !d || url.searchParams.get("sig") !== d.sig) {
      log.push(`${req.method} ${url.pathname} 403`);
      res.writeHead(403).end("AuthenticationFailed");
      return;
    }
    log.push(`${req.method} ${url.pathname} 200`);
    res.writeHead(200, { "content-type": "application/zip", "content-length": String(d.zip.length) });
    res.end(Buffer.from(d.zip));
  }

  const runGit = async (gitdir: string, ...args: string[]) =>
    (await exec("git", ["--git-dir", gitdir, ...args], { env: GIT_ENV, maxBuffer: 64 << 20 })).stdout.trim();

  const tokenMark = options.tokenMark ?? "";
  function addUser(login: string, options: { type?: "User" | "Bot"; readOnly?: boolean } = {}): SimUser {
    const user: SimUser = {
      login,
      id: nextId++,
      type: options.type ?? (login.endsWith("[bot]") ? "Bot" : "User"),
      // every simulated token carries the caller's mark (the tests check captured output for it)
      token: `ghs_${tokenMark}${login.replace(/[^A-Za-z0-9]/g, "")}${nextId}`,
      readOnly: options.readOnly ?? false,
    };
    users.set(login, user);
    byToken.set(user.token, user);
    return user;
  }

  async function createRepo(
    owner: string,
    name: string,
    source: string,
    defaultBranch = "main",
  ): Promise<Repo> {
    const full = `${owner}/${name}`;
    const gitdir = join(rootDir, owner, `${name}.git`);
    mkdirSync(join(rootDir, owner), { recursive: true });
    await exec("git", ["clone", "-q", "--bare", source, gitdir], { env: GIT_ENV });
    await runGit(gitdir, "symbolic-ref", "HEAD", `refs/heads/${defaultBranch}`);
    if (!users.has(owner)) addUser(owner);
    const repo: Repo = {
      owner,
      name,
      full,
      id: nextId++,
      gitdir,
      defaultBranch,
      pulls: new Map(),
      comments: [],
      checkRuns: [],
      deployments: [],
      labels: new Map(),
      permissions: new Map([[owner, "admin"]]),
      nextNumber: 1,
      allowAutoMerge: false,
      runs: new Map(),
    };
    repos.set(full, repo);
    return repo;
  }

  function repoOf(full: string): Repo {
    const r = repos.get(full);
    if (!r) throw new HttpError(404, "Not Found");
    return r;
  }

  // ---- answers built from the OpenAPI description's own examples, rewritten to this simulator

  function rewrite<T>(value: T, full: string): T {
    const text = JSON.stringify(value)
      .replace(/https:\/\/api\.github\.com/g, apiUrl)
      .replace(/https:\/\/github\.com/g, serverUrl)
      .replace(/octocat\/Hello-World|octocat\/example|github\/hello-world/g, full);
    return JSON.parse(text) as T;
  }

  function userJson(login: string): Json {
    const u = users.get(login) ?? addUser(login);
    const t = validator.example<Json>("simple-user");
    const out: Json = {};
    // a bot's login has brackets: URLs carry it encoded, as GitHub's do
    for (const [k, v] of Object.entries(t))
      out[k] = typeof v === "string" ? v.replace(/octocat/g, encodeURIComponent(login)) : v;
    return {
      ...out,
      login,
      id: u.id,
      node_id: `U_${u.id}`,
      type: u.type,
      site_admin: false,
      gravatar_id: "",
    };
  }

  function repoJson(r: Repo): Json {
    const t = validator.example<Json>("pull-request") as { base: { repo: Json } };
    const repo = rewrite(t.base.repo, r.full);
    return {
      ...repo,
      id: r.id,
      node_id: `R_${r.id}`,
      name: r.name,
      full_name: r.full,
      owner: userJson(r.owner),
      private: false,
      html_url: `${serverUrl}/${r.full}`,
      url: `${apiUrl}/repos/${r.full}`,
      clone_url: `${git.url}/${r.full}.git`,
      git_url: `${git.url}/${r.full}.git`,
      default_branch: r.defaultBranch,
      description: null,
      homepage: null,
      mirror_url: null,
      license: null,
      language: null,
    };
  }

  async function refresh(r: Repo, p: Pull): Promise<void> {
    if (p.state !== "open") return;
    const head = await runGit(r.gitdir, "rev-parse", `refs/heads/${p.head}`).catch(() => p.headSha);
    const baseSha = await runGit(r.gitdir, "rev-parse", `refs/heads/${p.base}`);
    if (head === p.headSha && baseSha === p.baseSha && p.mergeCommitSha) return;
    p.headSha = head;
    p.baseSha = baseSha;
    await runGit(r.gitdir, "update-ref", `refs/pull/${p.number}/head`, head);
    // the test merge GitHub keeps at refs/pull/N/merge: a real merge of head into base
    try {
      const tree = (await runGit(r.gitdir, "merge-tree", "--write-tree", baseSha, head)).split("\n")[0]!;
      const commit = await runGit(
        r.gitdir,
        "commit-tree",
        tree,
        "-p",
        baseSha,
        "-p",
        head,
        "-m",
        `Merge ${head} into ${baseSha}`,
      );
      await runGit(r.gitdir, "update-ref", `refs/pull/${p.number}/merge`, commit);
      p.mergeCommitSha = commit;
      p.mergeable = true;
    } catch {
      await runGit(r.gitdir, "update-ref", "-d", `refs/pull/${p.number}/merge`).catch(() => "");
      p.mergeCommitSha = null;
      p.mergeable = false;
    }
  }

  function pullJson(r: Repo, p: Pull, simple = false): Json {
    const t = rewrite(validator.example<Json>("pull-request"), r.full);
    const html = `${serverUrl}/${r.full}/pull/${p.number}`;
    const api = `${apiUrl}/repos/${r.full}`;
    const repo = repoJson(r);
    const side = (ref: string, sha: string) => ({
      label: `${r.owner}:${ref}`,
      ref,
      sha,
      repo,
      user: userJson(r.owner),
    });
    const out: Json = {
      ...t,
      url: `${api}/pulls/${p.number}`,
      id: r.id * 10_000 + p.number,
      node_id: `PR_${r.id}_${p.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${p.number}`,
      commits_url: `${api}/pulls/${p.number}/commits`,
      review_comments_url: `${api}/pulls/${p.number}/comments`,
      comments_url: `${api}/issues/${p.number}/comments`,
      statuses_url: `${api}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: userJson(p.user),
      body: p.body,
      labels: p.labels.map((name) => labelJson(r, name)),
      milestone: null,
      active_lock_reason: null,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.closedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(p.head, p.headSha),
      base: side(p.base, p.baseSha),
      _links: {
        self: { href: `${api}/pulls/${p.number}` },
        html: { href: html },
        issue: { href: `${api}/issues/${p.number}` },
        comments: { href: `${api}/issues/${p.number}/comments` },
        review_comments: { href: `${api}/pulls/${p.number}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${p.number}/commits` },
        statuses: { href: `${api}/statuses/${p.headSha}` },
      },
      author_association: r.permissions.has(p.user) ? "COLLABORATOR" : "CONTRIBUTOR",
      auto_merge: p.autoMerge
        ? {
            enabled_by: userJson(p.autoMerge.by),
            merge_method: p.autoMerge.method.toLowerCase(),
            commit_title: p.title,
            commit_message: p.body ?? "",
          }
        : null,
      draft: false,
    };
    if (simple) {
      const keys = Object.keys(validator.example<Json[]>("pull-request-simple-items")[0]!);
      return Object.fromEntries(keys.filter((k) => k in out).map((k) => [k, out[k]]));
    }
    return {
      ...out,
      merged: p.merged,
      mergeable: p.mergeable,
      rebaseable: p.mergeable,
      mergeable_state: p.state === "closed" ? "unknown" : p.mergeable ? "clean" : "dirty",
      merged_by: p.mergedBy ? userJson(p.mergedBy) : null,
      comments: r.comments.filter((c) => c.issue === p.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    };
  }

  function labelJson(r: Repo, name: string): Json {
    let id = r.labels.get(name);
    if (id === undefined) {
      id = nextId++;
      r.labels.set(name, id);
    }
    return {
      id,
      node_id: `LA_${id}`,
      url: `${apiUrl}/repos/${r.full}/labels/${encodeURIComponent(name)}`,
      name,
      description: "",
      color: "ededed",
      default: false,
    };
  }

  function commentJson(r: Repo, c: Comment): Json {
    const t = rewrite(validator.example<Json>("issue-comment"), r.full);
    return {
      ...t,
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${apiUrl}/repos/${r.full}/issues/comments/${c.id}`,
      html_url: `${serverUrl}/${r.full}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${apiUrl}/repos/${r.full}/issues/${c.issue}`,
      body: c.body,
      user: userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: r.permissions.has(c.user) ? "COLLABORATOR" : "NONE",
    };
  }

  function checkRunJson(r: Repo, c: CheckRun): Json {
    const t = rewrite(validator.example<Json>("check-run-example-of-completed-conclusion"), r.full);
    return {
      ...t,
      id: c.id,
      node_id: `CR_${c.id}`,
      head_sha: c.headSha,
      external_id: "",
      url: `${apiUrl}/repos/${r.full}/check-runs/${c.id}`,
      html_url: `${serverUrl}/${r.full}/runs/${c.id}`,
      details_url: c.detailsUrl,
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.startedAt,
      completed_at: c.completedAt,
      name: c.name,
      output: {
        title: c.title,
        summary: c.summary,
        text: null,
        annotations_count: c.annotations.length,
        annotations_url: `${apiUrl}/repos/${r.full}/check-runs/${c.id}/annotations`,
      },
      pull_requests: [],
    };
  }

  function deploymentJson(r: Repo, d: Deployment): Json {
    const t = rewrite(validator.example<Json>("deployment"), r.full);
    return {
      ...t,
      url: `${apiUrl}/repos/${r.full}/deployments/${d.id}`,
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: userJson(d.creator),
      created_at: d.createdAt,
      updated_at: d.createdAt,
      statuses_url: `${apiUrl}/repos/${r.full}/deployments/${d.id}/statuses`,
      repository_url: `${apiUrl}/repos/${r.full}`,
      transient_environment: d.transient,
      production_environment: d.production,
    };
  }

  function deploymentStatusJson(r: Repo, d: Deployment, s: Deployment["statuses"][number]): Json {
    const t = rewrite(validator.example<Json>("deployment-status"), r.full);
    return stripUndefined({
      ...t,
      url: `${apiUrl}/repos/${r.full}/deployments/${d.id}/statuses/${s.id}`,
      id: s.id,
      node_id: `DES_${s.id}`,
      state: s.state,
      creator: userJson(s.creator),
      description: s.description,
      environment: d.environment,
      target_url: s.logUrl,
      log_url: s.logUrl,
      environment_url: undefined,
      created_at: s.at,
      updated_at: s.at,
      deployment_url: `${apiUrl}/repos/${r.full}/deployments/${d.id}`,
      repository_url: `${apiUrl}/repos/${r.full}`,
    });
  }

  function reviewJson(r: Repo, p: Pull, v: Review): Json {
    const t = rewrite(validator.example<Json>("pull-request-review"), r.full);
    return {
      ...t,
      id: v.id,
      node_id: `PRR_${v.id}`,
      user: userJson(v.user),
      body: v.body,
      state: v.state,
      html_url: `${serverUrl}/${r.full}/pull/${p.number}#pullrequestreview-${v.id}`,
      pull_request_url: `${apiUrl}/repos/${r.full}/pulls/${p.number}`,
      _links: {
        html: { href: `${serverUrl}/${r.full}/pull/${p.number}#pullrequestreview-${v.id}` },
        pull_request: { href: `${apiUrl}/repos/${r.full}/pulls/${p.number}` },
      },
      submitted_at: v.submittedAt,
      commit_id: v.commitId,
      author_association: r.permissions.has(v.user) ? "COLLABORATOR" : "CONTRIBUTOR",
    };
  }

  // ---- provenance: workflow runs and their artifacts

  function workflowRunJson(r: Repo, run: SimRun, attempt: number): Json {
    const t = rewrite(validator.example<Json>("workflow-run"), r.full);
    const api = `${apiUrl}/repos/${r.full}/actions/runs/${run.id}`;
    const repo = {
      ...(t.repository as Json),
      id: r.id,
      name: r.name,
      full_name: r.full,
      owner: userJson(r.owner),
    };
    const headRepo = run.headRepository ?? r.full;
    const [headOwner, headName] = headRepo.split("/") as [string, string];
    const state = run.attempts[attempt - 1]!;
    return {
      ...t,
      id: run.id,
      node_id: `WFR_${run.id}`,
      name: run.path.split("/").pop(),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.path,
      run_number: run.id,
      run_attempt: attempt,
      referenced_workflows: [],
      event: run.event,
      status: state.status,
      conclusion: state.conclusion,
      url: api,
      html_url: `${serverUrl}/${r.full}/actions/runs/${run.id}`,
      pull_requests: [],
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      previous_attempt_url: attempt > 1 ? `${api}/attempts/${attempt - 1}` : null,
      head_commit: { ...(t.head_commit as Json), id: run.headSha },
      repository: repo,
      head_repository:
        headRepo === r.full
          ? repo
          : { ...repo, id: r.id + 1, name: headName, full_name: headRepo, owner: userJson(headOwner) },
      head_repository_id: headRepo === r.full ? r.id : r.id + 1,
    };
  }

  function artifactJson(r: Repo, run: SimRun, a: SimArtifact): Json {
    const t = rewrite(validator.example<Json>("artifact"), r.full);
    const url = `${apiUrl}/repos/${r.full}/actions/artifacts/${a.id}`;
    return {
      ...t,
      id: a.id,
      node_id: `A_${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url,
      archive_download_url: `${url}/zip`,
      expired: a.expired,
      digest: `sha256:${createHash("sha256").update(a.zip).digest("hex")}`,
      workflow_run: {
        id: run.id,
        repository_id: r.id,
        head_repository_id: r.id,
        head_branch: run.headBranch,
        head_sha: run.headSha,
      },
    };
  }

  function createRun(full: string, input: SimRunInput): SimRun {
    const r = repoOf(full);
    const conclusion = input.conclusion === undefined ? "success" : input.conclusion;
    const run: SimRun = {
      id: nextId++,
      path: input.path,
      headBranch: input.headBranch ?? r.defaultBranch,
      headSha: input.headSha,
      event: input.event ?? "push",
      headRepository: input.headRepository ?? null,
      attempts: [{ status: conclusion === null ? "in_progress" : "completed", conclusion }],
      artifacts: [],
    };
    r.runs.set(run.id, run);
    return run;
  }

  function uploadArtifact(
    full: string,
    runId: number,
    name: string,
    files: Record<string, Uint8Array | string>,
  ): SimArtifact {
    const run = runOf(repoOf(full), String(runId));
    const zip = zipSync(
      Object.fromEntries(
        Object.entries(files).map(([f, b]) => [f, typeof b === "string" ? new TextEncoder().encode(b) : b]),
      ),
    );
    const a: SimArtifact = { id: nextId++, name, zip, expired: false };
    run.artifacts.push(a);
    return a;
  }

  function runOf(r: Repo, id: string | undefined): SimRun {
    const run = r.runs.get(Number(id));
    if (!run) throw new HttpError(404, "Not Found");
    return run;
  }

  // ---- request handling

  function page<T>(items: T[], query: URLSearchParams, url: URL, res: ServerResponse): T[] {
    const perPage = Math.min(Number(query.get("per_page") ?? 30), 100);
    const n = Number(query.get("page") ?? 1);
    const out = items.slice((n - 1) * perPage, n * perPage);
    if (n * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set("page", String(n + 1));
      res.setHeader("link", `<${next.toString()}>; rel="next"`);
    }
    return out;
  }

  function pullOf(r: Repo, n: string | undefined): Pull {
    const p = r.pulls.get(Number(n));
    if (!p) throw new HttpError(404, "Not Found");
    return p;
  }

  function requireWrite(r: Repo, user: SimUser): void {
    const perm = r.permissions.get(user.login);
    if (user.readOnly || !perm || perm === "read" || perm === "triage") {
      throw new HttpError(403, "Resource not accessible by integration");
    }
  }

  type Handler = (ctx: {
    op: Operation;
    repo: Repo;
    user: SimUser;
    query: URLSearchParams;
    body: Json;
    url: URL;
    res: ServerResponse;
  }) => Promise<[number, unknown] | [number, unknown, Record<string, string>]>;

  const handlers: Record<SimulatedOperation, Handler> = {
    "repos/get": async ({ repo }) => [200, { ...repoJson(repo) }],
    "issues/list-comments": async ({ repo, op, query, url, res }) => {
      pullOf(repo, op.params.issue_number);
      const list = repo.comments.filter((c) => c.issue === Number(op.params.issue_number));
      return [200, page(list, query, url, res).map((c) => commentJson(repo, c))];
    },
    "issues/create-comment": async ({ repo, op, user, body }) => {
      const p = pullOf(repo, op.params.issue_number);
      requireWrite(repo, user);
      const text = String(body.body);
      if (text.length > 65_536) throw new HttpError(422, "Body is too long (maximum is 65536 characters)");
      const at = now();
      const c: Comment = {
        id: nextId++,
        issue: p.number,
        user: user.login,
        body: text,
        createdAt: at,
        updatedAt: at,
      };
      repo.comments.push(c);
      return [201, commentJson(repo, c)];
    },
    "issues/update-comment": async ({ repo, op, user, body }) => {
      const c = repo.comments.find((x) => x.id === Number(op.params.comment_id));
      if (!c) throw new HttpError(404, "Not Found");
      requireWrite(repo, user);
      const text = String(body.body);
      if (text.length > 65_536) throw new HttpError(422, "Body is too long (maximum is 65536 characters)");
      c.body = text;
      c.updatedAt = now();
      return [200, commentJson(repo, c)];
    },
    "issues/delete-comment": async ({ repo, op, user }) => {
      const i = repo.comments.findIndex((x) => x.id === Number(op.params.comment_id));
      if (i < 0) throw new HttpError(404, "Not Found");
      requireWrite(repo, user);
      repo.comments.splice(i, 1);
      return [204, undefined];
    },
    "issues/add-labels": async ({ repo, op, user, body }) => {
      const p = pullOf(repo, op.params.issue_number);
      requireWrite(repo, user);
      for (const l of (body.labels as string[]) ?? []) if (!p.labels.includes(l)) p.labels.push(l);
      return [200, p.labels.map((l) => labelJson(repo, l))];
    },
    "checks/create": async ({ repo, user, body }) => {
      requireWrite(repo, user);
      await exists(repo, String(body.head_sha));
      const output = (body.output as Json | undefined) ?? {};
      const annotations = (output.annotations as Json[] | undefined) ?? [];
      if (annotations.length > 50) throw new HttpError(422, "Only 50 annotations are allowed per request");
      const c: CheckRun = {
        id: nextId++,
        name: String(body.name),
        headSha: String(body.head_sha),
        status: String(body.status ?? "queued"),
        conclusion: (body.conclusion as string | undefined) ?? null,
        title: (output.title as string | undefined) ?? null,
        summary: (output.summary as string | undefined) ?? null,
        detailsUrl: (body.details_url as string | undefined) ?? null,
        startedAt: now(),
        completedAt: body.conclusion ? now() : null,
        annotations: [...annotations],
        requests: [annotations.length],
      };
      repo.checkRuns.push(c);
      return [201, checkRunJson(repo, c)];
    },
    "checks/update": async ({ repo, op, user, body }) => {
      const c = repo.checkRuns.find((x) => x.id === Number(op.params.check_run_id));
      if (!c) throw new HttpError(404, "Not Found");
      requireWrite(repo, user);
      const output = body.output as Json | undefined;
      const annotations = (output?.annotations as Json[] | undefined) ?? [];
      if (annotations.length > 50) throw new HttpError(422, "Only 50 annotations are allowed per request");
      if (body.status) c.status = String(body.status);
      if (body.conclusion) {
        c.conclusion = String(body.conclusion);
        c.status = "completed";
        c.completedAt = now();
      }
      if (body.details_url) c.detailsUrl = String(body.details_url);
      if (output) {
        c.title = String(output.title ?? c.title);
        c.summary = String(output.summary ?? c.summary);
      }
      // GitHub appends: annotations are never replaced
      c.annotations.push(...annotations);
      c.requests.push(annotations.length);
      return [200, checkRunJson(repo, c)];
    },
    "checks/list-for-ref": async ({ repo, op, query }) => {
      const ref = op.params.ref!;
      const sha = /^[0-9a-f]{40}$/.test(ref)
        ? ref
        : await runGit(repo.gitdir, "rev-parse", ref).catch(() => "");
      let runs = repo.checkRuns.filter((c) => c.headSha === sha);
      const name = query.get("check_name");
      if (name) runs = runs.filter((c) => c.name === name);
      if ((query.get("filter") ?? "latest") === "latest") {
        const latest = new Map<string, CheckRun>();
        for (const c of runs) latest.set(c.name, c);
        runs = [...latest.values()];
      }
      return [200, { total_count: runs.length, check_runs: runs.map((c) => checkRunJson(repo, c)) }];
    },
    "checks/list-annotations": async ({ repo, op, query, url, res }) => {
      const c = repo.checkRuns.find((x) => x.id === Number(op.params.check_run_id));
      if (!c) throw new HttpError(404, "Not Found");
      const t = rewrite(validator.example<Json[]>("check-annotation-items")[0]!, repo.full);
      return [
        200,
        page(c.annotations, query, url, res).map((a) => ({
          ...t,
          path: a.path,
          start_line: a.start_line,
          end_line: a.end_line,
          start_column: a.start_column ?? null,
          end_column: a.end_column ?? null,
          annotation_level: a.annotation_level,
          title: a.title ?? null,
          message: a.message,
          raw_details: a.raw_details ?? null,
          blob_href: `${serverUrl}/${repo.full}/blob/${c.headSha}/${a.path}`,
        })),
      ];
    },
    "pulls/get": async ({ repo, op }) => {
      const p = pullOf(repo, op.params.pull_number);
      await refresh(repo, p);
      return [200, pullJson(repo, p)];
    },
    "pulls/list": async ({ repo, query, url, res }) => {
      const state = query.get("state") ?? "open";
      const head = query.get("head");
      let list = [...repo.pulls.values()].filter((p) => state === "all" || p.state === state);
      if (head) list = list.filter((p) => `${repo.owner}:${p.head}` === head);
      for (const p of list) await refresh(repo, p);
      return [200, page(list, query, url, res).map((p) => pullJson(repo, p, true))];
    },
    "pulls/create": async ({ repo, user, body }) => {
      requireWrite(repo, user);
      const head = String(body.head).replace(/^[^:]+:/, "");
      const baseRef = String(body.base);
      const headSha = await runGit(repo.gitdir, "rev-parse", `refs/heads/${head}`).catch(() => null);
      if (!headSha) throw new HttpError(422, "Validation Failed", {});
      for (const p of repo.pulls.values()) {
        if (p.state === "open" && p.head === head) {
          throw new HttpError(422, `A pull request already exists for ${repo.owner}:${head}.`);
        }
      }
      const at = now();
      const p: Pull = {
        number: repo.nextNumber++,
        title: String(body.title),
        body: (body.body as string | undefined) ?? null,
        user: user.login,
        head,
        headSha: "",
        base: baseRef,
        baseSha: "",
        state: "open",
        merged: false,
        mergedBy: null,
        mergedAt: null,
        closedAt: null,
        mergeCommitSha: null,
        mergeable: null,
        labels: [],
        reviews: [],
        autoMerge: null,
        createdAt: at,
        updatedAt: at,
      };
      repo.pulls.set(p.number, p);
      await refresh(repo, p);
      return [201, pullJson(repo, p)];
    },
    "pulls/update": async ({ repo, op, user, body }) => {
      const p = pullOf(repo, op.params.pull_number);
      requireWrite(repo, user);
      if (typeof body.title === "string") p.title = body.title;
      if (typeof body.body === "string") p.body = body.body;
      if (body.state === "closed" && p.state === "open") {
        p.state = "closed";
        p.closedAt = now();
      }
      p.updatedAt = now();
      await refresh(repo, p);
      return [200, pullJson(repo, p)];
    },
    "pulls/list-files": async ({ repo, op, query, url, res }) => {
      const p = pullOf(repo, op.params.pull_number);
      await refresh(repo, p);
      const out = await runGit(
        repo.gitdir,
        "diff",
        "--name-status",
        "--no-renames",
        `${p.baseSha}...${p.headSha}`,
      );
      const t = rewrite(validator.example<Json[]>("diff-entry-items")[0]!, repo.full);
      const status: Record<string, string> = { A: "added", M: "modified", D: "removed", T: "changed" };
      const files = out
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [s, filename] = line.split("\t") as [string, string];
          return {
            ...t,
            sha: p.headSha,
            filename,
            status: status[s[0]!] ?? "modified",
            additions: 0,
            deletions: 0,
            changes: 0,
            blob_url: `${serverUrl}/${repo.full}/blob/${p.headSha}/${filename}`,
            raw_url: `${serverUrl}/${repo.full}/raw/${p.headSha}/${filename}`,
            contents_url: `${apiUrl}/repos/${repo.full}/contents/${filename}?ref=${p.headSha}`,
            patch: undefined,
            previous_filename: undefined,
          };
        })
        .map((f) => JSON.parse(JSON.stringify(f)) as Json);
      return [200, page(files, query, url, res)];
    },
    "pulls/list-reviews": async ({ repo, op, query, url, res }) => {
      const p = pullOf(repo, op.params.pull_number);
      return [200, page(p.reviews, query, url, res).map((v) => reviewJson(repo, p, v))];
    },
    "pulls/create-review": async ({ repo, op, user, body }) => {
      const p = pullOf(repo, op.params.pull_number);
      await refresh(repo, p);
      const event = String(body.event ?? "COMMENT");
      const states = {
        APPROVE: "APPROVED",
        REQUEST_CHANGES: "CHANGES_REQUESTED",
        COMMENT: "COMMENTED",
      } as const;
      const state = states[event as keyof typeof states] as Review["state"] | undefined;
      if (!state) throw new HttpError(422, `Unprocessable Entity: event ${event}`);
      if (user.login === p.user && state !== "COMMENTED") {
        throw new HttpError(422, "Unprocessable Entity: Can not approve your own pull request");
      }
      const v: Review = {
        id: nextId++,
        user: user.login,
        state,
        commitId: (body.commit_id as string | undefined) ?? p.headSha,
        body: String(body.body ?? ""),
        submittedAt: now(),
      };
      p.reviews.push(v);
      return [200, reviewJson(repo, p, v)];
    },
    "pulls/merge": async ({ repo, op, user }) => {
      const p = pullOf(repo, op.params.pull_number);
      requireWrite(repo, user);
      await refresh(repo, p);
      if (p.state !== "open" || !p.mergeable || !p.mergeCommitSha) {
        throw new HttpError(405, "Pull Request is not mergeable");
      }
      const tree = await runGit(repo.gitdir, "rev-parse", `${p.mergeCommitSha}^{tree}`);
      const commit = await runGit(
        repo.gitdir,
        "commit-tree",
        tree,
        "-p",
        p.baseSha,
        "-p",
        p.headSha,
        "-m",
        `Merge pull request #${p.number} from ${repo.owner}/${p.head}\n\n${p.title}`,
      );
      // compare-and-swap: a base that moved since the test merge is refused, as GitHub does
      try {
        await runGit(repo.gitdir, "update-ref", `refs/heads/${p.base}`, commit, p.baseSha);
      } catch {
        throw new HttpError(409, "Base branch was modified. Review and try the merge again.");
      }
      const at = now();
      Object.assign(p, {
        state: "closed",
        merged: true,
        mergedBy: user.login,
        mergedAt: at,
        closedAt: at,
        mergeCommitSha: commit,
        updatedAt: at,
      });
      pushes.push({
        repo: repo.full,
        ref: `refs/heads/${p.base}`,
        before: p.baseSha,
        after: commit,
        pull: p.number,
      });
      return [200, { sha: commit, merged: true, message: "Pull Request successfully merged" }];
    },
    "repos/get-collaborator-permission-level": async ({ repo, op }) => {
      const login = op.params.username!;
      const perm = repo.permissions.get(login);
      if (!users.has(login)) throw new HttpError(404, "Not Found");
      const legacy = perm === "maintain" ? "write" : perm === "triage" ? "read" : (perm ?? "none");
      return [
        200,
        {
          permission: legacy,
          role_name: perm ?? "none",
          user: {
            ...userJson(login),
            role_name: perm ?? "none",
            permissions: {
              pull: perm !== undefined,
              triage: perm !== undefined && perm !== "read",
              push: legacy === "write" || legacy === "admin",
              maintain: perm === "maintain" || perm === "admin",
              admin: perm === "admin",
            },
          },
        },
      ];
    },
    "repos/list-deployments": async ({ repo, query, url, res }) => {
      let list = [...repo.deployments].reverse();
      for (const f of ["sha", "ref", "task", "environment"] as const) {
        const v = query.get(f);
        if (v !== null) list = list.filter((d) => d[f] === v);
      }
      return [200, page(list, query, url, res).map((d) => deploymentJson(repo, d))];
    },
    "repos/create-deployment": async ({ repo, user, body }) => {
      requireWrite(repo, user);
      const ref = String(body.ref);
      const sha = await runGit(repo.gitdir, "rev-parse", "--verify", `${ref}^{commit}`).catch(() => null);
      if (!sha) throw new HttpError(422, `No ref found for: ${ref}`);
      const d: Deployment = {
        id: nextId++,
        sha,
        ref,
        task: String(body.task ?? "deploy"),
        environment: String(body.environment ?? "production"),
        payload: body.payload ?? {},
        description: (body.description as string | undefined) ?? null,
        production: Boolean(body.production_environment ?? body.environment === "production"),
        transient: Boolean(body.transient_environment ?? false),
        creator: user.login,
        createdAt: now(),
        statuses: [],
      };
      repo.deployments.push(d);
      return [201, deploymentJson(repo, d)];
    },
    "repos/list-deployment-statuses": async ({ repo, op, query, url, res }) => {
      const d = repo.deployments.find((x) => x.id === Number(op.params.deployment_id));
      if (!d) throw new HttpError(404, "Not Found");
      return [
        200,
        page([...d.statuses].reverse(), query, url, res).map((s) => deploymentStatusJson(repo, d, s)),
      ];
    },
    "repos/create-deployment-status": async ({ repo, op, user, body }) => {
      const d = repo.deployments.find((x) => x.id === Number(op.params.deployment_id));
      if (!d) throw new HttpError(404, "Not Found");
      requireWrite(repo, user);
      const s = {
        id: nextId++,
        state: String(body.state),
        logUrl: String(body.log_url ?? body.target_url ?? ""),
        description: String(body.description ?? ""),
        creator: user.login,
        at: now(),
      };
      d.statuses.push(s);
      return [201, deploymentStatusJson(repo, d, s)];
    },

    // ---- deploy: the pull requests of a commit (the merged one, for a merge commit)
    "actions/get-workflow-run-attempt": async ({ repo, op }) => {
      const run = runOf(repo, op.params.run_id);
      const attempt = Number(op.params.attempt_number);
      if (!(attempt >= 1 && attempt <= run.attempts.length)) throw new HttpError(404, "Not Found");
      return [200, workflowRunJson(repo, run, attempt)];
    },
    "actions/list-workflow-run-artifacts": async ({ repo, op, query, url, res }) => {
      const run = runOf(repo, op.params.run_id);
      const name = query.get("name");
      const list = run.artifacts.filter((a) => name === null || a.name === name);
      const shown = page(list, query, url, res).map((a) => artifactJson(repo, run, a));
      return [200, { total_count: list.length, artifacts: shown }];
    },
    "actions/download-artifact": async ({ repo, op }) => {
      const id = Number(op.params.artifact_id);
      const a = [...repo.runs.values()].flatMap((r) => r.artifacts).find((x) => x.id === id);
      if (!a || op.params.archive_format !== "zip") throw new HttpError(404, "Not Found");
      if (a.expired) throw new HttpError(410, "Artifact has expired");
      const sig = `s${nextId++}`;
      downloads.set(a.id, { zip: a.zip, sig });
      return [302, undefined, { location: `${base}/_artifacts/${a.id}?sig=${sig}` }];
    },
    "repos/list-pull-requests-associated-with-commit": async ({ repo, op, query, url, res }) => {
      const sha = op.params.commit_sha!;
      await exists(repo, sha);
      const list = [...repo.pulls.values()].filter(
        (p) => (p.merged && p.mergeCommitSha === sha) || p.headSha === sha,
      );
      return [200, page(list, query, url, res).map((p) => pullJson(repo, p, true))];
    },
  };

  async function exists(r: Repo, sha: string): Promise<void> {
    const ok = await runGit(r.gitdir, "cat-file", "-e", `${sha}^{commit}`).then(
      () => true,
      () => false,
    );
    if (!ok) throw new HttpError(422, `No commit found for SHA: ${sha}`);
  }

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, {
      ...(body === undefined ? {} : { "content-type": "application/json; charset=utf-8" }),
      "x-github-api-version-selected": "2022-11-28",
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      ...headers,
    });
    res.end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const method = req.method ?? "GET";
    const line = `${method} ${url.pathname}${url.search}`;
    let lost: Fault | null = null;
    const hang = (f: Fault) => {
      log.push(`${line} timeout`);
      holds.add(res);
      setTimeout(() => {
        holds.delete(res);
        res.destroy();
      }, f.holdMs ?? 2000).unref();
    };
    const answer = (
      status: number,
      body: unknown,
      headers: Record<string, string> = {},
      op?: Operation | null,
    ) => {
      if (op) {
        for (const p of validator.validateResponse(op, status, body))
          violations.push(`${line} → ${status}: ${p}`);
      }
      if (lost) return hang(lost);
      log.push(`${line} ${status}`);
      send(res, status, body, headers);
    };
    if (url.pathname === "/api/graphql" && method === "POST") return graphql(req, raw, line, res);
    if (!url.pathname.startsWith("/api/v3/")) {
      violations.push(`${line}: not under the API base`);
      return answer(404, { message: "Not Found", documentation_url: DOCS });
    }
    const path = url.pathname.slice("/api/v3".length);
    const op = validator.match(method, path);
    if (!op) {
      violations.push(`${line}: no such endpoint in api.github.com's OpenAPI description`);
      return answer(404, { message: "Not Found", documentation_url: DOCS });
    }
    const fault = faults.findIndex((f) => !f.match || `${method} ${path}`.startsWith(f.match));
    if (fault >= 0) {
      const [f] = faults.splice(fault, 1) as [Fault];
      faultsUsed.push(`${f.kind} ${method} ${path}`);
      if (f.kind === "secondary-rate-limit") {
        return answer(
          403,
          { message: SECONDARY, documentation_url: DOCS },
          { "retry-after": String(f.retryAfter ?? 1) },
          op,
        );
      }
      if (f.kind === "bad-gateway") {
        return answer(502, { message: "Server Error", documentation_url: DOCS }, {}, op);
      }
      if (f.applied) lost = f;
      else return hang(f);
    }
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const user = auth ? byToken.get(auth) : undefined;
    if (!user) return answer(401, { message: "Bad credentials", documentation_url: DOCS }, {}, op);
    let body: Json = {};
    let parsed: unknown;
    if (raw) {
      try {
        parsed = JSON.parse(raw);
        body = parsed as Json;
      } catch {
        violations.push(`${line}: the body is not JSON`);
        return answer(400, { message: "Problems parsing JSON", documentation_url: DOCS }, {}, null);
      }
    }
    const problems = validator.validateRequest(op, url.searchParams, parsed);
    if (problems.length) {
      for (const p of problems) violations.push(`${line}: ${p}`);
      return answer(
        422,
        { message: `Invalid request.\n\n${problems.join("\n")}`, documentation_url: DOCS },
        {},
        op,
      );
    }
    const handler = handlers[op.operationId as SimulatedOperation];
    if (!handler) {
      violations.push(`${line}: ${op.operationId} is in the OpenAPI description but not simulated`);
      return answer(501, { message: "Not Implemented", documentation_url: DOCS }, {}, null);
    }
    try {
      const repo = repoOf(`${op.params.owner}/${op.params.repo}`);
      const [status, out, headers] = await handler({
        op,
        repo,
        user,
        query: url.searchParams,
        body,
        url,
        res,
      });
      return answer(status, out, headers ?? {}, op);
    } catch (error) {
      if (error instanceof HttpError) {
        return answer(error.status, { message: error.message, documentation_url: DOCS }, error.headers, op);
      }
      throw error;
    }
  }

  /**
   * GitHub's GraphQL endpoint (GHES: /api/graphql), for the one mutation REST lacks:
   * enablePullRequestAutoMerge. Every query is validated against @octokit/graphql-schema.
   */
  function graphql(req: IncomingMessage, raw: string, line: string, res: ServerResponse): undefined {
    const gqlAnswer = (status: number, body: unknown): undefined => {
      log.push(`${line} ${status}`);
      send(res, status, body);
    };
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const user = auth ? byToken.get(auth) : undefined;
    if (!user) return gqlAnswer(401, { message: "Bad credentials", documentation_url: DOCS });
    let request: { query?: unknown; variables?: Json };
    try {
      request = JSON.parse(raw) as typeof request;
    } catch {
      violations.push(`${line}: the body is not JSON`);
      return gqlAnswer(400, { message: "Problems parsing JSON" });
    }
    const query = typeof request.query === "string" ? request.query : "";
    const invalid = validator.validateGraphql(query);
    if (invalid.length) {
      for (const p of invalid) violations.push(`${line}: ${p}`);
      return gqlAnswer(200, { errors: invalid.map((message) => ({ message })) });
    }
    const fail = (type: string, message: string) =>
      gqlAnswer(200, { data: null, errors: [{ type, message }] });
    if (!/enablePullRequestAutoMerge/.test(query)) {
      violations.push(`${line}: a GraphQL operation the simulator does not simulate`);
      return fail("NOT_IMPLEMENTED", "not simulated");
    }
    const vars = request.variables ?? {};
    const id = String(vars.id ?? vars.pullRequestId ?? "");
    const m = /^PR_(\d+)_(\d+)$/.exec(id);
    const repo = m ? [...repos.values()].find((r) => r.id === Number(m[1])) : undefined;
    const pull = repo?.pulls.get(Number(m?.[2]));
    if (!repo || !pull) return fail("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
    const perm = repo.permissions.get(user.login);
    if (user.readOnly || !perm || perm === "read" || perm === "triage") {
      return fail("FORBIDDEN", "Resource not accessible by integration");
    }
    if (!repo.allowAutoMerge)
      return fail("UNPROCESSABLE", "Pull request Auto merge is not allowed for this repository");
    if (pull.state !== "open") return fail("UNPROCESSABLE", "Pull request is closed");
    const at = now();
    const method = String(vars.mergeMethod ?? "MERGE") as "MERGE" | "SQUASH" | "REBASE";
    pull.autoMerge = { by: user.login, method, at };
    return gqlAnswer(200, {
      data: {
        enablePullRequestAutoMerge: {
          pullRequest: { number: pull.number, autoMergeRequest: { enabledAt: at } },
        },
      },
    });
  }

  return {
    apiUrl,
    serverUrl,
    gitUrl: git.url,
    log,
    violations,
    faultsUsed,
    pushes,
    addUser,
    createRepo,
    repo: (full) => {
      const r = repos.get(full);
      if (!r) throw new Error(`no repository ${full}`);
      return r;
    },
    setPermission: (full, login, permission) => {
      if (!users.has(login)) addUser(login);
      repoOf(full).permissions.set(login, permission);
    },
    cloneUrl: (full) => `${git.url}/${full}.git`,
    inject: (fault) => {
      faults.push(fault);
    },
    protectBranch: (full, branch) => {
      const hooks = join(repoOf(full).gitdir, "hooks");
      mkdirSync(hooks, { recursive: true });
      const hook = join(hooks, "pre-receive");
      writeFileSync(
        hook,
        `#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = "refs/heads/${branch}" ]; then\n    echo "GH006: Protected branch update failed for refs/heads/${branch}." >&2\n    exit 1\n  fi\ndone\n`,
      );
      chmodSync(hook, 0o755);
    },
    git: (full, ...args) => runGit(repoOf(full).gitdir, ...args),
    createRun,
    uploadArtifact,
    gitEnv: GIT_ENV,
    validator,
    close: async () => {
      for (const res of holds) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await git.close();
    },
  };
}
