import { type EvidenceContext, mdText, UserError } from "@modelgate/core";
import {
  type ApprovalFacts,
  type CompetingChange,
  type EvidenceVerifier,
  type ExtraCheck,
  fetchRef,
  hasCommit,
  type Registry,
  type RegistryCheckReport,
  readCommit,
  readConfig,
  renderCheckMarkdown,
  runGate,
} from "@modelgate/registry";
import { gateExtras } from "@modelgate/score";
import { GitHubApiError } from "./octokit.js";
import {
  type Annotation,
  type ApprovalResult,
  annotationsOf,
  type CheckRunResult,
  type CommentResult,
  type GitHubPort,
  type Lock,
  type LockTarget,
} from "./port.js";
import { type ProvenancePort, provenanceVerifier } from "./provenance.js";

export interface PullRequestCheckInput {
  /** the registry's checkout: it holds the base, the head and the merge commit */
  registry: Registry;
  port: GitHubPort;
  /**
   * where `evidence.verify: provenance` asks which run made a file (default `port`, whose token
   * then needs actions: read on the ML repository; null: provenance cannot be checked)
   */
  provenancePort?: ProvenancePort | null;
  /**
   * why the engines (onnxruntime, DuckDB) cannot run here, asked just before a recomputation
   * starts (the actions install them only when a policy asks); a reason leaves the file unverified
   */
  enginesMissing?: () => string | null;
  pullNumber: number;
  /** the pull request's base commit: what the change is gated against */
  baseSha: string;
  /**
   * the test merge of the pull request (the event's merge_commit_sha): the change as it would
   * merge; null or missing from the checkout: refs/pull/N/merge is fetched (with `fetch`)
   */
  mergeCommit: string | null;
  /** fetching what the checkout lacks from its origin: the credentials as headers, never in the URL */
  fetch?: { headers?: Record<string, string> };
  /** the pull request's head commit: the check run's sha, and the commit approvals must be of */
  headSha: string;
  /** the workflow run's URL: the check run's details and where the comment points when cut */
  runUrl?: string | null;
  /**
   * checks plugged into the gate and the evidence verifier (default both from gateExtras of
   * @modelgate/score, as `modelgate check` runs them: the ML Test Score, recomputation and
   * provenance over `provenancePort`). A verifier given replaces all of it, provenance too:
   * the actions give `enginesMissing` and `provenancePort` instead
   */
  extraChecks?: ExtraCheck[];
  verifier?: EvidenceVerifier;
  context?: EvidenceContext;
  now?: Date;
}

/** A write the token was not allowed to make (a pull request from a fork runs with a read-only token). */
export interface NotWritten {
  what: "comment" | "check run";
  status: number;
  reason: string;
}

export interface PullRequestCheckResult {
  report: RegistryCheckReport;
  /** the report as Markdown: the comment's body and the check run's summary */
  markdown: string;
  /** the markdown and what could not be written and why: the job summary */
  summary: string;
  /** every annotation of the check run (blocking reasons, competing pull requests) */
  annotations: Annotation[];
  /** the port's reading of the reviews (every approval with its commit); the gate's count per environment is `report.approvals` */
  approvals: ApprovalResult;
  /** other open pull requests changing the same (model, environment) */
  competing: Lock[];
  comment: CommentResult | null;
  checkRun: CheckRunResult | null;
  notWritten: NotWritten[];
}

/** The port's reading of the reviews as the gate's facts; the gate applies each environment's policy. */
export function approvalFactsOf(result: ApprovalResult, headSha: string): ApprovalFacts {
  return {
    source: "github",
    pullRequest: `#${result.pullNumber}`,
    author: result.author,
    headSha,
    approvals: result.approvedBy.map((a) => ({
      login: a.login,
      commit: a.commit,
      submittedAt: a.submittedAt,
    })),
    setAside: result.ignored.map((i) => ({ login: i.login, reason: i.reason, detail: i.detail })),
  };
}

/**
 * The pull-request gate on GitHub: the change gated as it would merge (base = the pull
 * request's base, head = its merge commit), its approvals counted from its reviews, the other
 * open pull requests on the same (model, environment) named; then the check run on the head
 * sha (one annotation per blocking reason) and the sticky comment. A token that may not write
 * (403: a fork's pull request) leaves the report in `summary` and says why; the verdict alone
 * decides the outcome.
 */
export async function runPullRequestCheck(input: PullRequestCheckInput): Promise<PullRequestCheckResult> {
  const { port, pullNumber } = input;
  // every approval with write permission and the commit it approved; the gate decides per
  // environment whether an approval of an earlier commit counts (allowStaleApprovals)
  const approvals = await port.approvals(pullNumber, { required: 0, allowStaleApprovals: true });
  const mergeCommit = await testMerge(input);
  // the base the test merge was made on (its first parent), which is the event's base sha unless
  // the base branch moved since the event: the diff is then the pull request's alone
  const { parent } = await readCommit(input.registry, mergeCommit);
  const base = parent.length === 2 && parent[1] === input.headSha ? parent[0]! : input.baseSha;
  const extras = gateExtras(input.registry, {
    provenance: provenanceVerifier(input.provenancePort === undefined ? port : input.provenancePort),
    ...(input.enginesMissing ? { enginesMissing: input.enginesMissing } : {}),
  });
  const report = await runGate(input.registry, {
    base,
    head: mergeCommit,
    approvals: approvalFactsOf(approvals, input.headSha),
    extraChecks: input.extraChecks ?? extras.extraChecks,
    verifier: input.verifier ?? extras.verifier,
    ...(input.context ? { context: input.context } : {}),
    ...(input.now ? { now: input.now } : {}),
  });
  const targets = new Map<string, LockTarget>();
  for (const c of report.changes)
    if (c.fileKind === "environment" && c.model && c.environment)
      targets.set(`${c.environment}/${c.model}`, { model: c.model, environment: c.environment });
  const competing = await port.locks([...targets.values()], { exceptPullNumber: pullNumber });
  report.competing = competing.map(
    (l): CompetingChange => ({
      pullRequest: `#${l.pullNumber}`,
      url: l.url,
      title: l.title,
      model: l.model,
      environment: l.environment,
    }),
  );
  const markdown = renderCheckMarkdown(report);
  const warnings: Annotation[] = competing.map((l) => ({
    path: `environments/${l.environment}/${l.model}.yaml`,
    startLine: 1,
    endLine: 1,
    level: "warning",
    title: "competing pull request",
    message: `#${l.pullNumber} (${l.title}) also changes ${l.model} in ${l.environment}; whichever merges second is gated again against the new base`,
  }));
  const notWritten: NotWritten[] = [];
  /** a 403 is the token's answer (read-only), not the check's failure */
  const attempt = async <T>(what: NotWritten["what"], write: () => Promise<T>): Promise<T | null> => {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 403)) throw error;
      notWritten.push({ what, status: 403, reason: error.message });
      return null;
    }
  };
  const checkRun = await attempt("check run", () =>
    port.upsertCheckRun({
      headSha: input.headSha,
      report,
      summary: markdown,
      detailsUrl: input.runUrl ?? null,
      annotations: warnings,
    }),
  );
  const registry = await readConfig(input.registry, report.mergeBase).then(
    (c) => c.name,
    () => "registry",
  );
  const comment = await attempt("comment", () =>
    port.upsertComment({ pullNumber, registry, body: markdown, summaryUrl: input.runUrl ?? null }),
  );
  const notes = notWritten.map(
    (n) =>
      `- **No ${n.what}**: the token may not write to this pull request (${mdText(n.reason)}). A pull request from a fork runs with a read-only \`GITHUB_TOKEN\`; the report is here and in the annotations, and the verdict is the same.`,
  );
  const summary = notes.length ? `${markdown}\n---\n\n${notes.join("\n")}\n` : markdown;
  return {
    report,
    markdown,
    summary,
    annotations: annotationsOf(report, warnings),
    approvals,
    competing,
    comment,
    checkRun,
    notWritten,
  };
}

/** The test merge in the checkout: the given commit, else refs/pull/N/merge fetched from the origin. */
async function testMerge(input: PullRequestCheckInput): Promise<string> {
  const given = input.mergeCommit;
  if (given && /^[0-9a-f]{40}$/.test(given) && (await hasCommit(input.registry, given))) return given;
  const ref = `refs/pull/${input.pullNumber}/merge`;
  const missing = given
    ? `the merge commit ${given.slice(0, 12)} of pull request #${input.pullNumber} is not in ${input.registry.dir}`
    : `pull request #${input.pullNumber} has no merge commit in its event`;
  if (!input.fetch)
    throw new UserError(`${missing}: check out the registry with actions/checkout and fetch-depth: 0`);
  try {
    return await fetchRef(input.registry, ref, { headers: input.fetch.headers ?? {} });
  } catch (error) {
    throw new UserError(
      `${missing}, and ${(error as Error).message} — GitHub makes no test merge of a pull request that conflicts with its base: resolve the conflicts`,
    );
  }
}
