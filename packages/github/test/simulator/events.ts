/**
 * Webhook event payloads for actions under test: GitHub's real example payloads
 * (@octokit/webhooks-examples) rewritten with the simulator's repositories, users and shas.
 */
import { createRequire } from "node:module";
import type { Simulator } from "../../src/simulator/server.js";

const require = createRequire(import.meta.url);
type Json = Record<string, unknown>;
type Examples = Array<{ name: string; examples: Json[] }>;

function example(event: string, pick: (e: Json) => boolean): Json {
  const all = require("@octokit/webhooks-examples") as Examples;
  const found = all.find((x) => x.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

/** The example's repository, owner and URLs replaced by the simulator's. */
function rewrite(payload: Json, sim: Simulator, full: string, from: string): Json {
  const [fromOwner] = from.split("/") as [string];
  const [owner] = full.split("/") as [string];
  const text = JSON.stringify(payload)
    .replaceAll("https://api.github.com", sim.apiUrl)
    .replaceAll("https://github.com", sim.serverUrl)
    .replaceAll(`git://github.com/${from}.git`, sim.cloneUrl(full))
    .replaceAll(`git@github.com:${from}.git`, sim.cloneUrl(full))
    .replaceAll(from, full)
    .replaceAll(`"login":"${fromOwner}"`, `"login":"${owner}"`);
  const out = JSON.parse(text) as Json;
  const repo = out.repository as Json;
  const r = sim.repo(full);
  Object.assign(repo, {
    id: r.id,
    name: r.name,
    full_name: r.full,
    clone_url: sim.cloneUrl(full),
    default_branch: r.defaultBranch,
    master_branch: r.defaultBranch,
  });
  (repo.owner as Json).login = owner;
  return out;
}

/**
 * A pull_request event (opened, synchronize, reopened, closed, …) for a simulator pull request,
 * from GitHub's example payload of that action.
 */
export function pullRequestEvent(
  sim: Simulator,
  full: string,
  number: number,
  action = "opened",
  sender?: string,
): Json {
  const raw = example("pull_request", (e) => e.action === action);
  const from = (raw.repository as Json).full_name as string;
  const event = rewrite(raw, sim, full, from);
  const p = sim.repo(full).pulls.get(number);
  if (!p) throw new Error(`no pull request #${number} in ${full}`);
  const [owner] = full.split("/") as [string];
  const pr = event.pull_request as Json;
  const html = `${sim.serverUrl}/${full}/pull/${number}`;
  Object.assign(pr, {
    number,
    url: `${sim.apiUrl}/repos/${full}/pulls/${number}`,
    html_url: html,
    title: p.title,
    body: p.body,
    state: p.state,
    merged: p.merged,
    merge_commit_sha: p.mergeCommitSha,
    mergeable: p.mergeable,
  });
  (pr.user as Json).login = p.user;
  for (const [side, ref, sha] of [
    ["head", p.head, p.headSha],
    ["base", p.base, p.baseSha],
  ] as const) {
    const s = pr[side] as Json;
    Object.assign(s, { ref, sha, label: `${owner}:${ref}` });
    Object.assign(s.repo as Json, (event.repository as Json) ?? {});
  }
  event.number = number;
  (event.sender as Json).login = sender ?? p.user;
  return event;
}

/** A push event for a push the simulator recorded (a merge into the default branch). */
export async function pushEvent(
  sim: Simulator,
  full: string,
  push: { ref: string; before: string; after: string },
  sender?: string,
): Promise<Json> {
  const raw = example(
    "push",
    (e) => typeof e.ref === "string" && (e.ref as string).startsWith("refs/heads/"),
  );
  const from = (raw.repository as Json).full_name as string;
  const event = rewrite(raw, sim, full, from);
  const [tree, message, name, email, time] = (
    await sim.git(full, "show", "-s", "--format=%T%x00%B%x00%an%x00%ae%x00%aI", push.after)
  ).split("\0") as [string, string, string, string, string];
  const person = { name, email, username: sender ?? sim.repo(full).owner };
  const commit = {
    id: push.after,
    tree_id: tree,
    distinct: true,
    message: message.trim(),
    timestamp: time,
    url: `${sim.serverUrl}/${full}/commit/${push.after}`,
    author: person,
    committer: person,
    added: [],
    removed: [],
    modified: [],
  };
  Object.assign(event, {
    ref: push.ref,
    before: push.before,
    after: push.after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${sim.serverUrl}/${full}/compare/${push.before.slice(0, 12)}...${push.after.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
  });
  if (sender) (event.sender as Json).login = sender;
  return event;
}

// ---- pull_request_review: what re-runs the check when a reviewer approves -------------------

/**
 * A pull_request_review event (submitted, dismissed) for a review the simulator recorded, from
 * GitHub's example payload, its pull request the one `pullRequestEvent` builds.
 */
export function pullRequestReviewEvent(
  sim: Simulator,
  full: string,
  number: number,
  reviewId: number,
  action: "submitted" | "dismissed" = "submitted",
): Json {
  const example_ = example("pull_request_review", (e) => e.action === action);
  const raw = rewrite(example_, sim, full, (example_.repository as Json).full_name as string);
  const pr = pullRequestEvent(sim, full, number, "synchronize");
  const review = sim
    .repo(full)
    .pulls.get(number)
    ?.reviews.find((r) => r.id === reviewId);
  if (!review) throw new Error(`no review ${reviewId} on pull request #${number} in ${full}`);
  Object.assign(raw.review as Json, {
    id: review.id,
    node_id: `PRR_${review.id}`,
    body: review.body,
    commit_id: review.commitId,
    submitted_at: review.submittedAt,
    state: review.state.toLowerCase(),
    html_url: `${sim.serverUrl}/${full}/pull/${number}#pullrequestreview-${review.id}`,
    pull_request_url: `${sim.apiUrl}/repos/${full}/pulls/${number}`,
  });
  ((raw.review as Json).user as Json).login = review.user;
  return {
    ...raw,
    pull_request: pr.pull_request,
    repository: pr.repository,
    sender: { ...(raw.sender as Json), login: review.user },
  };
}
