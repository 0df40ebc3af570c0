// The deploy job: what a push to the registry's default branch does. The plan between the
// push's before and after, the merged state gated again, one deployment per (environment,
// model) with its statuses, the KServe manifests rendered and, when asked, committed to a
// deploy branch for a GitOps controller. The deploy action and the CLI's embedded mode call it.
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EvidenceContext, mdCode, mdText, redactCredentials, UserError } from "@modelgate/core";
import {
  commitManifests,
  type DeployEntry,
  type DeployPlan,
  type EvidenceVerifier,
  type ExtraCheck,
  type FetchLike,
  firstParentCommits,
  type Identity,
  isAncestor,
  type ManifestBranchTarget,
  type ManifestCommitResult,
  planDeployment,
  type Registry,
  type RegistryCheckReport,
  type RegistryConfig,
  readConfig,
  renderPlan,
  requireCommit,
  runGate,
} from "@modelgate/registry";
import { gateExtras } from "@modelgate/score";
import { GitHubApiError } from "./octokit.js";
import type { DeploymentState, GitHubPort } from "./port.js";
import { type ProvenancePort, provenanceVerifier } from "./provenance.js";

/** The sticky comment topic of the deploy job's notice on a merged pull request. */
export const DEPLOY_COMMENT_TOPIC = "deploy";
/** How many commits of one push are searched for merged pull requests (a push event lists 20). */
const MAX_PUSH_COMMITS = 20;
const ZERO_SHA = /^0{40}$/;

/** A branch of a git repository the rendered manifests are committed to (Argo CD, Flux). */
export type DeployTarget = ManifestBranchTarget;

export interface DeployJobInput {
  /** the registry checkout; it must hold the push's before commit (full history) */
  registry: Registry;
  github: GitHubPort;
  /** the push's before and after commits */
  before: string;
  after: string;
  /** the workflow run's URL: the deployments' log_url and the comment's link */
  runUrl?: string | null;
  /** the folder the KServe manifests are rendered into (<environment>/<model>.yaml) */
  manifestsDir: string;
  /** commit the rendered manifests to this branch (of this repository or another) */
  target?: DeployTarget | null;
  /** the clock of the re-gate (evidence and model ages) and of the manifest commit */
  now?: Date;
  context?: EvidenceContext;
  /**
   * the re-gate's pluggable checks and evidence verifier (default both from gateExtras of
   * @modelgate/score, as `modelgate check` runs them: the ML Test Score, recomputation and
   * provenance over `provenancePort`). A verifier given replaces all of it, provenance too:
   * the actions give `enginesMissing` and `provenancePort` instead
   */
  extraChecks?: ExtraCheck[];
  verifier?: EvidenceVerifier;
  /**
   * where `evidence.verify: provenance` asks which run made a file (default `github`, whose
   * token then needs actions: read on the ML repository; null: provenance cannot be checked)
   */
  provenancePort?: ProvenancePort | null;
  /**
   * why the engines (onnxruntime, DuckDB) cannot run here, asked just before a recomputation
   * starts (the actions install them only when a policy asks); a reason leaves the file unverified
   */
  enginesMissing?: () => string | null;
  fetch?: FetchLike;
  /** the manifest commit's author (default modelgate) */
  author?: Identity;
  /** where the deploy branch is fetched to (default the system's temporary folder) */
  scratchDir?: string;
  /**
   * the report of a gate the caller has just run on exactly `before` → `after` (a local merge
   * gates its merge commit): used instead of gating the same commits again
   */
  gated?: RegistryCheckReport;
}

export interface DeployedEntry {
  id: number;
  environment: string;
  model: string;
  /** the deployment was created by this run (false: this sha was deployed there before) */
  created: boolean;
  /** GitHub's production_environment: the last environment in the registry's order */
  production: boolean;
  /** the latest status after this run */
  state: DeploymentState | null;
  entry: DeployEntry;
}

export interface DeployComment {
  pullNumber: number;
  url: string | null;
  /** why the comment could not be written (e.g. the token lacks pull-requests: write) */
  error: string | null;
}

export interface DeployJobResult {
  registry: string;
  before: string;
  after: string;
  plan: DeployPlan;
  /** the merged state gated again, before to after */
  report: RegistryCheckReport;
  /** the re-gate blocked: nothing was deployed */
  blocked: boolean;
  deployments: DeployedEntry[];
  /** the manifest files written under manifestsDir */
  manifests: string[];
  /** the deploy-branch commit (null: no target, or blocked) */
  committed: ManifestCommitResult | null;
  /** the merged pull requests told about a blocked re-gate */
  comments: DeployComment[];
}

/** A commit of the push, demanded in the clone: fail closed with the fix. */
async function pushCommit(reg: Registry, sha: string, what: "before" | "after"): Promise<string> {
  if (!/^[0-9a-f]{40}$/.test(sha))
    throw new UserError(`the push's ${what} "${sha}" is not a commit sha (40 hex digits)`);
  if (ZERO_SHA.test(sha)) {
    throw new UserError(
      what === "before"
        ? "the push created the branch (before is 0000000…): there is no deployed state to compare with, so nothing is deployed; modelgate deploys pushes to an existing default branch"
        : "the push deleted the branch (after is 0000000…): nothing to deploy",
    );
  }
  try {
    return await requireCommit(reg, sha, what);
  } catch {
    throw new UserError(
      `the push's ${what} commit ${sha.slice(0, 12)} is not in the clone ${reg.dir}: check the registry out with its history (actions/checkout: fetch-depth: 0), or fetch ${sha.slice(0, 12)}`,
    );
  }
}

/** modelgate.yaml of the deployed state (the environments' order); the before's when after's is invalid. */
async function configOf(reg: Registry, after: string, before: string): Promise<RegistryConfig> {
  try {
    return await readConfig(reg, after);
  } catch {
    return readConfig(reg, before);
  }
}

const move = (e: DeployEntry) =>
  `${e.kind} ${e.from ?? "∅"} → ${e.to ?? "∅"}${e.traffic !== null ? ` (${e.traffic}%)` : ""}`;

/** The manifest files of the plan as the deploy branch holds them: <environment>/<model>.yaml. */
async function branchFiles(plan: DeployPlan, dir: string): Promise<Map<string, string | null>> {
  const files = new Map<string, string | null>();
  for (const e of plan.entries) {
    const path = `${e.environment}/${e.model}.yaml`;
    files.set(path, e.desired ? await readFile(join(dir, path), "utf8") : null);
  }
  return files;
}

/**
 * Deploys a push to the registry's default branch. The re-gate judges the merged state from
 * `before` to `after` with the same rules as a pull request's check: when it blocks (two pull
 * requests that passed one at a time break a rule together), every entry's deployment gets a
 * `failure` status naming the reasons, the push's merged pull requests get a comment, and
 * nothing is rendered or committed. Otherwise each entry's deployment goes `in_progress`, the
 * manifests are rendered (and committed to the target branch, one commit per push), then
 * `success`. Re-running the same push creates no second deployment, status or commit.
 */
export async function runDeployJob(input: DeployJobInput): Promise<DeployJobResult> {
  const { registry: reg, github } = input;
  const now = input.now ?? new Date();
  const runUrl = input.runUrl ?? null;
  const before = await pushCommit(reg, input.before, "before");
  const after = await pushCommit(reg, input.after, "after");
  if (!(await isAncestor(reg, before, after))) {
    throw new UserError(
      `${after.slice(0, 12)} does not descend from ${before.slice(0, 12)}: the push rewrote the default branch's history (a forced push), so no change can be gated; nothing is deployed — restore the branch, then push the change as a new commit`,
    );
  }
  const context = input.context ?? { commit: after, ref: null, runUrl, ci: false };
  const extras = gateExtras(reg, {
    provenance: provenanceVerifier(input.provenancePort === undefined ? input.github : input.provenancePort),
    ...(input.enginesMissing ? { enginesMissing: input.enginesMissing } : {}),
  });
  const direct = await commitsPushedPastReview(reg, github, before, after);
  const report =
    direct.length === 0 && input.gated && input.gated.base === before && input.gated.head === after
      ? input.gated
      : await runGate(reg, {
          base: before,
          head: after,
          now,
          context,
          extraChecks: input.extraChecks ?? extras.extraChecks,
          verifier: input.verifier ?? extras.verifier,
          // what merged was approved on its pull request (that check enforced the reviews,
          // branch protection required it); this re-gate judges the combined desired state. A
          // commit no merged pull request holds was pushed past review: nothing of it was approved
          approvals:
            direct.length > 0
              ? { source: "direct-push", commits: direct }
              : {
                  source: "not-judged",
                  reason: "re-gate of a push: approvals were judged on each merged pull request",
                },
          ...(input.fetch ? { fetch: input.fetch } : {}),
        });
  const plan = await planDeployment(reg, { before, after, now, context });
  const config = await configOf(reg, after, before);
  const last = config.environments.at(-1)?.name;

  const deployments: DeployedEntry[] = [];
  for (const entry of plan.entries) {
    const production = entry.environment === last;
    const d = await github.startDeployment({ sha: after, entry, production, logUrl: runUrl });
    deployments.push({ ...d, production, entry });
  }
  const setStatus = async (d: DeployedEntry, state: DeploymentState, description: string) => {
    await github.setDeploymentStatus({
      id: d.id,
      state,
      logUrl: runUrl,
      description: redactCredentials(description),
    });
    d.state = state;
  };
  const result: DeployJobResult = {
    registry: config.name,
    before,
    after,
    plan,
    report,
    blocked: report.blocked,
    deployments,
    manifests: [],
    committed: null,
    comments: [],
  };

  if (report.blocked) {
    const first = report.blocking[0];
    const description = `not deployed: the merged state fails the gate (${report.blocking.length} reason(s))${first ? `: ${first.check}: ${first.message}` : ""}`;
    // a deployment that already ended keeps its status: a re-run changes nothing
    for (const d of deployments)
      if (d.state !== "success" && d.state !== "failure") await setStatus(d, "failure", description);
    result.comments = await commentOnMergedPulls(reg, github, result, runUrl);
    return result;
  }

  const pending = deployments.filter((d) => d.state !== "success");
  for (const d of pending)
    await setStatus(d, "in_progress", `deploying ${d.model} to ${d.environment}: ${move(d.entry)}`);
  try {
    // every entry is rendered (a re-run's folder holds the same files); statuses only move on pending ones
    result.manifests = await renderPlan(plan, input.manifestsDir).catch((error: NodeJS.ErrnoException) => {
      if (!error.code) throw error;
      throw new UserError(`cannot write the manifests to ${input.manifestsDir}: ${error.message}`);
    });
    if (input.target && plan.entries.length > 0) {
      result.committed = await commitManifests({
        target: input.target,
        files: await branchFiles(plan, input.manifestsDir),
        deployed: after,
        message: manifestCommitMessage(config.name, plan, runUrl),
        author: input.author ?? { name: "modelgate", email: "modelgate@localhost" },
        now,
        scratchDir: input.scratchDir ?? tmpdir(),
        isNewer: async (recorded) =>
          recorded !== after && (await isAncestor(reg, after, recorded).catch(() => false)),
      });
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    for (const d of pending) await setStatus(d, "failure", `not deployed: ${why}`);
    throw error;
  }
  const c = result.committed;
  if (c?.status === "superseded") {
    for (const d of pending)
      await setStatus(
        d,
        "failure",
        `not deployed: ${c.branch} already holds the manifests of ${c.by.slice(0, 12)}, a later commit`,
      );
    return result;
  }
  const where = c?.commit ? ` · ${c.branch}@${c.commit.slice(0, 12)}` : "";
  for (const d of pending)
    await setStatus(d, "success", `${d.model} in ${d.environment}: ${move(d.entry)}${where}`);
  return result;
}

/**
 * The push's commits (first parents, newest first) that no merged pull request holds: pushed to
 * the default branch past review. A push longer than MAX_PUSH_COMMITS cannot be checked commit by
 * commit, so its unchecked rest counts as pushed past review (fail closed).
 */
async function commitsPushedPastReview(
  reg: Registry,
  github: GitHubPort,
  before: string,
  after: string,
): Promise<string[]> {
  const commits = await firstParentCommits(reg, before, after, MAX_PUSH_COMMITS + 1);
  const out: string[] = [];
  for (const c of commits.slice(0, MAX_PUSH_COMMITS)) {
    // merged into this branch: a pull request merged into another branch met that branch's rules
    const pulls = await github.pullRequestsOfCommit(c.oid);
    if (!pulls.some((p) => p.merged && p.base === reg.defaultBranch)) out.push(c.oid);
  }
  if (commits.length > MAX_PUSH_COMMITS)
    out.push(
      `${commits[MAX_PUSH_COMMITS]!.oid} (and every earlier commit: a push of more than ${MAX_PUSH_COMMITS} commits is not checked one by one)`,
    );
  return out;
}

function manifestCommitMessage(registry: string, plan: DeployPlan, runUrl: string | null): string {
  const lines = plan.entries.map((e) => `${e.environment}/${e.model}: ${move(e)}`);
  return `Deploy ${registry} ${plan.after.slice(0, 12)}: ${plan.entries.length} change(s)\n\n${lines.join("\n")}${runUrl ? `\n\nRun: ${runUrl}` : ""}\n`;
}

/** The merged pull requests of the push (first-parent commits of before..after), each told once. */
async function commentOnMergedPulls(
  reg: Registry,
  github: GitHubPort,
  result: DeployJobResult,
  runUrl: string | null,
): Promise<DeployComment[]> {
  const numbers = new Set<number>();
  for (const c of await firstParentCommits(reg, result.before, result.after, MAX_PUSH_COMMITS)) {
    for (const p of await github.pullRequestsOfCommit(c.oid)) if (p.merged) numbers.add(p.number);
  }
  const body = blockedCommentMarkdown(result, runUrl);
  const out: DeployComment[] = [];
  for (const pullNumber of [...numbers].sort((a, b) => a - b)) {
    try {
      const c = await github.upsertComment({
        pullNumber,
        registry: result.registry,
        topic: DEPLOY_COMMENT_TOPIC,
        body,
        summaryUrl: runUrl,
      });
      out.push({ pullNumber, url: c.url, error: null });
    } catch (error) {
      // the deployments already say failure; a comment the token may not write is reported, not fatal
      if (!(error instanceof GitHubApiError)) throw error;
      out.push({ pullNumber, url: null, error: error.message });
    }
  }
  return out;
}

function reasonsTable(report: RegistryCheckReport): string {
  const rows = report.blocking.map((b) => {
    const where = `${b.file ?? b.path}${b.line ? `:${b.line}` : ""}${b.field ? ` (${b.field})` : ""}`;
    return `| ${mdText(b.check)} | ${mdText(where)} | ${mdText(redactCredentials(b.message))} |`;
  });
  return ["| check | where | reason |", "| --- | --- | --- |", ...rows].join("\n");
}

function deploymentsTable(result: DeployJobResult): string {
  if (result.deployments.length === 0) return "_No environment changes: nothing to deploy._";
  const rows = result.deployments.map(
    (d) =>
      `| ${mdText(d.environment)} | ${mdText(d.model)} | ${mdText(move(d.entry))} | ${d.production ? "yes" : "no"} | ${d.id} | ${d.state ?? "none"}${d.created ? "" : " (earlier run)"} |`,
  );
  return [
    "| environment | model | change | production | deployment | state |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** The comment on a merged pull request whose merged state the re-gate blocked. */
export function blockedCommentMarkdown(result: DeployJobResult, runUrl: string | null): string {
  return [
    `### modelgate did not deploy ${mdCode(result.after.slice(0, 12))}`,
    "",
    `The default branch after this merge fails the gate, checked again from ${mdCode(result.before.slice(0, 12))}: pull requests that each passed alone break a rule together. Nothing was deployed; each deployment is marked failed.`,
    "",
    reasonsTable(result.report),
    "",
    deploymentsTable(result),
    "",
    `Fix: propose a change that satisfies the rule (for example, promote the version to the earlier environment again, or roll this environment back), and merge it.${runUrl ? ` [The deploy run](${runUrl}).` : ""}`,
    "",
  ].join("\n");
}

/** The job summary: the re-gate's verdict, the plan and the deployments as tables. */
export function deploySummaryMarkdown(result: DeployJobResult): string {
  const lines = [
    `### modelgate deploy ${mdCode(result.registry)}: ${mdCode(result.before.slice(0, 12))} → ${mdCode(result.after.slice(0, 12))}`,
    "",
  ];
  if (result.blocked) {
    lines.push(
      `**Blocked:** the merged state fails the gate (${result.report.blocking.length} reason(s)); nothing was deployed.`,
      "",
      reasonsTable(result.report),
      "",
    );
  } else lines.push("The merged state passes the gate.", "");
  lines.push(deploymentsTable(result), "");
  const c = result.committed;
  if (c) {
    const said: Record<ManifestCommitResult["status"], string> = {
      committed: "committed",
      "already-committed": "already committed by an earlier run",
      unchanged: "already as rendered: nothing to commit",
      superseded: "not committed: the branch holds a later commit's manifests",
    };
    lines.push(
      `Manifests on ${mdCode(c.branch)} of ${mdText(c.url)}: ${said[c.status]}${c.commit ? ` (${mdCode(c.commit.slice(0, 12))})` : ""}.`,
      "",
    );
  }
  for (const m of result.comments)
    lines.push(
      m.error
        ? `No comment on #${m.pullNumber}: ${mdText(m.error)}`
        : `Commented on [#${m.pullNumber}](${m.url ?? ""}).`,
    );
  return `${lines.join("\n").trimEnd()}\n`;
}
