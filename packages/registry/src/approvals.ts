import { mdCode, mdText } from "@modelgate/core";
import { type Registry, readCommit, resolveCommit } from "./git.js";

/**
 * Approvals as the gate enforces them. The gate never talks to GitHub: it is given the facts of
 * the change's pull request — its reviews as @modelgate/github reads them, or approvals
 * recorded in local mode (`modelgate merge --approved-by`) — and applies each environment's
 * `requiredApprovals` and `allowStaleApprovals` to them.
 */

/** An approving review: the latest review of a reviewer with write permission who is not the author. */
export interface ApprovalVote {
  login: string;
  /** the head commit the approval was given on (another than `headSha`: stale) */
  commit: string;
  submittedAt: string | null;
}

/** Why a review does not count, whatever the policy. */
export type SetAsideReason = "author" | "no-write-permission" | "stale" | "changes-requested" | "dismissed";

export interface SetAsideReview {
  login: string;
  reason: SetAsideReason;
  detail: string;
}

/** The reviews of the change's pull request, as the gate counts them. */
export interface ApprovalFacts {
  /** "github": the pull request's reviews; "local": approvals recorded with --approved-by */
  source: "github" | "local";
  /** the pull request: "#12" on GitHub, "local-3" in local mode (null: a branch checked locally) */
  pullRequest: string | null;
  /** who opened the change (never counted) */
  author: string | null;
  /** the pull request's head commit: an approval of another commit is stale */
  headSha: string;
  /** approvals that count under any policy except for staleness (each with the commit approved) */
  approvals: ApprovalVote[];
  /** reviews set aside whatever the policy: the author's, a reader's, changes requested, dismissed */
  setAside: SetAsideReview[];
}

/**
 * Approvals deliberately not judged by this gate run, with the reason recorded as a `skip`:
 * for a re-gate of what already merged (the pull request's own gate enforced them). Nothing
 * else may pass for approvals without facts — no `approvals` option at all fails closed.
 */
export interface ApprovalsNotJudged {
  source: "not-judged";
  reason: string;
}

/**
 * A push to the default branch with commits that no merged pull request holds: pushed past
 * review (a bypass token), so nothing of it was approved. A rollback may deploy so (the emergency
 * path: the gate checks it returns to a version live there before, with its artifact's digest);
 * every other change that an environment requires approvals for fails (fail closed).
 */
export interface ApprovalsDirectPush {
  source: "direct-push";
  /** the push's commits that no merged pull request holds, newest first */
  commits: string[];
}

export type GateApprovals = ApprovalFacts | ApprovalsNotJudged | ApprovalsDirectPush;

/** One environment's approval rule applied to the facts: what the report records. */
export interface EnvironmentApprovals {
  environment: string;
  required: number;
  allowStaleApprovals: boolean;
  approvedBy: ApprovalVote[];
  setAside: SetAsideReview[];
  satisfied: boolean;
}

/** Who approved, per environment that requires approvals (the report's `approvals`). */
export interface ApprovalsRecord {
  source: "github" | "local" | "not-judged" | "direct-push" | null;
  pullRequest: string | null;
  author: string | null;
  headSha: string | null;
  environments: EnvironmentApprovals[];
}

/** An environment's approval rule applied to a pull request's facts. */
export function countApprovals(
  facts: ApprovalFacts,
  rule: { environment: string; required: number; allowStaleApprovals?: boolean },
): EnvironmentApprovals {
  const allowStale = rule.allowStaleApprovals ?? false;
  const approvedBy: ApprovalVote[] = [];
  const setAside = [...facts.setAside];
  for (const a of facts.approvals) {
    if (facts.author !== null && sameLogin(a.login, facts.author)) {
      setAside.push({ login: a.login, reason: "author", detail: `${a.login} wrote the change` });
    } else if (a.commit !== facts.headSha && !allowStale) {
      setAside.push({
        login: a.login,
        reason: "stale",
        detail: `${a.login} approved ${a.commit.slice(0, 12) || "an older commit"}, not the head ${facts.headSha.slice(0, 12)}`,
      });
    } else if (!approvedBy.some((x) => sameLogin(x.login, a.login))) {
      approvedBy.push(a);
    }
  }
  return {
    environment: rule.environment,
    required: rule.required,
    allowStaleApprovals: allowStale,
    approvedBy,
    setAside: setAside.sort((x, y) => (x.login < y.login ? -1 : x.login > y.login ? 1 : 0)),
    satisfied: approvedBy.length >= rule.required,
  };
}

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Local mode's facts: the approvers named on the command line, each approving the change's tip.
 * The tip's author cannot approve their own change (matched by name or email). Local approvals
 * are a record, not a proof: nothing checks the approver's permission on a laptop.
 */
export function localApprovals(args: {
  pullRequest: string | null;
  author: { name: string; email: string } | null;
  headSha: string;
  approvedBy: readonly string[];
  now: Date;
}): ApprovalFacts {
  const approvals: ApprovalVote[] = [];
  const setAside: SetAsideReview[] = [];
  const author = args.author;
  for (const raw of args.approvedBy) {
    const login = raw.trim();
    if (login === "") continue;
    if (author && (sameLogin(login, author.name) || sameLogin(login, author.email))) {
      setAside.push({ login, reason: "author", detail: `${login} wrote the change` });
    } else {
      approvals.push({ login, commit: args.headSha, submittedAt: args.now.toISOString() });
    }
  }
  return {
    source: "local",
    pullRequest: args.pullRequest,
    author: author ? `${author.name} <${author.email}>` : null,
    headSha: args.headSha,
    approvals,
    setAside,
  };
}

/** Local approvals of the change at `head` (a branch or commit): its tip's author cannot approve it. */
export async function localApprovalsAt(
  reg: Registry,
  head: string,
  approvedBy: readonly string[],
  options: { pullRequest?: string | null; now?: Date } = {},
): Promise<ApprovalFacts> {
  const headSha = await resolveCommit(reg, head);
  const { author } = await readCommit(reg, headSha);
  return localApprovals({
    pullRequest: options.pullRequest ?? null,
    author: { name: author.name, email: author.email },
    headSha,
    approvedBy,
    now: options.now ?? new Date(),
  });
}

/**
 * The `approvals` check of one environment change (`kind`: its transition, a policy change has
 * none), and what the report records for it.
 */
export function approvalsCheck(
  approvals: GateApprovals | null,
  rule: { environment: string; required: number; allowStaleApprovals?: boolean },
  what: string,
  kind?: string,
): { status: "pass" | "fail" | "skip"; message: string; record: EnvironmentApprovals | null } {
  const n = rule.required;
  // what the report records where no review could count
  const nobodyApproved: EnvironmentApprovals = {
    environment: rule.environment,
    required: n,
    allowStaleApprovals: rule.allowStaleApprovals ?? false,
    approvedBy: [],
    setAside: [],
    satisfied: false,
  };
  if (approvals?.source === "direct-push") {
    const commits = approvals.commits
      .map((c) => c.replace(/^[0-9a-f]{40}/, (sha) => sha.slice(0, 12)))
      .join(", ");
    if (kind === "rollback")
      return {
        status: "skip",
        message: `${what}: ${n} approval(s) required; a rollback pushed past review (${commits}) is the emergency path, deployed without them`,
        record: null,
      };
    return {
      status: "fail",
      message: `${what}: ${n} approval(s) required and ${commits} reached the default branch without a merged pull request, so nobody approved it — revert it and open a pull request (only a rollback may be pushed past review)`,
      record: nobodyApproved,
    };
  }
  if (approvals === null) {
    return {
      status: "fail",
      message: `${what}: ${n} approval(s) required and the gate was given no reviews — on GitHub the check action reads the pull request's reviews; locally, name who approved with --approved-by <login>`,
      record: nobodyApproved,
    };
  }
  if (approvals.source === "not-judged") {
    return {
      status: "skip",
      message: `${what}: ${n} approval(s) required, not judged here: ${approvals.reason}`,
      record: null,
    };
  }
  const counted = countApprovals(approvals, rule);
  const by = counted.approvedBy.map((a) => a.login);
  const aside = counted.setAside.map((s) => `${s.login} (${s.reason})`);
  const tail = aside.length ? `; set aside: ${aside.join(", ")}` : "";
  const on = approvals.pullRequest ? ` on ${approvals.pullRequest}` : "";
  return counted.satisfied
    ? {
        status: "pass",
        message: `${what}: ${by.length} of ${n} required approval(s)${on}, by ${by.join(", ")}${tail}`,
        record: counted,
      }
    : {
        status: "fail",
        message: `${what}: ${by.length} of ${n} required approval(s)${on}${by.length ? ` (by ${by.join(", ")})` : ""}${tail} — a reviewer with write permission other than the author approves the head commit${counted.allowStaleApprovals ? "" : " (an approval of an earlier commit does not count: allowStaleApprovals is false)"}`,
        record: counted,
      };
}

/** The approvals section of the Markdown report (empty when no environment required any). */
export function renderApprovalsMarkdown(record: ApprovalsRecord | null | undefined): string[] {
  if (!record || record.environments.length === 0) return [];
  const lines = ["", "### Approvals", ""];
  lines.push("| environment | required | approved by | set aside |", "| --- | --- | --- | --- |");
  for (const e of record.environments) {
    const by = e.approvedBy.map((a) => `${mdText(a.login)} (${mdCode(a.commit.slice(0, 12))})`).join(", ");
    const aside = e.setAside.map((s) => `${mdText(s.login)}: ${mdText(s.reason)}`).join(", ");
    lines.push(
      `| ${e.satisfied ? "✅" : "❌"} ${mdText(e.environment)} | ${e.required} | ${by || "nobody"} | ${aside || "–"} |`,
    );
  }
  return lines;
}
